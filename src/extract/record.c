/*
 * record.c - the record of an official document. Government sites print
 * a table of its particulars above the text (索引号, 发文机关, 发文字号,
 * 成文日期 ...), often in a box of its own beside the article's column:
 * it is part of the document, as the heading of a letter is.
 */
#include <string.h>

#include "extract/extract_int.h"
#include "util/str.h"

/* Labels of a document's particulars; strong ones name an official
 * document alone. */
static const struct {
    const char *w;
    bool strong;
} record_labels[] = {
    {"索引号", true},    {"发文字号", true},  {"文号", true},      {"发文机关", true},
    {"成文日期", true},  {"发布机构", false}, {"发文单位", false}, {"发布日期", false},
    {"主题分类", false}, {"体裁分类", false}, {"组配分类", false}, {"分类", false},
    {"主题词", false},   {"有效性", false},   {"信息类别", false}, {"公开方式", false},
    {"公开范围", false}, {"生成日期", false}, {"标题", false},     {"名称", false},
};

#define RECORD_MAX_CHARS 800 /* a record is a box, not a page */
#define RECORD_MIN_LABELS 3

/* The text of n with all white space left out (labels are spaced to
 * width: "索 引 号", "分&nbsp;&nbsp;类"), at most sz - 1 bytes. */
static void squashed_text(const ls_node *n, char *buf, size_t sz)
{
    size_t len = 0;
    for (const ls_node *c = ls_x_next_text(n, n); c && len + 1 < sz; c = ls_x_next_text(c, n)) {
        for (size_t i = 0; i < c->text_len && len + 1 < sz;) {
            uint32_t cp;
            size_t k = ls_utf8_next(c->text + i, c->text_len - i, &cp);
            if (!ls_is_space_cp(cp) && len + k < sz) {
                memcpy(buf + len, c->text + i, k);
                len += k;
            }
            i += k;
        }
    }
    buf[len] = 0;
}

/* True when the label k found at p is the end of a longer label there
 * (分类 in 主题分类): counted once, as the longer one. */
static bool inside_longer(const char *text, const char *p, size_t k)
{
    size_t wl = strlen(record_labels[k].w);
    for (size_t j = 0; j < sizeof record_labels / sizeof record_labels[0]; j++) {
        const char *l = record_labels[j].w;
        size_t ll = strlen(l);
        if (ll > wl && !strcmp(l + ll - wl, record_labels[k].w) && (size_t)(p - text) >= ll - wl
            && !memcmp(p - (ll - wl), l, ll - wl))
            return true;
    }
    return false;
}

/* True when n's text names three particulars or more, one of them strong,
 * each as a label ("索引号：", "文号:"). */
static bool is_record(const ls_node *n)
{
    const ls_xstat *s = ls_xs(n);
    if (!s || s->chars < 20 || s->chars > RECORD_MAX_CHARS || (n->flags & (LS_XF_JUNK | LS_XF_OUT)))
        return false;
    char text[RECORD_MAX_CHARS * 4 + 64];
    squashed_text(n, text, sizeof text);
    int labels = 0;
    bool strong = false;
    for (size_t k = 0; k < sizeof record_labels / sizeof record_labels[0]; k++) {
        const char *w = record_labels[k].w;
        size_t wl = strlen(w);
        for (const char *p = strstr(text, w); p; p = strstr(p + wl, w)) {
            const char *e = p + wl;
            if ((!strncmp(e, "：", 3) || *e == ':') && !inside_longer(text, p, k)) {
                labels++;
                strong |= record_labels[k].strong;
                break;
            }
        }
    }
    return strong && labels >= RECORD_MIN_LABELS;
}

/* True when n is inside a sibling of top that the article keeps (it is
 * written in its place then). */
static bool kept_beside(const ls_node *n, const ls_node *top)
{
    for (const ls_node *p = n; p; p = p->parent)
        if (p->parent == top->parent)
            return (p->flags & LS_XF_KEEP) != 0;
    return false;
}

/* A text node that may hold a label's end: "号：", "关：", "期：" (索引号,
 * 发文机关, 成文日期), so that only their boxes are read. */
static bool label_hint(const ls_node *t)
{
    static const char *const ends[] = {"号：", "号:", "关：", "关:", "期：", "期:"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
        if (memmem(t->text, t->text_len, ends[k], strlen(ends[k])))
            return true;
    return false;
}

#define RECORD_MAX_HINTS 8 /* labels read before the article */
#define RECORD_MAX_UP 5    /* boxes around a label */

ls_node *ls_x_find_record(const ls_xctx *x)
{
    ls_node *top = x->top, *body = x->dom->body;
    if (!top || !body || !ls_xs(top) || top == body)
        return NULL;
    /* in document order, what comes before top and does not hold it lies
     * above the article. From a label up, the innermost box that is a
     * record; the first one found (a page that prints the record in two
     * layouts, one shown by its style sheet, gives the first) */
    int hints = 0;
    for (ls_node *n = ls_node_next(body, body); n && n != top && hints < RECORD_MAX_HINTS;) {
        if (n->type == LS_NODE_ELEMENT && ((n->flags & LS_XF_JUNK) || !n->user)) {
            n = ls_node_next_skip(n, body);
            continue;
        }
        if (n->type == LS_NODE_TEXT && label_hint(n)) {
            hints++;
            int up = 0;
            for (ls_node *p = n->parent; p && p != body && up < RECORD_MAX_UP && !ls_x_holds(p, top);
                 p = p->parent, up++)
                if (is_record(p))
                    return kept_beside(p, top) ? NULL : p;
        }
        n = ls_node_next(n, body);
    }
    return NULL;
}
