/*
 * single_render.c - turns the page's DOM into the single-file copy: asset
 * references become data: URIs (or go), active content goes, the charset
 * becomes UTF-8, and a note names the source and the capture time.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "capture/single_int.h"
#include "extract/extract.h"
#include "html/serialize.h"
#include "html/srcset.h"
#include "util/err.h"
#include "util/str.h"
#include "util/timeutil.h"

#define FLAG_DROP 0x40000000u /* element to remove after the walk */

typedef struct {
    ls_single *s;
    ls_dom *dom;
    int rc;
} render_ctx;

static int srcset_data_uri(void *ctx, const char *url, size_t url_len, ls_buf *repl)
{
    render_ctx *c = ctx;
    char *ref = ls_strndup(url, url_len);
    char *abs = ref ? single_resolve(c->s, c->s->base_url, ref) : NULL;
    char *u = abs ? ls_single_data_uri(c->s, abs) : NULL;
    bool inline_already = ref && ls_startswith_nocase(ref, "data:");
    if (u || inline_already)
        ls_buf_adds(repl, u ? u : ref);
    free(ref);
    free(abs);
    free(u);
    if (repl->err)
        return repl->err;
    return repl->len ? 0 : 1; /* 1 leaves an unavailable candidate out */
}

static void set_or_drop(render_ctx *c, ls_node *el, const char *attr, const char *value)
{
    if (value && *value) {
        if (ls_node_set_attr(c->dom, el, attr, value) != LS_OK)
            c->rc = LS_ENOMEM;
    } else {
        ls_node_remove_attr(el, attr);
    }
}

static void rewrite_css_attr(render_ctx *c, ls_node *el, const char *attr)
{
    const char *v = ls_node_attr(el, attr);
    ls_buf out;
    ls_buf_init(&out, (size_t)64 << 20);
    if (single_css_inline(c->s, v, strlen(v), c->s->base_url, &out) == LS_OK)
        set_or_drop(c, el, attr, out.data);
    else
        ls_node_remove_attr(el, attr);
    ls_buf_release(&out);
}

/* <style> text with its URLs inlined. */
static void rewrite_style_text(render_ctx *c, ls_node *el)
{
    ls_buf text, out;
    ls_buf_init(&text, (size_t)16 << 20);
    ls_buf_init(&out, (size_t)256 << 20);
    ls_node_text(el, &text);
    /* When inlining fails the old text must not stay: its URLs are remote. */
    bool ok = single_css_inline(c->s, text.data ? text.data : "", text.len, c->s->base_url,
                                &out) == LS_OK;
    /* The serializer keeps "</style" inside from ending the element. */
    while (el->first_child)
        ls_node_detach(el->first_child);
    ls_node *t = ok ? ls_node_new_text(c->dom, out.data ? out.data : "", out.len) : NULL;
    if (t)
        ls_node_append(el, t);
    else if (ok)
        c->rc = LS_ENOMEM;
    ls_buf_release(&text);
    ls_buf_release(&out);
}

/* An image left with a lazy URL only gets it as its src. */
static void rewrite_ref(void *ctx, ls_node *el, const char *attr, ref_kind kind)
{
    render_ctx *c = ctx;
    const char *v = attr ? ls_node_attr(el, attr) : NULL;
    if (kind == REF_CSS_TEXT) {
        rewrite_style_text(c, el);
        return;
    }
    if (kind == REF_STYLE) {
        rewrite_css_attr(c, el, attr);
        return;
    }
    if (kind == REF_DROP) {
        size_t n;
        const char *t = ls_trim(v, &n);
        if (!n || t[0] != '#')
            ls_node_remove_attr(el, attr);
        return;
    }
    if (kind == REF_SRCSET) {
        ls_buf out;
        ls_buf_init(&out, (size_t)256 << 20);
        if (ls_srcset_rewrite(v, strlen(v), srcset_data_uri, c, &out) == LS_OK)
            set_or_drop(c, el, attr, out.data);
        else
            ls_node_remove_attr(el, attr);
        ls_buf_release(&out);
        return;
    }
    char *abs = single_resolve(c->s, c->s->base_url, v);
    char *u = abs ? ls_single_data_uri(c->s, abs) : NULL;
    free(abs);
    size_t n;
    const char *t = ls_trim(v, &n);
    bool already_inline = n >= 5 && !strncasecmp(t, "data:", 5);
    if (!u && already_inline && kind == REF_LINK_CSS) {
        /* An inline stylesheet still loads what it names. */
        u = single_data_css(c->s, t, n);
        if (u)
            set_or_drop(c, el, attr, u);
        else
            el->flags |= FLAG_DROP;
        free(u);
        return;
    }
    if (!u && already_inline)
        return;
    if ((kind == REF_LINK_CSS || kind == REF_LINK_ICON) && !u) {
        el->flags |= FLAG_DROP;
        return;
    }
    bool lazy = strncmp(attr, "data-", 5) == 0;
    if (lazy && u && el->tag == GUMBO_TAG_IMG) {
        /* The real image of a lazy loader becomes the src. */
        set_or_drop(c, el, "src", u);
        ls_node_remove_attr(el, attr);
    } else if (lazy) {
        ls_node_remove_attr(el, attr);
    } else {
        set_or_drop(c, el, attr, u);
    }
    free(u);
}

/* Link relations that load nothing, or (stylesheet, icons) whose target
 * was inlined as data: by the time this runs. */
static const char *const passive_rels[] = {
    "stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed",
    "mask-icon", "canonical", "alternate", "author", "license", "help", "next", "prev",
    "previous", "me", "shortlink", "bookmark", "nofollow", "noopener", "noreferrer", "tag",
    "search", "amphtml", "first", "last", "up", "index", "home", "start", "contents",
    "archives", "publisher", NULL,
};

static bool word_in(const char *w, size_t n, const char *const *list)
{
    for (const char *const *p = list; *p; p++)
        if (strlen(*p) == n && !strncasecmp(w, *p, n))
            return true;
    return false;
}

/* True when a <link> would make the browser request something: any rel
 * word outside the passive list (a substring test would let
 * "modulepreload alternate" through), or a stylesheet or icon that is still
 * not a data: URI ("alternate stylesheet" is never inlined). */
static bool link_loads(const ls_node *n)
{
    const char *rel = ls_node_attr(n, "rel");
    if (!rel)
        return false;
    bool fetches = false;
    for (const char *p = rel; *p;) {
        p += strspn(p, " \t\n\f\r");
        size_t k = strcspn(p, " \t\n\f\r");
        if (k && !word_in(p, k, passive_rels))
            return true;
        if (k && (word_in(p, k, (const char *const[]){"stylesheet", NULL})
                  || word_in(p, k, (const char *const[]){"icon", "apple-touch-icon",
                                                          "apple-touch-icon-precomposed",
                                                          "mask-icon", NULL})))
            fetches = true;
        p += k;
    }
    const char *href = ls_node_attr(n, "href");
    size_t hn;
    const char *h = href ? ls_trim(href, &hn) : NULL;
    return fetches && h && !(hn >= 5 && !strncasecmp(h, "data:", 5));
}

static bool word_is(const char *w, size_t n, const char *word)
{
    return strlen(word) == n && !strncasecmp(w, word, n);
}

/* <set>/<animate> can change an <a>'s href to a javascript: URL, or set
 * an event handler, after the attributes were cleaned. */
static bool svg_animates_link(const ls_node *n)
{
    if (!n->name || (strcmp(n->name, "set") && strncmp(n->name, "animate", 7)))
        return false;
    size_t k;
    const char *v = ls_node_attr(n, "attributename");
    const char *an = v ? ls_trim(v, &k) : NULL;
    return an && (strcasestr(an, "href") || (k >= 2 && !strncasecmp(an, "on", 2)));
}

static bool is_active_element(const ls_node *n)
{
    switch (n->tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_BASE:
        return true;
    case GUMBO_TAG_META: {
        /* Compared without surrounding spaces: "refresh " must not pass. */
        size_t hn = 0;
        const char *v = ls_node_attr(n, "http-equiv");
        const char *he = v ? ls_trim(v, &hn) : NULL;
        return ls_node_has_attr(n, "charset")
            || (he && (word_is(he, hn, "refresh") || word_is(he, hn, "content-type")
                       || word_is(he, hn, "set-cookie")
                       || word_is(he, hn, "content-security-policy")));
    }
    case GUMBO_TAG_LINK:
        return link_loads(n);
    default:
        break;
    }
    if (n->ns == LS_NS_SVG && svg_animates_link(n))
        return true;
    /* Navigables the parser does not know (they load a page like <iframe>). */
    if (n->name && (!strcmp(n->name, "portal") || !strcmp(n->name, "fencedframe")))
        return true;
    /* Scripts inside SVG are parsed as foreign elements. */
    return n->ns != LS_NS_HTML && n->name && !strcasecmp(n->name, "script");
}

static bool is_script_url(const char *v, bool link)
{
    size_t n;
    const char *t = ls_trim(v, &n);
    char clean[32];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof clean - 1; i++)
        if ((unsigned char)t[i] > ' ')
            clean[k++] = t[i];
    clean[k] = '\0';
    if (!strncasecmp(clean, "javascript:", 11) || !strncasecmp(clean, "vbscript:", 9))
        return true;
    /* A link to a document in a data: URI runs it in the frame it
     * navigates (images in data: URIs are fine anywhere else). */
    return link
        && (!strncasecmp(clean, "data:text/html", 14)
            || !strncasecmp(clean, "data:application/xhtml", 22)
            || !strncasecmp(clean, "data:image/svg+xml", 18)
            || !strncasecmp(clean, "data:text/xml", 13)
            || !strncasecmp(clean, "data:application/xml", 20));
}

/* Event handlers, srcdoc, form targets and script URLs. */
static void strip_attributes(ls_node *el)
{
    bool link = el->tag == GUMBO_TAG_A || el->tag == GUMBO_TAG_AREA;
    ls_attr *a = el->attrs;
    while (a) {
        ls_attr *next = a->next;
        const char *name = a->name;
        if ((name[0] == 'o' && name[1] == 'n') || !strcmp(name, "srcdoc")
            || !strcmp(name, "formaction") || !strcmp(name, "action")
            || !strcmp(name, "ping") || !strcmp(name, "nonce") || !strcmp(name, "integrity")
            || !strcmp(name, "lowsrc") || !strcmp(name, "dynsrc")
            || ((!strcmp(name, "href") || !strcmp(name, "xlink:href") || !strcmp(name, "src"))
                && is_script_url(a->value, link && strcmp(name, "src") != 0)))
            ls_node_remove_attr(el, name);
        a = next;
    }
}

static void trim_span(const char **s, size_t *n)
{
    while (*n && strchr(" \t\r\n\f", **s))
        (*s)++, (*n)--;
    while (*n && strchr(" \t\r\n\f", (*s)[*n - 1]))
        (*n)--;
}

/* A declaration d[0..n) that hides an element without taking its room:
 * visibility:hidden, or an opacity of 0 (!important or not). */
static bool hiding_declaration(const char *d, size_t n)
{
    const char *colon = memchr(d, ':', n);
    if (!colon)
        return false;
    const char *p = d, *v = colon + 1;
    size_t pl = (size_t)(colon - d), vl = n - pl - 1;
    trim_span(&p, &pl);
    trim_span(&v, &vl);
    if (vl > 10 && !strncasecmp(v + vl - 10, "!important", 10)) {
        vl -= 10;
        trim_span(&v, &vl);
    }
    if (pl == 10 && !strncasecmp(p, "visibility", 10))
        return vl == 6 && !strncasecmp(v, "hidden", 6);
    if (pl == 7 && !strncasecmp(p, "opacity", 7))
        return vl && strspn(v, "0.%") >= vl;
    return false;
}

/* The copy runs no script, so what a page's script shows on load must not
 * stay hidden: the <html> or <body> of a page hidden until its scripts ran,
 * a WeChat article's body. Their inline visibility:hidden and opacity:0 go. */
static void reveal(ls_dom *dom, ls_node *el)
{
    if (el->tag != GUMBO_TAG_HTML && el->tag != GUMBO_TAG_BODY && !ls_extract_wechat_body(el))
        return;
    const char *st = ls_node_attr(el, "style");
    if (!st)
        return;
    ls_buf out;
    ls_buf_init(&out, 1u << 20);
    bool changed = false;
    for (const char *d = st; *d;) {
        size_t n = strcspn(d, ";");
        if (hiding_declaration(d, n))
            changed = true;
        else if (n) {
            ls_buf_add(&out, d, n);
            ls_buf_addc(&out, ';');
        }
        d += n + (d[n] == ';');
    }
    if (changed && !out.err)
        ls_node_set_attr(dom, el, "style", out.data ? out.data : "");
    ls_buf_release(&out);
}

/* Links keep working from the copy: relative ones point at the source. */
static void absolutize_link(ls_single *s, ls_dom *dom, ls_node *el)
{
    if (el->tag != GUMBO_TAG_A && el->tag != GUMBO_TAG_AREA)
        return;
    const char *href = ls_node_attr(el, "href");
    if (!href || href[0] == '#')
        return;
    char *abs = single_resolve(s, s->base_url, href);
    if (abs)
        ls_node_set_attr(dom, el, "href", abs);
    free(abs);
}

static void remove_active(ls_single *s, ls_dom *dom)
{
    ls_node *root = dom->root;
    ls_node *n = root;
    while (n) {
        if (n->type == LS_NODE_ELEMENT && (is_active_element(n) || (n->flags & FLAG_DROP))) {
            ls_node *next = ls_node_next_skip(n, root);
            ls_node_detach(n);
            n = next;
            continue;
        }
        if (n->type == LS_NODE_ELEMENT) {
            strip_attributes(n);
            absolutize_link(s, dom, n);
            reveal(dom, n);
            if (n->tag == GUMBO_TAG_NOSCRIPT && n->parent && dom->body) {
                /* Without scripts a browser shows noscript content. */
                ls_node *next = ls_node_next(n, root);
                ls_node_unwrap(n);
                n = next;
                continue;
            }
        }
        n = ls_node_next(n, root);
    }
}

static int add_head_notes(ls_dom *dom, const ls_single_opts *o)
{
    ls_node *head = dom->head;
    if (!head) {
        head = ls_node_new_element(dom, GUMBO_TAG_HEAD);
        if (!head || !dom->html)
            return LS_ENOMEM;
        ls_node_prepend(dom->html, head);
        dom->head = head;
    }
    char when[32];
    ls_iso8601_utc(o->captured, when, sizeof when);
    ls_node *src = ls_node_new_element(dom, GUMBO_TAG_META);
    ls_node *at = ls_node_new_element(dom, GUMBO_TAG_META);
    ls_node *cs = ls_node_new_element(dom, GUMBO_TAG_META);
    if (!src || !at || !cs)
        return LS_ENOMEM;
    if (ls_node_set_attr(dom, cs, "charset", "utf-8")
        || ls_node_set_attr(dom, src, "name", "linksnap:source")
        || ls_node_set_attr(dom, src, "content", o->source_url)
        || ls_node_set_attr(dom, at, "name", "linksnap:captured")
        || ls_node_set_attr(dom, at, "content", when))
        return LS_ENOMEM;
    ls_node_prepend(head, at);
    ls_node_prepend(head, src);
    ls_node_prepend(head, cs);
    return LS_OK;
}

int ls_single_render(ls_single *s, ls_dom *dom, const ls_single_opts *o)
{
    render_ctx c = {s, dom, LS_OK};
    single_refs_walk(dom, rewrite_ref, &c);
    if (c.rc != LS_OK)
        return c.rc;
    remove_active(s, dom);
    int rc = add_head_notes(dom, o);
    if (rc != LS_OK)
        return rc;
    char when[32];
    ls_iso8601_utc(o->captured, when, sizeof when);
    ls_buf_adds(&s->html, "<!DOCTYPE html>\n<!-- linksnap snapshot of ");
    /* "--" cannot end the comment early: the URL is in normal form, and
     * any "--" in it is broken up. */
    for (const char *p = o->source_url; *p; p++) {
        ls_buf_addc(&s->html, *p);
        if (*p == '-' && p[1] == '-')
            ls_buf_addc(&s->html, ' ');
    }
    ls_buf_addf(&s->html, " captured %s -->\n", when);
    for (ls_node *n = dom->root->first_child; n; n = n->next)
        if (n->type != LS_NODE_DOCTYPE)
            ls_html_serialize(n, &s->html, 0);
    return s->html.err ? s->html.err : LS_OK;
}
