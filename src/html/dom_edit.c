/*
 * dom_edit.c - attributes, tree edits, iteration and lookups on the ls_dom
 * (see dom.h). No function here recurses.
 */
#include <string.h>
#include <strings.h>

#include "html/dom.h"
#include "util/err.h"

const char *ls_node_attr(const ls_node *n, const char *name)
{
    if (!n || n->type != LS_NODE_ELEMENT)
        return NULL;
    for (const ls_attr *a = n->attrs; a; a = a->next)
        if (strcmp(a->name, name) == 0)
            return a->value;
    return NULL;
}

bool ls_node_has_attr(const ls_node *n, const char *name)
{
    return ls_node_attr(n, name) != NULL;
}

static char *lower_copy(ls_arena *a, const char *s)
{
    char *d = ls_arena_strdup(a, s);
    if (d)
        for (char *p = d; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
    return d;
}

int ls_node_set_attr(ls_dom *dom, ls_node *n, const char *name, const char *value)
{
    char *v = ls_arena_strdup(&dom->arena, value ? value : "");
    if (!v)
        return LS_ENOMEM;
    ls_attr **tail = &n->attrs;
    for (ls_attr *a = n->attrs; a; a = a->next) {
        if (strcasecmp(a->name, name) == 0) {
            a->value = v;
            return LS_OK;
        }
        tail = &a->next;
    }
    ls_attr *a = ls_arena_alloc(&dom->arena, sizeof *a);
    if (!a)
        return LS_ENOMEM;
    a->name = lower_copy(&dom->arena, name);
    if (!a->name)
        return LS_ENOMEM;
    a->value = v;
    *tail = a;
    return LS_OK;
}

void ls_node_remove_attr(ls_node *n, const char *name)
{
    ls_attr **pp = &n->attrs;
    while (*pp) {
        if (strcasecmp((*pp)->name, name) == 0)
            *pp = (*pp)->next;
        else
            pp = &(*pp)->next;
    }
}

ls_node *ls_node_new_element(ls_dom *dom, GumboTag tag)
{
    ls_node *n = ls_arena_alloc(&dom->arena, sizeof *n);
    if (!n)
        return NULL;
    n->type = LS_NODE_ELEMENT;
    n->tag = tag;
    n->ns = LS_NS_HTML;
    n->name = ls_tag_name(tag);
    dom->node_count++;
    return n;
}

ls_node *ls_node_new_text(ls_dom *dom, const char *text, size_t len)
{
    ls_node *n = ls_arena_alloc(&dom->arena, sizeof *n);
    if (!n)
        return NULL;
    n->type = LS_NODE_TEXT;
    n->tag = GUMBO_TAG_UNKNOWN;
    if (ls_node_set_text(dom, n, text, len) != LS_OK)
        return NULL;
    dom->node_count++;
    return n;
}

int ls_node_set_text(ls_dom *dom, ls_node *n, const char *text, size_t len)
{
    char *t = ls_arena_strndup(&dom->arena, text ? text : "", text ? len : 0);
    if (!t)
        return LS_ENOMEM;
    n->text = t;
    n->text_len = text ? len : 0;
    return LS_OK;
}

void ls_node_detach(ls_node *n)
{
    ls_node *p = n->parent;
    if (!p)
        return;
    if (n->prev)
        n->prev->next = n->next;
    else
        p->first_child = n->next;
    if (n->next)
        n->next->prev = n->prev;
    else
        p->last_child = n->prev;
    n->parent = n->prev = n->next = NULL;
}

void ls_node_append(ls_node *parent, ls_node *child)
{
    ls_node_detach(child);
    child->parent = parent;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

void ls_node_prepend(ls_node *parent, ls_node *child)
{
    if (parent->first_child)
        ls_node_insert_before(parent->first_child, child);
    else
        ls_node_append(parent, child);
}

void ls_node_insert_before(ls_node *ref, ls_node *child)
{
    if (child == ref || !ref->parent)
        return;
    ls_node_detach(child);
    child->parent = ref->parent;
    child->next = ref;
    child->prev = ref->prev;
    if (ref->prev)
        ref->prev->next = child;
    else
        ref->parent->first_child = child;
    ref->prev = child;
}

void ls_node_unwrap(ls_node *n)
{
    if (!n->parent)
        return;
    while (n->first_child)
        ls_node_insert_before(n, n->first_child);
    ls_node_detach(n);
}

ls_node *ls_node_next_skip(const ls_node *n, const ls_node *root)
{
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

ls_node *ls_node_next(const ls_node *n, const ls_node *root)
{
    if (n && n->first_child)
        return n->first_child;
    return ls_node_next_skip(n, root);
}

ls_node *ls_dom_find(const ls_node *root, GumboTag tag)
{
    for (const ls_node *n = root; n; n = ls_node_next(n, root))
        if (ls_node_is(n, tag))
            return (ls_node *)n;
    return NULL;
}

int ls_node_text(const ls_node *n, ls_buf *out)
{
    for (const ls_node *c = n; c; c = ls_node_next(c, n))
        if (c->type == LS_NODE_TEXT)
            ls_buf_add(out, c->text, c->text_len);
    return out->err;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool ls_node_has_class(const ls_node *n, const char *cls)
{
    const char *v = ls_node_attr(n, "class");
    size_t cl = strlen(cls);
    if (!v || cl == 0)
        return false;
    while (*v) {
        while (is_space(*v))
            v++;
        const char *s = v;
        while (*v && !is_space(*v))
            v++;
        if ((size_t)(v - s) == cl && strncasecmp(s, cls, cl) == 0)
            return true;
    }
    return false;
}

const char *ls_tag_name(GumboTag tag)
{
    if ((int)tag < 0 || tag >= GUMBO_TAG_UNKNOWN)
        return "";
    return gumbo_normalized_tagname(tag);
}
