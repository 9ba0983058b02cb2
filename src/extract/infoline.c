/*
 * infoline.c - string rules for article metadata (see infoline.h).
 */
#include "extract/infoline.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/str.h"

enum { F_SOURCE, F_AUTHOR, F_EDITOR, F_DATE, F_DATE_DOC, F_OTHER_DATE, F_STOP };

typedef struct {
    const char *w;
    int field;
    bool word;  /* must start a word: after nothing, space or punctuation */
    bool sep;   /* must be followed by a separator (：:/ or space) */
} label;

/* Longer labels first where one contains another. */
static const label labels[] = {
    {"信息来源", F_SOURCE, false, false}, {"文章来源", F_SOURCE, false, false},
    {"新闻来源", F_SOURCE, false, false}, {"稿件来源", F_SOURCE, false, false},
    /* a picture's credit is no source: 图片来源：视觉中国, 题图｜视觉中国 */
    {"图片来源", F_STOP, false, false}, {"图片提供", F_STOP, false, false},
    {"题图来源", F_STOP, false, false}, {"头图来源", F_STOP, false, false},
    {"封面来源", F_STOP, false, false}, {"配图来源", F_STOP, false, false},
    {"题图", F_STOP, false, false}, {"头图", F_STOP, false, false},
    {"封面图", F_STOP, false, false}, {"配图", F_STOP, false, false},
    {"图源", F_STOP, false, false},
    /* a chart's data credit under a figure is no source of the story */
    {"数据来源", F_STOP, false, false}, {"资料来源", F_STOP, false, false},
    {"来源于", F_SOURCE, false, false}, {"来源", F_SOURCE, false, false},
    {"來源", F_SOURCE, false, false},
    {"稿源", F_SOURCE, false, false}, {"出处", F_SOURCE, true, true},
    {"转载自", F_SOURCE, true, false}, {"Source:", F_SOURCE, true, false},
    {"本文来自", F_SOURCE, false, false}, {"本文转载自", F_SOURCE, false, false},
    {"转自", F_SOURCE, true, true},
    /* a portal's "来自 证券时报" (set apart: "来自北京" is a phrase) */
    {"来自", F_SOURCE, true, true},
    {"责任编辑", F_EDITOR, false, false}, {"責任編輯", F_EDITOR, false, false},
    {"责编", F_EDITOR, false, false}, {"编辑", F_EDITOR, true, true},
    {"編輯", F_EDITOR, true, true}, {"Editor:", F_EDITOR, true, false},
    {"Edited by ", F_EDITOR, true, false},
    /* the author's affiliation and the site's makers are not bylines */
    {"作者单位", F_STOP, false, false}, {"作者简介", F_STOP, false, false},
    {"作者簡介", F_STOP, false, false}, {"關於作者", F_STOP, false, false},
    {"关于作者", F_STOP, false, false},
    {"Powered by ", F_STOP, true, false}, {"Produced by ", F_STOP, true, false},
    {"Designed by ", F_STOP, true, false}, {"Developed by ", F_STOP, true, false},
    {"Hosted by ", F_STOP, true, false}, {"技术支持", F_STOP, false, false},
    /* a picture's credit */
    {"Photo by ", F_STOP, true, false}, {"Photos by ", F_STOP, true, false},
    {"Photograph by ", F_STOP, true, false}, {"Photography by ", F_STOP, true, false},
    {"Portrait by ", F_STOP, true, false}, {"Illustration by ", F_STOP, true, false},
    {"Illustrations by ", F_STOP, true, false}, {"Image by ", F_STOP, true, false},
    {"Images by ", F_STOP, true, false}, {"Artwork by ", F_STOP, true, false},
    {"Graphic by ", F_STOP, true, false}, {"Video by ", F_STOP, true, false},
    {"作者", F_AUTHOR, false, false}, {"撰文者", F_AUTHOR, true, false},
    {"撰文", F_AUTHOR, true, true},
    {"执笔人", F_AUTHOR, false, false}, {"执笔", F_AUTHOR, true, true},
    {"撰稿", F_AUTHOR, true, true}, {"文／", F_AUTHOR, true, false},
    /* (writer and photographer in one: 文/图 李雪梅) */
    {"文/图", F_AUTHOR, true, false}, {"文／图", F_AUTHOR, true, false},
    {"图/文", F_AUTHOR, true, false},
    {"文/", F_AUTHOR, true, false}, {"文|", F_AUTHOR, true, false},
    {"文｜", F_AUTHOR, true, false}, {"文丨", F_AUTHOR, true, false},
    {"文 |", F_AUTHOR, true, false}, {"文 ｜", F_AUTHOR, true, false},
    {"文 丨", F_AUTHOR, true, false},
    /* a picture's credit beside the writer's: 文/张三 图/李四 */
    {"图/", F_STOP, true, false}, {"图／", F_STOP, true, false}, {"图｜", F_STOP, true, false},
    {"图|", F_STOP, true, false},
    {"本报记者", F_AUTHOR, false, false},
    /* a research report's and a study's writers */
    {"分析师：", F_AUTHOR, true, false}, {"分析师:", F_AUTHOR, true, false},
    {"研究员：", F_AUTHOR, true, false}, {"研究员:", F_AUTHOR, true, false},
    /* a reporter's rank between the outlet and 记者: 本报首席记者, 特约记者 */
    {"首席记者", F_AUTHOR, false, false}, {"特约记者", F_AUTHOR, false, false},
    {"高级记者", F_AUTHOR, false, false}, {"见习记者", F_AUTHOR, false, false},
    {"记者", F_AUTHOR, true, false},
    {"記者", F_AUTHOR, true, false}, {"Authors:", F_AUTHOR, true, false},
    {"Author:", F_AUTHOR, true, false}, {"Contributors:", F_AUTHOR, true, false},
    {"Contributor:", F_AUTHOR, true, false},
    {"Written by ", F_AUTHOR, true, false}, {"Posted by ", F_AUTHOR, true, false},
    {"Started by ", F_AUTHOR, true, false}, {"By ", F_AUTHOR, true, false},
    {"By\n", F_AUTHOR, true, false}, {"By\t", F_AUTHOR, true, false},
    {"By:", F_AUTHOR, true, false}, /* these three only at the line's start */
    /* "By" in German, French, Spanish and Portuguese (at the line's start),
     * Russian's "Автор:", Japanese's "文：" */
    {"Von ", F_AUTHOR, true, false}, {"Par ", F_AUTHOR, true, false},
    {"Por ", F_AUTHOR, true, false}, {"Автор:", F_AUTHOR, true, false},
    {"Автор ", F_AUTHOR, true, false}, {"文：", F_AUTHOR, true, false},
    {"发布时间", F_DATE, false, false}, {"發布時間", F_DATE, false, false},
    {"發佈時間", F_DATE, false, false}, {"發布日期", F_DATE, false, false},
    {"發佈日期", F_DATE, false, false}, {"發表時間", F_DATE, false, false},
    {"发布日期", F_DATE, false, false}, {"发表时间", F_DATE, false, false},
    {"发表于", F_DATE, false, false}, {"发布于", F_DATE, false, false},
    {"编辑于", F_DATE, false, false}, /* a post's last edit, when no other date is shown */
    {"成文日期", F_DATE_DOC, false, false}, {"时间", F_DATE, true, true},
    {"時間", F_DATE, true, true}, {"日期", F_DATE, true, true},
    {"Published:", F_DATE, true, false}, {"Published on ", F_DATE, true, false},
    {"Posted on ", F_DATE, true, false}, {"Date:", F_DATE, true, false},
    /* dates of something else than the article: a forum's last reply, a
     * member's joining, a later edit */
    {"Last post", F_OTHER_DATE, true, false}, {"Last reply", F_OTHER_DATE, true, false},
    {"Last edited", F_OTHER_DATE, true, false}, {"Joined", F_OTHER_DATE, true, false},
    {"Member since", F_OTHER_DATE, true, false}, {"Registered", F_OTHER_DATE, true, false},
    {"最后回复", F_OTHER_DATE, false, false}, {"最后编辑", F_OTHER_DATE, false, false},
    {"最后发表", F_OTHER_DATE, false, false}, {"注册时间", F_OTHER_DATE, false, false},
    {"注册日期", F_OTHER_DATE, false, false}, {"加入时间", F_OTHER_DATE, false, false},
    /* a post's edit ("修改于 2024-05-20 15:20"), when its posting is dated too */
    {"修改于", F_OTHER_DATE, false, false}, {"修改时间", F_OTHER_DATE, false, false},
    {"最后修改", F_OTHER_DATE, false, false}, {"更新于", F_OTHER_DATE, false, false},
    {"更新时间", F_STOP, false, false}, {"更新日期", F_STOP, false, false},
    {"更新時間", F_STOP, false, false},
    {"Updated", F_STOP, true, false}, {"浏览次数", F_STOP, false, false},
    {"浏览量", F_STOP, false, false}, {"阅读量", F_STOP, false, false},
    {"阅读", F_STOP, true, false}, {"点击", F_STOP, true, false},
    {"字号", F_STOP, false, false}, {"字体", F_STOP, true, false},
    {"分享到", F_STOP, false, false}, {"打印", F_STOP, true, false},
    {"浏览", F_STOP, true, false}, {"评论", F_STOP, true, false},
    {"审核编辑", F_EDITOR, false, false}, /* the editor who passed the story */
    {"审核", F_STOP, true, false}, {"校对", F_STOP, true, false},
    {"摄影", F_STOP, true, false}, {"攝影", F_STOP, true, false},
    {"通讯员", F_STOP, true, false},
    {"实习生", F_STOP, false, false}, {"图片编辑", F_STOP, false, false},
    {"美术编辑", F_STOP, false, false}, {"视频编辑", F_STOP, false, false},
    {"美编", F_STOP, true, false},
    {"排版", F_STOP, true, false}, {"监制", F_STOP, true, false},
    {"发自", F_STOP, false, false}, {"报道", F_STOP, false, false},
    {"【", F_STOP, false, false}, {"[", F_STOP, false, false},
};
#define NLABELS (sizeof labels / sizeof labels[0])
#define SHORT_LABEL_LINE 160 /* bytes: a line of labels alone */
#define DATE_LINE_REST 80 /* weighted characters around an unlabelled date */
#define GLUED_VALUE_MAX 12 /* characters of a value glued to its Chinese label */

static bool match_at(const char *s, size_t n, size_t i, const char *w, bool ascii_nocase)
{
    size_t l = strlen(w);
    if (i + l > n)
        return false;
    if (!ascii_nocase)
        return memcmp(s + i, w, l) == 0;
    for (size_t k = 0; k < l; k++)
        if (tolower((unsigned char)s[i + k]) != tolower((unsigned char)w[k]))
            return false;
    return true;
}

/* The bytes of a space or a no-break space at s[j], or 0. */
static size_t space_at(const char *s, size_t n, size_t j)
{
    if (s[j] == ' ')
        return 1;
    return j + 1 < n && (unsigned char)s[j] == 0xC2 && (unsigned char)s[j + 1] == 0xA0 ? 2 : 0;
}

/* The bytes an ASCII label w spans at s[i] in any case, a space of w
 * standing for a run of spaces and no-break spaces ("By\u00a0Samuel"; the
 * line joins its text nodes with a space: "Edited" "\u00a0by\u00a0"
 * "Marie" reads "Edited \u00a0by\u00a0 Marie"); 0 when it is not there. */
static size_t label_span(const char *s, size_t n, size_t i, const char *w)
{
    size_t j = i;
    for (; *w; w++) {
        if (j >= n)
            return 0;
        if (*w == ' ') {
            size_t k = space_at(s, n, j);
            if (!k)
                return 0;
            while (k) {
                j += k;
                k = j < n ? space_at(s, n, j) : 0;
            }
            continue;
        }
        if (tolower((unsigned char)s[j]) != tolower((unsigned char)*w))
            return 0;
        j++;
    }
    return j - i;
}

/* Word boundary before i: start, ASCII space/punct, or CJK punctuation. */
static bool word_start(const char *s, size_t i)
{
    if (i == 0)
        return true;
    unsigned char c = (unsigned char)s[i - 1];
    if (c < 0x80)
        return !isalnum(c);
    /* the previous code point: walk back over continuation bytes */
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    uint32_t cp;
    ls_utf8_next(s + j, i - j, &cp);
    return ls_is_space_cp(cp) || ls_is_cjk_punct(cp) || cp == 0x3011 || cp == 0xFF5C
        || cp == 0x4E28 /* 丨 */ || (cp >= 0x3000 && cp <= 0x303F);
}

/* Length of a separator after a label ("：", ":", "/", spaces), 0 if none. */
static size_t sep_len(const char *s, size_t n, size_t i)
{
    size_t j = i;
    for (;;) {
        /* a line break in the page's source after a label is white space
         * ("编辑：\n    金金" in one cell) */
        if (j < n && (s[j] == ':' || s[j] == '/' || s[j] == ' ' || s[j] == '\t' || s[j] == '\n'
                      || s[j] == '\r'))
            j++;
        else if (match_at(s, n, j, "：", false) || match_at(s, n, j, "／", false)
                 || match_at(s, n, j, "\xe3\x80\x80", false) || match_at(s, n, j, "】", false)
                 || match_at(s, n, j, "｜", false) || match_at(s, n, j, "丨", false)
                 || match_at(s, n, j, "︱", false))
            j += 3;
        else if (j < n && s[j] == '|' && j > i) /* "作者 | 张三" (after a space) */
            j++;
        else if (match_at(s, n, j, "\xc2\xa0", false))
            j += 2;
        else
            return j - i;
    }
}

static bool reporter_label(const char *l, size_t n)
{
    static const char *const ends[] = {"记者", "記者", "编辑", "編輯"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
        if (n >= 6 && !memcmp(l + n - 6, ends[k], 6))
            return true;
    return false;
}

bool ls_info_outlet_mark(const char *s, size_t n, bool anywhere)
{
    static const char *const marks[] = {"报", "社", "网", "台", "刊", "闻", "视", "媒"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        if (anywhere ? memmem(s, n, marks[k], 3) != NULL
                     : n >= 3 && !memcmp(s + n - 3, marks[k], 3))
            return true;
    }
    return false;
}

size_t ls_info_summary_label(const char *s, size_t n)
{
    static const char *const summaries[] = {"编辑导语", "内容摘要", "内容提要", "文章摘要",
                                         "核心提示", "导语", "导读", "摘要", "提要"};
    size_t i = 0;
    bool bracket = n >= 3 && !memcmp(s, "【", 3);
    if (bracket)
        i = 3;
    size_t l = 0;
    for (size_t k = 0; k < sizeof summaries / sizeof summaries[0] && !l; k++)
        if (n - i >= strlen(summaries[k]) && !memcmp(s + i, summaries[k], strlen(summaries[k])))
            l = strlen(summaries[k]);
    if (!l)
        return 0;
    i += l;
    if (bracket) {
        if (n - i < 3 || memcmp(s + i, "】", 3))
            return 0;
        i += 3;
    } else if (n - i >= 3 && !memcmp(s + i, "：", 3)) {
        i += 3;
    } else if (i < n && s[i] == ':') {
        i++;
    } else if (i < n && s[i] != ' ') {
        return 0; /* a word that begins so (导语言, 摘要点): no label */
    }
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

size_t ls_info_name_chars(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t j = 0; j < n;) {
        uint32_t cp;
        j += ls_utf8_next(s + j, n - j, &cp);
        if (!(ls_is_cjk(cp) && !ls_is_cjk_punct(cp)) && !isalnum((int)(cp < 0x80 ? cp : 0)))
            return 0;
        chars++;
    }
    return chars;
}

/* A media outlet's name right before 记者 or 编辑 ("光明日报记者", "新京报记者",
 * "澎湃新闻记者", "界面新闻编辑 | 宋佳楠"). */
static bool outlet_before(const char *s, size_t i)
{
    return ls_info_outlet_mark(s, i, false);
}

/* An outlet's name of any ending that opens the line, glued to 记者 at i
 * and set apart from the name after it ("21世纪经济报道记者 何晓阳",
 * "第一财经记者 王五"); a sentence ("他接受记者采访") runs on without a
 * space. */
static bool outlet_opens_line(const char *s, size_t n, size_t i, size_t span)
{
    size_t e = i + span;
    if (e >= n || !(s[e] == ' ' || s[e] == ':' || (n - e >= 3 && !memcmp(s + e, "：", 3))))
        return false;
    /* back over the name's characters to the line's start or a space
     * ("每经记者：赵思源　每经编辑：刘晓": the second opens after the space) */
    size_t b = i, chars = 0;
    while (b > 0) {
        size_t st = b - 1;
        while (st > 0 && ((unsigned char)s[st] & 0xC0) == 0x80)
            st--;
        if (!ls_info_name_chars(s + st, b - st))
            break;
        b = st;
        chars++;
    }
    size_t a = b;
    while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\n'))
        a--;
    bool apart = a == 0 || a < b || (b >= 3 && !memcmp(s + b - 3, "\xe3\x80\x80", 3));
    return apart && chars >= 2 && chars <= 12;
}

/* The bytes a label can start with (both cases for ASCII ones): most
 * positions of a line start none, and are passed over at one lookup. */
static bool label_first[256];
static pthread_once_t label_first_once = PTHREAD_ONCE_INIT;

static void fill_label_first(void)
{
    for (size_t k = 0; k < NLABELS; k++) {
        unsigned char c = (unsigned char)labels[k].w[0];
        label_first[c] = true;
        if (c < 0x80)
            label_first[tolower(c)] = label_first[toupper(c)] = true;
    }
}

/* The Han character before s[i] makes 作者 at i a word of its own:
 * 工作者 (worker), 创作者 (creator), 写作者 (writer). */
static bool part_of_word(const char *s, size_t i)
{
    static const char *const heads[] = {"工", "创", "写"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
        if (i >= 3 && !memcmp(s + i - 3, heads[k], 3))
            return true;
    return false;
}

/* What follows 作者 at s[i] makes it a word about the author, no label:
 * 作者本人 (the author himself), a box's heading 作者最新文章, 作者其他文章,
 * 作者的话, a copyright notice's 著作权归作者所有. */
static bool about_the_author(const char *s, size_t n, size_t i)
{
    static const char *const next[] = {"本人", "最新", "其他", "其它", "更多", "相关", "文章",
                                       "推荐", "专栏", "主页", "热文", "的", "所有",
                                       /* a sentence: 请作者与本站联系 */
                                       "与", "和", "及", "联系", "须", "需", "应", "可"};
    for (size_t k = 0; k < sizeof next / sizeof next[0]; k++)
        if (match_at(s, n, i, next[k], false))
            return true;
    return false;
}

/* The word before s[i] is a lower-case word ("passed", "reviewed"): a
 * "by" at i goes on a sentence or a credit, it starts no byline. */
static bool after_verb(const char *s, size_t i)
{
    size_t e = i;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && isalpha((unsigned char)s[b - 1]))
        b--;
    if (e - b < 2 || (b > 0 && !isspace((unsigned char)s[b - 1]) && s[b - 1] != ','))
        return false;
    for (size_t k = b; k < e; k++)
        if (!islower((unsigned char)s[k]))
            return false;
    return true;
}

/* A Chinese label of a credit at s[i..e) that is a word of a sentence:
 * read on without a separator into punctuation no value starts with
 * ("原料来源、生产批次"), or glued to Han characters on both sides
 * ("原料来源和物流轨迹", "论文作者认为", "责任编辑制度"). 来源于 is a label
 * wherever it stands ("文章来源于…"). */
static bool word_of_sentence(const label *l, const char *s, size_t n, size_t i, size_t e)
{
    if (l->word || (unsigned char)l->w[0] < 0x80 || !strcmp(l->w, "来源于")
        || !(l->field == F_SOURCE || l->field == F_EDITOR
             || (l->field == F_AUTHOR && !reporter_label(l->w, strlen(l->w))))
        || e >= n || sep_len(s, n, e))
        return false;
    uint32_t cp;
    ls_utf8_next(s + e, n - e, &cp);
    if (ls_is_cjk_punct(cp))
        return true;
    return ls_is_cjk(cp) && !word_start(s, i);
}

static int label_at(const char *s, size_t n, size_t i, size_t *len)
{
    pthread_once(&label_first_once, fill_label_first);
    if (i >= n || !label_first[(unsigned char)s[i]])
        return -1;
    for (size_t k = 0; k < NLABELS; k++) {
        const label *l = &labels[k];
        bool ascii = (unsigned char)l->w[0] < 0x80;
        size_t span = ascii                                ? label_span(s, n, i, l->w)
                      : match_at(s, n, i, l->w, false) ? strlen(l->w)
                                                       : 0;
        if (!span)
            continue;
        if (l->word && !word_start(s, i)
            && !((outlet_before(s, i) || outlet_opens_line(s, n, i, span))
                 && reporter_label(l->w, strlen(l->w))))
            continue;
        if (l->field == F_AUTHOR && !strcmp(l->w, "作者")
            && (part_of_word(s, i) || about_the_author(s, n, i + span)))
            continue; /* 工作者, 创作者, 写作者: a word, no label; 作者本人: the author himself */
        if (!strcmp(l->w, "By ") && after_verb(s, i))
            continue; /* "will be passed by Congress" */
        size_t e = i + span;
        if (l->sep && !sep_len(s, n, e))
            continue;
        if (word_of_sentence(l, s, n, i, e))
            continue;
        /* "By:" or "By" and a line break start a byline, not "Sort By:";
         * "Edited by" starts a credit, not "… was edited by Jane." */
        bool at_start_only = (l->w[0] == 'B' && l->w[1] == 'y' && l->w[2] != ' ')
            || !strncmp(l->w, "Edited", 6) || !strcmp(l->w, "Von ") || !strcmp(l->w, "Par ")
            || !strcmp(l->w, "Por ");
        if (ascii && at_start_only) {
            size_t b = i;
            while (b > 0 && isspace((unsigned char)s[b - 1]))
                b--;
            if (b > 0)
                continue;
        }
        size_t f = e;
        while (f < n && isspace((unsigned char)s[f]))
            f++;
        if (ascii && l->field == F_AUTHOR && isspace((unsigned char)l->w[strlen(l->w) - 1])
            && f < n && !isupper((unsigned char)s[f]))
            continue; /* "by the way" is no byline, nor "by 4PM Eastern" */
        *len = span;
        return l->field;
    }
    return -1;
}

/* w[0..n) is the name of a month or a day of the week, in full or cut to
 * three letters ("June", "Dec", "Tue"), any case. */
static bool date_name(const char *w, size_t n)
{
    static const char *const names[] = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strlen(names[k]) == n && !strncasecmp(w, names[k], n))
            return true;
    return false;
}

/* The word at s[j] (s[0..n)) names a month or a day of the week. */
static bool date_word_at(const char *s, size_t n, size_t j)
{
    size_t e = j;
    while (e < n && isalpha((unsigned char)s[e]))
        e++;
    if (e == j || (e < n && (unsigned char)s[e] >= 0x80))
        return false;
    return date_name(s + j, e - j);
}

/* At the run of spaces at s[j] a pair of names goes on: "and" or "&" and
 * another name after them (a list set apart by commas may run long), a
 * line joining its elements' text with spaces ("By <a>Karan Mehta</a> and
 * <a>Lucia Fernandez</a>" reads "By Karan Mehta  and  Lucia Fernandez"):
 * where the next name starts, else 0. */
static size_t names_joined_at(const char *s, size_t lim, size_t j)
{
    while (j < lim && s[j] == ' ')
        j++;
    static const char *const joins[] = {"and ", "& ", "und ", "et "};
    size_t k = 0;
    for (; k < sizeof joins / sizeof joins[0]; k++)
        if (lim - j > strlen(joins[k]) && !strncmp(s + j, joins[k], strlen(joins[k])))
            break;
    if (k == sizeof joins / sizeof joins[0])
        return 0;
    j += strlen(joins[k]);
    while (j < lim && s[j] == ' ')
        j++;
    return j < lim && isupper((unsigned char)s[j]) ? j : 0;
}

/* One to six Han characters at s[j] and a colon after them: a label. */
static bool short_label_at(const char *s, size_t lim, size_t j)
{
    size_t han = 0;
    while (j < lim && han < 7) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + j, lim - j, &cp);
        if (!ls_is_cjk(cp) || ls_is_cjk_punct(cp))
            break;
        han++;
        j += k;
    }
    return han >= 1 && han <= 6 && (match_at(s, lim, j, "：", false) || (j < lim && s[j] == ':'));
}

/* Where a value ends: a bar, two spaces, U+3000, a line break, a date. */
static size_t value_end(const char *s, size_t n, size_t i, size_t lim, bool stop_at_date)
{
    int depth = 0; /* brackets opened within the value ("人民网（北京）") */
    for (size_t j = i; j < lim; j++) {
        if (s[j] == '|' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r' || s[j] == ']'
            || s[j] == ';')
            return j;
        /* a bracket the value did not open closes the label's ("（作者/赵一鸣）
         * 距离…"), and a full stop ends a sentence, not a name */
        if (s[j] == '(' || match_at(s, lim, j, "（", false))
            depth++;
        bool close = match_at(s, lim, j, "）", false)
            || (s[j] == ')' && j > i && ((unsigned char)s[j - 1] & 0x80)); /* (赵一鸣) */
        if (close || s[j] == ')') {
            if (!depth && close)
                return j;
            if (depth)
                depth--;
        }
        if (match_at(s, lim, j, "。", false))
            return j;
        if (s[j] == ' ' && j + 1 < lim && s[j + 1] == ' ') {
            size_t next = names_joined_at(s, lim, j);
            /* ("Karan Mehta and  <b>Lucia</b>": the joining word before) */
            if (!next && j >= i + 4 && (!strncmp(s + j - 4, " and", 4) || s[j - 1] == '&')) {
                size_t k = j;
                while (k < lim && s[k] == ' ')
                    k++;
                next = k < lim && isupper((unsigned char)s[k]) ? k : 0;
            }
            if (!next)
                return j;
            j = next - 1; /* (on at the next name) */
            continue;
        }
        if (match_at(s, lim, j, "\xe3\x80\x80", false) || match_at(s, lim, j, "｜", false)
            || match_at(s, lim, j, "丨", false) || match_at(s, lim, j, "【", false)
            || match_at(s, lim, j, "】", false) || match_at(s, lim, j, "；", false)
            || match_at(s, lim, j, "\xc2\xa0\xc2\xa0", false))
            return j;
        /* a label the table does not know, set apart after the value:
         * "电子工程世界 关键字： STM32", "… 标签：" */
        if (j > i && s[j - 1] == ' ' && short_label_at(s, lim, j))
            return j;
        /* a date: by a month's or a day's name ("Jane Roe, June 4, 2024",
         * "Jane Roe on Tuesday"), or by its digits */
        if (stop_at_date && j > i && s[j - 1] == ' ' && date_word_at(s, lim, j))
            return j;
        /* (or by characters after a space: ２０２４年５月１日, 二〇二四年…,
         * 今天 10:23) */
        if (stop_at_date && j > i
            && ((isdigit((unsigned char)s[j]) && !isdigit((unsigned char)s[j - 1]))
                || ((unsigned char)s[j] >= 0xC0 && s[j - 1] == ' '))) {
            char tmp[LS_DATE_MAX];
            size_t at;
            ls_date_ctx c = {0};
            if (ls_date_find(s + j, lim - j, &c, tmp, &at, NULL) && at == 0)
                return j;
        }
    }
    (void)n;
    return lim;
}

/* Markup a broken template printed as text (作者：size="20"): an attribute
 * written out is nobody's name and no outlet. */
static bool markup_residue(const char *s)
{
    return s[0] == '<' || strstr(s, "=\"") || strstr(s, "='");
}

/* Copies a trimmed value without trailing punctuation; false if unusable
 * (empty, too long, or markup left as text). */
static bool put_value(const char *s, size_t n, char *dst, size_t max_cps)
{
    char *sq = ls_text_squash(s, n); /* squash trims too */
    if (!sq)
        return false;
    size_t len = strlen(sq);
    static const char *const tails[] = {"，", "。", "；", "、", ",", ";", "）", ")", " ", "：",
                                        "\u00b7", "\u2022", "|", "\u2014", "\u2013"};
    for (bool again = true; again && len;) {
        again = false;
        for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
            size_t tl = strlen(tails[k]);
            if (len >= tl && !memcmp(sq + len - tl, tails[k], tl)) {
                /* keep a closing bracket that has its opening one */
                if ((tails[k][0] == ')' && memchr(sq, '(', len))
                    || (!strcmp(tails[k], "）") && strstr(sq, "（")))
                    continue;
                len -= tl;
                again = true;
            }
        }
    }
    sq[len] = 0;
    bool ok = len > 0 && ls_utf8_len(sq, len) <= max_cps && len < LS_INFO_MAX
        && !markup_residue(sq);
    if (ok)
        memcpy(dst, sq, len + 1);
    free(sq);
    return ok;
}

/* Words a page writes where it knows no other source: the site itself
 * (本站, 本网原创), "the web" (网络), unknown (不详); or a rights notice. */
static bool names_no_source(const char *v)
{
    static const char *const none[] = {"本站", "本网", "本站原创", "本网原创", "原创",
                                       "网络", "互联网", "网络转载", "转载", "转载文章",
                                       "转帖", "未知", "不详", "其他"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++)
        if (!strcmp(v, none[k]))
            return true;
    /* an address is where the post lives (a blog's "出处：http://…"), no
     * outlet */
    if (!strncasecmp(v, "http://", 7) || !strncasecmp(v, "https://", 8)
        || !strncasecmp(v, "www.", 4))
        return true;
    /* the site's rights notice read after an empty label ("环球网版权作品，
     * 未经书面授权，严禁转载") */
    return strstr(v, "版权") || strstr(v, "授权");
}

/* A post's device, which a forum writes after 来自 ("来自 iPhone 客户端",
 * "来自 Android"): no source. */
static bool device_name(const char *v)
{
    static const char *const devices[] = {"iphone", "android", "ipad", "ios", "harmonyos",
                                          "windows", "mac", "web", "pc", "手机", "移动端",
                                          "网页", "电脑", "平板"};
    for (size_t k = 0; k < sizeof devices / sizeof devices[0]; k++)
        if (!strncasecmp(v, devices[k], strlen(devices[k])))
            return true;
    return false;
}

/* An account's ID in brackets after its name, in place: "微信公众号：工业智能
 * 观察（ID：gyznc）" -> "微信公众号：工业智能观察". */
static void drop_account_id(char *v)
{
    static const char *const opens[] = {"（ID：", "（ID:", "(ID:", "(ID：", "（微信号：", "(微信号："};
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
        char *p = strstr(v, opens[k]);
        if (!p || p == v)
            continue;
        size_t l = strlen(p);
        if ((l >= 3 && !strcmp(p + l - 3, "）")) || p[l - 1] == ')') {
            while (p > v && p[-1] == ' ')
                p--;
            *p = 0;
            return;
        }
    }
}

bool ls_info_region(const char *s)
{
    static const char *const regions[] = {
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
        "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
        "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
        "澳门"};
    for (size_t k = 0; s && k < sizeof regions / sizeof regions[0]; k++)
        if (!strcmp(s, regions[k]))
            return true;
    return false;
}

/* A count of readers beside a credit: "12.6万人参与", "3281人看过",
 * "1,024次阅读". */
static bool count_phrase(const char *w)
{
    if (!isdigit((unsigned char)*w))
        return false;
    while (isdigit((unsigned char)*w) || *w == '.' || *w == ',')
        w++;
    if (!strncmp(w, "万", strlen("万")) || !strncmp(w, "千", strlen("千")))
        w += strlen("万");
    else if (*w == 'w' || *w == 'k' || *w == 'W' || *w == 'K')
        w++;
    if (*w == '+')
        w++;
    static const char *const what[] = {"人参与", "人看过", "人阅读", "人浏览", "人已读",
                                       "次阅读", "次浏览", "人评论", "条评论", "人关注"};
    for (size_t k = 0; k < sizeof what / sizeof what[0]; k++)
        if (!strcmp(w, what[k]))
            return true;
    return false;
}

/* A province or region alone after a space at the end of a source: where
 * the account posted from (a portal's IP 属地: "证券时报 广东"), in place;
 * so does the mark of a story of its own ("人民网－人民日报 原创稿") and a
 * count of its readers ("12.6万人参与"). */
static void drop_trailing_note(char *v)
{
    /* a link's text in brackets ("[ 中关村在线 原创 ]") */
    size_t n = strlen(v);
    if (n > 2 && v[0] == '[' && v[n - 1] == ']') {
        memmove(v, v + 1, n - 2);
        v[n - 2] = 0;
        char *q = ls_text_squash(v, strlen(v));
        if (q) {
            memcpy(v, q, strlen(q) + 1);
            free(q);
        }
        n = strlen(v);
    }
    /* 原创 glued to a Latin name: "PConline原创" */
    static const char yc[] = "原创";
    if (n > sizeof yc - 1 && !strcmp(v + n - (sizeof yc - 1), yc)
        && (unsigned char)v[n - (sizeof yc - 1) - 1] < 0x80 && v[n - (sizeof yc - 1) - 1] != ' ')
        v[n - (sizeof yc - 1)] = 0;
    char *sp = strrchr(v, ' ');
    if (!sp || sp == v || !(ls_info_region(sp + 1) || !strcmp(sp + 1, "原创稿")
                            || !strcmp(sp + 1, "原创") || count_phrase(sp + 1)))
        return;
    while (sp > v && sp[-1] == ' ')
        sp--;
    *sp = 0;
}

void ls_info_tidy_source(char *v)
{
    drop_account_id(v);
    drop_trailing_note(v);
    /* a link's label where the outlet would be ("原文链接", "阅读原文") */
    static const char *const links[] = {"原文链接", "阅读原文", "查看原文", "原文", "点击查看",
                                        "原文地址", "链接"};
    for (size_t k = 0; k < sizeof links / sizeof links[0]; k++)
        if (!strcmp(v, links[k]))
            v[0] = 0;
}

/* A two-character name padded to the width of three at s ("刘　瑾", "刘 瑾"),
 * then the end or a space: its length, else 0. */
static size_t padded_name(const char *s, size_t n)
{
    uint32_t a, b;
    if (n < 7)
        return 0;
    size_t i = ls_utf8_next(s, n, &a);
    if (!ls_is_cjk(a) || ls_is_cjk_punct(a) || i != 3)
        return 0;
    size_t sp = s[i] == ' ' ? 1 : n - i >= 3 && !memcmp(s + i, "\xe3\x80\x80", 3) ? 3 : 0;
    if (!sp)
        return 0;
    i += sp;
    size_t k = ls_utf8_next(s + i, n - i, &b);
    if (!ls_is_cjk(b) || ls_is_cjk_punct(b) || k != 3)
        return 0;
    i += k;
    return i == n || s[i] == ' ' || (n - i >= 3 && !memcmp(s + i, "\xe3\x80\x80", 3)) ? i : 0;
}

/* A writer's name before the post the byline adds ("Marcus Lee, Director
 * of Product Marketing, Fluxion Controls"): the length up to the comma
 * before a word of a job's title, else n. */
static size_t before_role(const char *s, size_t n)
{
    static const char *const roles[] = {
        "Director", "Manager", "Editor", "Engineer", "CEO", "CTO", "CFO", "COO", "VP",
        "Vice President", "President", "Head of", "Lead ", "Professor", "Analyst", "Senior",
        "Chief", "Founder", "Co-founder", "Principal", "Partner", "Consultant", "Specialist",
        "Researcher", "Scientist", "Correspondent", "Reporter", "Contributor", "Writer"};
    for (size_t i = 1; i + 2 < n; i++) {
        if (s[i] != ',' || s[i + 1] != ' ')
            continue;
        for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
            size_t l = strlen(roles[k]);
            if (i + 2 + l <= n && !memcmp(s + i + 2, roles[k], l)
                && (i + 2 + l == n || !isalpha((unsigned char)s[i + 2 + l])
                    || roles[k][l - 1] == ' '))
                return i;
        }
    }
    return n;
}

/* After 记者: names of two to four Han characters separated by spaces or 、;
 * the value stops where a longer run begins ("记者近日从…了解到"). A comma
 * before that longer run makes the line a sentence ("记者了解到，这项调查…"),
 * and 记者 again inside a run makes it a row of links ("记者博客 联系记者"):
 * no names then. */
static size_t names_len(const char *s, size_t n)
{
    size_t i = 0, ok = 0, before = 0, run = 0, start = 0;
    bool comma = false;
    while (i < n) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (ls_is_cjk(cp)) {
            if (run == 0) {
                before = ok; /* where the names ended before this run */
                start = i;
            }
            if (++run > 4)
                return comma ? 0 : before;
            if (run >= 2) {
                ok = i + k;
                if (memmem(s + start, ok - start, "记者", 6) || memmem(s + start, ok - start, "記者", 6))
                    return 0;
            }
        } else if (ls_is_space_cp(cp) || cp == 0x3001 || cp == ',' || cp == 0xFF0C) {
            run = 0;
            comma = cp == ',' || cp == 0xFF0C;
        } else {
            break;
        }
        i += k;
    }
    return ok;
}

static bool controls_only(const char *s);
static void join_spaced_name(char *s);

/* A writer's name after the one at s[vs..ve) that a wide space sets apart
 * ("作者：周建平　刘洁"): two or three Han characters before lim (the next
 * label), set apart after them too, no outlet (…报); or the second half of
 * a two-character name padded to three ("黄　鑫"). Returns where the names
 * end. */
static size_t names_after_wide_space(const char *s, size_t n, size_t vs, size_t ve,
                                     size_t lim)
{
    for (int more = 0; more < 3; more++) {
        size_t j = ve;
        if (lim - j < 3 || memcmp(s + j, "\xe3\x80\x80", 3))
            break;
        j += 3;
        size_t st = j, han = 0;
        while (j < lim) {
            uint32_t cp;
            size_t k = ls_utf8_next(s + j, lim - j, &cp);
            if (!ls_is_cjk(cp) || ls_is_cjk_punct(cp) || (cp >= 0x3000 && cp <= 0x303F))
                break;
            han++;
            j += k;
        }
        /* (a label glued after it makes it a place: 北京报道) */
        bool ends = j >= n || (n - j >= 3 && !memcmp(s + j, "\xe3\x80\x80", 3)) || s[j] == ' ';
        /* (a two-character name padded to three: "黄　鑫") */
        if (more == 0 && ve - vs == 3 && han == 1 && ends) {
            ve = j;
            break;
        }
        char word[16];
        snprintf(word, sizeof word, "%.*s", (int)(j - st), s + st);
        /* (not a button beside the name: 关注, 收藏; nor a badge: 原创) */
        if (han < 2 || han > 3 || !ends || ls_info_outlet_mark(s + st, j - st, false)
            || controls_only(word) || !strcmp(word, "原创") || !strcmp(word, "推荐")
            || !strcmp(word, "楼主"))
            break;
        ve = j;
    }
    return ve;
}

/* Where a list of names ends before a clause a comma adds ("作者：张三，
 * 36氪经授权发布"): at the first comma after which comes no name (more
 * than four Han characters, or digits); else n. */
static size_t clause_after_names(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (cp == 0xFF0C || cp == 0x3001) {
            size_t j = i + k, han = 0;
            bool other = false;
            while (j < n) {
                uint32_t c2;
                size_t k2 = ls_utf8_next(s + j, n - j, &c2);
                if (c2 == 0xFF0C || c2 == 0x3001 || ls_is_space_cp(c2))
                    break;
                if (ls_is_cjk(c2))
                    han++;
                else if (c2 < 0x80 && isdigit((int)c2))
                    other = true;
                j += k2;
            }
            if (han > 4 || (other && han))
                return i;
        }
        i += k;
    }
    return n;
}

size_t ls_info_weight(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        if (!ls_is_space_cp(cp))
            w += ls_is_cjk(cp) ? 4 : 1;
    }
    return w;
}

/* Words of page furniture that byline elements hold besides names: labels
 * ("Author", "Written By", "Updated"), links ("View more posts", "Sign
 * In"), days and months of a date. */
static bool furniture_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "author", "authors", "by", "written", "posted", "updated", "published", "article",
        "the", "view", "more", "posts", "post", "sign", "in", "on", "topic", "share", "follow",
        "about", "contact", "profile", "read", "min", "mins", "minute", "minutes", "comments",
        "comment", "reply", "member", "joined", "last", "reviewed", "admin", "administrator",
        "webmaster", "username", "account", "my", "hi", "guest", "am", "pm", "ago", "at"};
    bool digits = true;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)w[i]))
            digits = false;
    if (digits || date_name(w, n))
        return true;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strlen(words[k]) == n && !strncasecmp(words[k], w, n))
            return true;
    return false;
}

/* A letter or digit of a name: ASCII alphanumerics, name punctuation, and
 * non-ASCII letters (not the punctuation and symbol blocks). */
static bool name_cp(uint32_t cp)
{
    if (cp < 0x80)
        return isalnum((int)cp) || cp == '\'' || cp == '-' || cp == '.' || cp == '_' || cp == '@';
    return !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F)
        && !(cp >= 0xFF00 && cp <= 0xFF0F) && !(cp >= 0xFF1A && cp <= 0xFF20) && cp != 0xA0
        && cp != 0xFFFD;
}

/* An unfilled template's key for the author field ("page.head.extra.author",
 * "post.author.name"): lowercase words joined by dots, the last naming the
 * field. A login with dots ("sara.r.peter") is a name. */
static bool template_key(const char *s)
{
    const char *last = NULL;
    for (const char *p = s; *p; p++) {
        if (*p == '.')
            last = p + 1;
        else if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '_')
            return false;
    }
    static const char *const fields[] = {"author", "authors", "name", "byline", "creator",
                                         "writer"};
    for (size_t k = 0; last && k < sizeof fields / sizeof fields[0]; k++)
        if (!strcmp(last, fields[k]))
            return true;
    return false;
}

/* s is made of a post's controls alone ("收藏", "收藏 举报"): the words of
 * the links beside a blog post's "编辑" (its edit link), not a name. */
static bool controls_only(const char *s)
{
    static const char *const words[] = {"收藏", "举报", "删除", "分享", "评论", "回复", "点赞",
                                        "打印", "关闭", "纠错", "复制", "转发", "置顶", "订阅",
                                        "关注", "修改", "编辑"};
    const char *p = s + strspn(s, " ");
    if (!*p)
        return false;
    while (*p) {
        size_t k = 0;
        while (k < sizeof words / sizeof words[0] && strncmp(p, words[k], strlen(words[k])))
            k++;
        if (k == sizeof words / sizeof words[0])
            return false;
        p += strlen(words[k]);
        p += strspn(p, " ");
    }
    return true;
}

/* A name has at least one word that is not page furniture ("The Author",
 * "Updated", "Sat", "View more posts" are not names). Non-ASCII text
 * (a Chinese name) counts unless it is a post's controls. */
static bool name_like(const char *s)
{
    size_t len = strlen(s);
    if (template_key(s) || strstr(s, "**") || controls_only(s))
        return false; /* a key, a masked buyer's name (a***a), a button */
    /* a call to follow or scan, the next block's text after an empty
     * label ("责编：<span></span>" above "扫码关注环球网微信") */
    if (strstr(s, "扫码") || strstr(s, "二维码")
        || (strstr(s, "关注") && (strstr(s, "微信") || strstr(s, "公众号") || strstr(s, "我们"))))
        return false;
    /* "Jiobal says:" heads a comment, not the article */
    if (len >= 5 && (!strcasecmp(s + len - 5, "says:") || !strcasecmp(s + len - 5, "said:")))
        return false;
    /* a CMS's word for nobody in particular (DedeCMS's default 佚名), or
     * the site itself (本站, 网站编辑) */
    static const char *const nobody[] = {"佚名", "网络", "未知", "匿名", "小编", "本站",
                                         "网站", "网站编辑", "网络转载", "互联网", "管理员",
                                         "编辑部", "不详", "原创"};
    for (size_t k = 0; k < sizeof nobody / sizeof nobody[0]; k++)
        if (!strcmp(s, nobody[k]))
            return false;
    if (!strncmp(s, "本站", strlen("本站")))
        return false;
    /* a date is no one's name ("作者：与非网编辑 2024年3月24日": the date after
     * 编辑 read as its value) */
    if (strpbrk(s, "0123456789") && (strstr(s, "年") || strstr(s, "月") || strstr(s, "日")))
        return false;
    /* one Han character is no one's name (a font size's 小, 中, 大) */
    if (len == 3 && (unsigned char)s[0] >= 0xE0 && ls_utf8_len(s, len) == 1)
        return false;
    /* a call or a question of several words ("Coming Soon!", "Get to know
     * them!") is no name; "Yahoo!" is */
    if (len && (s[len - 1] == '!' || s[len - 1] == '?') && strchr(s, ' '))
        return false;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, len - i, &cp);
        if (!name_cp(cp)) {
            i += k;
            continue;
        }
        size_t w = i, cps = 0;
        while (i < len) {
            k = ls_utf8_next(s + i, len - i, &cp);
            if (!name_cp(cp))
                break;
            i += k;
            cps++;
        }
        size_t n = i - w;
        while (n > 0 && (s[w + n - 1] == '.' || s[w + n - 1] == '-'))
            n--;
        if ((cps > 1 || (unsigned char)s[w] >= 0x80) && n && !furniture_word(s + w, n))
            return true;
    }
    return false;
}

/* Past the date that ends at s[e]: the other end of a span ("June 14, 1938
 * – February 3, 2024" under an obituary's name, an event's "8:00 AM – 5:30
 * PM"), a date, or a time when the first had one; returns where it ends, 0
 * when none follows. A span dates a life or an event, not the page. */
static size_t span_end(const char *s, size_t n, size_t e, const ls_date_ctx *c, bool timed)
{
    size_t j = e;
    while (j < n && s[j] == ' ')
        j++;
    static const char *const dashes[] = {"\xe2\x80\x93", "\xe2\x80\x94", "-", "~", "～", "至",
                                         "to ", "until ", "bis "};
    size_t d = 0;
    for (size_t k = 0; k < sizeof dashes / sizeof dashes[0] && !d; k++)
        if (match_at(s, n, j, dashes[k], false))
            d = strlen(dashes[k]);
    if (!d)
        return 0;
    j += d;
    while (j < n && s[j] == ' ')
        j++;
    char tmp[LS_DATE_MAX];
    size_t at = 0, end = 0;
    if (ls_date_find(s + j, n - j, c, tmp, &at, &end) && at == 0)
        return j + end;
    size_t h = j;
    while (h < n && h - j < 2 && isdigit((unsigned char)s[h]))
        h++;
    if (timed && h > j && h + 2 < n && s[h] == ':' && isdigit((unsigned char)s[h + 1])
        && isdigit((unsigned char)s[h + 2]))
        return h + 3;
    return 0;
}

/* Before the date that starts at s[a]: a span's first end ("1938 –"): a
 * dash after a year. */
static bool span_start(const char *s, size_t a)
{
    size_t j = a;
    while (j > 0 && s[j - 1] == ' ')
        j--;
    static const char *const dashes[] = {"\xe2\x80\x93", "\xe2\x80\x94", "-", "~", "～", "至"};
    size_t d = 0;
    for (size_t k = 0; k < sizeof dashes / sizeof dashes[0] && !d; k++) {
        size_t l = strlen(dashes[k]);
        if (j >= l && !memcmp(s + j - l, dashes[k], l))
            d = l;
    }
    if (!d)
        return false;
    j -= d;
    while (j > 0 && s[j - 1] == ' ')
        j--;
    /* a year ("1938 –"); "Issue 42 –" is no span's end, nor a time before
     * the day ("Posted 10:21 AM – March 21, 2024": the day's own time) */
    size_t num = j;
    while (num > 0 && isdigit((unsigned char)s[num - 1]))
        num--;
    return j - num == 4 && (num == 0 || !isalnum((unsigned char)s[num - 1]));
}

/* The first date in s[0..n) that is no end of a span. */
static bool find_unspanned(const char *s, size_t n, const ls_date_ctx *c, char *date,
                           size_t *at, size_t *end)
{
    size_t from = 0, a = 0, e = 0;
    while (from < n && ls_date_find(s + from, n - from, c, date, &a, &e)) {
        a += from;
        e += from;
        size_t span = span_end(s, n, e, c, strlen(date) > 10);
        if (!span && !span_start(s, a)) {
            if (at)
                *at = a;
            if (end)
                *end = e;
            return true;
        }
        from = span ? span : e;
    }
    date[0] = 0;
    return false;
}

/* A date in s[0..n): an absolute one first, else a relative one (marked);
 * the ends of a span are none. */
static bool find_date(const char *s, size_t n, const ls_date_ctx *ctx, bool need_year,
                      ls_info *out, size_t *at, size_t *end)
{
    ls_date_ctx c = ctx ? *ctx : (ls_date_ctx){0};
    c.need_year = need_year;
    c.no_relative = true;
    out->date_relative = false;
    if (find_unspanned(s, n, &c, out->date, at, end))
        return true;
    c.no_relative = false;
    if (!find_unspanned(s, n, &c, out->date, at, end))
        return false;
    out->date_relative = true;
    return true;
}

bool ls_info_label_only(const char *line, size_t len)
{
    char s[SHORT_LABEL_LINE + 2];
    if (!line || !len || len > SHORT_LABEL_LINE)
        return false;
    memcpy(s, line, len); /* "Written By" ends the line: labels end in a space */
    s[len] = ' ';
    size_t n = len + 1;
    int found = 0;
    for (size_t i = 0; i < n;) {
        size_t l = sep_len(s, n, i);
        if (l) {
            i += l;
            continue;
        }
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (ls_is_space_cp(cp)) {
            i += k;
            continue;
        }
        int f = label_at(s, n, i, &l);
        if (f < 0 || f == F_STOP || f == F_OTHER_DATE)
            return false;
        found++;
        i += l;
    }
    return found > 0;
}

/* A post's credit (its writer and its day) into the fields of out still
 * empty; the number filled. */
static int credit(ls_info *out, const ls_info *who, const ls_info *day)
{
    int got = 0;
    if (!out->author[0]) {
        memcpy(out->author, who->author, sizeof out->author);
        got++;
    }
    if (!out->date[0]) {
        memcpy(out->date, day->date, sizeof out->date);
        got++;
    }
    out->attributed = true;
    return got;
}

/* A writer's signature closing a post: "海姑娘写于2005年3月16日", "— 张工写于
 * 2024年5月1日": the name right before 写于 (after a space, a dash or the
 * line's start) and a dated day with its year right after. */
static int signed_on(const char *s, size_t n, const ls_date_ctx *ctx, ls_info *out)
{
    for (size_t i = 0; i + 6 <= n; i++) {
        if (!match_at(s, n, i, "写于", false) && !match_at(s, n, i, "寫於", false))
            continue;
        ls_info d;
        size_t at, end;
        memset(&d, 0, sizeof d);
        if (!find_date(s + i + 6, n - i - 6, ctx, true, &d, &at, &end) || at != 0)
            return 0;
        /* the signature is the whole line: nothing but a full stop after
         * the date, nothing but dashes and spaces before the name */
        for (size_t k = i + 6 + end; k < n; k++)
            if (s[k] != ' ' && !match_at(s, n, k, "。", false)
                && ((unsigned char)s[k] & 0xC0) != 0x80)
                return 0;
        size_t b = i;
        int cps = 0;
        while (b > 0 && cps < 12) {
            size_t p = b - 1;
            while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
                p--;
            uint32_t cp;
            ls_utf8_next(s + p, b - p, &cp);
            if (cp == ' ' || cp == 0x3000 || cp == 0xA0 || cp == '-' || cp == 0x2014
                || cp == 0x2013 || ls_is_cjk_punct(cp) || (cp < 0x80 && ispunct((int)cp)))
                break;
            b = p;
            cps++;
        }
        for (size_t k = 0; k < b;) {
            uint32_t cp;
            k += ls_utf8_next(s + k, b - k, &cp);
            if (cp != ' ' && cp != '-' && cp != 0x2014 && cp != 0x2013 && cp != 0x3000)
                return 0;
        }
        ls_info who;
        memset(&who, 0, sizeof who);
        if (b == i || !put_value(s + b, i - b, who.author, 12) || !name_like(who.author))
            return 0;
        return credit(out, &who, &d);
    }
    return 0;
}

/* A post's own credit line on forums and blogs: "本帖由大卫于2005年8月12日
 * 16:12发表", "由海姑娘张贴 @ 2005-03-21 01:20". The name runs from 由 to 于
 * (a date right after it) or to 张贴 / 发表 / 发布 (a date on the line),
 * without punctuation and at most 20 characters. */
static int attribution(const char *s, size_t n, const ls_date_ctx *ctx, ls_info *out)
{
    static const char *const verbs[] = {"张贴", "發表", "发表", "发布", "發布"};
    for (size_t i = 0; i + 3 < n; i++) {
        if (!match_at(s, n, i, "由", false))
            continue;
        size_t ns = i + 3, j = ns;
        for (int cps = 0; j < n && cps <= 20; cps++) {
            bool at_yu = match_at(s, n, j, "于", false) || match_at(s, n, j, "於", false);
            bool at_verb = false;
            for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
                at_verb |= match_at(s, n, j, verbs[k], false);
            if ((at_yu || at_verb) && j > ns) {
                ls_info d;
                size_t at;
                memset(&d, 0, sizeof d);
                size_t from = at_yu ? j + 3 : j;
                if (!find_date(s + from, n - from, ctx, true, &d, &at, NULL) || d.date_relative
                    || (at_yu && at != 0))
                    break;
                ls_info who;
                memset(&who, 0, sizeof who);
                if (!put_value(s + ns, j - ns, who.author, 20) || !name_like(who.author))
                    break;
                return credit(out, &who, &d);
            }
            uint32_t cp;
            size_t k = ls_utf8_next(s + j, n - j, &cp);
            if (ls_is_cjk_punct(cp) || (cp < 0x80 && ispunct((int)cp) && cp != '_' && cp != '.'
                                        && cp != '-'))
                break;
            j += k;
        }
    }
    return 0;
}

/* "彭冲 山东冠县报道": the run right before 报道 is the place reported
 * from, not a name. Returns the end of the names in s[vs..ve). */
static size_t drop_place(const char *s, size_t vs, size_t ve, size_t n)
{
    if (!match_at(s, n, ve, "报道", false) && !match_at(s, n, ve, "報導", false))
        return ve;
    size_t j = ve;
    while (j > vs && s[j - 1] != ' ' && !match_at(s, n, j - 3 < vs ? vs : j - 3, "、", false))
        j--;
    while (j > vs && (s[j - 1] == ' ' || (j - 3 >= vs && match_at(s, n, j - 3, "、", false))))
        j -= s[j - 1] == ' ' ? 1 : 3;
    return j > vs ? j : ve;
}

/* The Chinese character at c (three bytes) ends an outlet's name or a note
 * in brackets, not a person's name: 新华社, 人民网, 本报, 电视台, 期刊, 通讯,
 * 待续, 组图, 完, 供稿, 电, 摄, 编, 编译, 报道. */
static bool outlet_or_note_end(const char *c)
{
    static const char *const ends[] = {"社", "网", "报", "台", "刊", "讯", "续", "图",
                                       "完", "稿", "电", "摄", "编", "译", "道"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++)
        if (!memcmp(c, ends[k], 3))
            return true;
    return false;
}

/* (infoline.h) */
bool ls_info_wire_credits(const char *s, size_t n, char *editor, size_t editorsz)
{
    static const char *const roles[] = {"Editing by ", "Reporting by ", "Additional reporting by ",
                                        "Writing by ", "Compiled by ", "Reporting and writing by "};
    if (editor && editorsz)
        editor[0] = 0;
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    while (n > 0 && isspace((unsigned char)*s))
        s++, n--;
    bool bracketed = n >= 2 && s[0] == '(' && s[n - 1] == ')';
    if (n < 14 || n > 400)
        return false;
    const char *p = s + bracketed, *end = s + n - bracketed;
    int parts = 0;
    while (p < end) {
        while (p < end && *p == ' ')
            p++;
        const char *q = memchr(p, ';', (size_t)(end - p));
        if (!q)
            q = end;
        size_t role = 0;
        bool editing = false;
        for (size_t k = 0; k < sizeof roles / sizeof roles[0] && !role; k++)
            if ((size_t)(q - p) > strlen(roles[k]) && !strncasecmp(p, roles[k], strlen(roles[k]))) {
                role = strlen(roles[k]);
                editing = k == 0;
            }
        if (!role)
            return false; /* a sentence, no credit ("Reporting by the paper showed …") */
        if (editing && editor && editorsz) {
            const char *v = p + role, *ve = q;
            while (ve > v && ve[-1] == ' ')
                ve--;
            snprintf(editor, editorsz, "%.*s", (int)(ve - v), v);
        }
        parts++;
        p = q + 1;
    }
    return parts >= (bracketed ? 1 : 2);
}

bool ls_info_tail_byline(const char *s, size_t n, char *out, size_t outsz)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
        n--;
    size_t close;
    if (n >= 3 && !memcmp(s + n - 3, "）", 3))
        close = n - 3;
    else if (n >= 1 && s[n - 1] == ')')
        close = n - 1;
    else
        return false;
    size_t open = close, lim = close > 60 ? close - 60 : 0;
    while (open > lim && !match_at(s, n, open, "（", false) && s[open] != '(')
        open--;
    size_t before = open;
    if (match_at(s, n, open, "（", false))
        open += 3;
    else if (s[open] == '(')
        open += 1;
    else
        return false;
    /* the byline stands after the last sentence has ended */
    while (before > 0 && s[before - 1] == ' ')
        before--;
    static const char *const enders[] = {"。", "！", "？", "”", "」", "…"};
    bool ended = before == 0;
    for (size_t k = 0; k < sizeof enders / sizeof enders[0] && !ended; k++)
        ended = before >= 3 && !memcmp(s + before - 3, enders[k], 3);
    if (!ended)
        return false;
    while (open < close && s[open] == ' ')
        open++;
    if (match_at(s, close, open, "记者", false))
        open += 6;
    while (open < close && s[open] == ' ')
        open++;
    size_t ve = open + names_len(s + open, close - open);
    if (ve - open > 6 && !memcmp(s + ve - 6, "报道", 6)) {
        /* "姚峰 上海报道": the last run is the place reported from */
        size_t j = ve;
        while (j > open && s[j - 1] != ' ')
            j--;
        while (j > open && s[j - 1] == ' ')
            j--;
        if (j > open)
            ve = j;
    }
    ve = drop_place(s, open, ve, close);
    size_t rest = ve;
    if (match_at(s, close, rest, "报道", false))
        rest += 6; /* 上海报道 was dropped as the place */
    else if (rest < close && ve > open) {
        /* the place: one run right before 报道 */
        size_t p = rest;
        while (p < close && s[p] == ' ')
            p++;
        size_t q = p;
        while (q < close && (unsigned char)s[q] >= 0x80 && !match_at(s, close, q, "报道", false))
            q++;
        if (q > p && match_at(s, close, q, "报道", false))
            rest = q + 6;
    }
    while (rest < close && s[rest] == ' ')
        rest++;
    if (ve <= open || rest != close)
        return false;
    /* a source or a note in brackets is no name: （新华社）, （待续）, （组图） */
    if (ve - open >= 3 && outlet_or_note_end(s + ve - 3))
        return false;
    char tmp[LS_INFO_MAX];
    if (!put_value(s + open, ve - open, tmp, 40) || strlen(tmp) >= outsz)
        return false;
    memcpy(out, tmp, strlen(tmp) + 1);
    return true;
}

bool ls_info_lone_name(const char *s, size_t n, char *out, size_t outsz)
{
    char *sq = ls_text_squash(s, n);
    if (!sq)
        return false;
    size_t len = strlen(sq);
    bool ok = len >= 6 && names_len(sq, len) == len;
    static const char *const not_names[] = {
        "摘要", "导语", "导读", "前言", "引言", "提要", "正文", "目录", "分享", "打印", "收藏",
        "评论", "关闭", "返回", "首页", "转载", "原创", "图片", "视频", "专题", "简介", "序言",
        "概述", "背景", "字号", "作者", "编者按", "推荐", "相关", "附件", "注释", "参考",
        "题记", "按语", "全文", "上一页", "下一页", "点击"};
    for (size_t k = 0; ok && k < sizeof not_names / sizeof not_names[0]; k++)
        ok = !strstr(sq, not_names[k]);
    /* a name does not end like an outlet, a note or an office (新华社,
     * 组图, 待续, 宣传部) */
    static const char *const offices[] = {"部", "处", "局", "所", "院"};
    ok = ok && !outlet_or_note_end(sq + len - 3);
    for (size_t k = 0; ok && k < sizeof offices / sizeof offices[0]; k++)
        ok = memcmp(sq + len - 3, offices[k], 3) != 0;
    ok = ok && len < outsz && !strchr(sq, ',');
    if (ok)
        memcpy(out, sq, len + 1);
    free(sq);
    return ok;
}

bool ls_info_latin_name(const char *s, size_t n, char *out, size_t outsz)
{
    static const char *const not_names[] = {
        "The", "A", "An", "And", "Or", "Of", "For", "With", "To", "In", "On", "At", "By", "From",
        "How", "What", "Why", "When", "Where", "Who", "Your", "Our", "My", "Is", "Are", "New",
        "News", "Guide", "Blog", "Home", "Contents", "Table", "Share", "Print", "Menu", "Read",
        "More", "Updated", "Posted", "Published", "Written", "Last", "Top", "Best", "All",
        "About", "Contact", "Team", "Staff", "Editor", "Editorial", "Admin", "Sign", "Log",
        "Search", "Back", "Next", "Previous", "Comments", "Related", "Tags", "Category",
        "Press", "Release", "Statement"};
    char *sq = ls_text_squash(s, n);
    if (!sq)
        return false;
    size_t len = strlen(sq);
    int words = 0;
    bool ok = len >= 5 && len < 40 && len < outsz;
    for (const char *w = sq; ok && *w; words++) {
        size_t wl = strcspn(w, " ");
        /* a capital, then letters (any script's), ' - or a closing full
         * stop of an initial */
        ok = wl >= 1 && w[0] >= 'A' && w[0] <= 'Z';
        for (size_t i = 1; ok && i < wl; i++) {
            unsigned char c = (unsigned char)w[i];
            ok = isalpha(c) || c >= 0x80 || c == '\'' || c == '-' || (c == '.' && i == wl - 1);
        }
        ok = ok && wl > 1;
        for (size_t k = 0; ok && k < sizeof not_names / sizeof not_names[0]; k++)
            ok = !(strlen(not_names[k]) == wl && !strncasecmp(w, not_names[k], wl));
        w += wl;
        while (*w == ' ')
            w++;
    }
    ok = ok && words >= 2 && words <= 4;
    if (ok)
        memcpy(out, sq, len + 1);
    free(sq);
    return ok;
}

static bool join_padded_names(const char *s, size_t n, char *out, size_t cap);

bool ls_byline_tidy(char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (!n)
        return true;
    /* names padded to the width of three, read from an element of their
     * own ("王  浩  刘  雪"): one name each (never longer than before) */
    char joined[256];
    if (n < sizeof joined && join_padded_names(s, n, joined, sizeof joined)) {
        memcpy(s, joined, strlen(joined) + 1);
        n = strlen(s);
    }
    /* the badge before a thread's poster: "楼主 小王工程师" */
    static const char op[] = "楼主";
    size_t opl = sizeof op - 1;
    if (n > opl + 3 && !memcmp(s, op, opl)) {
        size_t k = opl;
        while (s[k] == ' ')
            k++;
        if (k > opl) {
            memmove(s, s + k, n - k + 1);
            n -= k;
        }
    }
    /* the badge beside a Chinese writer's name: "王树一原创" */
    static const char badge[] = "原创";
    size_t bl = sizeof badge - 1;
    if (n >= bl + 6 && !memcmp(s + n - bl, badge, bl)) {
        n -= bl;
        while (n > 0 && s[n - 1] == ' ')
            n--;
        s[n] = 0;
    }
    size_t e = n;
    while (e > 0 && s[e - 1] == '.')
        e--;
    size_t w = e; /* the last word: s[w..e) */
    while (w > 0 && s[w - 1] != ' ' && s[w - 1] != ',')
        w--;
    bool digits = e > w;
    for (size_t i = w; i < e; i++)
        digits = digits && (isdigit((unsigned char)s[i]) || (i > w && isalpha((unsigned char)s[i])));
    if (e > w && isdigit((unsigned char)s[w]) && digits) {
        /* a date glued to the name ("Russell MillerDec 18, 2025"): the
         * name before it; a year or a model number alone closes no name */
        size_t at = 0;
        for (size_t j = 1; j < n && !at; j++) {
            size_t l = 0;
            while (j + l < n && isalpha((unsigned char)s[j + l]))
                l++;
            if (isupper((unsigned char)s[j]) && l >= 3 && date_word_at(s, j + l, j)
                && j + l + 1 < n && s[j + l] == ' ' && isdigit((unsigned char)s[j + l + 1]))
                at = j;
        }
        if (!at)
            return false;
        /* and the day before the month ("Lucas Nolan22 Dec 2016") */
        while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == ',' || s[at - 1] == '|'))
            at--;
        size_t day = at;
        while (day > 0 && isdigit((unsigned char)s[day - 1]) && at - day < 2)
            day--;
        if (day < at && day > 0 && isalpha((unsigned char)s[day - 1]))
            at = day;
        while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == ',' || s[at - 1] == '|'))
            at--;
        s[at] = 0;
        return at > 0;
    }
    if (e < n && e - w >= 3 && !memchr(s + w, '.', e - w)) {
        static const char *const keep[] = {"Inc", "Ltd", "Corp", "Bros", "Esq"};
        bool abbr = false;
        for (size_t k = 0; k < sizeof keep / sizeof keep[0]; k++)
            abbr = abbr || (e - w == strlen(keep[k]) && !strncmp(s + w, keep[k], e - w));
        if (!abbr)
            s[e] = 0;
    }
    return true;
}

/* "来源：21世纪经济报道": 报道 right after a source's name, in one run of
 * characters, ends the outlet's name; it does not stop the value. */
static bool outlet_name_end(const char *s, size_t n, size_t vs, size_t i)
{
    if (!match_at(s, n, i, "报道", false) && !match_at(s, n, i, "報導", false))
        return false;
    vs += sep_len(s, n, vs);
    if (vs >= i)
        return false;
    for (size_t j = vs; j < i;) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + j, i - j, &cp);
        if (ls_is_space_cp(cp) || ls_is_cjk_punct(cp) || (cp < 0x80 && ispunct((int)cp)))
            return false;
        j += k;
    }
    return true;
}

/* A colon left after a name in v[0..*n) ("Alphabyte1 :"): cut, with the
 * spaces before it, when it stands apart or, if glued is true, also when
 * it is glued to a name of several words ("Jane Roe:"); trailing spaces go
 * in any case. A lone word glued to its colon heads a list ("Shop by
 * Category:"): false. */
static bool name_colon(const char *v, size_t *n, bool glued)
{
    size_t e = *n;
    while (e > 0 && v[e - 1] == ' ')
        e--;
    if (e > 1 && v[e - 1] == ':') {
        bool apart = v[e - 2] == ' ';
        if (!apart && !memchr(v, ' ', e))
            return false;
        if (apart || glued) {
            e--;
            while (e > 0 && v[e - 1] == ' ')
                e--;
        }
    }
    *n = e;
    return true;
}

/* An editor's staff code after the name ("王晓_NBJ1234", "李四 NN1234"):
 * letters and digits in capitals after an underscore or a space, cut in
 * place. */
static void drop_staff_code(char *v)
{
    size_t n = strlen(v);
    size_t d = n;
    while (d > 0 && isdigit((unsigned char)v[d - 1]))
        d--;
    size_t u = d;
    while (u > 0 && isupper((unsigned char)v[u - 1]))
        u--;
    if (d == n || u == d || u == 0 || (v[u - 1] != '_' && v[u - 1] != ' ')
        || (unsigned char)v[0] < 0x80)
        return;
    u--;
    while (u > 0 && v[u - 1] == ' ')
        u--;
    v[u] = 0;
}

/* A newspaper's citation of the page it printed the story on, the line
 * opening with the paper's name in 《》 and the day in brackets after it
 * ("《人民日报》（2024年05月01日 第 05 版）"): the paper is the source, the
 * day the date. Returns the fields filled. */
static int print_citation(const char *s, size_t n, const ls_date_ctx *ctx, ls_info *out)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (!match_at(s, n, i, "《", false))
        return 0;
    size_t ns = i + 3, ne = ns;
    while (ne < n && !match_at(s, n, ne, "》", false) && ne - ns < 60)
        ne++;
    if (ne >= n || ne == ns || !match_at(s, n, ne, "》", false))
        return 0;
    size_t j = ne + 3;
    while (j < n && s[j] == ' ')
        j++;
    if (!match_at(s, n, j, "（", false) && !(j < n && s[j] == '('))
        return 0;
    ls_info d;
    memset(&d, 0, sizeof d);
    if (!find_date(s + j, n - j, ctx, true, &d, NULL, NULL))
        return 0;
    int filled = 0;
    if (!out->source[0] && put_value(s + ns, ne - ns, out->source, 30))
        filled++;
    if (!out->date[0]) {
        memcpy(out->date, d.date, sizeof d.date);
        filled++;
    }
    return filled;
}

/* The width of the white space at s[i]: a space, a tab, U+00A0 or U+3000,
 * else 0. */
static size_t wide_space_at(const char *s, size_t n, size_t i)
{
    if (i < n && s[i] == '\t')
        return 1;
    if (match_at(s, n, i, "\xe3\x80\x80", false))
        return 3;
    return i < n ? space_at(s, n, i) : 0;
}

/* A lone Han character at s[i], set apart before it (the line's start, a
 * space, a colon or a bar): its length (3), else 0. */
static size_t lone_han_at(const char *s, size_t n, size_t i)
{
    uint32_t cp;
    if (i >= n || ls_utf8_next(s + i, n - i, &cp) != 3 || !ls_is_cjk(cp) || ls_is_cjk_punct(cp)
        || (cp >= 0x3000 && cp <= 0x303F))
        return 0;
    size_t after = i + 3;
    if (after < n && !wide_space_at(s, n, after) && !match_at(s, n, after, "：", false)
        && s[after] != '|' && !match_at(s, n, after, "｜", false))
        return 0;
    if (i == 0)
        return 3;
    const char *b = s + i;
    return (b[-1] == ' ' || b[-1] == '\t' || b[-1] == ':' || b[-1] == '|'
            || (i >= 3 && (!memcmp(b - 3, "\xe3\x80\x80", 3) || !memcmp(b - 3, "：", 3)
                           || !memcmp(b - 3, "｜", 3)))
            || (i >= 2 && !memcmp(b - 2, "\xc2\xa0", 2)))
        ? 3 : 0;
}

/* Names padded to the width of three ("王  浩  刘  雪", "张　宇", "孙&nbsp;燕"):
 * each pair of lone Han characters set apart by spaces is one name, written
 * without them ("王浩 刘雪"); three in a row are one name too. Into out
 * (cap bytes); false when the line holds no such pair. */
static bool join_padded_names(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    bool joined = false;
    for (size_t i = 0; i < n;) {
        size_t run[3], ends[3], k = 0, j = i;
        while (k < 3 && lone_han_at(s, n, j)) {
            run[k] = j;
            ends[k++] = j + 3;
            size_t sp = 0, w;
            while ((w = wide_space_at(s, n, j + 3 + sp)))
                sp += w;
            if (!sp)
                break;
            j += 3 + sp;
        }
        if (k >= 2) {
            /* (two of four pairs up: "王 浩 刘 雪"; three stand as one) */
            size_t take = k == 3 && lone_han_at(s, n, j) && j != run[2] ? 2 : k;
            if (o + 9 + 1 > cap)
                return false;
            for (size_t m = 0; m < take; m++) {
                memcpy(out + o, s + run[m], 3);
                o += 3;
            }
            i = ends[take - 1];
            joined = true;
            /* (the next padded name after one space: "王浩 刘雪") */
            size_t sp = 0, w;
            while ((w = wide_space_at(s, n, i + sp)))
                sp += w;
            if (sp && lone_han_at(s, n, i + sp)) {
                out[o++] = ' ';
                i += sp;
            }
            continue;
        }
        if (o + 1 >= cap)
            return false;
        out[o++] = s[i++];
    }
    out[o] = 0;
    return joined;
}

int ls_info_parse(const char *s, size_t n, const ls_date_ctx *ctx, ls_info *out)
{
    char joined[1024];
    if (n < sizeof joined && join_padded_names(s, n, joined, sizeof joined)) {
        s = joined;
        n = strlen(joined);
    }
    size_t pos[32], lens[32];
    int fields[32], nh = 0, filled = 0;
    bool editor_responsible = false;
    for (size_t i = 0; i < n && nh < 32; i++) {
        if (((unsigned char)s[i] & 0xC0) == 0x80)
            continue;
        size_t l;
        int f = label_at(s, n, i, &l);
        if (f < 0)
            continue;
        if (f == F_STOP && nh > 0 && fields[nh - 1] == F_SOURCE
            && outlet_name_end(s, n, pos[nh - 1] + lens[nh - 1], i))
            continue;
        pos[nh] = i;
        lens[nh] = l;
        fields[nh++] = f;
        i += l - 1;
    }
    filled += attribution(s, n, ctx, out);
    filled += signed_on(s, n, ctx, out);
    filled += print_citation(s, n, ctx, out);
    for (int h = 0; h < nh; h++) {
        size_t vs = pos[h] + lens[h];
        bool glued = !sep_len(s, n, vs);
        vs += sep_len(s, n, vs);
        size_t lim = h + 1 < nh ? pos[h + 1] : n;
        if (vs >= lim)
            continue;
        /* a Chinese credit's label glued to its value holds a name
         * ("来源新华网 作者张三"); a clause after it is a sentence that
         * opens with the word ("责任编辑制度是…"). 来自 and 转载自 run on
         * into what they name ("本文来自微信公众号：…"). */
        if (glued && (unsigned char)s[pos[h]] >= 0x80 && fields[h] != F_DATE
            && memcmp(s + pos[h] + lens[h] - 3, "自", 3) && (unsigned char)s[vs] >= 0x80
            && fields[h] != F_DATE_DOC
            && !(fields[h] == F_AUTHOR && reporter_label(s + pos[h], lens[h]))
            && ls_utf8_len(s + vs, value_end(s, n, vs, lim, true) - vs) > GLUED_VALUE_MAX)
            continue;
        switch (fields[h]) {
        case F_DATE:
            if (!out->date[0] && find_date(s + vs, lim - vs, ctx, false, out, NULL, NULL)) {
                out->date_labelled = true;
                filled++;
            }
            break;
        case F_DATE_DOC: {
            /* an official document's own date (成文日期, the day it was
             * signed) is what it is cited by; 发布日期 is the day the site
             * posted it */
            ls_info d;
            memset(&d, 0, sizeof d);
            if (find_date(s + vs, lim - vs, ctx, true, &d, NULL, NULL)) {
                if (!out->date[0])
                    filled++;
                memcpy(out->date, d.date, sizeof d.date);
                out->date_relative = false;
                out->date_doc = true;
            }
            break;
        }
        case F_SOURCE:
            if (!out->source[0]
                && put_value(s + vs, value_end(s, n, vs, lim, true) - vs, out->source, 40)) {
                ls_info_tidy_source(out->source);
                if (names_no_source(out->source)
                    || (match_at(s, n, pos[h], "来自", false)
                        && (device_name(out->source) || strstr(out->source, ".com")
                            || strstr(out->source, ".cn"))))
                    out->source[0] = 0;
                else
                    filled++;
            }
            break;
        case F_AUTHOR: {
            if (date_word_at(s, lim, vs))
                break; /* "By December 30, send…": a deadline, no byline */
            /* "文｜澎湃新闻记者 陈斯": the value is the outlet the next label's
             * reporter works for; the name comes after that label */
            if (h + 1 < nh && fields[h + 1] == F_AUTHOR && !word_start(s, pos[h + 1])
                && reporter_label(s + pos[h + 1], lens[h + 1]))
                break;
            size_t ve = value_end(s, n, vs, lim, true);
            /* "Posted by David at December 19": the word before the date */
            static const char *const joins[] = {" at", " on", " in"};
            for (size_t k = 0; k < sizeof joins / sizeof joins[0]; k++) {
                size_t e = ve;
                while (e > vs && s[e - 1] == ' ')
                    e--;
                if (e - vs > 3 && !strncmp(s + e - 3, joins[k], 3))
                    ve = e - 3;
            }
            /* "作者X的原创作品": the name ends before 的 */
            static const char *const works[] = {"的原创", "的作品", "的文章"};
            for (size_t k = 0; k < sizeof works / sizeof works[0]; k++) {
                const char *w = memmem(s + vs, ve - vs, works[k], strlen(works[k]));
                if (w)
                    ve = (size_t)(w - s);
            }
            /* a bracket after the name holds the writer's post or
             * school ("徐启航（中国科学院自动化研究所研究员）"), no name */
            for (size_t j = vs + 1; j < ve; j++)
                if (match_at(s, ve, j, "（", false) || (s[j] == '(' && s[j - 1] == ' ')
                    || (s[j] == '(' && (unsigned char)s[j - 1] >= 0x80)) {
                    ve = j;
                    break;
                }
            /* (a bracket closed that the name did not open: "by Conn.)
             * Sargent and Company (New Haven", a catalogue's line) */
            if (memchr(s + vs, ')', ve - vs) && !memchr(s + vs, '(', ve - vs))
                break;
            if (reporter_label(s + pos[h], lens[h])) {
                size_t padded = padded_name(s + vs, lim - vs); /* (past a wide space) */
                ve = padded ? vs + padded : vs + names_len(s + vs, ve - vs);
                /* (co-writers set apart by a wide space: "记者　李喆　王堃") */
                if (!padded && ve > vs)
                    ve = names_after_wide_space(s, n, vs, ve, lim);
                ve = drop_place(s, vs, ve, n);
                /* a picture's credit: "新华社记者 李响 摄" names its
                 * photographer */
                size_t a = ve;
                while (a < n && (s[a] == ' ' || match_at(s, n, a, "\xe3\x80\x80", false)))
                    a += s[a] == ' ' ? 1 : 3;
                /* (not the photographer's own label after the writer:
                 * "记者：陈立新　摄影：李强") */
                bool photo = match_at(s, n, a, "摄", false) || match_at(s, n, a, "攝", false);
                size_t after = a + strlen("摄影");
                bool own_label = (match_at(s, n, a, "摄影", false) || match_at(s, n, a, "攝影", false))
                    && (match_at(s, n, after, "：", false)
                        || (after < n && (s[after] == ':' || s[after] == '/' || s[after] == '|')));
                if (photo && !own_label && !match_at(s, n, a, "摄影报道", false))
                    break;
            } else {
                ve = vs + clause_after_names(s + vs, ve - vs);
                ve = vs + before_role(s + vs, ve - vs);
                ve = names_after_wide_space(s, n, vs, ve, lim);
            }
            if (!out->author[0] && ve > vs && put_value(s + vs, ve - vs, out->author, 40)) {
                join_spaced_name(out->author);
                /* a colon after the name ("by Alphabyte1 :") goes */
                size_t al = strlen(out->author);
                if (!name_colon(out->author, &al, true))
                    al = 0;
                out->author[al] = 0;
                if (al && name_like(out->author))
                    filled++;
                else
                    out->author[0] = 0; /* "Filter By Topic" */
            }
            break;
        }
        case F_EDITOR: {
            /* the editor responsible (责任编辑, 责编) over an editor named
             * before it: "编辑：王洋 责任编辑：刘亮" */
            bool responsible = match_at(s, n, pos[h], "责任编辑", false)
                || match_at(s, n, pos[h], "責任編輯", false) || match_at(s, n, pos[h], "责编", false);
            char before[LS_INFO_MAX];
            memcpy(before, out->editor, sizeof before);
            bool displace = responsible && out->editor[0] && !editor_responsible;
            if (displace)
                out->editor[0] = 0;
            if (!out->editor[0]
                && put_value(s + vs, value_end(s, n, vs, lim, true) - vs, out->editor, 40)) {
                drop_staff_code(out->editor);
                if (name_like(out->editor)) {
                    filled += !displace;
                    editor_responsible = responsible;
                    if (displace)
                        memcpy(out->editor_other, before, sizeof out->editor_other);
                } else {
                    out->editor[0] = 0; /* "[编辑]" beside a heading is a link */
                }
            }
            if (displace && !out->editor[0])
                memcpy(out->editor, before, sizeof out->editor); /* no name: the first stays */
            break;
        }
        default:
            break;
        }
    }
    out->editor_responsible = out->editor[0] && editor_responsible;
    if (!out->date[0]) {
        /* an unlabelled date must name its year, and be what the line is
         * about: on a line of other labels, or with little else around it
         * (a date inside a sentence is something the article talks of) */
        ls_info tmp;
        size_t at, end, upto = n;
        memset(&tmp, 0, sizeof tmp);
        for (int h = 0; h < nh; h++)
            if (fields[h] == F_OTHER_DATE && pos[h] < upto)
                upto = pos[h]; /* the dates after such a label are not ours */
        /* (past a date the line says was an edit's to another date after it:
         * "已于 2024-05-25 10:12:40 修改 于 2024-05-24 18:30:00 首次发布"; an
         * edit's date alone is the page's only date) */
        size_t from = 0, at0 = 0, end0 = 0;
        bool found = false;
        ls_info edit;
        memset(&edit, 0, sizeof edit);
        for (int tries = 0; tries < 3 && from < upto; tries++) {
            found = find_date(s + from, upto - from, ctx, true, &tmp, &at, &end);
            if (!found)
                break;
            at += from;
            end += from;
            size_t e = end;
            while (e < n && (s[e] == ' ' || (n - e >= 2 && !memcmp(s + e, "\xc2\xa0", 2))))
                e += s[e] == ' ' ? 1 : 2;
            if (!match_at(s, n, e, "修改", false) && !match_at(s, n, e, "更新", false))
                break;
            if (!edit.date[0]) {
                edit = tmp;
                at0 = at;
                end0 = end;
            }
            found = false;
            from = end;
            memset(&tmp, 0, sizeof tmp);
        }
        if (!found && edit.date[0]) {
            tmp = edit;
            at = at0;
            end = end0;
            found = true;
        }
        if (found
            && (nh > 0 || ls_info_weight(s, at) + ls_info_weight(s + end, n - end) <= DATE_LINE_REST)) {
            memcpy(out->date, tmp.date, sizeof tmp.date);
            out->date_relative = tmp.date_relative;
            filled++;
        }
    }
    return filled;
}

/* "赵 培" / "赵　培": a two-character Chinese name padded to the width of
 * three is one name; single Han characters between single spaces are
 * joined. Other text is left alone. */
static void join_spaced_name(char *s)
{
    size_t n = strlen(s), singles = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (!ls_is_cjk(cp) || ls_is_cjk_punct(cp) || (cp >= 0x3000 && cp <= 0x303F))
            return;
        i += k;
        singles++;
        if (i < n) {
            size_t sp = s[i] == ' ' ? 1 : match_at(s, n, i, "\xe3\x80\x80", false) ? 3 : 0;
            if (!sp)
                return; /* two Han characters in a row: not a padded name */
            i += sp;
        }
    }
    if (singles < 2 || singles > 3)
        return;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ')
            continue;
        if (match_at(s, n, i, "\xe3\x80\x80", false)) {
            i += 2;
            continue;
        }
        s[o++] = s[i];
    }
    s[o] = 0;
}

/* "1 year ago", "3 hours ago" at s (digits first): true. */
static bool relative_age(const char *s, size_t n)
{
    static const char *const units[] = {"second", "minute", "hour", "day", "week", "month",
                                        "year", "sec", "min", "hr"};
    size_t i = 0;
    while (i < n && isdigit((unsigned char)s[i]))
        i++;
    while (i < n && s[i] == ' ')
        i++;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t l = strlen(units[k]);
        if (i + l > n || strncasecmp(s + i, units[k], l))
            continue;
        size_t j = i + l;
        if (j < n && s[j] == 's')
            j++;
        return j + 4 <= n && !strncasecmp(s + j, " ago", 4);
    }
    return false;
}

bool ls_byline_clean(const char *s, char *out, size_t outsz)
{
    if (!s || outsz == 0)
        return false;
    out[0] = 0;
    char *sq = ls_text_squash(s, strlen(s));
    if (!sq)
        return false;
    const char *p = sq;
    static const char *const pre[] = {"written by:", "written by ", "written by", "posted by:",
                                      "posted by ", "posted by", "published by ",
                                      "post by ", "authored by:", "authored by ", "guide by ",
                                      "article by:", "article by ", "story by ", "words by ",
                                      "text by ", "recipe by ", "view all posts by ",
                                      "more posts by ", "read more about ", "via ",
                                      "by ", "by:", "authors:", "author:",
                                      "von ", "par ", "por ", "Автор:", "Автор ", "автор:",
                                      "作者：", "作者:", "作者", "文／", "文/", "文｜", "文|",
                                      "文：", "文:", "摄影：", "攝影：",
                                      "文丨", "文 |", "文 ｜", "文 丨", "本报记者",
                                      "记者", "撰文："};
    /* the site's makers are no byline, nor is a category or a price
     * ("This review is posted in Reviews", "billed annually, or $50/mo") */
    static const char *const makers[] = {"powered by", "produced by", "designed by",
                                         "developed by", "hosted by", "websites by",
                                         "website by", "posted in ", "技术支持", "$"};
    for (size_t k = 0; k < sizeof makers / sizeof makers[0]; k++) {
        const char *m = strcasestr(p, makers[k]);
        if (m && m - p < 60) {
            free(sq);
            return false;
        }
    }
    /* a box about the writer is a biography, no byline ("關於作者：林妤柔，
     * 科技新報記者，…") */
    static const char *const bios[] = {"关于作者", "關於作者", "作者简介", "作者簡介",
                                       "about the author"};
    for (size_t k = 0; k < sizeof bios / sizeof bios[0]; k++)
        if (!strncasecmp(p, bios[k], strlen(bios[k]))) {
            free(sq);
            return false;
        }
    /* a reviewer's or a fact checker's credit names no writer */
    static const char *const checkers[] = {"reviewed by", "medically reviewed by",
                                           "fact checked by", "fact-checked by"};
    for (size_t k = 0; k < sizeof checkers / sizeof checkers[0]; k++)
        if (!strncasecmp(p, checkers[k], strlen(checkers[k]))) {
            free(sq);
            return false;
        }
    /* "– Gregory" signs a quote (a testimonial), not the page */
    if (!strncmp(p, "\u2013 ", 4) || !strncmp(p, "\u2014 ", 4) || !strncmp(p, "- ", 2)) {
        free(sq);
        return false;
    }
    /* "byJane Roe": a label glued to the name by the page's markup */
    if ((p[0] == 'b' || p[0] == 'B') && p[1] == 'y' && isupper((unsigned char)p[2]))
        p += 2;
    for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++) {
        if (match_at(p, strlen(p), 0, pre[k], true)) {
            /* "Written byJane": a label glued to the name (not "written
             * bystanders") */
            size_t pl = strlen(pre[k]);
            if (pre[k][pl - 1] == 'y' && !isupper((unsigned char)p[pl]))
                continue;
            p += pl;
            /* and the bar or colon after the label: "作者 | 张三", "作者丨李四" */
            for (bool again = true; again;) {
                again = false;
                while (*p == ' ' || *p == '|' || *p == ':') {
                    p++;
                    again = true;
                }
                if (!strncmp(p, "｜", 3) || !strncmp(p, "丨", 3) || !strncmp(p, "：", 3)) {
                    p += 3;
                    again = true;
                }
            }
            break;
        }
    }
    /* an outlet's reporter: "新华社记者 周牧", "人民日报记者　李响" */
    const char *rep = strstr(p, "记者");
    if (!rep)
        rep = strstr(p, "記者");
    if (rep && rep > p && rep - p <= 8 * 3 && !memchr(p, ' ', (size_t)(rep - p))
        && ls_utf8_len(p, (size_t)(rep - p)) * 3 == (size_t)(rep - p)) {
        const char *after = rep + strlen("记者");
        while (*after == ' ' || *after == ':' || *after == '|' || !strncmp(after, "：", 3)
               || !strncmp(after, "｜", 3) || !strncmp(after, "丨", 3))
            after += *after == ' ' || *after == ':' || *after == '|' ? 1 : 3;
        if (*after)
            p = after;
    }
    /* words that stand where no name is known: 佚名 (anonymous), 本站
     * (this site), 小编 (the site's editor) */
    static const char *const nobody[] = {"佚名", "匿名", "不详", "未知", "本站", "本站编辑",
                                         "本网", "本网编辑", "小编", "管理员", "网友"};
    /* an author card's counters, read alone ("文章 总阅读": the first word
     * decides) */
    static const char *const counters[] = {"文章", "总阅读", "阅读", "粉丝", "关注", "获赞",
                                           "作品"};
    size_t pl = strlen(p);
    while (pl && p[pl - 1] == ' ')
        pl--;
    size_t first = strcspn(p, " ");
    bool counter = false;
    for (size_t k = 0; k < sizeof counters / sizeof counters[0] && !counter; k++)
        counter = first == strlen(counters[k]) && !memcmp(p, counters[k], first);
    for (size_t k = 0; k < sizeof nobody / sizeof nobody[0] && !counter; k++) {
        size_t l = strlen(nobody[k]);
        counter = pl == l && !memcmp(p, nobody[k], l);
    }
    if (counter) {
        free(sq);
        return false;
    }
    /* a credit in brackets, the writer before the outlet: ［山田太郎，MONOist］ */
    char bracketed[128];
    if (!strncmp(p, "［", 3) || *p == '[') {
        size_t open = *p == '[' ? 1 : 3, pn = strlen(p);
        const char *close = *p == '[' ? "]" : "］";
        size_t cl = strlen(close);
        if (pn > open + cl && !strcmp(p + pn - cl, close) && pn - open - cl < sizeof bracketed) {
            memcpy(bracketed, p + open, pn - open - cl);
            bracketed[pn - open - cl] = '\0';
            char *comma = strstr(bracketed, "，");
            if (!comma)
                comma = strchr(bracketed, ',');
            if (comma)
                *comma = '\0';
            p = bracketed;
        }
    }
    size_t n = strlen(p), e = n;
    /* ... and an author card's counters after the name (中国新闻网 文章 总阅读);
     * a Japanese credit's outlet after "＝", a Korean reporter's title */
    static const char *const cuts[] = {" | ", " - ", " • ", " · ", " » ", "|", "\n", " on ",
                                       "＝", " 기자", "기자 ",
                                       /* the photographer's credit after the writer's */
                                       "摄影：", "攝影：", "摄影:", "攝影:", " 图：", " 圖：",
                                       "发布", "责任编辑", "来源", " 文章", " 总阅读", " 阅读",
                                       " 粉丝", " 关注", " 获赞", " 作品", "Last Updated",
                                       " Last update",
                                       " Updated", ". Reviewed by", " Reviewed by",
                                       " Edited by", " Fact checked by"};
    for (size_t k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
        const char *c = strstr(p, cuts[k]);
        if (c && (size_t)(c - p) < e && c > p)
            e = (size_t)(c - p);
    }
    /* an e-mail address after the name ("Jane Roe jane@example.com") */
    for (size_t i = 1; i < e; i++) {
        if (p[i] != '@')
            continue;
        size_t w = i;
        while (w > 0 && p[w - 1] != ' ')
            w--;
        if (w > 0 && w < i && memchr(p + i, '.', e - i)) {
            e = w;
            break;
        }
    }
    size_t at;
    char d[LS_DATE_MAX];
    ls_date_ctx z = {0};
    size_t dend;
    if (ls_date_find(p, e, &z, d, &at, &dend)) {
        if (at > 0) {
            e = at;
        } else { /* a date first: the name may follow it */
            p += dend;
            e -= dend;
            while (e > 0 && *p && strchr(" ,|-:", *p)) {
                p++;
                e--;
            }
        }
    }
    /* a date glued to the name by the page's markup ("Yucy3/4/2025") */
    for (size_t i = 1; i + 6 <= e; i++) {
        if (!isdigit((unsigned char)p[i]) || !isalpha((unsigned char)p[i - 1]))
            continue;
        size_t gat, gend;
        char gd[LS_DATE_MAX];
        ls_date_ctx gz = {.need_year = true, .no_relative = true};
        if (ls_date_find(p + i, e - i, &gz, gd, &gat, &gend) && gat == 0) {
            e = i;
            break;
        }
    }
    /* a date's label left before where the date was: "发表于 2024-5-1",
     * "张三 发布于 2024-5-1", "Jane Roe, posted on June 4" */
    static const char *const dl[] = {"发表于", "发布于", "发表时间", "发布时间", "发表", "发布",
                                     "时间：", "日期：", "posted on", "published on",
                                     "updated on", "posted", "published"};
    for (bool again = true; again;) {
        again = false;
        while (e > 0 && strchr(" ,|", p[e - 1]))
            e--;
        for (size_t k = 0; k < sizeof dl / sizeof dl[0] && !again; k++) {
            size_t l = strlen(dl[k]);
            bool ascii = (unsigned char)dl[k][0] < 0x80;
            if (e >= l && !strncasecmp(p + e - l, dl[k], l)
                && (!ascii || e == l || p[e - l - 1] == ' ')) {
                e -= l;
                again = true;
            }
        }
    }
    /* an aggregator's age of the post after the name ("scvalex 1 year
     * ago") */
    for (size_t i = 1; i < e; i++)
        if (p[i - 1] == ' ' && isdigit((unsigned char)p[i]) && relative_age(p + i, e - i)) {
            e = i - 1;
            break;
        }
    /* a colon or an arrow left after the name ("Alphabyte1 :", "Hardtail
     * Canada →") */
    if (!name_colon(p, &e, false)) {
        free(sq);
        return false;
    }
    /* ... a dash or a bar that led to a date ("Nicolas Perriault —"), and
     * the date's weekday ("Joe Wee Monday") */
    static const char *const trail[] = {"\u2192", "\u2014", "\u2013", "|", "\u00b7", "\u2022"};
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                       "Saturday", "Sunday"};
    for (bool again = true; again;) {
        again = false;
        while (e > 0 && p[e - 1] == ' ')
            e--;
        for (size_t k = 0; k < sizeof trail / sizeof trail[0] && !again; k++) {
            size_t tl = strlen(trail[k]);
            if (e > tl && !strncmp(p + e - tl, trail[k], tl) && p[e - tl - 1] == ' ') {
                e -= tl;
                again = true;
            }
        }
        for (size_t k = 0; k < sizeof days / sizeof days[0] && !again; k++) {
            size_t wl = strlen(days[k]);
            if (e > wl + 1 && !strncmp(p + e - wl, days[k], wl) && p[e - wl - 1] == ' '
                && memchr(p, ' ', e - wl - 1)) {
                e -= wl;
                again = true;
            }
        }
        if (!again && e > 1 && p[e - 1] == ':' && p[e - 2] == ' ') {
            e--;
            again = true;
        }
    }
    /* a role after a comma ("Jane Roe, Staff Writer", "Jane Roe, Senior
     * Reporter, Bloomberg"): the name before it */
    static const char *const posts[] = {"staff ", "senior ", "contributing ", "correspondent",
                                        "reporter", "writer", "editor", "columnist",
                                        "contributor", "freelance ", "special ", "associate ",
                                        "chief ", "managing ", "executive ", "deputy ", "guest ",
                                        /* an outlet: "Jane Roe, The Associated Press" */
                                        "the ", "for "};
    for (size_t i = 0; i + 2 < e; i++) {
        if (p[i] != ',' || p[i + 1] != ' ')
            continue;
        bool post = false;
        for (size_t k = 0; k < sizeof posts / sizeof posts[0] && !post; k++)
            post = !strncasecmp(p + i + 2, posts[k], strlen(posts[k]));
        if (post && i > 0) {
            e = i;
            break;
        }
    }
    /* a role after the name ("Rachel MacDonald Writer", "Lutfij Titan
     * Moderator", "P Packard Member Joined"), when a name stays */
    static const char *const roles[] = {" Writer", " Editor", " Moderator", " Member", " Joined",
                                        " Contributor"};
    for (bool again = true; again;) {
        again = false;
        while (e > 0 && p[e - 1] == ' ')
            e--;
        for (size_t k = 0; k < sizeof roles / sizeof roles[0] && !again; k++) {
            size_t rl = strlen(roles[k]);
            if (e > rl && !strncmp(p + e - rl, roles[k], rl) && memchr(p, ' ', e - rl)) {
                e -= rl;
                again = true;
            }
        }
    }
    bool ok = false;
    if (e > 0 && strncmp(p, "http", 4) != 0 && ls_utf8_len(p, e) <= 100) {
        ok = put_value(p, e, out, 100) && strlen(out) < outsz && name_like(out);
        if (ok)
            join_spaced_name(out);
        if (!ok)
            out[0] = 0;
    }
    free(sq);
    return ok;
}

char *ls_text_squash(const char *s, size_t n)
{
    ls_buf b;
    ls_buf_init(&b, n + 1);
    bool space = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = ls_utf8_next(s + i, n - i, &cp);
        if (ls_is_space_cp(cp) || cp == 0x200B) {
            space = b.len > 0;
        } else {
            if (space)
                ls_buf_addc(&b, ' ');
            space = false;
            ls_buf_add(&b, s + i, k);
        }
        i += k;
    }
    if (b.err) {
        ls_buf_release(&b);
        return NULL;
    }
    char *r = ls_buf_detach(&b, NULL);
    if (!r)
        r = ls_strdup("");
    return r;
}

void ls_script_counts(const char *s, size_t n, ls_scripts *c)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        if (cp >= 0x3040 && cp <= 0x30FF)
            c->kana++;
        else if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF))
            c->hangul++;
        else if (ls_is_cjk(cp))
            c->han++;
        else if (cp < 0x80 && isalpha((int)cp))
            c->latin++;
    }
}

const char *ls_lang_guess(const char *s, size_t n)
{
    ls_scripts c;
    ls_script_counts(s, n > 20000 ? 20000 : n, &c);
    size_t han = c.han, kana = c.kana, hangul = c.hangul, latin = c.latin;
    size_t cjk = han + kana + hangul;
    /* a CJK character carries about a Latin word (~5 letters) */
    if (cjk * 5 < latin || cjk < 10)
        return NULL;
    if (hangul > han + kana)
        return "ko";
    if (kana * 10 > cjk)
        return "ja";
    return "zh";
}
