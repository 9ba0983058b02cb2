/*
 * render.c - the article's text and html from the kept blocks.
 *
 * Walks the kept subtrees in document order (recursion bounded by
 * LS_DOM_MAX_DEPTH, which the DOM guarantees) and writes two outputs at
 * once: plain text (blank line between blocks, one line per list item or
 * table row, cells joined by " | ") and allow-listed HTML (a fixed set of
 * tags, href/src made absolute http(s), everything escaped).
 *
 * There is no Readability-style "conditional cleaning" of containers inside
 * the article: it removed more content (product grids, listings, tables)
 * than boilerplate; boilerplate is left out earlier, by tag, role, hidden
 * state and class/id (stats.c). The one exception is a block of links that
 * is a small part of the article (link_block).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "extract/infoline.h"
#include "util/err.h"
#include "util/str.h"

#define LAYOUT_MEMO 4 /* tables whose layout_table_of() answer is kept */

typedef struct {
    ls_xctx *x;
    ls_buf text, html;
    int brk;        /* pending break in text: 0 none, 1 newline, 2 blank line */
    bool space;     /* pending inline space */
    bool edge;      /* the last text written closed an inline element */
    int pre;        /* inside <pre> */
    int lines;      /* inside prose styled to keep its line breaks (kept_lines()) */
    int cells;      /* cells of the current table row that wrote text */
    bool cell_sep;  /* " | " before the next text: a cell of the row wrote
                       text before this one */
    int empty_cells; /* empty cells of a data table's row since the last that
                        wrote text: a " | " each, so that columns keep their
                        place */
    const ls_node *cells_table; /* the table data_table_cell() looked at last, */
    bool cells_table_th;        /* ... and whether it has header cells */
    uint64_t *seen; /* hashes of the text blocks written (open addressing) */
    const ls_node **seen_parent; /* the parent of each first copy */
    size_t nseen, capseen;
    int in_leaf;    /* inside a block that is checked as one */
    int in_note;    /* inside a footnote of a list of notes */
    size_t cap;     /* the text's and the html's size; past it nothing new is
                       written, and the elements open are closed (the buffers
                       leave RENDER_HEADROOM for their end tags) */
    bool full;
    struct mark_label { char frag[48], label[16]; } *marks; /* footnote marks written */
    struct inline_note { ls_node *body; char label[16]; } notes[256]; /* set in the
                                 sentence, written under the text */
    unsigned nnotes;
    size_t note_at;         /* while a note is written: where its text begins,
                               to pass over its copies of its mark */
    const char *note_label;
    size_t nmarks, capmarks;
    struct list_count { /* ordered lists being numbered (nested up to four deep) */
        const ls_node *list, *item; /* the list, its item counted last */
        int items, place;           /* (its items, and that item's place) */
    } lists[4];
    unsigned next_list;
    size_t copied;  /* bytes of text left out as copies of earlier blocks */
    bool prev_dup;  /* the last block checked for copies was one */
    size_t quote_scan; /* bytes quotations may still search (bounds the work
                          a page of thousands of nested quotes can cause) */
    const ls_node *lead_node; /* whose first words lead holds */
    char lead[128];
    bool record;    /* writing a document's particulars: all of them, the
                       headline and the dates the metadata read included */
    const char *byline;     /* the writer named so far, or NULL */
    ls_article *out;        /* (its date, when a thread's first floor gives it) */
    bool floor_dated;       /* a floor's footer was read for the date */
    int tables;             /* <table>s open in the html */
    const ls_node *layout_table[LAYOUT_MEMO]; /* tables judged (layout_table_of()) */
    bool layout_is[LAYOUT_MEMO];
    unsigned layout_next;
    const char *title;      /* the article's title, and its visible characters */
    unsigned title_chars;
    size_t text_start;      /* where the article's own text begins */
    int head_level;         /* the last heading written (1-6), while nothing
                               has followed it; 0 when something has */
    size_t head_t0, head_t1, head_h0, head_h1; /* its text and HTML */
    const ls_node *head_node; /* and its element */
    const ls_node *header;  /* the article's header, while what stands in it
                               before the headline is left out */
} rctx;

/* A block that is (nearly) all of the article's text: a short post whose
 * title is its text keeps it. */
static bool all_of_article(const rctx *r, const ls_xstat *s)
{
    const ls_xstat *ts = r->x->top ? ls_xs(r->x->top) : NULL;
    return !ts || ts->chars < s->chars + 20;
}

/* The article's first block is its title written again (a headline the
 * metadata did not name, a copy for small screens): the reader shows the
 * title above the text already. */
static bool title_again(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (r->record || r->text.len > r->text_start || !r->title_chars
        || s->chars != r->title_chars || !(n->flags & LS_XF_BLOCK) || s->imgs)
        return false;
    if (all_of_article(r, s))
        return false;
    char *t = ls_x_node_text(n, 4096);
    bool same = t && !strcasecmp(t, r->title);
    free(t);
    return same;
}

/* The article's first block is the writer's name alone (an account's card
 * above the story, its time and buttons left out already): the reader
 * names the writer above the text. */
static bool name_again(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (r->record || r->text.len > r->text_start || !r->byline || !(n->flags & LS_XF_BLOCK)
        || s->imgs || s->headings || s->chars > 30)
        return false;
    char *t = ls_x_node_text(n, 256);
    bool same = t && !strcasecmp(t, r->byline);
    free(t);
    return same;
}

/* A pull quote: a sentence of the story set in large type beside it
 * (class "pullquote"), which the story says again in its place: its first
 * words are found twice in the article, it goes. */
static bool pull_quote(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 400 || s->chars < 20 || !r->x->top || n == r->x->top
        || !(ls_x_class_or_id_has(n, "pullquote") || ls_x_class_or_id_has(n, "pull-quote")))
        return false;
    char *q = ls_x_node_text(n, 2048);
    char *all = q ? ls_x_node_text(r->x->top, 1u << 22) : NULL;
    bool twice = false;
    if (all) {
        const char *p = q;
        /* past the opening quotation mark */
        while (*p && (strchr("\"' ", *p) || !strncmp(p, "“", 3) || !strncmp(p, "「", 3)))
            p += (unsigned char)*p < 0x80 ? 1 : 3;
        size_t want = ls_utf8_clip(p, strlen(p), 20);
        if (want >= 12) {
            char key[128];
            snprintf(key, sizeof key, "%.*s", (int)want, p);
            const char *first = strstr(all, key);
            twice = first && strstr(first + 1, key);
        }
    }
    free(q);
    free(all);
    return twice;
}

/* A Chinese story's credits on a line of their own above or under it:
 * labels and the names after them, no sentence ("来源：解放日报", "本文作者：
 * 王海燕", "新京报记者 张璇", "编辑 陈莉 校对 刘军"). The fields read go to
 * in when it is not NULL. */
static bool credit_line(const char *l, size_t n, ls_info *got)
{
    size_t chars = ls_utf8_len(l, n);
    if (chars > 120 || memmem(l, n, "。", 3) || memmem(l, n, "，", 3))
        return false;
    ls_info in;
    memset(&in, 0, sizeof in);
    int fields = ls_info_parse(l, n, NULL, &in);
    if (!fields || (!in.source[0] && !in.author[0] && !in.editor[0]))
        return false;
    /* a longer line of many credits (供稿 作者 摄影 编辑 审核 发布时间) */
    if (chars > 40) {
        if (fields < 3)
            return false;
        if (got)
            *got = in;
        return true;
    }
    /* what is left besides the names is labels: a few characters for
     * each ("本文来源：", "责任编辑：", and a staff code after a name, the
     * parser's to drop: "王凤丹_NT5054") */
    size_t named = 0, vals_named = 0;
    const char *vals[] = {in.source, in.author, in.editor};
    for (size_t k = 0; k < 3; k++) {
        named += ls_utf8_len(vals[k], strlen(vals[k]));
        vals_named += vals[k][0] != 0;
    }
    if (got)
        *got = in;
    return named && chars <= named + (vals_named > 1 ? 8 * vals_named : 12);
}

/* A credit line among the story's first blocks, under its headline or its
 * summary ("作者丨吴彤", "编辑丨陈彩娴"): the metadata's, not the text's; the
 * fields still empty are filled from it. */
static bool head_credit(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (!r->x->zh || r->record || s->chars > 120 || s->imgs || s->link_chars * 2 > s->chars
        || !(n->flags & LS_XF_BLOCK))
        return false;
    int paras = 0;
    for (const char *p = r->text.data ? r->text.data + r->text_start : NULL;
         p && (p = strstr(p, "\n\n")) && paras < 3; p += 2)
        paras++;
    if (paras >= 2 && r->text.len > r->text_start)
        return false; /* past the story's first paragraphs */
    char *t = ls_x_node_text(n, 256);
    ls_info in;
    bool credit = t && credit_line(t, strlen(t), &in);
    free(t);
    if (!credit)
        return false;
    ls_article *o = r->out;
    if (in.author[0] && !o->byline)
        o->byline = ls_strdup(in.author);
    if (in.editor[0] && !o->editor)
        o->editor = ls_strdup(in.editor);
    if (in.source[0] && !o->source)
        o->source = ls_strdup(in.source);
    return true;
}

/* The article's first block is a heading that is a column's name in
 * brackets ("（产经观察）" under a paper's headline): the story's rubric,
 * not its text. */
static bool column_rubric(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (r->record || r->text.len > r->text_start || n->tag < GUMBO_TAG_H2
        || n->tag > GUMBO_TAG_H6 || s->imgs || s->chars < 4 || s->chars > 12)
        return false;
    char *t = ls_x_node_text(n, 256);
    size_t len = t ? strlen(t) : 0;
    bool rubric = len > 6 && !strncmp(t, "（", 3) && !strcmp(t + len - 3, "）")
        && !memmem(t + 3, len - 6, "（", 3) && !memmem(t + 3, len - 6, "）", 3);
    free(t);
    return rubric;
}

/* FNV-1a of s[0..n) from the basis h: the hashes seen_before() keeps. */
static uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

/* A short block of text (under 120 characters: a product name, a teaser, a
 * label) already written once elsewhere (a copy of the page for small
 * screens, the same teaser in two carousels) is not written again; repeated
 * blocks under one parent, and repeated paragraphs of prose, are the text's
 * own. Returns true for a copy; records the first copy otherwise. */
static bool seen_before(rctx *r, uint64_t h, const ls_node *parent)
{
    if (!h)
        h = 1;
    if (r->nseen * 2 >= r->capseen) {
        size_t cap = r->capseen ? r->capseen * 2 : 256;
        uint64_t *t = calloc(cap, sizeof *t);
        const ls_node **tp = calloc(cap, sizeof *tp);
        if (!t || !tp) {
            free(t);
            free(tp);
            return false;
        }
        for (size_t i = 0; i < r->capseen; i++)
            if (r->seen[i])
                for (size_t j = r->seen[i] & (cap - 1);; j = (j + 1) & (cap - 1))
                    if (!t[j]) {
                        t[j] = r->seen[i];
                        tp[j] = r->seen_parent[i];
                        break;
                    }
        free(r->seen);
        free(r->seen_parent);
        r->seen = t;
        r->seen_parent = tp;
        r->capseen = cap;
    }
    for (size_t j = h & (r->capseen - 1);; j = (j + 1) & (r->capseen - 1)) {
        if (r->seen[j] == h)
            return r->seen_parent[j] != parent;
        if (!r->seen[j]) {
            r->seen[j] = h;
            r->seen_parent[j] = parent;
            r->nseen++;
            return false;
        }
    }
}

/* A block that holds a paragraph of prose. */
static bool prose_tag(GumboTag t)
{
    return t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_DD
        || t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_DIV
        || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6);
}

/* A block whose children are all inline: the unit of repeated text. */
static bool leaf_block(const ls_node *n)
{
    if (!(n->flags & LS_XF_BLOCK))
        return false;
    for (const ls_node *c = n->first_child; c; c = c->next)
        if (c->type == LS_NODE_ELEMENT && (c->flags & LS_XF_BLOCK) && !(c->flags & LS_XF_JUNK))
            return false;
    return true;
}

static void want_break(rctx *r, int b)
{
    if (b > r->brk)
        r->brk = b;
    r->space = false;
}

static void put_text(rctx *r, const char *s, size_t n)
{
    ls_buf *t = &r->text;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        bool sp = cp < 0x80 ? (cp == ' ' || (cp >= 9 && cp <= 13)) : ls_is_space_cp(cp);
        /* zero-width spaces, soft hyphens, and the private-use code points
         * icon fonts draw their glyphs with (no text shows them) */
        if (cp == 0x200B || cp == 0xFEFF || cp == 0xAD || (cp >= 0xE000 && cp <= 0xF8FF)
            || cp >= 0xF0000) {
            i += k;
            continue;
        }
        /* a joiner joins two characters (an emoji sequence, a Persian
         * word); alone, or at a line's edge (a spacer paragraph "<p>&zwj;
         * </p>"), it is nothing */
        if (cp == 0x200C || cp == 0x200D || cp == 0x2060) {
            uint32_t next = 0;
            if (i + k < n)
                ls_utf8_next(s + i + k, n - i - k, &next);
            bool joins = t->len && !r->brk && !r->space && !r->cell_sep && next
                && !ls_is_space_cp(next) && next != 0x200C && next != 0x200D && next != 0x2060;
            if (!joins) {
                i += k;
                continue;
            }
        }
        if (r->pre && cp == '\n') {
            ls_buf_addc(t, '\n');
        } else if (r->lines && cp == '\n') {
            /* (a second in a row leaves a blank line) */
            want_break(r, r->brk && t->len ? 2 : 1);
        } else if (sp && !r->pre) {
            r->space = true;
        } else {
            if (t->len) {
                if (r->brk)
                    ls_buf_add(t, "\n\n", (size_t)r->brk);
                else if (r->cell_sep)
                    for (int e = 0; e <= r->empty_cells; e++)
                        ls_buf_adds(t, " | ");
                else if (r->space)
                    ls_buf_addc(t, ' ');
            }
            r->brk = 0;
            r->space = false;
            r->cell_sep = false;
            r->empty_cells = 0;
            ls_buf_add(t, s + i, k);
        }
        i += k;
    }
}

static void esc(ls_buf *b, const char *s, size_t n, bool attr)
{
    size_t st = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        default: break;
        }
        if (rep) {
            ls_buf_add(b, s + st, i - st);
            ls_buf_adds(b, rep);
            st = i + 1;
        }
    }
    ls_buf_add(b, s + st, n - st);
}

static bool html_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

/* The html written so far ends with an element's opening tag ("<div>",
 * "<article>"): nothing of the element's own shows yet. */
static bool opening_tag_last(const ls_buf *h)
{
    if (!h->len)
        return true;
    if (h->data[h->len - 1] != '>')
        return false;
    size_t i = h->len - 1;
    while (i > 0 && h->data[i] != '<')
        i--;
    return h->data[i] == '<' && h->data[i + 1] != '/' && strncmp(h->data + i, "<br>", 4)
        && strncmp(h->data + i, "<img", 4);
}

/* Text into the html: outside <pre> a run of white space shows as one
 * space, so it is written as one (a line break when it held one), and not
 * at all right after another ("\n\t\t\t\t" between a page's nested divs). */
static void put_html_text(rctx *r, const char *s, size_t n)
{
    if (r->pre) {
        esc(&r->html, s, n, false);
        return;
    }
    size_t st = 0;
    for (size_t i = 0; i < n;) {
        if (!html_space(s[i])) {
            i++;
            continue;
        }
        esc(&r->html, s + st, i - st, false);
        bool nl = false;
        size_t j = i;
        while (j < n && html_space(s[j])) {
            nl = nl || s[j] == '\n';
            j++;
        }
        char prev = r->html.len ? r->html.data[r->html.len - 1] : '\n';
        if (r->lines && nl && opening_tag_last(&r->html)) {
            /* (the line break that opens the element's text shows nothing) */
        } else if (r->lines && nl) {
            int breaks = 0;
            for (size_t k = i; k < j && breaks < 2; k++)
                breaks += s[k] == '\n';
            while (breaks--)
                ls_buf_adds(&r->html, "<br>\n");
        } else if (prev != ' ' && prev != '\n')
            ls_buf_addc(&r->html, nl ? '\n' : ' ');
        else if (nl && prev == ' ')
            r->html.data[r->html.len - 1] = '\n';
        st = i = j;
    }
    esc(&r->html, s + st, n - st, false);
}

/* Tags copied to the html as they are; others are unwrapped. */
static const char *html_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TH: case GUMBO_TAG_TD: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_PRE: case GUMBO_TAG_CODE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
    case GUMBO_TAG_I: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_A:
    case GUMBO_TAG_IMG: case GUMBO_TAG_Q: case GUMBO_TAG_CITE: case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_MARK: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_ABBR: case GUMBO_TAG_TIME:
        return ls_tag_name(t);
    case GUMBO_TAG_H1: return "h2";
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
        return "div";
    default:
        return NULL;
    }
}

/* MathML's presentation elements, copied to the html (browsers draw them)
 * with no attribute but a formula's display="block"; the others (semantics,
 * maction ...) are unwrapped. */
static const char *mathml_tag(const ls_node *n)
{
    static const char *const tags[] = {
        "math", "mi", "mo", "mn", "ms", "mtext", "mrow", "mspace", "msup", "msub",
        "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable",
        "mtr", "mtd", "mstyle", "mpadded", "mphantom", "menclose", "mmultiscripts",
        "mprescripts", "none"};
    for (size_t k = 0; n->name && k < sizeof tags / sizeof tags[0]; k++)
        if (!strcmp(n->name, tags[k]))
            return tags[k];
    return NULL;
}

/* A link to a place on the same page ("#fn1", "#cite_note-2"). */
static bool fragment_link(const ls_node *n)
{
    if (!ls_node_is(n, GUMBO_TAG_A))
        return false;
    const char *h = ls_node_attr(n, "href");
    return h && h[0] == '#' && h[1];
}

/* A footnote's mark: a superscript of a few characters that links to its
 * note, or sits in such a link ("<sup><a href="#fn1">1</a></sup>",
 * Pandoc's "<a href="#fn1"><sup>1</sup></a>"), or says it is one
 * (role="doc-noteref"). A unit's "m<sup>2</sup>" links nowhere. */
static const ls_node *footnote_mark(const ls_node *n, const ls_xstat *s)
{
    if (n->tag != GUMBO_TAG_SUP || !s->chars || s->chars > 10 || s->imgs)
        return NULL;
    if (fragment_link(n->parent) && ls_xs(n->parent) && ls_xs(n->parent)->chars == s->chars)
        return n->parent;
    for (const ls_node *c = n->first_child; c; c = ls_node_next(c, n))
        if (fragment_link(c))
            return c;
    const char *role = ls_node_attr(n, "role");
    return role && !strcmp(role, "doc-noteref") ? n : NULL;
}

/* Keeps a mark's label ("1", "a") by the place it links to, for its note. */
static void remember_mark(rctx *r, const ls_node *link, const char *t, size_t n)
{
    const char *h = ls_node_attr(link, "href");
    if (!h || h[0] != '#' || strlen(h + 1) >= sizeof r->marks[0].frag || r->nmarks >= 1024)
        return;
    while (n && strchr(" [(", *t))
        t++, n--;
    while (n && strchr(" ])", t[n - 1]))
        n--;
    if (!n || n >= sizeof r->marks[0].label || memchr(t, '\n', n))
        return;
    if (r->nmarks == r->capmarks) {
        size_t cap = r->capmarks ? r->capmarks * 2 : 16;
        void *p = realloc(r->marks, cap * sizeof *r->marks);
        if (!p)
            return;
        r->marks = p;
        r->capmarks = cap;
    }
    struct mark_label *m = &r->marks[r->nmarks++];
    strcpy(m->frag, h + 1);
    memcpy(m->label, t, n);
    m->label[n] = '\0';
}

/* The label of the first mark that links to id, or NULL. */
static const char *mark_label_of(const rctx *r, const char *id)
{
    for (size_t i = 0; id && i < r->nmarks; i++)
        if (!strcmp(r->marks[i].frag, id))
            return r->marks[i].label;
    return NULL;
}

/* A note's way back to its mark: a link to a place on the page drawn as
 * an arrow or a caret ("↩", "^"), or named so (Wikipedia's
 * "mw-cite-backlink", "footnote-backref"). A post's "#1" is a word. */
static bool back_link(const ls_node *n)
{
    if ((n->tag == GUMBO_TAG_A || n->tag == GUMBO_TAG_SPAN)
        && (ls_x_class_or_id_has(n, "backlink") || ls_x_class_or_id_has(n, "backref")))
        return true;
    if (!fragment_link(n))
        return false;
    for (const ls_node *t = ls_x_next_text(n, n); t; t = ls_x_next_text(t, n))
        for (size_t i = 0; i < t->text_len;) {
            uint32_t cp;
            i += ls_utf8_next(t->text + i, t->text_len - i, &cp);
            if (ls_is_word_cp(cp))
                return false;
        }
    return true;
}

/* The place of the item n among its list's items (from 1), and how many
 * items the list has, counted once per list as its items are written in
 * order (a list of 60,000 items, or one with a list in each item, is no
 * quadratic count). */
static int list_place(rctx *r, const ls_node *n, int *items)
{
    const ls_node *ol = n->parent;
    struct list_count *lc = NULL;
    for (size_t k = 0; k < sizeof r->lists / sizeof r->lists[0] && !lc; k++)
        if (r->lists[k].list == ol)
            lc = &r->lists[k];
    if (!lc) {
        lc = &r->lists[r->next_list++ % (sizeof r->lists / sizeof r->lists[0])];
        *lc = (struct list_count){.list = ol};
        for (const ls_node *c = ol->first_child; c; c = c->next)
            lc->items += c->type == LS_NODE_ELEMENT && c->tag == GUMBO_TAG_LI;
    }
    *items = lc->items;
    if (lc->item == n)
        return lc->place;
    int place = lc->place;
    const ls_node *c = lc->item ? lc->item->next : ol->first_child;
    for (; c && c != n; c = c->next)
        place += c->type == LS_NODE_ELEMENT && c->tag == GUMBO_TAG_LI;
    if (!c) { /* (n came before the item counted last: count from the start) */
        place = 0;
        for (c = ol->first_child; c && c != n; c = c->next)
            place += c->type == LS_NODE_ELEMENT && c->tag == GUMBO_TAG_LI;
    }
    lc->item = n;
    lc->place = place + 1;
    return place + 1;
}

/* The number the first item of the ordered list ol shows: its start
 * attribute when that is a number, else 1, or the count of its items when
 * it is reversed. */
static int list_start(const ls_node *ol, int items)
{
    const char *st = ls_node_attr(ol, "start");
    if (st && *st && strspn(st, "0123456789") == strlen(st) && strlen(st) < 5)
        return atoi(st);
    return ls_node_attr(ol, "reversed") ? items : 1;
}

/* A note's number in a list of footnotes, into *num: an item of an
 * ordered list that a mark links to (it has an id, and a link back to the
 * mark) or says it is a note (role="doc-endnote"); false for any other. */
static bool note_number(rctx *r, const ls_node *n, int *num)
{
    if (n->tag != GUMBO_TAG_LI || !ls_node_is(n->parent, GUMBO_TAG_OL))
        return false;
    const char *role = ls_node_attr(n, "role");
    bool note = role && (!strcmp(role, "doc-endnote") || !strcmp(role, "doc-footnote"));
    if (!note && ls_node_attr(n, "id"))
        for (const ls_node *c = n->first_child; c && !note; c = ls_node_next(c, n))
            note = c->type == LS_NODE_ELEMENT && back_link(c);
    if (!note)
        return false;
    int items, place = list_place(r, n, &items);
    *num = list_start(n->parent, items) + place - 1;
    return true;
}

/* The item n opens with an element whose text is a number ("<li><span
 * class=rank-num>1</span>钟睒睒…"). */
static bool number_element_first(const ls_node *n)
{
    const ls_node *c = n->first_child;
    while (c && c->type == LS_NODE_TEXT && ls_x_blank_text(c))
        c = c->next;
    if (!c || c->type != LS_NODE_ELEMENT || !ls_xs(c) || ls_xs(c)->chars > 4)
        return false;
    char *t = ls_x_node_text(c, 16);
    bool num = t && *t && strspn(t, "0123456789.") == strlen(t);
    free(t);
    return num;
}

/* The number an item of an ordered list shows, into *num (its place, from
 * the list's start; counting down in a reversed one); false for the items
 * of a list of links (headlines, a table of contents), whose numbers say
 * nothing, of a list of short items (a shop's facets, which its
 * stylesheet draws without numbers), of a list drawn without numbers or
 * with letters or other numerals (type, list-style), of items that show
 * their own number in an element, and in code. */
static bool ordered_item(rctx *r, const ls_node *n, int *num)
{
    const ls_node *ol = n->parent;
    if (n->tag != GUMBO_TAG_LI || !ls_node_is(ol, GUMBO_TAG_OL))
        return false;
    const ls_xstat *os = ls_xs(ol);
    if (!os || os->link_chars * 2 > os->chars || ls_x_in_code(ol))
        return false;
    /* (numbered in decimal only: letters, roman or CJK numerals, none) */
    const char *style = ls_node_attr(ol, "style"), *type = ls_node_attr(ol, "type");
    if (type && (!strcmp(type, "a") || !strcmp(type, "A") || !strcmp(type, "i")
                 || !strcmp(type, "I")))
        return false;
    static const char *const kinds[] = {"none", "alpha", "roman", "greek", "latin", "cjk",
                                        "ideographic", "disc", "circle", "square", "hiragana",
                                        "katakana", "armenian", "georgian", "hebrew"};
    for (size_t k = 0; style && strstr(style, "list-style") && k < sizeof kinds / sizeof kinds[0];
         k++)
        if (strstr(style, kinds[k]))
            return false;
    if (number_element_first(n))
        return false; /* "<li><span class=rank>1</span>…": its own number */
    int items, place = list_place(r, n, &items);
    if (items < 2 || os->chars < (unsigned)items * 16)
        return false; /* (short items: a shop's facets, a menu, styled without numbers) */
    int start = list_start(ol, items);
    *num = ls_node_attr(ol, "reversed") ? start - (place - 1) : start + place - 1;
    return true;
}

/* t[0..n) opens with a number of its own: "2. ", "3、", "(4)", "一、",
 * "第五", "①", "Step 3". */
static bool opens_with_number(const char *t, size_t n)
{
    size_t i = 0;
    if (i < n && (t[i] == '(' || !strncmp(t, "（", n < 3 ? n : 3)))
        i += t[i] == '(' ? 1 : 3;
    size_t d = i;
    while (d < n && isdigit((unsigned char)t[d]))
        d++;
    if (d > i && d - i <= 3 && d < n
        && ((t[d] == '.' && !(d + 1 < n && isdigit((unsigned char)t[d + 1]))) /* (not "3.1") */
            || t[d] == ')' || !strncmp(t + d, "、", n - d < 3 ? n - d : 3)
            || !strncmp(t + d, "．", n - d < 3 ? n - d : 3)
            || !strncmp(t + d, "）", n - d < 3 ? n - d : 3)))
        return true;
    if (n - i >= 3 && !strncmp(t + i, "第", 3))
        return true;
    static const char *const zh[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (size_t k = 0; k < sizeof zh / sizeof zh[0]; k++)
        if (n - i >= 6 && !strncmp(t + i, zh[k], 3)
            && (!strncmp(t + i + 3, "、", 3) || !strncmp(t + i + 3, "）", 3)))
            return true;
    uint32_t cp;
    ls_utf8_next(t, n, &cp);
    if (cp >= 0x2460 && cp <= 0x2473) /* ① to ⑳ */
        return true;
    return n >= 5 && !strncasecmp(t, "step ", 5);
}

/* n's text does not open with a bracket of its own ("[2]", "(a)"). */
static bool opens_unbracketed(const ls_node *n)
{
    for (const ls_node *c = n->first_child; c; c = ls_node_next(c, n)) {
        if (c->type != LS_NODE_TEXT || ls_x_blank_text(c))
            continue;
        size_t i = 0;
        while (i < c->text_len && (c->text[i] == ' ' || c->text[i] == '\n'))
            i++;
        return i < c->text_len && !strchr("[(", c->text[i])
            && strncmp(c->text + i, "［", 3) && strncmp(c->text + i, "（", 3)
            && strncmp(c->text + i, "〔", 3);
    }
    return false;
}

/* A formula's token (an identifier, operator, number or text): a space
 * before it in the text, "a ≠ 0". */
static bool math_token(const ls_node *n)
{
    return n->ns == LS_NS_MATHML
        && (n->tag == GUMBO_TAG_MI || n->tag == GUMBO_TAG_MO || n->tag == GUMBO_TAG_MN
            || n->tag == GUMBO_TAG_MS || n->tag == GUMBO_TAG_MTEXT);
}

static bool math_block(const ls_node *n)
{
    const char *d = n->tag == GUMBO_TAG_MATH ? ls_node_attr(n, "display") : NULL;
    return d && !strcmp(d, "block");
}

/* The URL an href or an image's src becomes in the html: absolute, and an
 * image's as the caller rewrites it; NULL when it cannot be made absolute. */
static char *final_url(rctx *r, bool image, const char *url)
{
    char *abs = ls_x_resolve(r->x->link_base, url);
    if (!abs || !image)
        return abs;
    if (r->x->opts && r->x->opts->rewrite_image) {
        char *rw = r->x->opts->rewrite_image(r->x->opts->rewrite_ctx, abs);
        if (rw) {
            free(abs);
            abs = rw;
        }
    }
    return abs;
}

static void put_attr(rctx *r, const char *name, char *value)
{
    if (strlen(value) > 16384) { /* (no address is so long: no link) */
        free(value);
        return;
    }
    ls_buf_addf(&r->html, " %s=\"", name);
    esc(&r->html, value, strlen(value), true);
    ls_buf_addc(&r->html, '"');
    free(value);
}

/* A URL an attribute can hold for an image: not empty, not inline data. */
static bool image_url(const char *v)
{
    return v && *v && strncmp(v, "data:", 5) != 0;
}

/* Where the image loads from: a lazy loader's attribute first (data-src,
 * data-original, data-lazyload, Discuz's zoomfile and file, 新浪博客's
 * real_src, any other
 * data-…src a plugin names, such as data-wpfc-original-src), since src
 * then holds a placeholder. */
static const char *img_src(const ls_node *n)
{
    static const char *const lazy[] = {"data-src", "data-original", "data-lazy-src",
                                       "data-actualsrc", "data-url", "data-lazyload", "zoomfile",
                                       "file", "real_src"};
    for (size_t k = 0; k < sizeof lazy / sizeof lazy[0]; k++) {
        const char *v = ls_node_attr(n, lazy[k]);
        if (image_url(v))
            return v;
    }
    for (const ls_attr *a = n->attrs; a; a = a->next) {
        size_t l = strlen(a->name);
        if (l > 8 && !strncmp(a->name, "data-", 5) && !strcmp(a->name + l - 3, "src")
            && image_url(a->value))
            return a->value;
    }
    const char *v = ls_node_attr(n, "src");
    return image_url(v) ? v : NULL;
}

/* A size under 100 pixels in an attribute ("48", "80px") or the style
 * ("width: 20px"): an icon, not a picture. */
static bool small_size(const char *v)
{
    if (!v)
        return false;
    while (*v == ' ')
        v++;
    if (!isdigit((unsigned char)*v))
        return false;
    long px = strtol(v, NULL, 10);
    return px > 0 && px < 100 && !strchr(v, '%');
}

/* An image drawn a pixel or two wide and high (width=1 height=1) with no
 * other sizes to choose from (a responsive picture declares 1×1 and is
 * sized by its srcset and stylesheet): a counter's beacon. */
static bool tracking_pixel(const ls_node *n)
{
    if (ls_node_has_attr(n, "srcset") || ls_node_has_attr(n, "sizes"))
        return false;
    static const char *const dims[] = {"width", "height"};
    for (size_t k = 0; k < 2; k++) {
        const char *v = ls_node_attr(n, dims[k]);
        long px = v && isdigit((unsigned char)v[strspn(v, " ")]) ? strtol(v, NULL, 10) : -1;
        if (px < 1 || px > 2 || strchr(v, '%')) /* (0: a framework's "sized by class") */
            return false;
    }
    return true;
}

static bool small_in_style(const char *style)
{
    /* declarations "name: value" split at ';' */
    for (const char *p = style; p && *p;) {
        size_t dl = strcspn(p, ";");
        const char *colon = memchr(p, ':', dl);
        if (colon) {
            const char *name = p;
            while (name < colon && isspace((unsigned char)*name))
                name++;
            size_t nl = (size_t)(colon - name);
            while (nl && isspace((unsigned char)name[nl - 1]))
                nl--;
            bool dim = (nl == 5 && !strncasecmp(name, "width", 5))
                || (nl == 6 && !strncasecmp(name, "height", 6));
            char val[32];
            size_t vl = dl - (size_t)(colon + 1 - p);
            if (vl >= sizeof val)
                vl = sizeof val - 1;
            memcpy(val, colon + 1, vl);
            val[vl] = 0;
            if (dim && strstr(val, "px") && small_size(val))
                return true;
        }
        p += dl + (p[dl] == ';');
    }
    return false;
}

/* Could this image lead the article (the share picture when the page
 * names none)? Not an icon, a smiley, an avatar or a user's rank badge:
 * drawn under 100 pixels, or named so by its class or its path. */
static bool lead_worthy(const ls_node *n, const char *url)
{
    if (small_size(ls_node_attr(n, "width")) || small_size(ls_node_attr(n, "height"))
        || small_in_style(ls_node_attr(n, "style")) || ls_node_has_attr(n, "data-emoticon"))
        return false;
    /* a picture that links to a member's page is the person's (an
     * author's portrait beside the byline) */
    for (const ls_node *p = n->parent; p && p->type == LS_NODE_ELEMENT; p = p->parent)
        if (p->tag == GUMBO_TAG_A) {
            if (ls_x_member_href(ls_node_attr(p, "href")))
                return false;
            break;
        }
    if (ls_x_site_icon(url))
        return false;
    static const char *const kinds[] = {"avatar", "emoji", "emoticon", "smilie", "smiley",
                                        "icon", "rank", "badge"};
    const char *cls = ls_node_attr(n, "class");
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if ((cls && strcasestr(cls, kinds[k])) || (k < 5 && strcasestr(url, kinds[k])))
            return false;
    return true;
}

/* An image served from a folder of advertisements ("/Uploads/ad/2025/…",
 * "/ads/", "/advert/", "/guanggao/"): an advert set in the article. */
static bool advert_image(const char *src)
{
    static const char *const dirs[] = {"ad", "ads", "adv", "advert", "adverts",
                                       "advertisement", "guanggao"};
    const char *p = ls_x_url_path(src);
    size_t end = strcspn(p, "?#"), before = 0;
    for (size_t i = 0; i < end; i++) {
        if (p[i] != '/')
            continue;
        size_t l = strcspn(p + i + 1, "/?#");
        if (i + 1 + l >= end || p[i + 1 + l] != '/')
            break; /* (the file's own name is no folder) */
        /* (not two letters of a hashed store's path, "/a/ad/…") */
        for (size_t k = 0; k < sizeof dirs / sizeof dirs[0]; k++)
            if (strlen(dirs[k]) == l && !strncasecmp(p + i + 1, dirs[k], l)
                && (l > 2 || before > 2))
                return true;
        before = l;
    }
    return false;
}

/* A QR code to scan ("扫码关注", a follow-us box's picture): its file is
 * named so (qrcode.png, erweima.jpg, ewm.jpg) or its alt text
 * says so (二维码, "QR code"). It leads to the site's account, not the
 * story. */
static bool qr_image(const ls_node *n, const char *src)
{
    const char *alt = ls_node_attr(n, "alt");
    if (alt && (strstr(alt, "二维码") || strcasestr(alt, "qr code") || strcasestr(alt, "qrcode")))
        return true;
    char name[128];
    if (!ls_x_url_file(src, name, sizeof name))
        return false;
    if (strstr(name, "qrcode") || strstr(name, "qr_code") || strstr(name, "qr-code")
        || strstr(name, "erweima"))
        return true;
    /* "ewm" (二维码's initials) as a word of the name: ewm.jpg, wx-ewm.png */
    for (const char *p = strstr(name, "ewm"); p; p = strstr(p + 1, "ewm"))
        if ((p == name || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[3]))
            return true;
    return false;
}

/* The cell n stands in a table of data: its table has header cells (the
 * answer kept for the table's next cells). */
static bool data_table_cell(rctx *r, const ls_node *n)
{
    const ls_node *t = n->parent;
    for (int d = 0; t && d < 3 && t->tag != GUMBO_TAG_TABLE; d++)
        t = t->parent;
    if (!t || t->tag != GUMBO_TAG_TABLE)
        return false;
    if (t != r->cells_table) {
        r->cells_table = t;
        r->cells_table_th = false;
        int budget = 64;
        for (const ls_node *c = t->first_child; c && budget-- && !r->cells_table_th;
             c = ls_node_next(c, t))
            r->cells_table_th = c->type == LS_NODE_ELEMENT && c->tag == GUMBO_TAG_TH;
    }
    return r->cells_table_th;
}

static bool open_tag(rctx *r, const ls_node *n, const char *tag)
{
    if (ls_x_image(n)) {
        const char *src = img_src(n);
        if (src && (advert_image(src) || qr_image(n, src) || tracking_pixel(n)))
            return false;
        if (src && !r->x->first_img) {
            char *abs = ls_x_resolve(r->x->link_base, src);
            if (abs && lead_worthy(n, abs))
                r->x->first_img = abs;
            else
                free(abs);
        }
        char *url = src ? final_url(r, true, src) : NULL;
        if (!url) /* an image with nowhere to load from is left out */
            return false;
        /* the same picture again (a copy for readers without scripts in
         * <noscript> beside the lazy one) is written once */
        /* (its own basis, apart from the text blocks' hashes) */
        if (seen_before(r, fnv1a(0x9e3779b97f4a7c15ull, url, strlen(url)), n)) {
            free(url);
            return false;
        }
        ls_buf_adds(&r->html, "<img");
        put_attr(r, "src", url);
        const char *alt = ls_node_attr(n, "alt");
        if (alt) { /* (a caption's length at most: the size cap's room holds it) */
            ls_buf_adds(&r->html, " alt=\"");
            esc(&r->html, alt, ls_utf8_clip(alt, strlen(alt), 1024), true);
            ls_buf_addc(&r->html, '"');
        }
        ls_buf_adds(&r->html, ">");
        return false;
    }
    if (n->tag == GUMBO_TAG_A) {
        /* a link to nowhere the reader can go (a place on the page, a
         * script) is its text */
        const char *h = ls_node_attr(n, "href");
        char *url = h && *h != '#' ? final_url(r, false, h) : NULL;
        if (!url)
            return false;
        ls_buf_adds(&r->html, "<a");
        put_attr(r, "href", url); /* (put_attr frees url) */
        /* the reader must not hand window.opener over */
        ls_buf_adds(&r->html, " rel=\"noopener noreferrer\">");
        return true;
    }
    ls_buf_addf(&r->html, "<%s", tag);
    if (math_block(n)) {
        ls_buf_adds(&r->html, " display=\"block\"");
    } else if (n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH) {
        const char *cs = ls_node_attr(n, "colspan"), *rs = ls_node_attr(n, "rowspan");
        if (cs && strspn(cs, "0123456789") == strlen(cs) && strlen(cs) < 4)
            ls_buf_addf(&r->html, " colspan=\"%s\"", cs);
        if (rs && strspn(rs, "0123456789") == strlen(rs) && strlen(rs) < 4)
            ls_buf_addf(&r->html, " rowspan=\"%s\"", rs);
    }
    ls_buf_addc(&r->html, '>');
    return n->tag != GUMBO_TAG_BR && n->tag != GUMBO_TAG_HR;
}

static void walk(rctx *r, ls_node *n, int depth);

/* An unrendered template placeholder ("{{ price.total }}") is no text. */
static bool placeholder(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\n' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    return n >= 4 && s[0] == '{' && s[1] == '{' && s[n - 1] == '}' && s[n - 2] == '}';
}

/* Past the cap: nothing more is written (the end tags of the elements
 * open still are). */
static bool render_full(rctx *r)
{
    if (!r->full && (r->text.len >= r->cap || r->html.len >= r->cap))
        r->full = true;
    return r->full;
}

static void walk_children(rctx *r, ls_node *n, int depth)
{
    for (ls_node *c = n->first_child; c && !render_full(r); c = c->next) {
        if (c->type == LS_NODE_TEXT && placeholder(c->text, c->text_len))
            continue;
        if (c->type == LS_NODE_TEXT) {
            if (!ls_x_blank_text(c))
                r->edge = false;
            /* (a text longer than the room left is cut on a character's
             * edge; escaped, a byte is at most five in the html) */
            size_t room = (r->cap - (r->text.len > r->html.len ? r->text.len : r->html.len)) / 5;
            size_t len = c->text_len <= room ? c->text_len : ls_utf8_clip(c->text, c->text_len, room);
            put_text(r, c->text, len);
            put_html_text(r, c->text, len);
            if (len < c->text_len)
                r->full = true;
        } else if (c->type == LS_NODE_ELEMENT) {
            walk(r, c, depth + 1);
        }
    }
}

/* The line break follows another, with only white space between. */
static bool after_br(const ls_node *n)
{
    for (const ls_node *p = n->prev; p; p = p->prev) {
        if (p->type == LS_NODE_TEXT && ls_x_blank_text(p))
            continue;
        return ls_node_is(p, GUMBO_TAG_BR);
    }
    return false;
}

/* The text after the line break opens with a full-width space, the
 * indent of a Chinese paragraph ("…。<br>　　第二段"). */
static bool indent_after(const ls_node *n)
{
    const ls_node *t = n->next;
    if (!t || t->type != LS_NODE_TEXT)
        return false;
    size_t i = 0;
    while (i < t->text_len && strchr(" \t\n\r", t->text[i]))
        i++;
    return t->text_len - i >= 3 && !memcmp(t->text + i, "\xE3\x80\x80", 3);
}

static int block_break(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BR: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
        return 1;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
        return 0;
    default:
        return 2;
    }
}

/* n is a paragraph of a table cell (<td><p>…</p></td>, <td><div><p>…), as
 * documents exported from a word processor write every cell. */
static bool in_data_cell(const ls_node *n)
{
    if (n->tag == GUMBO_TAG_TABLE || n->tag == GUMBO_TAG_TR || n->tag == GUMBO_TAG_TD
        || n->tag == GUMBO_TAG_TH || n->tag == GUMBO_TAG_LI || n->tag == GUMBO_TAG_UL
        || n->tag == GUMBO_TAG_OL)
        return false;
    const ls_node *p = n->parent;
    for (int d = 0; p && d < 2; d++, p = p->parent) {
        if (p->tag == GUMBO_TAG_TD || p->tag == GUMBO_TAG_TH)
            return true;
        if (p->tag != GUMBO_TAG_DIV && p->tag != GUMBO_TAG_P && p->tag != GUMBO_TAG_SECTION
            && p->tag != GUMBO_TAG_SPAN)
            return false;
    }
    return false;
}

/* A paragraph an editor marked as a section's title (虎嗅's <p
 * class="text-big-title" label="大标题">, "subtitle", "heading"): short,
 * not a sentence. */
static bool titled_paragraph(const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 40 || s->imgs || s->link_chars)
        return false;
    const char *label = ls_node_attr(n, "label");
    bool named = (label && strstr(label, "标题")) || ls_x_class_or_id_has(n, "title")
        || ls_x_class_or_id_has(n, "heading");
    if (!named)
        return false;
    return s->chars && !ls_x_ends_sentence(n, true);
}

/* Prose styled to keep its line breaks: "white-space: pre-line" on any
 * element (a video's description, a poem), or "pre" or "pre-wrap" on an
 * inline one (a <span> in the description's box). A browser shows each
 * line break of its text; they are written as line breaks, not as code. */
static bool kept_lines(const rctx *r, const ls_node *n)
{
    if (r->pre || n->type != LS_NODE_ELEMENT)
        return false;
    return (n->flags & LS_XF_WS_PRE_LINE)
        || ((n->flags & LS_XF_WS_PRE) && !(n->flags & LS_XF_BLOCK));
}

/* A block styled as preformatted text (ls_x_styled_pre()), outside
 * another: written as <pre>. */
static bool styled_pre(const rctx *r, const ls_node *n)
{
    return !r->pre && (n->flags & LS_XF_BLOCK) && ls_x_styled_pre(n);
}

/* A <code> right after another in the same <pre>: each a line of it. */
static bool code_after_code(const ls_node *n)
{
    if (n->tag != GUMBO_TAG_CODE || !ls_node_is(n->parent, GUMBO_TAG_PRE))
        return false;
    const ls_node *p = n->prev;
    while (p && p->type != LS_NODE_ELEMENT)
        p = p->prev;
    return p && p->tag == GUMBO_TAG_CODE;
}

/* A line of highlighted code drawn as a <span> of its own in <pre>
 * (Prism's <span class="token-line">, "code-line"): n's class names a line
 * and is the one of the element before it, another line. */
static bool line_after_line(const ls_node *n)
{
    const char *c = ls_node_attr(n, "class");
    if (!c || !strstr(c, "line") || n->tag != GUMBO_TAG_SPAN)
        return false; /* (a <div> is a line of its own already) */
    const ls_node *p = n->prev;
    while (p && p->type != LS_NODE_ELEMENT)
        p = p->prev;
    const char *pc = p ? ls_node_attr(p, "class") : NULL;
    return pc && !strcmp(pc, c);
}

/* n is the <br> that alone fills an empty line of highlighted code
 * ("<span class=token-line><br></span>"): the line is the break. */
static bool line_filler(const ls_node *n)
{
    const ls_node *p = n->parent;
    const char *c = ls_node_is(p, GUMBO_TAG_SPAN) ? ls_node_attr(p, "class") : NULL;
    if (!c || !strstr(c, "line"))
        return false;
    for (const ls_node *k = p->first_child; k; k = k->next)
        if (k != n && (k->type == LS_NODE_ELEMENT || !ls_x_blank_text(k)))
            return false;
    return true;
}

/* n, an inline element that wrote t[0..n), is a heading's number drawn
 * apart by its stylesheet ("<h2><span class=number>1</span>Move from…"):
 * the heading's first element, its text a number, words right after it. */
static bool numbered_heading(const ls_node *n, const char *t, size_t len)
{
    const ls_node *h = n->parent;
    while (len && (*t == '\n' || *t == ' '))
        t++, len--; /* (the break before the heading) */
    if (!h || !(h->tag >= GUMBO_TAG_H1 && h->tag <= GUMBO_TAG_H6) || !len || len > 3
        || strspn(t, "0123456789") < len)
        return false;
    for (const ls_node *c = h->first_child; c != n; c = c->next)
        if (c->type == LS_NODE_ELEMENT || !ls_x_blank_text(c))
            return false;
    const ls_node *next = n->next;
    return next && next->type == LS_NODE_TEXT && next->text_len
        && isalpha((unsigned char)next->text[0]);
}

/* n is the only element of a list item (an editor's <li><p>…</p></li>,
 * <li><section>…</section></li>). */
static bool lone_paragraph_of_item(const ls_node *n)
{
    if (!ls_node_is(n->parent, GUMBO_TAG_LI)
        || !(n->tag == GUMBO_TAG_P || n->tag == GUMBO_TAG_SECTION || n->tag == GUMBO_TAG_DIV))
        return false;
    for (const ls_node *c = n->parent->first_child; c; c = c->next)
        if (c != n && c->type == LS_NODE_ELEMENT)
            return false;
    return true;
}

static bool table_part(GumboTag t)
{
    return t == GUMBO_TAG_TABLE || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD
        || t == GUMBO_TAG_TFOOT || t == GUMBO_TAG_TR || t == GUMBO_TAG_TD || t == GUMBO_TAG_TH;
}

/* Table t lays out a page: one of its cells holds a table of its own, or
 * prose of 300 characters and more (a cell of blocks may be a data table's:
 * a price in a <div>). */
static bool table_lays_out(const ls_node *t)
{
    int cells = 0;
    for (const ls_node *c = ls_node_next(t, t); c && cells < 64;) {
        if (c->type != LS_NODE_ELEMENT || (c->tag != GUMBO_TAG_TD && c->tag != GUMBO_TAG_TH)) {
            /* (a table inside is its own) */
            c = c->type == LS_NODE_ELEMENT && c->tag == GUMBO_TAG_TABLE ? ls_node_next_skip(c, t)
                                                                         : ls_node_next(c, t);
            continue;
        }
        cells++;
        const ls_xstat *cs = ls_xs(c);
        if (cs && cs->chars >= 300)
            return true;
        for (const ls_node *k = c->first_child; k; k = k->next)
            if (k->type == LS_NODE_ELEMENT && k->tag == GUMBO_TAG_TABLE)
                return true;
        c = ls_node_next_skip(c, t); /* (the cell's stats say the rest) */
    }
    return false;
}

/* The table n belongs to (n itself, or its nearest table) lays out a page
 * (table_lays_out()). */
static bool layout_table_of(rctx *r, const ls_node *n)
{
    const ls_node *t = n;
    for (int d = 0; t && t->tag != GUMBO_TAG_TABLE && d < 4; d++)
        t = t->parent;
    if (!t || t->tag != GUMBO_TAG_TABLE)
        return false;
    /* (each part of a table asks: the answer is kept for the last few) */
    for (int k = 0; k < LAYOUT_MEMO; k++)
        if (r->layout_table[k] == t)
            return r->layout_is[k];
    bool is = table_lays_out(t);
    unsigned slot = r->layout_next++ % LAYOUT_MEMO;
    r->layout_table[slot] = t;
    r->layout_is[slot] = is;
    return is;
}

/* A table cell that holds tables or blocks of its own is a column of a page
 * laid out with tables, not a cell of data. */
static bool layout_cell(const ls_node *n)
{
    if (n->tag != GUMBO_TAG_TD)
        return false;
    for (const ls_node *c = n->first_child; c; c = c->next)
        if (c->type == LS_NODE_ELEMENT && (c->tag == GUMBO_TAG_TABLE || c->tag == GUMBO_TAG_DIV))
            return true;
    return false;
}

/* The item's first words are its own, not a link's. */
static bool opens_with_words(const ls_node *li)
{
    const ls_node *t = ls_x_next_text(li, li);
    while (t && ls_x_blank_text(t))
        t = ls_x_next_text(t, li);
    if (!t)
        return false;
    for (const ls_node *p = t->parent; p && p != li; p = p->parent)
        if (p->tag == GUMBO_TAG_A)
            return false;
    return true;
}

/* Half or more of the list's items open with words of their own before any
 * link ("mconley <a>re-enabled TART</a>"): notes that cite their sources,
 * not a list of links to elsewhere. */
static bool items_open_with_words(const ls_node *list)
{
    int items = 0, worded = 0;
    for (const ls_node *li = list->first_child; li; li = li->next)
        if (ls_node_is(li, GUMBO_TAG_LI)) {
            items++;
            worded += opens_with_words(li);
        }
    return items && worded * 2 >= items;
}

/* The list n is announced by the paragraph right before it, which ends
 * with a colon ("Further reading:", "参考资料：") and is no label of other
 * stories ("Related:", "相关阅读："): the writer's own list of sources. */
static bool announced_list(const ls_node *n)
{
    if (n->tag != GUMBO_TAG_UL && n->tag != GUMBO_TAG_OL)
        return false;
    const ls_node *p = n->prev;
    while (p && p->type == LS_NODE_TEXT && ls_x_blank_text(p))
        p = p->prev;
    if (!p || p->type != LS_NODE_ELEMENT || (p->tag != GUMBO_TAG_P && p->tag != GUMBO_TAG_DIV))
        return false;
    const ls_xstat *ps = ls_xs(p);
    if (!ps || ps->chars > 200 || ps->link_chars * 2 > ps->chars || (p->flags & LS_XF_JUNK))
        return false;
    char *t = ls_x_node_text(p, 1024);
    size_t len = t ? strlen(t) : 0;
    bool colon = (len >= 1 && t[len - 1] == ':') || (len >= 3 && !strcmp(t + len - 3, "："));
    static const char *const others[] = {"related", "see also", "read more", "more from",
                                         "recommended", "you may", "you might", "also read",
                                         "相关", "延伸", "推荐", "热门", "猜你"};
    for (size_t k = 0; colon && k < sizeof others / sizeof others[0]; k++)
        if (strcasestr(t, others[k]))
            colon = false;
    free(t);
    return colon;
}

static unsigned words_between_links(const ls_node *n);
static unsigned letters_between_links(const ls_node *n);

/* The table n is, or whose body n is, holds data: a row of header cells
 * above rows of which most have a cell with words outside links
 * ("Titanium Plate | 40": linked names beside their figures). A box of
 * links drawn as a table has no such cells: its rows are links and their
 * separators. */
static bool data_table_rows(const ls_node *n)
{
    const ls_node *t = n;
    if (t->tag == GUMBO_TAG_TBODY || t->tag == GUMBO_TAG_THEAD)
        t = t->parent;
    if (!ls_node_is(t, GUMBO_TAG_TABLE))
        return false;
    int rows = 0, worded = 0, budget = 400;
    bool header = false;
    for (const ls_node *c = ls_node_next(t, t); c && budget-- > 0;) {
        if (c->type != LS_NODE_ELEMENT || c->tag != GUMBO_TAG_TR) {
            /* (a table inside is its own) */
            c = ls_node_is(c, GUMBO_TAG_TABLE) ? ls_node_next_skip(c, t) : ls_node_next(c, t);
            continue;
        }
        bool th_only = true, any = false, words = false;
        for (const ls_node *cell = c->first_child; cell; cell = cell->next) {
            if (!ls_node_is(cell, GUMBO_TAG_TD) && !ls_node_is(cell, GUMBO_TAG_TH))
                continue;
            any = true;
            th_only = th_only && cell->tag == GUMBO_TAG_TH;
            words = words || (cell->tag == GUMBO_TAG_TD && words_between_links(cell) > 0);
        }
        if (any && th_only)
            header = true;
        else if (any) {
            rows++;
            worded += words;
        }
        c = ls_node_next_skip(c, t);
    }
    return header && rows >= 2 && worded * 2 > rows;
}

/* n is a heading, or holds one heading that has half or more of its link
 * text, and the heading is one line with words of its own between its
 * links: a section's title where some words are linked ("impl<T> Clone
 * for BoundedQueue<T>", each type a link to its page, beside a "source"
 * link), not a list of links. (A list of stories has its links spread
 * over its headings; a card's heading that is one link, another story's
 * headline or a member's name, says nothing of its own; a heading that
 * holds a list or line breaks, "1. Make A Budget<br>2. …", is a table of
 * contents.) */
static bool linked_heading(const ls_node *n, const ls_xstat *s)
{
    const ls_node *h = NULL;
    int budget = 256;
    for (const ls_node *c = n; c && budget-- > 0;) {
        if (c->type == LS_NODE_ELEMENT && c->tag >= GUMBO_TAG_H1 && c->tag <= GUMBO_TAG_H6
            && c->ns != LS_NS_MATHML) {
            if (h)
                return false;
            h = c;
            c = ls_node_next_skip(c, n);
            continue;
        }
        c = ls_node_next(c, n);
    }
    if (budget < 0 || !h)
        return false;
    const ls_xstat *hs = ls_xs(h);
    if (!hs || hs->link_chars * 2 < s->link_chars || hs->lis)
        return false;
    budget = 256;
    for (const ls_node *c = ls_node_next(h, h); c; c = ls_node_next(c, h))
        if (ls_node_is(c, GUMBO_TAG_BR) || budget-- <= 0)
            return false;
    return letters_between_links(h) > 0;
}

/* A block of links inside the article (a navigation box, a list of related
 * stories, a tag list) when it is a small part of the article: under 30% of
 * its text, at least three links, 60% of its text in links. The links of a
 * listing, where they are most of the text, stay, and so do the items of a
 * list of links that stays, notes whose items open with their own
 * words, tables of data and titles whose words are links. */
static bool link_block(rctx *r, const ls_node *n, const ls_xstat *s)
{
    const ls_xstat *top = r->x->top ? ls_xs(r->x->top) : NULL;
    if (!top || !((n->flags & LS_XF_BLOCK) || layout_cell(n)) || n == r->x->top)
        return false;
    if (s->link_tags < 3 || s->link_chars * 10 < s->chars * 6 || announced_list(n)
        || ls_x_document_links(n))
        return false; /* (a notice's files are its own) */
    if (data_table_rows(n) || linked_heading(n, s))
        return false;
    if (((n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) && items_open_with_words(n))
        || (n->tag == GUMBO_TAG_LI && opens_with_words(n)))
        return false;
    /* the nearest block around it: inline and unknown wrappers (a CMS's
     * include tag) say nothing of whether this is a listing */
    const ls_node *p = ls_x_block_around(n, r->x->top);
    const ls_xstat *ps = ls_xs(p ? p : r->x->top);
    if (ps && ps->link_chars * 10 >= ps->chars * 6)
        return false;
    return s->chars * 10 < top->chars * 3;
}

static bool separator_cp(uint32_t cp)
{
    return cp < 0x80 ? strchr(" \t\r\n|/[]()-*>:,", (int)cp) != NULL
                     : cp == 0xB7 || cp == 0x2022 || cp == 0x3010 || cp == 0x3011 || cp == 0xFF08
                           || cp == 0xFF09 || cp == 0xFF5C || cp == 0x2014 || cp == 0xFF1A
                           || ls_is_space_cp(cp);
}

enum { WALK_DONE, WALK_STOPPED, WALK_LIMIT };

/* Calls fn with each character of n's text outside its links and junk, and
 * with 0 where a link was passed, looking at no more than max_nodes nodes.
 * fn returns false to stop. WALK_DONE, WALK_STOPPED or WALK_LIMIT. */
static int each_char_outside_links(const ls_node *n, int max_nodes, bool (*fn)(void *, uint32_t),
                                   void *ctx)
{
    int steps = 0;
    for (const ls_node *c = ls_node_next(n, n); c;) {
        if (++steps > max_nodes)
            return WALK_LIMIT;
        if (c->type == LS_NODE_ELEMENT && (c->tag == GUMBO_TAG_A || (c->flags & LS_XF_JUNK))) {
            if (c->tag == GUMBO_TAG_A && !fn(ctx, 0))
                return WALK_STOPPED;
            c = ls_node_next_skip(c, n);
            continue;
        }
        if (c->type == LS_NODE_TEXT)
            for (size_t i = 0; i < c->text_len;) {
                uint32_t cp;
                i += ls_utf8_next(c->text + i, c->text_len - i, &cp);
                if (!fn(ctx, cp))
                    return WALK_STOPPED;
            }
        c = ls_node_next(c, n);
    }
    return WALK_DONE;
}

static bool count_word_char(void *ctx, uint32_t cp)
{
    unsigned *other = ctx;
    return !cp || separator_cp(cp) || ++*other <= 64;
}

/* The characters of n's text outside its links that are not separators
 * ("Top | Close", "返回页首 | 关闭窗口", "[Reply] [Quote]" have none); looks at
 * no more than 64 nodes and counts past 64 as 65. */
static unsigned words_between_links(const ls_node *n)
{
    unsigned other = 0;
    return each_char_outside_links(n, 64, count_word_char, &other) == WALK_DONE ? other : 65;
}

static bool count_letter(void *ctx, uint32_t cp)
{
    unsigned *letters = ctx;
    if (cp < 0x80 ? isalpha((int)cp) : !separator_cp(cp))
        ++*letters;
    return *letters <= 64;
}

/* The letters of n's text outside its links (digits and punctuation are
 * no words: "1. <a>Make A Budget</a>" has none); looks at no more than 64
 * nodes and counts past 64 as 65. */
static unsigned letters_between_links(const ls_node *n)
{
    unsigned letters = 0;
    return each_char_outside_links(n, 64, count_letter, &letters) == WALK_DONE ? letters : 65;
}

/* The first words of n, lowercased, without a leading space; read once per
 * block however many rules look at them. */
static const char *lead_of(rctx *r, const ls_node *n)
{
    if (r->lead_node != n) {
        ls_x_lead_text(n, r->lead, sizeof r->lead);
        r->lead_node = n;
    }
    return r->lead + (r->lead[0] == ' ');
}

/* A block inside the article that is under half of it: what a label at
 * its head can mark as the site's furniture (related stories, notices). */
static bool minor_block(rctx *r, const ls_node *n, const ls_xstat *s)
{
    const ls_xstat *top = r->x->top ? ls_xs(r->x->top) : NULL;
    return top && n != r->x->top && (n->flags & LS_XF_BLOCK) && s->chars * 2 < top->chars;
}

static bool holds_node(const ls_node *n, const ls_node *h);

/* A newsfeed's latest items under their label after the story, each a
 * linked headline and its summary ("最新快讯", "相关快讯"): however much
 * they hold, they are not the story, whose headline stands outside them
 * (a 快讯's page: one flash, then the next ten). */
static bool latest_items(rctx *r, const ls_node *n, const ls_xstat *s)
{
    const ls_node *h = r->x->title_node;
    if (!h || !(n->flags & LS_XF_BLOCK) || n == r->x->top || s->link_tags < 3
        || s->link_chars * 10 < s->chars || holds_node(n, h))
        return false;
    static const char *const latest[] = {"最新快讯", "更多快讯", "相关快讯", "最新资讯",
                                         "最新新闻", "24小时快讯", "7x24小时"};
    /* (the label heads the block, or stands in the element before it) */
    const ls_node *p = n->prev;
    while (p && p->type != LS_NODE_ELEMENT)
        p = p->prev;
    const ls_xstat *ps = p ? ls_xs(p) : NULL;
    char *label = ps && ps->chars <= 12 ? ls_x_node_text(p, 64) : NULL;
    const char *l = lead_of(r, n);
    bool named = false;
    for (size_t k = 0; k < sizeof latest / sizeof latest[0] && !named; k++)
        named = !strncmp(l, latest[k], strlen(latest[k]))
            || (label && !strncmp(label, latest[k], strlen(latest[k])));
    free(label);
    return named;
}

/* The first line of n is a block of its own that says w and nothing else
 * (its colon aside), in any case. */
static bool label_line(const ls_node *n, const char *w)
{
    const ls_node *t = ls_x_next_text(n, n);
    while (t && ls_x_blank_text(t))
        t = ls_x_next_text(t, n);
    const ls_node *blk = t ? t->parent : NULL;
    while (blk && blk != n && !(blk->flags & LS_XF_BLOCK))
        blk = blk->parent;
    if (!blk || blk == n)
        return false;
    char *text = ls_x_node_text(blk, 64);
    size_t len = text ? strlen(text) : 0;
    while (len && (text[len - 1] == ':' || text[len - 1] == ' '))
        len--;
    bool same = text && len == strlen(w) && !strncasecmp(text, w, len);
    free(text);
    return same;
}

/* A list of links under a label that says what it is (related stories,
 * "see also", recommendations), under half of the article; a shop's row of
 * other products under its label ("Customers who viewed this item also
 * viewed", 看了又看) even when its cards are drawn by scripts, not links. */
static bool related_block(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (latest_items(r, n, s))
        return true;
    if (!minor_block(r, n, s))
        return false;
    static const char *const labels[] = {
        "相关报道", "相关新闻", "相关阅读", "相关文章", "相关链接", "相关推荐", "延伸阅读",
        "相关资讯", "相关内容", "相关专题", "更多资讯",
        "推荐阅读", "热门推荐", "猜你喜欢", "热点推荐", "为你推荐", "接下来播放", "related",
        "see also", "you may also",
        "you might also", "more from", "more stories", "recommended", "read next",
        "read also",
        "more articles", "also read", "people also",
        /* a paper's page: other papers like it, or citing it */
        "similar articles", "similar papers", "cited by", "citing articles", "more like this",
        /* the same in the other languages industry news is read in */
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch",
        "lire aussi", "à lire aussi", "À lire aussi", "a lire aussi", "voir aussi", "sur le même sujet",
        "leia também", "leia mais", "veja também", "lea también", "leer más",
        "te puede interesar", "leggi anche", "potrebbe interessarti", "lees ook",
        "читайте также", "関連記事", "関連リンク", "あわせて読みたい", "관련기사", "관련 기사"};
    static const char *const shop[] = {
        "people who viewed", "people who bought", "customers who viewed", "customers who bought",
        "customers also", "frequently bought", "similar items", "similar products",
        "recently viewed", "看了又看", "买了又买", "大家都在看", "相似商品", "浏览此商品的"};
    const char *l = lead_of(r, n);
    for (size_t k = 0; k < sizeof shop / sizeof shop[0]; k++)
        if (!strncmp(l, shop[k], strlen(shop[k])))
            return true;
    /* one link under the label is enough in a line of its own ("延伸阅读：…") */
    if (s->link_tags < (s->chars <= 80 ? 1 : 2) || s->link_chars * 10 < s->chars * 3)
        return false;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (!strncmp(l, labels[k], strlen(labels[k])))
            return true;
    /* "READ MORE" as a line of its own over another story's headline (not
     * "Read more about …", a sentence of the story) */
    return s->chars <= 300 && !strncmp(l, "read more", 9) && label_line(n, "read more");
}

/* A time or a date in s: 09:02, 2005-08-12, 2005/8/12, 5/23/06, 2005年8月. */
static bool has_stamp(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)*p))
            continue;
        size_t a = strspn(p, "0123456789");
        const char *q = p + a;
        if (a <= 2 && *q == ':' && isdigit((unsigned char)q[1]) && isdigit((unsigned char)q[2]))
            return true;
        if ((*q == '-' || *q == '/' || *q == '.') && isdigit((unsigned char)q[1])) {
            size_t b = strspn(q + 1, "0123456789");
            const char *e = q + 1 + b;
            if (b <= 2 && *e == *q && isdigit((unsigned char)e[1]) && (a == 4 || a <= 2))
                return true;
        }
        if (a == 4 && !strncmp(q, "年", 3) && isdigit((unsigned char)q[3]))
            return true;
        p = q - 1;
    }
    return false;
}

/* A list of posts after the article: three or more items (nested or not),
 * each a link with a time or date beside it (a board's follow-ups, "more
 * from this author" with their days), under half of the article and after
 * the first half of its text. */
static bool dated_links(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if ((n->tag != GUMBO_TAG_UL && n->tag != GUMBO_TAG_OL) || !minor_block(r, n, s)
        || s->lis < 3 || !s->link_tags)
        return false;
    int items = 0;
    for (const ls_node *c = n->first_child; c; c = c->next) {
        if (c->type != LS_NODE_ELEMENT || c->tag != GUMBO_TAG_LI)
            continue;
        const ls_xstat *cs = ls_xs(c);
        if (!cs || !cs->link_tags)
            return false;
        char *t = ls_x_node_text(c, 512);
        bool stamp = t && has_stamp(t);
        free(t);
        if (!stamp)
            return false;
        items++;
    }
    /* replies to replies nest their own lists; a list of dated changes at
     * the head of an article is the article's own */
    const ls_xstat *top = ls_xs(r->x->top);
    return items > 0 && top && r->text.data
        && ls_utf8_len(r->text.data, r->text.len) * 2 >= top->chars;
}

/* A three-byte character (CJK) standing alone between spaces or the ends of
 * the string, just before i or from i on. */
static bool lone_cjk_before(const char *s, size_t i)
{
    return i >= 3 && (unsigned char)s[i - 3] >= 0xE0 && (i == 3 || s[i - 4] == ' ');
}

static bool lone_cjk_after(const char *s, size_t n, size_t i)
{
    return i + 3 <= n && (unsigned char)s[i] >= 0xE0 && (i + 3 == n || s[i + 3] == ' ');
}

/* Chinese counters and nothing else: "关注者 128 被浏览 35,201", "12 个回答",
 * "阅读 3.2万 · 评论 12": numbers and the words they count, at least one
 * of each. */
static bool zh_counters(const char *l, size_t len)
{
    static const char *const units[] = {
        "个回答", "条回答", "条评论", "条回复", "次阅读", "次浏览", "次点击", "人赞同", "人关注",
        "人收藏", "关注者", "被浏览", "阅读数", "阅读量", "浏览量", "点击数", "点赞数", "收藏数",
        "评论数", "回答", "回复", "评论", "关注", "浏览", "阅读", "点击",
        "赞同", "点赞", "收藏", "分享", "喜欢", "查看", "次", "赞"};
    int nums = 0, words = 0;
    for (size_t i = 0; i < len;) {
        if (l[i] == ' ' || l[i] == '|' || l[i] == ':') {
            i++;
            continue;
        }
        if (len - i >= 2 && !memcmp(l + i, "\u00b7", 2)) {
            i += 2;
            continue;
        }
        if (len - i >= 3 && (!memcmp(l + i, "\u2022", 3) || !memcmp(l + i, "\u3000", 3)
                             || !memcmp(l + i, "：", 3))) {
            i += 3;
            continue;
        }
        if (isdigit((unsigned char)l[i])) {
            while (i < len && (isdigit((unsigned char)l[i]) || l[i] == ',' || l[i] == '.'))
                i++;
            if (i < len && (l[i] == 'k' || l[i] == 'w' || l[i] == '+'))
                i++;
            if (len - i >= 3 && (!memcmp(l + i, "万", 3) || !memcmp(l + i, "千", 3)))
                i += 3;
            nums++;
            continue;
        }
        size_t k = 0;
        for (; k < sizeof units / sizeof units[0]; k++) {
            size_t ul = strlen(units[k]);
            if (len - i >= ul && !memcmp(l + i, units[k], ul)) {
                i += ul;
                words++;
                break;
            }
        }
        if (k == sizeof units / sizeof units[0])
            return false;
    }
    return nums && words;
}

/* A line of a forum member's panel beside each post ("Join Date: Mar 2016",
 * "Posts: 4,032", "帖子 123", "积分：678", "注册时间 2019-5-1"): a label
 * from the member's record, then its value, in a short block. */
static bool member_stat(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 40 || !ls_x_block_or_cell(n))
        return false;
    static const char *const labels[] = {
        "join date", "joined", "posts", "messages", "reputation", "reaction score", "karma",
        "points", "member since", "registered", "帖子", "主题", "积分", "精华", "威望", "金钱",
        "注册时间", "在线时间", "最后登录", "阅读权限", "发帖", "回帖",
        /* a thread's counters, with a number only: 查看: 1234|回复: 2 */
        "查看", "回复", "浏览", "阅读", "点击"};
    const size_t counters = 5;
    const char *l = lead_of(r, n);
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        bool counter = k >= sizeof labels / sizeof labels[0] - counters;
        size_t ll = strlen(labels[k]);
        if (strncmp(l, labels[k], ll))
            continue;
        const char *v = l + ll;
        bool colon = *v == ':' || !strncmp(v, "：", 3);
        v += *v == ':' ? 1 : colon ? 3 : 0;
        while (*v == ' ')
            v++;
        if (counter) /* and nothing but counters ("阅读 3 本书" is a sentence) */
            return isdigit((unsigned char)*v) && zh_counters(l, strlen(l));
        if (isdigit((unsigned char)*v) || (colon && *v))
            return true;
    }
    return false;
}

/* A post's score alone in its box ("4", "-5"), named a vote's count by
 * its class or its microdata (upvoteCount): the tally beside the vote
 * buttons, no text of the post. */
static bool vote_count(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 7 || !ls_x_block_or_cell(n))
        return false;
    const char *ip = ls_node_attr(n, "itemprop");
    if (!(ip && strstr(ip, "Count")) && !ls_x_class_or_id_has(n, "vote"))
        return false;
    const char *l = lead_of(r, n);
    l += *l == '-' || *l == '+';
    if (!isdigit((unsigned char)*l))
        return false;
    while (isdigit((unsigned char)*l))
        l++;
    return !*l || *l == ' ';
}

static bool arrow_cp(uint32_t cp)
{
    return cp == '>' || cp == 0x2192 || cp == 0xBB || cp == 0x203A || cp == 0xFF1E
        || cp == 0x300B || cp == 0x2023 || cp == 0x25B8 || cp == 0x25BA;
}

/* A trail of where the page sits ("首页 > 新闻中心 > 正文", "当前位置：首页 →
 * 论坛 → …", "Home » Blog » …"): the block opens with two or more links,
 * each followed by an arrow, after at most a short label. */
typedef struct {
    int arrows;
    unsigned label;
    bool after_link, in_arrow, trail;
} crumbs;

static bool read_crumb(void *ctx, uint32_t cp)
{
    crumbs *c = ctx;
    if (!cp) {
        c->after_link = true;
        c->in_arrow = false;
        return true;
    }
    if (ls_is_space_cp(cp))
        return true;
    if (arrow_cp(cp) && c->in_arrow) /* a doubled arrow: "首页 >> 新闻" */
        return true;
    c->in_arrow = false;
    if (arrow_cp(cp) && c->after_link) {
        c->after_link = false;
        c->in_arrow = true;
        c->trail = ++c->arrows >= 2;
        return !c->trail;
    }
    /* words after a link, or a long lead-in: no trail */
    return !(c->after_link || c->arrows || ++c->label > 8);
}

static bool breadcrumb_block(const ls_xstat *s, const ls_node *n)
{
    if (s->chars > 150 || s->link_tags < 2 || !ls_x_block_or_cell(n))
        return false;
    crumbs c = {0};
    each_char_outside_links(n, 48, read_crumb, &c);
    return c.trail;
}

/* A pager of a story split over pages: "第1页/共3页 << 上一页 | 下一页 >>",
 * "Page 2 of 5 Previous Next", in a short block; or the links to the
 * site's previous and next stories ("上一篇：<a>…</a> 下一篇：<a>…</a>"),
 * whose titles make the block longer but which say nothing beyond the two
 * labels outside their links. */
/* l is page numbers, brackets and spaces besides the pager's words
 * (下一页, 上一页, 首页, 尾页, 末页), one number at least. */
static bool pager_digits(const char *l)
{
    static const char *const words[] = {"下一页", "上一页", "首页", "尾页", "末页", "共", "页"};
    bool digit = false;
    for (const char *p = l; *p;) {
        size_t w = 0;
        for (size_t k = 0; k < sizeof words / sizeof words[0] && !w; k++)
            if (!strncmp(p, words[k], strlen(words[k])))
                w = strlen(words[k]);
        if (w) {
            p += w;
            continue;
        }
        if (isdigit((unsigned char)*p))
            digit = true;
        else if (!strchr(" []()[]>|", *p) && strncmp(p, "【", 3) && strncmp(p, "】", 3))
            return false;
        p += (!strncmp(p, "【", 3) || !strncmp(p, "】", 3)) ? 3 : 1;
    }
    return digit;
}

static bool pager_block(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (!ls_x_block_or_cell(n) || s->headings || s->chars > 200)
        return false;
    const char *lead = lead_of(r, n);
    if (s->chars <= 40
        && ((strstr(lead, "上一页") && strstr(lead, "下一页"))
            || (strstr(lead, "previous") && strstr(lead, "next") && strstr(lead, "page"))))
        return true;
    /* a story's first page: its page numbers and "下一页", no "上一页"
     * ("[ 1 ] [ 2 ] 下一页", "1 2 3 下一页 尾页") */
    if (s->chars <= 60 && s->link_tags && (strstr(lead, "下一页") || strstr(lead, "尾页"))
        && pager_digits(lead))
        return true;
    static const char *const labels[] = {"上一篇", "下一篇", "上一条", "下一条", "前の記事",
                                         "次の記事", "이전 기사", "다음 기사", "이전기사",
                                         "다음기사", "article précédent", "article suivant",
                                         "vorheriger artikel", "nächster artikel"};
    if (s->chars > 200 || !s->link_tags || s->link_tags > 2
        || s->chars - s->link_chars > 16)
        return false;
    if (!strncmp(lead, "＜", 3) || !strncmp(lead, "«", 2) || *lead == '<')
        lead += *lead == '<' ? 1 : !strncmp(lead, "«", 2) ? 2 : 3; /* "＜前の記事 …" */
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (!strncmp(lead, labels[k], strlen(labels[k])))
            return true;
    return false;
}

/* A count and what it counts, alone: "5 min read", "12 likes", "1.2k views",
 * "3 answers" (a post's counters, not its text). */
static bool counter_words(const char *l, size_t len)
{
    /* or the label first: "Read Time: 6 min", "Reading time: 4 minutes" */
    static const char *const labels[] = {"read time:", "reading time:", "time to read:"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        size_t ll = strlen(labels[k]);
        if (len > ll && !strncasecmp(l, labels[k], ll)) {
            size_t i = ll;
            while (i < len && l[i] == ' ')
                i++;
            size_t d = i;
            while (i < len && isdigit((unsigned char)l[i]))
                i++;
            while (i < len && l[i] == ' ')
                i++;
            return i > d && i < len && (!strncasecmp(l + i, "min", 3));
        }
    }
    static const char *const units[] = {"min read", "minute read", "mins read", "like", "likes",
                                        "view", "views", "comment", "comments", "reply",
                                        "replies", "answer", "answers", "share", "shares",
                                        /* a paper's metrics */
                                        "accesses", "citation", "citations", "download",
                                        "downloads", "reads", "mentions", "altmetric"};
    size_t i = 0;
    while (i < len && (isdigit((unsigned char)l[i]) || l[i] == ',' || l[i] == '.'))
        i++;
    if (!i || !isdigit((unsigned char)l[0]))
        return false;
    if (i < len && l[i] == 'k')
        i++;
    if (i >= len || l[i] != ' ')
        return false;
    i++;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (strlen(units[k]) == len - i && !memcmp(l + i, units[k], len - i))
            return true;
    return false;
}

/* n holds an icon besides its text (<i class="iconfont icon-eye">, an
 * <svg>): a counter's number beside its picture. */
static bool icon_beside(const ls_node *n)
{
    for (const ls_node *c = n->first_child; c; c = c->next)
        if (c->type == LS_NODE_ELEMENT
            && (c->tag == GUMBO_TAG_SVG || (c->tag == GUMBO_TAG_I && !c->first_child)
                || (c->tag == GUMBO_TAG_SPAN && ls_x_class_or_id_has(c, "icon"))))
            return true;
    return false;
}

/* A count cut short, alone: "1.4K" (claps), "3.2万" (reads). */
static bool short_count(const char *l, size_t len)
{
    size_t d = 0;
    while (d < len && (isdigit((unsigned char)l[d]) || (d && l[d] == '.')))
        d++;
    return d && d < len && isdigit((unsigned char)l[0])
        && ((d + 1 == len && l[d] == 'k') /* (not "m": 3M is a maker) */
            || (d + 3 == len && !memcmp(l + d, "万", 3)));
}

/* A stamp of the page's last change or a notebook cell's prompt, alone:
 * "Updated 2 months ago", "In [3]:", "Out[12]:". */
static bool page_stamp(const char *l, size_t len)
{
    if (len > 9 && len < 40 && !strncmp(l, "updated ", 8) && !strcmp(l + len - 4, " ago"))
        return true;
    size_t i = !strncmp(l, "in", 2) ? 2 : !strncmp(l, "out", 3) ? 3 : 0;
    if (!i)
        return false;
    while (i < len && l[i] == ' ')
        i++;
    if (i >= len || l[i++] != '[')
        return false;
    while (i < len && (isdigit((unsigned char)l[i]) || l[i] == ' ' || l[i] == '*'))
        i++;
    return i + 2 == len && l[i] == ']' && l[i + 1] == ':';
}

static int count_spaces(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

/* The text node holds a letter or a digit, not only spaces and marks
 * ("[", "]", "|", "【"). */
static bool wordy(const ls_node *t)
{
    for (size_t i = 0; i < t->text_len;) {
        uint32_t cp;
        i += ls_utf8_next(t->text + i, t->text_len - i, &cp);
        if (cp < 0x80 ? isalnum((int)cp) != 0
                      : !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F)
                            && !(cp >= 0xFE30 && cp <= 0xFE4F) && !(cp >= 0xFF00 && cp <= 0xFF0F)
                            && !(cp >= 0xFF1A && cp <= 0xFF20) && !(cp >= 0xFF3B && cp <= 0xFF40)
                            && !(cp >= 0xFF5B && cp <= 0xFF65) && cp != 0xA0 && cp != 0xFEFF)
            return true;
    }
    return false;
}

/* A link or a span within a sentence ("You must <a>log in</a> to answer",
 * "as a guest. <a>Sign Up</a> for free"): text follows it, or the text
 * before it has not ended. A "Read more" after a full stop is a control. */
static bool within_sentence(const ls_node *n)
{
    if (!n->parent)
        return false;
    for (const ls_node *o = n->next; o; o = o->next)
        if (o->type == LS_NODE_TEXT && wordy(o))
            return true;
    for (const ls_node *o = n->prev; o; o = o->prev) {
        if (o->type != LS_NODE_TEXT || !wordy(o))
            continue;
        size_t e = o->text_len;
        while (e && strchr(" \t\n\r\f", o->text[e - 1]))
            e--;
        static const char *const ends[] = {".", "!", "?", ":", "\xE3\x80\x82", "\xEF\xBC\x81",
                                           "\xEF\xBC\x9F", "\xEF\xBC\x9A", "\xE2\x80\xA6", "|"};
        for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
            size_t l = strlen(ends[k]);
            if (e >= l && !memcmp(o->text + e - l, ends[k], l))
                return false;
        }
        return true;
    }
    return false;
}

/* The words of a picture's own control: a link to the full-size file. */
static bool picture_control_words(const char *t)
{
    static const char *const words[] = {"查看原图", "查看大图", "点击查看大图", "点击看大图",
                                        "原图", "大图", "view original", "view full size",
                                        "view full-size image", "view larger image",
                                        "download image"};
    for (size_t k = 0; t && k < sizeof words / sizeof words[0]; k++)
        if (!strcasecmp(t, words[k]))
            return true;
    return false;
}

/* A shop's card set in a story: a short block that is one link, with a
 * price and a call to buy ("凌智 LZ-Edge 600 ¥5999 京东 去购买", "Acme
 * X200 $129 Check price"). */
static bool shop_card(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (!(n->flags & LS_XF_BLOCK) || s->chars > 80 || !s->link_chars || s->headings
        || (n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6)
        || s->link_chars * 10 < s->chars * 9 || n == r->x->top)
        return false;
    char *t = ls_x_node_text(n, 512);
    if (!t)
        return false;
    bool price = false;
    static const char *const signs[] = {"¥", "￥", "$", "€", "£"};
    for (size_t k = 0; k < sizeof signs / sizeof signs[0] && !price; k++)
        for (const char *p = strstr(t, signs[k]); p && !price; p = strstr(p + 1, signs[k])) {
            const char *d = p + strlen(signs[k]);
            while (*d == ' ')
                d++;
            price = isdigit((unsigned char)*d);
        }
    static const char *const buy[] = {"购买", "去看看", "抢购", "buy", "shop now",
                                      "check price", "view deal", "see price", "view on amazon"};
    bool call = false;
    for (size_t k = 0; k < sizeof buy / sizeof buy[0] && price && !call; k++)
        call = strcasestr(t, buy[k]) != NULL;
    free(t);
    return price && call;
}

/* A button's words alone in a block ("Learn more", "Read more ›", "Shop
 * now", "Loading...", "Advertisement", "阅读全文", "查看更多", "[edit]"):
 * the page's controls and labels, drawn with or without a link. */
static bool control_words(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (r->pre)
        return false;
    /* a Q&A site's call under its answers, whatever tags it names */
    if (s->chars < 200 && ls_x_block_or_cell(n)) {
        const char *l = lead_of(r, n);
        if (!strncmp(l, "not the answer you're looking for?", 34)
            || !strncmp(l, "not the answer you\xe2\x80\x99re looking for?", 36))
            return true;
    }
    if (s->chars > 60)
        return false;
    /* a picture viewer's buttons, in whatever element they are drawn
     * ("<b class=hide-caption><b>hide caption</b></b>", "Enlarge /") */
    if (s->chars <= 14 && !s->headings) {
        static const char *const viewer[] = {"hide caption", "toggle caption", "enlarge",
                                             "enlarge image", "enlarge /", "view larger"};
        const char *v = lead_of(r, n);
        for (size_t k = 0; k < sizeof viewer / sizeof viewer[0]; k++)
            if (!strcmp(v, viewer[k]))
                return true;
        if (!s->imgs && picture_control_words(v))
            return true; /* "查看原图" */
    }
    if (!(ls_x_block_or_cell(n) || n->tag == GUMBO_TAG_A || n->tag == GUMBO_TAG_SPAN))
        return false;
    static const char *const words[] = {
        "learn more", "read more", "show more", "see more", "load more", "view more", "more",
        "apply now", "shop now", "buy now", "get started", "sign up", "subscribe", "loading...",
        "get started for free", "start free trial", "start your free trial", "try it free",
        "try for free", "sign up free", "sign up for free", "request a demo", "book a demo",
        "get a demo", "contact sales", "talk to sales", "no credit card required",
        /* a shop's badges on its cards */
        "new arrival", "best seller", "bestseller", "top rated",
        "loading", "advertisement", "skip advertisement", "ad feedback",
        "article continues below",
        "story continues below", "article continues below advertisement", "sponsored",
        "skip to content", "skip to main content",
        "like loading...", "back to top", "share", "print", "了解更多", "阅读全文", "展开全文",
        "展开", "展开更多", "收起", "您的浏览器暂不支持播放此视频", "您的浏览器不支持视频播放",
        "your browser does not support the video tag.",
        "查看更多", "加载更多", "加载中...", "加载中", "点击查看", "立即购买", "广告", "返回顶部",
        "分享", "收藏", "打印", "点赞", "发表评论", "我要评论", "我来说两句", "leave a comment",
        /* a code block's copy button beside it, a docs page's feedback */
        "copy", "copy code", "copied!", "复制", "复制代码", "was this page helpful?",
        "was this article helpful?", "was this answer helpful?", "did this page help you?",
        "thank you for your feedback.", "thank you for your feedback!", "code: select all",
        "yes no", "rate this article", "rate this post", "rate this page", "rate this story",
        /* the text's size */
        "【字体：大 中 小】", "字体：大 中 小", "【字号：大 中 小】", "字号：大 中 小",
        "[字体：大 中 小]",
        /* a follow button beside the writer's name */
        "关注", "+关注", "+ 关注", "加关注", "+加关注", "关注我", "已关注", "关注作者", "follow",
        "+ follow",
        "post a comment", "add a comment", "advertising", "like this:", "share this:",
        "share this article", "share this post", "share this story", "share this page",
        "edit", "edit source",
        "编辑", "編輯", "编辑源代码", "link to post", "share on other sites", "report post",
        "report", "reply", "quote", "multiquote", "permalink", "回复", "引用", "举报", "举报/反馈",
        /* a document's download button ("Download PDF") */
        "download pdf", "download the pdf", "download (pdf)", "pdf download", "下载pdf",
        "pdf下载", "下载全文", "全文下载",
        /* a live blog's badges on its entries, a gallery's last slide */
        "pinned post", "key event", "置顶", "view again", "replay gallery",
        /* an advert's label in other languages */
        "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità",
        "реклама", "광고", "広告", "pr", "スポンサーリンク",
        /* a read-aloud button, a paywall's badge */
        "播报", "朗读", "listen to this article", "member-only story",
        "table of contents", "contents", "目录", "ask question", "explore related questions",
        "start asking to get answers", "see similar questions with these tags.",
        "find the answer to your question by asking.", "you must log in to answer this question.",
        "you must log in or register to reply here.", "related", "tags", "filters",
        "your answer", "post as a guest", "required, but never shown",
        "not open for further replies.", "similar threads", "users who are viewing this thread",
        "create an account or sign in to comment", "register a new account", "sign in now",
        "you need to be a member in order to leave a comment", "already have an account? sign in here.",
        "sign up for a new account in our community. it's easy!", "create an account", "sign in",
        "log in", "thread starter", "original poster",
        /* a byline's label whose name is elsewhere (or a control) */
        "by", "by:", "written by", "written by:", "edited by", "reviewed by", "posted by",
        "published in",
        "fact checked by", "medically reviewed by", "作者：", "作者:",
        /* a reply's place in a Chinese thread, and its tools */
        "楼主", "沙发", "板凳", "地板", "地下室", "只看该作者", "只看楼主", "倒序浏览",
        "阅读模式", "使用道具", "评分", "收起", "显示全部楼层"};
    const char *l = lead_of(r, n);
    size_t len = strlen(l);
    /* trailing arrows and spaces: "Read more ›", "查看更多>>" */
    while (len && (l[len - 1] == ' ' || l[len - 1] == '>'))
        len--;
    static const char *const tails[] = {"›", "»", "→", "…"};
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
            size_t tl = strlen(tails[k]);
            if (len >= tl && !memcmp(l + len - tl, tails[k], tl)) {
                len -= tl;
                while (len && l[len - 1] == ' ')
                    len--;
                again = true;
            }
        }
    }
    /* in brackets, as wikis put an edit link beside each heading: "[edit]" */
    bool bracketed = len > 2 && l[0] == '[' && l[len - 1] == ']';
    if (bracketed)
        l++, len -= 2;
    bool hit = !s->headings
        && (counter_words(l, len) || zh_counters(l, len) || page_stamp(l, len));
    /* a lone count among the text's first blocks, in a block of its own (a
     * post's claps under its title; not a table's cell: "4K", "140M") */
    if (!hit && (n->flags & LS_XF_BLOCK) && n->tag != GUMBO_TAG_TD && n->tag != GUMBO_TAG_TH
        && r->text.len - r->text_start < 400
        && (short_count(l, len) || (len && len <= 9 && strspn(l, "0123456789,") == len && icon_beside(n))))
        hit = true;
    /* a heading is a control only in a phrase of three words or more
     * ("You must log in to answer this question.") or as a widget's label
     * ("Like this:"): "Related", "Tags" or "Contents" can head a section of
     * the article */
    for (size_t k = 0; k < sizeof words / sizeof words[0] && !hit; k++)
        hit = strlen(words[k]) == len && !memcmp(l, words[k], len)
            && (!s->headings || count_spaces(words[k]) >= 2 || words[k][len - 1] == ':');
    /* a shop's button alone in its block, with what it leads to ("➡️
     * Check price here", "See price at Example", "See details"): after an
     * arrow or an emoji, a price or deal button's phrase and a few words
     * more (links in a line of text, "Buy: check price at …", stay) */
    static const char *const buttons[] = {"check price", "check current price", "check the price",
                                          "check latest price", "see price", "see details",
                                          "see deal", "view deal", "get deal"};
    if (!hit && !s->headings && s->chars <= 40 && ls_x_block_or_cell(n)) {
        const char *b = l;
        size_t bl = len;
        while (bl && !isalnum((unsigned char)*b) && (b - l) < 8) { /* arrows, emoji */
            b++;
            bl--;
        }
        while (bl && *b == ' ')
            b++, bl--;
        for (size_t k = 0; k < sizeof buttons / sizeof buttons[0] && !hit; k++) {
            size_t pl = strlen(buttons[k]);
            hit = bl >= pl && !memcmp(b, buttons[k], pl) && (bl == pl || b[pl] == ' ')
                && bl - pl <= 20;
        }
    }
    /* a share bar's label and its buttons ("分享到：微信 微博"), whose
     * buttons may be anchors without a link */
    static const char *const shares[] = {"分享到", "分享至"};
    for (size_t k = 0; k < sizeof shares / sizeof shares[0] && !hit; k++)
        hit = s->chars <= 30 && s->link_tags && !s->headings && ls_x_block_or_cell(n)
            && !strncmp(l, shares[k], strlen(shares[k]));
    /* an invitation to click through to a topic page ("点击进入专题：智能
     * 制造"): a link's label (English "Click here to …" lines often say
     * what the article offers: they stay) */
    static const char *const clicks[] = {"点击进入", "点击查看", "点击阅读", "点击这里", "点此"};
    for (size_t k = 0; k < sizeof clicks / sizeof clicks[0] && !hit; k++)
        hit = s->link_chars && s->chars <= 40 && !s->headings
            && len >= strlen(clicks[k]) && !memcmp(l, clicks[k], strlen(clicks[k]));
    /* not in code (a highlighted "print"), and not a link or a span within
     * a sentence, which is a word of it */
    return hit && !ls_x_in_code(n)
        && (bracketed || !(n->tag == GUMBO_TAG_A || n->tag == GUMBO_TAG_SPAN)
            || !within_sentence(n));
}

/* A Chinese thread's post footer: the device it was sent from, its floor
 * and its time ("来自Android客户端5楼2023-02-14 21:48", "2楼 2023-02-14
 * 21:02"), or a reply's time alone ("2023-2-14 20:41"): the post's date,
 * not text. The first floor's time is the post's date when nothing else
 * gave one. (English threads' labels keep their posts' times.) */
static bool post_footer(rctx *r, const ls_node *n, const ls_xstat *s, ls_article *out)
{
    /* (not a table's cell: a notice's 开标时间 is a value of its record) */
    if (!r->x->zh || r->record || !out || s->chars > 40 || s->headings || s->imgs
        || !(n->flags & LS_XF_BLOCK) || n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH || r->pre
        || r->tables)
        return false;
    const char *l = lead_of(r, n); /* (a footer opens with its device or a number) */
    static const char *const opens[] = {"来自", "编辑于", "发布于", "发表于", "刚刚", "今天",
                                        "昨天", "前天"};
    bool opens_so = isdigit((unsigned char)l[0]);
    for (size_t k = 0; k < sizeof opens / sizeof opens[0] && !opens_so; k++)
        opens_so = !strncmp(l, opens[k], strlen(opens[k]));
    if (!opens_so)
        return false;
    char *t = ls_x_node_text(n, 256);
    if (!t)
        return false;
    const char *p = t;
    if (!strncmp(p, "来自", strlen("来自"))) {
        const char *c = strstr(p, "客户端");
        if (c && c - p <= 30)
            p = c + strlen("客户端");
    }
    while (*p == ' ')
        p++;
    const char *f = p;
    while (isdigit((unsigned char)*f))
        f++;
    bool floor = f > p && !strncmp(f, "楼", strlen("楼"));
    if (floor)
        p = f + strlen("楼");
    while (*p == ' ')
        p++;
    ls_date_ctx dc = r->x->dctx;
    dc.need_year = true;
    dc.no_relative = true;
    char d[LS_DATE_MAX];
    size_t at = 0, end = 0;
    bool dated = ls_date_find(p, strlen(p), &dc, d, &at, &end) && at == 0;
    while (dated && p[end] == ' ')
        end++;
    /* (a day alone may be a timeline's entry: a reply's time has its hour) */
    bool footer = dated && !p[end] && (floor || strchr(d, 'T'));
    if (footer && floor && !out->published && !r->floor_dated) {
        out->published = ls_strdup(d);
        r->floor_dated = true;
    }
    /* a note's time and the place it was posted from ("3小时前 广东",
     * "编辑于 05-15 广东"): the post's footer, and its date when the page
     * gives none (a relative time counts from the capture) */
    if (!footer) {
        static const char *const labels[] = {"编辑于", "发布于", "发表于"};
        const char *q = p;
        for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
            if (!strncmp(q, labels[k], strlen(labels[k])))
                q += strlen(labels[k]);
        while (*q == ' ')
            q++;
        ls_date_ctx any = r->x->dctx;
        if (ls_date_find(q, strlen(q), &any, d, &at, &end) && at == 0) {
            const char *place = q + end;
            while (*place == ' ')
                place++;
            footer = *place && ls_info_region(place);
            if (footer && !out->published && !r->floor_dated) {
                out->published = ls_strdup(d);
                r->floor_dated = true;
            }
        }
    }
    free(t);
    return footer;
}

/* A block of dates and nothing else ("February 18, 2024 June 3, 2023": a
 * documentation page's last update and creation, their labels drawn as
 * icons): two or more dates with only spaces or separators between them
 * are stamps of the page's revisions, no sentence of the text. (A table's
 * dates are its data; one date alone may be a timeline's heading.) */
static bool dates_only(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 80 || s->chars < 12 || s->headings || s->imgs || s->link_tags
        || !(n->flags & LS_XF_BLOCK) || r->tables || r->pre || r->record)
        return false;
    /* (two dates hold six digits or more: most blocks are passed over here,
     * their first words read once for every rule) */
    int digits = 0;
    for (const char *l = lead_of(r, n); *l && digits < 6; l++)
        digits += isdigit((unsigned char)*l) != 0;
    if (digits < 6)
        return false;
    char *t = ls_x_node_text(n, 256);
    if (!t)
        return false;
    ls_date_ctx dc = r->x->dctx;
    dc.need_year = true;
    dc.no_relative = true;
    int dates = 0;
    const char *p = t;
    for (;;) {
        p += strspn(p, " |,/");
        if (!strncmp(p, "\xC2\xB7", 2)) { /* · */
            p += 2;
            continue;
        }
        char d[LS_DATE_MAX];
        size_t at = 0, end = 0;
        if (!*p || !ls_date_find(p, strlen(p), &dc, d, &at, &end) || at)
            break;
        dates++;
        p += end;
    }
    bool only = !*p && dates >= 2;
    free(t);
    return only;
}

/* A post's stamp of where it was sent from, between the posts of a thread
 * as under the last ("编辑于 2024-05-11 17:12・IP 属地北京"): the platform's
 * line, no text. */
static bool ip_origin_line(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 60 || !(n->flags & LS_XF_BLOCK) || s->headings || s->paras > 1)
        return false;
    const char *l = lead_of(r, n);
    return strstr(l, "ip 属地") || strstr(l, "ip属地");
}

/* A caption pointing at a video or picture the text does not hold, asking
 * the reader to play it there ("▲ 点击上方视频号观看完整解读"). */
static bool pointer_caption(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 40 || s->imgs || !(n->flags & LS_XF_BLOCK))
        return false;
    const char *l = lead_of(r, n);
    return (!strncmp(l, "\xE2\x96\xB2", 3) || !strncmp(l, "\xE2\x96\xBC", 3)) /* ▲ ▼ */
        && (strstr(l, "点击") || strstr(l, "观看") || strstr(l, "上方") || strstr(l, "下方"));
}

/* A block that says it is an advertisement ("【广告】工控培训…", "[推广]"):
 * a floor a forum sold, a paid line between paragraphs. */
static bool marked_advert(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 200 || s->headings || !(n->flags & LS_XF_BLOCK))
        return false;
    static const char *const marks[] = {"【广告】", "[广告]", "（广告）", "(广告)", "【推广】",
                                        "[推广]", "【会议推荐】", "【活动推荐】", "【峰会推荐】",
                                        "【大会推荐】", "【直播推荐】", "【课程推荐】"};
    const char *l = lead_of(r, n);
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (!strncmp(l, marks[k], strlen(marks[k])))
            return true;
    return false;
}

/* A line of links to other stories set between the paragraphs, under its
 * label ("Also: <a>What is edge computing?</a>", "Read more: …", "延伸阅读：
 * …"): no part of the story. */
static bool labelled_links(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 200 || !s->link_tags || s->link_chars * 10 < s->chars * 6 || s->headings
        || !(n->flags & LS_XF_BLOCK))
        return false;
    static const char *const labels[] = {"also:", "read also:", "see also:", "related:",
                                         "read more:", "recommended:", "more:", "read next:",
                                         "相关阅读：", "延伸阅读：", "推荐阅读：", "相关阅读:",
                                         "延伸阅读:", "推荐阅读:"};
    const char *l = lead_of(r, n);
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (!strncmp(l, labels[k], strlen(labels[k])))
            return true;
    return false;
}

/* The name of a code block's language in a box right before it ("js",
 * "Python", "bash" over the <pre>): a label of the code, no text. */
static bool code_language_label(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 12 || s->chars < 1 || r->pre || !ls_x_block_or_cell(n) || s->headings)
        return false;
    /* (past one more short box between: the copy button) */
    bool code = false;
    const ls_node *next = n->next;
    for (int k = 0; k < 2 && !code; k++) {
        while (next && next->type != LS_NODE_ELEMENT)
            next = next->next;
        if (!next)
            break;
        const ls_xstat *ns = ls_xs(next);
        code = next->tag == GUMBO_TAG_PRE || styled_pre(r, next)
            || (next->first_child && ls_dom_find(next, GUMBO_TAG_PRE) && ns && ns->chars < 4000);
        if (!ns || ns->chars > 12)
            break;
        next = next->next;
    }
    if (!code)
        return false;
    static const char *const names[] = {
        "js", "javascript", "ts", "typescript", "python", "py", "bash", "sh", "shell", "console",
        "html", "css", "json", "yaml", "yml", "xml", "c", "c++", "cpp", "c#", "go", "rust",
        "java", "kotlin", "php", "ruby", "sql", "text", "plaintext", "plain text", "powershell",
        "toml", "ini", "dockerfile", "makefile", "lua", "swift", "scala", "r", "matlab"};
    const char *l = lead_of(r, n);
    size_t len = strlen(l);
    while (len && l[len - 1] == ' ')
        len--;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strlen(names[k]) == len && !strncmp(l, names[k], len))
            return true;
    return false;
}

/* A summary's label alone in its block ("编辑导语" above the summary's
 * box): a label, no text. */
static bool summary_label_alone(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 8 || s->headings || !ls_x_block_or_cell(n))
        return false;
    const char *l = lead_of(r, n);
    size_t len = strlen(l);
    while (len && l[len - 1] == ' ')
        len--;
    return len && ls_info_summary_label(l, len) == len;
}

/* A forum's note of a post's last edit ("本帖最后由 电工阿杰 于 2024-5-12
 * 11:05 编辑"): when, not what. */
static bool edit_notice(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 60 || s->headings || !(n->flags & LS_XF_BLOCK))
        return false;
    const char *l = lead_of(r, n);
    return !strncmp(l, "本帖最后由", strlen("本帖最后由")) && strstr(l, "编辑");
}

/* A picture's credit alone in its block ("图片来源：视觉中国", "题图来自：
 * 视觉中国", "图源｜新华社"): it credits the picture, it says nothing. */
static bool picture_credit(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 40 || s->headings || s->imgs || !ls_x_block_or_cell(n))
        return false;
    static const char *const labels[] = {"图片来源", "题图来源", "题图来自", "头图来源",
                                         "头图来自", "封面来源", "配图来源", "图源",
                                         "image credits", "image credit", "photo credits",
                                         "photo credit", "image source"};
    const char *l = lead_of(r, n);
    /* (in brackets too: "（图片来源：视觉中国）") */
    if (!strncmp(l, "（", 3) || *l == '(')
        l += *l == '(' ? 1 : 3;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        size_t ll = strlen(labels[k]);
        if (strncmp(l, labels[k], ll))
            continue;
        const char *v = l + ll;
        while (*v == ' ')
            v++;
        return *v == ':' || *v == '|' || *v == '@' || !strncmp(v, "：", 3)
            || !strncmp(v, "｜", 3) || !strncmp(v, "丨", 3) || !strncmp(v, "＠", 3);
    }
    return false;
}

/* A legal notice that the site prints beside every article (copyright and
 * reprint terms, disclaimers): a block that opens with such a label within
 * its first words, under half of the article. */
static bool notice_block(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (!minor_block(r, n, s))
        return false;
    static const char *const labels[] = {
        "版权声明", "版权说明", "著作权声明", "免责声明", "反侵权公告", "郑重声明", "版权所有",
        "声明：",
        "copyright ©", "copyright (c)", "about the author", "作者简介", "关于作者",
        /* (in traditional characters) */
        "作者簡介", "關於作者", "版權聲明", "免責聲明"};
    /* labels spaced out for width ("郑 重 声 明") read as one word */
    const char *src = lead_of(r, n);
    char l[sizeof r->lead];
    size_t o = 0, len = strlen(src);
    for (size_t i = 0; i < len; i++)
        if (!(src[i] == ' ' && lone_cjk_before(src, i) && lone_cjk_after(src, len, i + 1)))
            l[o++] = src[i];
    l[o] = 0;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        const char *hit = strstr(l, labels[k]);
        if (!hit || hit - l > 24)
            continue;
        /* a label is a heading: it ends its line or takes a colon
         * ("反侵权公告：", "<site>著作权声明"); a sentence that starts
         * with the word runs on */
        size_t ll = strlen(labels[k]);
        const char *end = hit + ll;
        if (!strcmp(labels[k] + ll - 3, "：") || !strncmp(labels[k], "copyright", 9)
            || *end == ' ' || *end == 0 || *end == ':' || !strncmp(end, "：", 3))
            return true;
    }
    /* the writer's card under the story: "Written by" on a line of its own,
     * then the name and a line about them */
    const char *wb = s->chars < 600 && s->paras <= 2 ? strstr(l, "written by") : NULL;
    if (wb && wb - l < 16 && label_line(n, "written by"))
        return true;
    /* a paywall's notice in the text's place ("This is a preview of
     * subscription content, log in via an institution to check access.",
     * "Subscribe to continue reading") */
    if (s->chars < 200 && s->link_tags
        && (strstr(l, "preview of subscription content")
            || ((strstr(l, "log in") || strstr(l, "sign in") || strstr(l, "subscribe"))
                && (strstr(l, "to check access") || strstr(l, "to continue reading")
                    || strstr(l, "to read the full") || strstr(l, "to keep reading")))))
        return true;
    return false;
}

/* The text written since t0 (a quotation) is text the article already
 * holds before it: four fifths of its lines of 30 bytes or more are found
 * earlier, counting the copied bytes its short blocks left out as found.
 * A forum reply quoting the post above repeats it. */
static bool quotes_earlier_text(rctx *r, size_t t0, size_t copied)
{
    const char *d = r->text.data;
    size_t end = r->text.len, total = copied, found = copied;
    if (!d || !t0 || end <= t0)
        return false;
    for (size_t i = t0; i < end;) {
        const char *nl = memchr(d + i, '\n', end - i);
        size_t e = nl ? (size_t)(nl - d) : end;
        if (e - i >= 30) {
            if (r->quote_scan < t0)
                return false; /* searched enough: the quotation stays */
            r->quote_scan -= t0;
            total += e - i;
            if (memmem(d, t0, d + i, e - i))
                found += e - i;
        }
        i = e + 1;
    }
    return total && found * 5 >= total * 4;
}

/* The first letter of n's text, or 0 when it is no ASCII letter. */
static char first_letter(const ls_node *n, int depth)
{
    for (const ls_node *c = n->first_child; c && depth < 8; c = c->next) {
        if (c->type == LS_NODE_TEXT && !ls_x_blank_text(c)) {
            size_t i = strspn(c->text, " \t\n\r\f");
            return isalpha((unsigned char)c->text[i]) ? c->text[i] : 0;
        }
        if (c->type == LS_NODE_ELEMENT && ls_xs(c) && ls_xs(c)->chars)
            return first_letter(c, depth + 1);
    }
    return 0;
}

/* Two inline elements side by side whose words run from a small letter into
 * a capital ("<span>Kelty</span><span>Daydreamer 4P Tent</span>", "<span>
 * Ticketing</span><span>Track, organize…</span>"), or from a sentence's
 * end into a capital, are two labels a stylesheet sets apart: a space
 * parts them. Within an element, or with
 * text between, the words stay as written ("Mc<b>Donald</b>"), and code is
 * left alone. */
static bool labels_side_by_side(rctx *r, const ls_node *n)
{
    if (!r->edge || r->brk || r->space || r->pre || r->cell_sep || !r->text.len)
        return false;
    char last = r->text.data[r->text.len - 1];
    /* (or a sentence's end: a caption, then its credit, "…from the
     * floor.</span><span>Photograph: Jordan Vale") */
    if (strchr(".!?", last) && last && r->text.len >= 2)
        last = r->text.data[r->text.len - 2];
    if (!(last >= 'a' && last <= 'z'))
        return false;
    char first = first_letter(n, 0);
    return first >= 'A' && first <= 'Z' && !ls_x_in_code(n);
}

/* An inline element without visible text still parts words: its white
 * space ("makes<span>&nbsp;</span><a>iPhones</a>") is a space, and its line
 * break ("<b>Apps</b><b><br></b>Facilitate…") a line break. */
static void blank_inline(rctx *r, const ls_node *n, unsigned skip, int depth)
{
    if (depth > LS_DOM_MAX_DEPTH)
        return;
    for (const ls_node *c = n->first_child; c; c = c->next) {
        if (c->type == LS_NODE_TEXT) {
            put_text(r, c->text, c->text_len);
            put_html_text(r, c->text, c->text_len);
        } else if (c->type == LS_NODE_ELEMENT && ls_xs(c) && !(c->flags & skip)) {
            if (c->tag == GUMBO_TAG_BR) {
                want_break(r, 1);
                ls_buf_adds(&r->html, "<br>");
            } else if (!(c->flags & LS_XF_BLOCK)) {
                blank_inline(r, c, skip, depth + 1);
            }
        }
    }
}

/* The inline element just written repeats the words right before it with
 * nothing between ("View all revisions<span class=clipped>View all
 * revisions</span>"): a copy for screen readers that the page hides, which
 * no reader is meant to see twice. */
static bool glued_copy(const rctx *r, size_t t0)
{
    const char *d = r->text.data;
    size_t len = r->text.len - t0;
    if (len < 6 || t0 < len || d[t0] == ' ' || d[t0] == '\n' || memcmp(d + t0 - len, d + t0, len))
        return false;
    size_t start = t0 - len; /* the earlier words begin a word */
    return start == 0 || d[start - 1] == ' ' || d[start - 1] == '\n';
}

/* n is a block, or it and the inline elements around it stand between
 * blocks with no text beside them. */
static bool on_a_line_of_its_own(const ls_node *n)
{
    for (const ls_node *e = n; e && e->type == LS_NODE_ELEMENT && !(e->flags & LS_XF_BLOCK);
         e = e->parent)
        for (int dir = 0; dir < 2; dir++)
            for (const ls_node *c = dir ? e->next : e->prev; c; c = dir ? c->next : c->prev) {
                if ((c->type != LS_NODE_TEXT && c->type != LS_NODE_ELEMENT)
                    || (c->type == LS_NODE_TEXT && ls_x_blank_text(c))
                    || (c->type == LS_NODE_ELEMENT && (c->flags & (LS_XF_JUNK | LS_XF_DROP))))
                    continue; /* (comments, and what the text leaves out) */
                /* (an inline element holding paragraphs breaks the line:
                 * <li><span>•</span><span><p>…</p></span>) */
                if (c->type == LS_NODE_TEXT
                    || (c->type == LS_NODE_ELEMENT && !(c->flags & LS_XF_BLOCK)
                        && (ls_node_is(c, GUMBO_TAG_BR)
                            || (ls_xs(c) && ls_xs(c)->chars && !ls_xs(c)->paras))))
                    return false;
                break;
            }
    return true;
}

/* The first of a row's two cells, the other holding the item: a list
 * drawn as a table of rows "• | Revenue of …" (a filing's exhibit). */
static bool marker_cell(const ls_node *n)
{
    if (n->tag != GUMBO_TAG_TD || !ls_node_is(n->parent, GUMBO_TAG_TR))
        return false;
    const ls_node *other = NULL;
    int cells = 0;
    for (const ls_node *c = n->parent->first_child; c; c = c->next)
        if (c->type == LS_NODE_ELEMENT && (c->tag == GUMBO_TAG_TD || c->tag == GUMBO_TAG_TH)) {
            if (++cells == 1 && c != n)
                return false;
            if (cells == 2)
                other = c;
        }
    return cells == 2 && other && ls_xs(other) && ls_xs(other)->chars > 20;
}

/* n's text is one or two bars, bullets (• ● ■ ◆ ▶, a list's markers drawn
 * as text), arrows or middle dots and nothing else, or a callout's pictograph ("💡", "⚠️") drawn as a line of its own. */
static bool separator_only(const ls_node *n)
{
    int steps = 0, seps = 0;
    for (const ls_node *c = ls_x_next_text(n, n); c && steps < 8; c = ls_x_next_text(c, n), steps++)
        for (size_t i = 0; i < c->text_len;) {
            uint32_t cp;
            i += ls_utf8_next(c->text + i, c->text_len - i, &cp);
            if (cp == '|' || cp == 0x2022 || cp == 0xB7 || cp == 0xFF5C || cp == 0x2502
                || cp == 0x2023 || cp == 0x2043 || (cp >= 0x25A0 && cp <= 0x25FF) /* ‣ ⁃ ● ■ ◆ ▶ */
                || (cp >= 0x2190 && cp <= 0x21FF) /* an arrow drawn as an icon: ↓ ↗ → */
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF && !(cp >= 0x2713 && cp <= 0x2718)
                    && cp != 0x2705 && cp != 0x274C && cp != 0x274E && cp != 0x2611
                    && cp != 0x2612))
                seps++; /* (a grid's ✓ ✅ ✗ ❌ ☑ are its data) */
            else if (cp == 0xFE0F || cp == 0x200D)
                continue; /* (the emoji's presentation, a joiner) */
            else if (!(cp < 0x80 ? isspace((int)cp) != 0 : ls_is_space_cp(cp)))
                return false;
        }
    return steps < 8 && seps;
}

/* A class token that names an icon: "icon", "card__icon", "fa-icon",
 * "material-icons", "material-symbols-outlined". */
static bool icon_class(const char *cls)
{
    for (const char *p = cls; p && *p;) {
        p += strspn(p, " \t\n\r\f");
        size_t l = strcspn(p, " \t\n\r\f");
        if ((l >= 4 && !strncasecmp(p + l - 4, "icon", 4))
            || (l >= 5 && !strncasecmp(p + l - 5, "icons", 5))
            || (l >= 9 && !strncasecmp(p, "material-", 9)))
            return true;
        p += l;
    }
    return false;
}

/* An inline element an icon font draws: its class names an icon and its
 * text is one word of letters and underscores, the glyph's name
 * ("chevron_right", "local_offer") or a stand-in ("Icon"), which no
 * reader sees. */
static bool icon_ligature(const ls_node *n)
{
    if (n->type != LS_NODE_ELEMENT || (n->flags & LS_XF_BLOCK)
        || !icon_class(ls_node_attr(n, "class")))
        return false;
    const ls_node *t = n->first_child;
    if (!t || t->next || t->type != LS_NODE_TEXT)
        return false;
    size_t len;
    const char *w = ls_trim(t->text, &len);
    if (!len)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!isalpha((unsigned char)w[i]) && w[i] != '_')
            return false;
    /* alone in a table's cell it is the cell's mark (a comparison's
     * "check"): it stays */
    const ls_node *c = n->parent;
    while (c && c->type == LS_NODE_ELEMENT && !ls_x_block_or_cell(c))
        c = c->parent;
    return !(c && (c->tag == GUMBO_TAG_TD || c->tag == GUMBO_TAG_TH) && ls_xs(c)
             && ls_xs(c)->chars == ls_xs(n)->chars);
}

/* s[0..n) (a heading's text, breaks before it included, or a line) names the site's
 * furniture: a table of contents, related or recommended stories. */
static bool furniture_label(const char *s, size_t n)
{
    while (n && (*s == '\n' || *s == ' '))
        s++, n--;
    for (bool again = true; again;) {
        again = false;
        while (n && (s[n - 1] == ' ' || s[n - 1] == ':' || s[n - 1] == '\n'))
            n--;
        if (n >= 3 && (!memcmp(s + n - 3, "：", 3) || !memcmp(s + n - 3, "丨", 3))) {
            n -= 3;
            again = true;
        }
    }
    static const char *const labels[] = {
        "contents", "table of contents", "in this article", "on this page", "related",
        "related posts", "related articles", "related stories", "related content",
        "related reading", "you may also like", "you might also like", "recommended",
        "recommended for you", "more stories", "read next", "popular posts", "latest posts",
        "external links", "see also", "further reading", "more from forbes",
        /* a paper's page: other papers like it, or citing it */
        "similar articles", "similar papers", "cited by", "citing articles",
        "recommended articles", "recommendations", "people also read", "more like this",
        "目录", "本文目录", "文章目录", "相关阅读", "相关文章", "相关推荐", "相关新闻", "相关报道",
        "相关资讯", "相关内容", "相关专题", "更多资讯",
        "相关链接", "推荐阅读", "延伸阅读", "热门推荐", "精彩推荐", "猜你喜欢", "更多阅读",
        "好文推荐", "今日好文推荐",
        "往期回顾", "往期推荐", "往期精选", "相关问题", "热门文章", "最新文章", "热点新闻",
        "热点排行", "点击排行", "阅读排行", "热门排行", "排行榜", "最新快讯", "更多快讯",
        "相关快讯", "24小时快讯", "为你推荐", "接下来播放",
        "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "voir aussi",
        "leia também", "veja também", "lea también", "leggi anche", "читайте также",
        "関連記事", "関連リンク", "あわせて読みたい", "관련기사", "관련 기사"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (strlen(labels[k]) == n && !strncasecmp(s, labels[k], n))
            return true;
    return false;
}

/* The heading h has a section of its own in the page (the element after
 * it holds text), which the article did not write; or a section with
 * nothing in it (a comments box a script fills: "Comments" over an empty
 * <div id="disqus_thread">, and nothing else after it). */
static bool section_left_out(const ls_node *h)
{
    const ls_node *c = h ? h->next : NULL;
    while (c && c->type != LS_NODE_ELEMENT)
        c = c->next;
    const ls_xstat *cs = c ? ls_xs(c) : NULL;
    if (!cs)
        return false;
    if (cs->chars > 0)
        return true;
    for (const ls_node *d = c; d; d = d->next) {
        const ls_xstat *ds = d->type == LS_NODE_ELEMENT ? ls_xs(d) : NULL;
        if ((ds && (ds->chars || ds->imgs))
            || (d->type == LS_NODE_TEXT && !ls_x_blank_text(d)))
            return false;
    }
    return true;
}

/* The heading written last names the site's furniture and is followed by
 * nothing of its own section (the list of links under it was left out:
 * 目录, "Related posts", 相关阅读): it goes, its text and its HTML. Called
 * when a heading of its level or above begins, and at the end (at_end),
 * where any heading goes whose section was left out ("Similar jobs" over a
 * list of other postings). A heading that opens the text stays. */
static void drop_orphan_heading(rctx *r, int level, bool at_end)
{
    if (!r->head_level || level > r->head_level || r->text.len != r->head_t1
        || r->head_h1 > r->html.len || r->head_t0 <= r->text_start
        || !((at_end && !r->full && section_left_out(r->head_node))
             || furniture_label(r->text.data + r->head_t0, r->head_t1 - r->head_t0)))
        return;
    /* (HTML written since is closing tags and empty elements, unless a
     * picture or a rule stood there) */
    const char *h = r->html.data + r->head_h1, *e = r->html.data + r->html.len;
    if (memmem(h, (size_t)(e - h), "<img", 4) || memmem(h, (size_t)(e - h), "<hr", 3))
        return;
    ls_buf_truncate(&r->text, r->head_t0);
    size_t cut = r->head_h1 - r->head_h0;
    memmove(r->html.data + r->head_h0, r->html.data + r->head_h1, r->html.len - r->head_h1);
    ls_buf_truncate(&r->html, r->html.len - cut);
    r->head_level = 0;
}

/* A heading's permalink: a link to a place on the page ("#modbus-tcp")
 * inside a heading, whose text is a mark and no word ("¶", "§", "#", 🔗);
 * elsewhere, a pilcrow or a section sign linking its paragraph, an arrow
 * back to the top ("▲") or from a footnote to its mark ("↩︎"). */
static bool permalink(const ls_node *n, const ls_xstat *s)
{
    const char *href = ls_node_attr(n, "href");
    if (!href || href[0] != '#' || s->chars > 2)
        return false;
    bool in_heading = false; /* the heading, or up to three elements within it */
    const ls_node *h = n->parent;
    for (int d = 0; h && h->type == LS_NODE_ELEMENT && !in_heading && d < 4; h = h->parent, d++)
        in_heading = h->tag >= GUMBO_TAG_H1 && h->tag <= GUMBO_TAG_H6;
    if (!in_heading) {
        /* a paragraph's or a summary's own mark, "¶" or "§" (RFCs,
         * pkg.go.dev's examples) */
        char *t = ls_x_node_text(n, 16);
        static const char *const marks[] = {"¶", "§", "▲", "↑", "⬆", "^", "↩", "↩\xef\xb8\x8e",
                                            "↩\xef\xb8\x8f"};
        bool mark = false;
        for (size_t k = 0; t && k < sizeof marks / sizeof marks[0] && !mark; k++)
            mark = !strcmp(t, marks[k]);
        free(t);
        return mark;
    }
    for (const ls_node *t = ls_x_next_text(n, n); t; t = ls_x_next_text(t, n))
        for (size_t i = 0; i < t->text_len;) {
            uint32_t cp;
            i += ls_utf8_next(t->text + i, t->text_len - i, &cp);
            bool pictograph = cp >= 0x1F000 && cp <= 0x1FAFF; /* 🔗 */
            if (ls_is_word_cp(cp) && !pictograph)
                return false;
        }
    return true;
}

/* A picture's box whose only words are its own control ("<img><a>查看原图
 * </a>"): the picture is content, the control is not. */
static bool picture_control(const ls_node *n)
{
    for (const ls_node *c = n->first_child; c; c = ls_node_next(c, n)) {
        if (c->type != LS_NODE_ELEMENT || c->tag != GUMBO_TAG_A || ls_x_image(c))
            continue;
        char *t = ls_x_node_text(c, 64);
        bool yes = picture_control_words(t);
        free(t);
        if (yes)
            return true;
    }
    return false;
}

/* The element before or after n, or n's parent's, holds a picture. */
static bool beside_picture(const ls_node *n)
{
    const ls_node *sides[4] = {n->prev, n->next, n->parent ? n->parent->prev : NULL,
                               n->parent ? n->parent->next : NULL};
    for (size_t k = 0; k < 4; k++) {
        const ls_node *c = sides[k];
        while (c && c->type != LS_NODE_ELEMENT)
            c = k % 2 ? c->next : c->prev;
        if (c && ls_xs(c) && ls_xs(c)->imgs)
            return true;
    }
    return false;
}

/* A counter of pictures, "1/6" or "2 / 8": n's text is two numbers and a
 * slash, the first no greater than the second, in an element named for a
 * counter ("photo-num", "slide-counter") or set apart by spaces beside a
 * picture. A score's "5/5" or "8 / 10" and a measure's "3/4" stay. */
static bool slide_counter(const ls_node *n)
{
    bool named = false;
    static const char *const names[] = {"count", "slide", "pager", "swiper", "photo-num",
                                        "pic-num", "img-num", "page-num"};
    for (size_t k = 0; k < sizeof names / sizeof names[0] && !named; k++)
        named = ls_x_class_or_id_has(n, names[k])
            || (n->parent && ls_x_class_or_id_has(n->parent, names[k]));
    char *t = ls_x_node_text(n, 16);
    if (!t)
        return false;
    char *e;
    long a = strtol(t, &e, 10);
    bool ok = e != t && a >= 1;
    ok = ok && (named || (e[0] == ' ' && e[1] == '/' && e[2] == ' ' && beside_picture(n)));
    while (ok && *e == ' ')
        e++;
    ok = ok && *e == '/';
    char *f = ok ? e + 1 : e;
    while (ok && *f == ' ')
        f++;
    long b = ok ? strtol(f, &e, 10) : 0;
    ok = ok && e != f && !*e && a <= b && b <= 500;
    free(t);
    return ok;
}

/* A code block's gutter of line numbers (CSDN's <ul class=pre-numbering>
 * inside the <pre>, a highlighter's "line-numbers-rows", a "gutter" cell):
 * a list or box inside preformatted text, or named so, whose text is the
 * numbers 1, 2, 3 … in order and nothing else. */
static bool line_numbers(rctx *r, const ls_node *n)
{
    bool list = n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL;
    if (!(r->pre && list) && !ls_x_class_or_id_has(n, "numbering")
        && !ls_x_class_or_id_has(n, "line-numbers") && !ls_x_class_or_id_has(n, "gutter")
        && !ls_x_class_or_id_has(n, "lineno")) /* (any case, within a word: "linenos") */
        return false;
    char *t = ls_x_node_text(n, 8192);
    long want = 1;
    const char *p = t;
    while (p && *p) {
        while (*p == ' ' || *p == '\n')
            p++;
        if (!*p)
            break;
        char *e;
        long v = strtol(p, &e, 10);
        if (e == p || v != want || (*e && *e != ' ' && *e != '\n')) {
            want = 0;
            break;
        }
        want++;
        p = e;
    }
    free(t);
    return want > 2; /* (two numbers at least, in order from 1) */
}

/* A link back to a site's front page alone on its line ("返回搜狐，查看更多",
 * "返回首页", "Back to home"): the page's navigation left in the article. */
static bool back_home(rctx *r, const ls_node *n, const ls_xstat *s)
{
    if (s->chars > 24 || r->pre)
        return false;
    const char *h = ls_node_attr(n, "href");
    if (!h)
        return false;
    const char *p = ls_x_url_path(h);
    if (*p && !(*p == '/' && strchr("?#", p[1]) != NULL) && *p != '?' && *p != '#')
        return false; /* a path below the root */
    const char *l = lead_of(r, n);
    static const char *const words[] = {"返回", "回到", "back to ", "return to "};
    bool back = false;
    for (size_t k = 0; k < sizeof words / sizeof words[0] && !back; k++)
        back = !strncmp(l, words[k], strlen(words[k]));
    return back && on_a_line_of_its_own(n);
}

/* A link that shows a file's name ("1.申报书.docx", "招标文件.pdf"): a lone
 * attachment, no control ("Download" is one). */
static bool shown_attachment(rctx *r, const ls_node *n)
{
    const char *l = lead_of(r, n);
    size_t len = strlen(l);
    while (len && l[len - 1] == ' ')
        len--;
    /* (the file's name shown is enough: a download script's address may
     * name no file, "download?uuid=…") */
    return ls_x_names_document(l, len);
}

/* n holds the node h. */
static bool holds_node(const ls_node *n, const ls_node *h)
{
    for (int d = 0; h && d <= LS_DOM_MAX_DEPTH; h = h->parent, d++)
        if (h == n)
            return true;
    return false;
}

/* Counts the visible characters of root's subtree before h into *chars:
 * 1 when h was reached, 0 at the subtree's end, -1 at a sentence or past
 * 120 characters. */
static int header_scan(const ls_node *root, const ls_node *h, size_t *chars)
{
    for (const ls_node *n = root; n;) {
        if (n == h)
            return 1;
        if (n->type == LS_NODE_ELEMENT && ((n->flags & LS_XF_JUNK) || !n->user)) {
            n = ls_node_next_skip(n, root);
            continue;
        }
        if (n->type == LS_NODE_TEXT) {
            for (size_t i = 0; i < n->text_len; i++) {
                unsigned char c = (unsigned char)n->text[i];
                *chars += !isspace(c) && (c < 0x80 || c >= 0xC0);
                if ((c == '.' && (i + 1 == n->text_len || n->text[i + 1] == ' ') && i > 0
                     && islower((unsigned char)n->text[i - 1]))
                    || (c == 0xE3 && i + 2 < n->text_len && !memcmp(n->text + i, "。", 3)))
                    return -1; /* a sentence: a deck or a lead, the article's */
            }
            if (*chars > 120)
                return -1;
        }
        n = ls_node_next(n, root);
    }
    return 0;
}

/* The article's header holds its headline after a few words of its own
 * (the writer's name, "Posted on Feb 20", "87 reactions", a category): that
 * header (a <header>, or an element named so, around the headline in the
 * article), when what stands in it before the headline is short and no
 * sentence, else NULL. Pictures there (a cover) are the article's. */
static const ls_node *header_before(const ls_xctx *x, const ls_node *top, bool siblings)
{
    const ls_node *h = x->title_node, *region = siblings ? top->parent : top;
    if (!h || h == top || !holds_node(region, h) || ls_x_record_cell(h))
        return NULL; /* (a document's particulars, its title among them, stay) */
    const ls_node *head = NULL;
    for (const ls_node *p = h->parent; p && p != region && !head; p = p->parent)
        if (p->tag == GUMBO_TAG_HEADER || ls_x_class_or_id_has(p, "header"))
            head = p;
    if (!head)
        return NULL;
    size_t chars = 0;
    return header_scan(head, h, &chars) == 1 && chars ? head : NULL;
}

/* A standfirst named so, which need not end its sentence ("<h2
 * class=bw-release-subhead>", "standfirst"). */
static bool named_dek(const ls_node *c)
{
    static const char *const names[] = {"subhead", "standfirst"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (ls_x_class_or_id_has(c, names[k]))
            return true;
    return false;
}

/* The standfirst under a headline that stands outside the article's
 * block (a header above the body): the first element after the headline,
 * within its parent, that is a sentence or two of prose, few links, nothing
 * kept already; NULL when there is none. */
static ls_node *dek_after_title(const ls_xctx *x, const ls_node *top)
{
    ls_node *h = x->title_node;
    if (!h || !top || holds_node(top, h) || holds_node(h, top) || x->record)
        return NULL;
    /* (a header kept beside the body is written with it, standfirst and all) */
    for (const ls_node *p = h->parent; p && p->type == LS_NODE_ELEMENT; p = p->parent)
        if (p->flags & LS_XF_KEEP)
            return NULL;
    int seen = 0;
    for (ls_node *c = h->next; c && seen < 3; c = c->next) {
        if (c->type != LS_NODE_ELEMENT)
            continue;
        seen++;
        const ls_xstat *s = ls_xs(c);
        if (!s || (c->flags & (LS_XF_JUNK | LS_XF_UNLIKELY | LS_XF_HIDDEN | LS_XF_KEEP))
            || holds_node(c, top) || holds_node(top, c))
            return NULL;
        if (!s->chars)
            continue; /* (an empty box between) */
        if (s->chars < 40 || s->chars > 400 || s->imgs || s->headings > (c->tag == GUMBO_TAG_H2)
            || ls_x_link_density(s) > 0.2 || !(ls_x_ends_sentence(c, false) || named_dek(c)))
            return NULL;
        return c;
    }
    return NULL;
}

/* A note set inside the sentence it annotates, its mark and its text in
 * one element, which a browser shows beside the text or on hover: LaTeXML's
 * (arXiv's papers) <span class="ltx_note"><sup class="ltx_note_mark">1</sup>
 * <span class="ltx_note_outer">…</span></span>, Tufte CSS's <span
 * class="sidenote">. Its label into label (the mark's text, else its place
 * among the notes). */
static bool inline_note(rctx *r, const ls_node *n, const ls_xstat *s, char *label, size_t cap)
{
    if (n->tag != GUMBO_TAG_SPAN || (n->flags & LS_XF_BLOCK) || !s->chars || r->in_note
        || r->note_label || r->nnotes >= sizeof r->notes / sizeof r->notes[0])
        return false;
    bool ltx = ls_node_has_class(n, "ltx_note");
    if (!ltx && !ls_node_has_class(n, "sidenote"))
        return false;
    const ls_node *sup = ltx ? ls_dom_find(n, GUMBO_TAG_SUP) : NULL;
    char *t = sup && ls_xs(sup) && ls_xs(sup)->chars <= 8 ? ls_x_node_text(sup, 32) : NULL;
    if (t && *t && strlen(t) < cap)
        snprintf(label, cap, "%s", t);
    else
        snprintf(label, cap, "%u", r->nnotes + 1);
    free(t);
    return true;
}

/* The notes set in the text's sentences, each its own paragraph under the
 * text: "[1] We measured…", as a page of footnotes reads. */
static void write_inline_notes(rctx *r)
{
    for (unsigned i = 0; i < r->nnotes && !render_full(r); i++) {
        struct inline_note *nt = &r->notes[i];
        want_break(r, 2);
        ls_buf_adds(&r->html, "<p>");
        char mark[24];
        int k = snprintf(mark, sizeof mark, "[%s] ", nt->label);
        put_text(r, mark, (size_t)k);
        put_html_text(r, mark, (size_t)k);
        r->note_at = r->text.len;
        r->note_label = nt->label;
        r->in_note++;
        walk_children(r, nt->body, 1);
        r->in_note--;
        r->note_label = NULL;
        ls_buf_adds(&r->html, "</p>");
    }
}

static void walk(rctx *r, ls_node *n, int depth)
{
    if (render_full(r))
        return;
    ls_xstat *s = ls_xs(n);
    if (r->header && n != r->header && holds_node(r->header, n)) {
        if (n == r->x->title_node)
            r->header = NULL; /* (past the headline: the rest is written) */
        else if (s && !s->imgs && !holds_node(n, r->x->title_node))
            return;
    }
    unsigned skip = LS_XF_JUNK | (r->record ? 0 : LS_XF_DROP | LS_XF_TITLE);
    if ((n->flags & LS_XF_TITLE) && ls_x_record_cell(n))
        skip &= ~(unsigned)LS_XF_TITLE; /* a record's 标题 value stays in its row */
    if (s && (n->flags & LS_XF_TITLE) && all_of_article(r, s))
        skip &= ~(unsigned)LS_XF_TITLE; /* a short post whose title is its text */
    if (!s || (n->flags & skip) || depth > LS_DOM_MAX_DEPTH)
        return;
    if (n->tag == GUMBO_TAG_A && (permalink(n, s) || back_home(r, n, s)))
        return;
    /* (a gutter holds digits alone: no punctuation, no Han, no links) */
    if (s->chars && s->chars <= 6000 && !s->imgs && !s->cjk && !s->link_chars && !s->punct
        && line_numbers(r, n))
        return;
    /* a note's links back to its marks ("^ a b") */
    if (r->in_note && s->chars <= 16 && back_link(n))
        return;
    /* a note's own copy of its mark, before its text ("<sup>1</sup>") */
    if (r->note_label && r->text.len == r->note_at && s->chars <= 8) {
        char *t = ls_x_node_text(n, 32);
        bool mark = t && !strcmp(t, r->note_label);
        free(t);
        if (mark)
            return;
    }
    /* a note set in the sentence: its mark stays, its text goes under the
     * article's */
    char note_mark[16];
    if (inline_note(r, n, s, note_mark, sizeof note_mark)) {
        struct inline_note *nt = &r->notes[r->nnotes++];
        nt->body = n;
        memcpy(nt->label, note_mark, sizeof note_mark);
        char mark[24];
        int k = snprintf(mark, sizeof mark, "[%s]", note_mark);
        ls_buf_adds(&r->html, "<sup>");
        put_text(r, mark, (size_t)k);
        put_html_text(r, mark, (size_t)k);
        ls_buf_adds(&r->html, "</sup>");
        return;
    }
    /* a code block's copy button ("复制代码", "Copy") is no code */
    if (r->pre && n->tag != GUMBO_TAG_CODE && s->chars <= 12 && ls_x_class_or_id_has(n, "copy"))
        return;
    if (ls_x_image(n)) {
        open_tag(r, n, "img");
        return;
    }
    /* (in preformatted text a span of spaces is the space between words) */
    if (!s->chars && n->tag != GUMBO_TAG_BR && n->tag != GUMBO_TAG_HR && !s->imgs && !r->pre) {
        if (!(n->flags & LS_XF_BLOCK))
            blank_inline(r, n, skip, depth);
        /* an empty cell of a row that is written keeps the columns after it
         * in place */
        if ((n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH) && r->tables
            && !layout_table_of(r, n)) {
            const char *tag = ls_tag_name(n->tag);
            open_tag(r, n, tag);
            ls_buf_addf(&r->html, "</%s>", tag);
        }
        return;
    }
    /* a separator alone on its line ("|", "•" between the credits of a
     * byline row the metadata took) separates nothing in the text; a
     * callout's icon says nothing either */
    if (s->chars && s->chars <= 2 && !s->imgs && !r->pre && n->ns == LS_NS_HTML
        && separator_only(n) && (on_a_line_of_its_own(n) || marker_cell(n)) && !ls_x_in_code(n))
        return;
    /* a short block that is one link and nothing else ("Reply with quote",
     * "Read more", "Back to top") is a control; list items stay (menus are
     * gone already, the items of a listing are its content), and so do
     * the terms a definition list links to themselves ("callbackFn") */
    if ((n->flags & LS_XF_BLOCK) && s->chars <= 25 && n->tag != GUMBO_TAG_LI
        && n->tag != GUMBO_TAG_DT && !s->headings
        && s->link_chars && (s->link_chars == s->chars || words_between_links(n) == 0)
        && !shown_attachment(r, n) && !(s->imgs && picture_control(n)))
        return;
    /* a picture viewer's counter alone on its line ("1/6", "2 / 8") */
    if ((n->flags & LS_XF_BLOCK) && s->chars <= 9 && !s->imgs && !r->tables && !r->pre
        && slide_counter(n))
        return;
    /* a row of four or more one-word links with at most a label or two
     * between them ("页面功能 【打印】【关闭】 字体：大 中 小", "Print | Email |
     * Share") is a toolbar */
    if (ls_x_block_or_cell(n) && s->chars <= 60 && !s->headings
        && s->link_tags >= 4 && s->link_chars <= s->link_tags * 6 && n->tag != GUMBO_TAG_LI
        && n != r->x->top && words_between_links(n) <= 8)
        return;
    if (s->chars <= 30 && !s->imgs && !r->pre && icon_ligature(n))
        return;
    if (title_again(r, n, s) || name_again(r, n, s) || column_rubric(r, n, s)
        || pull_quote(r, n, s) || head_credit(r, n, s))
        return;
    /* an aside set between the paragraphs that is all link (another
     * story's headline, "Read more") points away from the story */
    if (n->tag == GUMBO_TAG_ASIDE && n != r->x->top && s->link_tags && s->link_tags <= 2
        && s->chars <= 300 && s->link_chars * 10 >= s->chars * 9)
        return;
    if (shop_card(r, n, s) || pointer_caption(r, n, s) || ip_origin_line(r, n, s))
        return;
    if (link_block(r, n, s) || related_block(r, n, s) || dated_links(r, n, s)
        || notice_block(r, n, s) || picture_credit(r, n, s) || post_footer(r, n, s, r->out)
        || marked_advert(r, n, s) || dates_only(r, n, s) || edit_notice(r, n, s)
        || summary_label_alone(r, n, s) || labelled_links(r, n, s) || code_language_label(r, n, s)
        || member_stat(r, n, s) || vote_count(r, n, s) || breadcrumb_block(s, n)
        || pager_block(r, n, s) || control_words(r, n, s))
        return;
    bool block = (n->flags & LS_XF_BLOCK) || n->tag == GUMBO_TAG_BR || n->tag == GUMBO_TAG_TD
        || n->tag == GUMBO_TAG_TH;
    int brk = block ? block_break(n->tag) : math_block(n) ? 2 : 0;
    /* a list within a list item continues its lines; two line breaks in a
     * row end a paragraph (pages that write <br><br> between them), and so
     * does one before a Chinese paragraph's full-width indent */
    if ((n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) && ls_node_is(n->parent, GUMBO_TAG_LI))
        brk = 1;
    else if (lone_paragraph_of_item(n))
        brk = 1; /* <li><p>…</p></li>: an item per line all the same */
    else if (n->tag == GUMBO_TAG_BR && (after_br(n) || indent_after(n)))
        brk = 2;
    if (brk && r->tables && in_data_cell(n)) {
        brk = 0; /* <td><p>…</p></td>: the row stays a line, its cells apart */
        r->space = true;
    }
    if (r->pre && brk > 1 && n->tag != GUMBO_TAG_BR)
        brk = 1; /* a block in preformatted text is a line of it (numbered code) */
    bool code_line = r->pre && code_after_code(n) && r->text.len
        && r->text.data[r->text.len - 1] != '\n';
    if (code_line) { /* <pre><code>line</code><code>line</code></pre> */
        brk = 1;
        ls_buf_addc(&r->html, '\n');
    }
    /* a line of highlighted code begins a line; an empty one, filled by a
     * <br>, is a line too */
    bool filler = r->pre && n->tag == GUMBO_TAG_BR && line_filler(n);
    if (filler || (r->pre && line_after_line(n))) {
        size_t sp = r->text.len; /* (past the spaces the page's source put in) */
        while (sp && r->text.data[sp - 1] == ' ' && r->text.len - sp < 256)
            sp--;
        if (filler ? r->text.len > 0 : sp && r->text.data[sp - 1] != '\n') {
            ls_buf_addc(&r->text, '\n');
            ls_buf_addc(&r->html, '\n');
            r->brk = 0;
            r->space = false;
        }
        if (filler)
            return;
    }
    bool token = math_token(n);
    if (token)
        r->space = true;
    bool cell = n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH;
    if (cell) {
        r->cell_sep = r->cells > 0;
        /* the empty cells since the last that wrote, in a table of data
         * (headed by <th> cells; a layout's spacer cells are nothing) */
        r->empty_cells = 0;
        if (r->cell_sep && data_table_cell(r, n))
            for (const ls_node *p = n->prev; p; p = p->prev) {
                if (p->type != LS_NODE_ELEMENT)
                    continue;
                const ls_xstat *ps = ls_xs(p);
                if (!ps || ps->chars || ps->imgs)
                    break;
                r->empty_cells++;
            }
    } else if (n->tag == GUMBO_TAG_TR) {
        r->cells = 0;
        r->cell_sep = false;
        r->empty_cells = 0;
    }
    if (brk)
        want_break(r, brk);
    if (n->tag == GUMBO_TAG_BR) {
        ls_buf_adds(&r->html, "<br>");
        return;
    }
    bool quote = n->tag == GUMBO_TAG_BLOCKQUOTE
        || ((n->flags & LS_XF_BLOCK) && ls_x_class_or_id_has(n, "quote"));
    bool leaf = !r->in_leaf && s->chars >= 20 && s->chars < 120 && leaf_block(n);
    /* (a paragraph of prose is checked too; a table row is no unit) */
    bool long_leaf = !leaf && !r->in_leaf && s->chars >= 120 && s->chars < 2000
        && prose_tag(n->tag) && leaf_block(n);
    r->in_leaf += leaf || long_leaf;
    size_t copied0 = r->copied;
    size_t t0 = r->text.len, h0 = r->html.len;
    int brk0 = r->brk;
    if (!block && labels_side_by_side(r, n)) {
        r->space = true;
        ls_buf_addc(&r->html, ' ');
    }
    r->edge = false;
    /* a heading: the one before it may have been left with nothing */
    int level = n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6 && n->ns != LS_NS_MATHML
        ? (int)(n->tag - GUMBO_TAG_H1) + 1 : 0;
    if (level && !r->record) {
        drop_orphan_heading(r, level, false);
        t0 = r->text.len;
        h0 = r->html.len;
    }
    const char *tag = n->ns == LS_NS_MATHML ? mathml_tag(n) : html_tag(n->tag);
    if (!tag && n->tag == GUMBO_TAG_UNKNOWN && (n->flags & LS_XF_BLOCK))
        tag = "div"; /* a custom element that stands as a block (<ne-p>) */
    if (n->tag == GUMBO_TAG_P && titled_paragraph(n, s))
        tag = "h3"; /* <p class="text-big-title" label="大标题"> */
    /* a part of a table outside any table written (the article is a
     * layout cell, the record is a table's body): a cell is a block, rows
     * get their table */
    bool wrap = false;
    if (tag && n->ns == LS_NS_HTML && table_part(n->tag) && layout_table_of(r, n))
        tag = "div"; /* a page laid out with a table: its cells are blocks */
    else if (tag && !r->tables && n->ns == LS_NS_HTML) {
        if (n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH || n->tag == GUMBO_TAG_CAPTION)
            tag = "div";
        else if (n->tag == GUMBO_TAG_TR || n->tag == GUMBO_TAG_TBODY || n->tag == GUMBO_TAG_THEAD
                 || n->tag == GUMBO_TAG_TFOOT)
            wrap = true;
    }
    if (wrap)
        ls_buf_adds(&r->html, "<table>");
    bool table = wrap || (tag && !strcmp(tag, "table"));
    r->tables += table;
    bool pre = n->tag == GUMBO_TAG_PRE || styled_pre(r, n);
    if (pre && n->tag != GUMBO_TAG_PRE)
        tag = "pre";
    bool closed = tag && open_tag(r, n, tag);
    if (pre)
        r->pre++;
    bool lines = !pre && kept_lines(r, n);
    r->lines += lines;
    /* a footnote's mark is set apart from the word it follows in the text
     * ("cycle[1]", not "cycle1") */
    const ls_node *mark = footnote_mark(n, s);
    size_t note_t = r->text.len;
    int note_num = 0, item_num = 0;
    bool note = note_number(r, n, &note_num);
    r->in_note += note;
    walk_children(r, n, depth);
    r->in_note -= note;
    r->lines -= lines;
    if (mark && r->text.len > note_t) {
        size_t at = note_t; /* (past the space before the mark) */
        while (at < r->text.len && (r->text.data[at] == ' ' || r->text.data[at] == '\n'))
            at++;
        remember_mark(r, mark, r->text.data + at, r->text.len - at);
        if (opens_unbracketed(n)) {
            ls_buf_insert(&r->text, at, "[", 1);
            ls_buf_addc(&r->text, ']');
        }
    }
    if (!note && r->text.len > note_t && ordered_item(r, n, &item_num)) {
        /* "1. Open the project", as a reader sees an ordered list's item
         * (unless the item writes its number itself: "2. Click…", "一、…") */
        while (note_t < r->text.len && r->text.data[note_t] == '\n')
            note_t++;
        if (!opens_with_number(r->text.data + note_t, r->text.len - note_t)) {
            char num[16];
            int k = snprintf(num, sizeof num, "%d. ", item_num);
            ls_buf_insert(&r->text, note_t, num, (size_t)k);
        }
    }
    if (note && r->text.len > note_t) {
        /* "[1] See IEC 61131-3 …", where the note's text begins, labelled
         * as its mark was ("[a]"), else by its place in the list */
        while (note_t < r->text.len && r->text.data[note_t] == '\n')
            note_t++;
        char num[24];
        const char *label = mark_label_of(r, ls_node_attr(n, "id"));
        int k = label ? snprintf(num, sizeof num, "[%s] ", label)
                      : snprintf(num, sizeof num, "[%d] ", note_num);
        ls_buf_insert(&r->text, note_t, num, (size_t)k);
    }
    if (pre) {
        r->pre--;
        /* the code's last line break is the paragraph's: no blank line more */
        size_t e = r->text.len;
        while (!r->pre && e > t0 && r->text.data[e - 1] == '\n')
            e--;
        ls_buf_truncate(&r->text, e);
    }
    if (cell) {
        r->cells += r->text.len > t0;
        r->cell_sep = false;
    }
    if (closed)
        ls_buf_addf(&r->html, "</%s>", tag);
    r->tables -= table;
    if (wrap)
        ls_buf_adds(&r->html, "</table>");
    if (level && !r->record && r->text.len > t0) {
        r->head_level = level;
        r->head_node = n;
        r->head_t0 = t0;
        r->head_t1 = r->text.len;
        r->head_h0 = h0;
        r->head_h1 = r->html.len;
    }
    r->in_leaf -= leaf || long_leaf;
    if (!block && r->text.len > t0 && numbered_heading(n, r->text.data + t0, r->text.len - t0))
        r->space = true; /* "1 Move from…", not "1Move from…" */
    if (!block && glued_copy(r, t0)) {
        ls_buf_truncate(&r->text, t0);
        ls_buf_truncate(&r->html, h0);
        r->edge = true;
        return;
    }
    if (quote && quotes_earlier_text(r, t0, r->copied - copied0)) {
        ls_buf_truncate(&r->text, t0);
        ls_buf_truncate(&r->html, h0);
        r->brk = brk0;
        return;
    }
    if ((leaf || long_leaf) && r->text.len > t0 && r->text.data) {
        size_t i = t0;
        while (i < r->text.len && r->text.data[i] == '\n')
            i++;
        uint64_t h = fnv1a(1469598103934665603ull, r->text.data + i, r->text.len - i);
        /* a short block seen before is a copy (a teaser, a caption for
         * another screen); a long one only within a run of copies (the
         * article written again for small screens), since reference pages
         * repeat a paragraph where it belongs twice */
        bool dup = seen_before(r, h, n->parent);
        bool drop = dup && (leaf || r->prev_dup);
        r->prev_dup = dup;
        if (drop) {
            r->copied += r->text.len - t0;
            ls_buf_truncate(&r->text, t0);
            ls_buf_truncate(&r->html, h0);
            r->brk = brk0;
            return;
        }
    } else if (!r->in_leaf && r->text.len > t0 && leaf_block(n)) {
        r->prev_dup = false; /* a short block between two copies parts them */
    }
    if (brk)
        want_break(r, brk);
    r->edge = !block && r->text.len > t0;
}

/* (extract_int.h) */
bool ls_x_disclaimer(const char *s, size_t n)
{
#define HAS(w) (memmem(s, n, w, strlen(w)) != NULL)
    if ((HAS("不代表") || HAS("仅代表")) && (HAS("观点") || HAS("立场"))
        && (HAS("本文") || HAS("本站") || HAS("本网") || HAS("作者") || HAS("平台")))
        return true;
    /* or that it gives no advice on investments ("以上内容仅供参考，不构成
     * 投资建议", "股市有风险，投资需谨慎", "This article does not constitute
     * investment advice.") */
    return (HAS("投资建议") && (HAS("不构成") || HAS("不作为") || HAS("并不是") || HAS("并非")
                                || HAS("仅供参考")))
        || HAS("股市有风险") || HAS("投资有风险") || HAS("入市需谨慎")
        || ((HAS("nvestment advice") || HAS("inancial advice")) && (HAS("not ") || HAS("n't ")))
        /* and in English that the views are not the site's ("… do not
         * necessarily reflect the views of the World Bank") */
        || ((HAS("not necessarily reflect") || HAS("not necessarily represent")
             || HAS("do not reflect") || HAS("does not reflect") || HAS("do not represent"))
            && (HAS("views of") || HAS("opinions of") || HAS("position of") || HAS("policy of")));
#undef HAS
}

/* The site's copyright or credit line that ends a page's text ("© 2026
 * Example Inc.", "Copyright 2025 © Jane Roe. All Rights Reserved.",
 * "Powered by Discuz! X3.4 © 2001-2024 Comsenz Inc."): it opens with ©
 * or "Copyright" and names a year, or says all rights are reserved, or
 * credits the software, or disclaims its views. ("© Victor Sailer" under a
 * photo names no year.) */
static bool site_notice(const char *l)
{
    char low[200];
    size_t n = 0;
    for (; l[n] && n + 1 < sizeof low; n++)
        low[n] = (char)tolower((unsigned char)l[n]);
    low[n] = 0;
    bool year = false;
    for (size_t i = 0; i + 4 <= n && !year; i++)
        year = (!strncmp(low + i, "19", 2) || !strncmp(low + i, "20", 2))
            && isdigit((unsigned char)low[i + 2]) && isdigit((unsigned char)low[i + 3])
            && (i == 0 || !isdigit((unsigned char)low[i - 1]))
            && (i + 4 == n || !isdigit((unsigned char)low[i + 4]));
    bool opens = (n >= 2 && !memcmp(low, "\u00a9", 2)) || (n >= 9 && !memcmp(low, "copyright", 9))
        || (n >= 3 && !memcmp(low, "(c)", 3));
    return (opens && year) || strstr(low, "all rights reserved") || strstr(low, "版权所有")
        || (n >= 11 && !memcmp(low, "powered by ", 11)) || ls_x_disclaimer(low, n);
}

/* The story's end mark alone on its line, with the dashes, dots and
 * spaces around it: "END", "- End -", "© THE END", "— 完 —". */
static bool end_mark(const char *l, size_t n)
{
    char core[16];
    size_t c = 0;
    bool other = false, wan = false;
    for (size_t i = 0; i < n && !other;) {
        uint32_t cp;
        i += ls_utf8_next(l + i, n - i, &cp);
        if (isalpha((int)(cp < 0x80 ? cp : 0)) && c + 1 < sizeof core)
            core[c++] = (char)toupper((int)cp);
        else if (cp == 0x5B8C && !wan) /* 完 */
            wan = true;
        else if (!(cp < 0x80 ? strchr(" -_=*~", (int)cp) != NULL
                             : cp == 0x2014 || cp == 0x2013 || cp == 0x2500 || cp == 0xB7
                                   || cp == 0x3000 || cp == 0xA0 || cp == 0xA9))
            other = true;
    }
    core[c] = 0;
    return !other && (wan ? !c : !strcmp(core, "END") || !strcmp(core, "THEEND"));
}

/* What an account's post ends with after the story: the end mark ("END",
 * "- End -"), a call to follow it or get its app ("关注…微信号", "下载…App",
 * "打开…APP，查看原文", "点击上方蓝字关注我们", "给个三连击"),
 * to scan its QR code or follow it ("扫描二维码，关注我们",
 * "点击“阅读原文”"), or the heading of a list of its past posts whose links
 * were left out ("往期回顾"). */
bool ls_x_account_promo(const char *l, size_t n)
{
    if (end_mark(l, n))
        return true;
    /* "更多精彩内容，关注钛媒体微信号（ID：…），或者下载钛媒体App"; a sentence
     * of the story that ends in its full stop ("…已可下载新版客户端。") is none */
    bool sentence = n >= 3 && !memcmp(l + n - 3, "。", 3);
    bool account = memmem(l, n, "微信号", strlen("微信号")) || memmem(l, n, "公众号", strlen("公众号"));
    /* ("欢迎关注…公众号…" is a call however it ends) */
    bool follow = account && memmem(l, n, "关注", strlen("关注"))
        && (!sentence || memmem(l, n, "欢迎关注", strlen("欢迎关注")));
    bool app = !sentence
        && (memmem(l, n, "下载", strlen("下载")) || memmem(l, n, "打开", strlen("打开")))
        && (memmem(l, n, "App", 3) || memmem(l, n, "APP", 3) || memmem(l, n, "客户端", strlen("客户端")));
    /* a newsletter's sign-up ending in its button ("…电邮 样例 订阅") */
    bool signup = n >= strlen("订阅") && ls_utf8_len(l, n) <= 30
        && !memcmp(l + n - strlen("订阅"), "订阅", strlen("订阅"));
    if (follow || app || signup)
        return true;
    static const char *const calls[] = {"二维码", "扫码", "扫一扫", "长按识别", "阅读原文",
                                        "报料有奖", "爆料有奖", "报料热线", "欢迎报料",
                                        "关注我们", "关注公众号", "点个在看", "点赞在看",
                                        "点亮在看", "“在看”", "星标公众号", "设为星标",
                                        "点击上方蓝字", "点击蓝字", "三连"};
    for (size_t k = 0; k < sizeof calls / sizeof calls[0]; k++)
        if (memmem(l, n, calls[k], strlen(calls[k])))
            return true;
    return furniture_label(l, n);
}

/* The site's terms for reprinting its stories ("未经正式授权严禁转载本文，侵权必究。",
 * "著作权归作者所有。商业转载请联系作者获得授权…"), the story's address for
 * citing it, a paywall's offer, a note of where the story first ran in
 * parentheses ("（本文首发于钛媒体App，作者｜王芳）"), or where to write about
 * it ("如对本稿件有异议或投诉，请联系tougao@example.com"): lines that end a
 * Chinese story. */
static bool reprint_terms(const char *l, size_t n)
{
#define HAS(w) (memmem(l, n, w, strlen(w)) != NULL)
    if (HAS("转载")
        && (HAS("未经") || HAS("授权") || HAS("注明") || HAS("禁止") || HAS("严禁")
            || HAS("侵权") || HAS("不得") || HAS("请勿")))
        return true;
    /* a platform's note of where a shared post came from and whom to ask to
     * take it down or for a reprint ("本文分享自 … 微信公众号，前往查看",
     * "如有侵权，请联系 … 删除。", "转载请联系…"), or of its campaign ("本文参与
     * … 同步曝光计划", "本文参与了 … 写作挑战赛") */
    if (!strncmp(l, "本文分享自", strlen("本文分享自")) || HAS("如有侵权")
        || !strncmp(l, "本文参与", strlen("本文参与")) || HAS("转载请联系") || HAS("如需转载"))
        return true;
    /* a repost's credit at its end, the metadata having read it ("本文来自微信
     * 公众号“智造观察”，作者：…，36氪经授权发布。") */
    if (!strncmp(l, "本文来自", strlen("本文来自")) && (HAS("授权") || HAS("发布")))
        return true;
    /* the story's own address and title printed for copying ("本文地址：…",
     * "本文链接：…", "原文链接：…") */
    static const char *const cites[] = {"本文地址", "本文链接", "本文标题", "原文链接", "原文地址"};
    for (size_t k = 0; k < sizeof cites / sizeof cites[0]; k++)
        if (n > strlen(cites[k]) && !memcmp(l, cites[k], strlen(cites[k])))
            return true;
    /* a paywall's offer where the story stops ("您正在阅读的是付费内容，订阅
     * …即可阅读全文", "单篇购买 ¥2") */
    if (HAS("付费内容") || HAS("会员专享") || HAS("单篇购买") || HAS("剩余未读")
        || (HAS("订阅") && (HAS("阅读全文") || HAS("查看全文"))))
        return true;
    /* a document site's preview ending in its offer ("剩余10页未读，继续阅读",
     * "开通VIP 免费下载") */
    if (((HAS("剩余") || HAS("还剩")) && HAS("未读")) || HAS("开通VIP") || HAS("开通会员")
        || (ls_utf8_len(l, n) <= 8 && HAS("继续阅读")))
        return true;
    bool paren = (n > strlen("（本文") + 3 && !memcmp(l, "（本文", strlen("（本文"))
                  && !memcmp(l + n - 3, "）", 3))
        || (n > strlen("(本文") + 1 && !memcmp(l, "(本文", strlen("(本文")) && l[n - 1] == ')');
    if (paren)
        return true;
    /* the source credited in brackets at the end, once the metadata has
     * read it ("（文章来源：证券时报网）") */
    bool bracketed = (n > 6 && !memcmp(l, "（", 3) && !memcmp(l + n - 3, "）", 3))
        || (n > 2 && l[0] == '(' && l[n - 1] == ')');
    if (bracketed && ls_utf8_len(l, n) < 40 && (HAS("来源：") || HAS("来源:")))
        return true;
    /* the site's request to the owners of its pictures ("如果我们使用了您的
     * 图片，请作者与本站联系索取稿酬") */
    if ((HAS("与本站联系") || HAS("联系本站")) && (HAS("图片") || HAS("稿酬") || HAS("版权")))
        return true;
    /* the picture's credit at the story's end ("题图来自 Unsplash，基于CC0协议。") */
    static const char *const pictures[] = {"题图", "头图", "封面图", "封面来源"};
    for (size_t k = 0; k < sizeof pictures / sizeof pictures[0]; k++)
        if (n > strlen(pictures[k]) && !memcmp(l, pictures[k], strlen(pictures[k]))
            && ls_utf8_len(l, n) < 60)
            return true;
    /* a blog's signature under its post: the writer and the post's own
     * address ("作者：边缘码农", "出处：http://www.cnblogs.com/…") */
    if ((!strncmp(l, "出处：http", strlen("出处：http")) || !strncmp(l, "出处:http", 9))
        && ls_utf8_len(l, n) < 100)
        return true;
    if ((!strncmp(l, "作者：", strlen("作者：")) || !strncmp(l, "作者:", strlen("作者:")))
        && ls_utf8_len(l, n) < 24)
        return true;
    /* where to write ("如对本稿件有异议…请联系…@…", "投稿或寻求报道：…@…") */
    return (HAS("联系") || HAS("投稿")) && memchr(l, '@', n) && ls_utf8_len(l, n) < 80
        && !(n >= 3 && !memcmp(l + n - 3, "。", 3));
#undef HAS
}

/* A press release's closing lines: its end mark ("###", "-30-"), the
 * wire's "SOURCE Company, Inc." and its media links ("Logo -
 * https://…", "Photo - https://…"); and the like of other stories. */
static bool release_end(const char *l, size_t n)
{
    size_t k = 0;
    while (k < n && l[k] == '#')
        k++;
    if (k >= 3 && k == n)
        return true;
    if ((n == 4 && !memcmp(l, "-30-", 4)) || (n == 6 && !memcmp(l, "- 30 -", 6)))
        return true;
    if (n > 7 && n < 100 && !memcmp(l, "SOURCE ", 7) && isupper((unsigned char)l[7]))
        return true;
    /* the citation a journal's news page ends with, the writer's sign-off
     * ("doi: https://doi.org/…", "Follow me on Twitter or LinkedIn.") */
    if (n < 100 && (!strncasecmp(l, "doi: http", 9) || !strncasecmp(l, "doi:http", 8)
                    || !strncmp(l, "Follow me on ", 13)))
        return true;
    const char *dash = memmem(l, n < 24 ? n : 24, " - http", 7);
    if (!dash || memchr(dash + 3, ' ', n - (size_t)(dash + 3 - l)))
        return false;
    for (const char *w = l; w < dash; w++)
        if (!isalpha((unsigned char)*w) && *w != ' ')
            return false;
    return dash > l;
}

/* The line above the one that starts at p in text (blank lines passed
 * over): its start, its length in *len; NULL at the text's start. */
char *ls_x_line_above(char *text, char *p, size_t *len)
{
    while (p > text) {
        char *e = p - 1; /* (the line break above p) */
        p = e;
        while (p > text && p[-1] != '\n')
            p--;
        if (e > p) {
            *len = (size_t)(e - p);
            return p;
        }
    }
    return NULL;
}

/* A line ends a sentence: ". ! ? 。！？" last. */
static bool ends_sentence_text(const char *l, size_t n)
{
    while (n && l[n - 1] == ' ')
        n--;
    return n && (strchr(".!?", l[n - 1]) || (n >= 3 && (!memcmp(l + n - 3, "。", 3)
                                                     || !memcmp(l + n - 3, "！", 3)
                                                     || !memcmp(l + n - 3, "？", 3))));
}

/* A label over links to other stories ("相关阅读：", "Related posts"): the
 * furniture labels but a table of contents', a reference section's and a
 * bare "Recommended" (a game's recommended system). */
static bool related_label(const char *l, size_t n)
{
    static const char *const own[] = {"contents", "table of contents", "in this article",
                                       "on this page", "external links", "see also",
                                       "further reading", "目录", "本文目录", "文章目录",
                                       /* (a game's system requirements) */
                                       "recommended"};
    while (n && (l[n - 1] == ' ' || l[n - 1] == ':'))
        n--;
    if (n >= 3 && !memcmp(l + n - 3, "：", 3))
        n -= 3;
    for (size_t k = 0; k < sizeof own / sizeof own[0]; k++)
        if (strlen(own[k]) == n && !strncasecmp(l, own[k], n))
            return false;
    return furniture_label(l, n);
}

/* A line that ends a story in Korean, Japanese or a European language,
 * short of its text: the rights ("<저작권자 ⓒ …, 무단전재 및 재배포 금지>",
 * "無断転載を禁じます"), the reporter's credit and address ("이영희 기자
 * younghee@…"), a paywall's or a subscription's call ("この記事は会員限定
 * です。", "Abonnez-vous à …", "Jetzt abonnieren", a newsletter's
 * "Subscribe now" and "Already have an account?"). */
static bool foreign_end_line(const char *l, size_t n)
{
#define HAS(w) (memmem(l, n, w, strlen(w)) != NULL)
    if (ls_utf8_len(l, n) >= 160)
        return false;
    if (HAS("무단전재") || HAS("무단 전재") || HAS("재배포 금지") || HAS("재배포금지")
        || HAS("無断転載") || HAS("無断複製"))
        return true;
    if (HAS("기자") && (HAS("@") || (n >= strlen("기자") && !memcmp(l + n - strlen("기자"), "기자", strlen("기자"))))
        && ls_utf8_len(l, n) < 60)
        return true;
    if (HAS("会員限定") || (HAS("会員登録") && (HAS("続き") || HAS("閲覧"))))
        return true;
    static const char *const calls[] = {"Abonnez-vous", "Je m’abonne", "Je m'abonne",
                                        "Jetzt abonnieren", "Jetzt weiterlesen", "Suscríbete",
                                        "Assine", "Abbonati",
                                        /* a newsletter's own call under its issue */
                                        "Subscribe now", "Subscribe to get ",
                                        "Subscribe to receive ", "Already have an account?",
                                        "Already a subscriber?", "Already a member?",
                                        "Enjoyed this issue?", "Enjoyed this post?",
                                        "Enjoyed this article?", "Discover more from "};
    for (size_t k = 0; k < sizeof calls / sizeof calls[0]; k++)
        if (!strncmp(l, calls[k], strlen(calls[k])))
            return true;
    return false;
#undef HAS
}

/* A staff member's credit alone on its line, a role then a name: "美编丨马利亚",
 * "监制｜连晓东", "校对：刘军", "排版 / 王芳". */
static bool staff_credit(const char *l, size_t n)
{
    static const char *const roles[] = {"美编", "美术编辑", "监制", "排版", "审核", "审校", "校对",
                                        "统筹", "策划", "设计", "视觉", "出品", "制作", "终审",
                                        "复审", "初审", "运营", "编审"};
    static const char *const seps[] = {"丨", "｜", "|", "：", ":", "/", "／", " "};
    if (ls_utf8_len(l, n) > 20)
        return false;
    for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
        size_t rl = strlen(roles[k]);
        if (n <= rl || memcmp(l, roles[k], rl))
            continue;
        size_t i = rl;
        while (i < n && l[i] == ' ')
            i++;
        for (size_t j = 0; j < sizeof seps / sizeof seps[0]; j++)
            if (n - i >= strlen(seps[j]) && !memcmp(l + i, seps[j], strlen(seps[j])))
                return i + strlen(seps[j]) < n || seps[j][0] == ' ';
        return i > rl; /* ("排版 王芳") */
    }
    return false;
}

/* Removes trailing editorial lines: 责任编辑：…, 【纠错】, （完）, （原标题：…）,
 * the site's notices and, on a Chinese page (zh), an account's calls to
 * follow it. Called after the metadata has read them. */
void ls_x_trim_tail(ls_buf *t, bool zh)
{
    for (int guard = 0; guard < 12 && t->len; guard++) {
        char *last = t->data + t->len;
        while (last > t->data && last[-1] != '\n')
            last--;
        size_t ll = (size_t)(t->data + t->len - last);
        bool cut = (ll < 80 && (strstr(last, "责任编辑") || strstr(last, "【纠错】")
                               || strstr(last, "责编：") || strstr(last, "审核编辑")
                               || !strncmp(last, "本版编辑", strlen("本版编辑"))
                               || !strncmp(last, "本版责编", strlen("本版责编"))
                               || !strncmp(last, "校对：", strlen("校对："))))
            || (ll < 60 && (strstr(last, "编辑：") || strstr(last, "编辑:") || strstr(last, "编辑｜")
                            || strstr(last, "编辑|")))
            || !strcmp(last, "（完）") || !strcmp(last, "(完)")
            /* a post's time and where it was sent from ("编辑于 2024-02-27
             * 09:30・IP 属地上海") */
            || (ll < 90 && (strstr(last, "IP 属地") || strstr(last, "IP属地")))
            /* the headline the story first ran under: （原标题：…） */
            || (ll < 240 && (!strncmp(last, "（原标题", strlen("（原标题"))
                             || !strncmp(last, "(原标题", strlen("(原标题"))
                             || !strncmp(last, "原标题：", strlen("原标题："))
                             || !strncmp(last, "原标题:", strlen("原标题:"))));
        /* a platform's disclaimer runs longer in Chinese: counted in characters */
        cut = cut || (ll < 200 && site_notice(last)) || (zh && ll < 150 && ls_x_account_promo(last, ll))
            || (zh && ls_utf8_len(last, ll) < 120 && reprint_terms(last, ll))
            /* (in Latin letters a disclaimer runs longer) */
            || (ls_utf8_len(last, ll) < (ls_utf8_len(last, ll) * 2 > ll ? 400 : 200)
                && ls_x_disclaimer(last, ll))
            || release_end(last, ll) || (ll < 40 && furniture_label(last, ll))
            || (!zh && foreign_end_line(last, ll)) || ls_info_wire_credits(last, ll, NULL, 0)
            || (zh && (credit_line(last, ll, NULL) || staff_credit(last, ll)));
        /* a label of related stories a few lines above, the titles under it
         * ("相关阅读：" and two titles in 《》, "Related posts" and a list):
         * short lines that end no sentence */
        if (!cut && ll < 120 && !ends_sentence_text(last, ll)) {
            char *p = last;
            size_t pl;
            for (int up = 0; up < 6 && !cut && (p = ls_x_line_above(t->data, p, &pl)); up++) {
                if (p > t->data && related_label(p, pl))
                    cut = true, last = p;
                else if (pl >= 120 || ends_sentence_text(p, pl))
                    break;
            }
        }
        /* an end mark a line or two above: what follows it is the
         * account's signature, no story ("— 完 —", then "量子位 · 头条号签约") */
        if (!cut && zh && ll < 80) {
            char *p = last;
            size_t pl;
            for (int up = 0; up < 2 && !cut && (p = ls_x_line_above(t->data, p, &pl)) && pl < 40;
                 up++)
                if (end_mark(p, pl))
                    cut = true, last = p;
        }
        /* a call to download or follow right above a short line that ends
         * no sentence: the line is the same box's ("下载少数派客户端、关注
         * 少数派小红书", then "实用、好用的正版软件，少数派为你呈现 🚀") */
        if (!cut && zh && ll < 80 && !ends_sentence_text(last, ll)) {
            size_t pl;
            char *p = ls_x_line_above(t->data, last, &pl);
            if (p && pl < 200 && ls_x_account_promo(p, pl) && !furniture_label(p, pl))
                cut = true, last = p;
        }
        if (!cut)
            break;
        size_t nl = (size_t)(last - t->data);
        while (nl > 0 && t->data[nl - 1] == '\n')
            nl--;
        ls_buf_truncate(t, nl);
    }
}

/* The element named at html[i] ('<' opens it) has no closing tag. */
static bool void_element(const char *t)
{
    static const char *const voids[] = {"img", "br", "hr", "wbr"};
    for (size_t k = 0; k < sizeof voids / sizeof voids[0]; k++) {
        size_t l = strlen(voids[k]);
        if (!strncmp(t, voids[k], l) && !isalnum((unsigned char)t[l]))
            return true;
    }
    return false;
}

/* Where a character reference ending at html[i] ("&amp;", "&#39;") starts,
 * or i when none ends there. */
static size_t entity_before(const char *html, size_t i)
{
    if (!i || html[i - 1] != ';')
        return i;
    size_t a = i - 1;
    while (a > 0 && i - a < 12 && (isalnum((unsigned char)html[a - 1]) || html[a - 1] == '#'))
        a--;
    return a > 0 && html[a - 1] == '&' ? a - 1 : i;
}

/* The character that ends at html[i] (i > 0); *start gets where it
 * begins. */
static uint32_t cp_before(const char *html, size_t i, size_t *start)
{
    size_t st = i - 1;
    while (st > 0 && ((unsigned char)html[st] & 0xC0) == 0x80)
        st--;
    uint32_t cp;
    ls_utf8_next(html + st, i - st, &cp);
    *start = st;
    return cp;
}

/* The word characters of cut[0..cut_len), in their order (malloc'd; *nw
 * of them, 0 when there are more than the HTML trims look for). */
static uint32_t *word_chars(const char *cut, size_t cut_len, size_t *nw)
{
    enum { MAX_WORD = 4096 };
    uint32_t *want = malloc(MAX_WORD * sizeof *want);
    *nw = 0;
    for (size_t i = 0; want && i < cut_len;) {
        uint32_t cp;
        i += ls_utf8_next(cut + i, cut_len - i, &cp);
        if (ls_is_word_cp(cp)) {
            if (*nw == MAX_WORD) {
                *nw = 0;
                break;
            }
            want[(*nw)++] = cp;
        }
    }
    return want;
}

/* (extract_int.h) */
bool ls_x_trim_html_head(char *html, const char *cut, size_t cut_len)
{
    size_t nw = 0;
    uint32_t *want = word_chars(cut, cut_len, &nw);
    /* forward from the start, past tags, character references and what is
     * no word, the words of the lines cut, in their order */
    size_t n = strlen(html), i = 0, k = 0, first = 0, end = 0;
    while (want && k < nw && i < n) {
        if (html[i] == '<') {
            const char *gt = strchr(html + i, '>');
            if (!gt)
                break;
            i = (size_t)(gt - html) + 1;
            continue;
        }
        if (html[i] == '&') {
            size_t e = i + 1;
            while (e < n && e - i < 12 && (isalnum((unsigned char)html[e]) || html[e] == '#'))
                e++;
            if (e < n && html[e] == ';') {
                i = e + 1;
                continue;
            }
        }
        uint32_t cp;
        size_t at = i;
        i += ls_utf8_next(html + i, n - i, &cp);
        if (!ls_is_word_cp(cp))
            continue;
        if (cp != want[k])
            break; /* the HTML does not open with those lines: left alone */
        if (k++ == 0)
            first = at;
        end = i;
    }
    bool found = want && nw && k == nw;
    free(want);
    if (!found)
        return false;
    /* back over the opening tags and marks that lead to those words (not
     * the article's own), on over the marks and closing tags after them */
    size_t a = first;
    while (a > 0) {
        if (html[a - 1] == '>') {
            size_t p = a - 1;
            while (p > 0 && html[p] != '<')
                p--;
            if (html[p] != '<' || html[p + 1] == '/' || void_element(html + p + 1)
                || !strncmp(html + p, "<article>", 9))
                break;
            a = p;
            continue;
        }
        size_t st;
        uint32_t cp = cp_before(html, a, &st);
        if (ls_is_word_cp(cp) || cp == '>' || cp == ';')
            break;
        a = st;
    }
    size_t b = end;
    while (b < n) {
        if (html[b] == '<') {
            if (html[b + 1] != '/' || !strncmp(html + b, "</article>", 10))
                break;
            const char *gt = strchr(html + b, '>');
            if (!gt)
                return false;
            b = (size_t)(gt - html) + 1;
            continue;
        }
        uint32_t cp;
        size_t l = ls_utf8_next(html + b, n - b, &cp);
        if (ls_is_word_cp(cp) || cp == '&')
            break;
        b += l;
    }
    /* what goes must be whole elements: as many opened as closed, in order
     * (the opening tags of those that go on past it stay) */
    int depth = 0;
    for (size_t j = a; j < b; j++) {
        if (html[j] != '<')
            continue;
        if (html[j + 1] == '/')
            depth--;
        else if (!void_element(html + j + 1))
            depth++;
        if (depth < 0)
            return false;
    }
    while (depth > 0 && a < first && html[a] == '<' && html[a + 1] != '/') {
        const char *gt = strchr(html + a, '>');
        if (!gt)
            return false;
        a = (size_t)(gt - html) + 1;
        depth--;
    }
    if (depth != 0)
        return false;
    memmove(html + a, html + b, n - b + 1);
    return true;
}

/* (extract_int.h) */
void ls_x_trim_html_tail(char *html, const char *cut, size_t cut_len)
{
    size_t nw = 0;
    uint32_t *want = word_chars(cut, cut_len, &nw);
    if (!want || !nw) {
        free(want);
        return;
    }
    /* back from the end, past tags, character references and what is no
     * word, the words of the lines cut, in their order */
    size_t i = strlen(html), first = 0;
    bool found = false;
    while (i > 0 && !found) {
        if (html[i - 1] == '>') {
            while (i > 0 && html[i - 1] != '<')
                i--;
            if (i > 0)
                i--;
            continue;
        }
        size_t e = entity_before(html, i);
        if (e < i) {
            i = e;
            continue;
        }
        size_t st;
        uint32_t cp = cp_before(html, i, &st);
        i = st;
        if (!ls_is_word_cp(cp))
            continue;
        if (cp != want[nw - 1])
            break; /* the HTML does not end with those lines: left alone */
        if (--nw == 0) {
            first = st;
            found = true;
        }
    }
    free(want);
    if (!found)
        return;
    /* back over the opening tags, spaces and marks that lead to those words
     * ("<p>【编辑", "<div>- END -"), up to the end of an element before them */
    size_t c = first;
    while (c > 0) {
        if (html[c - 1] == '>') {
            size_t p = c - 1;
            while (p > 0 && html[p] != '<')
                p--;
            /* (a closing tag ends an element before; a <br> or an image is
             * the content's own: "机遇。<br><br>" keeps its full stop) */
            if (html[p] != '<' || html[p + 1] == '/' || void_element(html + p + 1))
                break;
            c = p;
            continue;
        }
        size_t e = entity_before(html, c);
        if (e < c) {
            c = e;
            continue;
        }
        size_t st;
        if (ls_is_word_cp(cp_before(html, c, &st)))
            break;
        c = st;
    }
    /* close what is open there: each of those elements closed after it, so
     * the closing tags fit where the lines were */
    const char *open[64];
    size_t no = 0;
    for (size_t k = 0; k < c; k++) {
        if (html[k] != '<')
            continue;
        if (html[k + 1] == '/') {
            if (no)
                no--;
        } else if (!void_element(html + k + 1)) {
            if (no == 64)
                return; /* (nested deeper than any article's: left alone) */
            open[no++] = html + k + 1;
        }
        while (k < c && html[k] != '>')
            k++;
    }
    char tail[64 * 16];
    size_t tl = 0;
    for (size_t k = no; k-- > 0;) {
        size_t l = strcspn(open[k], " >");
        if (l > 10 || tl + l + 3 >= sizeof tail)
            return; /* (no tag of ours is so long: left alone) */
        tail[tl++] = '<';
        tail[tl++] = '/';
        memcpy(tail + tl, open[k], l);
        tl += l;
        tail[tl++] = '>';
    }
    if (c + tl > strlen(html))
        return; /* (HTML cut short at its cap, unbalanced: left alone) */
    memcpy(html + c, tail, tl);
    html[c + tl] = 0;
}

/* Room past the cap for the end tags of the elements open when it is
 * reached (nesting is at most LS_DOM_MAX_DEPTH), and a last record. */
#define RENDER_HEADROOM (64u << 10)

int ls_x_render(ls_xctx *x, ls_article *out)
{
    size_t cap = x->opts && x->opts->max_text ? x->opts->max_text : (8u << 20);
    rctx r = {.x = x, .quote_scan = 64u << 20, .cap = cap};
    ls_buf_init(&r.text, cap + RENDER_HEADROOM);
    ls_buf_init(&r.html, cap + RENDER_HEADROOM);
    ls_node *top = x->top;
    ls_buf_adds(&r.html, "<article>");
    r.out = out;
    if (x->record) {
        r.record = true;
        walk(&r, x->record, 0);
        r.record = false;
        want_break(&r, 2);
    }
    r.title = out->title;
    r.byline = out->byline ? out->byline : x->member_author[0] ? x->member_author : NULL;
    r.title_chars = out->title ? ls_x_visible_chars(out->title) : 0;
    r.text_start = r.text.len;
    ls_node *dek = dek_after_title(x, top);
    if (dek) {
        walk(&r, dek, 0);
        want_break(&r, 2);
    }
    if (top && top->parent && top->tag != GUMBO_TAG_BODY && top->user) {
        r.header = header_before(x, top, true);
        for (ls_node *c = top->parent->first_child; c; c = c->next)
            if (c->type == LS_NODE_ELEMENT && (c->flags & LS_XF_KEEP))
                walk(&r, c, 0);
    } else if (top) {
        r.header = header_before(x, top, false);
        walk(&r, top, 0);
    }
    write_inline_notes(&r);
    drop_orphan_heading(&r, 1, true);
    ls_buf_adds(&r.html, "</article>");
    free(r.seen);
    free(r.seen_parent);
    free(r.marks);
    int rc = LS_OK;
    if (r.text.err == LS_ENOMEM || r.html.err == LS_ENOMEM)
        rc = LS_ENOMEM;
    out->text = ls_buf_detach(&r.text, NULL);
    out->html = ls_buf_detach(&r.html, NULL);
    ls_buf_release(&r.text);
    ls_buf_release(&r.html);
    if (!out->text)
        out->text = ls_strdup("");
    if (!out->html)
        out->html = ls_strdup("");
    return rc;
}
