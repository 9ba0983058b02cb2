/* Dates in the forms Chinese and English pages write them. */
#include "extract/date.h"
#include "harness.h"

/* 2024-05-10T12:00:00Z */
#define NOW 1715342400

static const char *find(const char *s, bool zh)
{
    static char out[LS_DATE_MAX];
    ls_date_ctx c = {.now = NOW, .have_tz = zh, .tz_minutes = zh ? 480 : 0};
    if (!ls_date_find(s, strlen(s), &c, out, NULL, NULL))
        return "(none)";
    return out;
}

TEST(date_iso_with_zone_kept)
{
    CHECK_STR_EQ(find("2024-05-01T10:23:45+08:00", false), "2024-05-01T10:23:45+08:00");
    CHECK_STR_EQ(find("2024-05-01T02:23:45Z", true), "2024-05-01T02:23:45Z");
    CHECK_STR_EQ(find("2024-05-01T10:23:45.123-0500", false), "2024-05-01T10:23:45-05:00");
}

TEST(date_dash_space_time_gets_china_zone)
{
    CHECK_STR_EQ(find("发布时间：2024-05-01 10:23", true), "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(find("2024-05-01 10:23", false), "2024-05-01T10:23:00");
}

TEST(date_from_seconds_since_the_epoch)
{
    char out[LS_DATE_MAX];
    ls_date_ctx zh = {.now = NOW, .have_tz = true, .tz_minutes = 480}, none = {.now = NOW};
    CHECK(ls_date_from_epoch(1714530180, &zh, out));
    CHECK_STR_EQ(out, "2024-05-01T10:23:00+08:00");
    CHECK(ls_date_from_epoch(1714530180, &none, out));
    CHECK_STR_EQ(out, "2024-05-01T02:23:00Z");
    /* a count that is no publication time (a counter, milliseconds) */
    CHECK(!ls_date_from_epoch(12345, &zh, out));
    CHECK(!ls_date_from_epoch(1714530180000LL, &zh, out));
}

TEST(date_zone_by_the_pages_language)
{
    char out[LS_DATE_MAX];
    ls_date_ctx c = {.now = NOW};
    CHECK(ls_date_lang_zone("zh-CN", &c));
    CHECK(ls_date_parse("2024-05-01 10:23", &c, out));
    CHECK_STR_EQ(out, "2024-05-01T10:23:00+08:00");
    CHECK(ls_date_lang_zone("ko", &c));
    CHECK(ls_date_parse("2024-05-01 10:23", &c, out));
    CHECK_STR_EQ(out, "2024-05-01T10:23:00+09:00");
    CHECK(ls_date_lang_zone("JA", &c));
    CHECK(c.have_tz && c.tz_minutes == 540);
    /* other languages name no zone and leave the one set */
    CHECK(!ls_date_lang_zone("en-US", &c));
    CHECK(!ls_date_lang_zone(NULL, &c));
    CHECK(c.have_tz && c.tz_minutes == 540);
    ls_date_ctx none = {.now = NOW};
    CHECK(!ls_date_lang_zone("de", &none));
    CHECK(!none.have_tz);
}

TEST(date_slash_dot_and_short_forms)
{
    CHECK_STR_EQ(find("2024/05/01", true), "2024-05-01");
    CHECK_STR_EQ(find("时间: 2024.05.01", true), "2024-05-01");
    CHECK_STR_EQ(find("2005-3-11 12:12", true), "2005-03-11T12:12:00+08:00");
}

TEST(date_chinese_full_form)
{
    CHECK_STR_EQ(find("2024年5月1日 10时23分", true), "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(find("2024年05月01日10:23:09", true), "2024-05-01T10:23:09+08:00");
    CHECK_STR_EQ(find("（2022年02月13日 02版）", true), "2022-02-13");
}

TEST(date_chinese_without_year_uses_now)
{
    CHECK_STR_EQ(find("5月1日", true), "2024-05-01");
    /* a day after today is last year's */
    CHECK_STR_EQ(find("12月30日", true), "2023-12-30");
}

TEST(date_relative_chinese_and_english)
{
    CHECK_STR_EQ(find("3小时前", true), "2024-05-10T17:00:00+08:00");
    CHECK_STR_EQ(find("30分钟前", false), "2024-05-10T11:30:00Z");
    CHECK_STR_EQ(find("2天前", true), "2024-05-08");
    CHECK_STR_EQ(find("昨天 08:15", true), "2024-05-09T08:15:00+08:00");
    CHECK_STR_EQ(find("posted 3 hours ago", false), "2024-05-10T09:00:00Z");
    CHECK_STR_EQ(find("Yesterday", false), "2024-05-09");
    /* a span back from now is an instant, in UTC where the page gives no
     * zone; a clock time of yesterday is the page's own, zone unknown */
    CHECK_STR_EQ(find("刚刚", false), "2024-05-10T12:00:00Z");
    CHECK_STR_EQ(find("昨天 08:15", false), "2024-05-09T08:15:00");
}

TEST(date_english_month_names)
{
    CHECK_STR_EQ(find("Published May 1, 2024", false), "2024-05-01");
    CHECK_STR_EQ(find("September 4th, 2025 at 10:23 pm", false), "2025-09-04T22:23:00");
    CHECK_STR_EQ(find("Updated 1 Sept 2025", false), "2025-09-01");
    CHECK_STR_EQ(find("04-Sep-2025", false), "2025-09-04");
    CHECK_STR_EQ(find("11. Sep 2024, 22:05", false), "2024-09-11T22:05:00");
    CHECK_STR_EQ(find("Version 11. Released", false), "(none)");
}

TEST(date_rfc2822_via_parse)
{
    char out[LS_DATE_MAX];
    ls_date_ctx c = {.now = NOW};
    CHECK(ls_date_parse("Thu, 01 May 2024 10:23:00 GMT", &c, out));
    CHECK_STR_EQ(out, "2024-05-01T10:23:00Z");
    CHECK(ls_date_parse("  2024-05-01", &c, out));
    CHECK_STR_EQ(out, "2024-05-01");
    CHECK(!ls_date_parse("the 2024-05-01 meeting", &c, out));
}

TEST(date_zone_abbreviations)
{
    char out[LS_DATE_MAX];
    ls_date_ctx c = {.now = NOW};
    CHECK(ls_date_parse("Jul 24, 2025 9:00 am PDT", &c, out));
    CHECK_STR_EQ(out, "2025-07-24T09:00:00-07:00");
    CHECK(ls_date_parse("January 5, 2025 at 6:30 p.m. EST", &c, out));
    CHECK_STR_EQ(out, "2025-01-05T18:30:00-05:00");
    CHECK(ls_date_parse("2025-03-01 14:00 CET", &c, out));
    CHECK_STR_EQ(out, "2025-03-01T14:00:00+01:00");
    /* CST names three zones (China's among them): no offset is guessed */
    CHECK(ls_date_parse("2025-03-01 14:00 CST", &c, out));
    CHECK_STR_EQ(out, "2025-03-01T14:00:00");
    /* a word that starts like a zone is none */
    CHECK(ls_date_parse("2025-03-01 14:00 ESTATE", &c, out));
    CHECK_STR_EQ(out, "2025-03-01T14:00:00");
}

TEST(date_us_and_day_first)
{
    CHECK_STR_EQ(find("05/01/2024", false), "2024-05-01");
    CHECK_STR_EQ(find("25/12/2024", false), "2024-12-25");
    CHECK_STR_EQ(find("25.12.2024", false), "2024-12-25");
}

TEST(date_rejects_non_dates)
{
    CHECK_STR_EQ(find("共12345678人浏览", true), "(none)");
    CHECK_STR_EQ(find("ISBN 978-7-111", false), "(none)");
    CHECK_STR_EQ(find("2024-13-01", false), "(none)");
    CHECK_STR_EQ(find("2023-02-29", false), "(none)");
    CHECK_STR_EQ(find("phone 010-8888-1234", false), "(none)");
    CHECK_STR_EQ(find("v12024-05-01", false), "(none)");
}

TEST(date_find_reports_range)
{
    char out[LS_DATE_MAX];
    size_t at = 0, end = 0;
    ls_date_ctx c = {.now = NOW};
    const char *s = "by Jo on 2024-05-01 in news";
    CHECK(ls_date_find(s, strlen(s), &c, out, &at, &end));
    CHECK_INT_EQ(at, 9);
    CHECK_INT_EQ(end, 19);
}

TEST(date_no_relative_refuses_relative_forms)
{
    ls_date_ctx c = {.now = 1715342400, .no_relative = true};
    char out[LS_DATE_MAX];
    CHECK(!ls_date_find("3小时前", strlen("3小时前"), &c, out, NULL, NULL));
    CHECK(!ls_date_find("yesterday", 9, &c, out, NULL, NULL));
    CHECK(ls_date_find("Updated May 2, 2024", 19, &c, out, NULL, NULL));
    CHECK_STR_EQ(out, "2024-05-02");
}

TEST(date_relative_day_word_inside_prose_is_no_date)
{
    CHECK_STR_EQ(find("昨天去金矿玩", true), "(none)");
    CHECK_STR_EQ(find("刚刚过去的一年", true), "(none)");
    CHECK_STR_EQ(find("Yesterday's storm closed the road", false), "(none)");
    CHECK_STR_EQ(find("yesterday", false), "2024-05-09");
    CHECK_STR_EQ(find("发布：昨天 10:23", true), "2024-05-09T10:23:00+08:00");
    CHECK_STR_EQ(find("昨天，", true), "2024-05-09");
    CHECK_STR_EQ(find("更新于昨天。", true), "2024-05-09");
}

TEST(date_in_full_width_digits)
{
    CHECK_STR_EQ(find("发布时间：２０２４年５月１日 １０：２３", true), "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(find("２０２４－０５－０１", true), "2024-05-01");
    CHECK_STR_EQ(find("日期：２０２４/５/１　１０:２３:４５", true), "2024-05-01T10:23:45+08:00");
    /* where it starts and ends in the text */
    const char *s = "作者：张三 ２０２４年５月１日 编辑：李四";
    char out[LS_DATE_MAX];
    size_t at = 0, end = 0;
    ls_date_ctx c = {.now = NOW};
    CHECK(ls_date_find(s, strlen(s), &c, out, &at, &end));
    CHECK_INT_EQ((int)at, (int)strlen("作者：张三 "));
    CHECK_INT_EQ((int)end, (int)strlen("作者：张三 ２０２４年５月１日"));
}

TEST(date_in_chinese_numerals)
{
    CHECK_STR_EQ(find("成文日期：二〇二二年一月二十七日", true), "2022-01-27");
    CHECK_STR_EQ(find("二〇二四年十二月三十一日", true), "2024-12-31");
    CHECK_STR_EQ(find("二零二四年十月十日", true), "2024-10-10");
    /* numerals in a sentence are words, not a date */
    CHECK_STR_EQ(find("三月五日我们去了工厂", true), "(none)");
    CHECK_STR_EQ(find("一九年五月一日", true), "(none)");
    CHECK_STR_EQ(find("二〇二四年十三月一日", true), "(none)");
    CHECK_STR_EQ(find("第一二三四年", true), "(none)");
}

TEST(date_year_set_apart_from_month_and_day)
{
    /* a news agency's header: the year, then "05/01" and the time, each in
     * an element of its own */
    CHECK_STR_EQ(find("2024 05/01 10:23:45", true), "2024-05-01T10:23:45+08:00");
    CHECK_STR_EQ(find(" 2024  05 / 01  10:23:45", true), "2024-05-01T10:23:45+08:00");
    /* numbers after a year that are no month and day */
    CHECK_STR_EQ(find("in 2024 10-15 people", false), "(none)");
    CHECK_STR_EQ(find("2024 05/01/2023", false), "2023-05-01");
    CHECK_STR_EQ(find("2024 13/01", false), "(none)");
}

TEST(date_chinese_half_of_day_before_the_time)
{
    CHECK_STR_EQ(find("2024/05/01 上午10:23", true), "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(find("2024/05/01 下午3:23", true), "2024-05-01T15:23:00+08:00");
    CHECK_STR_EQ(find("2024年5月1日 晚上8:05", true), "2024-05-01T20:05:00+08:00");
    CHECK_STR_EQ(find("2024年5月1日 上午12:30", true), "2024-05-01T00:30:00+08:00");
}

TEST(date_month_day_and_time_of_this_year)
{
    /* a feed's "05-01 10:23" is this year's (the year before when the day
     * is still to come), and only with its time */
    char out[LS_DATE_MAX] = "";
    ls_date_ctx c = {.now = NOW, .have_tz = true, .tz_minutes = 480};
    CHECK(ls_date_find("05-01 10:23", strlen("05-01 10:23"), &c, out, NULL, NULL));
    CHECK_STR_EQ(out, "2024-05-01T10:23:00+08:00");
    CHECK(ls_date_find("12-25 09:00", strlen("12-25 09:00"), &c, out, NULL, NULL));
    CHECK_STR_EQ(out, "2023-12-25T09:00:00+08:00");
    CHECK(!ls_date_find("共05-01 项", strlen("共05-01 项"), &c, out, NULL, NULL));
    CHECK(!ls_date_find("型号 05-01/A", strlen("型号 05-01/A"), &c, out, NULL, NULL));
    c.need_year = true;
    CHECK(!ls_date_find("05-01 10:23", strlen("05-01 10:23"), &c, out, NULL, NULL));
}

TEST(date_time_written_before_the_day)
{
    CHECK_STR_EQ(find("10:23 AM EDT May 1, 2024", false), "2024-05-01T10:23:00-04:00");
    CHECK_STR_EQ(find("Updated 3:15 PM EDT, Wed May 1, 2024", false), "2024-05-01T15:15:00-04:00");
    CHECK_STR_EQ(find("10:23 2024-05-01", true), "2024-05-01T10:23:00+08:00");
    /* a score or a ratio before a day is no time */
    CHECK_STR_EQ(find("won 2:1 May 1, 2024", false), "2024-05-01");
}

TEST(date_chinese_weekday_between_day_and_time)
{
    CHECK_STR_EQ(find("2024年5月1日 周三 10:23", true), "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(find("2024年05月01日 星期三 10:23:45", true), "2024-05-01T10:23:45+08:00");
    CHECK_STR_EQ(find("2024/05/01 礼拜三 10:23", true), "2024-05-01T10:23:00+08:00");
    /* a weekday with no time after it leaves the day */
    CHECK_STR_EQ(find("2024年5月1日 星期三", true), "2024-05-01");
    CHECK_STR_EQ(find("2024年5月1日 周三 第3版", true), "2024-05-01");
}

TEST(date_dash_before_the_hour)
{
    /* a government CMS's publication time: firstpublishedtime */
    CHECK_STR_EQ(find("2024-03-15-17:02:33", true), "2024-03-15T17:02:33+08:00");
    /* a dash and a number that is no time leave the day */
    CHECK_STR_EQ(find("2024-03-15-17", true), "2024-03-15");
    CHECK_STR_EQ(find("2024-03-15-1号文件", true), "2024-03-15");
}

static const char *find_in(const char *s, const ls_date_ctx *c)
{
    static char out[LS_DATE_MAX];
    if (!ls_date_find(s, strlen(s), c, out, NULL, NULL))
        return "(none)";
    return out;
}

TEST(date_month_names_of_other_languages)
{
    ls_date_ctx c = {.now = NOW};
    CHECK_STR_EQ(find_in("Veröffentlicht am 2. Mai 2024, 10:30 Uhr", &c), "2024-05-02T10:30:00");
    CHECK_STR_EQ(find_in("Stand: 12. März 2024", &c), "2024-03-12");
    CHECK_STR_EQ(find_in("Publié le 2 mai 2024 à 10h30", &c), "2024-05-02T10:30:00");
    CHECK_STR_EQ(find_in("le 14 févr. 2024", &c), "2024-02-14");
    CHECK_STR_EQ(find_in("2 de mayo de 2024", &c), "2024-05-02");
    CHECK_STR_EQ(find_in("15 de setembro de 2023 às 14h05", &c), "2023-09-15T14:05:00");
    CHECK_STR_EQ(find_in("2 maggio 2024 alle 9:15", &c), "2024-05-02T09:15:00");
    CHECK_STR_EQ(find_in("3 oktober 2023", &c), "2023-10-03");
    CHECK_STR_EQ(find_in("2 мая 2024, 10:30", &c), "2024-05-02T10:30:00");
    CHECK_STR_EQ(find_in("17 septiembre 2024", &c), "2024-09-17");
    /* words that only begin like a month are none */
    CHECK_STR_EQ(find_in("2 mais 2024", &c), "(none)");
    CHECK_STR_EQ(find_in("4 Maiglöckchen 2024", &c), "(none)");
}

TEST(date_day_first_where_the_language_writes_it_so)
{
    ls_date_ctx us = {.now = NOW}, eu = {.now = NOW, .day_first = true};
    CHECK_STR_EQ(find_in("02/05/2024 10h30", &us), "2024-02-05T10:30:00");
    CHECK_STR_EQ(find_in("02/05/2024 10h30", &eu), "2024-05-02T10:30:00");
    CHECK_STR_EQ(find_in("25/12/2024", &us), "2024-12-25");
    /* Vietnamese: the day first, a zone in brackets */
    CHECK_STR_EQ(find_in("Thứ năm, 2/5/2024, 10:30 (GMT+7)", &eu), "2024-05-02T10:30:00+07:00");
}

TEST(date_japanese_korean_and_republic_of_china_forms)
{
    ls_date_ctx jp = {.now = NOW, .have_tz = true, .tz_minutes = 540};
    CHECK_STR_EQ(find_in("2024年05月02日 10時30分 公開", &jp), "2024-05-02T10:30:00+09:00");
    CHECK_STR_EQ(find_in("2024년 5월 2일 10시 30분", &jp), "2024-05-02T10:30:00+09:00");
    CHECK_STR_EQ(find_in("입력 2024.05.02 10:30", &jp), "2024-05-02T10:30:00+09:00");
    /* 民國113年 is 2024 */
    CHECK_STR_EQ(find("發布時間：民國113年5月2日", true), "2024-05-02");
    CHECK_STR_EQ(find("民国113年5月2日 14:35", true), "2024-05-02T14:35:00+08:00");
    CHECK_STR_EQ(find("民國年5月2日", true), "2024-05-02"); /* (no year: this year's) */
}
