/*
 * serialize.c - HTML5 serializer over the ls_dom (see serialize.h).
 */
#include "html/serialize.h"

#include <string.h>
#include <strings.h>

bool ls_html_is_void(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND: case GUMBO_TAG_BR: case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME: case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

static bool is_void_el(const ls_node *n)
{
    return n->ns == LS_NS_HTML && ls_html_is_void(n->tag);
}

static bool is_raw_parent(const ls_node *p)
{
    if (!p || p->type != LS_NODE_ELEMENT || p->ns != LS_NS_HTML)
        return false;
    switch (p->tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_PLAINTEXT:
        return true;
    default:
        return false;
    }
}

/* Escapes & < > U+00A0 (and " when attr), copying safe runs at once. */
static void escape_run(ls_buf *out, const char *s, size_t len, bool attr)
{
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        const char *e;
        size_t skip = 1;
        switch (s[i]) {
        case '&': e = "&amp;"; break;
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '"':
            if (!attr)
                continue;
            e = "&quot;";
            break;
        case '\xC2':
            if (i + 1 >= len || s[i + 1] != '\xA0')
                continue;
            e = "&nbsp;";
            skip = 2;
            break;
        default:
            continue;
        }
        ls_buf_add(out, s + run, i - run);
        ls_buf_adds(out, e);
        i += skip - 1;
        run = i + 1;
    }
    ls_buf_add(out, s + run, len - run);
}

/* Raw text, with "</name" (which would end the element) defused. */
static void raw_run(ls_buf *out, const char *s, size_t len, const char *name)
{
    size_t nl = strlen(name), run = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] != '<' || s[i + 1] != '/' || i + 2 + nl > len ||
            strncasecmp(s + i + 2, name, nl) != 0)
            continue;
        ls_buf_add(out, s + run, i + 1 - run);
        ls_buf_addc(out, '\\');
        run = i + 1;
    }
    ls_buf_add(out, s + run, len - run);
}

static void start_tag(ls_buf *out, const ls_node *n)
{
    ls_buf_addc(out, '<');
    ls_buf_adds(out, n->name);
    for (const ls_attr *a = n->attrs; a; a = a->next) {
        ls_buf_addc(out, ' ');
        ls_buf_adds(out, a->name);
        ls_buf_adds(out, "=\"");
        escape_run(out, a->value, strlen(a->value), true);
        ls_buf_addc(out, '"');
    }
    ls_buf_addc(out, '>');
    if (n->ns == LS_NS_HTML &&
        (n->tag == GUMBO_TAG_PRE || n->tag == GUMBO_TAG_TEXTAREA || n->tag == GUMBO_TAG_LISTING) &&
        n->first_child && n->first_child->type == LS_NODE_TEXT && n->first_child->text_len &&
        n->first_child->text[0] == '\n')
        ls_buf_addc(out, '\n');
}

/* Writes n's opening part; true when its children and end tag follow. */
static bool open_node(ls_buf *out, const ls_node *n, unsigned flags)
{
    switch (n->type) {
    case LS_NODE_DOCUMENT:
        return true;
    case LS_NODE_ELEMENT:
        start_tag(out, n);
        return !is_void_el(n);
    case LS_NODE_TEXT:
        if (is_raw_parent(n->parent))
            raw_run(out, n->text, n->text_len, n->parent->name);
        else
            escape_run(out, n->text, n->text_len, false);
        return false;
    case LS_NODE_COMMENT:
        if (!(flags & LS_SER_SKIP_COMMENTS)) {
            ls_buf_adds(out, "<!--");
            ls_buf_add(out, n->text, n->text_len);
            ls_buf_adds(out, "-->");
        }
        return false;
    case LS_NODE_DOCTYPE:
        if (!(flags & LS_SER_SKIP_DOCTYPE)) {
            ls_buf_adds(out, "<!DOCTYPE ");
            ls_buf_add(out, n->text, n->text_len);
            ls_buf_addc(out, '>');
        }
        return false;
    }
    return false;
}

static void close_node(ls_buf *out, const ls_node *n)
{
    if (n->type != LS_NODE_ELEMENT)
        return;
    ls_buf_adds(out, "</");
    ls_buf_adds(out, n->name);
    ls_buf_addc(out, '>');
}

int ls_html_serialize(const ls_node *root, ls_buf *out, unsigned flags)
{
    if (!root)
        return out->err;
    bool inner = flags & LS_SER_INNER;
    if (!inner && !open_node(out, root, flags))
        return out->err;
    if (inner && root->type == LS_NODE_ELEMENT && is_void_el(root))
        return out->err;
    const ls_node *n = root->first_child;
    while (n && !out->err) {
        bool has_end = open_node(out, n, flags);
        if (has_end && n->first_child) {
            n = n->first_child;
            continue;
        }
        if (has_end)
            close_node(out, n);
        while (!n->next) {
            n = n->parent;
            if (n == root)
                goto done;
            close_node(out, n);
        }
        n = n->next;
    }
done:
    if (!inner)
        close_node(out, root);
    return out->err;
}
