/*
 * infoline.h - metadata rules that work on plain strings: the "info line"
 * near a Chinese article's title (来源：… 作者：… 责任编辑：… 发布时间：…),
 * English bylines ("By Jane Doe"), title cleaning and script detection.
 *
 * All functions are pure; results go to caller-owned fixed buffers or are
 * returned malloc'd where said.
 */
#ifndef LS_EXTRACT_INFOLINE_H
#define LS_EXTRACT_INFOLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "extract/date.h"

#define LS_INFO_MAX 128

typedef struct ls_info {
    char source[LS_INFO_MAX]; /* 来源 / 稿源 / 出处 / Source */
    char author[LS_INFO_MAX]; /* 作者 / 文/ / 记者 / By */
    char editor[LS_INFO_MAX]; /* 责任编辑 / 编辑 / 责编: never the author */
    char editor_other[LS_INFO_MAX]; /* an 编辑 a 责任编辑 on the line displaced */
    bool editor_responsible;  /* editor was labelled 责任编辑 or 责编 */
    char date[LS_DATE_MAX];   /* 发布时间 / 时间 / 日期, or any date on the line */
    bool date_relative;       /* date was relative (3小时前): it depends on "now" */
    bool date_labelled;       /* date followed a label (发布于, Published:) */
    bool date_doc;            /* date is an official document's own (成文日期) */
    bool attributed;          /* a post's credit line: 由<name>于<date>发表 */
} ls_info;

/*
 * Reads "label: value" pairs in s[0..n) (one short line of visible text) and
 * fills the fields of out that are still empty. A value ends at the next
 * label, a date, a run of spaces, '|' or the end. A date anywhere on the line
 * fills out->date when no labelled date does. Returns the number of fields
 * filled by this call.
 */
int ls_info_parse(const char *s, size_t n, const ls_date_ctx *ctx, ls_info *out);

/* True when s[0..n) holds labels and nothing else ("发布日期：", "Written
 * By"): table layouts put the value in the next cell. */
bool ls_info_label_only(const char *s, size_t n);
/* A source's name without what a site writes around it, in place: an
 * account's ID in brackets, a trailing 原创, region or count of readers,
 * the brackets of a link's text ("[ 中关村在线 原创 ]" gives 中关村在线);
 * empty when it is a link's label ("原文链接"). */
void ls_info_tidy_source(char *v);
/* Visible characters of a line, a CJK character weighing four (a Chinese
 * character carries about what a short Latin word does). */
size_t ls_info_weight(const char *s, size_t n);

/* s[0..n) is a name's run of characters: Han characters (no punctuation),
 * ASCII letters and digits and nothing else. Their count, else 0. */
size_t ls_info_name_chars(const char *s, size_t n);
/* s[0..n) names a media outlet by the character it ends with (光明日报,
 * 新华社, 中新网, 央视, 第一财经新闻), or, when anywhere is set, holds such
 * a character anywhere (新浪科技网讯 … 凤凰网科技). */
bool ls_info_outlet_mark(const char *s, size_t n, bool anywhere);

/* The label of a summary that opens s ("导语：", "【导读】", "编辑导语",
 * "摘要:", "内容提要 "): its length with the colon or bracket and spaces
 * after it, else 0. */
size_t ls_info_summary_label(const char *s, size_t n);

/* s is a province or region of China alone ("广东", "上海"): where an
 * account posted from (a portal's IP 属地), no outlet. */
bool ls_info_region(const char *s);

/* A reporter's name in brackets closing an article's last paragraph:
 * "…吗？”（姚峰 上海报道）", "（袁源）". Writes the names to out; false when
 * the brackets hold anything else (（新华社）, （待续）, （完）). */
bool ls_info_tail_byline(const char *s, size_t n, char *out, size_t outsz);

/* A wire's closing credits, a line of its own under the story: "(Reporting
 * by Wen-Yee Lee in Taipei; Editing by Jamie Freed and Mark Porter)":
 * parts set apart by ';', each a role ("Reporting by", "Editing by") and
 * names; without brackets, two parts or more. The names after "Editing
 * by" go to editor (when not NULL; "" when none). */
bool ls_info_wire_credits(const char *s, size_t n, char *editor, size_t editorsz);

/* A line of Chinese names and nothing else ("胡平", "张三 李四"): how an
 * essay's author stands alone under its title. Writes the names to out;
 * false for anything else, and for words a page prints there that are no
 * names (摘要, 导语, 编者按, 分享 ...). */
bool ls_info_lone_name(const char *s, size_t n, char *out, size_t outsz);

/* A person's name written in Latin letters and nothing else ("Jack
 * Shepherd", "Mary-Ann O'Neil", "Justin C. Meserole"): two to four
 * capitalised words, no digits, no word a heading uses ("The", "How",
 * "Guide" ...). Writes it to out. */
bool ls_info_latin_name(const char *s, size_t n, char *out, size_t outsz);

/* The last word on a byline, in place: a sentence's full stop goes
 * ("WebBank." -> "WebBank"; an initial, "Ph.D." or "Inc." keep theirs),
 * and so does a badge after a Chinese name ("王树一原创" -> "王树一") or a
 * thread's 楼主 before one ("楼主 小王工程师").
 * False when the byline is no name after all: it ends in a number
 * ("Kan Chu Sen, 1721.", "M5."). */
bool ls_byline_tidy(char *s);

/* Strips "By", "作者：", "文/", trailing roles and dates from a byline;
 * writes at most outsz bytes. Returns false when nothing name-like is left
 * (empty, a URL, or longer than a byline can be). */
bool ls_byline_clean(const char *s, char *out, size_t outsz);

/*
 * Cleans a page title: strips 原标题：…, 【纠错】, （完）, collapses spaces, and
 * cuts a site name joined by _ | - — – ｜ · » (with or without spaces; a bare
 * '-' only next to CJK). When one of the hints (the <h1>, og:title,
 * JSON-LD headline; NULLs allowed) equals a piece or a run of pieces, that
 * run is kept; else the longest leading piece. Returns malloc'd text or NULL.
 * *site (if not NULL) gets the last cut-off piece, past pieces that name
 * no site ("Home Page", "Official Website", "首页", "powered by …")
 * (malloc'd, or NULL).
 */
char *ls_title_clean(const char *title, const char *const *hints, size_t nhints, char **site);

/* Collapses runs of white space (incl. NBSP and U+3000) into one space and
 * trims; returns malloc'd text or NULL. */
char *ls_text_squash(const char *s, size_t n);

/* "zh", "ja", "ko" or NULL from the scripts of the text (kana before Han). */
const char *ls_lang_guess(const char *s, size_t n);
/* The characters of s[0..n) by script: Han, kana, Hangul, Latin letters. */
typedef struct ls_scripts {
    size_t han, kana, hangul, latin;
} ls_scripts;
void ls_script_counts(const char *s, size_t n, ls_scripts *c);

#endif
