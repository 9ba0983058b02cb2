/*
 * heading.c - how a page's headings read and what they say about the page
 * (contracts in heading.h).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "extract/heading.h"
#include "extract/infoline.h"
#include "extract/title.h"
#include "util/buf.h"
#include "util/mojibake.h"
#include "util/str.h"

bool ls_x_class_or_id_has(const ls_node *n, const char *w)
{
    const char *c = ls_node_attr(n, "class");
    if (c && strcasestr(c, w))
        return true;
    c = ls_node_attr(n, "id");
    return c && strcasestr(c, w);
}

/* The text of n into b, sep at each block inside it, without scripts,
 * styles, drawings (an SVG's <text>: an avatar's initials) and text for
 * screen readers alone ("Author links open overlay panel"); for names,
 * without superscripts, and a link right after another apart from it (by a
 * space, after a Latin name by a comma). */
static void node_text_sep(const ls_node *n, ls_buf *b, char sep, bool names)
{
    bool in_link = false; /* the last text written was a link's */
    for (const ls_node *c = n; c;) {
        if (c != n && c->type == LS_NODE_ELEMENT
            && (c->tag == GUMBO_TAG_SCRIPT || c->tag == GUMBO_TAG_STYLE
                || c->tag == GUMBO_TAG_TEMPLATE || c->tag == GUMBO_TAG_SVG
                || (names && c->tag == GUMBO_TAG_SUP) || (c->flags & LS_XF_SR_ONLY))) {
            c = ls_node_next_skip(c, n);
            continue;
        }
        if (c->type == LS_NODE_TEXT) {
            ls_buf_add(b, c->text, c->text_len);
            if (names && !ls_x_blank_text(c)) {
                in_link = false;
                for (const ls_node *p = c->parent; p && p != n && !in_link; p = p->parent)
                    in_link = p->tag == GUMBO_TAG_A;
            }
        } else if (c != n && b->len && c->type == LS_NODE_ELEMENT
                   && (ls_x_is_block_tag(c->tag) || c->tag == GUMBO_TAG_BR)) {
            ls_buf_addc(b, sep);
        } else if (names && in_link && c->tag == GUMBO_TAG_A
                   && !isspace((unsigned char)b->data[b->len - 1]) && b->data[b->len - 1] != sep) {
            /* one linked name after another: "<a>张伟<sup>1</sup></a><a>李娜</a>" */
            ls_buf_adds(b, isalnum((unsigned char)b->data[b->len - 1]) ? ", " : " ");
        }
        c = ls_node_next(c, n);
    }
}

char *ls_x_node_text(const ls_node *n, size_t cap)
{
    ls_buf b;
    ls_buf_init(&b, cap);
    /* blocks inside are apart ("<p>Jane Roe</p><p>2022-11-23</p>") */
    node_text_sep(n, &b, ' ', false);
    char *r = b.data ? ls_text_squash(b.data, b.len) : NULL;
    ls_buf_release(&b);
    return r;
}

char *ls_x_node_lines(const ls_node *n, size_t cap)
{
    ls_buf b, out;
    ls_buf_init(&b, cap);
    ls_buf_init(&out, cap + 1);
    node_text_sep(n, &b, '\x01', true); /* (the parser leaves no control in text) */
    for (size_t i = 0; b.data && i < b.len;) {
        const char *e = memchr(b.data + i, '\x01', b.len - i);
        size_t len = e ? (size_t)(e - b.data) - i : b.len - i;
        char *line = ls_text_squash(b.data + i, len);
        if (line && *line) {
            if (out.len)
                ls_buf_addc(&out, '\n');
            ls_buf_adds(&out, line);
        }
        free(line);
        i += len + 1;
    }
    ls_buf_release(&b);
    char *r = out.data && !out.err ? ls_buf_detach(&out, NULL) : NULL;
    ls_buf_release(&out);
    return r;
}

/* True when the h1 sits in what the page marks up as one article or post:
 * an <article>, or a block whose class or id names a post, entry, article,
 * blog or story. On such pages the visible headline is the title even when
 * the meta title was written for search engines; on product and landing
 * pages a lone h1 is as often a slogan. */
bool ls_heading_in_article(const ls_node *h)
{
    static const char *const names[] = {"post", "entry", "article", "blog", "story"};
    int depth = 0;
    for (const ls_node *n = h->parent; n && n->type == LS_NODE_ELEMENT && depth < 64;
         n = n->parent, depth++) {
        if (n->tag == GUMBO_TAG_BODY)
            break;
        if (n->tag == GUMBO_TAG_ARTICLE)
            return true;
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
            if (ls_x_class_or_id_has(n, names[k]))
                return true;
    }
    return false;
}

/* True when b holds more than white space. */
static bool written(const ls_buf *b)
{
    for (size_t i = 0; i < b->len; i++)
        if (!strchr(" \t\n\r\f", b->data[i]))
            return true;
    return false;
}

/* The text of an h1 as it reads: a line break or a block inside it
 * separates words ("Data Analytics<br>Agency"), style, script and hidden
 * text is not read; and without the permalink mark documentation
 * generators put after it: a pilcrow or an icon-font glyph (private use
 * area). A heading inside it after its words is a deck, not read. */
char *ls_heading_text(const ls_node *h)
{
    ls_buf b;
    ls_buf_init(&b, 4096);
    for (const ls_node *n = h->first_child; n && !b.err;) {
        if (n->type == LS_NODE_TEXT) {
            ls_buf_add(&b, n->text, n->text_len);
        } else if (n->type == LS_NODE_ELEMENT) {
            GumboTag t = n->tag;
            if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT
                || t == GUMBO_TAG_TEMPLATE || (n->flags & LS_XF_HIDDEN)) {
                n = ls_node_next_skip(n, h);
                continue;
            }
            /* a heading inside the heading after its words is the deck
             * ("<h1><p>Tax 101</p><h4>A guide to …</h4></h1>") */
            if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6 && written(&b))
                break;
            if (t == GUMBO_TAG_BR || ls_x_is_block_tag(t))
                ls_buf_adds(&b, " ");
        }
        n = ls_node_next(n, h);
    }
    char *t = b.data && !b.err ? ls_text_squash(b.data, b.len) : NULL;
    ls_buf_release(&b);
    size_t n = t ? strlen(t) : 0;
    while (n) {
        size_t j = n - 1;
        while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80)
            j--;
        uint32_t cp;
        ls_utf8_next(t + j, n - j, &cp);
        if (cp != 0xB6 && !(cp >= 0xE000 && cp <= 0xF8FF) && !ls_is_space_cp(cp))
            break;
        n = j;
    }
    if (t)
        t[n] = 0;
    ls_text_unmojibake(t);
    return t;
}

/* True when href points at a site's front page: no path, "/", or an index
 * file ("/index.php?sid=…"), relative or on any host; or at the index of a
 * folder above ("../index.html", "../../"): the front page of the
 * documentation or section the page is in. */
bool ls_heading_home_href(const char *href)
{
    if (!href)
        return false;
    const char *p = ls_x_url_path(href);
    if (p == href && *p != '/' && *p != '.' && strncasecmp(p, "index.", 6))
        return false; /* "#top", "page.html": not the front page */
    size_t n = strcspn(p, "?#");
    while (n >= 3 && !strncmp(p, "../", 3)) {
        p += 3;
        n -= 3;
    }
    if (n == 2 && !strncmp(p, "..", 2))
        n = 0;
    if (n >= 2 && !strncmp(p, "./", 2)) {
        p += 2;
        n -= 2;
    } else if (n && *p == '/') {
        p++;
        n--;
    }
    return !n || (n > 6 && !strncasecmp(p, "index.", 6) && !memchr(p, '/', n));
}

/* True for a node with visible text (not white space, script or style). */
static bool has_text(const ls_node *n)
{
    if (n->type == LS_NODE_TEXT)
        return !ls_x_blank_text(n);
    return n->type == LS_NODE_ELEMENT && n->tag != GUMBO_TAG_SCRIPT && n->tag != GUMBO_TAG_STYLE
           && ls_xs(n) && ls_xs(n)->chars;
}

/* When an h1 starts with an element of its own, a label drawn apart from
 * the headline (a thread's prefix badge, a category, the date), and text
 * follows it, returns the h1's text after that label (malloc'd); else
 * NULL. Wrappers around the whole h1 (a permalink) are looked through. */
char *ls_heading_after_label(const ls_node *h, const char *text)
{
    const ls_node *box = h, *first = NULL;
    for (int depth = 0; depth < 4; depth++) {
        first = NULL;
        int shown = 0;
        for (const ls_node *n = box->first_child; n; n = n->next)
            if (has_text(n) && !shown++)
                first = n;
        if (shown != 1 || first->type != LS_NODE_ELEMENT)
            break;
        box = first; /* a wrapper: look inside */
    }
    if (!first || first->type != LS_NODE_ELEMENT || first == box || !first->next
        || ls_x_is_block_tag(first->tag))
        return NULL;
    char *label = ls_x_node_text(first, 256);
    size_t ll = label ? strlen(label) : 0;
    char *rest = NULL;
    if (ll && ls_utf8_len(label, ll) <= 40 && !strncmp(text, label, ll)
        && (text[ll] == ' ' || (unsigned char)text[ll] == 0xC2)) {
        size_t rl;
        const char *r = ls_trim(text + ll, &rl);
        while (rl >= 2 && (unsigned char)r[0] == 0xC2 && (unsigned char)r[1] == 0xA0)
            r = ls_trim(r + 2, &rl); /* NBSP after the badge */
        if (ls_utf8_len(r, rl) >= 6)
            rest = ls_strndup(r, rl);
    }
    free(label);
    return rest;
}

/* True when the whole h1 is a link to the front page, or sits in one: the
 * site's name or logo in its header. */
bool ls_heading_links_home(const ls_node *h)
{
    const ls_node *p = h->parent;
    for (int up = 0; p && p->type == LS_NODE_ELEMENT && up < 2; p = p->parent, up++)
        if (p->tag == GUMBO_TAG_A)
            return ls_heading_home_href(ls_node_attr(p, "href"));
    const ls_xstat *hs = ls_xs(h);
    for (const ls_node *n = h->first_child; n && hs; n = ls_node_next(n, h))
        if (n->type == LS_NODE_ELEMENT && n->tag == GUMBO_TAG_A)
            return ls_xs(n) && ls_xs(n)->chars == hs->chars && ls_heading_home_href(ls_node_attr(n, "href"));
    return false;
}

