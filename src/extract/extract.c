/*
 * extract.c - ls_extract(): the steps in order (contract in extract.h).
 *
 *   stats (one bottom-up pass) -> metadata from head, JSON-LD and markup ->
 *   choose the content -> info line near the headline -> render text and
 *   html -> last lines (来源/责任编辑) -> fallbacks (excerpt, image, lang).
 */
#include "extract/extract.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "extract/extract_int.h"
#include "extract/infoline.h"
#include "html/escape.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/mojibake.h"
#include "util/str.h"
#include "util/timeutil.h"

size_t ls_extract_word_count(const char *s, size_t n)
{
    size_t w = 0;
    bool inword = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            cp = c;
            i++;
        } else {
            i += ls_utf8_next(s + i, n - i, &cp);
        }
        bool hangul = (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF)
            || (cp >= 0x3130 && cp <= 0x318F); /* (Korean sets its words apart by spaces) */
        if (cp >= 0x2E80 && ls_is_cjk(cp) && !hangul) {
            w++;
            inword = false;
        } else if (cp < 0x80 ? isalnum((int)cp) || cp == '_'
                             : !ls_is_space_cp(cp) && !ls_is_cjk_punct(cp)) {
            if (!inword)
                w++;
            inword = true;
        } else {
            inword = false;
        }
    }
    return w;
}

/* The first paragraph of the text, clipped, when the page has no
 * description: a line of 60 bytes or more (20 Han characters) that is no
 * table row (cells joined by " | ": a document's record), so that a
 * heading, a label or a table above it is passed over; else the first
 * line. */
static void fallback_excerpt(ls_article *a)
{
    if (a->excerpt || !a->text || !*a->text)
        return;
    const char *t = a->text;
    size_t n = strcspn(t, "\n");
    for (const char *l = t; *l; l += strspn(l, "\n")) {
        size_t ln = strcspn(l, "\n");
        if (ln >= 60 && !memmem(l, ln, " | ", 3)) {
            t = l;
            n = ln;
            break;
        }
        l += ln;
    }
    size_t label = ls_info_summary_label(t, n);
    t += label;
    n -= label;
    size_t clip = ls_utf8_clip(t, n, 600);
    a->excerpt = ls_strndup(t, clip);
}

/* No metadata image: the article's first image, by the URL the page gives
 * it (the HTML may point at a stored copy instead). */
static void fallback_image(ls_article *a, ls_xctx *x)
{
    if (!a->lead_image) {
        a->lead_image = x->first_img;
        x->first_img = NULL;
    }
    free(x->first_img);
    x->first_img = NULL;
}

/* l names Chinese, Japanese or Korean. */
static bool cjk_lang(const char *l)
{
    return !strncasecmp(l, "zh", 2) || !strncasecmp(l, "ja", 2) || !strncasecmp(l, "ko", 2);
}

/* The language the text is written in: the page's own word, unless the
 * text is mostly Chinese, Japanese or Korean and the page names a language
 * in another script (a template's lang="en" left on a Chinese site). */
static void settle_lang(ls_article *a, bool zh_text)
{
    /* (a named language stands unless the page's text reads as Chinese:
     * the guess then only tells zh from ja and ko) */
    if (!a->text || (a->lang && (cjk_lang(a->lang) || !zh_text)))
        return;
    const char *g = ls_lang_guess(a->text, strlen(a->text));
    if (g) {
        free(a->lang);
        a->lang = ls_strdup(g);
    }
}

/* Text encoded twice that the page wrote as character references
 * ("isn&acirc;&euro;&trade;t"), which the repair of the page's bytes
 * before parsing cannot see: repaired in the text, and then in the HTML,
 * when the text holds three proofs of it or more; one "ß’" in an essay
 * on Unicode is what its author wrote. */
static void repair_encoded_twice(ls_article *a)
{
    if (!a->text)
        return;
    size_t n = strlen(a->text), m = ls_mojibake_repair_proven(a->text, n, 3);
    a->text[m] = 0;
    if (m < n && a->html)
        a->html[ls_mojibake_repair_page(a->html, strlen(a->html))] = 0;
}

/* A Chinese page's time given in UTC ("2023-06-08T02:17:53Z", a site's
 * JSON-LD) is written at +08:00, the zone its readers and its own page
 * show ("2023-06-08T10:17:53+08:00"): the same moment. */
static void china_time(const ls_xctx *x, ls_article *a)
{
    const char *p = a->published;
    if (!x->zh || !p || strlen(p) != 20 || p[10] != 'T' || p[19] != 'Z')
        return;
    struct tm tm = {0};
    if (sscanf(p, "%4d-%2d-%2dT%2d:%2d:%2dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
               &tm.tm_min, &tm.tm_sec) != 6)
        return;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    time_t secs = timegm(&tm);
    ls_date_ctx c = {.have_tz = true, .tz_minutes = 480};
    char d[LS_DATE_MAX];
    if (secs != (time_t)-1 && ls_date_from_epoch((int64_t)secs, &c, d)) {
        free(a->published);
        a->published = ls_strdup(d);
    }
}

/* The writer's note about themselves under the story ("Max Miller is a
 * senior editor covering…", "Max Müller ist Fachredakteur für…"): the last
 * paragraph, short, opening with the byline and a verb of being. */
static void trim_author_bio(ls_buf *t, const char *byline)
{
    size_t bl = byline ? strlen(byline) : 0;
    if (bl < 4 || !t->len)
        return;
    size_t start = t->len;
    while (start > 0 && !(start >= 2 && t->data[start - 1] == '\n' && t->data[start - 2] == '\n'))
        start--;
    const char *l = t->data + start;
    size_t n = t->len - start;
    if (start == 0 || n > 400 || n <= bl || strncmp(l, byline, bl))
        return;
    /* (under an "About …" heading it is a company's own words: a newsroom's
     * "About Locus Robotics", a press release's 关于汇川技术) */
    size_t hl;
    const char *h = ls_x_line_above(t->data, t->data + start, &hl);
    if (h && hl < 80 && (!strncmp(h, "About ", 6) || !strncmp(h, "关于", strlen("关于"))))
        return;
    static const char *const being[] = {" is ", " was ", " ist ", " est ", " es ", " é ", "是",
                                        " writes ", " covers ", " reports "};
    for (size_t k = 0; k < sizeof being / sizeof being[0]; k++)
        if (!strncmp(l + bl, being[k], strlen(being[k]))) {
            size_t e = start;
            while (e > 0 && t->data[e - 1] == '\n')
                e--;
            ls_buf_truncate(t, e);
            return;
        }
}

/* The text's trailing editorial lines go (ls_x_trim_tail(), the writer's
 * note about themselves), and the same lines from the HTML the reader
 * shows. */
static void trim_text(const ls_xctx *x, ls_article *a)
{
    if (!a->text)
        return;
    size_t n0 = strlen(a->text);
    char *before = a->html ? ls_strdup(a->text) : NULL;
    ls_buf b = {.data = a->text, .len = n0, .max = (size_t)-1};
    b.cap = b.len + 1;
    ls_x_trim_tail(&b, x->zh);
    trim_author_bio(&b, a->byline);
    a->text = b.data;
    if (before && b.len < n0)
        ls_x_trim_html_tail(a->html, before + b.len, n0 - b.len);
    free(before);
}

/* The text's first paragraph, n1 bytes, goes from the text and, as whole
 * elements, from the HTML; both stay as they are when the HTML cannot lose
 * it so. */
static void cut_first_paragraph(ls_article *a, size_t n1)
{
    if (ls_x_trim_html_head(a->html, a->text, n1))
        memmove(a->text, a->text + n1 + 2, strlen(a->text + n1 + 2) + 1);
}

/* A summary set above the story that is its first words again ("导语：
 * 2025年被称为…" over "2025年被称为…", a CMS's summary cut from the first
 * paragraph, "…" at its end): the story says it, the summary goes, from
 * the text and from the HTML. */
static void drop_summary_copy(ls_article *a)
{
    const char *t = a->text;
    const char *e = t ? strstr(t, "\n\n") : NULL;
    if (!e || !a->html)
        return;
    size_t n1 = (size_t)(e - t), label = ls_info_summary_label(t, n1);
    if (!label)
        return;
    const char *sum = t + label;
    size_t sl = n1 - label;
    /* (the headline in brackets before it: "摘要 【标题】…") */
    const char *close = sl > 3 && !memcmp(sum, "【", 3) ? memmem(sum, sl, "】", 3) : NULL;
    if (close) {
        sl -= (size_t)(close + 3 - sum);
        sum = close + 3;
    }
    /* (its end: the ellipsis of a cut, a full stop the story goes on from) */
    static const char *const ends[] = {"…", "...", "。", "."};
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
            if (sl >= strlen(ends[k]) && !memcmp(sum + sl - strlen(ends[k]), ends[k], strlen(ends[k]))) {
                sl -= strlen(ends[k]);
                again = true;
            }
        while (sl && sum[sl - 1] == ' ')
            sl--, again = true;
    }
    if (ls_utf8_len(sum, sl) >= 10 && !strncmp(e + 2, sum, sl))
        cut_first_paragraph(a, n1);
}

/* A Chinese account's call to follow it above its story ("点击上方蓝字 ·
 * 关注我们"): a short first paragraph, no sentence, goes from the text and
 * from the HTML. */
static void drop_head_promo(const ls_xctx *x, ls_article *a)
{
    const char *t = a->text;
    const char *e = t ? strstr(t, "\n\n") : NULL;
    if (!x->zh || !e || !a->html)
        return;
    size_t n1 = (size_t)(e - t);
    if (ls_utf8_len(t, n1) <= 40 && !memmem(t, n1, "。", strlen("。"))
        && ls_x_account_promo(t, n1))
        cut_first_paragraph(a, n1);
}

/* One of the text's first three paragraphs opens a line of body: the
 * words shown are the body's first. */
static bool opens_body(const char *text, const char *body)
{
    const char *p = text;
    for (int k = 0; p && *p && k < 3; k++) {
        size_t n = strcspn(p, "\n");
        size_t cut = ls_utf8_clip(p, n, 24);
        if (cut >= 20) {
            char key[128];
            snprintf(key, sizeof key, "%.*s", (int)cut, p);
            const char *at = strstr(body, key);
            if (at && (at == body || at[-1] == '\n'))
                return true;
        }
        p = strstr(p, "\n\n");
        p = p ? p + 2 : NULL;
    }
    return false;
}

/* A page drawn by its script (the story only in its data): the title,
 * writer, date and source the data gives the story fill what the page's
 * bare shell did not name; its title is the story's, where the shell's
 * names the site. */
static void script_article_meta(ls_xctx *x, ls_article *a, const ls_script_meta *m)
{
    if (m->title) {
        char *t = ls_text_squash(m->title, strlen(m->title));
        if (t && *t) {
            free(a->title);
            a->title = t;
        } else {
            free(t);
        }
    }
    char buf[256];
    if (!a->byline && m->author && ls_byline_clean(m->author, buf, sizeof buf))
        a->byline = ls_strdup(buf);
    if (!a->source && m->source && strncmp(m->source, "http", 4))
        a->source = ls_text_squash(m->source, strlen(m->source));
    char d[LS_DATE_MAX];
    if (!a->published && m->date) {
        /* (the story's own language names the zone the shell could not) */
        ls_date_ctx c = x->dctx;
        const char *lang = c.have_tz || !a->text ? NULL
                                                  : ls_lang_guess(a->text, strlen(a->text));
        ls_date_lang_zone(lang, &c);
        size_t n = strlen(m->date);
        bool digits = strspn(m->date, "0123456789") == n;
        /* seconds since the epoch, or milliseconds (13 digits) */
        if (digits && (n == 10 || n == 13)
            ? ls_date_from_epoch(strtoll(m->date, NULL, 10) / (n == 13 ? 1000 : 1), &c, d)
            : !digits && ls_date_parse(m->date, &c, d))
            a->published = ls_strdup(d);
    }
}

/* A page whose text a script draws shows little or none of it, while its
 * JSON-LD may carry the whole of it (articleBody), or, when the page shows
 * next to nothing, the data the script draws from: when that body holds
 * four times the text found, and at least 100 characters, it is the text,
 * a paragraph per line; and so it is when the page shows a paywall's
 * teaser that opens the body, which holds half as much again. The
 * script's data names the story's title, writer, date and source too
 * (script_article_meta()). */
static void text_from_ld_body(ls_xctx *x, ls_article *a)
{
    unsigned found = a->text ? ls_x_visible_chars(a->text) : 0;
    ls_script_meta sm = {0};
    bool from_script = false;
    if (!x->ld_body && found < 100) {
        x->ld_body = ls_x_script_body(x, &sm); /* no JSON-LD body: the script's data */
        from_script = x->ld_body != NULL;
    }
    const char *b = x->ld_body;
    size_t bl = b ? strlen(b) : 0;
    unsigned want = bl ? ls_x_visible_chars(b) : 0;
    if (want < 100 || (size_t)found * 4 > want) {
        /* or a paywall's teaser: what the page shows is the start of the
         * body, which holds half as much again or more */
        if (want < 100 || (size_t)found * 3 > (size_t)want * 2 || !opens_body(a->text, b)) {
            ls_script_meta_release(&sm);
            return;
        }
    }
    ls_buf t, h;
    ls_buf_init(&t, 2 * bl + 16);  /* (limits: a blank line per line break, */
    ls_buf_init(&h, 8 * bl + 256); /* and escapes and tags around each line) */
    ls_buf_adds(&h, "<article>");
    for (const char *l = b; *l;) {
        size_t n = strcspn(l, "\n");
        char *p = ls_text_squash(l, n);
        if (p && *p) {
            if (t.len)
                ls_buf_adds(&t, "\n\n");
            ls_buf_adds(&t, p);
            ls_buf_adds(&h, "<p>");
            ls_html_escape_texts(&h, p);
            ls_buf_adds(&h, "</p>\n");
        }
        free(p);
        l += n + (l[n] == '\n');
    }
    ls_buf_adds(&h, "</article>");
    if (t.err || h.err || !t.len) {
        ls_buf_release(&t);
        ls_buf_release(&h);
        ls_script_meta_release(&sm);
        return;
    }
    free(a->text);
    free(a->html);
    a->text = ls_buf_detach(&t, NULL);
    a->html = ls_buf_detach(&h, NULL);
    if (from_script)
        script_article_meta(x, a, &sm);
    ls_script_meta_release(&sm);
}

/* LS_EXTRACT_DEBUG=1: the chosen container on stderr, for tuning. */
static void debug_top(const ls_xctx *x)
{
    for (const ls_node *n = x->top; n && n->type == LS_NODE_ELEMENT; n = n->parent) {
        const ls_xstat *s = ls_xs(n);
        fprintf(stderr, "  %s class=%s id=%s score=%.1f chars=%u ld=%.2f\n", n->name,
                ls_node_attr(n, "class") ? ls_node_attr(n, "class") : "",
                ls_node_attr(n, "id") ? ls_node_attr(n, "id") : "", n->score,
                s ? s->chars : 0, s ? ls_x_link_density(s) : 0.0);
    }
}

/* LS_EXTRACT_FIND=snippet with LS_EXTRACT_DEBUG: the ancestors of the text
 * that holds the snippet, with their flags and figures, for tuning. */
static void debug_find(const ls_xctx *x)
{
    const char *want = getenv("LS_EXTRACT_FIND");
    if (!want || !*want)
        return;
    size_t wl = strlen(want);
    int found = 0;
    for (ls_node *n = x->dom->root; n; n = ls_node_next(n, x->dom->root)) {
        if (n->type != LS_NODE_TEXT || n->text_len < wl || !memmem(n->text, n->text_len, want, wl)
            || !n->parent || n->parent->tag == GUMBO_TAG_SCRIPT)
            continue;
        fprintf(stderr, "find '%s':\n", want);
        for (ls_node *p = n->parent; p && p->type == LS_NODE_ELEMENT; p = p->parent) {
            const ls_xstat *s = ls_xs(p);
            fprintf(stderr, "  %s%s class=%.60s id=%s fl=%x score=%.1f chars=%u good=%u ld=%.2f\n",
                    p == x->top ? "*" : "", p->name,
                    ls_node_attr(p, "class") ? ls_node_attr(p, "class") : "",
                    ls_node_attr(p, "id") ? ls_node_attr(p, "id") : "", p->flags, p->score,
                    s ? s->chars : 0, s ? s->good : 0, s ? ls_x_link_density(s) : 0.0);
        }
        if (++found == 3)
            return;
    }
}

/* More than a line was chosen (50: Latin characters, or some 17 Chinese
 * ones): a tagline or a button is no article. */
static bool article_found(const ls_xctx *x)
{
    return x->top && ls_xs(x->top) && ls_x_len(ls_xs(x->top)) >= 50;
}

/* What was chosen reads like no post (a few words, or mostly links: a
 * sidebar's help box; and no <article>) and is small beside the prose left
 * out by name: a link shared on a forum and the thread of replies under it. */
static bool thread_under_small_post(const ls_xctx *x)
{
    if (!x->top || !x->dom->body)
        return false;
    const ls_xstat *t = ls_xs(x->top);
    if (!t)
        return false;
    unsigned g = t->good;
    if (g >= 1500 || (g >= 300 && ls_x_link_density(t) < 0.25))
        return false;
    for (const ls_node *p = x->top; p && p->type == LS_NODE_ELEMENT; p = p->parent)
        if (p->tag == GUMBO_TAG_ARTICLE)
            return false; /* a post the page marks up as one, however short */
    unsigned out = ls_x_named_good(x->dom->body, true, NULL);
    return out >= 1500 && out >= 3 * g;
}

/* A page whose only prose sits in blocks named like boilerplate (a thread
 * of replies classed "comment", a forum's "reply" posts) has that prose for
 * its content: look again with those blocks in. */
static int second_look(ls_xctx *x)
{
    ls_node *title = x->title_node;
    ls_x_stats_clear(x);
    x->keep_unlikely = true;
    int rc = ls_x_stats_build(x);
    if (rc != LS_OK)
        return rc;
    if (title)
        title->flags |= LS_XF_TITLE;
    if (x->debug)
        fprintf(stderr, "  second look, boilerplate by name kept\n");
    ls_x_choose(x);
    /* the site's footer, its links and addresses in columns, is no article
     * on a page that had none to show */
    for (const ls_node *p = x->top; p && p->type == LS_NODE_ELEMENT && p->tag != GUMBO_TAG_BODY;
         p = p->parent)
        if (p->tag == GUMBO_TAG_FOOTER || ls_x_class_or_id_has(p, "footer")) {
            if (x->debug)
                fprintf(stderr, "  the second look's choice is in the footer: none\n");
            x->top = NULL;
            break;
        }
    return LS_OK;
}

/* The length of a control at s, else 0: a control character (but a line
 * break and a tab), C0, DEL or C1, or a control that embeds, overrides or
 * isolates a run's direction ("invoice\u202egpj.exe" reads
 * "invoiceexe.jpg"). In UTF-8 C1 controls are C2 80-9F, the direction
 * controls E2 80 AA-AE and E2 81 A6-A9. */
static size_t body_control(const unsigned char *s)
{
    if (s[0] < 0x20)
        return s[0] != '\n' && s[0] != '\t';
    if (s[0] == 0x7F)
        return 1;
    if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F)
        return 2;
    if (s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE)
                         || (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)))
        return 3;
    return 0;
}

/* A field read from the page, fit to be shown in one line: no controls
 * (body_control()) and no marks of direction either, line breaks, tabs
 * and line and paragraph separators as spaces, at most max bytes (cut on a
 * character's edge, at a space when one is near). */
static void bound_field(char *s, size_t max)
{
    if (!s)
        return;
    size_t w = 0, n = strlen(s);
    for (size_t i = 0; i < n;) {
        const unsigned char *u = (const unsigned char *)s + i;
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (cp == 0x2028 || cp == 0x2029 || cp == '\t' || cp == '\n' || cp == '\r') {
            s[w++] = ' ';
            i += k;
            continue;
        }
        size_t drop = cp == 0x200E || cp == 0x200F ? k : body_control(u);
        if (drop) {
            i += drop;
            continue;
        }
        memmove(s + w, s + i, k);
        w += k;
        i += k;
    }
    s[w] = 0;
    if (w <= max)
        return;
    /* (room for the "…" within max: the field's buffer may be no longer) */
    size_t cut = ls_utf8_clip(s, w, max - strlen("…")), sp = cut;
    while (sp > cut * 3 / 4 && s[sp - 1] != ' ')
        sp--;
    if (sp > cut * 3 / 4)
        cut = sp - 1;
    memcpy(s + cut, "…", strlen("…") + 1);
}

/* The text and the HTML without controls (body_control()): text decoded
 * from a page's script data (JSON's "\u001b", "\u202e") has passed no
 * decoder that would have replaced them. The marks of direction (U+200E,
 * U+200F) stay: they order nothing that was not written so. */
static void scrub_body(char *s)
{
    if (!s)
        return;
    /* (byte by byte; most text has no control, and is only read) */
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (u[i] && !((u[i] < 0x20 || u[i] == 0x7F || u[i] == 0xC2 || u[i] == 0xE2)
                     && body_control(u + i)))
        i++;
    size_t w = i;
    while (u[i]) {
        size_t drop = body_control(u + i);
        if (drop)
            i += drop;
        else
            s[w++] = s[i++];
    }
    s[w] = 0;
}

/* The metadata fields at sizes a title, a name or a summary has; 1 MB of
 * a page's <title> is no title (SECURITY.md 15). */
static void bound_fields(ls_article *a)
{
    bound_field(a->title, 1000);
    bound_field(a->byline, 300);
    bound_field(a->site_name, 300);
    bound_field(a->source, 300);
    bound_field(a->editor, 300);
    bound_field(a->excerpt, 2000);
    char **urls[] = {&a->lead_image, &a->canonical_url};
    for (size_t k = 0; k < 2; k++)
        if (*urls[k] && strlen(*urls[k]) > 4096) { /* (no address is so long) */
            free(*urls[k]);
            *urls[k] = NULL;
        }
}

/* The page's own base for its links: the first <base href> of its head,
 * resolved against the address it was fetched from (a page may name
 * another folder or host for its relative links and pictures); NULL when
 * it names none, or none that is http(s). */
static char *document_base(const ls_dom *dom, const char *base_url)
{
    const ls_node *head = dom->head;
    for (const ls_node *b = head; b; b = ls_node_next(b, head))
        if (b->type == LS_NODE_ELEMENT && b->tag == GUMBO_TAG_BASE) {
            const char *href = ls_node_attr(b, "href");
            if (href) /* (the first <base> with an href counts, as in a browser) */
                return *href ? ls_x_resolve(base_url, href) : NULL;
        }
    return NULL;
}

int ls_extract(const ls_dom *dom, const char *base_url, const ls_extract_opts *opts,
               ls_article *out)
{
    if (!out)
        return LS_EINVAL;
    memset(out, 0, sizeof *out);
    if (!dom || !dom->root) {
        out->text = ls_strdup("");
        out->html = ls_strdup("");
        return LS_EINVAL;
    }
    ls_xctx x = {.dom = dom, .base_url = base_url, .opts = opts};
    char *doc_base = document_base(dom, base_url);
    x.link_base = doc_base ? doc_base : base_url;
    x.dctx.now = opts && opts->now ? opts->now : ls_now();
    x.debug = getenv("LS_EXTRACT_DEBUG") != NULL;
    int rc = ls_x_stats_build(&x);
    if (rc == LS_OK) {
        ls_x_meta(&x, out);
        ls_x_choose(&x);
        if (!article_found(&x) || thread_under_small_post(&x))
            rc = second_look(&x);
        if (x.debug) {
            debug_top(&x);
            debug_find(&x);
        }
        ls_x_meta_infoline(&x, out);
        rc = ls_x_render(&x, out);
        ls_x_meta_tail(&x, out);
        ls_x_meta_answer(&x, out);
        trim_text(&x, out);
        drop_summary_copy(out);
        drop_head_promo(&x, out);
        repair_encoded_twice(out);
        text_from_ld_body(&x, out);
    }
    free(x.ld_body);
    ls_jsonld_answer_release(&x.answer);
    free(doc_base);
    ls_x_stats_clear(&x);
    ls_jsonld_release(&x.ld); /* when ls_x_meta() did not take it over */
    if (!out->text)
        out->text = ls_strdup("");
    if (!out->html)
        out->html = ls_strdup("");
    scrub_body(out->text);
    scrub_body(out->html);
    if (out->byline && !ls_byline_tidy(out->byline)) {
        free(out->byline);
        out->byline = NULL;
    }
    out->word_count = out->text ? ls_extract_word_count(out->text, strlen(out->text)) : 0;
    fallback_excerpt(out);
    fallback_image(out, &x);
    bound_fields(out);
    china_time(&x, out);
    settle_lang(out, x.zh);
    if (!out->text || !out->html)
        rc = LS_ENOMEM;
    return rc;
}

void ls_article_release(ls_article *a)
{
    if (!a)
        return;
    char **f[] = {&a->title, &a->byline, &a->published, &a->site_name, &a->source,
                  &a->editor, &a->lang, &a->excerpt, &a->lead_image, &a->canonical_url,
                  &a->text, &a->html};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        free(*f[i]);
    memset(a, 0, sizeof *a);
}
