/*
 * css.c - the CSS url()/@import scanner and rewriter (see css.h).
 *
 * A small tokenizer: only the tokens that can hide or carry a URL are
 * recognised (comments, strings, identifiers/functions, at-keywords,
 * parentheses); everything else is stepped over byte by byte. Every read
 * is guarded by the length, so truncated input is safe.
 */
#include "html/css.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "util/err.h"

typedef struct {
    const char *s;
    size_t len, i;
    int depth;          /* parenthesis depth */
    int imageset_depth; /* depth inside image-set(), or -1 */
    bool after_import;  /* the previous token was @import */
    ls_buf url;         /* the unescaped URL of the current token */
    int (*fn)(void *ctx, const ls_css_ref *r);
    void *ctx;
} scanner;

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_name(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c >= 0x80;
}

/* True when s[i] starts a valid escape: a backslash not followed by a
 * newline or the end. */
static bool starts_escape(const char *s, size_t len, size_t i)
{
    return s[i] == '\\' && i + 1 < len && s[i + 1] != '\n' && s[i + 1] != '\r' &&
           s[i + 1] != '\f';
}

/* Decodes the escape whose backslash is at *i (starts_escape holds);
 * advances *i past it and returns the code point. */
static uint32_t decode_escape(const char *s, size_t len, size_t *i)
{
    size_t j = *i + 1;
    if (!is_hex(s[j])) {
        *i = j + 1;
        return (unsigned char)s[j];
    }
    uint32_t cp = 0;
    size_t n = 0;
    while (j < len && n < 6 && is_hex(s[j])) {
        char c = s[j++];
        cp = cp * 16 + (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        n++;
    }
    if (j < len && s[j] == '\r' && j + 1 < len && s[j + 1] == '\n')
        j += 2;
    else if (j < len && is_ws(s[j]))
        j++;
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    *i = j;
    return cp;
}

/* Consumes an escape whose backslash is at sc->i (sc->i + 1 < len and the
 * next byte is not a newline); appends the character to sc->url. A byte
 * that is not a hex digit is kept as it is (UTF-8 sequences stay whole). */
static void escape(scanner *sc)
{
    if (!is_hex(sc->s[sc->i + 1])) {
        ls_buf_addc(&sc->url, sc->s[sc->i + 1]);
        sc->i += 2;
        return;
    }
    ls_buf_add_utf8(&sc->url, decode_escape(sc->s, sc->len, &sc->i));
}

/* Skips a comment at sc->i ("/ *"). */
static void skip_comment(scanner *sc)
{
    size_t i = sc->i + 2;
    while (i + 1 < sc->len && !(sc->s[i] == '*' && sc->s[i + 1] == '/'))
        i++;
    sc->i = i + 1 < sc->len ? i + 2 : sc->len;
}

static void skip_ws_comments(scanner *sc)
{
    while (sc->i < sc->len) {
        if (is_ws(sc->s[sc->i]))
            sc->i++;
        else if (sc->i + 1 < sc->len && sc->s[sc->i] == '/' && sc->s[sc->i + 1] == '*')
            skip_comment(sc);
        else
            break;
    }
}

/* Reads a string whose quote is at sc->i into sc->url; false when it is a
 * bad string (an unescaped newline). */
static bool read_string(scanner *sc)
{
    char q = sc->s[sc->i++];
    ls_buf_reset(&sc->url);
    while (sc->i < sc->len) {
        char c = sc->s[sc->i];
        if (c == q) {
            sc->i++;
            return true;
        }
        if (c == '\n' || c == '\r' || c == '\f')
            return false;
        if (c == '\\') {
            if (sc->i + 1 >= sc->len) {
                sc->i++;
                break;
            }
            char d = sc->s[sc->i + 1];
            if (d == '\n' || d == '\f') {
                sc->i += 2;
            } else if (d == '\r') {
                sc->i += (sc->i + 2 < sc->len && sc->s[sc->i + 2] == '\n') ? 3 : 2;
            } else {
                escape(sc);
            }
            continue;
        }
        ls_buf_addc(&sc->url, c);
        sc->i++;
    }
    return true; /* EOF ends a string without error */
}

static int report(scanner *sc, ls_css_kind kind, size_t off)
{
    if (sc->url.err)
        return sc->url.err == LS_ENOMEM ? LS_ENOMEM : 0;
    ls_css_ref r = {.kind = kind, .off = off, .len = sc->i - off,
                    .url = sc->url.data ? sc->url.data : "", .url_len = sc->url.len};
    return sc->fn(sc->ctx, &r);
}

/* Skips the rest of a bad url token, to its ')' or the end. */
static void skip_bad_url(scanner *sc)
{
    while (sc->i < sc->len && sc->s[sc->i] != ')') {
        if (sc->s[sc->i] == '\\' && sc->i + 1 < sc->len)
            sc->i++;
        sc->i++;
    }
    if (sc->i < sc->len)
        sc->i++;
}

/* An unquoted url's contents from sc->i; false for a bad url token. */
static bool read_unquoted_url(scanner *sc)
{
    ls_buf_reset(&sc->url);
    while (sc->i < sc->len) {
        unsigned char c = (unsigned char)sc->s[sc->i];
        if (c == ')') {
            sc->i++;
            return true;
        }
        if (is_ws((char)c)) {
            skip_ws_comments(sc);
            if (sc->i >= sc->len)
                return true;
            if (sc->s[sc->i] == ')') {
                sc->i++;
                return true;
            }
            return false;
        }
        if (c == '"' || c == '\'' || c == '(' || c < 0x09 || (c > 0x0D && c < 0x20) ||
            c == 0x0B || c == 0x7F)
            return false;
        if (c == '\\') {
            if (sc->i + 1 >= sc->len || sc->s[sc->i + 1] == '\n')
                return false;
            escape(sc);
            continue;
        }
        ls_buf_addc(&sc->url, (char)c);
        sc->i++;
    }
    return true;
}

/* Handles "url(" at off; sc->i is just past the "(". */
static int on_url(scanner *sc, size_t off, ls_css_kind kind)
{
    while (sc->i < sc->len && is_ws(sc->s[sc->i]))
        sc->i++;
    if (sc->i < sc->len && (sc->s[sc->i] == '"' || sc->s[sc->i] == '\'')) {
        /* url("...") is a function: the string, then anything up to ')'. */
        if (!read_string(sc)) {
            skip_bad_url(sc);
            return 0;
        }
        skip_ws_comments(sc);
        while (sc->i < sc->len && sc->s[sc->i] != ')')
            sc->i++;
        if (sc->i < sc->len)
            sc->i++;
        return report(sc, kind, off);
    }
    if (!read_unquoted_url(sc)) {
        skip_bad_url(sc);
        return 0;
    }
    return report(sc, kind, off);
}

/* An identifier, function or at-keyword starting at sc->i. Escapes count
 * as the characters they stand for ("\\75rl(" is url(, "@\\69mport" is
 * @import), as in a browser; the name is kept lower-cased in name[] when it
 * is short ASCII, the only names compared. */
static int on_word(scanner *sc)
{
    size_t off = sc->i, i = sc->i;
    bool at = sc->s[i] == '@';
    if (at)
        i++;
    char name[20];
    size_t n = 0;
    bool ascii = true;
    while (i < sc->len) {
        uint32_t cp;
        if (starts_escape(sc->s, sc->len, i))
            cp = decode_escape(sc->s, sc->len, &i);
        else if (is_name((unsigned char)sc->s[i]))
            cp = (unsigned char)sc->s[i++];
        else
            break;
        if (cp >= 0x80)
            ascii = false;
        else if (n < sizeof name)
            name[n] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        n++;
    }
    if (!ascii || n > sizeof name)
        n = 0;
    bool fn = i < sc->len && sc->s[i] == '(';
    sc->i = fn ? i + 1 : i;
    if (at) {
        sc->after_import = n == 6 && memcmp(name, "import", 6) == 0;
        return 0;
    }
    bool import = sc->after_import;
    sc->after_import = false;
    if (!fn)
        return 0;
    if (n == 3 && memcmp(name, "url", 3) == 0)
        return on_url(sc, off, import ? LS_CSS_IMPORT : LS_CSS_URL);
    sc->depth++;
    if ((n == 9 && memcmp(name, "image-set", 9) == 0) ||
        (n == 17 && memcmp(name, "-webkit-image-set", 17) == 0))
        sc->imageset_depth = sc->depth;
    return 0;
}

static int on_string(scanner *sc)
{
    size_t off = sc->i;
    bool import = sc->after_import;
    sc->after_import = false;
    bool ok = read_string(sc);
    if (!ok)
        return 0;
    if (import)
        return report(sc, LS_CSS_IMPORT, off);
    if (sc->imageset_depth >= 0 && sc->depth == sc->imageset_depth)
        return report(sc, LS_CSS_IMAGESET, off);
    return 0;
}

static int step(scanner *sc)
{
    const char *s = sc->s;
    char c = s[sc->i];
    if (c == '/' && sc->i + 1 < sc->len && s[sc->i + 1] == '*') {
        skip_comment(sc);
        return 0;
    }
    if (c == '"' || c == '\'')
        return on_string(sc);
    bool word_start = sc->i == 0 || !is_name((unsigned char)s[sc->i - 1]);
    if (c == '\\') {
        if (word_start && starts_escape(s, sc->len, sc->i))
            return on_word(sc);
        sc->i += sc->i + 1 < sc->len ? 2 : 1;
        return 0;
    }
    if (c == '@' || (is_name((unsigned char)c) && !(c >= '0' && c <= '9') && word_start))
        return on_word(sc);
    if (c == '(') {
        sc->depth++;
    } else if (c == ')') {
        if (sc->depth == sc->imageset_depth)
            sc->imageset_depth = -1;
        if (sc->depth > 0)
            sc->depth--;
    } else if (!is_ws(c)) {
        sc->after_import = false;
    }
    sc->i++;
    return 0;
}

int ls_css_scan(const char *css, size_t len,
                int (*fn)(void *ctx, const ls_css_ref *r), void *ctx)
{
    scanner sc = {.s = css, .len = css ? len : 0, .imageset_depth = -1, .fn = fn, .ctx = ctx};
    int rc = 0;
    /* An escape of 2 bytes can decode to 3 (U+FFFD). */
    ls_buf_init(&sc.url, sc.len * 2 + 16);
    while (sc.i < sc.len && rc == 0)
        rc = step(&sc);
    ls_buf_release(&sc.url);
    return rc;
}

int ls_css_add_string(ls_buf *out, const char *s, size_t len)
{
    size_t run = 0;
    ls_buf_addc(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c != '"' && c != '\\' && c != '<' && c >= 0x20 && c != 0x7F)
            continue;
        ls_buf_add(out, s + run, i - run);
        ls_buf_addf(out, "\\%x ", c);
        run = i + 1;
    }
    ls_buf_add(out, s + run, len - run);
    ls_buf_addc(out, '"');
    return out->err;
}

typedef struct {
    int (*fn)(void *ctx, const ls_css_ref *r, ls_buf *repl);
    void *ctx;
    const char *css;
    size_t copied;
    ls_buf *out, repl;
} rewriter;

static int rewrite_one(void *ctx, const ls_css_ref *r)
{
    rewriter *rw = ctx;
    ls_buf_reset(&rw->repl);
    int rc = rw->fn(rw->ctx, r, &rw->repl);
    if (rc < 0)
        return rc;
    if (rw->repl.err)
        return rw->repl.err;
    if (rc == 1 || rw->repl.len == 0)
        return 0;
    ls_buf_add(rw->out, rw->css + rw->copied, r->off - rw->copied);
    ls_buf_adds(rw->out, "url(");
    ls_css_add_string(rw->out, rw->repl.data, rw->repl.len);
    ls_buf_addc(rw->out, ')');
    rw->copied = r->off + r->len;
    return rw->out->err;
}

int ls_css_rewrite(const char *css, size_t len,
                   int (*fn)(void *ctx, const ls_css_ref *r, ls_buf *repl), void *ctx,
                   ls_buf *out)
{
    rewriter rw = {.fn = fn, .ctx = ctx, .css = css, .out = out};
    ls_buf_init(&rw.repl, out->max ? out->max : 1 << 20);
    int rc = ls_css_scan(css, len, rewrite_one, &rw);
    if (rc == 0 && css)
        ls_buf_add(out, css + rw.copied, len - rw.copied);
    ls_buf_release(&rw.repl);
    return rc ? rc : out->err;
}
