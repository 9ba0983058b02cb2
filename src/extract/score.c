/*
 * score.c - choosing the article's container and the sibling blocks that
 * belong with it.
 *
 * Readability's idea, made CJK-aware: every text block ("leaf" block with no
 * block children, or p/pre/td) of enough weighted length gives its parent
 * and further ancestors a score from its commas (Chinese punctuation counted
 * on Chinese text) and its length. Each candidate's score is then scaled by
 * how little of it is links and by its text density and punctuation density
 * (洪鸿辉 et al. 2019: text per tag, text per punctuation mark), so a menu of
 * many short links loses to a run of real sentences.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"

#define MAX_ANCESTORS 5
#define NTOP 5

static bool cjk_text(const ls_xstat *s)
{
    return s->cjk * 2 > s->chars;
}

static double base_score(const ls_node *n, const ls_xstat *s)
{
    double b = s->weight;
    switch (n->tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: b += 5; break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: b += 3; break;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        b -= 3;
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        b -= 5;
        break;
    default: break;
    }
    return b;
}

/* A block that holds text itself: p, pre, td, or a block without block children. */
static bool text_block(const ls_node *n)
{
    switch (n->tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
        return true;
    default: break;
    }
    if (!(n->flags & LS_XF_BLOCK) || n->tag == GUMBO_TAG_BODY)
        return false;
    for (const ls_node *c = n->first_child; c; c = c->next)
        if (c->type == LS_NODE_ELEMENT && (c->flags & LS_XF_BLOCK) && !(c->flags & LS_XF_JUNK))
            return false;
    return true;
}

static bool inside_text_block(const ls_node *n)
{
    for (const ls_node *p = n->parent; p && p->type == LS_NODE_ELEMENT; p = p->parent)
        if (p->tag == GUMBO_TAG_P || p->tag == GUMBO_TAG_PRE)
            return true;
    return false;
}

static void touch(ls_node *a)
{
    if (!(a->flags & LS_XF_CANDIDATE)) {
        a->flags |= LS_XF_CANDIDATE;
        a->score = base_score(a, ls_xs(a));
    }
}

/* Returns the number of text blocks inside footers and junk, which are not
 * scored. */
static unsigned score_blocks(ls_xctx *x)
{
    unsigned out = 0;
    for (size_t i = 0; i < x->nst; i++) {
        ls_xstat *s = &x->st[i];
        ls_node *n = s->node;
        if ((n->flags & LS_XF_JUNK) || !text_block(n) || inside_text_block(n))
            continue;
        unsigned len = ls_x_len(s);
        if (len < 25)
            continue;
        if (n->flags & LS_XF_OUT) {
            out++;
            continue;
        }
        unsigned marks = cjk_text(s) ? s->punct : s->commas;
        double sc = 1 + marks + (len / 100 > 3 ? 3 : len / 100);
        sc *= 1 - ls_x_link_density(s);
        int level = 0;
        for (ls_node *a = n->parent; a && a->type == LS_NODE_ELEMENT && level < MAX_ANCESTORS;
             a = a->parent, level++) {
            if (!a->user || (a->flags & LS_XF_JUNK) || a->tag == GUMBO_TAG_HTML)
                break;
            touch(a);
            double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            a->score += sc / div;
        }
    }
    return out;
}

/* Text density and punctuation density of 洪鸿辉 et al., as a factor near 1. */
static double density_factor(const ls_xstat *s)
{
    double text = (double)s->chars - s->link_chars;
    if (text <= 0)
        return 0.1;
    double tags = (double)s->tags - s->link_tags;
    double td = text / (tags < 1 ? 1 : tags);
    double sbd = text / (s->punct + 1.0);
    /* many characters per tag is good; very few per punctuation mark (lists
     * of "a | b | c") or none at all (a wall of link titles) is not */
    double f = 0.75 + 0.1 * log1p(td);
    if (sbd > 200)
        f *= 0.8;
    return f;
}

static ls_node *best_candidate(ls_xctx *x, ls_node **tops, int *ntop)
{
    *ntop = 0;
    for (size_t i = 0; i < x->nst; i++) {
        ls_node *n = x->st[i].node;
        if (!(n->flags & LS_XF_CANDIDATE))
            continue;
        ls_xstat *s = ls_xs(n);
        n->score *= (1 - ls_x_link_density(s)) * density_factor(s);
        int k = *ntop;
        while (k > 0 && tops[k - 1]->score < n->score) {
            if (k < NTOP)
                tops[k] = tops[k - 1];
            k--;
        }
        if (k < NTOP) {
            tops[k] = n;
            if (*ntop < NTOP)
                (*ntop)++;
        }
    }
    return *ntop ? tops[0] : NULL;
}

/* The parent of n or of one of its three nearest ancestors, when that
 * element has two or more siblings of its tag and class: the row of a
 * thread's posts (never <body>). NULL when there is none. */
static ls_node *row_of_posts(ls_node *n)
{
    ls_node *a = n;
    for (int d = 0; d < 4 && a && a->type == LS_NODE_ELEMENT && a->tag != GUMBO_TAG_BODY;
         d++, a = a->parent) {
        const char *cls = ls_node_attr(a, "class");
        if (!cls || !*cls || !a->parent)
            continue;
        int alike = 0;
        for (const ls_node *s = a->parent->first_child; s; s = s->next)
            if (s != a && s->type == LS_NODE_ELEMENT && s->tag == a->tag && s->user
                && !(s->flags & LS_XF_JUNK) && ls_node_attr(s, "class")
                && !strcmp(ls_node_attr(s, "class"), cls))
                alike++;
        if (alike >= 2)
            return a->parent->tag == GUMBO_TAG_BODY ? NULL : a->parent;
    }
    return NULL;
}

/* When near-equal candidates share an ancestor, the article spans them. */
static ls_node *widen(const ls_xctx *x, ls_node *top, ls_node **tops, int ntop)
{
    int close = 0;
    for (int i = 1; i < ntop; i++)
        if (tops[i]->score >= top->score * 0.75 && !ls_x_holds(top, tops[i]))
            close++;
    /* in a discussion, a second post that scores near the first is part of
     * the thread */
    int need = x->discussion ? 1 : 2;
    if (close >= need) {
        for (ls_node *p = top->parent; p && p->type == LS_NODE_ELEMENT
             && p->tag != GUMBO_TAG_BODY; p = p->parent) {
            int in = 0;
            for (int i = 1; i < ntop; i++)
                if (tops[i]->score >= top->score * 0.75 && ls_x_holds(p, tops[i]))
                    in++;
            if (in >= need) {
                top = p;
                break;
            }
        }
    }
    /* in a discussion, the best post is one of a row of posts alike: the
     * thread is the row (one long log in a reply outscores the question) */
    if (x->discussion) {
        ls_node *row = row_of_posts(top);
        if (row)
            top = row;
    }
    /* a parent that scores higher than its best child is the better root;
     * so is one that scores nearly as well with more prose of its own (the
     * story's first paragraphs beside a "read more" box that holds the
     * rest), past wrappers that add next to nothing */
    double last = top->score;
    const ls_node *best = top;
    bool passed = false; /* over a wrapper: only a parent better than best, or near it */
    for (ls_node *p = top->parent; p && p->type == LS_NODE_ELEMENT && p->tag != GUMBO_TAG_BODY;
         p = p->parent) {
        if (!(p->flags & LS_XF_CANDIDATE))
            continue;
        const ls_xstat *ps = ls_xs(p), *bs = ls_xs(best);
        if (p->score < best->score / 3) {
            if (ps && bs && ps->chars * 20 <= bs->chars * 21) {
                passed = true;
                continue; /* a wrapper that adds next to nothing */
            }
            break;
        }
        if (p->score > (passed ? best->score : last)
            || (ps && bs && p->score >= best->score * 0.95 && ps->paras > bs->paras
                && ps->chars * 10 <= bs->chars * 16 && ls_x_link_density(ps) < 0.1
                && ps->good >= bs->good && ps->chars >= bs->chars
                && (ps->good - bs->good) * 10 >= (ps->chars - bs->chars) * 8)) {
            top = p;
            break;
        }
        last = p->score;
    }
    /* a table's body is no unit of its own: the table, with its head and
     * caption, is (and its siblings, an introduction, are the article's) */
    if ((top->tag == GUMBO_TAG_TBODY || top->tag == GUMBO_TAG_THEAD)
        && ls_node_is(top->parent, GUMBO_TAG_TABLE) && top->parent->user)
        top = top->parent;
    /* a wrapper that only holds the candidate adds nothing */
    while (top->parent && top->parent->type == LS_NODE_ELEMENT
           && top->parent->tag != GUMBO_TAG_BODY && ls_xs(top->parent)
           && ls_xs(top->parent)->chars == ls_xs(top)->chars)
        top = top->parent;
    return top;
}

bool ls_x_ends_sentence(const ls_node *n, bool comma_too)
{
    const ls_node *t = n->last_child;
    while (t && t->type == LS_NODE_ELEMENT)
        t = t->last_child;
    if (!t || t->type != LS_NODE_TEXT)
        return false;
    const char *e = t->text + t->text_len;
    while (e > t->text && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t'))
        e--;
    size_t l = (size_t)(e - t->text);
    return (l && e[-1] == '.')
        || (l >= 3 && (!memcmp(e - 3, "。", 3) || (comma_too && !memcmp(e - 3, "，", 3))));
}


/* The box's class or id names a picture ("photo", "pic", "img", "figure"). */
static bool named_picture(const ls_node *f)
{
    static const char *const names[] = {"photo", "pic", "img", "image", "figure"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (ls_x_class_or_id_has(f, names[k]))
            return true;
    return false;
}

/* A figure drawn without <figure>: a box of one picture (an <img>, or an
 * element holding only one) and at most one short caption under it, named
 * a caption or in a box named a picture ("<div class=photo><img><p
 * class=photo-caption>…</p></div>"). */
static bool figure_box(const ls_node *f)
{
    if (f->tag != GUMBO_TAG_DIV && f->tag != GUMBO_TAG_P && f->tag != GUMBO_TAG_SPAN)
        return false;
    int pictures = 0, captions = 0;
    for (const ls_node *c = f->first_child; c; c = c->next) {
        const ls_xstat *cs = c->type == LS_NODE_ELEMENT ? ls_xs(c) : NULL;
        if (c->type == LS_NODE_TEXT && !ls_x_blank_text(c))
            return false;
        if (!cs)
            continue;
        if (cs->imgs == 1 && !cs->chars)
            pictures++;
        else if (!cs->imgs && cs->chars && cs->chars <= 200 && !cs->link_chars
                 && (c->tag == GUMBO_TAG_FIGCAPTION || ls_x_class_or_id_has(c, "caption")
                     || ls_x_class_or_id_has(c, "credit") || named_picture(f)))
            captions++;
        else
            return false;
    }
    return pictures == 1 && captions <= 1;
}

/* A figure, or a box around one, right before the article (the lead
 * picture with its caption, set above the body in its own field): a
 * picture and a short caption, not links. */
static bool lead_figure(const ls_node *s, const ls_node *top)
{
    const ls_node *next = s->next;
    while (next && next->type != LS_NODE_ELEMENT)
        next = next->next;
    const ls_xstat *st = ls_xs(s);
    if (next != top || !st || !st->imgs || st->chars > 400 || (s->flags & LS_XF_UNLIKELY)
        || ls_x_link_density(st) > 0.3)
        return false;
    const ls_node *f = s;
    for (int d = 0; d < 3 && f && f->tag != GUMBO_TAG_FIGURE && !figure_box(f); d++) {
        const ls_node *only = NULL;
        for (const ls_node *c = f->first_child; c; c = c->next)
            if (c->type == LS_NODE_ELEMENT) {
                if (only)
                    return false; /* more than the figure in the box */
                only = c;
            }
        f = only;
    }
    return f && (f->tag == GUMBO_TAG_FIGURE || figure_box(f));
}

/* The block opens with the label of an editor's note or a lead: 编者按,
 * 编者的话, 导语, 导读, 摘要 (in 【】 or before a colon), "Editor's note". */
static bool editors_note(const ls_node *s)
{
    const ls_node *t = ls_x_next_text(s, s);
    while (t && ls_x_blank_text(t))
        t = ls_x_next_text(t, s);
    if (!t)
        return false;
    const char *p = t->text, *e = t->text + t->text_len;
    while (p < e && (*p == ' ' || *p == '\n' || *p == '\t'))
        p++;
    if (e - p >= 3 && !memcmp(p, "【", 3))
        p += 3;
    static const char *const labels[] = {"编者按", "编者的话", "导语", "导读", "摘要",
                                         "editor's note", "editor\u2019s note", "editors' note"};
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        size_t l = strlen(labels[k]);
        if ((size_t)(e - p) < l || strncasecmp(p, labels[k], l))
            continue;
        const char *q = p + l;
        /* the label closes: 】, a colon, or the text node ends (<b>编者按</b>) */
        return q == e || *q == ':'
            || (e - q >= 3 && (!memcmp(q, "】", 3) || !memcmp(q, "：", 3)));
    }
    return false;
}

/* The first line of s, its spaces and a closing colon cut off
 * ("References:", "参考文献："); its length, 0 when s has no text. */
static size_t first_line(const ls_node *s, const char **line)
{
    const char *l = NULL;
    size_t n = 0;
    for (const ls_node *t = ls_x_next_text(s, s); t && !n; t = ls_x_next_text(t, s)) {
        l = t->text;
        n = t->text_len;
        while (n && isspace((unsigned char)*l))
            l++, n--;
        while (n && isspace((unsigned char)l[n - 1]))
            n--;
    }
    if (n >= 3 && !memcmp(l + n - 3, "：", 3))
        n -= 3;
    else if (n && l[n - 1] == ':')
        n--;
    *line = l;
    return n;
}

/* s opens with a line that is the label of a list of references or notes
 * alone ("参考文献", "References", "Notes:"). */
static bool notes_label(const ls_node *s)
{
    static const char *const heads[] = {"参考文献", "参考资料", "注释", "脚注", "references",
                                        "bibliography", "works cited", "footnotes",
                                        "endnotes", "notes"};
    const char *l;
    size_t n = first_line(s, &l);
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        if (strlen(heads[i]) == n && !strncasecmp(l, heads[i], n))
            return true;
    return false;
}

/* s opens with the title of another part of a paper's back matter
 * ("Acknowledgments", "Funding", "Conflicts of Interest", "致谢"). */
static bool apparatus_label(const ls_node *s)
{
    static const char *const heads[] = {"acknowledgment", "acknowledgement", "funding",
                                        "author contributions", "conflict of interest",
                                        "conflicts of interest", "competing interests",
                                        "declaration of competing interest",
                                        "data availability", "abbreviations", "appendix",
                                        "supplementary material", "致谢", "基金项目"};
    const char *l;
    size_t n = first_line(s, &l);
    if (!n || n > 48)
        return false;
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        if (n >= strlen(heads[i]) && !strncasecmp(l, heads[i], strlen(heads[i])))
            return true;
    return false;
}

/* A section of references or notes after the article, its first line
 * alone the label ("参考文献", "References", "Notes:"): the article's own
 * apparatus, set in a box of its own by journals and blogs. A journal's
 * back matter holds it among other parts, each a section of its own
 * ("Acknowledgments", then "References"): a box whose parts all open
 * with such a title, one of them the references or notes, is the
 * article's too. */
static bool notes_section(const ls_node *s)
{
    if (ls_x_link_density(ls_xs(s)) >= 0.5)
        return false;
    if (notes_label(s))
        return true;
    bool notes = false;
    int parts = 0;
    for (const ls_node *c = s->first_child; c; c = c->next) {
        const ls_xstat *cs = c->type == LS_NODE_ELEMENT ? ls_xs(c) : NULL;
        if (!cs || !cs->chars || (c->flags & LS_XF_JUNK))
            continue;
        if (++parts > 16)
            return false;
        if (notes_label(c))
            notes = true;
        else if (!apparatus_label(c))
            return false;
    }
    return notes;
}

/* The reading matter of hidden copies of top in root: elements under a
 * hidden one with about as much of it, starting with the same words.
 * (Hidden text is not always a copy: pages stream the rest of their article
 * into hidden elements that their scripts move into place.) */
static unsigned hidden_copies(ls_node *root, const ls_node *top)
{
    unsigned sum = 0, tg = ls_xs(top)->good;
    char lead[100], own[100];
    lead[0] = 0;
    for (ls_node *n = root; n;) {
        const ls_xstat *s = n->type == LS_NODE_ELEMENT ? ls_xs(n) : NULL;
        if (n == top || (s && (n->flags & LS_XF_JUNK))) {
            n = ls_node_next_skip(n, root);
            continue;
        }
        if (s && s->good * 5 >= tg * 4 && s->good * 4 <= tg * 5 && !ls_x_holds(n, top)
            && ls_x_under(n, LS_XF_HIDDEN)) {
            if (!lead[0])
                ls_x_lead_text(top, lead, sizeof lead);
            ls_x_lead_text(n, own, sizeof own);
            if (strlen(lead) >= 40 && !strcmp(lead, own)) {
                sum += s->good;
                n = ls_node_next_skip(n, root);
                continue;
            }
        }
        n = ls_node_next(n, root);
    }
    return sum;
}

/* A block of an article's flow other than a paragraph. */
static bool flow_block(GumboTag t)
{
    return t == GUMBO_TAG_PRE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL
        || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_FIGURE
        || (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6);
}

static void keep_siblings(ls_xctx *x, ls_node *top)
{
    top->flags |= LS_XF_KEEP;
    ls_node *parent = top->parent;
    if (!parent || top->tag == GUMBO_TAG_BODY)
        return;
    double thr = top->score * 0.2;
    if (thr < 10)
        thr = 10;
    const char *cls = ls_node_attr(top, "class");
    bool before = true;
    for (ls_node *s = parent->first_child; s; s = s->next) {
        if (s == top)
            before = false;
        if (s == top || s->type != LS_NODE_ELEMENT || !s->user || (s->flags & LS_XF_JUNK))
            continue;
        ls_xstat *st = ls_xs(s);
        /* (a hidden block that holds the article again is its copy) */
        if ((s->flags & LS_XF_HIDDEN) && hidden_copies(s, top))
            continue;
        double bonus = 0;
        const char *sc = ls_node_attr(s, "class");
        if (cls && sc && *cls && !strcmp(cls, sc))
            bonus = top->score * 0.2;
        bool keep = (s->flags & LS_XF_CANDIDATE) && s->score + bonus >= thr;
        if (!keep && (s->tag == GUMBO_TAG_P || text_block(s))) {
            unsigned len = ls_x_len(st);
            double ld = ls_x_link_density(st);
            if (len > 80 && ld < 0.25)
                keep = true;
            else if (len > 0 && len <= 80 && ld == 0 && ls_x_ends_sentence(s, false))
                keep = true;
        }
        /* a wrapper of prose ahead of the article in the same column (an
         * abstract, a lead in its own box): sentences, few links. Under
         * <body> the blocks are the page's regions (a promotion bar). */
        if (!keep && before && parent->tag != GUMBO_TAG_BODY && !(s->flags & LS_XF_UNLIKELY)
            && st->good >= 300 && ls_x_link_density(st) < 0.25)
            keep = true;
        /* the editor's note or the lead ahead of the article, named so
         * ("【编者按】…", "导语：…", "Editor's note: …") */
        if (!keep && before && ls_x_link_density(st) < 0.25 && editors_note(s))
            keep = true;
        if (!keep && before && lead_figure(s, top))
            keep = true;
        if (!keep && !before && ls_x_attachments(s))
            keep = true;
        if (!keep && !before && !(s->flags & LS_XF_UNLIKELY) && notes_section(s))
            keep = true;
        if (keep)
            s->flags |= LS_XF_KEEP;
    }
    /* the blocks in the article's flow between what it keeps (a list, a
     * table, a quote or a heading between two kept paragraphs), and a code
     * block right after a kept one, are the article's too */
    for (ls_node *s = parent->first_child; s; s = s->next) {
        if (s->type != LS_NODE_ELEMENT || !s->user || (s->flags & (LS_XF_KEEP | LS_XF_JUNK
                                                                  | LS_XF_UNLIKELY | LS_XF_HIDDEN))
            || !flow_block(s->tag))
            continue;
        ls_node *prev = s->prev, *next = s->next;
        while (prev && prev->type != LS_NODE_ELEMENT)
            prev = prev->prev;
        while (next && next->type != LS_NODE_ELEMENT)
            next = next->next;
        bool follows_kept = prev && (prev->flags & LS_XF_KEEP);
        bool precedes_kept = next && (next->flags & LS_XF_KEEP);
        if (follows_kept && (precedes_kept || s->tag == GUMBO_TAG_PRE))
            s->flags |= LS_XF_KEEP;
    }
}

/* When the best-scored block holds under 60% of the page's reading matter
 * (text spread over many list items or sections, each scoring little), the
 * article is the deepest element that holds 80% of it. */
static ls_node *by_reading_matter(ls_xctx *x, ls_node *top)
{
    ls_node *body = x->dom->body;
    const ls_xstat *b = body ? ls_xs(body) : NULL, *t = ls_xs(top);
    if (!b || !t || !b->good || t->good * 10 >= b->good * 6)
        return top;
    /* blocks named like comments or sidebars that stayed because they are
     * long are not reading matter the article misses */
    unsigned named = x->keep_unlikely ? 0 : ls_x_named_good(body, false, top);
    if (named < b->good && t->good * 10 >= (b->good - named) * 6)
        return top;
    /* nor is a copy of the article the page hides (for another layout) */
    unsigned hid = ls_x_under(top, LS_XF_HIDDEN) ? 0 : hidden_copies(body, top);
    if (named + hid < b->good && t->good * 10 >= (b->good - named - hid) * 6)
        return top;
    ls_node *n = body;
    if (x->debug && getenv("LS_EXTRACT_GOOD"))
        for (size_t i = 0; i < x->nst; i++)
            if (x->st[i].good >= 200 && !(x->st[i].node->flags & LS_XF_JUNK))
                fprintf(stderr, "    good %u chars %u %s class=%.40s\n", x->st[i].good, x->st[i].chars,
                        x->st[i].node->name, ls_node_attr(x->st[i].node, "class") ? ls_node_attr(x->st[i].node, "class") : "");
    for (int d = 0; d < LS_DOM_MAX_DEPTH; d++) {
        ls_node *best = NULL;
        unsigned bg = 0;
        for (ls_node *c = n->first_child; c; c = c->next)
            if (c->type == LS_NODE_ELEMENT && c->user && !(c->flags & (LS_XF_JUNK | LS_XF_OUT))
                && !(named && (c->flags & LS_XF_UNLIKELY) && !ls_x_holds(c, top))
                && ls_xs(c)->good > bg) {
                bg = ls_xs(c)->good;
                best = c;
            }
        if (!best || bg * 10 < b->good * 8)
            break;
        n = best;
    }
    return n;
}

/* On the second look (the replies named like boilerplate are in), the
 * thread starts with the post the first look found best: when the replies
 * chosen leave it out, their nearest common block holds both, unless that
 * block holds much else too. */
static ls_node *with_first_post(ls_xctx *x, ls_node *top)
{
    ls_node *post = x->first_best;
    if (!x->keep_unlikely || !post || !post->user || ls_x_holds(top, post) || ls_x_holds(post, top))
        return top;
    ls_node *a = top->parent;
    while (a && a->type == LS_NODE_ELEMENT && !ls_x_holds(a, post))
        a = a->parent;
    if (!a || a->type != LS_NODE_ELEMENT || a->tag == GUMBO_TAG_BODY || a->tag == GUMBO_TAG_HTML
        || !a->user)
        return top;
    unsigned both = ls_xs(top)->good + ls_xs(post)->good;
    return ls_xs(a)->good * 10 <= both * 11 ? a : top;
}

/* A few sentences of introduction over a page whose main part is a list of
 * linked items (a listing, a category of products): the list is the page. */
static bool short_intro(const ls_xstat *ts, const ls_xstat *ms)
{
    return ts->chars < 300 && ts->chars * 5 < ms->chars;
}

void ls_x_choose(ls_xctx *x)
{
    x->record = NULL;
    unsigned out = score_blocks(x);
    ls_node *tops[NTOP];
    int ntop;
    ls_node *top = best_candidate(x, tops, &ntop);
    /* a WeChat article's body is the article, however much its page's
     * rail of recommendations holds (CHINESE.md) */
    const ls_xstat *wb = x->wechat_body ? ls_xs(x->wechat_body) : NULL;
    if (wb && !(x->wechat_body->flags & LS_XF_JUNK) && ls_x_len(wb) > 0) {
        x->top = x->wechat_body;
        x->top->flags |= LS_XF_KEEP;
        x->record = NULL;
        return;
    }
    if (!top && out) { /* the only text is the footer's: no article */
        x->top = NULL;
        return;
    }
    if (!top)
        top = x->dom->body ? x->dom->body : x->dom->root;
    else {
        if (x->debug)
            for (int i = 0; i < ntop; i++)
                fprintf(stderr, "  cand %d: %s class=%.40s score=%.1f chars=%u\n", i,
                        tops[i]->name, ls_node_attr(tops[i], "class") ? ls_node_attr(tops[i], "class") : "",
                        tops[i]->score, ls_xs(tops[i])->chars);
        if (!x->keep_unlikely)
            x->first_best = top;
        top = widen(x, top, tops, ntop);
        if (x->debug)
            fprintf(stderr, "  widened: %s score=%.1f chars=%u\n", top->name, top->score,
                    ls_xs(top)->chars);
        top = by_reading_matter(x, top);
        if (x->debug)
            fprintf(stderr, "  by reading matter: %s class=%.40s chars=%u good=%u\n", top->name,
                    ls_node_attr(top, "class") ? ls_node_attr(top, "class") : "",
                    ls_xs(top)->chars, ls_xs(top)->good);
        top = with_first_post(x, top);
    }
    /* the page's own <main> (or role=main) around the best block is the
     * content a reader sees (product grids, the rest of a documentation
     * page) unless the block already holds 60% of main's non-link text */
    for (ls_node *p = top; p && p->type == LS_NODE_ELEMENT; p = p->parent) {
        const char *role = ls_node_attr(p, "role");
        if (p->tag == GUMBO_TAG_MAIN || (role && !strcmp(role, "main"))) {
            const ls_xstat *ts = ls_xs(top), *ms = ls_xs(p);
            if (ts && ms && ((ts->chars - ts->link_chars) * 10 < 6 * (ms->chars - ms->link_chars)
                             || short_intro(ts, ms)))
                top = p;
            break;
        }
    }
    /* page chrome is never the article: nothing is better than a footer */
    for (ls_node *p = top; p && p->type == LS_NODE_ELEMENT; p = p->parent)
        if (p->tag == GUMBO_TAG_FOOTER || p->tag == GUMBO_TAG_NAV) {
            if (x->debug)
                fprintf(stderr, "  top in <%s>: %s score %.1f chars %u\n", p->name, top->name,
                        top->score, ls_xs(top) ? ls_xs(top)->chars : 0);
            x->top = NULL;
            return;
        }
    x->top = top;
    if (top->user)
        keep_siblings(x, top);
    x->record = ls_x_find_record(x);
}
