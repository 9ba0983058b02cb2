/*
 * date.h - finds a publication date in a string and writes it as ISO 8601.
 *
 * Understood forms (the first one found in the string wins):
 *   2024-05-01T10:23:45Z / +08:00 / +0800   (ISO 8601, RFC 3339)
 *   2024-05-01 10:23[:45], 2024/05/01, 2024.05.01, 2024-5-1
 *   2024年5月1日 10时23分[45秒], 2024年5月1日 10:23, 5月1日 (year taken from now),
 *   2024년 5월 1일
 *   any of these in full-width digits (２０２４年５月１日 １０：２３)
 *   二〇二四年五月一日 (Chinese numerals, a four-numeral year first)
 *   May 1, 2024 [10:23 AM]; 1 May 2024; Thu, 01 May 2024 10:23:00 GMT
 *   05/01/2024 (US order, unless the first number is above 12 or
 *              ctx->day_first)
 *   2. Mai 2024, 2 mai 2024 à 10h30, 2 de mayo de 2024, 2 мая 2024 (month
 *              names of German, French, Spanish, Portuguese, Italian, Dutch
 *              and Russian)
 *   民國113年5月2日 (a Republic of China year); 10時30分, 10시 30분;
 *   a zone in brackets, "10:30 (GMT+7)"
 *   relative: 3分钟前, 3小时前, 2天前, 刚刚, 今天 10:23, 昨天, 前天,
 *             3 hours ago, 2 days ago, yesterday
 *
 * Output: "YYYY-MM-DD" when only the day is known, else
 * "YYYY-MM-DDTHH:MM:SS" followed by the page's zone ("Z", "+08:00"). The zone
 * is the one written in the string, else ctx->tz_minutes when ctx->have_tz
 * (the extractor sets +08:00 for Chinese pages), else none.
 * Relative forms are resolved against ctx->now (seconds since the epoch) in
 * that zone (UTC when none).
 *
 * Pure functions over caller memory; nothing allocated.
 */
#ifndef LS_EXTRACT_DATE_H
#define LS_EXTRACT_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LS_DATE_MAX 32 /* bytes for the output, NUL included */

typedef struct ls_date_ctx {
    int64_t now;     /* for relative dates and 5月1日 without a year */
    bool have_tz;    /* default zone when the text names none */
    int tz_minutes;  /* east of UTC, e.g. 480 for +08:00 */
    bool need_year;  /* refuse 5月1日 without a year (relative forms stay) */
    bool no_relative; /* refuse relative forms (3小时前, yesterday) too */
    bool day_first;  /* 02/05/2024 is the 2nd of May (the page's language
                        writes the day first) */
} ls_date_ctx;

/* Finds the first date in s[0..n). Returns true and writes out (at least
 * LS_DATE_MAX bytes); at and end (if not NULL) get the byte range matched. */
bool ls_date_find(const char *s, size_t n, const ls_date_ctx *ctx, char *out,
                  size_t *at, size_t *end);

/* Like ls_date_find() but only when the date starts the string (after
 * spaces): for machine values such as meta content and JSON-LD. */
bool ls_date_parse(const char *s, const ls_date_ctx *ctx, char *out);

/* Sets the zone a page in this language (a tag such as "zh-CN") writes its
 * times in when it names none: China's +08:00, Japan's and Korea's +09:00
 * (neither keeps summer time). False, ctx unchanged, for other languages. */
bool ls_date_lang_zone(const char *lang, ls_date_ctx *ctx);

/* Writes a time given in seconds since the epoch in the context's zone
 * (UTC when none). False for a count outside 1990-2100. */
bool ls_date_from_epoch(int64_t secs, const ls_date_ctx *ctx, char *out);

#endif
