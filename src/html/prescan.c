/*
 * prescan.c - the nesting cap applied before gumbo (see prescan.h).
 *
 * A byte-level scan finds tags the way the tokenizer does (comments,
 * quoted attribute values and raw-text elements skipped); prescan_tree.c
 * models the stack of open elements. One pass decides whether the cap is
 * passed at all, or a raw-text element left open inside <noscript> must be
 * closed where the noscript ends (most pages: no copy); only then a second
 * pass copies the input without the excess tags and with those end tags.
 */
#include "html/prescan.h"
#include "html/prescan_int.h"

#include <gumbo.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/err.h"

typedef enum { TAG_NORMAL = 0, TAG_RAW, TAG_PLAINTEXT } tag_class;

static const GumboTag raw_tags[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_XMP, GUMBO_TAG_IFRAME,
    GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE,
};

/* Indexed by GumboTag; filled once (the table is the same for every thread). */
static unsigned char tag_classes[GUMBO_TAG_LAST + 1];
static pthread_once_t classes_once = PTHREAD_ONCE_INIT;

static void init_classes(void)
{
    for (size_t i = 0; i < sizeof raw_tags / sizeof raw_tags[0]; i++)
        tag_classes[raw_tags[i]] = TAG_RAW;
    tag_classes[GUMBO_TAG_PLAINTEXT] = TAG_PLAINTEXT;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Classifies the tag name s[0..n); *tag gets its GumboTag. */
static tag_class classify(const char *s, size_t n, GumboTag *tag)
{
    *tag = n < 32 ? gumbo_tagn_enum(s, (unsigned)n) : GUMBO_TAG_UNKNOWN;
    return (tag_class)tag_classes[*tag];
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
 * i, honouring quoted attribute values; *self_closing set for "/>", *cut
 * to where the attribute past LS_HTML_PRESCAN_ATTRS begins (0 when there is
 * none). */
static size_t end_of_start_tag(const char *s, size_t len, size_t i, bool *self_closing,
                               size_t *cut)
{
    *self_closing = false;
    *cut = 0;
    size_t attrs = 0;
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
        if (++attrs > LS_HTML_PRESCAN_ATTRS && !*cut)
            *cut = i;
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
static size_t end_of_raw_text(const char *s, size_t len, size_t i, GumboTag tag)
{
    const char *lname = gumbo_normalized_tagname(tag);
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
    size_t len;
    size_t max_tags, tags; /* start tags seen; the scan stops past max_tags */
    pstack st;
    ls_buf *out;     /* NULL on the first pass */
    size_t copied;   /* input bytes before this index are copied already */
    bool over;       /* first pass: the cap was passed, or an end tag is due */
    size_t noscript_end; /* where the open <noscript>'s end tag begins */
    size_t closes;   /* end tags inserted (first pass: to insert) */
} scan;

/* Skips s[from..to) in the copy; false when it was not (the first pass,
 * or a range before what is copied already). */
static bool drop_range(scan *sc, size_t from, size_t to)
{
    if (!sc->out || from < sc->copied)
        return false; /* (never back over what is copied) */
    ls_buf_add(sc->out, sc->s + sc->copied, from - sc->copied);
    sc->copied = to;
    return true;
}

/* Skips the tag s[from..to) past the depth cap; a block's leaves a line
 * break in its place, so that the paragraphs, items and cells it held do
 * not run into each other ("…in real time.Paragraph 1"). */
static void drop_tag(scan *sc, size_t from, size_t to, GumboTag tag)
{
    if (drop_range(sc, from, to) && pstack_is_block(&sc->st, tag))
        ls_buf_adds(sc->out, "<br>");
}

/* Writes the end tag of tag before s[at] in the copy. */
static void insert_close(scan *sc, size_t at, GumboTag tag)
{
    sc->closes++;
    if (!sc->out)
        return;
    if (at < sc->copied)
        at = sc->copied; /* (never back over what is copied) */
    ls_buf_add(sc->out, sc->s + sc->copied, at - sc->copied);
    ls_buf_addf(sc->out, "</%s>", gumbo_normalized_tagname(tag));
    sc->copied = at;
}

/* Leaves out of the copy a tag's attributes from cut to its '>' (past the
 * cap; gumbo compares each attribute with every one before it). */
static void drop_attrs(scan *sc, size_t cut, size_t after, bool self_closing)
{
    if (!cut)
        return;
    sc->over = true;
    drop_range(sc, cut, after - (self_closing ? 2 : 1)); /* (the "/>" or '>' stays) */
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
    GumboTag tag;
    tag_class k = classify(s + n0, n1 - n0, &tag);
    bool self_closing;
    size_t cut;
    size_t after = end_of_start_tag(s, len, n1, &self_closing, &cut);
    if (end) {
        if (!pstack_end(&sc->st, tag))
            drop_tag(sc, i, after, tag);
        else
            drop_attrs(sc, cut, after, self_closing);
        return after;
    }
    if (++sc->tags > sc->max_tags) {
        sc->len = i; /* cut here: nothing after this tag is parsed */
        return i;
    }
    bool foreign = pstack_in_foreign(&sc->st);
    if (k == TAG_PLAINTEXT && !foreign)
        return len;
    if (k == TAG_RAW && !foreign) {
        /* (not past where an open <noscript> ends: its end tag goes there) */
        if (!(i < sc->noscript_end && after > sc->noscript_end))
            drop_attrs(sc, cut, after, self_closing);
        size_t raw_end = end_of_raw_text(s, len, after, tag);
        /* A browser runs scripts, so <noscript> is text to it and ends at
         * </noscript> whatever it holds; gumbo reads the markup inside, and
         * a raw-text element left open there (a tag manager's "<noscript>
         * <iframe … /></noscript>": the slash closes nothing) would take
         * the rest of the page for its text. It ends where the noscript
         * does. */
        if (i < sc->noscript_end && raw_end > sc->noscript_end) {
            sc->over = true;
            insert_close(sc, sc->noscript_end, tag);
            return sc->noscript_end;
        }
        return raw_end;
    }
    if (tag == GUMBO_TAG_NOSCRIPT && !foreign && !self_closing)
        sc->noscript_end = end_of_raw_text(s, len, after, GUMBO_TAG_NOSCRIPT);
    if (self_closing || pstack_is_void(&sc->st, tag)) {
        drop_attrs(sc, cut, after, self_closing);
        return after;
    }
    bool ignored;
    if (!pstack_start(&sc->st, tag, &ignored) && !ignored) {
        sc->over = true;
        drop_tag(sc, i, after, tag);
    } else {
        drop_attrs(sc, cut, after, self_closing);
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
    }
}

int ls_html_prescan_cap(const char *html, size_t len, size_t max_depth, size_t max_tags,
                        size_t *parse_len, char **out, size_t *out_len)
{
    scan sc = {.s = html, .len = len, .max_tags = max_tags};
    pthread_once(&classes_once, init_classes);
    pstack_init(&sc.st, max_depth);
    *out = NULL;
    *out_len = 0;
    run(&sc);
    *parse_len = sc.len;
    if (!sc.over)
        return LS_OK;
    len = sc.len;
    size_t closes = sc.closes;
    ls_buf b;
    ls_buf_init(&b, len + 1 + closes * 16); /* "</noframes>" is the longest */
    memset(&sc, 0, sizeof sc);
    sc.s = html;
    sc.len = len;
    pstack_init(&sc.st, max_depth);
    sc.max_tags = max_tags;
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
