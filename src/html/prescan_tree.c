/*
 * prescan_tree.c - the prescan's model of the stack of open elements (see
 * prescan_int.h). The rules follow the "in body" insertion mode of the
 * HTML standard, simplified: what matters is that the depth never falls
 * far below gumbo's (or hostile nesting gets through) and rarely rises far
 * above it on real pages (or legitimate tags get dropped).
 */
#include <pthread.h>
#include <string.h>

#include "html/prescan_int.h"

enum {
    P_VOID = 1 << 0,
    P_SPECIAL = 1 << 1, /* "special" category: stops li/dd/dt closing */
    P_CLOSES_P = 1 << 2,
    P_SCOPE = 1 << 3, /* bounds "has a p element in button scope" */
    P_HEADING = 1 << 4,
    P_CELL = 1 << 5,
    P_SECTION = 1 << 6, /* tbody, thead, tfoot */
    P_RUBY = 1 << 7,
    /* Bounds the closing of cells, rows and row groups (a start tag in a
     * nested table does not close the outer table's rows). */
    P_TABLE_STOP = 1 << 8,
    P_FORMATTING = 1 << 9, /* closed by the adoption agency */
    P_TABLE_PART = 1 << 10, /* ignored outside a table */
    P_LIST = 1 << 11,       /* ol, ul: bound "list item scope" */
    P_INTEGRATION = 1 << 12, /* HTML inside svg (foreignObject, desc) */
    P_MATH_TEXT = 1 << 13,   /* HTML inside math (mi, mo, ...) */
    P_MARKER = 1 << 14,      /* clears the active formatting list */
};

static unsigned short props[GUMBO_TAG_LAST + 1];
static pthread_once_t props_once = PTHREAD_ONCE_INIT;

static void set(const GumboTag *tags, size_t n, unsigned p)
{
    for (size_t i = 0; i < n; i++)
        props[tags[i]] |= p;
}

#define SET(p, ...)                                                            \
    do {                                                                       \
        static const GumboTag t_[] = {__VA_ARGS__};                            \
        set(t_, sizeof t_ / sizeof t_[0], p);                                  \
    } while (0)

static void init_props(void)
{
    SET(P_VOID, GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BR, GUMBO_TAG_COL,
        GUMBO_TAG_EMBED, GUMBO_TAG_HR, GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_LINK,
        GUMBO_TAG_META, GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR,
        GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_FRAME, GUMBO_TAG_KEYGEN,
        GUMBO_TAG_IMAGE, GUMBO_TAG_MENUITEM);
    SET(P_SPECIAL, GUMBO_TAG_ADDRESS, GUMBO_TAG_APPLET, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
        GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BUTTON, GUMBO_TAG_CAPTION,
        GUMBO_TAG_CENTER, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,
        GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
        GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_FRAMESET,
        GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
        GUMBO_TAG_HEAD, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_HTML, GUMBO_TAG_IFRAME,
        GUMBO_TAG_LI, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MARQUEE, GUMBO_TAG_MENU,
        GUMBO_TAG_NAV, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT,
        GUMBO_TAG_OBJECT, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE,
        GUMBO_TAG_SCRIPT, GUMBO_TAG_SECTION, GUMBO_TAG_SELECT, GUMBO_TAG_STYLE,
        GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD, GUMBO_TAG_TEMPLATE,
        GUMBO_TAG_TEXTAREA, GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TITLE,
        GUMBO_TAG_TR, GUMBO_TAG_UL, GUMBO_TAG_XMP);
    SET(P_CLOSES_P, GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
        GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,
        GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
        GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP,
        GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P,
        GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL, GUMBO_TAG_H1, GUMBO_TAG_H2,
        GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_PRE,
        GUMBO_TAG_LISTING, GUMBO_TAG_FORM, GUMBO_TAG_LI, GUMBO_TAG_DD, GUMBO_TAG_DT,
        GUMBO_TAG_PLAINTEXT, GUMBO_TAG_TABLE, GUMBO_TAG_HR, GUMBO_TAG_XMP);
    SET(P_SCOPE, GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE,
        GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE,
        GUMBO_TAG_BUTTON, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_MI, GUMBO_TAG_MO,
        GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML);
    SET(P_FORMATTING, GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM,
        GUMBO_TAG_FONT, GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL,
        GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT, GUMBO_TAG_U);
    SET(P_TABLE_PART, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_TR, GUMBO_TAG_TBODY,
        GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP);
    SET(P_LIST, GUMBO_TAG_OL, GUMBO_TAG_UL);
    SET(P_MARKER, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION, GUMBO_TAG_TEMPLATE,
        GUMBO_TAG_OBJECT, GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE, GUMBO_TAG_HTML);
    SET(P_INTEGRATION, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC);
    /* annotation-xml holds HTML only with an encoding attribute, which the
     * model does not see: treating it as foreign over-counts, the safe way. */
    SET(P_MATH_TEXT, GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT);
    SET(P_HEADING, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
        GUMBO_TAG_H6);
    SET(P_CELL, GUMBO_TAG_TD, GUMBO_TAG_TH);
    SET(P_SECTION, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT);
    SET(P_RUBY, GUMBO_TAG_RB, GUMBO_TAG_RT, GUMBO_TAG_RTC, GUMBO_TAG_RP);
    SET(P_TABLE_STOP, GUMBO_TAG_TABLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_HTML);
}

void pstack_init(pstack *st, size_t max_depth)
{
    pthread_once(&props_once, init_props);
    memset(st, 0, sizeof *st);
    st->max_depth = max_depth < LS_HTML_PRESCAN_DEPTH ? max_depth : LS_HTML_PRESCAN_DEPTH;
}

bool pstack_is_void(const pstack *st, GumboTag tag)
{
    /* In svg/math, <image>, <input>, ... are ordinary elements. */
    return (props[tag] & P_VOID) && !pstack_in_foreign(st);
}

/* Adds a formatting element to the list gumbo reopens at the next
 * insertion, keeping at most three of a kind (the Noah's Ark clause). */
static void add_pending(pstack *st, GumboTag t)
{
    unsigned same = 0;
    for (size_t i = 0; i < st->npending; i++)
        same += st->pending[i] == t;
    if (same >= 3 || st->npending >= sizeof st->pending / sizeof st->pending[0])
        return;
    st->pending[st->npending++] = t;
}

/*
 * Pops the elements from index depth up. Formatting elements among them
 * stay in gumbo's list of active formatting elements and are reopened at
 * the next insertion ("reconstruction"), unless a marker (td, th, caption,
 * template, object, applet, marquee) is popped too, which clears the list.
 * keep_first is false when the element at depth is itself closed for good
 * (the adoption agency's formatting element).
 */
static void pop_to_ex(pstack *st, size_t depth, bool keep_first)
{
    bool marker = false;
    for (size_t r = depth; r < st->depth; r++) {
        st->open[st->stack[r]]--;
        marker |= (props[st->stack[r]] & P_MARKER) != 0;
    }
    if (marker)
        st->npending = 0;
    for (size_t r = keep_first ? depth : depth + 1; r < st->depth && !marker; r++)
        if (props[st->stack[r]] & P_FORMATTING)
            add_pending(st, st->stack[r]);
    st->depth = depth;
}

static void pop_to(pstack *st, size_t depth)
{
    pop_to_ex(st, depth, true);
}

/* Reopens the pending formatting elements where the next element goes. */
static void reconstruct(pstack *st)
{
    for (size_t i = 0; i < st->npending && st->depth < st->max_depth; i++) {
        st->stack[st->depth++] = st->pending[i];
        st->open[st->pending[i]]++;
    }
    st->npending = 0;
}

/* Index of the topmost element with a property in want (or equal to tag),
 * looking no further than an element with a property in stop; -1 if none. */
static long find(const pstack *st, GumboTag tag, unsigned want, unsigned stop)
{
    for (size_t i = st->depth; i-- > 0;) {
        GumboTag t = st->stack[i];
        if (t == tag || (props[t] & want))
            return (long)i;
        if (props[t] & stop)
            return -1;
    }
    return -1;
}

static void close_through(pstack *st, GumboTag tag, unsigned want, unsigned stop)
{
    long i = find(st, tag, want, stop);
    if (i >= 0)
        pop_to(st, (size_t)i);
}

/* li, dd and dt close an open one unless a special element other than
 * address, div or p stands between. */
static void close_list_item(pstack *st, GumboTag tag)
{
    for (size_t i = st->depth; i-- > 0;) {
        GumboTag t = st->stack[i];
        bool match = tag == GUMBO_TAG_LI ? t == GUMBO_TAG_LI
                                         : (t == GUMBO_TAG_DD || t == GUMBO_TAG_DT);
        if (match) {
            pop_to(st, i);
            return;
        }
        if ((props[t] & P_SPECIAL) && t != GUMBO_TAG_ADDRESS && t != GUMBO_TAG_DIV &&
            t != GUMBO_TAG_P)
            return;
    }
}

/* A select closes an open select only through option/optgroup ("select
 * scope"); anything else between (a template, say) keeps it open. The
 * closing select is not inserted itself. */
static bool close_select(pstack *st)
{
    for (size_t i = st->depth; i-- > 0;) {
        GumboTag t = st->stack[i];
        if (t == GUMBO_TAG_SELECT) {
            pop_to(st, i);
            return true;
        }
        if (t != GUMBO_TAG_OPTION && t != GUMBO_TAG_OPTGROUP)
            return false;
    }
    return false;
}

bool pstack_in_foreign(const pstack *st)
{
    if (!st->open[GUMBO_TAG_SVG] && !st->open[GUMBO_TAG_MATH])
        return false;
    /* An integration point counts only under a root of its own language
     * (<svg><mo> is an svg element, and its content is foreign). */
    bool svg_ip = false, math_ip = false;
    for (size_t i = st->depth; i-- > 0;) {
        GumboTag t = st->stack[i];
        if (t == GUMBO_TAG_SVG)
            return !svg_ip;
        if (t == GUMBO_TAG_MATH)
            return !math_ip;
        svg_ip |= (props[t] & P_INTEGRATION) != 0;
        math_ip |= (props[t] & P_MATH_TEXT) != 0;
    }
    return false;
}

/* The adoption agency without a furthest block: the formatting element
 * goes, so do the ordinary elements above it, but formatting elements above
 * it are reopened at once (reconstruction), so the model keeps those. A
 * special element above it means a furthest block: the depth stays. */
static void adopt(pstack *st, GumboTag tag)
{
    size_t i = st->depth;
    while (i-- > 0) {
        GumboTag t = st->stack[i];
        if (t == tag) {
            pop_to_ex(st, i, false);
            return;
        }
        if (props[t] & P_SPECIAL)
            return;
    }
}

static GumboTag top(const pstack *st)
{
    return st->depth ? st->stack[st->depth - 1] : GUMBO_TAG_LAST;
}

/* The implied end tags a start tag causes; true when the tag itself is
 * consumed by them (a select closing a select). */
static bool implied_ends(pstack *st, GumboTag tag)
{
    unsigned p = props[tag];
    if ((p & P_CLOSES_P) && st->open[GUMBO_TAG_P])
        close_through(st, GUMBO_TAG_P, 0, P_SCOPE);
    if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT)
        close_list_item(st, tag);
    else if ((p & P_HEADING) && (props[top(st)] & P_HEADING))
        pop_to(st, st->depth - 1);
    else if ((p & P_CELL) && (st->open[GUMBO_TAG_TD] || st->open[GUMBO_TAG_TH]))
        close_through(st, GUMBO_TAG_LAST, P_CELL, P_TABLE_STOP);
    else if (tag == GUMBO_TAG_TR && st->open[GUMBO_TAG_TR])
        close_through(st, GUMBO_TAG_TR, 0, P_SECTION | P_TABLE_STOP);
    else if ((p & P_SECTION) && (st->open[GUMBO_TAG_TBODY] || st->open[GUMBO_TAG_THEAD] ||
                                 st->open[GUMBO_TAG_TFOOT]))
        close_through(st, GUMBO_TAG_LAST, P_SECTION, P_TABLE_STOP);
    else if ((tag == GUMBO_TAG_A || tag == GUMBO_TAG_NOBR) && st->open[tag])
        adopt(st, tag); /* <a><div><a><div>... keeps nesting */
    else if (tag == GUMBO_TAG_BUTTON && st->open[tag])
        close_through(st, tag, 0, P_SCOPE);
    else if (tag == GUMBO_TAG_SELECT && st->open[tag])
        return close_select(st);
    else if ((tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) &&
             top(st) == GUMBO_TAG_OPTION)
        pop_to(st, st->depth - 1);
    else if ((p & P_RUBY) && st->open[GUMBO_TAG_RUBY])
        while (props[top(st)] & P_RUBY)
            pop_to(st, st->depth - 1);
    /* Only in a select does an optgroup close an optgroup. */
    if (tag == GUMBO_TAG_OPTGROUP && top(st) == GUMBO_TAG_OPTGROUP && st->open[GUMBO_TAG_SELECT])
        pop_to(st, st->depth - 1);
    return false;
}

bool pstack_start(pstack *st, GumboTag tag, bool *ignored)
{
    *ignored = false;
    bool foreign = pstack_in_foreign(st);
    /* <html> is no breakout tag: inside svg/math it nests like any other. */
    if ((!foreign && tag == GUMBO_TAG_HTML) || tag == GUMBO_TAG_HEAD ||
        tag == GUMBO_TAG_BODY ||
        (!foreign && tag == GUMBO_TAG_FORM && st->open[GUMBO_TAG_FORM] &&
         !st->open[GUMBO_TAG_TEMPLATE]) ||
        (!foreign && (props[tag] & P_TABLE_PART) && !st->open[GUMBO_TAG_TABLE])) {
        *ignored = true;
        return false;
    }
    if (!foreign && implied_ends(st, tag)) {
        *ignored = true;
        return false;
    }
    /* Block-level and table tags insert without reopening formatting. */
    if (!foreign && !(props[tag] & (P_CLOSES_P | P_TABLE_PART)) && st->npending)
        reconstruct(st);
    if (st->depth >= st->max_depth) {
        st->dropped[tag]++;
        return false;
    }
    st->stack[st->depth++] = tag;
    st->open[tag]++;
    return true;
}

bool pstack_is_block(const pstack *st, GumboTag tag)
{
    return !pstack_in_foreign(st) && (props[tag] & (P_CLOSES_P | P_CELL)
                                      || tag == GUMBO_TAG_TR);
}

/* Removes the topmost form from the stack, leaving what is above it. */
static void remove_form(pstack *st)
{
    for (size_t i = st->depth; i-- > 0;)
        if (st->stack[i] == GUMBO_TAG_FORM) {
            memmove(st->stack + i, st->stack + i + 1, (st->depth - i - 1) * sizeof st->stack[0]);
            st->depth--;
            st->open[GUMBO_TAG_FORM]--;
            return;
        }
}

/*
 * End tags pop only what the tree builder certainly pops: the element must
 * be in scope, a formatting element only when no special element is above
 * it (else the adoption agency keeps the depth), a heading closes the
 * nearest heading, </li> stops at lists, </form> removes just the form.
 * Popping more than gumbo would let hostile nesting past the cap.
 */
bool pstack_end(pstack *st, GumboTag tag)
{
    if (st->dropped[tag]) {
        st->dropped[tag]--;
        return false;
    }
    unsigned p = props[tag];
    if (tag == GUMBO_TAG_FORM)
        remove_form(st);
    else if (p & P_HEADING)
        close_through(st, GUMBO_TAG_LAST, P_HEADING, P_SCOPE);
    else if (!st->open[tag])
        return true;
    else if (p & P_FORMATTING)
        adopt(st, tag);
    else if (tag == GUMBO_TAG_LI)
        close_through(st, tag, 0, P_SCOPE | P_LIST);
    else if (p & P_SPECIAL)
        close_through(st, tag, 0, P_SCOPE);
    else /* "any other end tag": stops at the first special element */
        close_through(st, tag, 0, P_SPECIAL);
    return true;
}
