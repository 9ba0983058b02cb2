/*
 * prescan.c - the nesting cap applied before gumbo (see prescan.h).
 *
 * One pass decides whether the cap is passed at all (most pages: no copy);
 * only then a second pass copies the input without the excess tags.
 */
#include "html/prescan.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/err.h"

typedef enum { TAG_COUNTED, TAG_FREE, TAG_RAW, TAG_PLAINTEXT } tag_class;

/* Tags the tree builder never nests without bound: void elements, elements
 * whose end tag is optional, and those that close an open one of their kind. */
static const char *const free_tags[] = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen",
    "image", "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup",
    "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb",
    "rt", "rtc", "rp", "a", "button", "nobr", "form", "select", "h1", "h2", "h3",
    "h4", "h5", "h6", "menuitem", NULL,
};
static const char *const raw_tags[] = {
    "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", NULL,
};

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool in_list(const char *const *list, const char *name)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(list[i], name) == 0)
            return true;
    return false;
}

/* Classifies s[0..n); lname gets the lowercase name (or "" when too long). */
static tag_class classify(const char *s, size_t n, char lname[16])
{
    lname[0] = '\0';
    if (n >= 16)
        return TAG_COUNTED;
    for (size_t i = 0; i < n; i++)
        lname[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    lname[n] = '\0';
    if (in_list(free_tags, lname))
        return TAG_FREE;
    if (in_list(raw_tags, lname))
        return TAG_RAW;
    if (strcmp(lname, "plaintext") == 0)
        return TAG_PLAINTEXT;
    return TAG_COUNTED;
}

static size_t find_byte(const char *s, size_t len, size_t i, char c)
{
    const char *p = i < len ? memchr(s + i, c, len - i) : NULL;
    return p ? (size_t)(p - s) : len;
}

static size_t find_str(const char *s, size_t len, size_t i, const char *needle)
{
    size_t nl = strlen(needle);
    while (i + nl <= len) {
        const char *p = memchr(s + i, needle[0], len - i);
        if (!p)
            return len;
        i = (size_t)(p - s);
        if (i + nl <= len && memcmp(p, needle, nl) == 0)
            return i;
        i++;
    }
    return len;
}

/* Index just past the '>' that ends the start tag whose attributes begin at
 * i, honouring quoted attribute values; *self_closing set for "/>". */
static size_t end_of_start_tag(const char *s, size_t len, size_t i, bool *self_closing)
{
    *self_closing = false;
    while (i < len) {
        char c = s[i];
        if (c == '>')
            return i + 1;
        if (c == '/') {
            *self_closing = i + 1 < len && s[i + 1] == '>';
            i++;
            continue;
        }
        if (is_space(c)) {
            i++;
            continue;
        }
        /* Attribute name (a leading '=' belongs to it). */
        i++;
        while (i < len && !is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
            i++;
        while (i < len && is_space(s[i]))
            i++;
        if (i >= len || s[i] != '=')
            continue;
        i++;
        while (i < len && is_space(s[i]))
            i++;
        if (i < len && (s[i] == '"' || s[i] == '\'')) {
            i = find_byte(s, len, i + 1, s[i]) + 1;
        } else {
            while (i < len && !is_space(s[i]) && s[i] != '>')
                i++;
        }
    }
    return len;
}

/* Index of the "</name" that closes a raw-text element, or len. */
static size_t end_of_raw_text(const char *s, size_t len, size_t i, const char *lname)
{
    size_t nl = strlen(lname);
    for (;;) {
        i = find_str(s, len, i, "</");
        if (i + 2 + nl > len)
            return len;
        if (strncasecmp(s + i + 2, lname, nl) == 0 &&
            (i + 2 + nl == len || is_space(s[i + 2 + nl]) || s[i + 2 + nl] == '/' ||
             s[i + 2 + nl] == '>'))
            return i;
        i += 2;
    }
}

typedef struct {
    const char *s;
    size_t len, max_depth, depth, dropped;
    ls_buf *out;     /* NULL on the first pass */
    size_t copied;   /* input bytes before this index are copied already */
    bool over;       /* first pass: the cap was passed */
} scan;

/* Skips s[from..to) in the copy. */
static void drop_range(scan *sc, size_t from, size_t to)
{
    if (!sc->out)
        return;
    ls_buf_add(sc->out, sc->s + sc->copied, from - sc->copied);
    sc->copied = to;
}

/* Handles the tag at sc->s[i] == '<'; returns the index to continue at. */
static size_t on_tag(scan *sc, size_t i)
{
    const char *s = sc->s;
    size_t len = sc->len;
    if (i + 1 >= len)
        return len;
    char c = s[i + 1];
    if (c == '!') {
        if (i + 3 < len && s[i + 2] == '-' && s[i + 3] == '-')
            return find_str(s, len, i + 2, "-->") + 3;
        return find_byte(s, len, i + 2, '>') + 1;
    }
    if (c == '?')
        return find_byte(s, len, i + 2, '>') + 1;
    bool end = c == '/';
    size_t n0 = i + (end ? 2 : 1), n1 = n0;
    if (n0 >= len || !is_alpha(s[n0]))
        return end ? find_byte(s, len, n0, '>') + 1 : i + 1;
    while (n1 < len && !is_space(s[n1]) && s[n1] != '/' && s[n1] != '>')
        n1++;
    char lname[16];
    tag_class k = classify(s + n0, n1 - n0, lname);
    bool self_closing;
    size_t after = end_of_start_tag(s, len, n1, &self_closing);
    if (end) {
        if (k == TAG_COUNTED && sc->dropped > 0) {
            sc->dropped--;
            drop_range(sc, i, after);
        } else if (k == TAG_COUNTED && sc->depth > 0) {
            sc->depth--;
        }
        return after;
    }
    if (k == TAG_PLAINTEXT)
        return len;
    if (k == TAG_RAW)
        return lname[0] ? end_of_raw_text(s, len, after, lname) : after;
    if (k != TAG_COUNTED || self_closing)
        return after;
    if (sc->depth < sc->max_depth) {
        sc->depth++;
    } else {
        sc->over = true;
        sc->dropped++;
        drop_range(sc, i, after);
    }
    return after;
}

static void run(scan *sc)
{
    size_t i = 0;
    while (i < sc->len) {
        i = find_byte(sc->s, sc->len, i, '<');
        if (i >= sc->len)
            break;
        i = on_tag(sc, i);
        if (sc->over && !sc->out)
            return;
    }
}

int ls_html_prescan_cap(const char *html, size_t len, size_t max_depth, char **out,
                        size_t *out_len)
{
    scan sc = {.s = html, .len = len, .max_depth = max_depth};
    *out = NULL;
    *out_len = 0;
    run(&sc);
    if (!sc.over)
        return LS_OK;
    ls_buf b;
    ls_buf_init(&b, len + 1);
    memset(&sc, 0, sizeof sc);
    sc.s = html;
    sc.len = len;
    sc.max_depth = max_depth;
    sc.out = &b;
    run(&sc);
    ls_buf_add(&b, html + sc.copied, len - sc.copied);
    if (b.err) {
        ls_buf_release(&b);
        return LS_ENOMEM;
    }
    *out = ls_buf_detach(&b, out_len);
    return *out ? LS_OK : LS_ENOMEM;
}
