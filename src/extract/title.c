/*
 * title.c - cleaning <title> text: editorial marks and site-name suffixes;
 * marks left in metadata titles; comparing titles by their words
 * (contracts in infoline.h and title.h).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract.h"
#include "extract/extract_int.h"
#include "extract/infoline.h"
#include "extract/title.h"
#include "html/escape.h"
#include "util/buf.h"
#include "util/mojibake.h"
#include "util/str.h"

#define MAX_PIECES 16

typedef struct {
    size_t start, end; /* byte range of the piece (trimmed) */
} piece;

static bool cjk_at(const char *s, size_t n, size_t i)
{
    uint32_t cp;
    if (i >= n)
        return false;
    ls_utf8_next(s + i, n - i, &cp);
    return ls_is_cjk(cp);
}

static bool cjk_before(const char *s, size_t i)
{
    if (i == 0)
        return false;
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    uint32_t cp;
    ls_utf8_next(s + j, i - j, &cp);
    return ls_is_cjk(cp);
}

/* Length of a separator at i (0 if none). */
static size_t sep_at(const char *s, size_t n, size_t i)
{
    static const char *const always[] = {" | ", "|", "｜", " _ ", "－", " -- ", " - ", " – ",
                                         " · ", " » ", " :: ", "——", " / "};
    for (size_t k = 0; k < sizeof always / sizeof always[0]; k++) {
        size_t l = strlen(always[k]);
        if (i + l <= n && !memcmp(s + i, always[k], l))
            return l;
    }
    /* '-', '--', '–', '—', '_' without spaces only next to CJK ("标题-网站",
     * "标题(图)--网站", "标题_频道"): in Latin text they join a word
     * ("ngx_http_module") */
    static const char *const cjk_only[] = {"--", "-", "–", "—", " — ", "·", "_"};
    for (size_t k = 0; k < sizeof cjk_only / sizeof cjk_only[0]; k++) {
        size_t l = strlen(cjk_only[k]);
        if (i + l <= n && !memcmp(s + i, cjk_only[k], l)
            && (cjk_before(s, i) || cjk_at(s, n, i + l)))
            return l;
    }
    return 0;
}

/* A note in 【】 that closes a piece of the title at i: the board or the
 * channel ("问题【工业自动化吧】_百度贴吧"), or a mark ("…【图】"). */
static bool closing_note_at(const char *s, size_t n, size_t i)
{
    if (i + 3 > n || memcmp(s + i, "【", 3))
        return false;
    const char *c = strstr(s + i + 3, "】");
    if (!c || c == s + i + 3)
        return false;
    size_t e = (size_t)(c - s) + 3;
    while (e < n && s[e] == ' ')
        e++;
    return e == n || sep_at(s, n, e);
}

/* s[0..n) is a Chinese organisation's or outlet's name: four to sixteen
 * Han characters ending as such names end (…委员会, …厅, …日报, …网). */
static bool body_name(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        if (!ls_is_cjk(cp) || ls_is_cjk_punct(cp))
            return false;
        chars++;
    }
    if (chars < 4 || chars > 16)
        return false;
    static const char *const ends[] = {"委员会", "厅", "局", "政府", "办公室", "中心", "协会",
                                       "学会", "研究院", "研究所", "公司", "集团", "大学",
                                       "学院", "门户", "官网"};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n > l && !memcmp(s + n - l, ends[k], l))
            return true;
    }
    return ls_info_outlet_mark(s, n, false);
}

static size_t piece_weight(const char *s, const piece *p)
{
    return ls_extract_word_count(s + p->start, p->end - p->start);
}

static bool same_text(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    if (an != bn)
        return false;
    for (size_t i = 0; i < an; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return false;
    return true;
}

static const char *skip_prefix(const char *s, const char *pre)
{
    size_t n = strlen(pre);
    return strncmp(s, pre, n) ? NULL : s + n;
}

static const char *skip_digits_spaced(const char *s)
{
    while (*s == ' ')
        s++;
    if (!isdigit((unsigned char)*s))
        return NULL;
    while (isdigit((unsigned char)*s))
        s++;
    while (*s == ' ')
        s++;
    return s;
}

/* The end of the page number of a paginated text at s ("(页 1)", "（第2页）",
 * "第3页"), or NULL. */
static const char *page_number(const char *s)
{
    const char *p = skip_prefix(s, "(") ? s + 1 : skip_prefix(s, "（");
    bool paren = p != NULL;
    if (!p)
        p = s;
    const char *q = skip_prefix(p, "页");
    if (q && paren)
        q = skip_digits_spaced(q);
    else if ((q = skip_prefix(p, "第")) && (q = skip_digits_spaced(q)))
        q = skip_prefix(q, "页");
    if (q && paren)
        q = *q == ')' ? q + 1 : skip_prefix(q, "）");
    return q;
}

/* Removes editorial marks in place: 原标题：…, 【纠错】, （完）, and a page
 * number. */
static void strip_marks(char *t)
{
    char *p = strstr(t, "原标题");
    if (p == t) {
        p += strlen("原标题");
        if (!strncmp(p, "：", 3))
            p += 3;
        else if (*p == ':')
            p++;
        memmove(t, p, strlen(p) + 1);
    } else if (p) {
        *p = 0;
    }
    static const char *const marks[] = {"【纠错】", "（完）", "(完)", "【打印】", "【关闭】"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        char *m;
        while ((m = strstr(t, marks[k])))
            memmove(m, m + strlen(marks[k]), strlen(m + strlen(marks[k])) + 1);
    }
    /* a page number ending the title or its first part goes */
    for (char *m = t; *m; m++) {
        const char *e = m > t && (*m == '(' || !strncmp(m, "（", 3) || !strncmp(m, "第", 3))
            ? page_number(m) : NULL;
        if (e && (!*e || sep_at(e, strlen(e), 0))) {
            memmove(m, e, strlen(e) + 1);
            break;
        }
    }
    size_t len;
    const char *s = ls_trim(t, &len);
    memmove(t, s, len);
    t[len] = 0;
    /* separators left dangling at the end by a template ("Title - -",
     * "Title |"): nothing follows them */
    size_t end = len;
    while (end > 0 && strchr("-|_ ", t[end - 1]))
        end--;
    if (end < len && end > 0 && (t[end] == ' ' || end + 1 < len))
        t[end] = 0;
}

static char *dup_range(const char *s, size_t a, size_t b)
{
    size_t len;
    const char *p = ls_trim(s + a, &len);
    if (len > b - a)
        len = b - a;
    return ls_strndup(p, len);
}

/* A piece that names no site though it ends a title: the page's kind
 * ("Home Page", "Official Website", "首页", a forum's "手机版"), a note in
 * brackets ("(新闻)")
 * or the software's credit ("powered by Discuz! Archiver"). */
static bool names_no_site(const char *s, const piece *p)
{
    static const char *const kinds[] = {"home",          "home page",     "homepage",
                                        "official website", "official site", "official web site",
                                        "首页",          "主页",          "官网",
                                        "官方网站",      "手机版",        "触屏版",
                                        "移动版",        "wap版",         "mobile"};
    size_t n = p->end - p->start;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (same_text(s + p->start, n, kinds[k]))
            return true;
    /* a note in brackets: a section, "(新闻)", "[图]" */
    const char *b = s + p->start;
    if (n >= 2 && ((b[0] == '(' && b[n - 1] == ')') || (b[0] == '[' && b[n - 1] == ']')))
        return true;
    if (n >= 6 && ((!strncmp(b, "\uff08", 3) && !strncmp(b + n - 3, "\uff09", 3))
                   || (!strncmp(b, "\u3010", 3) && !strncmp(b + n - 3, "\u3011", 3))))
        return true;
    return n > 11 && !strncasecmp(s + p->start, "powered by ", 11);
}

/* Three or more short Chinese words joined by '_' after the title's pieces
 * are the story's keywords, not a channel and a site: "…_企业_数据_平台"
 * (a site with its channel is two pieces: "…_新闻中心_新浪网"). */
static bool keyword_tail(const char *t, const piece *pc, int np, int kept)
{
    if (np - 1 - kept < 3)
        return false;
    size_t n = strlen(t);
    for (int i = kept + 1; i < np; i++) {
        size_t w = piece_weight(t, &pc[i]);
        if (t[pc[i].start - 1] != '_' || w == 0 || w > 4 || !cjk_at(t, n, pc[i].start))
            return false;
    }
    return true;
}

/* A site's host in brackets after its name, in place: "央视网(cctv.com)" ->
 * "央视网". */
static void drop_host_note(char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n < 4 || name[n - 1] != ')')
        return;
    char *o = strrchr(name, '(');
    if (!o || o == name || !memchr(o, '.', (size_t)(name + n - o)))
        return;
    for (const char *p = o + 1; p < name + n - 1; p++)
        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-')
            return;
    while (o > name && o[-1] == ' ')
        o--;
    *o = 0;
}

/* A site that calls itself its official site, in place: "钛媒体官方网站" ->
 * "钛媒体", "某某官网" -> "某某" (two characters of name at least). */
static void drop_official_word(char *name)
{
    static const char *const words[] = {"官方网站", "官网"};
    size_t n = name ? strlen(name) : 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t w = strlen(words[k]);
        if (n >= w + 6 && !memcmp(name + n - w, words[k], w)) {
            name[n - w] = 0;
            return;
        }
    }
}

/* b, after the Chinese site name a ("…网", "…新闻", "…报"), says what the
 * site is or names it in English, not which: "经济观察网 - 专业财经新闻网站",
 * "中国经济网——国家经济门户", "澎湃新闻-The Paper". */
static bool slogan_after_name(const char *t, const piece *a, const piece *b)
{
    static const char *const names[] = {"网", "新闻", "报"};
    static const char *const kinds[] = {"网站", "门户", "平台"};
    bool name = false;
    for (size_t k = 0; k < sizeof names / sizeof names[0] && !name; k++) {
        size_t l = strlen(names[k]);
        name = a->end - a->start > l && !memcmp(t + a->end - l, names[k], l);
    }
    if (!name)
        return false;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t l = strlen(kinds[k]);
        if (b->end - b->start > l && !memcmp(t + b->end - l, kinds[k], l))
            return true;
    }
    for (size_t j = b->start; j < b->end; j++)
        if ((unsigned char)t[j] >= 0x80)
            return false;
    return true; /* in Latin letters only */
}

/* The site's name: the last of the pieces after the title's (those after
 * index kept), past any that names no site; NULL when none is left. */
static char *site_piece(const char *t, const piece *pc, int np, int kept)
{
    if (keyword_tail(t, pc, np, kept))
        return NULL;
    int i = np - 1;
    while (i > kept && names_no_site(t, &pc[i]))
        i--;
    if (i <= kept)
        return NULL;
    if (i - 1 > kept && slogan_after_name(t, &pc[i - 1], &pc[i]))
        i--;
    char *name = dup_range(t, pc[i].start, pc[i].end);
    drop_host_note(name);
    drop_official_word(name);
    return name;
}

char *ls_title_clean(const char *title, const char *const *hints, size_t nhints, char **site)
{
    if (site)
        *site = NULL;
    if (!title)
        return NULL;
    char *t = ls_text_squash(title, strlen(title));
    if (!t)
        return NULL;
    strip_marks(t);
    size_t n = strlen(t);
    piece pc[MAX_PIECES];
    int np = 0;
    size_t st = 0;
    for (size_t i = 0; i < n && np < MAX_PIECES - 1;) {
        size_t l = sep_at(t, n, i);
        if (l && i > st) {
            pc[np++] = (piece){st, i};
            st = i + l;
            i += l;
        } else if (i > st && closing_note_at(t, n, i)) {
            pc[np++] = (piece){st, i}; /* the note is a piece of its own */
            st = i;
            i += 3;
        } else {
            i++;
        }
    }
    pc[np++] = (piece){st, n};
    for (int i = 0; i < np; i++) { /* trim spaces inside piece bounds */
        while (pc[i].start < pc[i].end && t[pc[i].start] == ' ')
            pc[i].start++;
        while (pc[i].end > pc[i].start && t[pc[i].end - 1] == ' ')
            pc[i].end--;
    }
    /* a hint that equals a run of pieces decides */
    for (size_t h = 0; h < nhints; h++) {
        if (!hints[h] || !*hints[h])
            continue;
        for (int a = 0; a < np; a++)
            for (int b = np - 1; b >= a; b--)
                if (same_text(t + pc[a].start, pc[b].end - pc[a].start, hints[h])) {
                    char *r = dup_range(t, pc[a].start, pc[b].end);
                    if (site)
                        *site = site_piece(t, pc, np, b);
                    free(t);
                    return r;
                }
    }
    /* else drop short trailing pieces (site, channel) while what stays is longer */
    int last = np - 1;
    while (last > 0) {
        size_t wl = piece_weight(t, &pc[last]);
        piece rest = {pc[0].start, pc[last - 1].end};
        size_t wr = piece_weight(t, &rest);
        size_t at = pc[last].start;
        if (at + 3 <= n && !memcmp(t + at, "【", 3))
            at += 3; /* a note in brackets: its words decide */
        bool cjk = cjk_at(t, n, at);
        if (wl > (cjk ? 16u : 6u) || wr < wl)
            break;
        last--;
    }
    /* "Site | Title": a short first piece before a much longer one, or a
     * Chinese body's name before its notice ("常州市经济贸易委员会--关于开展…的通知") */
    int first = 0;
    if (last == 1 && ((piece_weight(t, &pc[0]) * 3 <= piece_weight(t, &pc[1])
                       && piece_weight(t, &pc[0]) <= 3)
                      || (body_name(t + pc[0].start, pc[0].end - pc[0].start)
                          && piece_weight(t, &pc[0]) * 2 <= piece_weight(t, &pc[1]))))
        first = 1;
    if (site && first)
        *site = dup_range(t, pc[0].start, pc[0].end);
    else if (site)
        *site = site_piece(t, pc, np, last);
    char *r = dup_range(t, pc[first].start, pc[last].end);
    free(t);
    return r;
}

/* The letters and digits of s[0..n), ASCII lower-cased, other code points
 * kept, into out (at most outsz - 1 bytes); the length. */
static size_t alnum_key(const char *s, size_t n, char *out, size_t outsz)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = ls_utf8_next(s + i, n - i, &cp);
        bool keep = cp < 0x80 ? isalnum((int)cp) != 0
                              : !(ls_is_space_cp(cp) || (cp >= 0xA0 && cp <= 0xBF)
                                  || (cp >= 0x2000 && cp <= 0x206F) || ls_is_cjk_punct(cp));
        if (keep && w + l < outsz) {
            if (cp < 0x80)
                out[w++] = (char)tolower((int)cp);
            else
                for (size_t k = 0; k < l; k++)
                    out[w++] = s[i + k];
        }
        i += l;
    }
    out[w < outsz ? w : outsz - 1] = 0;
    return w;
}

/* The host of url without "www." and its main label ("example" in
 * news.example.co.uk), as keys. */
static void host_keys(const char *url, char *host, char *label, size_t sz)
{
    char h[256];
    host[0] = label[0] = 0;
    if (!url || !ls_x_url_host(url, h, sizeof h))
        return;
    const char *p = h;
    size_t n = strlen(h);
    alnum_key(p, n, host, sz);
    /* labels from the right: skip the suffix (com, org, co.uk, com.au) */
    size_t end = n, start;
    int skipped = 0;
    for (;;) {
        start = end;
        while (start > 0 && p[start - 1] != '.')
            start--;
        bool suffix = skipped == 0 || (skipped == 1 && end - start <= 3 && start > 0);
        if (!suffix || start == 0)
            break;
        end = start - 1;
        skipped++;
    }
    alnum_key(p + start, end - start, label, sz);
}

bool ls_title_names_host(const char *s, const char *url)
{
    char key[256], host[256], label[256];
    size_t n = s ? strlen(s) : 0;
    if (!n || n >= sizeof key - 1 || !alnum_key(s, n, key, sizeof key))
        return false;
    host_keys(url, host, label, sizeof host);
    if (!*host)
        return false;
    if (!strcmp(key, host) || !strcmp(key, label))
        return true;
    /* the host without its first label: "example.org" on forum.example.org */
    const char *p = url ? strstr(url, "://") : NULL;
    p = p ? strchr(p + 3, '.') : NULL;
    if (!p)
        return false;
    p++;
    size_t hn = strcspn(p, "/:?#");
    return memchr(p, '.', hn) && alnum_key(p, hn, host, sizeof host) && !strcmp(key, host)
           && *label && strstr(host, label); /* not "co.uk" of example.co.uk */
}

void ls_title_site_by_host(char *site, const char *url)
{
    char host[256], label[256], key[256];
    const char *d = site ? strrchr(site, '-') : NULL;
    if (!d || d == site || d[-1] == ' ' || d[1] == ' ' || !d[1])
        return;
    host_keys(url, host, label, sizeof host);
    size_t ll = strlen(label);
    /* the label and more: the site's name ("CSDN博客"), not a word */
    if (ll < 3 || !alnum_key(d + 1, strlen(d + 1), key, sizeof key) || strlen(key) <= ll
        || strncmp(key, label, ll))
        return;
    memmove(site, d + 1, strlen(d + 1) + 1);
}

/* A key (letters and digits, lower case) naming a product's manual ("NumPy
 * v1.26 Manual", "… Documentation"): the docs site's name, version and all. */
static bool docs_name(const char *key)
{
    static const char *const words[] = {"manual", "documentation", "docs", "reference",
                                        "guide", "help"};
    size_t n = strlen(key);
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t l = strlen(words[k]);
        if (n > l && !strcmp(key + n - l, words[k]))
            return true;
    }
    return false;
}

char *ls_title_cut_site(const char *title, const char *const *names, size_t nnames,
                        const char *url)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " • ", " · ", " » ", " :: "};
    if (!title)
        return NULL;
    size_t n = strlen(title), at = 0, sl = 0;
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        size_t l = strlen(seps[k]);
        for (size_t i = n >= l ? n - l : 0; i > 0; i--)
            if (!memcmp(title + i, seps[k], l)) {
                if (i > at) {
                    at = i;
                    sl = l;
                }
                break;
            }
    }
    /* a wiki's name in brackets: "Page title [Site Wiki]" */
    const char *ob = n > 3 && title[n - 1] == ']' ? strrchr(title, '[') : NULL;
    if (ob && ob > title + 1 && ob[-1] == ' ' && (size_t)(ob - 1 - title) > at) {
        at = (size_t)(ob - 1 - title);
        sl = 2;
    }
    if (!sl)
        return NULL;
    char last[256], key[256], host[256], label[256];
    size_t ll = alnum_key(title + at + sl, n - at - sl, last, sizeof last);
    if (!ll || ll >= sizeof last - 1)
        return NULL;
    bool site = false;
    for (size_t k = 0; k < nnames && !site; k++)
        if (names[k] && alnum_key(names[k], strlen(names[k]), key, sizeof key))
            site = !strcmp(key, last);
    host_keys(url, host, label, sizeof host);
    piece tail = {at + sl, n};
    /* (the host's label and a word or two: "OpenCell Blog"; a version
     * makes it a product's name, "OpenCell Runtime 3.4") */
    if (!site && *host)
        site = !strcmp(host, last) || !strcmp(label, last)
               || (strlen(label) >= 3 && !strncmp(last, label, strlen(label))
                   && piece_weight(title, &tail) <= 4
                   && (!strpbrk(last + strlen(label), "0123456789") || docs_name(last)));
    if (!site)
        return NULL;
    piece head = {0, at};
    if (!piece_weight(title, &head))
        return NULL;
    return dup_range(title, 0, at);
}

/* True for what may stand before an opening or after a closing mark (at
 * p, or before it when back): the text's edge, a space, punctuation. */
static bool mark_edge(const char *t, const char *p, bool back)
{
    if (back) {
        if (p == t)
            return true;
        const char *q = p - 1;
        while (q > t && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
        p = q;
    }
    unsigned char ch = (unsigned char)*p;
    if (ch < 0x80)
        return !ch || isspace(ch) || (ispunct(ch) && ch != '*');
    uint32_t cp;
    ls_utf8_next(p, strlen(p), &cp);
    return ls_is_space_cp(cp) || ls_is_cjk_punct(cp) || (cp >= 0x2000 && cp <= 0x206F);
}

void ls_title_unmark(char *t)
{
    if (!t || !strchr(t, '*') || strlen(t) > 2048) /* a title is short */
        return;
    char *src = ls_strdup(t); /* read from a copy, written into t */
    if (!src)
        return;
    char *w = t;
    for (char *p = src; *p;) {
        size_t run = strspn(p, "*");
        bool opens = run && run <= 2 && mark_edge(src, p, true)
                     && p[run] && !isspace((unsigned char)p[run]) && p[run] != '*';
        char *close = NULL;
        if (opens) {
            /* the same run of stars, after a non-space, before an edge */
            for (char *q = p + run; (q = strchr(q, '*'));) {
                size_t r = strspn(q, "*");
                if (r == run && !isspace((unsigned char)q[-1]) && mark_edge(src, q + r, false)) {
                    close = q;
                    break;
                }
                q += r;
            }
        }
        if (!close) {
            if (run) {
                memmove(w, p, run);
                w += run;
                p += run;
            } else {
                *w++ = *p++;
            }
            continue;
        }
        size_t inner = (size_t)(close - (p + run));
        memmove(w, p + run, inner);
        w += inner;
        p = close + run;
    }
    *w = 0;
    free(src);
}

void ls_title_drop_private(char *t)
{
    if (!t)
        return;
    size_t n = strlen(t), w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = ls_utf8_next(t + i, n - i, &cp);
        if (!(cp >= 0xE000 && cp <= 0xF8FF)) {
            memmove(t + w, t + i, k);
            w += k;
        }
        i += k;
    }
    t[w] = 0;
    while (w && t[w - 1] == ' ')
        t[--w] = 0;
    size_t lead = strspn(t, " ");
    memmove(t, t + lead, w - lead + 1);
}

/* True when s[0..n) is a host name: labels of letters, digits and '-'
 * joined by dots, ending in a label of two letters or more. */
static bool host_like(const char *s, size_t n)
{
    size_t dots = 0, last = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '.') {
            if (i == 0 || s[i - 1] == '.')
                return false;
            dots++;
            last = i + 1;
        } else if (!isalnum(ch) && ch != '-') {
            return false;
        }
    }
    if (!dots || n - last < 2)
        return false;
    for (size_t i = last; i < n; i++)
        if (!isalpha((unsigned char)s[i]))
            return false;
    return true;
}

char *ls_title_cut_source(const char *title)
{
    if (!title)
        return NULL;
    size_t n = strlen(title);
    while (n && isspace((unsigned char)title[n - 1]))
        n--;
    size_t e = n;
    while (e && isdigit((unsigned char)title[e - 1]))
        e--;
    if (e < n) { /* a count after the source: "(example.com) 87" */
        if (!e || title[e - 1] != ' ')
            return NULL;
        e--;
    }
    if (!e || title[e - 1] != ')')
        return NULL;
    size_t o = e - 1;
    while (o && title[o - 1] != '(')
        o--;
    if (!o || o < 2 || title[o - 2] != ' ' || !host_like(title + o, e - 1 - o))
        return NULL;
    piece head = {0, o - 2};
    if (piece_weight(title, &head) < 2)
        return NULL;
    return dup_range(title, 0, o - 2);
}

void ls_title_cut_subject_label(char *t)
{
    static const char *const labels[] = {"主题", "标题", "帖子主题", "Subject", "Topic"};
    for (size_t k = 0; t && k < sizeof labels / sizeof labels[0]; k++) {
        size_t n = strlen(labels[k]);
        if (strncasecmp(t, labels[k], n))
            continue;
        const char *r = t + n;
        while (*r == ' ')
            r++;
        if (*r == ':')
            r++;
        else if (!strncmp(r, "\uff1a", 3)) /* a full-width colon */
            r += 3;
        else
            continue;
        for (;;) {
            if (*r == ' ')
                r++;
            else if (!strncmp(r, "\u3000", 3)) /* an ideographic space */
                r += 3;
            else
                break;
        }
        if (*r)
            memmove(t, r, strlen(r) + 1);
        return;
    }
}

/* Some pages escape their meta and JSON-LD strings twice ("What&#8217;s",
 * "Tools &amp; Tips"): the page means the character. Numeric references and
 * the common named ones are decoded; the result is never longer. Markdown
 * emphasis the page's generator left in ("*Title*") goes too. */
char *ls_title_unref(const char *v)
{
    if (!v)
        return NULL;
    char *r = ls_strdup(v);
    ls_text_unmojibake(r);
    ls_title_unmark(r);
    ls_html_unref(r);
    return r;
}

/* The words of a title, lower-cased and joined by single spaces: ASCII
 * punctuation and the typographic marks (curly quotes, dashes, ellipses,
 * NBSP ...) all separate words, so "Beginner’s guide — 2025" and
 * "Beginner's guide - 2025" get the same key. malloc'd. */
static char *title_key(const char *s)
{
    size_t n = strlen(s);
    char *k = malloc(2 * n + 1), *w = k; /* a space may precede each character */
    if (!k)
        return NULL;
    bool gap = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = ls_utf8_next(s + i, n - i, &cp);
        bool word = cp < 0x80 ? isalnum((int)cp)
                              : !(ls_is_space_cp(cp) || (cp >= 0xA0 && cp <= 0xBF)
                                  || (cp >= 0x2000 && cp <= 0x206F) || ls_is_cjk_punct(cp));
        if (!word) {
            gap = w > k;
        } else {
            bool cjk = ls_is_cjk(cp); /* each CJK character is a word */
            if (gap || (cjk && w > k && w[-1] != ' '))
                *w++ = ' ';
            gap = cjk;
            if (cp < 0x80) {
                *w++ = (char)tolower((int)cp);
            } else {
                memcpy(w, s + i, l);
                w += l;
            }
        }
        i += l;
    }
    *w = 0;
    return k;
}

/* True when a and b have the same words (title_key), i.e. differ only in
 * case, punctuation and typography. */
bool ls_title_same_words(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    char *ka = title_key(a), *kb = title_key(b);
    bool r = ka && kb && *ka && !strcmp(ka, kb);
    free(ka);
    free(kb);
    return r;
}

/* One '?' or U+FFFD that stands for a lost character at a: its length,
 * else 0. */
static size_t lost_mark(const char *a)
{
    return *a == '?' ? 1 : !strncmp(a, "\xEF\xBF\xBD", 3) ? 3 : 0;
}

/* Does a, read with each lost mark standing for one to three characters
 * of b (no spaces), spell b? *letters counts the marks that stood for a
 * letter or a digit. Marks are few (at most 8 tried), so the search stays
 * small. */
static bool spells_with_lost(const char *a, const char *b, int marks, int *letters)
{
    while (*a && !lost_mark(a)) {
        if (*a != *b)
            return false;
        a++;
        b++;
    }
    if (!*a)
        return !*b;
    if (marks >= 8)
        return false;
    size_t ml = lost_mark(a);
    const char *q = b;
    for (int k = 0; k < 3 && *q && *q != ' '; k++) {
        uint32_t cp;
        q += ls_utf8_next(q, strlen(q), &cp);
        int had = *letters;
        for (const char *r = b; r < q;) {
            uint32_t c2;
            r += ls_utf8_next(r, (size_t)(q - r), &c2);
            if (ls_is_word_cp(c2)) {
                (*letters)++;
                break;
            }
        }
        if (spells_with_lost(a + ml, q, marks + 1, letters))
            return true;
        *letters = had;
    }
    return false;
}

bool ls_title_lost_chars(const char *damaged, const char *whole)
{
    if (!damaged || !whole || !strcmp(damaged, whole))
        return false;
    int letters = 0;
    return spells_with_lost(damaged, whole, 0, &letters) && letters > 0;
}

/* Share of the h1's words (of three letters or more, or CJK characters)
 * that also occur in the page's own titles: a headline reworded for the
 * page keeps most of its words; a slogan or a section name shares few. */
double ls_title_shared_words(const char *h1, const char *const *titles, size_t nt)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, " ");
    for (size_t i = 0; i < nt; i++) {
        char *k = titles[i] ? title_key(titles[i]) : NULL;
        if (k) {
            ls_buf_adds(&b, k);
            ls_buf_adds(&b, " ");
        }
        free(k);
    }
    char *hk = title_key(h1);
    unsigned all = 0, found = 0;
    for (char *p = hk; !b.err && p && *p;) {
        size_t l = strcspn(p, " ");
        uint32_t cp;
        ls_utf8_next(p, l, &cp);
        if (ls_utf8_len(p, l) >= 3 || ls_is_cjk(cp)) {
            char w[256];
            if (l + 3 <= sizeof w) {
                w[0] = ' ';
                memcpy(w + 1, p, l);
                w[l + 1] = ' ';
                w[l + 2] = 0;
                all++;
                found += strstr(b.data, w) != NULL;
            }
        }
        p += l;
        while (*p == ' ')
            p++;
    }
    free(hk);
    ls_buf_release(&b);
    return all ? (double)found / all : 0.0;
}

