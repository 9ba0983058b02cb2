/*
 * srcset.c - srcset parsing and rewriting (see srcset.h), following the
 * "parse a srcset attribute" steps of the HTML standard.
 */
#include "html/srcset.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Reads a number followed by 'w' or 'x' from one descriptor token. */
static void parse_descriptor(const char *d, size_t n, ls_srcset_cand *c)
{
    if (n < 2 || n > 32)
        return;
    char tmp[40];
    memcpy(tmp, d, n - 1);
    tmp[n - 1] = '\0';
    char *end;
    double v = strtod(tmp, &end);
    if (end != tmp + n - 1 || !(v > 0) || v > 1e9)
        return;
    if (d[n - 1] == 'w')
        c->w = v;
    else if (d[n - 1] == 'x')
        c->x = v;
}

/* Parses the descriptors from s[i]; returns the index after the candidate
 * (past its separating comma). */
static size_t descriptors(const char *s, size_t len, size_t i, ls_srcset_cand *c)
{
    int parens = 0;
    while (i < len && is_ws(s[i]))
        i++;
    size_t start = i, tok = i;
    size_t end = i;
    for (; i < len; i++) {
        char ch = s[i];
        if (parens) {
            parens = ch == ')' ? 0 : 1;
            end = i + 1;
            continue;
        }
        if (ch == '(') {
            parens = 1;
        } else if (ch == ',') {
            break;
        } else if (is_ws(ch)) {
            if (i > tok)
                parse_descriptor(s + tok, i - tok, c);
            tok = i + 1;
            continue;
        }
        end = i + 1;
    }
    if (end > tok)
        parse_descriptor(s + tok, end - tok, c);
    c->desc = s + start;
    c->desc_len = end > start ? end - start : 0;
    return i < len ? i + 1 : len;
}

int ls_srcset_each(const char *s, size_t len,
                   int (*fn)(void *ctx, const ls_srcset_cand *c), void *ctx)
{
    size_t i = 0;
    if (!s)
        return 0;
    while (i < len) {
        while (i < len && (is_ws(s[i]) || s[i] == ','))
            i++;
        if (i >= len)
            break;
        size_t u = i;
        while (i < len && !is_ws(s[i]))
            i++;
        ls_srcset_cand c = {.url = s + u, .url_len = i - u};
        if (s[i - 1] == ',') {
            while (c.url_len && c.url[c.url_len - 1] == ',')
                c.url_len--;
            c.desc = s + i;
        } else {
            i = descriptors(s, len, i, &c);
        }
        if (c.url_len == 0)
            continue;
        int rc = fn(ctx, &c);
        if (rc)
            return rc;
    }
    return 0;
}

static int keep_best(void *ctx, const ls_srcset_cand *c)
{
    ls_srcset_cand *b = ctx;
    double cx = c->x ? c->x : (c->w ? 0 : 1), bx = b->x ? b->x : (b->w ? 0 : 1);
    bool better = !b->url || (c->w > b->w) || (c->w == b->w && cx > bx);
    if (better)
        *b = *c;
    return 0;
}

bool ls_srcset_best(const char *s, size_t len, ls_srcset_cand *best)
{
    memset(best, 0, sizeof *best);
    ls_srcset_each(s, len, keep_best, best);
    return best->url != NULL;
}

typedef struct {
    int (*fn)(void *ctx, const char *url, size_t url_len, ls_buf *repl);
    void *ctx;
    ls_buf *out, repl;
    bool first;
} rewrite_state;

/* Appends a URL so that srcset parsing gives it back whole. */
static void add_url(ls_buf *out, const char *u, size_t n)
{
    size_t lead = 0;
    while (lead < n && u[lead] == ',') {
        ls_buf_adds(out, "%2C");
        lead++;
    }
    size_t tail = n;
    while (tail > lead && u[tail - 1] == ',')
        tail--;
    for (size_t i = lead; i < tail; i++) {
        if (is_ws(u[i]))
            ls_buf_addf(out, "%%%02X", (unsigned)(unsigned char)u[i]);
        else
            ls_buf_addc(out, u[i]);
    }
    for (size_t i = tail; i < n; i++)
        ls_buf_adds(out, "%2C");
}

static int rewrite_one(void *ctx, const ls_srcset_cand *c)
{
    rewrite_state *st = ctx;
    ls_buf_reset(&st->repl);
    int rc = st->fn(st->ctx, c->url, c->url_len, &st->repl);
    if (rc < 0)
        return rc;
    if (st->repl.err)
        return st->repl.err;
    if (rc == 1 || st->repl.len == 0)
        return 0;
    if (!st->first)
        ls_buf_adds(st->out, ", ");
    st->first = false;
    add_url(st->out, st->repl.data, st->repl.len);
    if (c->desc_len) {
        ls_buf_addc(st->out, ' ');
        ls_buf_add(st->out, c->desc, c->desc_len);
    }
    return st->out->err;
}

int ls_srcset_rewrite(const char *s, size_t len,
                      int (*fn)(void *ctx, const char *url, size_t url_len, ls_buf *repl),
                      void *ctx, ls_buf *out)
{
    rewrite_state st = {.fn = fn, .ctx = ctx, .out = out, .first = true};
    ls_buf_init(&st.repl, out->max ? out->max : 1 << 20);
    int rc = ls_srcset_each(s, len, rewrite_one, &st);
    ls_buf_release(&st.repl);
    return rc ? rc : out->err;
}
