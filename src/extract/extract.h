/*
 * extract.h - the reader article: main content and metadata of a page.
 *
 * ls_extract() reads an ls_dom that the caller parsed once and never changes
 * it: it only uses the nodes' scratch fields (score, flags, user), which it
 * resets before returning, so the capture can build its single-file copy
 * from the same DOM before or after. The article's html is built as a new
 * string, not by editing the tree.
 *
 * The content block is chosen by readability-style candidate scoring made
 * CJK-aware (characters, not bytes; Chinese punctuation counted where Latin
 * commas are), combined with text density and punctuation density
 * (洪鸿辉 et al. 2019), computed for every node in one bottom-up pass.
 * Metadata comes in order of trust: JSON-LD, meta tags (og:, article:,
 * government CMS ArticleTitle/PubDate/ContentSource), the info line near the
 * title (来源/作者/责任编辑/发布时间), then visible text patterns.
 *
 * It never fails on a page: the worst result is empty text. The only error
 * is LS_ENOMEM (or LS_EINVAL for NULL arguments), and even then *out is
 * valid to release.
 *
 * With LS_EXTRACT_DEBUG set in the environment, the chosen container and
 * the boilerplate left out are described on stderr (for tuning).
 *
 * Ownership: every string in ls_article is malloc'd and owned by the
 * article; ls_article_release() frees them all and zeroes the struct.
 * Fields that were not found are NULL (text and html are never NULL after
 * a successful call; they may be "").
 */
#ifndef LS_EXTRACT_EXTRACT_H
#define LS_EXTRACT_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "html/dom.h"

typedef struct ls_article {
    char *title;
    char *byline;        /* author(s); never the editor */
    char *published;     /* ISO 8601: "2024-05-01" or "2024-05-01T10:23:00+08:00" */
    char *site_name;
    char *source;        /* 来源 / 稿源 / 出处: where the text came from */
    char *editor;        /* 责任编辑 */
    char *lang;          /* BCP 47 as the page says it ("zh-CN"), or guessed ("zh") */
    char *excerpt;       /* meta description, else the first paragraph (clipped) */
    char *lead_image;    /* absolute URL */
    char *canonical_url; /* absolute URL */
    char *text;          /* paragraphs separated by blank lines, list items on own lines */
    char *html;          /* allow-listed article HTML, absolute http(s) links */
    size_t word_count;   /* CJK characters + other words */
} ls_article;

/*
 * Called for each image kept in the article html with its absolute URL;
 * returns a malloc'd replacement URL (e.g. the stored copy) or NULL to keep
 * the original. Lets the capture point the reader at its own copies.
 */
typedef char *(*ls_extract_img_fn)(void *ctx, const char *abs_url);

typedef struct ls_extract_opts {
    int64_t now;             /* for "3小时前"; 0 = the current time */
    ls_extract_img_fn rewrite_image;
    void *rewrite_ctx;
    size_t max_text;         /* cap on text/html bytes; 0 = 8 MiB */
} ls_extract_opts;

/* base_url: the page's URL for resolving links (NULL: relative links are
 * dropped). opts may be NULL. */
int ls_extract(const ls_dom *dom, const char *base_url, const ls_extract_opts *opts,
               ls_article *out);
void ls_article_release(ls_article *a);

/* True for a WeChat article's body (div#js_content.rich_media_content),
 * which the page serves hidden (visibility:hidden; opacity:0) until its
 * script shows it: the extractor counts it as shown, and a copy without
 * scripts must show it. */
bool ls_extract_wechat_body(const ls_node *n);

/* Counts Chinese and Japanese characters plus runs of other letters and
 * digits (words; Korean words are runs of Hangul between spaces). */
size_t ls_extract_word_count(const char *s, size_t n);

#endif
