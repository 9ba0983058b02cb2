/*
 * extract_int.h - shared between the extractor's files; not a public API.
 *
 * One bottom-up pass (stats.c) gives every element an ls_xstat reached via
 * node->user; scoring (score.c), rendering (render.c) and metadata (meta.c)
 * read those. The stats array belongs to the ls_xctx and is freed with it;
 * node->user/score/flags are reset by ls_x_stats_clear().
 */
#ifndef LS_EXTRACT_INT_H
#define LS_EXTRACT_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "extract/date.h"
#include "extract/extract.h"
#include "extract/infoline.h"
#include "extract/jsonld.h"
#include "html/dom.h"
#include "util/buf.h"

/* node flags (scratch; cleared at the end) */
enum {
    LS_XF_JUNK = 1u << 0,      /* never content: script, nav, hidden, "share" ... */
    LS_XF_BLOCK = 1u << 1,     /* renders as its own block */
    LS_XF_CANDIDATE = 1u << 2, /* got a content score */
    LS_XF_KEEP = 1u << 3,      /* part of the article */
    LS_XF_DROP = 1u << 4,      /* removed from the article by cleaning */
    LS_XF_TITLE = 1u << 5,     /* the headline element */
    LS_XF_HIDDEN = 1u << 7,    /* hidden attribute / display:none */
    LS_XF_UNLIKELY = 1u << 6,  /* boilerplate by class/id (junk unless it holds most text) */
    LS_XF_OUT = 1u << 8,       /* inside junk or a <footer>: never the article's container */
    LS_XF_PATH = 1u << 9,      /* meta_info.c, while it scans: around where the scan began */
    LS_XF_SR_ONLY = 1u << 10,  /* text for screen readers alone ("sr-only"): never shown */
    LS_XF_WS_PRE = 1u << 11,   /* styled to keep its white space (ls_x_white_space()) */
    LS_XF_WS_PRE_LINE = 1u << 12, /* styled to keep its line breaks alone (pre-line) */
};

typedef struct ls_xstat {
    ls_node *node;
    int weight;          /* class/id weight: -25, 0, +25 */
    unsigned own_chars, own_cjk, own_punct, own_commas; /* direct text only */
    unsigned chars;      /* (from here on: subtree sums, recomputed by sum_up) */      /* non-space code points of visible text */
    unsigned cjk;        /* of which CJK characters */
    unsigned link_chars; /* inside <a> */
    unsigned punct;      /* sentence punctuation, Latin and CJK */
    unsigned commas;     /* , ， 、 ； */
    unsigned tags;       /* elements in the subtree, itself included */
    unsigned link_tags;  /* <a> elements */
    unsigned paras;      /* <p>-like blocks with text */
    unsigned imgs, inputs, lis, embeds, headings;
    unsigned good;       /* non-link text outside link-dense blocks (units) */
} ls_xstat;

typedef struct ls_xctx {
    const ls_dom *dom;
    ls_xstat *st;        /* one per element, pre-order */
    size_t nst;
    const char *base_url;
    const char *link_base; /* what the page's links resolve against: its
                              <base href>, else base_url */
    const ls_extract_opts *opts;
    ls_date_ctx dctx;
    bool zh;             /* a Chinese page: CJK thresholds, +08:00 */
    ls_node *title_node; /* the headline element, if found */
    bool title_tag_only; /* the title is the <title>'s: no meta title or heading gave it */
    ls_node *top;        /* the chosen content root */
    ls_node *record;     /* an official document's particulars above top */
    char *first_img;     /* the article's first image as the page names it
                            (absolute, before opts->rewrite_image) */
    bool debug;          /* LS_EXTRACT_DEBUG set: decisions on stderr */
    bool keep_unlikely;  /* second look: boilerplate by name is not junk */
    ls_node *first_best; /* the best-scored block of the first look */
    ls_node *wechat_body; /* a WeChat article's #js_content, when there is one */
    bool discussion;     /* JSON-LD says forum thread, Q&A or social post */
    ls_jsonld ld;        /* the page's JSON-LD, read once with the stats;
                            ls_x_meta() takes it over */
    bool ld_read;
    char *ld_body;       /* JSON-LD's articleBody, taken from ls_x_meta() */
    ls_jsonld_answer answer; /* a Q&A page's answer, taken from ls_x_meta() */
    char meta_modified[LS_DATE_MAX]; /* dateModified / article:modified_time */
    char time_date[LS_DATE_MAX];     /* the first <time datetime>'s, parsed */
    char shown_date[LS_DATE_MAX];    /* the first date shown near the headline */
    bool shown_relative;             /* ... written relative to now (3小时前) */
    bool shown_doc;                  /* ... an official document's own (成文日期) */
    char class_date[LS_DATE_MAX];    /* the first element marked as a date */
    char titled_date[LS_DATE_MAX];   /* the full date in the title of one shown relative */
    char site_author[256];           /* the site named as author: the last resort */
    bool editor_responsible;        /* out->editor was labelled 责任编辑 or 责编 */
    bool byline_credited;           /* out->byline came from a labelled credit (作者：…) */
    char shown_author[LS_INFO_MAX]; /* the writer the page's credits name when the
                                      metadata named one already */
    char blog_owner[128];            /* 张工 of a <title>'s "…_张工的博客": a late resort */
    char login_author[64];           /* a login the metadata names as author ("wangwu"): later */
    char editor_other[LS_INFO_MAX];  /* an editor besides the one responsible (ls_info) */
    char member_author[64];          /* a member link on the dated line under the title: later */
    char source_box[128];            /* an element named "source" that holds a name */
    ls_node *byline_cards[6];        /* byline cards naming the author the metadata gave */
    int nbyline_cards;
} ls_xctx;

static inline ls_xstat *ls_xs(const ls_node *n)
{
    return n ? (ls_xstat *)n->user : NULL;
}

/* meta.c: reads one <script type="application/ld+json"> into x->ld. */
void ls_x_read_jsonld(ls_xctx *x, const ls_node *script);

/* stats.c */
int ls_x_stats_build(ls_xctx *x);
void ls_x_stats_clear(ls_xctx *x);
/* Weighted text length: Latin characters plus 3 per CJK character. */
unsigned ls_x_len(const ls_xstat *s);
double ls_x_link_density(const ls_xstat *s);
bool ls_x_is_block_tag(GumboTag t);
/* The next text node after c inside root's subtree, junk elements passed
 * over (NULL at the end); ls_x_next_text(root, root) gives the first. */
const ls_node *ls_x_next_text(const ls_node *c, const ls_node *root);
/* True when the text node t holds only ASCII white space. */
bool ls_x_blank_text(const ls_node *t);
/* score.c: n's last text ends a sentence: "." or "。" (or "，", with
 * comma_too) before trailing spaces. (Only the text at the end of the
 * last children counts: a block that ends in a blank line or an element
 * with no text, a widget's markup, ends no sentence.) */
bool ls_x_ends_sentence(const ls_node *n, bool comma_too);
/* The first words of a block, lowercased (at most sz-1 bytes, spaces
 * collapsed), looking at no more than 64 text nodes outside junk. */
void ls_x_lead_text(const ls_node *n, char *buf, size_t sz);
/* stats.c: n holds a document's attachments under their label ("附件：<a
 * href=….pdf>1.实施方案.pdf</a>"): a policy's annexes are part of it. */
bool ls_x_attachments(const ls_node *n);
/* stats.c: half or more of n's links point to documents (a list of a
 * notice's files: 招标文件.pdf, 附件1.docx). */
bool ls_x_document_links(const ls_node *n);
/* stats.c: n is a table cell with another cell in its row: a label or a
 * value of a record ("品目 | 服务/…"), where a cell alone in its row may be
 * a layout's line. */
bool ls_x_record_cell(const ls_node *n);
/* s[0..n) ends in the extension of an office document or an archive. */
bool ls_x_names_document(const char *s, size_t n);
/* True when a is n or one of its ancestors. */
bool ls_x_holds(const ls_node *a, const ls_node *n);
/* The reading matter (good) of the outermost elements under root named
 * like boilerplate (comments, sidebars): those left out as junk when
 * junk is true, else those that stayed, not holding top (NULL allowed). */
unsigned ls_x_named_good(ls_node *root, bool junk, const ls_node *top);
/* True when n is, or is within, pre, code, samp or kbd, or within text
 * styled as preformatted (ls_x_styled_pre()). */
bool ls_x_in_code(const ls_node *n);
/* What n's style attribute says of its white space: LS_WS_PRE for
 * "white-space: pre" and "pre-wrap" (spaces and line breaks kept),
 * LS_WS_PRE_LINE for "pre-line" (line breaks kept, spaces not),
 * LS_WS_NORMAL when it says neither. */
enum { LS_WS_NORMAL, LS_WS_PRE, LS_WS_PRE_LINE };
int ls_x_white_space(const ls_node *n);
/* n is an element of text and inline elements only, styled to keep its
 * white space ("white-space: pre" or "pre-wrap", as a published notebook,
 * Notion or CodeMirror set their code) and holding line breaks:
 * preformatted text. (Looks at no more than 256 nodes; the style is read
 * once per element by ls_x_stats_build(): LS_XF_WS_PRE.) */
bool ls_x_styled_pre(const ls_node *n);
/* True when n or one of the elements around it carries any of flags. */
bool ls_x_under(const ls_node *n, unsigned flags);
/* A block, or a table cell: where the text of a page laid out with tables
 * sits. */
bool ls_x_block_or_cell(const ls_node *n);
/* An image: <img>, or an AMP or MIP page's <amp-img>, <mip-img> (drawn by
 * a script the reader does not run). */
bool ls_x_image(const ls_node *n);
/* The nearest block or table cell above n, below stop; NULL when stop (or
 * the document's root) comes first. */
ls_node *ls_x_block_around(const ls_node *n, const ls_node *stop);

/* score.c: chooses ctx->top and marks kept nodes with LS_XF_KEEP. */
void ls_x_choose(ls_xctx *x);

/* record.c: the box of an official document's particulars (索引号,
 * 发文字号 ...) that comes before top outside it, or NULL. */
ls_node *ls_x_find_record(const ls_xctx *x);

/* render.c: s[0..n) is a platform's disclaimer ("本文来自…创作者，不代表
 * 腾讯新闻的观点和立场。", "声明：本文仅代表作者本人观点，不代表本站立场",
 * "以上内容不构成投资建议"). */
bool ls_x_disclaimer(const char *s, size_t n);
/* render.c */
int ls_x_render(ls_xctx *x, ls_article *out);
/* The line above the one that starts at p in text (blank lines passed
 * over): its start, its length in *len; NULL at the text's start. */
char *ls_x_line_above(char *text, char *p, size_t *len);

void ls_x_trim_tail(ls_buf *t, bool zh);
/* The HTML loses what the text lost at its end (cut[0..cut_len), the lines
 * ls_x_trim_tail() removed), in place, when it ends with the same words;
 * the elements left open there are closed. */
void ls_x_trim_html_tail(char *html, const char *cut, size_t cut_len);
/* The same at the HTML's start: what opens it with the words of
 * cut[0..cut_len) goes, when those are whole elements. False when the
 * HTML was left as it was. */
bool ls_x_trim_html_head(char *html, const char *cut, size_t cut_len);

/* meta.c */
int ls_x_meta(ls_xctx *x, ls_article *out);
int ls_x_meta_infoline(ls_xctx *x, ls_article *out);
int ls_x_meta_tail(ls_xctx *x, ls_article *out);
/* A Q&A page whose text is its answer's (x->answer: the text opens with
 * the answer's words, ahead of the question's): the answer's writer and
 * date are the page's byline and date. */
void ls_x_meta_answer(ls_xctx *x, ls_article *out);
/* wechat.c: a WeChat article's time, author and account, when the page's
 * address or one of urls is on mp.weixin.qq.com; only empty fields. */
void ls_x_wechat(ls_xctx *x, const char *const *urls, size_t nurls, ls_article *out);
/* meta.c: characters of s other than white space (what ls_xstat counts). */
unsigned ls_x_visible_chars(const char *s);
/* The article a script draws, from the longest string of HTML paragraphs in
 * the JSON data of the page's scripts or in a <textarea> it reads from, as
 * text a paragraph per line; malloc'd, NULL when none. meta (when not
 * NULL) gets what the data's object holding it says of it. */
char *ls_x_script_body(const ls_xctx *x, ls_script_meta *meta);
/* meta.c: href leads to a member's or author's own page ("/u/abc123",
 * "/c/user/token/…", "/people/jane", "/@jane", "space-uid-7.html"). */
bool ls_x_member_href(const char *href);

/* heading.c: the visible text of n, spaces squashed (malloc'd), read up to
 * cap bytes; NULL when there is none. */
char *ls_x_node_text(const ls_node *n, size_t cap);
/* heading.c: the same with each block inside n on a line of its own
 * (squashed, empty ones left out), read as a list of names: superscripts
 * (affiliation marks) are left out and each link is a word of its own;
 * NULL when there is no text. */
char *ls_x_node_lines(const ls_node *n, size_t cap);
/* heading.c: n's class or id holds w (any case). */
bool ls_x_class_or_id_has(const ls_node *n, const char *w);

/* resolve.c: absolute http(s) URL or NULL (malloc'd). */
char *ls_x_resolve(const char *base, const char *ref);
/* The host of an absolute URL (or one without its scheme, "//host/…"),
 * lowercased and without "www.", into out; false for a relative one. */
bool ls_x_url_host(const char *url, char *out, size_t sz);
/* What follows href's scheme and host (path, query, fragment; "" when
 * nothing does); all of href when it is relative. */
const char *ls_x_url_path(const char *href);

/* The file name that ends url's path, lower-cased into out ("logo_2x.png"
 * of "https://x.example/i/Logo_2x.PNG?v=3"); false when there is none or it
 * does not fit. */
bool ls_x_url_file(const char *url, char *out, size_t sz);

/* The image at url is the site's icon, not a story's picture: its file is
 * a touch icon, a favicon, the logo ("apple-touch-icon-152x152.png",
 * "logo.png", "v2_logo_share.png") or a placeholder
 * ("schema-placeholder-1x1.png"), or it lies in a folder of avatars, ranks,
 * icons, smilies or badges. (meta.c) */
bool ls_x_site_icon(const char *url);

/* The line l[0..n) is an account's call after its story or above it: an
 * end mark, a call to follow it, scan its QR code or get its app
 * ("点击上方蓝字关注我们", "下载…App"). (render.c) */
bool ls_x_account_promo(const char *l, size_t n);

#endif
