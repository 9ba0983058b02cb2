/*
 * sanitize.c - the reader-view allow-list sanitizer (see sanitize.h).
 *
 * One pre-order pass with ls_node_next/_skip: dropped subtrees are skipped
 * before they are detached, unwrapped elements hand their children to the
 * walk, so every node is looked at once and nothing recurses.
 */
#include "html/sanitize.h"

#include <string.h>
#include <strings.h>

#include "html/resolve.h"
#include "html/serialize.h"
#include "html/srcset.h"
#include "util/err.h"

typedef enum { ACT_KEEP, ACT_DROP, ACT_UNWRAP, ACT_DIV, ACT_PICTURE } action;
typedef enum {
    AT_NO, AT_TEXT, AT_NUM, AT_DIR, AT_BOOL, AT_LINK, AT_CITE, AT_IMG
} attr_kind;

typedef struct {
    ls_dom *dom;
    const ls_sanitize_opts *o;
    ls_buf tmp, url;
} san;

static action tag_action(const ls_node *n, unsigned flags)
{
    if (n->ns != LS_NS_HTML)
        return ACT_DROP;
    switch (n->tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
    case GUMBO_TAG_I: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_A:
    case GUMBO_TAG_IMG: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TR:
    case GUMBO_TAG_TH: case GUMBO_TAG_TD: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_MARK: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_ABBR: case GUMBO_TAG_TIME: case GUMBO_TAG_Q:
        return ACT_KEEP;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN:
        return (flags & LS_SAN_UNWRAP_DIV) ? ACT_UNWRAP : ACT_KEEP;
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HGROUP: case GUMBO_TAG_FIELDSET:
        return (flags & LS_SAN_UNWRAP_DIV) ? ACT_UNWRAP : ACT_DIV;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_IMAGE: case GUMBO_TAG_AREA:
    case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_WBR:
        return ACT_DROP;
    case GUMBO_TAG_UNKNOWN:
        /* Elements newer than gumbo 0.10.1 come only by name. */
        if (!strcmp(n->name, "picture"))
            return ACT_PICTURE;
        if (!strcmp(n->name, "dialog") || !strcmp(n->name, "portal") ||
            !strcmp(n->name, "fencedframe") || !strcmp(n->name, "slot"))
            return ACT_DROP;
        if (!strcmp(n->name, "search"))
            return (flags & LS_SAN_UNWRAP_DIV) ? ACT_UNWRAP : ACT_DIV;
        return ACT_UNWRAP;
    default:
        return ACT_UNWRAP;
    }
}

static attr_kind attr_kind_of(GumboTag tag, const char *name)
{
    if (!strcmp(name, "lang"))
        return AT_TEXT;
    if (!strcmp(name, "dir"))
        return AT_DIR;
    switch (tag) {
    case GUMBO_TAG_A:
        return !strcmp(name, "href") ? AT_LINK : !strcmp(name, "title") ? AT_TEXT : AT_NO;
    case GUMBO_TAG_IMG:
        if (!strcmp(name, "src"))
            return AT_IMG;
        if (!strcmp(name, "alt") || !strcmp(name, "title"))
            return AT_TEXT;
        return !strcmp(name, "width") || !strcmp(name, "height") ? AT_NUM : AT_NO;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        if (!strcmp(name, "colspan") || !strcmp(name, "rowspan"))
            return AT_NUM;
        return tag == GUMBO_TAG_TH && !strcmp(name, "scope") ? AT_TEXT : AT_NO;
    case GUMBO_TAG_TIME:
        return !strcmp(name, "datetime") ? AT_TEXT : AT_NO;
    case GUMBO_TAG_ABBR:
        return !strcmp(name, "title") ? AT_TEXT : AT_NO;
    case GUMBO_TAG_OL:
        return !strcmp(name, "start") ? AT_NUM : !strcmp(name, "reversed") ? AT_BOOL : AT_NO;
    case GUMBO_TAG_LI:
        return !strcmp(name, "value") ? AT_NUM : AT_NO;
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_Q:
        return !strcmp(name, "cite") ? AT_CITE : AT_NO;
    default:
        return AT_NO;
    }
}

static bool is_number(const char *v)
{
    size_t n = strlen(v);
    if (n == 0 || n > 6)
        return false;
    for (size_t i = 0; i < n; i++)
        if (v[i] < '0' || v[i] > '9')
            return false;
    return true;
}

static bool is_data_image(const char *u)
{
    static const char *const types[] = {"png", "jpeg", "jpg", "gif", "webp", "avif", "bmp"};
    if (strncasecmp(u, "data:image/", 11) != 0)
        return false;
    u += 11;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        size_t n = strlen(types[i]);
        if (strncasecmp(u, types[i], n) == 0 && (u[n] == ';' || u[n] == ','))
            return true;
    }
    return false;
}

/*
 * Checks and resolves one URL into s->url. kind picks the allowed schemes.
 * Returns 0 when usable, 1 when it must go, LS_ENOMEM.
 */
static int check_url(san *s, const char *v, attr_kind kind)
{
    char scheme[16];
    ls_buf_reset(&s->tmp);
    ls_buf_reset(&s->url);
    if (ls_html_url_clean(&s->tmp, v, strlen(v)) != LS_OK)
        return s->tmp.err == LS_ENOMEM ? LS_ENOMEM : 1;
    const char *c = s->tmp.data ? s->tmp.data : "";
    if (c[0] == '\0')
        return 1;
    bool abs = ls_html_url_scheme(c, scheme, sizeof scheme);
    if (abs && kind == AT_LINK && !strcmp(scheme, "mailto")) {
        ls_buf_adds(&s->url, c);
        return s->url.err == LS_ENOMEM ? LS_ENOMEM : s->url.err ? 1 : 0;
    }
    if (abs && kind == AT_IMG && !strcmp(scheme, "data")) {
        if (!is_data_image(c))
            return 1;
        ls_buf_adds(&s->url, c);
        return s->url.err == LS_ENOMEM ? LS_ENOMEM : s->url.err ? 1 : 0;
    }
    if (abs && strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0)
        return 1;
    if (!s->o->base_url && !abs)
        return 1;
    const char *base = s->o->base_url ? s->o->base_url : c;
    int rc = ls_html_resolve_url(base, c, &s->url);
    if (rc == LS_ENOMEM)
        return LS_ENOMEM;
    return rc == LS_OK ? 0 : 1;
}

/* Filters n's attributes; returns 0, 1 when an img lost its src, or an error. */
static int filter_attrs(san *s, ls_node *n)
{
    ls_attr **pp = &n->attrs;
    while (*pp) {
        ls_attr *a = *pp;
        attr_kind k = attr_kind_of(n->tag, a->name);
        bool keep = k == AT_TEXT || k == AT_BOOL || (k == AT_NUM && is_number(a->value)) ||
                    (k == AT_DIR && (!strcasecmp(a->value, "ltr") ||
                                     !strcasecmp(a->value, "rtl") ||
                                     !strcasecmp(a->value, "auto")));
        if (k == AT_LINK || k == AT_CITE || k == AT_IMG) {
            int rc = check_url(s, a->value, k);
            if (rc < 0)
                return rc;
            if (rc == 0) {
                a->value = ls_arena_strndup(&s->dom->arena, s->url.data, s->url.len);
                if (!a->value)
                    return LS_ENOMEM;
                keep = true;
            }
        }
        if (k == AT_BOOL)
            a->value = "";
        if (keep)
            pp = &a->next;
        else
            *pp = a->next;
    }
    return LS_OK;
}

/* Gives an img without src the best srcset candidate before filtering. */
static int img_src_from_srcset(san *s, ls_node *img)
{
    const char *src = ls_node_attr(img, "src");
    const char *set = ls_node_attr(img, "srcset");
    ls_srcset_cand best;
    if ((src && *src) || !set || !ls_srcset_best(set, strlen(set), &best))
        return LS_OK;
    char *u = ls_arena_strndup(&s->dom->arena, best.url, best.url_len);
    return u ? ls_node_set_attr(s->dom, img, "src", u) : LS_ENOMEM;
}

/* Checks, resolves and rewrites an img's src. 0 keep, 1 remove, or error. */
static int fix_img(san *s, ls_node *img)
{
    if (s->o->flags & LS_SAN_DROP_IMAGES)
        return 1;
    int rc = img_src_from_srcset(s, img);
    if (rc == LS_OK)
        rc = filter_attrs(s, img);
    if (rc != LS_OK)
        return rc;
    const char *src = ls_node_attr(img, "src");
    if (!src)
        return 1;
    if (!s->o->img_url)
        return 0;
    ls_buf_reset(&s->url);
    rc = s->o->img_url(s->o->img_ctx, src, &s->url);
    if (rc != 0)
        return rc;
    if (s->url.err)
        return s->url.err;
    if (s->url.len == 0)
        return 0;
    return ls_node_set_attr(s->dom, img, "src", s->url.data);
}

/* The first img in a picture, moved to where the picture is. */
static ls_node *collapse_picture(ls_node *pic)
{
    ls_node *img = ls_dom_find(pic, GUMBO_TAG_IMG);
    if (!img)
        return NULL;
    if (!ls_node_attr(img, "src") && !ls_node_attr(img, "srcset")) {
        /* Take a <source srcset> so the srcset step can pick a candidate. */
        for (ls_node *c = pic->first_child; c; c = c->next)
            if (ls_node_is(c, GUMBO_TAG_SOURCE) && ls_node_attr(c, "srcset")) {
                img->attrs = NULL;
                ls_attr *a = c->attrs;
                while (a && strcmp(a->name, "srcset") != 0)
                    a = a->next;
                if (a) {
                    a->next = NULL;
                    img->attrs = a;
                }
                break;
            }
    }
    ls_node_insert_before(pic, img);
    return img;
}

/* Handles one element; returns the next node to visit via *next. */
static int visit_element(san *s, ls_node *n, ls_node *root, ls_node **next)
{
    action act = tag_action(n, s->o->flags);
    if (act == ACT_PICTURE) {
        ls_node *img = collapse_picture(n);
        *next = img ? img : ls_node_next_skip(n, root);
        ls_node_detach(n);
        return LS_OK;
    }
    if (act == ACT_DROP) {
        *next = ls_node_next_skip(n, root);
        ls_node_detach(n);
        return LS_OK;
    }
    if (act == ACT_UNWRAP) {
        *next = n->first_child ? n->first_child : ls_node_next_skip(n, root);
        ls_node_unwrap(n);
        return LS_OK;
    }
    if (act == ACT_DIV) {
        n->tag = GUMBO_TAG_DIV;
        n->name = ls_tag_name(GUMBO_TAG_DIV);
    }
    if (n->tag == GUMBO_TAG_IMG) {
        int rc = fix_img(s, n);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            *next = ls_node_next_skip(n, root);
            ls_node_detach(n);
            return LS_OK;
        }
    } else {
        int rc = filter_attrs(s, n);
        if (rc != LS_OK)
            return rc;
        if (n->tag == GUMBO_TAG_A && ls_node_attr(n, "href") &&
            ls_node_set_attr(s->dom, n, "rel", "noopener noreferrer") != LS_OK)
            return LS_ENOMEM;
    }
    *next = ls_node_next(n, root);
    return LS_OK;
}

int ls_html_sanitize(ls_dom *dom, ls_node *root, const ls_sanitize_opts *opts)
{
    static const ls_sanitize_opts none;
    san s = {.dom = dom, .o = opts ? opts : &none};
    int rc = LS_OK;
    ls_buf_init(&s.tmp, 1 << 20);
    ls_buf_init(&s.url, 8 << 20);
    if (root && root->type == LS_NODE_ELEMENT) {
        action ra = tag_action(root, 0);
        if (ra != ACT_KEEP) {
            /* A raw-text or foreign root would be serialized unescaped. */
            root->tag = GUMBO_TAG_DIV;
            root->ns = LS_NS_HTML;
            root->name = ls_tag_name(GUMBO_TAG_DIV);
        }
        root->attrs = NULL;
    }
    ls_node *n = root ? root->first_child : NULL;
    while (n && rc == LS_OK) {
        ls_node *next;
        if (n->type == LS_NODE_ELEMENT) {
            rc = visit_element(&s, n, root, &next);
        } else if (n->type == LS_NODE_TEXT) {
            next = ls_node_next_skip(n, root);
        } else {
            next = ls_node_next_skip(n, root);
            ls_node_detach(n);
        }
        n = next;
    }
    ls_buf_release(&s.tmp);
    ls_buf_release(&s.url);
    return rc;
}

int ls_html_sanitize_html(ls_dom *dom, ls_node *root, const ls_sanitize_opts *opts,
                          ls_buf *out)
{
    int rc = ls_html_sanitize(dom, root, opts);
    if (rc != LS_OK)
        return rc;
    return ls_html_serialize(root, out, LS_SER_INNER | LS_SER_SKIP_COMMENTS |
                                            LS_SER_SKIP_DOCTYPE);
}
