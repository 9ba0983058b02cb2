/*
 * search_query.c - the search box language -> FTS5 MATCH + SQL conditions
 * (contract in search_query.h). Owned by the search layer.
 *
 * Two passes: lex the text into items (words, phrases, key:value filters,
 * OR markers), then build. Lexing first lets OR look at both neighbours and
 * keeps every error on the whole query before anything is built. In MATCH
 * what a user typed only ever appears inside a double-quoted FTS5 string,
 * where every character is literal; filters come out as values.
 */
#include "store/search_query.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

enum { KEY_NONE, KEY_TAG, KEY_SITE, KEY_LANG, KEY_BEFORE, KEY_AFTER, KEY_IS };

static const char *const key_names[] = {"", "tag", "site", "lang", "before", "after", "is"};

typedef struct item {
    char *text;   /* the word, phrase or filter value, unquoted */
    int key;      /* KEY_* */
    bool neg;     /* -x */
    bool prefix;  /* x* */
    bool is_or;   /* the bare word OR */
} item;

typedef struct parser {
    const char *s;
    size_t n, pos;
    char *err;
    size_t errsz;
    item items[LS_SEARCH_TERMS_MAX];
    size_t nitems;
} parser;

static int fail(parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(parser *p, const char *fmt, ...)
{
    if (p->err && p->errsz) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(p->err, p->errsz, fmt, ap);
        va_end(ap);
    }
    return LS_EINVAL;
}

static bool space_at(const parser *p, size_t i, size_t *len)
{
    uint32_t c;
    size_t k = ls_utf8_next(p->s + i, p->n - i, &c);
    if (len)
        *len = k;
    return ls_is_space_cp(c) || c < 0x20 || c == 0x7F; /* controls separate too */
}

/* 1 for ", 2 for “ (closed by ” or "), 0 otherwise; *len gets its size. */
static int quote_at(const parser *p, size_t i, size_t *len)
{
    if (i < p->n && p->s[i] == '"') {
        *len = 1;
        return 1;
    }
    if (i + 3 <= p->n && !memcmp(p->s + i, "\xE2\x80\x9C", 3)) {
        *len = 3;
        return 2;
    }
    return 0;
}

/* Reads a quoted string whose opening quote (kind) ends at p->pos. */
static int read_quoted(parser *p, int kind, item *it)
{
    size_t start = p->pos;
    for (size_t i = start; i < p->n; i++) {
        size_t close = 0;
        if (p->s[i] == '"')
            close = 1;
        else if (kind == 2 && i + 3 <= p->n && !memcmp(p->s + i, "\xE2\x80\x9D", 3))
            close = 3;
        if (!close)
            continue;
        it->text = ls_strndup(p->s + start, i - start);
        if (!it->text)
            return LS_ENOMEM;
        p->pos = i + close;
        while (p->pos < p->n && p->s[p->pos] == '*') {
            it->prefix = true;
            p->pos++;
        }
        return LS_OK;
    }
    return fail(p, "unbalanced quote: a phrase needs its closing \"");
}

/* The KEY_* of a bare word starting with "key:", or KEY_NONE. */
static int key_of(const char *w, size_t n, size_t *keylen)
{
    for (int k = KEY_TAG; k <= KEY_IS; k++) {
        size_t kl = strlen(key_names[k]);
        if (n > kl && w[kl] == ':' && !strncasecmp(w, key_names[k], kl)) {
            *keylen = kl + 1;
            return k;
        }
    }
    return KEY_NONE;
}

/* Reads a bare word (up to white space), or key:value / key:"value". */
static int read_bare(parser *p, item *it)
{
    size_t start = p->pos, end = start, k = 0;
    while (end < p->n && !space_at(p, end, &k))
        end += k;
    size_t keylen = 0;
    it->key = key_of(p->s + start, end - start, &keylen);
    if (it->key != KEY_NONE) {
        size_t qlen = 0;
        int kind = quote_at(p, start + keylen, &qlen);
        if (kind) {
            p->pos = start + keylen + qlen;
            return read_quoted(p, kind, it);
        }
        start += keylen;
    }
    p->pos = end;
    if (it->key == KEY_NONE) {
        while (end > start + 1 && p->s[end - 1] == '*') {
            end--;
            it->prefix = true;
        }
        it->is_or = !it->neg && end - start == 2 && !memcmp(p->s + start, "OR", 2);
    }
    it->text = ls_strndup(p->s + start, end - start);
    return it->text ? LS_OK : LS_ENOMEM;
}

/* Lexes the whole query into p->items. */
static int lex(parser *p)
{
    size_t k;
    for (;;) {
        while (p->pos < p->n && space_at(p, p->pos, &k))
            p->pos += k;
        if (p->pos >= p->n)
            return LS_OK;
        if (p->nitems == LS_SEARCH_TERMS_MAX)
            return fail(p, "too many terms (at most %d)", LS_SEARCH_TERMS_MAX);
        item *it = &p->items[p->nitems++];
        if (p->s[p->pos] == '-' && p->pos + 1 < p->n && !space_at(p, p->pos + 1, NULL)) {
            it->neg = true;
            p->pos++;
        }
        size_t qlen = 0;
        int kind = quote_at(p, p->pos, &qlen);
        int rc;
        if (kind) {
            p->pos += qlen;
            rc = read_quoted(p, kind, it);
        } else {
            rc = read_bare(p, it);
        }
        if (rc != LS_OK)
            return rc;
    }
}

/* True when unicode61 or the CJK pairing would find a token in s: a letter,
 * digit or any non-ASCII character outside the punctuation blocks. */
static bool searchable(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t c;
        i += ls_utf8_next(s + i, n - i, &c);
        if (c < 0x80) {
            if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
                return true;
            continue;
        }
        bool punct = (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x3004)
            || (c >= 0x3008 && c <= 0x3020) || (c >= 0xFF01 && c <= 0xFF0F)
            || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40)
            || (c >= 0xFF5B && c <= 0xFF65) || c == 0xA0 || c == 0xFFFD
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xA1 && c <= 0xBF);
        if (!punct && !ls_is_space_cp(c))
            return true;
    }
    return false;
}

/* Appends s as an FTS5 string: "..." with inner quotes doubled and control
 * characters as spaces (so no string starts with the index-token mark of
 * fts_tokenizer.h). */
static void add_fts_string(ls_buf *b, const char *s)
{
    ls_buf_addc(b, '"');
    for (const char *q = s; *q; q++) {
        if (*q == '"')
            ls_buf_addc(b, '"');
        ls_buf_addc(b, (unsigned char)*q < 0x20 || *q == 0x7F ? ' ' : *q);
    }
    ls_buf_addc(b, '"');
}

/* The FTS5 form of a text or site: item. */
static void add_fts_item(ls_buf *b, const item *it)
{
    if (it->key == KEY_SITE)
        ls_buf_adds(b, "site : ");
    add_fts_string(b, it->text);
    if (it->prefix)
        ls_buf_adds(b, " *");
}

/* ---- filters ---- */

typedef struct builder {
    parser *p;
    ls_search_query *q;
} builder;

static int add_filter_value(builder *b, ls_search_filter_kind kind, const item *it)
{
    ls_search_filter *f = &b->q->filters[b->q->nfilters];
    f->kind = kind;
    f->neg = it->neg;
    f->value = ls_strdup(it->text);
    if (!f->value)
        return LS_ENOMEM;
    b->q->nfilters++;
    return LS_OK;
}

static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int64_t)era * 146097 + doe - 719468;
}

/* "YYYY-MM-DD" (or with / or .) -> unix seconds at 00:00 UTC. */
static bool parse_date(const char *s, int64_t *out)
{
    int y, m, d, used = 0;
    char s1, s2;
    if (strlen(s) != 10 || sscanf(s, "%4d%c%2d%c%2d%n", &y, &s1, &m, &s2, &d, &used) != 5
        || used != 10 || s1 != s2 || (s1 != '-' && s1 != '/' && s1 != '.'))
        return false;
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1
        || d > dim[m - 1] + (m == 2 && leap))
        return false;
    *out = days_from_civil(y, m, d) * 86400;
    return true;
}

/* Lowercases and checks a language tag: 2-3 letters, then -subtags. */
static bool clean_lang(char *s)
{
    size_t n = strlen(s), letters = 0;
    if (n < 2 || n > 15)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = s[i] = (char)(c + 32);
        if (c == '_')
            c = s[i] = '-';
        if (c >= 'a' && c <= 'z') {
            if (letters == i)
                letters++;
        } else if (!(c == '-' || (c >= '0' && c <= '9'))) {
            return false;
        }
    }
    return letters >= 2 && letters <= 3 && (letters == n || s[letters] == '-');
}

static int add_filter(builder *b, const item *it)
{
    parser *p = b->p;
    const char *key = key_names[it->key];
    int64_t t = 0;
    if (!*it->text)
        return fail(p, "%s: needs a value", key);
    switch (it->key) {
    case KEY_TAG:
        return add_filter_value(b, LS_SEARCH_FILTER_TAG, it);
    case KEY_LANG:
        if (!clean_lang(it->text))
            return fail(p, "lang: needs a language code such as zh or en");
        return add_filter_value(b, LS_SEARCH_FILTER_LANG, it);
    case KEY_BEFORE:
    case KEY_AFTER:
        if (!parse_date(it->text, &t))
            return fail(p, "%s: needs a date as YYYY-MM-DD", key);
        if (it->neg)
            return fail(p, "-%s: cannot be excluded; use %s:", key,
                        it->key == KEY_AFTER ? "before" : "after");
        if (it->key == KEY_AFTER && t > b->q->after)
            b->q->after = t;
        if (it->key == KEY_BEFORE && (!b->q->before || t < b->q->before))
            b->q->before = t;
        return LS_OK;
    case KEY_IS:
        if (strcasecmp(it->text, "failed") && strcasecmp(it->text, "done"))
            return fail(p, "is: supports failed and done");
        if (it->neg)
            return fail(p, "-is: cannot be excluded");
        b->q->failed = !strcasecmp(it->text, "failed");
        return LS_OK;
    }
    return LS_EINVAL;
}

/* ---- MATCH ---- */

/* A positive text or site: term that can stand in MATCH. */
static bool is_pos_term(const item *it)
{
    return it && !it->neg && !it->is_or && (it->key == KEY_NONE || it->key == KEY_SITE)
        && searchable(it->text);
}

/* Builds q->match / q->exclude from the text and site: items: positive
 * terms become AND-ed groups "(a OR b)", excluded ones one NOT (x OR y). */
static int build_match(builder *b, bool *any_term)
{
    parser *p = b->p;
    ls_buf pos, neg;
    ls_buf_init(&pos, 8 * LS_SEARCH_QUERY_MAX);
    ls_buf_init(&neg, 8 * LS_SEARCH_QUERY_MAX);
    bool group_open = false;
    int rc = LS_OK;
    for (size_t i = 0; i < p->nitems; i++) {
        item *it = &p->items[i];
        if (it->key != KEY_NONE && it->key != KEY_SITE)
            continue;
        if (it->is_or) {
            item *prev = i ? &p->items[i - 1] : NULL;
            item *next = i + 1 < p->nitems ? &p->items[i + 1] : NULL;
            if (group_open && is_pos_term(prev) && is_pos_term(next)) {
                ls_buf_adds(&pos, " OR ");
                add_fts_item(&pos, next);
                i++;
                continue;
            }
            it->is_or = false; /* a stray OR is the word "or" */
        }
        if (!searchable(it->text))
            continue;
        *any_term = true;
        if (it->neg) {
            if (neg.len)
                ls_buf_adds(&neg, " OR ");
            add_fts_item(&neg, it);
            continue;
        }
        ls_buf_adds(&pos, group_open ? ") AND (" : "(");
        add_fts_item(&pos, it);
        group_open = true;
    }
    if (group_open)
        ls_buf_addc(&pos, ')');
    if (neg.len && pos.len)
        ls_buf_addf(&pos, " NOT (%s)", neg.data);
    rc = pos.err ? pos.err : neg.err;
    if (rc == LS_OK && pos.len)
        b->q->match = ls_buf_detach(&pos, NULL);
    else if (rc == LS_OK && neg.len)
        b->q->exclude = ls_buf_detach(&neg, NULL);
    ls_buf_release(&pos);
    ls_buf_release(&neg);
    return rc;
}

static int build(builder *b)
{
    parser *p = b->p;
    bool any_term = false, any_filter = false;
    for (size_t i = 0; i < p->nitems; i++) {
        item *it = &p->items[i];
        if (it->key == KEY_NONE || it->key == KEY_SITE) {
            if (it->key == KEY_SITE && !*it->text)
                return fail(p, "site: needs a value");
            continue;
        }
        int rc = add_filter(b, it);
        if (rc != LS_OK)
            return rc;
        any_filter = any_filter || !it->neg;
    }
    int rc = build_match(b, &any_term);
    if (rc != LS_OK)
        return rc;
    if (!b->q->match && !any_filter) {
        if (b->q->exclude)
            return fail(p, "the query only excludes; add a word to search for");
        if (b->q->failed)
            return LS_OK; /* is:failed alone lists failed captures */
        return fail(p, any_term ? "nothing to search for"
                                : "nothing to search for: type a word, \"a phrase\" or tag:X");
    }
    return LS_OK;
}

int ls_search_query_parse(const char *q, ls_search_query *out, char *err, size_t errsz)
{
    memset(out, 0, sizeof *out);
    parser p = {.s = q ? q : "", .err = err, .errsz = errsz};
    builder b = {.p = &p, .q = out};
    int rc = LS_OK;
    if (err && errsz)
        err[0] = '\0';
    p.n = strlen(p.s);
    if (p.n > LS_SEARCH_QUERY_MAX) {
        rc = fail(&p, "the query is too long (at most %d bytes)", LS_SEARCH_QUERY_MAX);
        goto out;
    }
    if (!ls_utf8_valid(p.s, p.n)) {
        rc = fail(&p, "the query is not valid UTF-8");
        goto out;
    }
    if ((rc = lex(&p)) != LS_OK)
        goto out;
    out->filters = calloc(p.nitems ? p.nitems : 1, sizeof *out->filters);
    if (!out->filters) {
        rc = LS_ENOMEM;
        goto out;
    }
    rc = build(&b);
out:
    for (size_t i = 0; i < p.nitems; i++)
        free(p.items[i].text);
    if (rc == LS_ENOMEM && err && errsz)
        snprintf(err, errsz, "out of memory");
    return rc;
}

void ls_search_query_release(ls_search_query *q)
{
    if (!q)
        return;
    free(q->match);
    free(q->exclude);
    for (size_t i = 0; i < q->nfilters; i++)
        free(q->filters[i].value);
    free(q->filters);
    memset(q, 0, sizeof *q);
}
