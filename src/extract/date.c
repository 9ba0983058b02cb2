/*
 * date.c - publication dates in the forms pages write them (see date.h).
 *
 * Each recogniser looks at one starting offset and either consumes a whole
 * date (returning the end offset) or returns 0; ls_date_find() tries them at
 * each word start, so the scan is linear in practice.
 */
#include "extract/date.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "util/str.h"

typedef struct {
    int y, mo, d, h, mi, s;
    bool has_time, has_tz;
    int tz; /* minutes east */
} dt;

static bool is_digit(const char *s, size_t n, size_t i)
{
    return i < n && s[i] >= '0' && s[i] <= '9';
}

/* Reads up to max digits (at least 1); returns the count, 0 if none. */
static size_t digits(const char *s, size_t n, size_t i, size_t max, int *v)
{
    size_t k = 0;
    int x = 0;
    while (k < max && is_digit(s, n, i + k)) {
        x = x * 10 + (s[i + k] - '0');
        k++;
    }
    if (k && is_digit(s, n, i + k))
        return 0; /* a longer number is something else */
    *v = x;
    return k;
}

static bool lit(const char *s, size_t n, size_t i, const char *w)
{
    size_t l = strlen(w);
    return i + l <= n && memcmp(s + i, w, l) == 0;
}

static bool lit_nocase(const char *s, size_t n, size_t i, const char *w)
{
    size_t l = strlen(w);
    if (i + l > n)
        return false;
    for (size_t k = 0; k < l; k++)
        if (tolower((unsigned char)s[i + k]) != tolower((unsigned char)w[k]))
            return false;
    return true;
}

static size_t skip_sp(const char *s, size_t n, size_t i)
{
    for (;;) {
        if (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
            i++;
        else if (lit(s, n, i, "\xc2\xa0")) /* NBSP */
            i += 2;
        else if (lit(s, n, i, "\xe3\x80\x80")) /* U+3000 */
            i += 3;
        else
            return i;
    }
}

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static bool valid_day(int y, int m, int d)
{
    return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in(y, m);
}

static size_t parse_tz(const char *s, size_t n, size_t i, dt *t);

/* A zone in brackets after a time: "10:30 (GMT+7)". */
static size_t bracketed_tz(const char *s, size_t n, size_t i, dt *t)
{
    size_t j = skip_sp(s, n, i);
    if (j >= n || s[j] != '(' || !(lit(s, n, j + 1, "GMT") || lit(s, n, j + 1, "UTC")))
        return i;
    dt z = *t;
    size_t e = parse_tz(s, n, j + 1, &z);
    if (e == j + 1 || e >= n || s[e] != ')')
        return i;
    *t = z;
    return e + 1;
}

/* "Z", "+08:00", "+0800", "GMT", "UTC", "GMT+8" after a time. */
static size_t parse_tz(const char *s, size_t n, size_t i, dt *t)
{
    size_t b = bracketed_tz(s, n, i, t);
    if (b != i)
        return b;
    size_t j = skip_sp(s, n, i);
    if (j < n && s[j] == 'Z' && !isalpha((unsigned char)(j + 1 < n ? s[j + 1] : ' '))) {
        t->has_tz = true;
        t->tz = 0;
        return j + 1;
    }
    bool named = false;
    /* a zone's abbreviation, where it names one zone only (not CST or IST) */
    static const struct { const char *abbr; int minutes; } zones[] = {
        {"EST", -300}, {"EDT", -240}, {"CDT", -300}, {"MST", -420}, {"MDT", -360},
        {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480}, {"HST", -600},
        {"BST", 60},   {"CET", 60},   {"CEST", 120}, {"EET", 120},  {"EEST", 180},
        {"JST", 540},  {"KST", 540},  {"HKT", 480},  {"SGT", 480},  {"AEST", 600},
        {"AEDT", 660}, {"NZST", 720}, {"NZDT", 780}};
    for (size_t k = 0; j != i && k < sizeof zones / sizeof zones[0]; k++) {
        size_t l = strlen(zones[k].abbr);
        if (lit(s, n, j, zones[k].abbr) && !(j + l < n && isalpha((unsigned char)s[j + l]))) {
            t->has_tz = true;
            t->tz = zones[k].minutes;
            return j + l;
        }
    }
    if (lit(s, n, j, "GMT") || lit(s, n, j, "UTC")) {
        j += 3;
        named = true;
        t->has_tz = true;
        t->tz = 0;
    } else if (j != i && !(j < n && (s[j] == '+' || s[j] == '-'))) {
        return i;
    }
    if (j < n && (s[j] == '+' || s[j] == '-')) {
        int sign = s[j] == '-' ? -1 : 1, hh = 0, mm = 0;
        size_t k = 0;
        while (k < 4 && is_digit(s, n, j + 1 + k))
            k++;
        if (k == 4 && !is_digit(s, n, j + 5)) {
            hh = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
            mm = (s[j + 3] - '0') * 10 + (s[j + 4] - '0');
            j += 5;
        } else if (k >= 1 && k <= 2) {
            digits(s, n, j + 1, 2, &hh);
            j += 1 + k;
            if (j + 2 < n && s[j] == ':' && is_digit(s, n, j + 1) && is_digit(s, n, j + 2)) {
                mm = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
                j += 3;
            } else if (!named) {
                return i; /* "-5" alone is no zone */
            }
        } else {
            return named ? j : i;
        }
        if (hh > 14 || mm > 59)
            return named ? j : i;
        t->has_tz = true;
        t->tz = sign * (hh * 60 + mm);
    }
    return j;
}

/* hh:mm[:ss][.frac][ am|pm] or hh时mm分[ss秒]. */
static size_t parse_time(const char *s, size_t n, size_t i, dt *t)
{
    int h, m, sec = 0;
    /* 上午 (morning) or 下午, 晚上 (afternoon, evening) before the time */
    int half = 0;
    static const char *const am[] = {"上午", "凌晨", "早上"}, *const pm[] = {"下午", "晚上", "傍晚"};
    for (size_t q = 0; q < 3 && !half; q++) {
        if (lit(s, n, i, am[q]))
            half = 1;
        else if (lit(s, n, i, pm[q]))
            half = 2;
    }
    if (half)
        i = skip_sp(s, n, i + 6);
    size_t k = digits(s, n, i, 2, &h);
    if (!k)
        return 0;
    size_t j = i + k;
    bool zh = false;
    if (lit(s, n, j, ":"))
        j += 1;
    else if (j < n && s[j] == 'h' && is_digit(s, n, j + 1) && is_digit(s, n, j + 2))
        j += 1; /* "10h30", as French and Portuguese pages write it */
    else if (lit(s, n, j, "时") || lit(s, n, j, "點") || lit(s, n, j, "点")
             || lit(s, n, j, "時") || lit(s, n, j, "시")) {
        j = skip_sp(s, n, j + 3); /* (時 Japanese, 시 Korean; each three bytes) */
        zh = true;
    } else
        return 0;
    k = digits(s, n, j, 2, &m);
    if (k != 2 && !(zh && k == 1))
        return 0;
    j += k;
    if (zh && (lit(s, n, j, "分") || lit(s, n, j, "분")))
        j += 3;
    if (!zh && lit(s, n, j, ":") && digits(s, n, j + 1, 2, &sec) == 2) {
        j += 3;
        if (j < n && s[j] == '.' && is_digit(s, n, j + 1))
            for (j++; is_digit(s, n, j); j++)
                ;
    } else if (zh && digits(s, n, j, 2, &sec)) {
        size_t k2 = digits(s, n, j, 2, &sec);
        if (lit(s, n, j + k2, "秒"))
            j += k2 + 3;
        else
            sec = 0;
    }
    size_t a = skip_sp(s, n, j);
    if (lit_nocase(s, n, a, "am") || lit_nocase(s, n, a, "a.m.")) {
        if (h == 12)
            h = 0;
        j = a + (s[a + 1] == '.' ? 4 : 2);
    } else if (lit_nocase(s, n, a, "pm") || lit_nocase(s, n, a, "p.m.")) {
        if (h < 12)
            h += 12;
        j = a + (s[a + 1] == '.' ? 4 : 2);
    }
    if (half == 1 && h == 12)
        h = 0;
    else if (half == 2 && h < 12)
        h += 12;
    if (h > 23 || m > 59 || sec > 60)
        return 0;
    t->h = h;
    t->mi = m;
    t->s = sec;
    t->has_time = true;
    return j;
}

/* The length of a Chinese weekday at i (周三, 星期三, 礼拜三, 星期日,
 * 周日, 周天), 0 if none. */
static size_t zh_weekday(const char *s, size_t n, size_t i)
{
    static const char *const heads[] = {"星期", "礼拜", "周"};
    static const char *const days[] = {"一", "二", "三", "四", "五", "六", "日", "天"};
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        if (!lit(s, n, i, heads[h]))
            continue;
        size_t j = i + strlen(heads[h]);
        for (size_t d = 0; d < sizeof days / sizeof days[0]; d++)
            if (lit(s, n, j, days[d]))
                return j + strlen(days[d]) - i;
    }
    return 0;
}

/* After a date: an optional time (after T, spaces or "at", a Chinese
 * weekday: "2024年5月1日 周三 10:23", or a dash before the hour as a
 * government CMS writes it: "2024-03-15-17:02:33"), then a zone. */
static size_t parse_after(const char *s, size_t n, size_t i, dt *t)
{
    size_t j = i;
    if (j < n && s[j] == 'T')
        j++;
    else if (j + 3 < n && s[j] == '-' && isdigit((unsigned char)s[j + 1])
             && isdigit((unsigned char)s[j + 2]) && s[j + 3] == ':')
        j++;
    else {
        j = skip_sp(s, n, j);
        if (j < n && s[j] == ',')
            j = skip_sp(s, n, j + 1);
        /* "at", and the word other languages put there: à, às, a las,
         * alle, um, om, в */
        static const char *const at[] = {"at ", "à ", "às ", "a las ", "alle ", "um ", "om ",
                                          "в "};
        for (size_t a = 0; a < sizeof at / sizeof at[0]; a++)
            if (lit_nocase(s, n, j, at[a])) {
                j = skip_sp(s, n, j + strlen(at[a]));
                break;
            }
        size_t w = zh_weekday(s, n, j);
        if (w)
            j = skip_sp(s, n, j + w);
    }
    size_t e = parse_time(s, n, j, t);
    if (!e)
        return i;
    return parse_tz(s, n, e, t);
}

/* 2024-05-01, 2024/5/1, 2024.05.01, 2024年5月1日 */
static size_t parse_ymd(const char *s, size_t n, size_t i, dt *t)
{
    int y, m, d;
    if (digits(s, n, i, 4, &y) != 4)
        return 0;
    size_t j = i + 4;
    bool zh = lit(s, n, j, "年") || lit(s, n, j, "년"); /* (Korean 년 월 일 alike) */
    char sep = zh ? 0 : (j < n ? s[j] : 0);
    /* the year set apart from month and day: "2024 05/01" (a news agency's
     * header prints the year above "05/01") */
    bool apart = !zh && sep == ' ';
    if (zh || apart)
        j = skip_sp(s, n, j + (zh ? 3 : 0));
    else if (sep == '-' || sep == '/' || sep == '.')
        j++;
    else
        return 0;
    size_t k = digits(s, n, j, 2, &m);
    if (!k || (apart && k != 2))
        return 0;
    j += k;
    if (zh) {
        if (!lit(s, n, j, "月") && !lit(s, n, j, "월"))
            return 0;
        j = skip_sp(s, n, j + 3);
    } else if (apart) {
        j = skip_sp(s, n, j);
        if (j >= n || s[j] != '/') /* ("in 2024 10-15 people" is no date) */
            return 0;
        j = skip_sp(s, n, j + 1);
        if (!is_digit(s, n, j) || !is_digit(s, n, j + 1) || is_digit(s, n, j + 2)
            || (j + 2 < n && s[j + 2] == '/'))
            return 0;
    } else if (j < n && s[j] == sep) {
        j++;
    } else {
        return 0;
    }
    k = digits(s, n, j, 2, &d);
    if (!k)
        return 0;
    j += k;
    if (zh && (lit(s, n, j, "日") || lit(s, n, j, "号") || lit(s, n, j, "일")))
        j += 3;
    if (!valid_day(y, m, d))
        return 0;
    t->y = y;
    t->mo = m;
    t->d = d;
    return parse_after(s, n, j, t);
}

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

/* Month names in the other languages pages are written in, where they do
 * not begin as the English ones do (German, French, Spanish, Portuguese,
 * Italian, Dutch; Russian in the genitive a date takes), and the
 * abbreviations written with a full stop ("Okt.", "févr."). */
static const struct { const char *name; int month; } foreign_months[] = {
    {"januar", 1}, {"janvier", 1}, {"janv.", 1}, {"enero", 1}, {"ene.", 1}, {"janeiro", 1},
    {"gennaio", 1}, {"januari", 1}, {"jän.", 1}, {"jänner", 1}, {"января", 1},
    {"februar", 2}, {"février", 2}, {"févr.", 2}, {"febrero", 2}, {"fevereiro", 2},
    {"febbraio", 2}, {"februari", 2}, {"февраля", 2},
    {"märz", 3}, {"mär.", 3}, {"mars", 3}, {"marzo", 3}, {"março", 3}, {"maart", 3},
    {"марта", 3},
    {"avril", 4}, {"avr.", 4}, {"abril", 4}, {"abr.", 4}, {"aprile", 4}, {"апреля", 4},
    {"mai", 5}, {"mayo", 5}, {"maio", 5}, {"maggio", 5}, {"mei", 5}, {"мая", 5},
    {"juni", 6}, {"juin", 6}, {"junio", 6}, {"junho", 6}, {"giugno", 6}, {"июня", 6},
    {"juli", 7}, {"juillet", 7}, {"juil.", 7}, {"julio", 7}, {"julho", 7}, {"luglio", 7},
    {"июля", 7},
    {"août", 8}, {"agosto", 8}, {"ago.", 8}, {"augustus", 8}, {"августа", 8},
    {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9}, {"setembro", 9},
    {"settembre", 9}, {"set.", 9}, {"сентября", 9},
    {"oktober", 10}, {"okt.", 10}, {"octobre", 10}, {"octubre", 10}, {"outubro", 10},
    {"ottobre", 10}, {"out.", 10}, {"октября", 10},
    {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"ноября", 11},
    {"dezember", 12}, {"dez.", 12}, {"décembre", 12}, {"déc.", 12}, {"diciembre", 12},
    {"dic.", 12}, {"dezembro", 12}, {"dicembre", 12}, {"декабря", 12},
};

/* A month name at i ("Sep", "September", "Sept.", "Mai", "juillet",
 * "мая"); returns its length. */
static size_t month_name(const char *s, size_t n, size_t i, int *m)
{
    if (i > 0 && isalpha((unsigned char)s[i - 1]))
        return 0;
    for (int k = 0; k < 12; k++) {
        if (!lit_nocase(s, n, i, months[k]))
            continue;
        size_t j = i + 3;
        while (j < n && isalpha((unsigned char)s[j]))
            j++;
        if (j - i > 9 || (j < n && (unsigned char)s[j] >= 0x80))
            break; /* (a longer word, or one going on in letters not ASCII) */
        if (j < n && s[j] == '.')
            j++;
        *m = k + 1;
        return j - i;
    }
    for (size_t k = 0; k < sizeof foreign_months / sizeof foreign_months[0]; k++) {
        const char *w = foreign_months[k].name;
        size_t l = strlen(w);
        if (!lit_nocase(s, n, i, w))
            continue;
        /* a whole word: no letter follows (an abbreviation ends in its stop) */
        if (w[l - 1] != '.' && i + l < n
            && (isalpha((unsigned char)s[i + l]) || (unsigned char)s[i + l] >= 0x80))
            continue;
        *m = foreign_months[k].month;
        return l;
    }
    return 0;
}

/* May 1, 2024 / May 1st 2024 / 1 May 2024 / Thu, 01 May 2024 */
static size_t parse_english(const char *s, size_t n, size_t i, dt *t)
{
    int m, d, y;
    size_t k, j;
    if ((k = month_name(s, n, i, &m))) {
        j = skip_sp(s, n, i + k);
        if (!(k = digits(s, n, j, 2, &d)))
            return 0;
        j += k;
        if (lit_nocase(s, n, j, "st") || lit_nocase(s, n, j, "nd") || lit_nocase(s, n, j, "rd")
            || lit_nocase(s, n, j, "th"))
            j += 2;
        if (j < n && s[j] == ',')
            j++;
        j = skip_sp(s, n, j);
    } else if ((k = digits(s, n, i, 2, &d))) {
        j = i + k;
        if (lit_nocase(s, n, j, "st") || lit_nocase(s, n, j, "nd") || lit_nocase(s, n, j, "rd")
            || lit_nocase(s, n, j, "th"))
            j += 2;
        else if (j + 1 < n && s[j] == '.' && s[j + 1] == ' ')
            j++; /* the day as written in German and Nordic forms: "11. Sep 2024" */
        j = skip_sp(s, n, j);
        if (j == i + k && !(j < n && s[j] == '-'))
            return 0;
        if (j < n && s[j] == '-')
            j++;
        else if (lit(s, n, j, "de "))
            j = skip_sp(s, n, j + 3); /* "2 de mayo de 2024" */
        if (!(k = month_name(s, n, j, &m)))
            return 0;
        j += k;
        if (j < n && (s[j] == ',' || s[j] == '-'))
            j++;
        j = skip_sp(s, n, j);
        if (lit(s, n, j, "de "))
            j = skip_sp(s, n, j + 3);
        else if (lit(s, n, j, "del "))
            j = skip_sp(s, n, j + 4);
    } else {
        return 0;
    }
    if (digits(s, n, j, 4, &y) != 4 || !valid_day(y, m, d))
        return 0;
    t->y = y;
    t->mo = m;
    t->d = d;
    return parse_after(s, n, j + 4, t);
}

/* 05/01/2024 (US), 25/12/2024 (day first when unambiguous, or when the
 * page's language writes the day first) */
static size_t parse_mdy(const char *s, size_t n, size_t i, const ls_date_ctx *c, dt *t)
{
    int a, b, y;
    size_t k1 = digits(s, n, i, 2, &a), j = i + k1;
    if (!k1 || j >= n || (s[j] != '/' && s[j] != '.' && s[j] != '-'))
        return 0;
    char sep = s[j++];
    size_t k2 = digits(s, n, j, 2, &b);
    if (!k2 || j + k2 >= n || s[j + k2] != sep)
        return 0;
    j += k2 + 1;
    if (digits(s, n, j, 4, &y) != 4)
        return 0;
    int m = a, d = b;
    if (a > 12 || sep == '.' || (c->day_first && b <= 12)) { /* 25.12.2024 is day first */
        m = b;
        d = a;
    }
    if (!valid_day(y, m, d))
        return 0;
    t->y = y;
    t->mo = m;
    t->d = d;
    return parse_after(s, n, j + 4, t);
}

static void from_epoch(int64_t secs, int tz, dt *t)
{
    time_t tt = (time_t)(secs + (int64_t)tz * 60);
    struct tm tm;
    gmtime_r(&tt, &tm);
    t->y = tm.tm_year + 1900;
    t->mo = tm.tm_mon + 1;
    t->d = tm.tm_mday;
    t->h = tm.tm_hour;
    t->mi = tm.tm_min;
    t->s = tm.tm_sec;
}

/* Does a word or a run of Han characters go on at i (no space, digit or
 * punctuation in between)? */
static bool word_goes_on(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return false;
    unsigned char ch = (unsigned char)s[i];
    if (ch < 0x80)
        return isalpha(ch) || ch == '\'';
    uint32_t cp;
    ls_utf8_next(s + i, n - i, &cp);
    return ls_is_cjk(cp) && !ls_is_cjk_punct(cp) && !(cp >= 0x3000 && cp <= 0x303F)
        && !(cp >= 0xFF00 && cp <= 0xFFEF);
}

/* 3小时前, 3 hours ago, 刚刚, 昨天 10:23, yesterday */
static size_t parse_relative(const char *s, size_t n, size_t i, const ls_date_ctx *c, dt *t)
{
    int tz = c->have_tz ? c->tz_minutes : 0;
    int v = 0;
    size_t k = digits(s, n, i, 4, &v), j = i + k;
    int64_t unit = 0;
    bool instant = false; /* now less a span: one instant, its zone known */
    if (k) {
        size_t a = skip_sp(s, n, j);
        static const struct { const char *w; int64_t u; } units[] = {
            {"秒前", 1}, {"秒钟前", 1}, {"分钟前", 60}, {"分鐘前", 60}, {"小时前", 3600},
            {"小時前", 3600}, {"天前", 86400}, {"日前", 86400},
            {"seconds ago", 1}, {"minutes ago", 60}, {"minute ago", 60}, {"mins ago", 60},
            {"hours ago", 3600}, {"hour ago", 3600}, {"days ago", 86400}, {"day ago", 86400},
        };
        for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
            if (lit_nocase(s, n, a, units[u].w)) {
                unit = units[u].u;
                j = a + strlen(units[u].w);
                break;
            }
        }
        if (!unit)
            return 0;
        from_epoch(c->now - (int64_t)v * unit, tz, t);
        t->has_time = unit < 86400;
        instant = true;
    } else if (lit(s, n, i, "刚刚")) {
        if (word_goes_on(s, n, i + 6))
            return 0; /* 刚刚过去的一年: prose */
        from_epoch(c->now, tz, t);
        t->has_time = true;
        j = i + 6;
        instant = true;
    } else {
        int back;
        if (lit(s, n, i, "今天")) back = 0, j = i + 6;
        else if (lit(s, n, i, "昨天")) back = 1, j = i + 6;
        else if (lit(s, n, i, "前天")) back = 2, j = i + 6;
        else if (lit_nocase(s, n, i, "yesterday")) back = 1, j = i + 9;
        else
            return 0;
        from_epoch(c->now - (int64_t)back * 86400, tz, t);
        t->has_time = false;
        dt tm = *t;
        size_t e = parse_time(s, n, skip_sp(s, n, j), &tm);
        if (e) {
            *t = tm;
            j = e;
        } else if (word_goes_on(s, n, j)) {
            return 0; /* 昨天去了…, "yesterday's": a sentence, not a time stamp */
        }
    }
    /* an instant is written in the page's zone when it has one, else in
     * UTC; a clock time of a day before is the page's, its zone unknown
     * without one */
    if ((instant || c->have_tz) && t->has_time) {
        t->has_tz = true;
        t->tz = tz;
    }
    return j;
}

/* 5月1日 without a year, or a feed's "05-01 10:23" (only with its time): the
 * most recent such day not after tomorrow. */
static size_t parse_md_zh(const char *s, size_t n, size_t i, const ls_date_ctx *c, dt *t)
{
    int m, d;
    size_t k = digits(s, n, i, 2, &m), j = i + k;
    if (k == 2 && j < n && (s[j] == '-' || s[j] == '/') && !(i > 0 && (is_digit(s, n, i - 1)
                                                                   || s[i - 1] == '-'
                                                                   || s[i - 1] == '/'))) {
        /* a feed's "05-01 10:23": month and day of this year, with the
         * time (without it the numbers may be anything) */
        if (digits(s, n, j + 1, 2, &d) != 2 || (j + 3 < n && (is_digit(s, n, j + 3)
                                                          || s[j + 3] == '-' || s[j + 3] == '/')))
            return 0;
        dt probe;
        memset(&probe, 0, sizeof probe);
        size_t a = skip_sp(s, n, j + 3);
        if (a == j + 3 || !parse_time(s, n, a, &probe))
            return 0;
        j += 3;
    } else {
        if (!k || !lit(s, n, j, "月"))
            return 0;
        j += 3;
        if (!(k = digits(s, n, j, 2, &d)))
            return 0;
        j += k;
        if (!lit(s, n, j, "日") && !lit(s, n, j, "号"))
            return 0;
        j += 3;
    }
    dt now;
    from_epoch(c->now + 86400, c->have_tz ? c->tz_minutes : 0, &now);
    int y = now.y;
    if (m > now.mo || (m == now.mo && d > now.d))
        y--;
    if (!valid_day(y, m, d))
        return 0;
    t->y = y;
    t->mo = m;
    t->d = d;
    return parse_after(s, n, j, t);
}

static void format(const dt *t, const ls_date_ctx *c, char *out)
{
    if (!t->has_time) {
        snprintf(out, LS_DATE_MAX, "%04d-%02d-%02d", t->y, t->mo, t->d);
        return;
    }
    int n = snprintf(out, LS_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02d", t->y, t->mo, t->d,
                     t->h, t->mi, t->s);
    bool tz = t->has_tz || (c && c->have_tz);
    int off = t->has_tz ? t->tz : (c ? c->tz_minutes : 0);
    if (!tz || n < 0 || n >= LS_DATE_MAX)
        return;
    if (off == 0)
        snprintf(out + n, LS_DATE_MAX - n, "Z");
    else
        snprintf(out + n, LS_DATE_MAX - n, "%c%02d:%02d", off < 0 ? '-' : '+',
                 (off < 0 ? -off : off) / 60, (off < 0 ? -off : off) % 60);
}

/* The time before the day ("10:23 AM EDT May 1, 2024", "3:15 PM EDT, Wed
 * May 1, 2024"): the day written after its time, with that time. */
static size_t parse_time_first(const char *s, size_t n, size_t i, dt *t)
{
    dt tt;
    memset(&tt, 0, sizeof tt);
    size_t j = parse_time(s, n, i, &tt);
    if (!j || (i > 0 && (is_digit(s, n, i - 1) || s[i - 1] == ':')))
        return 0;
    j = parse_tz(s, n, j, &tt);
    j = skip_sp(s, n, j);
    if (j < n && s[j] == ',')
        j = skip_sp(s, n, j + 1);
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (size_t k = 0; k < 7; k++)
        if (lit_nocase(s, n, j, days[k])) {
            size_t w = j + 3;
            while (w < n && isalpha((unsigned char)s[w]))
                w++;
            if (w < n && s[w] == ',')
                w++;
            j = skip_sp(s, n, w);
            break;
        }
    size_t e = parse_english(s, n, j, t);
    if (!e) {
        memset(t, 0, sizeof *t);
        e = parse_ymd(s, n, j, t);
    }
    if (!e || t->has_time) {
        memset(t, 0, sizeof *t);
        return 0;
    }
    t->h = tt.h;
    t->mi = tt.mi;
    t->s = tt.s;
    t->has_time = true;
    t->has_tz = tt.has_tz;
    t->tz = tt.tz;
    return e;
}

/* A year of the Republic of China, as Taiwan writes dates: 民國113年5月2日
 * is 2024年5月2日 (the era began in 1912). */
static size_t parse_minguo(const char *s, size_t n, size_t i, dt *t)
{
    if (!lit(s, n, i, "民國") && !lit(s, n, i, "民国"))
        return 0;
    size_t j = skip_sp(s, n, i + 6);
    int y;
    size_t k = digits(s, n, j, 3, &y);
    if (!k || !lit(s, n, j + k, "年") || y < 1)
        return 0;
    char buf[80];
    size_t rest = n - (j + k) < sizeof buf - 5 ? n - (j + k) : sizeof buf - 5;
    snprintf(buf, sizeof buf, "%04d", y + 1911);
    memcpy(buf + 4, s + j + k, rest);
    size_t e = parse_ymd(buf, 4 + rest, 0, t);
    return e ? j + k + (e - 4) : 0;
}

static size_t try_at(const char *s, size_t n, size_t i, const ls_date_ctx *c, dt *t)
{
    size_t e;
    memset(t, 0, sizeof *t);
    if ((e = parse_ymd(s, n, i, t)))
        return e;
    memset(t, 0, sizeof *t);
    if ((e = parse_minguo(s, n, i, t)))
        return e;
    memset(t, 0, sizeof *t);
    if ((e = parse_time_first(s, n, i, t)))
        return e;
    memset(t, 0, sizeof *t);
    if ((e = parse_english(s, n, i, t)))
        return e;
    memset(t, 0, sizeof *t);
    if ((e = parse_mdy(s, n, i, c, t)))
        return e;
    memset(t, 0, sizeof *t);
    if (!c->need_year && (e = parse_md_zh(s, n, i, c, t)))
        return e;
    memset(t, 0, sizeof *t);
    return c->no_relative ? 0 : parse_relative(s, n, i, c, t);
}

/* A Chinese numeral's value (〇 一 … 九; 零 and ○ for zero), else -1. */
static int zh_digit(uint32_t cp)
{
    static const uint32_t d[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
    if (cp == 0x96F6 || cp == 0x25CB)
        return 0;
    for (int k = 0; k < 10; k++)
        if (d[k] == cp)
            return k;
    return -1;
}

/* The ASCII a full-width digit or date sign stands for, else 0. */
static char wide_ascii(uint32_t cp)
{
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (char)('0' + (cp - 0xFF10));
    switch (cp) {
    case 0xFF1A: return ':';
    case 0xFF0D: return '-';
    case 0xFF0F: return '/';
    case 0xFF0E: return '.';
    case 0x3000: return ' ';
    default: return 0;
    }
}

/* A date written in full-width digits (２０２４年５月１日 １０：２３) or in
 * Chinese numerals (二〇二四年五月一日, the way official documents date
 * themselves), read at s[i]: the text up to 48 bytes on is rewritten in
 * ASCII digits into a buffer, whose parse maps back to an end in s.
 * Numerals count only as a whole date that starts with a four-numeral
 * year, so that 三月五日 in a sentence stays words. */
static size_t try_folded(const char *s, size_t n, size_t i, const ls_date_ctx *c, dt *t)
{
    char buf[64];
    size_t map[65], bl = 0, j = i;
    uint32_t cp;
    ls_utf8_next(s + i, n - i, &cp);
    bool numerals = zh_digit(cp) >= 0;
    if (!numerals && !wide_ascii(cp))
        return 0;
    int year_numerals = 0;
    bool in_year = numerals;
    while (j < n && j - i < 48 && bl + 4 < sizeof buf) {
        size_t k = ls_utf8_next(s + j, n - j, &cp);
        char a = wide_ascii(cp);
        int z = numerals ? zh_digit(cp) : -1;
        if (numerals && (z >= 0 || cp == 0x5341)) { /* a run of numerals, 十 included */
            size_t r = j;
            int v = 0, tens = -1, count = 0;
            bool ten = false;
            while (r < n) {
                uint32_t c2;
                size_t k2 = ls_utf8_next(s + r, n - r, &c2);
                int z2 = zh_digit(c2);
                if (c2 == 0x5341 && !ten) {
                    tens = count ? v : 1;
                    v = 0;
                    ten = true;
                } else if (z2 >= 0) {
                    v = ten ? z2 : v * 10 + z2;
                    count++;
                } else {
                    break;
                }
                r += k2;
            }
            if (ten)
                v += tens * 10;
            if (in_year)
                year_numerals = ten ? 0 : count;
            in_year = false;
            int w = snprintf(buf + bl, sizeof buf - bl, "%d", v);
            if (w <= 0 || bl + (size_t)w >= sizeof buf - 4)
                break;
            for (int q = 0; q < w; q++)
                map[bl + (size_t)q] = j;
            bl += (size_t)w;
            j = r;
            continue;
        }
        if (a) {
            map[bl] = j;
            buf[bl++] = a;
        } else if (cp < 0x80 || cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5 || cp == 0x53F7
                   || cp == 0x65F6 || cp == 0x5206 || cp == 0x79D2) {
            /* ASCII, or 年 月 日 号 时 分 秒 as they are */
            for (size_t q = 0; q < k; q++) {
                map[bl] = j + q;
                buf[bl++] = s[j + q];
            }
        } else {
            break;
        }
        j += k;
    }
    map[bl] = j;
    if (numerals && year_numerals != 4)
        return 0;
    size_t e = parse_ymd(buf, bl, 0, t);
    if (!e && !numerals) {
        memset(t, 0, sizeof *t);
        e = try_at(buf, bl, 0, c, t);
    }
    return e ? map[e] : 0;
}

bool ls_date_find(const char *s, size_t n, const ls_date_ctx *ctx, char *out, size_t *at,
                  size_t *end)
{
    ls_date_ctx zero = {0};
    const ls_date_ctx *c = ctx ? ctx : &zero;
    dt t;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        bool prev_alnum = i > 0 && isalnum((unsigned char)s[i - 1]);
        if (prev_alnum || (ch & 0xC0) == 0x80)
            continue; /* only at word and character starts */
        if (!isalnum(ch) && ch < 0x80)
            continue;
        size_t e = try_at(s, n, i, c, &t);
        if (!e && ch >= 0x80) {
            memset(&t, 0, sizeof t);
            e = try_folded(s, n, i, c, &t);
        }
        if (!e)
            continue;
        format(&t, c, out);
        if (at)
            *at = i;
        if (end)
            *end = e;
        return true;
    }
    return false;
}

bool ls_date_parse(const char *s, const ls_date_ctx *ctx, char *out)
{
    if (!s)
        return false;
    size_t n = strlen(s), i = skip_sp(s, n, 0);
    ls_date_ctx zero = {0};
    dt t;
    /* a weekday may come first: "Thu, 01 May 2024" */
    for (int pass = 0; pass < 2; pass++) {
        if (try_at(s, n, i, ctx ? ctx : &zero, &t)) {
            format(&t, ctx, out);
            return true;
        }
        size_t w = i;
        while (i < n && isalpha((unsigned char)s[i]))
            i++;
        if (i - w < 3 || i >= n || s[i] != ',')
            return false; /* only a weekday may come first */
        i = skip_sp(s, n, i + 1);
    }
    return false;
}

bool ls_date_lang_zone(const char *lang, ls_date_ctx *ctx)
{
    if (!lang)
        return false;
    if (!strncasecmp(lang, "zh", 2))
        ctx->tz_minutes = 480;
    else if (!strncasecmp(lang, "ja", 2) || !strncasecmp(lang, "ko", 2))
        ctx->tz_minutes = 540;
    else
        return false;
    ctx->have_tz = true;
    return true;
}

bool ls_date_from_epoch(int64_t secs, const ls_date_ctx *ctx, char *out)
{
    /* 1990 to 2100: a count of seconds outside is no publication time */
    if (secs < 631152000 || secs > 4102444800)
        return false;
    int tz = ctx && ctx->have_tz ? ctx->tz_minutes : 0;
    dt t = {0};
    from_epoch(secs, tz, &t);
    t.has_time = t.has_tz = true;
    t.tz = tz;
    format(&t, ctx, out);
    return true;
}
