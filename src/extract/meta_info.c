/*
 * meta_info.c - the info line around the headline (来源：… 作者：… 发布时间：…)
 * and the article's last lines (来源：信息化时代, 责任编辑：…).
 *
 * Visible text is read block by block in document order from the headline
 * (or from the start of the chosen content when there is none); short
 * blocks are handed to ls_info_parse(). A block that is only an info line
 * is left out of the article text. Lines just before the content are read
 * backwards too (a date above the headline).
 *
 * The first date shown there is weighed against the metadata's at the end
 * (choose_date): the shown day wins when it is earlier; metadata, then an
 * element marked as a date, then the modification date fill a gap.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/extract_int.h"
#include "extract/infoline.h"
#include "extract/title.h"
#include "util/err.h"
#include "util/str.h"

#define MAX_BLOCKS 16
#define SHORT_LINE 300 /* bytes: an info line is short */
#define TAIL_LINES 24 /* lines read back from the text's end */
#define LONG_LINE 200  /* weighted characters: longer lines are body text */

/* Fills the still-empty fields of out; returns how many it filled. An
 * editor the line named besides the one responsible is kept aside in x. */
static int fill(ls_xctx *x, ls_article *out, const ls_info *in, bool byline_ok)
{
    int n = 0;
    if (in->editor_other[0] && !x->editor_other[0])
        snprintf(x->editor_other, sizeof x->editor_other, "%s", in->editor_other);
    if (in->source[0] && !out->source && (out->source = ls_strdup(in->source)))
        n++;
    /* the editor responsible (责任编辑) over an editor another line named
     * first ("编辑 | 周楠" above "责任编辑：刘晓") */
    if (in->editor[0] && out->editor && in->editor_responsible && !x->editor_responsible
        && strcmp(out->editor, in->editor)) {
        if (!x->editor_other[0])
            snprintf(x->editor_other, sizeof x->editor_other, "%s", out->editor);
        free(out->editor);
        out->editor = NULL;
    }
    if (in->editor[0] && !out->editor && (out->editor = ls_strdup(in->editor))) {
        x->editor_responsible = in->editor_responsible;
        n++;
    }
    if (in->author[0] && !out->byline && byline_ok && (out->byline = ls_strdup(in->author))) {
        x->byline_credited = true;
        n++;
    } else if (in->author[0] && byline_ok && !x->shown_author[0])
        snprintf(x->shown_author, sizeof x->shown_author, "%s", in->author);
    return n;
}

/* A date read from the visible text near the headline is kept aside; the
 * choice against the metadata's date is made once both are known. */
static bool note_date(ls_xctx *x, const ls_info *in)
{
    if (!in->date[0] || x->shown_doc || (x->shown_date[0] && !in->date_doc))
        return false;
    memcpy(x->shown_date, in->date, sizeof x->shown_date);
    x->shown_relative = in->date_relative;
    x->shown_doc = in->date_doc;
    return true;
}

/* What scan_from() has read so far. */
typedef struct {
    int seen;          /* lines read */
    unsigned kinds;    /* fields found: 1 source, 2 author, 4 editor, 8 date */
    bool title_above;  /* the line before repeats the title */
    char name[64];     /* a name in Latin letters alone under the title, */
    int name_at;       /* ... and the line it was; a byline once dated */
    char member[64];   /* the text of a link to a member's page read so far */
    bool member_read;  /* the first such link was looked at */
} scan_state;

/* blk is a record's value whose label is the cell before it ("发布日期： |
 * 2024年03月15日"): the line read holds more than the cell's own text. It
 * stays in its row; a cell that holds its label too ("来源：新华网") is a
 * line of labels. */
static bool record_value(const ls_node *blk, const ls_buf *line)
{
    if (!ls_x_record_cell(blk))
        return false;
    char *t = ls_x_node_text(blk, 512);
    bool value = t && strlen(t) + 2 < line->len;
    free(t);
    return value;
}

/* blk is a value of a record the page shows, under its label: a
 * definition list's <dd> after its <dt> ("发布日期 | 2024-07-24"), a cell
 * after a cell that names it in a row of three or more ("申请号 | CN2023… |
 * 申请日 | 2023-04-26"). A date alone there stays where it is; an info line
 * laid out in cells ("2005-04-28 11:13更新 | 来源：…") has no such label. */
static bool in_record(const ls_node *blk)
{
    bool cell = blk->tag == GUMBO_TAG_TD || blk->tag == GUMBO_TAG_TH;
    if (blk->tag != GUMBO_TAG_DD && !cell)
        return false;
    const ls_node *p = blk->prev;
    while (p && p->type != LS_NODE_ELEMENT)
        p = p->prev;
    if (!p || (cell ? p->tag != GUMBO_TAG_TD && p->tag != GUMBO_TAG_TH : p->tag != GUMBO_TAG_DT))
        return false;
    int cells = 0;
    for (const ls_node *c = cell ? blk->parent->first_child : NULL; c; c = c->next)
        cells += c->type == LS_NODE_ELEMENT && (c->tag == GUMBO_TAG_TD || c->tag == GUMBO_TAG_TH);
    if (cell && cells < 3)
        return false;
    char *label = ls_x_node_text(p, 64);
    bool named = label && *label && ls_utf8_len(label, strlen(label)) <= 12
        && !strpbrk(label, "0123456789");
    free(label);
    return named;
}

/* blk is a cell of a small table of fields, four or more cells each
 * opening with its label and a colon ("标准号：…", "发布日期：…", "实施日期：
 * …"): a record's particulars, whose dates are its own. */
static bool in_table_of_fields(const ls_node *blk)
{
    if (blk->tag != GUMBO_TAG_TD && blk->tag != GUMBO_TAG_TH)
        return false;
    const ls_node *t = blk->parent;
    for (int d = 0; t && d < 3 && t->tag != GUMBO_TAG_TABLE; d++)
        t = t->parent;
    /* (not a page laid out with a table, the story in one of its cells) */
    if (!t || t->tag != GUMBO_TAG_TABLE || !ls_xs(t) || ls_xs(t)->chars > 600)
        return false;
    int fields = 0, looked = 0;
    for (const ls_node *c = t->first_child; c && fields < 4 && looked < 200;
         c = ls_node_next(c, t), looked++) {
        if (c->type != LS_NODE_ELEMENT || (c->tag != GUMBO_TAG_TD && c->tag != GUMBO_TAG_TH))
            continue;
        char lead[40];
        ls_x_lead_text(c, lead, sizeof lead);
        const char *colon = strstr(lead, "：");
        if (!colon)
            colon = strchr(lead, ':');
        fields += colon && colon - lead > 0 && colon - lead <= 18;
    }
    return fields >= 4;
}

/* The labels' colons in a line ("发布时间：… 采购人：… 代理机构：…"): a
 * procurement portal's header names more than a news page's. */
static int colons(const ls_buf *line)
{
    int k = 0;
    for (const char *p = line->data, *e = line->data + line->len; p < e; p++)
        if (*p == ':' || (e - p >= 3 && !memcmp(p, "：", 3)))
            k++;
    return k;
}

/* The line repeats the title (or most of it: "我是怎样卷入八九民运的"
 * under "茉莉：我是怎样卷入八九民运的"). */
static bool repeats_title(const char *title, const char *line, size_t n)
{
    if (!title || n < 6)
        return false;
    char *l = ls_text_squash(line, n);
    size_t tn = strlen(title), ln = l ? strlen(l) : 0;
    bool r = ln >= 6 && ln <= tn && 2 * ln >= tn && strstr(title, l);
    free(l);
    return r;
}

/* A press release's dateline opening s: a city in capitals, a date, then
 * a dash ("AUSTIN, Texas, May 7, 2024 — …", "BERLIN, March 3, 2025
 * /PRNewswire/ -- …"); its date into when. */
static bool release_dateline(const ls_xctx *x, const char *s, size_t n, char *when)
{
    size_t caps = 0;
    while (caps < n && (isupper((unsigned char)s[caps]) || s[caps] == ' ' || s[caps] == '.'))
        caps++;
    if (caps < 3 || caps >= n || s[caps] != ',')
        return false;
    size_t lim = n < 120 ? n : 120, dash = 0;
    static const char *const dashes[] = {" \xe2\x80\x94", " \xe2\x80\x93", " --", "/PRNewswire/",
                                         "/PRNewswire-", "/GLOBE NEWSWIRE/", "(BUSINESS WIRE)"};
    for (size_t k = 0; k < sizeof dashes / sizeof dashes[0]; k++) {
        const char *d = memmem(s, lim, dashes[k], strlen(dashes[k]));
        if (d && (!dash || (size_t)(d - s) < dash))
            dash = (size_t)(d - s);
    }
    if (!dash)
        return false;
    /* (no-break spaces read as spaces: "May&nbsp;7, 2024") */
    char buf[128];
    size_t bl = 0;
    for (size_t i = caps; i < dash && bl + 1 < sizeof buf; i++) {
        if ((unsigned char)s[i] == 0xC2 && i + 1 < dash && (unsigned char)s[i + 1] == 0xA0) {
            buf[bl++] = ' ';
            i++;
        } else {
            buf[bl++] = s[i];
        }
    }
    size_t at, end;
    return ls_date_find(buf, bl, &x->dctx, when, &at, &end) && strlen(when) >= 10;
}

/* Text of one block as a line: labels and dates are read from short lines;
 * a long line without labels means the article body has begun. Lines of
 * white space only are not counted. */
static bool flush(ls_xctx *x, ls_buf *line, ls_node *blk, ls_article *out, scan_state *st)
{
    if (!line->len)
        return true;
    size_t w = ls_info_weight(line->data, line->len);
    if (!w) {
        ls_buf_reset(line);
        return true;
    }
    if (line->len <= SHORT_LINE / 2 && ls_info_label_only(line->data, line->len))
        return true; /* a label alone: its value is in the next block */
    if (ls_info_summary_label(line->data, line->len)) {
        ls_buf_reset(line);
        return true; /* a summary above the story: the credits may follow it */
    }
    bool go_on = true;
    size_t cps = ls_utf8_len(line->data, line->len);
    if (x->debug)
        fprintf(stderr, "  info line %d: %.*s\n", st->seen,
                (int)(line->len < 160 ? line->len : 160), line->data);
    if (line->len <= SHORT_LINE) {
        ls_info in;
        memset(&in, 0, sizeof in);
        int got = ls_info_parse(line->data, line->len, &x->dctx, &in);
        if (!got && w > LONG_LINE)
            go_on = false; /* a sentence without labels: the body has begun */
        /* an essay's author alone on the line under its title, or under
         * the title written again (not a link: a category's name; not a
         * table's cell: the label of a notice's next row, "品目") */
        const ls_xstat *lb = blk ? ls_xs(blk) : NULL;
        bool cell = blk && ls_x_record_cell(blk);
        if (!got && ((st->seen == 0 && x->title_node) || st->title_above) && !out->byline
            && (!lb || !lb->link_chars) && !cell
            && ls_info_lone_name(line->data, line->len, in.author, sizeof in.author))
            out->byline = ls_strdup(in.author);
        /* a name in Latin letters alone under the title is the byline
         * when a date follows within two lines (name, role, date) */
        if (!got && st->seen == 0 && x->title_node && !out->byline && (!lb || !lb->link_chars))
            ls_info_latin_name(line->data, line->len, st->name, sizeof st->name);
        if (got && in.date[0] && st->name[0] && !out->byline && !in.author[0]
            && st->seen - st->name_at <= 2)
            out->byline = ls_strdup(st->name);
        /* a dated line under the title whose poster is a link to a
         * member's page (头条's "2024-05-01 10:23 · <a href=/c/user/…>
         * 机器之心Pro</a>", 简书's name above its date), unless the
         * page names an author in words (作者：… at the end) */
        if (got && in.date[0] && st->member[0] && !out->byline && !in.author[0] && st->seen <= 2
            && !x->member_author[0])
            memcpy(x->member_author, st->member, sizeof x->member_author);
        st->title_above = !got && repeats_title(out->title, line->data, line->len);
        if (got) {
            fill(x, out, &in, true);
            note_date(x, &in);
            unsigned k = (in.source[0] ? 1u : 0) | (in.author[0] ? 2u : 0)
                | (in.editor[0] ? 4u : 0) | (in.date[0] ? 8u : 0);
            /* a line of labels is not article text (but never drop a block
             * that holds more than the line, such as the article's cell,
             * nor a sentence that names its reporter) */
            const ls_xstat *bs = blk ? ls_xs(blk) : NULL;
            bool fresh = k & ~st->kinds;
            /* (a paragraph that goes on in sentences after its credit,
             * "（作者/赵一鸣）距离首批…已过去一年。", is the story's) */
            if (fresh && bs && blk != x->top && bs->chars < 150 && cps < 120
                && (w <= LONG_LINE || (colons(line) >= 3 && w <= 2 * LONG_LINE))
                && !record_value(blk, line)
                && !(k == 8 && (in_record(blk) || in_table_of_fields(blk)))
                && !memmem(line->data, line->len, "。", 3))
                blk->flags |= LS_XF_DROP;
            /* a line with only kinds of fields already read is the next
             * item of a list (articles with their dates and authors) */
            if (!fresh)
                go_on = false;
            st->kinds |= k;
        }
    } else {
        go_on = false; /* the article body has begun */
    }
    /* the body's first paragraph opens with a press release's dateline:
     * "AUSTIN, Texas, May 7, 2024 — Helion Grid Systems …" */
    char when[LS_DATE_MAX];
    if (st->seen <= 3 && line->len > 80 && !out->published
        && release_dateline(x, line->data, line->len, when)) {
        ls_info in;
        memset(&in, 0, sizeof in);
        memcpy(in.date, when, sizeof when);
        fill(x, out, &in, true);
        note_date(x, &in);
    }
    st->seen++;
    ls_buf_reset(line);
    return go_on && st->seen < MAX_BLOCKS;
}

/* The name a link to a member's page shows, when it reads as a name (not
 * "登录", not an avatar alone); else out stays empty. */
static void member_name(const ls_node *a, char *out, size_t outsz)
{
    char *t = ls_x_node_text(a, 256);
    if (t && ls_utf8_len(t, strlen(t)) <= 24 && ls_byline_clean(t, out, outsz))
        ls_byline_tidy(out);
    else
        out[0] = 0;
    free(t);
}

/* A link or button whose whole text is a label's word: an encyclopedia's
 * "编辑" (edit) beside its headline, not 编辑 (editor) and a name after it. */
static bool label_button(const ls_node *t)
{
    const ls_node *p = t->parent;
    if (!p || p->type != LS_NODE_ELEMENT || (p->tag != GUMBO_TAG_A && p->tag != GUMBO_TAG_BUTTON))
        return false;
    const ls_xstat *ps = ls_xs(p);
    return ps && ps->chars <= 8 && ls_info_label_only(t->text, t->text_len);
}

/* The text right before the link a ends with an editor's label: "编辑:",
 * "责任编辑：", "Edited by". */
static bool after_editor_label(const ls_node *a)
{
    const ls_node *t = a->prev;
    while (t && t->type == LS_NODE_TEXT && ls_x_blank_text(t))
        t = t->prev;
    if (!t || t->type != LS_NODE_TEXT)
        return false;
    size_t n = t->text_len;
    while (n && (t->text[n - 1] == ' ' || t->text[n - 1] == ':' || t->text[n - 1] == '\n'))
        n--;
    if (n >= 3 && !memcmp(t->text + n - 3, "：", 3))
        n -= 3;
    static const char *const labels[] = {"编辑", "责编", "編輯", "edited by", "editor"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        size_t l = strlen(labels[k]);
        if (n >= l && !strncasecmp(t->text + n - l, labels[k], l))
            return true;
    }
    return false;
}

/* A short box named like boilerplate right after the headline (a post's
 * "user-info" with its writer and time under the <h1>): its line is the
 * story's info line all the same. */
static bool box_under_headline(const ls_xctx *x, const ls_node *n, const ls_node *start)
{
    if (start != x->title_node || !n->user || !(n->flags & LS_XF_UNLIKELY)
        || (n->flags & LS_XF_HIDDEN) || ls_xs(n)->chars > 80 || ls_xs(n)->paras)
        return false;
    const ls_node *p = n->prev;
    while (p && p->type != LS_NODE_ELEMENT)
        p = p->prev;
    return p == start;
}

static void scan_from(ls_xctx *x, ls_node *start, ls_article *out)
{
    const ls_node *root = x->dom->root;
    ls_buf line;
    ls_buf_init(&line, 4096);
    ls_node *cur = NULL;
    /* the element around all of the line's text so far, when one is (a
     * <b> dateline between two <br>s), or NULL */
    ls_node *line_el = NULL;
    bool line_has_text = false;
    scan_state st = {0};
    ls_node *n = start->type == LS_NODE_ELEMENT && start != x->top
        ? ls_node_next_skip(start, root) : ls_node_next(start, root);
    size_t budget = 4000;
    for (; n && budget; budget--) {
        if (n->type == LS_NODE_ELEMENT && (n->flags & LS_XF_JUNK || !n->user)
            && !box_under_headline(x, n, start)) {
            n = ls_node_next_skip(n, root);
            continue;
        }
        /* a long block whose lines are set apart by <br> (a deck, the
         * dateline, then the story in one cell): each line is read alone;
         * only a line wrapped in an element of its own can be left out */
        if (n->type == LS_NODE_ELEMENT && n->tag == GUMBO_TAG_BR && cur && line.len
            && ls_x_block_around(n, root) == cur && ls_xs(cur) && ls_xs(cur)->chars >= 150) {
            ls_node *own = line_el && line_el != cur && ls_xs(line_el) ? line_el : NULL;
            if (!flush(x, &line, own, out, &st))
                break;
            line_el = NULL;
            line_has_text = false;
        }
        if (n->type == LS_NODE_ELEMENT && n->tag == GUMBO_TAG_A && !st.member_read
            && ls_x_member_href(ls_node_attr(n, "href")) && ls_xs(n) && ls_xs(n)->chars) {
            st.member_read = true; /* (an avatar's link has no text) */
            /* right under the title, not a list's item, and not the editor's
             * ("编辑: <a href=/u/1>…</a>") */
            if (st.seen <= 1 && !after_editor_label(n))
                member_name(n, st.member, sizeof st.member);
        }
        if (n->type == LS_NODE_TEXT && n->text_len && label_button(n)) {
            n = ls_node_next(n, root);
            continue;
        }
        if (n->type == LS_NODE_TEXT && n->text_len) {
            ls_node *blk = ls_x_block_around(n, root);
            if (blk != cur) {
                if (!flush(x, &line, cur, out, &st))
                    break;
                cur = blk;
                line_el = NULL;
                line_has_text = false;
            }
            bool words = !ls_x_blank_text(n);
            if (words && !line_el && !line_has_text)
                line_el = n->parent;
            else if (words && line_el != n->parent)
                line_el = NULL;
            line_has_text |= words;
            if (line.len)
                ls_buf_addc(&line, ' ');
            ls_buf_add(&line, n->text, n->text_len);
            if (line.len > SHORT_LINE * 2) {
                flush(x, &line, cur, out, &st);
                break;
            }
        }
        n = ls_node_next(n, root);
    }
    flush(x, &line, cur, out, &st);
    ls_buf_release(&line);
}

/* The node before n in document order (the deepest last descendant of the
 * previous sibling, else the parent). */
static ls_node *prev_in_doc(ls_node *n)
{
    if (!n->prev)
        return n->parent;
    ls_node *p = n->prev;
    for (int d = 0; p->last_child && d < LS_DOM_MAX_DEPTH; d++)
        p = p->last_child;
    return p;
}

static bool junk_el(const ls_node *p)
{
    return p->type == LS_NODE_ELEMENT && (!p->user || (p->flags & LS_XF_JUNK));
}

/* Inside junk other than the junk around the place a scan started from
 * (marked LS_XF_PATH: a headline in a page header judged boilerplate, the
 * lines above it in that header are still its own). */
static bool in_junk(const ls_node *n)
{
    for (const ls_node *p = n->parent; p; p = p->parent) {
        if (!junk_el(p) || (p->flags & LS_XF_PATH))
            continue;
        return p->tag != GUMBO_TAG_HTML;
    }
    return false;
}

static void mark_path(ls_node *from, bool on)
{
    for (ls_node *p = from; p && p->type == LS_NODE_ELEMENT; p = p->parent)
        p->flags = on ? p->flags | LS_XF_PATH : p->flags & ~(unsigned)LS_XF_PATH;
}

/* One line read backwards before the content; false when it is body text. */
static bool parse_before(ls_xctx *x, ls_buf *line, ls_buf *after, ls_article *out, int *blocks)
{
    size_t w = ls_info_weight(line->data, line->len);
    if (!w)
        return true; /* white space only: not counted */
    if (x->debug)
        fprintf(stderr, "  line before %d: %.*s\n", *blocks,
                (int)(line->len < 160 ? line->len : 160), line->data);
    (*blocks)++;
    ls_info in;
    memset(&in, 0, sizeof in);
    if (line->len <= SHORT_LINE / 2 && after->len && after->len <= SHORT_LINE
        && ls_info_label_only(line->data, line->len)) {
        /* a label alone: its value is the line after it (read before) */
        ls_buf_addc(line, ' ');
        ls_buf_add(line, after->data, after->len);
    }
    if (line->len <= SHORT_LINE && ls_info_parse(line->data, line->len, &x->dctx, &in)) {
        fill(x, out, &in, true);
        note_date(x, &in);
    }
    ls_buf_reset(after);
    ls_buf_add(after, line->data, line->len);
    return true;
}

/* True when the headline is inside the content, after no more than a
 * header's worth of its text (a post's date and poster above it). */
static bool headline_heads_content(const ls_xctx *x)
{
    const ls_node *h = x->title_node;
    if (!h || !x->top || h == x->top)
        return false;
    size_t bytes = 0;
    for (const ls_node *n = ls_node_next(x->top, x->top); n; n = ls_node_next(n, x->top)) {
        if (n == h)
            return true;
        if (n->type == LS_NODE_TEXT && (bytes += n->text_len) > 2 * SHORT_LINE)
            return false;
    }
    return false;
}

/* True when the headline stands before the content, outside it (a page's
 * header above the article): what lies between them was read after the
 * headline, what stands above it was not. */
static bool headline_above_content(const ls_xctx *x)
{
    const ls_xstat *h = x->title_node ? ls_xs(x->title_node) : NULL;
    const ls_xstat *t = x->top ? ls_xs(x->top) : NULL;
    if (!h || !t || h >= t)
        return false; /* after the content's start (stats are in document order) */
    return !ls_x_holds(x->title_node, x->top);
}

/* Siblings alike: the same tag and the same class. */
static bool alike(const ls_node *a, const ls_node *b)
{
    if (a->type != LS_NODE_ELEMENT || b->type != LS_NODE_ELEMENT || a->tag != b->tag
        || (a->tag == GUMBO_TAG_UNKNOWN && strcmp(a->name ? a->name : "", b->name ? b->name : "")))
        return false;
    const char *ca = ls_node_attr(a, "class"), *cb = ls_node_attr(b, "class");
    return (!ca && !cb) || (ca && cb && !strcmp(ca, cb));
}

/* n is in a row of a list whose rows each lead somewhere (a table's rows, a
 * repository's files, a list of stories or posts, each with its link):
 * what the row says (a date, "2天前") is its item's. The row, else NULL. */
static const ls_node *row_of_links(const ls_node *n)
{
    const ls_node *row = n->parent;
    /* (a table's rows, not the tables of a page laid out with them) */
    for (int d = 0; row && row->parent && d < 4; d++, row = row->parent) {
        const ls_xstat *own = ls_xs(row);
        if (!own || own->chars > 300 || row->tag == GUMBO_TAG_TABLE || row->tag == GUMBO_TAG_TBODY
            || row->tag == GUMBO_TAG_THEAD || row->tag == GUMBO_TAG_BODY)
            return NULL;
        if (!own->link_tags)
            continue;
        int rows = 0, looked = 0;
        for (const ls_node *r = row->parent->first_child; r && rows < 2 && looked++ < 64;
             r = r->next) {
            const ls_xstat *st = alike(r, row) ? ls_xs(r) : NULL;
            if (st && st->link_tags)
                rows++;
        }
        if (rows >= 2)
            return row;
    }
    return NULL;
}

/* Short blocks just before from, read backwards: before the content (the
 * info line between a headline we did not recognise and the text, or above
 * the headline), or before the headline (a post's header with its date
 * above the headline in the content, a date above the headline in the
 * page's header). */
static void scan_before(ls_xctx *x, ls_node *from, ls_article *out)
{
    ls_buf line, tmp, after;
    ls_buf_init(&line, 4096);
    ls_buf_init(&tmp, 4096);
    ls_buf_init(&after, 4096);
    ls_node *cur = NULL;
    const ls_node *last_row = NULL, *row = NULL, *row_for = NULL;
    int blocks = 0;
    size_t budget = 1500;
    mark_path(from, true);
    for (ls_node *n = prev_in_doc(from); n && budget && blocks < 12; n = prev_in_doc(n), budget--) {
        if (n->type != LS_NODE_TEXT || !n->text_len || in_junk(n) || label_button(n))
            continue;
        ls_node *blk = ls_x_block_around(n, x->dom->root);
        /* a block of links only is a menu: "记者调查 民意调查" names no
         * reporter (a byline keeps its label outside the links) */
        const ls_xstat *bs = blk ? ls_xs(blk) : NULL;
        if (bs && bs->link_tags >= 2 && bs->link_chars == bs->chars)
            continue;
        /* (a row other than a table's counts as the block it would have
         * been: a menu's items still end the look back) */
        if (n->parent != row_for)
            row = row_of_links(n), row_for = n->parent; /* (once per element) */
        if (row) {
            if (row->tag != GUMBO_TAG_TR && row != last_row) {
                last_row = row;
                if (line.len) {
                    parse_before(x, &line, &after, out, &blocks);
                    ls_buf_reset(&line);
                }
                cur = NULL;
                blocks++;
            }
            continue;
        }
        if (blk != cur && line.len) {
            parse_before(x, &line, &after, out, &blocks);
            ls_buf_reset(&line);
        }
        cur = blk;
        /* text arrives backwards: put each piece in front */
        ls_buf_reset(&tmp);
        ls_buf_add(&tmp, n->text, n->text_len);
        if (line.len) {
            ls_buf_addc(&tmp, ' ');
            ls_buf_add(&tmp, line.data, line.len);
        }
        ls_buf swap = line;
        line = tmp;
        tmp = swap;
        if (line.len > SHORT_LINE * 2)
            break;
    }
    if (line.len && line.len <= SHORT_LINE * 2 && blocks < 12)
        parse_before(x, &line, &after, out, &blocks);
    ls_buf_release(&line);
    ls_buf_release(&tmp);
    ls_buf_release(&after);
    mark_path(from, false);
}

static bool same_day(const char *a, const char *b)
{
    return a && b && strlen(a) >= 10 && strlen(b) >= 10 && !memcmp(a, b, 10);
}

/* An ISO 8601 time stamp with its offset from UTC ("…T20:04:00-04:00",
 * "…Z"). */
static bool has_zone(const char *d)
{
    size_t n = strlen(d);
    return n > 19 && d[10] == 'T' && (d[n - 1] == 'Z' || d[19] == '+' || d[19] == '-');
}

static void choose_date(ls_xctx *x, ls_article *out)
{
    const char *shown = x->shown_date[0] ? x->shown_date : NULL;
    if (!shown && !out->published && x->class_date[0]) {
        /* no line near the headline dates the page, nor does metadata: the
         * first element marked as a date does */
        out->published = ls_strdup(x->class_date);
        return;
    }
    if (x->debug)
        fprintf(stderr, "  dates: meta=%s modified=%s shown=%s%s\n",
                out->published ? out->published : "-", x->meta_modified[0] ? x->meta_modified : "-",
                shown ? shown : "-", x->shown_relative ? "~" : "");
    if (!shown && !out->published && x->meta_modified[0]) {
        /* nothing says when the page was first published: its last
         * modification is the best date known */
        out->published = ls_strdup(x->meta_modified);
        return;
    }
    if (!shown)
        return;
    /* a relative date shown whose element holds the full one in its title */
    if (x->shown_relative && x->titled_date[0]) {
        shown = x->titled_date;
        x->shown_relative = false;
    }
    /* the day shown, to the second and with its zone when the page's <time>
     * element dates it so ("July 4, 2025" in <time datetime="2025-07-04T20:
     * 04:00-04:00">) */
    if (same_day(x->time_date, shown) && strlen(x->time_date) > strlen(shown)
        && has_zone(x->time_date))
        shown = x->time_date;
    if (!out->published) {
        out->published = ls_strdup(shown);
        return;
    }
    if (same_day(shown, out->published)) {
        /* metadata that names the day alone gives way to the time shown
         * ("2024-05-01" beside "2024年05月01日08:12") */
        if (strlen(out->published) == 10 && strlen(shown) > 10 && !x->shown_relative) {
            free(out->published);
            out->published = ls_strdup(shown);
        }
        return;
    }
    /* A page may show an earlier day than its metadata claims: metadata is
     * often rewritten when a page is regenerated, moved or merely touched,
     * and a time stamp in UTC can fall on the next day. The day shown to
     * readers is kept; a later day shown (usually "Updated ...") is not,
     * and neither is a relative one ("3 hours ago"), which says nothing
     * about a stored page. */
    bool take = !x->shown_relative && strcmp(shown, out->published) < 0;
    if (take) {
        free(out->published);
        out->published = ls_strdup(shown);
    }
}

/* Is the text node t set apart as a headline up to its block blk: inside
 * <b>, <strong>, h2-h6 or a big <font>, in a centred block, or in an
 * element whose class or id says title, heading or headline? */
static bool emphasised(const ls_node *t, const ls_node *blk)
{
    for (const ls_node *p = t->parent; p && p->type == LS_NODE_ELEMENT; p = p->parent) {
        switch (p->tag) {
        case GUMBO_TAG_B: case GUMBO_TAG_STRONG: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            return true;
        case GUMBO_TAG_FONT: {
            const char *sz = ls_node_attr(p, "size");
            if (sz && (atoi(sz) >= 4 || *sz == '+'))
                return true;
            break;
        }
        default:
            break;
        }
        const char *al = ls_node_attr(p, "align");
        const char *st = ls_node_attr(p, "style");
        if ((al && !strcasecmp(al, "center"))
            || (st && (strcasestr(st, "text-align:center") || strcasestr(st, "text-align: center")))
            || ls_x_class_or_id_has(p, "title") || ls_x_class_or_id_has(p, "heading")
            || ls_x_class_or_id_has(p, "headline"))
            return true;
        if (p == blk)
            break;
    }
    return false;
}

/* The text of blk when it reads as a headline: a short line (4 to 80
 * characters, no link) all set apart, which is no label ("作者：") and no
 * info line; else NULL. */
static char *headline_text(const ls_xctx *x, const ls_node *blk)
{
    const ls_xstat *s = ls_xs(blk);
    if (!s || s->link_chars || s->chars < 4 || s->chars > 80 || (blk->flags & LS_XF_JUNK))
        return NULL;
    for (const ls_node *t = ls_x_next_text(blk, blk); t; t = ls_x_next_text(t, blk))
        if (!ls_x_blank_text(t) && !emphasised(t, blk))
            return NULL;
    char *h = ls_x_node_text(blk, 1024);
    size_t n = h ? strlen(h) : 0;
    ls_info in;
    memset(&in, 0, sizeof in);
    /* (a caption pointing at a video or a call to act is no headline:
     * "▲ 点击上方视频号观看完整解读") */
    bool pointer = h && (!strncmp(h, "\xE2\x96\xB2", 3) || !strncmp(h, "\xE2\x96\xBC", 3)
                         || strstr(h, "点击") || strstr(h, "长按") || strstr(h, "扫码"));
    if (!n || pointer || ls_extract_word_count(h, n) < 3 || h[n - 1] == ':'
        || (n >= 3 && !strcmp(h + n - 3, "\xEF\xBC\x9A")) /* ： */
        || ls_info_parse(h, n, &x->dctx, &in)) {
        free(h);
        return NULL;
    }
    return h;
}

/* Is title the text of some text node of the page's body? */
static bool title_shown(const ls_xctx *x, const char *title)
{
    size_t tn = strlen(title);
    const ls_node *body = x->dom->body ? x->dom->body : x->dom->root;
    for (const ls_node *t = ls_x_next_text(body, body); t; t = ls_x_next_text(t, body))
        if (t->text_len >= tn && memmem(t->text, t->text_len, title, tn))
            return true;
    return false;
}

/* The next text node to look at for a headline: forward inside top, or
 * backward before it. */
static const ls_node *step(const ls_xctx *x, const ls_node *n, bool forward)
{
    if (forward)
        return ls_x_next_text(n, x->top);
    for (n = prev_in_doc((ls_node *)n); n && n->type != LS_NODE_TEXT;)
        n = prev_in_doc((ls_node *)n);
    return n;
}

/* The first headline among the first three blocks of text at the start of
 * the content (forward) or just before it (backward), within some 100
 * Chinese characters of text; white space, junk and blocks of links only
 * (a row of "推荐 打印" buttons) passed over. */
static ls_node *headline_near(ls_xctx *x, bool forward, char **text)
{
    const ls_node *root = x->dom->root;
    ls_node *cur = NULL;
    int blocks = 0;
    size_t budget = 1000, passed = 0;
    for (const ls_node *n = step(x, x->top, forward); n && budget && blocks < 3;
         n = step(x, n, forward), budget--) {
        size_t w = n->text_len ? ls_info_weight(n->text, n->text_len) : 0;
        if (!w || in_junk(n))
            continue;
        if ((passed += w) > LONG_LINE * 2)
            return NULL; /* into body text */
        ls_node *blk = ls_x_block_around(n, root);
        const ls_xstat *bs = blk ? ls_xs(blk) : NULL;
        if (!bs || blk == cur || (forward && (blk == x->top || !ls_x_holds(x->top, blk))))
            continue;
        cur = blk;
        if (bs->link_chars && bs->link_chars == bs->chars)
            continue;
        blocks++;
        if ((*text = headline_text(x, blk)))
            return blk;
    }
    return NULL;
}

/* A title that is a file's or a form's code, no words: "EX-99.1",
 * "d512345dex991.htm" (a filing's exhibit), "doc_0042". */
static bool file_code(const char *t)
{
    size_t n = strlen(t), digits = 0;
    if (!n || n > 30 || strchr(t, ' '))
        return false;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)t[i] >= 0x80)
            return false;
        digits += isdigit((unsigned char)t[i]) != 0;
    }
    return digits > 0 && (strchr(t, '.') || strchr(t, '-') || strchr(t, '_'));
}

/* Old Chinese layouts give no <h1> and no meta title, and their <title> may
 * be only the site's greeting ("谢谢您访问…") or a script's name ("显示"),
 * while the headline is a bold or centred line at the start of the content
 * or just above it. When the title is the <title>'s alone and is nowhere
 * in the page's text (or is one or two characters), such a line is the
 * title and the headline element. */
static void old_layout_headline(ls_xctx *x, ls_article *out)
{
    const char *t = out->title ? out->title : "";
    if (!(x->zh || file_code(t)) || !x->title_tag_only || x->title_node || !x->top)
        return;
    if (ls_utf8_len(t, strlen(t)) >= 3 && title_shown(x, t))
        return;
    char *text = NULL;
    ls_node *found = headline_near(x, true, &text);
    if (!found)
        found = headline_near(x, false, &text);
    /* a paper's kicker (引题) set above its headline in a lesser heading:
     * the greater heading right after it is the headline */
    ls_node *next = found ? found->next : NULL;
    while (next && next->type == LS_NODE_TEXT && ls_x_blank_text(next))
        next = next->next;
    if (found && next && next->type == LS_NODE_ELEMENT && found->tag >= GUMBO_TAG_H1
        && found->tag <= GUMBO_TAG_H6 && next->tag >= GUMBO_TAG_H1 && next->tag < found->tag) {
        char *main_text = headline_text(x, next);
        if (main_text) {
            free(text);
            text = main_text;
            found = next;
        }
    }
    /* a line with most of the title's words is the same name set out
     * differently (the forum's and board's names in another order) */
    const char *own[1] = {t};
    if (!found || (*t && ls_title_shared_words(text, own, 1) >= 0.5)) {
        free(text);
        return;
    }
    if (x->debug)
        fprintf(stderr, "  old layout's headline: %s\n", text);
    ls_title_drop_private(text);
    free(out->title);
    out->title = text;
    x->title_node = found;
    found->flags |= LS_XF_TITLE;
}

/* The first byline card in the article that names the author the
 * metadata gave is that metadata, which the reader shows above the text,
 * as when the card itself gave the name; the cards after it are a list's,
 * each under its own item. */
static void drop_byline_card(ls_xctx *x)
{
    for (int k = 0; k < x->nbyline_cards; k++)
        if (ls_x_under(x->byline_cards[k], LS_XF_KEEP)) {
            x->byline_cards[k]->flags |= LS_XF_DROP;
            return;
        }
}

/* A credit line in the article that its block's name made boilerplate
 * (虎嗅's <p class="text-remarks">本文来自微信公众号：…，作者：…</p>): where the
 * story came from, and who wrote it when the byline so far is the account
 * that reposted it. */
static bool opens_credit(const char *t)
{
    static const char *const opens[] = {"本文来自", "本文转载自", "转载自", "来源：", "来源:"};
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++)
        if (!strncmp(t, opens[k], strlen(opens[k])))
            return true;
    return false;
}

static void credit_in_named_block(ls_xctx *x, ls_article *out)
{
    int budget = 2000;
    for (ls_node *n = x->top; n && budget; n = ls_node_next(n, x->top), budget--) {
        if (n->type != LS_NODE_ELEMENT || !(n->flags & LS_XF_UNLIKELY)
            || (n->flags & LS_XF_HIDDEN) || !(n->flags & LS_XF_BLOCK))
            continue;
        char lead[24];
        ls_x_lead_text(n, lead, sizeof lead); /* (first, without a copy) */
        if (!opens_credit(lead))
            continue;
        char *t = ls_x_node_text(n, 400);
        bool credit = t && opens_credit(t);
        if (credit && strlen(t) < 300) {
            ls_info in;
            memset(&in, 0, sizeof in);
            ls_info_parse(t, strlen(t), &x->dctx, &in);
            bool reposted = in.author[0] && out->byline && in.source[0]
                && strstr(in.source, out->byline);
            if (reposted) {
                free(out->byline);
                out->byline = NULL;
            }
            fill(x, out, &in, true);
        }
        free(t);
        if (credit)
            return;
    }
}

int ls_x_meta_infoline(ls_xctx *x, ls_article *out)
{
    old_layout_headline(x, out);
    drop_byline_card(x);
    ls_node *start = x->title_node ? x->title_node : x->top;
    if (start)
        scan_from(x, start, out);
    if (x->top && (!x->shown_date[0] || !out->byline || !out->source))
        scan_before(x, headline_heads_content(x) ? x->title_node : x->top, out);
    if (headline_above_content(x) && (!x->shown_date[0] || !out->byline || !out->source))
        scan_before(x, x->title_node, out);
    if (x->top && x->zh && (!out->source || !out->byline))
        credit_in_named_block(x, out);
    choose_date(x, out);
    return LS_OK;
}

/* What scan_after() has read so far. */
typedef struct {
    char date[LS_DATE_MAX]; /* a labelled date, kept aside */
    char name[64];          /* the last line, when it was a name alone */
} after_state;

/* One block's line after the content; false when the line is body text
 * (another story, a comment) and reading should stop. */
static bool parse_after(ls_xctx *x, ls_buf *line, ls_article *out, int *blocks, after_state *as)
{
    size_t w = ls_info_weight(line->data, line->len);
    if (!w)
        return true;
    (*blocks)++;
    if (x->debug)
        fprintf(stderr, "  line after %d: %.*s\n", *blocks,
                (int)(line->len < 120 ? line->len : 120), line->data);
    ls_info in;
    memset(&in, 0, sizeof in);
    /* (a disclaimer names the platform, not the story's source) */
    bool got = line->len <= SHORT_LINE && !ls_x_disclaimer(line->data, line->len)
        && ls_info_parse(line->data, line->len, &x->dctx, &in);
    if (got)
        fill(x, out, &in, true);
    /* a date below a story is often another's (a comment's, the next
     * story's); one labelled as the post's (发布于 …, 编辑于 …) is kept
     * aside for a page that shows no other */
    if (got && in.date_labelled && !in.date_relative && !as->date[0])
        memcpy(as->date, in.date, LS_DATE_MAX);
    /* an author's box: the name alone, then a biography that opens with
     * it ("Lauren Vetter" / "Lauren Vetter is a growth-focused …") */
    size_t nl = strlen(as->name);
    if (!got && nl && !out->byline && line->len > nl + 1 && !memcmp(line->data, as->name, nl)
        && line->data[nl] == ' ')
        out->byline = ls_strdup(as->name);
    if (got || line->len > SHORT_LINE / 2
        || !ls_info_latin_name(line->data, line->len, as->name, sizeof as->name))
        as->name[0] = 0;
    return got || w <= LONG_LINE;
}

/* A row of the story's tags under its label ("关键词 >> 数字孪生", "标签：",
 * "Tags:"), its pager or the page's tools: links the credits may follow. */
static bool tags_row(const ls_node *blk)
{
    char lead[32];
    ls_x_lead_text(blk, lead, sizeof lead);
    const char *l = lead + (lead[0] == ' ');
    static const char *const labels[] = {"关键词", "关键字", "标签", "相关标签", "tags", "tagged"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (!strncmp(l, labels[k], strlen(labels[k])))
            return true;
    /* or the story's pager ("1 2 3 下一页 共3页"), or the page's tools
     * ("【打印】【关闭】【返回顶部】") */
    return strstr(l, "下一页") || strstr(l, "上一页") || strstr(l, "打印") || strstr(l, "关闭")
        || strstr(l, "返回顶部");
}

/* A site's statement under its stories: a disclaimer, or a block that
 * opens with 声明, 免责声明 or 特别声明. */
static bool statement(const char *s, size_t n)
{
    return ls_x_disclaimer(s, n) || !strncmp(s, "声明", strlen("声明"))
        || !strncmp(s, "免责声明", strlen("免责声明")) || !strncmp(s, "特别声明", strlen("特别声明"));
}

/* The first short blocks after the content, outside it: Chinese sites put
 * 编辑：… 来源：… 作者：… in a box below the text, blogs an author's box
 * ("Written by John Crenshaw", read when no byline is known). Reading stops at a
 * heading or a block of links (related stories, the pager), and after four
 * blocks; only empty fields are filled, and a labelled date is kept in
 * as. */
static void scan_after(ls_xctx *x, ls_article *out, after_state *as)
{
    const ls_node *root = x->dom->root;
    ls_buf line;
    ls_buf_init(&line, 4096);
    ls_node *cur = NULL;
    int blocks = 0;
    size_t budget = 600;
    for (ls_node *n = ls_node_next_skip(x->top, root); n && budget && blocks < 4; budget--) {
        if (n->type == LS_NODE_ELEMENT) {
            if ((n->flags & LS_XF_JUNK) || !n->user) {
                n = ls_node_next_skip(n, root);
                continue;
            }
            if (n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6)
                break;
        } else if (n->type == LS_NODE_TEXT && n->text_len) {
            ls_node *blk = ls_x_block_around(n, root);
            if (blk != cur) {
                /* a label alone ("编辑：") takes the next block as its value */
                bool label = line.len && line.len <= SHORT_LINE / 2
                    && ls_info_label_only(line.data, line.len);
                if (line.len && !label) {
                    if (!parse_after(x, &line, out, &blocks, as))
                        break;
                    ls_buf_reset(&line);
                }
                cur = blk;
                const ls_xstat *bs = blk ? ls_xs(blk) : NULL;
                /* a list of links ends the story's credits; a short row of
                 * them (its tags: "关键词 >> 数字孪生，智能制造") is passed */
                if (bs && bs->link_chars * 2 >= bs->chars && bs->link_tags) {
                    if (bs->chars > 40 || blocks >= 3 || !tags_row(blk))
                        break;
                    blocks++;
                    n = ls_node_next_skip(blk, root);
                    continue;
                }
            }
            if (line.len)
                ls_buf_addc(&line, ' ');
            ls_buf_add(&line, n->text, n->text_len);
            if (line.len > SHORT_LINE && blk && statement(line.data, line.len)) {
                /* the site's statement between the story and its credits
                 * ("声明：本文转载自…") is passed over */
                ls_buf_reset(&line);
                blocks++;
                n = ls_node_next_skip(blk, root);
                continue;
            }
            if (line.len > SHORT_LINE) {
                /* prose: the end, though a biography may open with the name
                 * read just before */
                parse_after(x, &line, out, &blocks, as);
                ls_buf_reset(&line);
                break;
            }
        }
        n = ls_node_next(n, root);
    }
    if (line.len && line.len <= SHORT_LINE && blocks < 4)
        parse_after(x, &line, out, &blocks, as);
    ls_buf_release(&line);
}

/* A byline that opens with the outlet's short name before the reporters
 * ("财新 张三 李四" on 财新网, from "文｜财新 张三 李四"), or a publication's
 * ("财新周刊 周信 刘沛林"): the names, in place. Both must be Han words
 * ("藍天_博客 (lantian)" is a blog's name and its owner's login). */
static void drop_outlet_word(char *byline, const char *site)
{
    const char *sp = byline ? strchr(byline, ' ') : NULL;
    size_t w = sp ? (size_t)(sp - byline) : 0;
    /* the site's name, or a publication's (财新周刊, 某某日报: a name of
     * three characters or more ending so) */
    static const char *const kinds[] = {"周刊", "日报", "晚报", "杂志", "报社", "新闻社"};
    bool outlet = false;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0] && w >= 9 && !outlet; k++)
        outlet = w > strlen(kinds[k]) && !memcmp(byline + w - strlen(kinds[k]), kinds[k],
                                                  strlen(kinds[k]));
    if (w < 6 || !((site && !strncmp(site, byline, w)) || outlet) || (unsigned char)sp[1] < 0x80)
        return;
    /* (a guessed outlet is Han words; the site's own name, whole, may hold
     * Latin letters: "C114通信网 水易") */
    bool whole_site = site && strlen(site) == w;
    for (size_t i = 0; i < w && !whole_site; i++)
        if ((unsigned char)byline[i] < 0x80)
            return;
    memmove(byline, sp + 1, strlen(sp + 1) + 1);
}

/* A name in Latin letters alone on the text's first line, whom a later
 * paragraph describes ("Julia Gralberg" … "Julia Gralberg is a freelance
 * travel writer …"): the writer, unless the title names it too (the page's
 * subject: "Steam Deck OLED" … "Steam Deck OLED is …"). Malloc'd, or NULL. */
static char *named_and_described(const char *t, const char *title)
{
    size_t first = strcspn(t, "\n");
    char name[64], bio[80];
    if (first > 60 || !ls_info_latin_name(t, first, name, sizeof name))
        return NULL;
    for (const char *w = name; title && *w;) {
        size_t wl = strcspn(w, " ");
        char word[64];
        snprintf(word, sizeof word, "%.*s", (int)wl, w);
        if (wl >= 3 && strcasestr(title, word))
            return NULL;
        w += wl;
        w += strspn(w, " ");
    }
    static const char *const verbs[] = {" is ", " has ", " was ", " writes "};
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
        snprintf(bio, sizeof bio, "\n%s%s", name, verbs[k]);
        if (strstr(t + first, bio))
            return ls_strdup(name);
    }
    return NULL;
}

/* name is one of the names in list ("王堃", "王堃、刘阳", "王洋 刘亮"). */
static bool among_names(const char *list, const char *name)
{
    size_t nl = strlen(name);
    if (!nl)
        return false;
    for (const char *p = list; (p = strstr(p, name)) != NULL; p++) {
        bool starts = p == list || p[-1] == ' ' || p[-1] == ','
            || (p - list >= 3 && (!memcmp(p - 3, "、", 3) || !memcmp(p - 3, "，", 3)));
        const char *e = p + nl;
        bool ends = !*e || *e == ' ' || *e == ',' || !strncmp(e, "、", 3) || !strncmp(e, "，", 3);
        if (starts && ends)
            return true;
    }
    return false;
}

/* The outlet a story's first words name as its own flash ("新浪科技讯 5月12日
 * 消息，…", "凤凰网科技讯 （作者/…）"): the word before 讯 at the line's
 * start, set apart after it and naming an outlet (…网, …报, …科技);
 * "本报讯" names the paper itself, no source. */
static bool news_flash_outlet(const char *t, char *out, size_t cap)
{
    size_t n = strcspn(t, "\n");
    const char *m = memmem(t, n < 60 ? n : 60, "讯", 3);
    if (!m || m == t)
        return false;
    const char *after = m + 3;
    if (*after != ' ' && strncmp(after, "（", 3) && *after != '('
        && strncmp(after, "\xe3\x80\x80", 3))
        return false;
    size_t chars = ls_info_name_chars(t, (size_t)(m - t));
    if (chars < 2 || chars > 10 || (size_t)(m - t) >= cap || !strncmp(t, "本报", strlen("本报")))
        return false;
    /* (an outlet's word in the name: not "通讯", communication) */
    size_t w = (size_t)(m - t);
    if (!ls_info_outlet_mark(t, w, true) && !memmem(t, w, "科技", strlen("科技"))
        && !memmem(t, w, "财经", strlen("财经")))
        return false;
    memcpy(out, t, (size_t)(m - t));
    out[m - t] = 0;
    return true;
}

/* The reporters a news agency's dateline names at the story's start:
 * "新华社北京5月12日电（记者张辛欣、周圆）", "本报讯（记者 王磊）" (the line
 * opens with the place and day the story was filed, then 电 or 讯 and
 * the reporters in brackets). Writes them to who and returns true. */
static bool dateline_reporters(const char *t, char *who, size_t cap)
{
    size_t n = strcspn(t, "\n");
    if (n > 200)
        n = 200;
    /* within the line's first words, after the day ("12日电") or the
     * paper's own word ("本报讯") */
    static const char *const marks[] = {"日电", "日讯", "报讯"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        const char *m = memmem(t, n, marks[k], strlen(marks[k]));
        if (!m || m - t > 90)
            continue;
        const char *v = m + strlen(marks[k]);
        while (v < t + n && *v == ' ')
            v++;
        if (v + 3 <= t + n && !memcmp(v, "（", 3))
            v += 3;
        else if (v < t + n && *v == '(')
            v++;
        else
            continue;
        size_t rest = n - (size_t)(v - t);
        const char *c1 = memmem(v, rest, "）", 3), *c2 = memchr(v, ')', rest);
        const char *c = c1 && (!c2 || c1 < c2) ? c1 : c2;
        if (!c || c - v > 90)
            return false;
        ls_info in;
        memset(&in, 0, sizeof in);
        ls_date_ctx d = {0};
        ls_info_parse(v, (size_t)(c - v), &d, &in);
        if (!in.author[0])
            return false;
        snprintf(who, cap, "%s", in.author);
        return true;
    }
    return false;
}

/* The last short lines of the text: 来源：…, 责任编辑：…, 作者：… */
int ls_x_meta_tail(ls_xctx *x, ls_article *out)
{
    const char *t = out->text;
    /* nothing labelled the source: on a Chinese page an element named
     * "source" beside the date may (新浪's <a class=source>新华社</a>) */
    if (!out->source && x->zh && x->source_box[0])
        out->source = ls_strdup(x->source_box);
    char outlet[LS_INFO_MAX];
    if (!out->source && x->zh && t && news_flash_outlet(t, outlet, sizeof outlet))
        out->source = ls_strdup(outlet);
    /* a byline that is the source (an outlet's account card: 中国新闻网,
     * 来源：中国新闻网) names no person: a reporter named at the end wins,
     * and the outlet stays the last resort */
    if (out->byline && out->source && !strcmp(out->byline, out->source)) {
        if (!x->site_author[0])
            snprintf(x->site_author, sizeof x->site_author, "%s", out->byline);
        free(out->byline);
        out->byline = NULL;
    }
    if (!t || !*t) {
        if (!out->byline && x->site_author[0])
            out->byline = ls_strdup(x->site_author);
        return LS_OK;
    }
    size_t end = strlen(t);
    ls_info credit; /* the post's credit line nearest the article's start */
    memset(&credit, 0, sizeof credit);
    bool last_short = false;
    /* the lines read so far are all short, no sentence among them: a
     * sidebar's headings and headlines the trims will cut (热门排行, …) */
    bool below_furniture = true;
    for (int k = 0; k < TAIL_LINES && end > 0; k++) {
        size_t st = end;
        while (st > 0 && t[st - 1] != '\n')
            st--;
        if (k == 0)
            last_short = ls_utf8_len(t + st, end - st) <= 16;
        if (end - st > 0 && end - st <= 200) {
            ls_info in;
            memset(&in, 0, sizeof in);
            /* only the last few lines are the article's own end (来源, 作者);
             * further up, only a post's credit line (本贴由…于…发表,
             * …写于2005年3月16日), which forums and blogs print below the
             * post and above the replies */
            bool near = k < 4 || (below_furniture && k < 10);
            bool credit_line = memmem(t + st, end - st, "由", 3)
                || memmem(t + st, end - st, "写于", 6);
            if ((near || credit_line) && !ls_x_disclaimer(t + st, end - st))
                ls_info_parse(t + st, end - st, &x->dctx, &in);
            if (in.attributed)
                credit = in;
            if (near)
                fill(x, out, &in, true);
            /* a wire's credits under its story name its editors ("(Reporting
             * by …; Editing by Jamie Freed and Mark Porter)") */
            char editors[LS_INFO_MAX];
            if (near && !out->editor
                && ls_info_wire_credits(t + st, end - st, editors, sizeof editors) && editors[0])
                out->editor = ls_strdup(editors);
        }
        /* the last line, or the one before a short last line (the
         * institution that released the story) */
        if ((k == 0 || (k == 1 && last_short)) && x->zh && !out->byline) {
            char who[LS_INFO_MAX];
            if (ls_info_tail_byline(t + st, end - st, who, sizeof who))
                out->byline = ls_strdup(who);
        }
        if (ls_utf8_len(t + st, end - st) > 30 || memmem(t + st, end - st, "。", 3)
            || memmem(t + st, end - st, "！", 3) || memmem(t + st, end - st, "？", 3)
            || memchr(t + st, '.', end - st))
            below_furniture = false;
        while (st > 0 && t[st - 1] == '\n')
            st--;
        end = st;
    }
    if (x->top && x->top != x->dom->body
        && (x->zh ? !out->byline || !out->source || !out->editor || !out->published
                  : !out->byline)) {
        after_state as;
        memset(&as, 0, sizeof as);
        scan_after(x, out, &as);
        if (!out->published && as.date[0])
            out->published = ls_strdup(as.date);
    }
    /* dates at the end are often not the publication date, unless the
     * post's credit line says so */
    if (credit.attributed) {
        if (credit.date[0] && !out->published)
            out->published = ls_strdup(credit.date);
        if (credit.author[0] && !out->byline)
            out->byline = ls_strdup(credit.author);
    }
    /* the editor is never the author: a page's author tag that names the
     * editor its credits name (央视网's <meta name=author> is the 编辑) */
    /* (unless the page's own credits name the same person for both: 作者：
     * 万南　编辑：万南) */
    if (out->byline && !x->byline_credited
        && ((out->editor && among_names(out->editor, out->byline))
            || (x->editor_other[0] && among_names(x->editor_other, out->byline)))) {
        free(out->byline);
        out->byline = NULL;
        /* the writer the page's own credits name, if not the editor too */
        if (x->shown_author[0] && !(out->editor && among_names(out->editor, x->shown_author)))
            out->byline = ls_strdup(x->shown_author);
    }
    char reporters[LS_INFO_MAX];
    if (!out->byline && x->zh && dateline_reporters(t, reporters, sizeof reporters))
        out->byline = ls_strdup(reporters);

    if (!out->byline)
        out->byline = named_and_described(t, out->title);
    if (!out->byline && x->member_author[0])
        out->byline = ls_strdup(x->member_author);
    if (!out->byline && x->blog_owner[0])
        out->byline = ls_strdup(x->blog_owner);
    if (!out->byline && x->login_author[0])
        out->byline = ls_strdup(x->login_author);
    if (!out->byline && x->site_author[0])
        out->byline = ls_strdup(x->site_author);
    if (x->zh)
        drop_outlet_word(out->byline, out->site_name);
    return LS_OK;
}
