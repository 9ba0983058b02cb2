/*
 * stats.c - per-element text statistics in one bottom-up pass.
 *
 * Elements are numbered in document (pre-)order, so walking the array
 * backwards visits every child before its parent: each element adds up its
 * direct text and its children's totals once, linear in the page size.
 * Subtrees that can never be content (scripts, navigation, hidden parts,
 * share bars ...) are marked LS_XF_JUNK and not descended into.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "util/err.h"
#include "util/str.h"

bool ls_x_is_block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

static bool junk_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META:
    case GUMBO_TAG_LINK: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_NAV: case GUMBO_TAG_MENU:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_LABEL:
    /* (what a browser never shows: an embed's and a frameset's fallbacks) */
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

/* Lowercase "class id" into buf (clipped). Utility-class tokens with ':',
 * '[' or '(' (Tailwind's "lg:pt-[var(--banner-h)]") say nothing about the
 * role of the element and are left out. */
static size_t class_id(const ls_node *n, char *buf, size_t sz, bool with_id)
{
    const char *c = ls_node_attr(n, "class"), *i = with_id ? ls_node_attr(n, "id") : NULL;
    size_t len = 0;
    for (int k = 0; k < 2; k++) {
        const char *s = k ? i : c;
        while (s && *s) {
            while (*s == ' ' || *s == '\t' || *s == '\n')
                s++;
            size_t t = strcspn(s, " \t\n");
            if (t && !memchr(s, ':', t) && !memchr(s, '[', t) && !memchr(s, '(', t)
                && len + t + 2 < sz) {
                for (size_t j = 0; j < t; j++)
                    buf[len++] = (char)tolower((unsigned char)s[j]);
                buf[len++] = ' ';
            }
            s += t;
        }
    }
    buf[len] = 0;
    return len;
}

/* ci (tokens each followed by a space) holds the token w whole. */
static bool has_token(const char *ci, const char *w)
{
    size_t l = strlen(w);
    for (const char *p = strstr(ci, w); p; p = strstr(p + 1, w))
        if ((p == ci || p[-1] == ' ') && p[l] == ' ')
            return true;
    return false;
}

/* w is a word of a class or id, set apart by spaces, dashes or underscores
 * ("inline-cta", "cta_box", "article-cta__button"). */
static bool has_segment(const char *ci, const char *w)
{
    size_t l = strlen(w);
    for (const char *p = strstr(ci, w); p; p = strstr(p + 1, w))
        if ((p == ci || strchr(" -_", p[-1])) && p[l] && strchr(" -_", p[l]))
            return true;
    return false;
}

static bool has_any(const char *s, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strstr(s, words[k]))
            return true;
    return false;
}

static const char *const unlikely[] = {
    "-ad-", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
    "footer", "gdpr", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
    "sidebar", "skyscraper", "social", "sponsor", "ad-break", "agegate", "pagination",
    "pager", "popup", "share", "cookie", "consent", "newsletter", "subscribe", "signup",
    "login", "copyright", "navbar", "topbar", "toolbar", "recommend", "promo",
    "modal", "masthead", "site-header", "skip-link", "screen-reader", "visually-hidden",
    "sr-only", "author-bio", "tagcloud", "breadcrumbs", "popover", "tooltip", "reviews",
    "userextras", "user-extras", "userinfo", "user-info", "usertitle", "signature",
    /* a paywall's offer, a call for money */
    "paywall", "contribution-ask", "donation-ask",
    /* what the site leaves out of a printed page */
    "noprint", "no-print", "d-print-none", "hidden-print", "print-hidden", "print-hide",
};
/* the words for the page's own body first, then those for any one post */
static const char *const maybe[] = {"and", "article", "body", "column", "content", "main",
                                    "shadow", "post", "entry", "text", "story"};
#define MAYBE_BODY 7 /* maybe[0..7): the page's own body */
static const char *const negative[] = {
    "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote",
    "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
    "nav", "menu", "copyright", "recommend", "hot", "rank", "login", "ad-", "advert",
};
static const char *const positive[] = {"article", "body", "content", "entry", "hentry",
                                       "h-entry", "main", "page", "pagination", "post",
                                       "text", "blog", "story", "detail", "zoom", "con_",
                                       "zw", "txt"};

#define NW(a) (sizeof(a) / sizeof((a)[0]))

/* Hidden by a class name: "hidden", "hide", "d-none", "is-hidden",
 * "wt-display-none", a form's outcome messages; not when another class
 * shows it again at some screen size ("d-none d-md-block", "hidden
 * md:flex") and not the responsive "hidden-xs" kind. */
static bool class_hidden(const ls_node *n)
{
    const char *c = ls_node_attr(n, "class");
    if (!c)
        return false;
    bool hide = false;
    while (*c) {
        while (*c == ' ' || *c == '\t' || *c == '\n')
            c++;
        size_t t = strcspn(c, " \t\n");
        if (!t)
            break;
        char tok[48];
        if (t < sizeof tok) {
            for (size_t j = 0; j < t; j++)
                tok[j] = (char)tolower((unsigned char)c[j]);
            tok[t] = 0;
            if (strstr(tok, "block") || strstr(tok, "flex") || strstr(tok, "inline")
                || strstr(tok, "grid") || strstr(tok, "show") || strstr(tok, "visible"))
                return false;
            /* a short prefix is a framework's namespace ("u-", "is-", "wt-") */
            const char *d = strchr(tok, '-');
            const char *b = d && d - tok <= 3 ? d + 1 : tok;
            if (!strcmp(b, "hidden") || !strcmp(b, "hide") || !strcmp(b, "none")
                || !strcmp(b, "display-none") || !strcmp(tok, "invisible"))
                hide = true;
            /* a site builder's messages for after a form is sent, which its
             * stylesheet hides until then ("Thank you! Your submission has
             * been received!") */
            if (!strcmp(tok, "w-form-done") || !strcmp(tok, "w-form-fail"))
                hide = true;
        }
        c += t;
    }
    return hide;
}

/* Hidden by markup; such text may still be the page's (React streams the
 * content into hidden divs, tabs hide their panels), see ls_x_stats_build. */
static bool hidden_soft(const ls_node *n)
{
    /* a tab's panel of code is the page's, shown when its tab is picked
     * (the same example in another language) */
    const char *role = ls_node_attr(n, "role");
    if (role && !strcmp(role, "tabpanel") && ls_dom_find(n, GUMBO_TAG_PRE))
        return false;
    if (ls_node_has_attr(n, "hidden") || class_hidden(n))
        return true;
    const char *st = ls_node_attr(n, "style");
    if (st && ls_extract_wechat_body(n))
        return false; /* shown by the page's script, whatever its rail holds */
    /* visibility:hidden too: pages hide the whole body until their scripts ran */
    return st && (strstr(st, "display:none") || strstr(st, "display: none")
                  || strstr(st, "visibility:hidden") || strstr(st, "visibility: hidden"));
}

/* Text for screen readers only, which the stylesheet moves off the
 * screen ("30<span class=sr-only> minutes</span> mins", "Continue reading
 * <span class=screen-reader-text>…</span>"): no reader sees it, and it is
 * not written. A heading so classed may name the page whose banner shows
 * it as a picture. */
static bool screen_reader_only(const ls_node *n)
{
    static const char *const names[] = {"sr-only", "screen-reader-text", "screen-reader-only",
                                        "visually-hidden", "visuallyhidden", "element-invisible",
                                        "u-visually-hidden", "a11y-hidden", "sr-text"};
    char ci[256];
    if ((n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6) || !class_id(n, ci, sizeof ci, false))
        return false;
    for (size_t k = 0; k < NW(names); k++)
        if (has_token(ci, names[k]))
            return true;
    return false;
}

/* visibility:hidden keeps the element's room on screen: a placeholder or a
 * copy, not collapsed content (an accordion's panel also has height 0),
 * unless it is nearly all of the page. */
static bool invisible(const ls_node *n)
{
    const char *st = ls_node_attr(n, "style");
    return st && (strstr(st, "visibility:hidden") || strstr(st, "visibility: hidden"))
        && !strstr(st, "height:0") && !strstr(st, "height: 0");
}

static bool hidden(const ls_node *n)
{
    const char *ah = ls_node_attr(n, "aria-hidden");
    if (ah && !strcmp(ah, "true") && n->tag != GUMBO_TAG_SPAN && n->tag != GUMBO_TAG_I)
        return true;
    const char *role = ls_node_attr(n, "role");
    return role && (!strcmp(role, "navigation") || !strcmp(role, "dialog")
                    || !strcmp(role, "menu") || !strcmp(role, "menubar")
                    || !strcmp(role, "complementary") || !strcmp(role, "contentinfo"));
}

/* A box the page shows folded until clicked ("collapsed", MediaWiki's
 * "mw-collapsed"): its first part is the head a reader sees, the rest is
 * folded away. In a folded table the first row is the head. */
static bool folded_box(const ls_node *box)
{
    const char *c = ls_node_attr(box, "class");
    return c && strstr(c, "collapsed")
        && (ls_node_has_class(box, "collapsed") || ls_node_has_class(box, "mw-collapsed"));
}

static bool folded_part(const ls_node *n)
{
    const ls_node *box = n->parent;
    if (!box || box->type != LS_NODE_ELEMENT)
        return false;
    if (box->tag == GUMBO_TAG_TBODY || box->tag == GUMBO_TAG_THEAD) {
        const ls_node *t = box->parent;
        if (!t || t->type != LS_NODE_ELEMENT || t->tag != GUMBO_TAG_TABLE || !folded_box(t))
            return false;
        /* the head is the table's first row, wherever its section starts */
        for (const ls_node *sec = t->first_child; sec; sec = sec->next)
            if (sec->type == LS_NODE_ELEMENT)
                for (const ls_node *r = sec->first_child; r; r = r->next)
                    if (r->type == LS_NODE_ELEMENT && r->tag == GUMBO_TAG_TR)
                        return r != n;
        return false;
    }
    if (!folded_box(box))
        return false;
    const ls_node *c = box->first_child;
    while (c && c->type != LS_NODE_ELEMENT)
        c = c->next;
    return c != n;
}

/* <noscript> whose content the parser kept as text: markup ("<img src=...>"),
 * not words. (Where it was parsed into elements it is the page for readers
 * without scripts and often the whole of it.) */
static bool raw_noscript(const ls_node *n)
{
    if (n->tag != GUMBO_TAG_NOSCRIPT)
        return false;
    for (const ls_node *c = n->first_child; c; c = c->next)
        if (c->type == LS_NODE_ELEMENT)
            return false;
    return true;
}

/* n comes in the middle of running words: the text right before it, in
 * the same element, goes on with no end of sentence or ellipsis ("…
 * touched the hearts of people <span>who would help us</span>", a forum's
 * spoiler that a click shows). */
static bool mid_sentence(const ls_node *n)
{
    const ls_node *p = n->prev;
    while (p && p->type == LS_NODE_TEXT && ls_x_blank_text(p))
        p = p->prev;
    if (!p || p->type != LS_NODE_TEXT)
        return false;
    size_t len = p->text_len;
    while (len && isspace((unsigned char)p->text[len - 1]))
        len--;
    if (!len)
        return false;
    unsigned char c = (unsigned char)p->text[len - 1];
    if (c < 0x80)
        return isalnum(c) || c == ',';
    static const char *const ends[] = {"\xE2\x80\xA6", "\xE3\x80\x82", "\xEF\xBC\x81",
                                       "\xEF\xBC\x9F"}; /* … 。 ！ ？ */
    for (size_t k = 0; k < NW(ends); k++)
        if (len >= 3 && !memcmp(p->text + len - 3, ends[k], 3))
            return false;
    return true;
}

/* An inline element the page says is a button (<span role="button">Show
 * less</span>): a control, as <button> is. (A link drawn as a button is
 * weighed as the other links are.) A control
 * says a few words; one that holds blocks or a picture, or says more, is
 * a clickable part of the text (a picture that enlarges), one that
 * asks a question is a FAQ's question that unfolds its answer, and one in
 * the middle of a sentence is words of it a click shows. (A block
 * with the role is a box a reader opens or picks, a card or an
 * accordion's head, whose words are often the text's.) */
static bool button_role(const ls_node *n)
{
    const char *role = ls_node_attr(n, "role");
    if (!role || strcasecmp(role, "button") || ls_x_is_block_tag(n->tag) || n->tag == GUMBO_TAG_A)
        return false;
    int budget = 64;
    for (const ls_node *c = n->first_child; c; c = ls_node_next(c, n)) {
        if (budget-- <= 0)
            return false;
        if (c->type == LS_NODE_ELEMENT && (ls_x_is_block_tag(c->tag) || ls_x_image(c)))
            return false;
    }
    char *t = ls_x_node_text(n, 256);
    size_t len = t ? strlen(t) : 0;
    bool question = (len >= 1 && t[len - 1] == '?') || (len >= 3 && !strcmp(t + len - 3, "？"));
    bool label = len && ls_utf8_len(t, len) <= 40;
    free(t);
    return label && !question && !mid_sentence(n);
}

/* A link past the page's furniture for keyboard and screen-reader users
 * ("Skip to content", "Skip to product information"): it points into the
 * page and is no part of what it skips to. */
static bool skip_link(const ls_node *n)
{
    if (n->tag != GUMBO_TAG_A)
        return false;
    const char *href = ls_node_attr(n, "href");
    if (!href || href[0] != '#')
        return false;
    /* on its own, not a link within a sentence */
    for (const ls_node *o = n->parent ? n->parent->first_child : NULL; o; o = o->next)
        if (o->type == LS_NODE_TEXT && !ls_x_blank_text(o))
            return false;
    const ls_node *t = n->first_child;
    while (t && t->type == LS_NODE_TEXT && ls_x_blank_text(t))
        t = t->next;
    if (!t || t->type != LS_NODE_TEXT)
        return false;
    const char *s = t->text + strspn(t->text, " \t\n\r\f");
    return !strncasecmp(s, "skip to ", 8) || !strncasecmp(s, "skip navigation", 15)
        || !strncmp(s, "\xE8\xB7\xB3\xE5\x88\xB0", 6)       /* 跳到 */
        || !strncmp(s, "\xE8\xB7\xB3\xE8\xBD\xAC\xE5\x88\xB0", 9) /* 跳转到 */
        || !strncmp(s, "\xE8\xB7\xB3\xE8\xBF\x87", 6);      /* 跳过 */
}

/* An element whose only text is a JSON object (a widget's settings left in
 * the page: {"statementLink":"",...}), outside code. */
static bool json_blob(const ls_node *n)
{
    const ls_node *t = NULL;
    for (const ls_node *c = n->first_child; c; c = c->next) {
        if (c->type == LS_NODE_ELEMENT || (c->type == LS_NODE_TEXT && t && !ls_x_blank_text(c)))
            return false;
        if (c->type == LS_NODE_TEXT && !ls_x_blank_text(c))
            t = c;
    }
    if (!t || t->text_len < 40)
        return false;
    const char *s = t->text, *e = t->text + t->text_len;
    while (s < e && isspace((unsigned char)*s))
        s++;
    while (e > s && isspace((unsigned char)e[-1]))
        e--;
    if (e - s < 40 || !((s[0] == '{' && s[1] == '"') || (s[0] == '[' && s[1] == '{'))
        || (e[-1] != '}' && e[-1] != ']') || !memchr(s, ':', (size_t)(e - s)))
        return false;
    return !ls_x_in_code(n);
}

/* A form that asks for writing: a textarea (an answer box, a comment or
 * contact form), an e-mail field (a newsletter's sign-up), or two or more
 * text fields (an enquiry form). Not a search box (one text field: an
 * e-paper keeps its edition's date beside it), and not a login (the page
 * behind it is all a reader has). */
static bool asks_for_text(const ls_node *form)
{
    int budget = 2000, fields = 0;
    bool area = false;
    for (const ls_node *c = form; c && budget-- > 0; c = ls_node_next(c, form)) {
        if (c->type != LS_NODE_ELEMENT)
            continue;
        if (c->tag == GUMBO_TAG_TEXTAREA)
            area = true;
        if (c->tag == GUMBO_TAG_INPUT) {
            const char *t = ls_node_attr(c, "type");
            if (t && !strcasecmp(t, "password"))
                return false;
            const char *nm = ls_node_attr(c, "name");
            if ((t && !strcasecmp(t, "email")) || (nm && strcasestr(nm, "mail")))
                area = true; /* a newsletter's sign-up */
            if (!t || !strcasecmp(t, "text") || !strcasecmp(t, "email"))
                fields++;
        }
    }
    return area || fields >= 2;
}

/* id is the slug of heading h's text ("reading-cookies" for "Reading
 * cookies"), as documentation generators write it. */
static bool id_spells(const char *id, const ls_node *h)
{
    if (!id || !*id)
        return false;
    char slug[80];
    size_t len = 0;
    bool dash = false;
    for (const ls_node *t = h; t && len + 2 < sizeof slug; t = ls_node_next(t, h)) {
        if (t->type != LS_NODE_TEXT)
            continue;
        for (size_t i = 0; i < t->text_len && len + 2 < sizeof slug; i++) {
            unsigned char ch = (unsigned char)t->text[i];
            if (isalnum(ch)) {
                if (dash && len)
                    slug[len++] = '-';
                slug[len++] = (char)tolower(ch);
                dash = false;
            } else {
                dash = true; /* (and a heading in other letters has no slug) */
            }
        }
    }
    slug[len] = 0;
    if (!len)
        return false;
    size_t i = 0;
    for (; id[i] && i < len; i++) {
        char c = (char)tolower((unsigned char)id[i]);
        if ((c == '_' ? '-' : c) != slug[i])
            return false;
    }
    return i == len && !id[i];
}

/* The element's id is the slug of the heading it opens with, as
 * documentation generators write sections (<section id="cookies"><h2>
 * Cookies</h2>): the id names the topic, not a cookie banner. */
static bool id_is_heading_slug(const ls_node *n)
{
    const ls_node *h = NULL;
    int k = 0;
    for (const ls_node *c = n->first_child; c && k < 3 && !h; c = c->next)
        if (c->type == LS_NODE_ELEMENT && k++ >= 0 && c->tag >= GUMBO_TAG_H1
            && c->tag <= GUMBO_TAG_H6)
            h = c;
    return h && id_spells(ls_node_attr(n, "id"), h);
}

enum { C_CONTENT, C_JUNK, C_UNLIKELY, C_HIDDEN };

/* On a page that says it is a discussion, the posts named "comment" or
 * "reply" are what the page is: those words no longer mark boilerplate. */
static void unname_replies(char *ci)
{
    static const char *const words[] = {"comment", "remark", "com-"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        for (char *p = strstr(ci, words[k]); p; p = strstr(p, words[k]))
            memset(p, '_', strlen(words[k]));
}

/* A formula is text (MathML's tokens); its annotations (the TeX source,
 * an HTML copy) are other copies of it, and SVG is a picture. */
static bool foreign_junk(const ls_node *n)
{
    if (n->ns == LS_NS_HTML)
        return false;
    if (n->ns != LS_NS_MATHML)
        return true;
    return n->tag == GUMBO_TAG_ANNOTATION_XML || n->tag == GUMBO_TAG_MGLYPH
        || (n->name && !strcmp(n->name, "annotation"));
}

/* One of ci's names says content ("post", "article-body"), unless the
 * word is the tail of a compound a boilerplate word heads with nothing
 * between ("jp-relatedposts": related posts, not a post). A block named a
 * comment is one reader's post, entry or text ("comment-box
 * user-post-box"): only the words for the page's own body rescue it. */
static bool rescued(const char *ci)
{
    /* named a reply, and boilerplate of no other kind */
    static const char *const replies[] = {"comment", "replies", "remark", "disqus"};
    bool reply = has_any(ci, replies, NW(replies));
    for (size_t u = 0; u < NW(unlikely) && reply; u++)
        reply = !strstr(ci, unlikely[u]) || has_any(unlikely[u], replies, NW(replies));
    for (size_t k = 0; k < (reply ? MAYBE_BODY : NW(maybe)); k++) {
        size_t ml = strlen(maybe[k]);
        for (const char *m = strstr(ci, maybe[k]); m; m = strstr(m + ml, maybe[k])) {
            bool tail = false;
            for (size_t u = 0; u < NW(unlikely) && !tail; u++) {
                size_t ul = strlen(unlikely[u]);
                tail = (size_t)(m - ci) >= ul && !memcmp(m - ul, unlikely[u], ul);
            }
            if (!tail)
                return true;
        }
    }
    return false;
}

/* n holds MathML within a few levels: the box a renderer draws a formula
 * in (MathJax's <mjx-container class="MathJax CtxtMenu_Attached_0">). */
static bool holds_formula(const ls_node *n, int depth)
{
    for (const ls_node *c = n->first_child; c && depth < 3; c = c->next)
        if (c->type == LS_NODE_ELEMENT
            && ((c->ns == LS_NS_MATHML && c->tag == GUMBO_TAG_MATH) || holds_formula(c, depth + 1)))
            return true;
    return false;
}

/* n is a word or two of a paragraph's sentence, set in an inline element
 * ("<p><span class=legendSpanClass>CHICAGO</span>, … /PRNewswire/ -- The
 * company …"): the paragraph's own text beside it runs to a sentence,
 * whatever the element's class names. */
static bool inline_in_sentence(const ls_node *n)
{
    if (n->tag != GUMBO_TAG_SPAN && n->tag != GUMBO_TAG_EM && n->tag != GUMBO_TAG_STRONG
        && n->tag != GUMBO_TAG_B && n->tag != GUMBO_TAG_I && n->tag != GUMBO_TAG_FONT)
        return false;
    const ls_node *p = n->parent;
    for (int d = 0; p && p->type == LS_NODE_ELEMENT && !ls_x_is_block_tag(p->tag) && d < 4; d++)
        p = p->parent;
    if (!p || p->type != LS_NODE_ELEMENT || p->tag != GUMBO_TAG_P)
        return false;
    /* (a word or two: a tooltip's bubble in a sentence is no part of it) */
    size_t mine = 0;
    for (const ls_node *t = n->first_child; t && mine <= 40; t = ls_node_next(t, n))
        if (t->type == LS_NODE_TEXT)
            for (size_t i = 0; i < t->text_len; i++)
                mine += !isspace((unsigned char)t->text[i]);
    if (mine > 40)
        return false;
    size_t own = 0;
    for (const ls_node *c = p->first_child; c; c = c->next)
        if (c->type == LS_NODE_TEXT)
            for (size_t i = 0; i < c->text_len; i++)
                own += !isspace((unsigned char)c->text[i]);
    return own >= 60;
}

/* A declarative shadow root (<template shadowrootmode="open">): a browser
 * shows what it holds in place of its host, where a plain <template> is
 * never shown. */
static bool shadow_root(const ls_node *n)
{
    return n->tag == GUMBO_TAG_TEMPLATE
        && (ls_node_attr(n, "shadowrootmode") || ls_node_attr(n, "shadowroot"));
}

/* n stands between paragraphs of prose: a <p> with a sentence's worth of
 * text before it and another after it among its siblings. */
static bool between_paragraphs(const ls_node *n)
{
    bool before = false, after = false;
    for (int dir = 0; dir < 2; dir++) {
        int looked = 0;
        for (const ls_node *c = dir ? n->next : n->prev; c && looked < 8; c = dir ? c->next : c->prev) {
            if (c->type != LS_NODE_ELEMENT)
                continue;
            looked++;
            if (c->tag == GUMBO_TAG_P && c->first_child) {
                size_t len = 0;
                for (const ls_node *t = c->first_child; t && len < 80; t = ls_node_next(t, c))
                    if (t->type == LS_NODE_TEXT)
                        len += t->text_len;
                if (len >= 80) {
                    *(dir ? &after : &before) = true;
                    break;
                }
            }
        }
    }
    return before && after;
}

/* A block named "signature" that is an official document's signing: a
 * few lines with a full date and no link or picture ("Signed in
 * Washington, DC, on April 3, 2024. / Jeffrey Marootian, / Principal
 * Deputy Assistant Secretary."). A forum member's signature is a tagline,
 * a link or a banner, and carries no date of its own. */
static bool signed_document(const ls_node *n, const char *ci)
{
    if (!strstr(ci, "signature"))
        return false;
    int budget = 64;
    for (const ls_node *c = n->first_child; c; c = ls_node_next(c, n)) {
        if (budget-- <= 0)
            return false;
        if (c->type == LS_NODE_ELEMENT
            && (c->tag == GUMBO_TAG_A || c->tag == GUMBO_TAG_IMG || c->tag == GUMBO_TAG_FORM))
            return false;
    }
    char *t = ls_x_node_text(n, 512);
    size_t len = t ? strlen(t) : 0;
    char date[LS_DATE_MAX];
    ls_date_ctx dc = {.need_year = true, .no_relative = true};
    bool dated = len && len < 400 && ls_date_find(t, len, &dc, date, NULL, NULL);
    free(t);
    return dated;
}

/* Classifies an element: C_JUNK (never content, subtree skipped),
 * C_UNLIKELY (boilerplate by its class/id, unless it turns out to hold most
 * of the page's text), or C_CONTENT. */
static int classify(ls_xstat *s, const ls_node *n, bool discussion)
{
    if ((junk_tag(n->tag) && !shadow_root(n)) || foreign_junk(n) || hidden(n) || raw_noscript(n)
        || skip_link(n) || json_blob(n) || button_role(n))
        return C_JUNK;
    if (hidden_soft(n) || folded_part(n))
        return C_HIDDEN;
    /* the page's own footer and asides; an article's footer may hold its notes */
    if (n->tag == GUMBO_TAG_FOOTER || n->tag == GUMBO_TAG_ASIDE || n->tag == GUMBO_TAG_HEADER) {
        const ls_node *p = n->parent;
        for (int d = 0; p && d < LS_DOM_MAX_DEPTH; p = p->parent, d++)
            if (p->type == LS_NODE_ELEMENT && (p->tag == GUMBO_TAG_ARTICLE
                || (n->tag == GUMBO_TAG_HEADER && p->tag == GUMBO_TAG_MAIN)))
                break;
        if (!p)
            return C_UNLIKELY;
    }
    /* tags gumbo 0.10 does not know come as GUMBO_TAG_UNKNOWN with a name */
    if (n->tag == GUMBO_TAG_UNKNOWN && n->name
        && (!strcmp(n->name, "dialog") || !strcmp(n->name, "search")))
        return C_JUNK;
    /* what the page tells screen readers a box is: "advertisement",
     * "Related Stories", "Sponsored" (not "Related products": a service's
     * page lays out its offer so) */
    const char *al = ls_node_attr(n, "aria-label");
    if (al && n->tag != GUMBO_TAG_A && n->tag != GUMBO_TAG_BUTTON && strlen(al) < 40) {
        static const char *const boxes[] = {"advert", "sponsor", "related stor",
                                            "related art", "related post", "related news",
                                            "related link", "广告", "相关"};
        for (size_t k = 0; k < NW(boxes); k++)
            if (strcasestr(al, boxes[k]))
                return C_UNLIKELY;
    }
    char ci[256];
    if (!class_id(n, ci, sizeof ci, true))
        return C_CONTENT;
    if (discussion)
        unname_replies(ci);
    int w = 0;
    if (has_any(ci, negative, NW(negative)))
        w -= 25;
    if (has_any(ci, positive, NW(positive)))
        w += 25;
    s->weight = w;
    if (n->tag == GUMBO_TAG_BODY || n->tag == GUMBO_TAG_HTML || n->tag == GUMBO_TAG_ARTICLE
        || n->tag == GUMBO_TAG_MAIN || n->tag == GUMBO_TAG_A || n->tag == GUMBO_TAG_TABLE
        || n->tag == GUMBO_TAG_TBODY || n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TR)
        return C_CONTENT;
    /* a name too short to look for inside others: a forum's signature,
     * class "sign" or "post_sign" as a whole token ("post" would save it) */
    if (has_token(ci, "sign") || has_token(ci, "post_sign") || has_token(ci, "post-sign"))
        return C_UNLIKELY;
    /* a call to action set between the story's paragraphs ("inline-cta":
     * an event's tickets, a trial's sign-up), named by a word too short to
     * look for inside others; a page built of such boxes (a service's
     * offer) keeps them */
    if (has_segment(ci, "cta") && n->tag != GUMBO_TAG_P && between_paragraphs(n))
        return C_UNLIKELY;
    /* a section's heading whose id is its own slug ("a-modbus-device") is
     * the document's, whatever its class says of the page around it
     * ("anchorWithStickyNavbar") */
    if (n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6 && id_spells(ls_node_attr(n, "id"), n))
        return C_CONTENT;
    /* (within code a highlighter names its spans "comment" or "keyword"; a
     * formula's box is named for its renderer's menus) */
    /* (a picture the page offers to share, "sharePic", is the story's) */
    static const char *const shared_pictures[] = {"sharepic", "share-pic", "share_pic",
                                                  "shareimg", "share-img", "share_img"};
    /* (a declaration's signature in API docs: "member-signature",
     * "type-signature", not a forum poster's) */
    static const char *const declarations[] = {"member-signature", "type-signature",
                                               "method-signature", "function-signature"};
    if (has_any(ci, unlikely, NW(unlikely)) && !rescued(ci)
        && !has_any(ci, declarations, NW(declarations))
        && !has_any(ci, shared_pictures, NW(shared_pictures)) && !signed_document(n, ci)
        && !ls_x_in_code(n) && !holds_formula(n, 0) && !inline_in_sentence(n)) {
        /* an id that spells the element's own heading names its topic */
        if (id_is_heading_slug(n)) {
            class_id(n, ci, sizeof ci, false);
            if (!has_any(ci, unlikely, NW(unlikely)))
                return C_CONTENT;
        }
        return C_UNLIKELY;
    }
    return C_CONTENT;
}

static bool is_punct(uint32_t cp, bool *comma)
{
    *comma = cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0xFF1B || cp == ';';
    if (*comma)
        return true;
    return cp == '.' || cp == '!' || cp == '?' || cp == ':' || ls_is_cjk_punct(cp);
}

static void count_text(ls_xstat *s, const char *t, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        unsigned char c = (unsigned char)t[i];
        if (c < 0x80) { /* fast path for ASCII */
            cp = c;
            i++;
        } else {
            i += ls_utf8_next(t + i, n - i, &cp);
        }
        if (cp < 0x80 ? isspace((int)cp) : ls_is_space_cp(cp))
            continue;
        s->chars++;
        bool comma;
        if (cp >= 0x2E80 && ls_is_cjk(cp))
            s->cjk++;
        else if (is_punct(cp, &comma)) {
            s->punct++;
            if (comma)
                s->commas++;
        }
    }
}

/* A link wrapped around whole paragraphs of prose (a card of a listing:
 * the item's name and a description of some sentences, all one link) is
 * reading matter, not link text; not when the card sits in a hidden part
 * of the page (a menu's panel, a copy for small screens). */
static bool prose_card(const ls_xstat *a)
{
    return a->paras && a->good >= 200 && !ls_x_under(a->node, LS_XF_HIDDEN);
}

static void add_child(ls_xstat *s, const ls_xstat *c, GumboTag ctag)
{
    s->chars += c->chars;
    s->cjk += c->cjk;
    s->punct += c->punct;
    s->commas += c->commas;
    s->tags += c->tags;
    s->link_tags += c->link_tags;
    s->link_chars += ctag == GUMBO_TAG_A && !prose_card(c) ? c->chars : c->link_chars;
    s->paras += c->paras;
    s->imgs += c->imgs;
    s->inputs += c->inputs;
    s->lis += c->lis;
    s->embeds += c->embeds;
    s->headings += c->headings;
    if (ctag != GUMBO_TAG_FOOTER) /* a footer's prose is not the page's reading matter */
        s->good += c->good;
}

/* The element's own text (direct text children), counted once. */
static void own_text(ls_xstat *s)
{
    ls_xstat t;
    memset(&t, 0, sizeof t);
    for (ls_node *c = s->node->first_child; c; c = c->next)
        if (c->type == LS_NODE_TEXT)
            count_text(&t, c->text, c->text_len);
    s->own_chars = t.chars;
    s->own_cjk = t.cjk;
    s->own_punct = t.punct;
    s->own_commas = t.commas;
}

static void sum_up(ls_xstat *s)
{
    ls_node *n = s->node;
    /* weight and own_* come before chars and survive the reset */
    memset(&s->chars, 0, sizeof *s - offsetof(ls_xstat, chars));
    s->chars = s->own_chars;
    s->cjk = s->own_cjk;
    s->punct = s->own_punct;
    s->commas = s->own_commas;
    s->tags = 1;
    unsigned block_good = 0; /* of child blocks, each already judged on its own */
    for (ls_node *c = n->first_child; c; c = c->next)
        if (c->type == LS_NODE_ELEMENT && c->user && !(c->flags & LS_XF_JUNK)) {
            unsigned g = s->good;
            add_child(s, (ls_xstat *)c->user, c->tag);
            if ((c->flags & LS_XF_BLOCK) || c->tag == GUMBO_TAG_TD || c->tag == GUMBO_TAG_TH)
                block_good += s->good - g;
        }
    if (n->tag != GUMBO_TAG_A)
        s->good += s->own_chars - s->own_cjk + 3 * s->own_cjk;
    /* a block that is mostly links (a menu, a tag cloud) is no reading matter;
     * the paragraphs of its child blocks still are (an article cell followed
     * by a long list of links) */
    if ((n->flags & LS_XF_BLOCK) && s->chars && s->link_chars * 2 > s->chars)
        s->good = block_good;
    switch (n->tag) {
    case GUMBO_TAG_A: s->link_tags++; break;
    case GUMBO_TAG_IMG: s->imgs++; break;
    case GUMBO_TAG_UNKNOWN: s->imgs += ls_x_image(n); break;
    case GUMBO_TAG_LI: s->lis++; break;
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE:
        if (s->chars)
            s->paras++;
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        s->headings++;
        break;
    default: break;
    }
}

/* A custom element (a web component's <ne-p>, <ne-h2>) that stands as a
 * block of text: its parent is a block, with no text of its own and no
 * inline element of HTML beside it (a rich-text editor's document is a row
 * of them; an <x-emoji> in a sentence, a <relative-time> beside a <span>,
 * stay inline), and it holds no blocks of HTML (a <bsx-section> around a
 * page's sections is a wrapper, which scoring passes through). Called
 * parents first. */
static bool custom_block(const ls_node *n)
{
    const ls_node *p = n->parent;
    if (n->tag != GUMBO_TAG_UNKNOWN || n->ns != LS_NS_HTML || !n->name || !strchr(n->name, '-')
        || !p || p->type != LS_NODE_ELEMENT || !(p->flags & LS_XF_BLOCK))
        return false;
    int seen = 0;
    for (const ls_node *d = n->first_child; d; d = ls_node_next(d, n))
        if (++seen > 64 || (d->type == LS_NODE_ELEMENT && ls_x_is_block_tag(d->tag)))
            return false;
    for (const ls_node *c = p->first_child; c; c = c->next) {
        if (c->type == LS_NODE_TEXT && !ls_x_blank_text(c))
            return false;
        if (c->type == LS_NODE_ELEMENT && c->tag != GUMBO_TAG_UNKNOWN && c->tag != GUMBO_TAG_BR
            && !ls_x_is_block_tag(c->tag) && !junk_tag(c->tag))
            return false;
    }
    return true;
}

int ls_x_stats_build(ls_xctx *x)
{
    const ls_dom *dom = x->dom;
    size_t cap = dom->node_count + 1;
    x->st = calloc(cap, sizeof *x->st);
    if (!x->st)
        return LS_ENOMEM;
    /* other algorithms may have left scratch values behind; the page's
     * JSON-LD is read once, on this walk: whether the page is a discussion
     * decides how its replies are classed below */
    for (ls_node *n = dom->root; n; n = ls_node_next(n, dom->root)) {
        n->user = NULL;
        n->flags = 0;
        n->score = 0;
        if (!x->ld_read && n->type == LS_NODE_ELEMENT && n->tag == GUMBO_TAG_SCRIPT)
            ls_x_read_jsonld(x, n);
    }
    if (!x->ld_read)
        x->discussion = x->ld.discussion;
    x->ld_read = true;
    bool discussion = x->discussion;
    size_t k = 0;
    for (ls_node *n = dom->root; n;) {
        if (n->type != LS_NODE_ELEMENT) {
            n = ls_node_next(n, dom->root);
            continue;
        }
        if (k >= cap)
            break; /* cannot happen when node_count is right; stay safe */
        ls_xstat *s = &x->st[k++];
        s->node = n;
        n->user = s;
        n->flags = 0;
        n->score = 0;
        if (n->tag == GUMBO_TAG_DIV && !x->wechat_body && ls_extract_wechat_body(n))
            x->wechat_body = n;
        int cl = classify(s, n, discussion);
        if (cl == C_JUNK) {
            n->flags |= LS_XF_JUNK;
            n = ls_node_next_skip(n, dom->root);
            continue;
        }
        /* counted where it stands (which block is the article does not
         * turn on it), left out of what is written */
        if (screen_reader_only(n))
            n->flags |= LS_XF_DROP | LS_XF_SR_ONLY;
        if (cl == C_UNLIKELY && !ls_x_attachments(n))
            n->flags |= LS_XF_UNLIKELY;
        else if (cl == C_HIDDEN)
            n->flags |= LS_XF_HIDDEN;
        if (ls_x_is_block_tag(n->tag) || custom_block(n))
            n->flags |= LS_XF_BLOCK;
        /* (read once here: ls_x_in_code() asks it of every ancestor, the
         * writer of every element) */
        int ws = ls_x_white_space(n);
        if (ws == LS_WS_PRE)
            n->flags |= LS_XF_WS_PRE;
        else if (ws == LS_WS_PRE_LINE)
            n->flags |= LS_XF_WS_PRE_LINE;
        n = ls_node_next(n, dom->root);
    }
    x->nst = k;
    for (size_t i = k; i-- > 0;)
        if (!(x->st[i].node->flags & LS_XF_JUNK)) {
            own_text(&x->st[i]);
            sum_up(&x->st[i]);
        }
    /* boilerplate by name, unless it holds half of the page's text (a
     * "sidebars" layout wrapper around the article) */
    const ls_xstat *body = dom->body ? ls_xs(dom->body) : NULL;
    /* shares of non-link text: menus and footers are mostly links */
    unsigned total = body ? body->chars - body->link_chars : 0;
    bool changed = false;
    for (size_t i = 0; i < k; i++) {
        ls_node *n = x->st[i].node;
        const ls_xstat *s = &x->st[i];
        if (n->flags & LS_XF_JUNK)
            continue;
        bool junk = (n->flags & LS_XF_UNLIKELY) && !x->keep_unlikely
            && ((s->chars - s->link_chars) * 2 <= total || (!s->paras && !s->headings));
        /* hidden text that reads like prose (paragraphs, few links: a tab's
         * panel, a post streamed in hidden) stays, but not one paragraph
         * hidden on its own; and so does hidden text that is two thirds of
         * the page (shown by its scripts) */
        if ((n->flags & LS_XF_HIDDEN)
            && !(s->paras && ls_x_len(s) >= 300 && ls_x_link_density(s) < 0.5 && !invisible(n)
                 && n->tag != GUMBO_TAG_P)
            && (s->chars - s->link_chars) * 3 <= total * 2)
            junk = true;
        /* a notice for readers without scripts ("Please enable JavaScript")
         * is no part of the page; a copy of the page kept for them is
         * longer, or has headings or pictures */
        if (n->tag == GUMBO_TAG_NOSCRIPT && s->chars < 160 && !s->imgs && !s->headings)
            junk = true;
        /* a form to write in is no reading matter (unless it is all the
         * page has, or a page wrapped whole in a form) */
        if (n->tag == GUMBO_TAG_FORM && s->chars - s->link_chars < 400
            && (s->chars - s->link_chars) * 2 <= total && asks_for_text(n))
            junk = true;
        if (junk && x->debug && s->chars > 200)
            fprintf(stderr, "  junk %s class=%s chars=%u\n", n->name,
                    ls_node_attr(n, "class") ? ls_node_attr(n, "class") : "", s->chars);
        if (junk) {
            n->flags |= LS_XF_JUNK;
            changed = true;
        }
    }
    /* a sign-up or comment form's box: the form and a line or two that
     * invite to fill it in ("Thanks for reading! Subscribe for free …") */
    for (size_t i = 0; i < k; i++) {
        ls_node *f = x->st[i].node, *p = f->parent;
        if (f->tag != GUMBO_TAG_FORM || !(f->flags & LS_XF_JUNK) || !p
            || p->type != LS_NODE_ELEMENT || p->tag == GUMBO_TAG_BODY || (p->flags & LS_XF_JUNK))
            continue;
        const ls_xstat *ps = ls_xs(p), *fs = &x->st[i];
        if (ps && ps->chars - fs->chars < 200 && !ps->imgs && ps->chars * 2 <= total
            && ps->paras <= fs->paras + 2) {
            p->flags |= LS_XF_JUNK;
            changed = true;
        }
    }
    /* what lies inside junk or a footer never holds the article (pre-order:
     * a parent's flags are final before its children's) */
    for (size_t i = 0; i < k; i++) {
        ls_node *n = x->st[i].node, *p = n->parent;
        if (n->tag == GUMBO_TAG_FOOTER
            || (p && p->type == LS_NODE_ELEMENT && (p->flags & (LS_XF_JUNK | LS_XF_OUT))))
            n->flags |= LS_XF_OUT;
    }
    if (changed)
        for (size_t i = k; i-- > 0;)
            if (!(x->st[i].node->flags & LS_XF_JUNK))
                sum_up(&x->st[i]);
    return LS_OK;
}

void ls_x_stats_clear(ls_xctx *x)
{
    x->wechat_body = NULL;
    for (size_t i = 0; i < x->nst; i++) {
        ls_node *n = x->st[i].node;
        n->user = NULL;
        n->flags = 0;
        n->score = 0;
    }
    free(x->st);
    x->st = NULL;
    x->nst = 0;
}

unsigned ls_x_len(const ls_xstat *s)
{
    return s ? (s->chars - s->cjk) + 3 * s->cjk : 0;
}

double ls_x_link_density(const ls_xstat *s)
{
    if (!s || !s->chars)
        return 0;
    return (double)s->link_chars / s->chars;
}

const ls_node *ls_x_next_text(const ls_node *c, const ls_node *root)
{
    c = ls_node_next(c, root);
    while (c && c->type != LS_NODE_TEXT)
        c = c->type == LS_NODE_ELEMENT && (c->flags & LS_XF_JUNK) ? ls_node_next_skip(c, root)
                                                                   : ls_node_next(c, root);
    return c;
}

bool ls_x_blank_text(const ls_node *t)
{
    for (size_t i = 0; i < t->text_len; i++)
        if (!isspace((unsigned char)t->text[i]))
            return false;
    return true;
}

/* The first words of a block (at most sz-1 bytes, spaces collapsed),
 * looking at no more than 64 text nodes outside junk. */
void ls_x_lead_text(const ls_node *n, char *buf, size_t sz)
{
    size_t len = 0;
    int steps = 0;
    const ls_node *prev_blk = NULL;
    for (const ls_node *c = ls_x_next_text(n, n); c && steps < 64 && len + 1 < sz;
         c = ls_x_next_text(c, n), steps++) {
        /* text of another block is another line: a space between them
         * ("About the author" over the bio), none inside one ("查看<b>更多</b>") */
        const ls_node *blk = c->parent;
        while (blk != n && !(blk->flags & LS_XF_BLOCK))
            blk = blk->parent;
        if (len && blk != prev_blk && buf[len - 1] != ' ')
            buf[len++] = ' ';
        prev_blk = blk;
        for (size_t i = 0; i < c->text_len && len + 1 < sz; i++) {
            char ch = c->text[i];
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                if (len && buf[len - 1] != ' ')
                    buf[len++] = ' ';
            } else {
                buf[len++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
        }
    }
    buf[len] = 0;
}

/* (extract_int.h) */
bool ls_x_names_document(const char *s, size_t n)
{
    static const char *const exts[] = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".ofd",
                                       ".zip", ".rar", ".ppt", ".pptx", ".et"};
    for (size_t k = 0; k < sizeof exts / sizeof exts[0]; k++) {
        size_t el = strlen(exts[k]);
        if (n > el && !strncasecmp(s + n - el, exts[k], el))
            return true;
    }
    return false;
}

/* The link a points to a document: the file's name ends the link's path,
 * or a parameter of a download script ("downfile.jsp?filename=
 * 2403181642.docx"). */
static bool document_href(const ls_node *a)
{
    const char *h = ls_node_attr(a, "href");
    if (!h)
        return false;
    size_t hl = strcspn(h, "?#");
    if (ls_x_names_document(h, hl))
        return true;
    for (const char *q = h + hl; *q == '?' || *q == '&';) {
        q++;
        size_t ql = strcspn(q, "&#");
        if (ls_x_names_document(q, ql))
            return true;
        q += ql;
    }
    return false;
}

/* Links in s (looking at no more than 400 nodes): how many, and how many
 * point to a document. */
static void count_document_links(const ls_node *s, int *links, int *docs)
{
    int budget = 400;
    *links = *docs = 0;
    for (const ls_node *c = s; c && budget-- > 0; c = ls_node_next(c, s))
        if (c->type == LS_NODE_ELEMENT && c->tag == GUMBO_TAG_A) {
            (*links)++;
            *docs += document_href(c);
        }
}

/* A link in s leads to an office document or an archive, by its path or a
 * download script's parameter ("?filename=…docx"). */
static bool links_a_document(const ls_node *s)
{
    int links, docs;
    count_document_links(s, &links, &docs);
    return docs > 0;
}

/* (extract_int.h) */
bool ls_x_document_links(const ls_node *s)
{
    int links, docs;
    count_document_links(s, &links, &docs);
    return docs > 0 && docs * 2 >= links;
}

/* (extract_int.h) */
bool ls_x_record_cell(const ls_node *n)
{
    if (!n || (n->tag != GUMBO_TAG_TD && n->tag != GUMBO_TAG_TH))
        return false;
    for (int dir = 0; dir < 2; dir++)
        for (const ls_node *c = dir ? n->next : n->prev; c; c = dir ? c->next : c->prev)
            if (c->type == LS_NODE_ELEMENT && (c->tag == GUMBO_TAG_TD || c->tag == GUMBO_TAG_TH))
                return true;
    return false;
}

/* (extract_int.h) */
bool ls_x_attachments(const ls_node *s)
{
    char lead[32];
    ls_x_lead_text(s, lead, sizeof lead);
    const char *l = lead + (lead[0] == ' ');
    if (strncmp(l, "附件", 6) && strncmp(l, "相关附件", 12) && strncmp(l, "attachment", 10))
        return false;
    return links_a_document(s);
}


/* (extract_int.h) */
unsigned ls_x_named_good(ls_node *root, bool junk, const ls_node *top)
{
    unsigned sum = 0;
    unsigned want = LS_XF_UNLIKELY | (junk ? LS_XF_JUNK : 0);
    for (ls_node *n = root; n;) {
        if (n->type == LS_NODE_ELEMENT && n->user
            && (n->flags & (LS_XF_UNLIKELY | LS_XF_JUNK)) == want
            && !(top && ls_x_holds(n, top))) {
            sum += ls_xs(n)->good;
            n = ls_node_next_skip(n, root);
            continue;
        }
        n = ls_node_next(n, root);
    }
    return sum;
}

int ls_x_white_space(const ls_node *n)
{
    if (n->type != LS_NODE_ELEMENT || n->ns != LS_NS_HTML)
        return LS_WS_NORMAL;
    const char *st = ls_node_attr(n, "style");
    const char *w = st ? strstr(st, "white-space") : NULL;
    if (!w)
        return LS_WS_NORMAL;
    w += strlen("white-space");
    w += strspn(w, " :");
    if (strncmp(w, "pre", 3))
        return LS_WS_NORMAL;
    return strncmp(w, "pre-line", 8) ? LS_WS_PRE : LS_WS_PRE_LINE;
}

bool ls_x_styled_pre(const ls_node *n)
{
    if (!(n->flags & LS_XF_WS_PRE))
        return false;
    bool breaks = false;
    int budget = 256;
    for (const ls_node *c = n->first_child; c && budget--; c = ls_node_next(c, n)) {
        /* (a custom element is known as a block once the stats pass is
         * past it) */
        if (c->type == LS_NODE_ELEMENT && (ls_x_is_block_tag(c->tag) || (c->flags & LS_XF_BLOCK)))
            return false;
        if (c->type == LS_NODE_TEXT && memchr(c->text, '\n', c->text_len))
            breaks = true;
    }
    return breaks;
}

bool ls_x_in_code(const ls_node *n)
{
    int depth = 0;
    for (const ls_node *p = n; p && p->type == LS_NODE_ELEMENT && depth < 16;
         p = p->parent, depth++)
        if (p->tag == GUMBO_TAG_PRE || p->tag == GUMBO_TAG_CODE || p->tag == GUMBO_TAG_SAMP
            || p->tag == GUMBO_TAG_KBD || (p != n && ls_x_styled_pre(p)))
            return true;
    return false;
}

bool ls_x_holds(const ls_node *a, const ls_node *n)
{
    for (const ls_node *p = n; p; p = p->parent)
        if (p == a)
            return true;
    return false;
}

bool ls_x_under(const ls_node *n, unsigned flags)
{
    for (; n && n->type == LS_NODE_ELEMENT; n = n->parent)
        if (n->flags & flags)
            return true;
    return false;
}

bool ls_x_image(const ls_node *n)
{
    return n->type == LS_NODE_ELEMENT
        && (n->tag == GUMBO_TAG_IMG
            || (n->tag == GUMBO_TAG_UNKNOWN && n->name
                && (!strcmp(n->name, "amp-img") || !strcmp(n->name, "amp-anim")
                    || !strcmp(n->name, "mip-img"))));
}

bool ls_x_block_or_cell(const ls_node *n)
{
    return n->type == LS_NODE_ELEMENT && ((n->flags & LS_XF_BLOCK) || n->tag == GUMBO_TAG_TD);
}

ls_node *ls_x_block_around(const ls_node *n, const ls_node *stop)
{
    for (ls_node *p = n->parent; p && p != stop; p = p->parent)
        if (ls_x_block_or_cell(p))
            return p;
    return NULL;
}
