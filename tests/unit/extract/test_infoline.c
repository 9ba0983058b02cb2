/* The info line near a Chinese headline, bylines, language guess. */
#include <stdlib.h>
#include "extract/infoline.h"
#include "harness.h"

static ls_info parse(const char *s)
{
    ls_info in;
    memset(&in, 0, sizeof in);
    ls_date_ctx c = {.now = 1715342400, .have_tz = true, .tz_minutes = 480};
    ls_info_parse(s, strlen(s), &c, &in);
    return in;
}

TEST(info_source_author_date_on_one_line)
{
    ls_info in = parse("来源：信息化时代  作者：张三  发布时间：2024-05-01 10:23  浏览次数：1024");
    CHECK_STR_EQ(in.source, "信息化时代");
    CHECK_STR_EQ(in.author, "张三");
    CHECK_STR_EQ(in.date, "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(in.editor, "");
}

TEST(info_editor_is_never_author)
{
    ls_info in = parse("责任编辑：李四");
    CHECK_STR_EQ(in.editor, "李四");
    CHECK_STR_EQ(in.author, "");
    in = parse("（编辑：王五）");
    CHECK_STR_EQ(in.editor, "王五");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_labels_without_spaces_between)
{
    ls_info in = parse("2022-01-27 09:00 来源：吉林省人民政府办公厅 字号：大 中 小");
    CHECK_STR_EQ(in.source, "吉林省人民政府办公厅");
    CHECK_STR_EQ(in.date, "2022-01-27T09:00:00+08:00");
}

TEST(info_wen_slash_and_reporter)
{
    ls_info in = parse("文/赵婕");
    CHECK_STR_EQ(in.author, "赵婕");
    in = parse("本报记者 王建宏 张文攀");
    CHECK_STR_EQ(in.author, "王建宏 张文攀");
    in = parse("稿源：新华社｜2024年5月1日");
    CHECK_STR_EQ(in.source, "新华社");
    CHECK_STR_EQ(in.date, "2024-05-01");
}

TEST(info_wen_inside_a_word_is_no_label)
{
    ls_info in = parse("中文/英文对照");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_english_byline_and_date)
{
    ls_info in = parse("By Jane Doe | Published: March 3, 2025");
    CHECK_STR_EQ(in.author, "Jane Doe");
    CHECK_STR_EQ(in.date, "2025-03-03");
    in = parse("by the way nothing here");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_fields_already_set_are_kept)
{
    ls_info in;
    memset(&in, 0, sizeof in);
    memcpy(in.source, "人民日报", sizeof "人民日报");
    ls_date_ctx c = {0};
    const char *s = "来源：新华网";
    ls_info_parse(s, strlen(s), &c, &in);
    CHECK_STR_EQ(in.source, "人民日报");
}

TEST(byline_clean_prefixes_and_dates)
{
    char b[128];
    CHECK(ls_byline_clean("  By  Andrew King ", b, sizeof b));
    CHECK_STR_EQ(b, "Andrew King");
    CHECK(ls_byline_clean("作者：郭励弘 2004-10-21", b, sizeof b));
    CHECK_STR_EQ(b, "郭励弘");
    CHECK(ls_byline_clean("Written by Korin Miller | Jan 29, 2025", b, sizeof b));
    CHECK_STR_EQ(b, "Korin Miller");
    CHECK(!ls_byline_clean("https://www.facebook.com/someone", b, sizeof b));
    CHECK(!ls_byline_clean("   ", b, sizeof b));
}

TEST(text_squash_collapses_all_spaces)
{
    const char *in = "\xe3\x80\x80 a \xc2\xa0\n b  ";
    char *s = ls_text_squash(in, strlen(in));
    CHECK_STR_EQ(s, "a b");
    free(s);
}

TEST(lang_guess_by_script)
{
    const char *zh = "伴随着国务院关于投资体制改革的决定出台，确立了民间资本成为投资活动的主体之一。";
    const char *ja = "これは日本語の文章です。東京で会議が開かれました。";
    const char *en = "This is an English sentence with a few 中文 words in it, mostly Latin text.";
    CHECK_STR_EQ(ls_lang_guess(zh, strlen(zh)), "zh");
    CHECK_STR_EQ(ls_lang_guess(ja, strlen(ja)), "ja");
    CHECK(ls_lang_guess(en, strlen(en)) == NULL);
}

TEST(info_reporter_names_only)
{
    ls_info in = parse("本报记者在广汽商用车项目的有关负责人方面首次了解到");
    CHECK_STR_EQ(in.author, "");
    in = parse("据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区了解到");
    CHECK_STR_EQ(in.author, "格桑边觉");
    in = parse("本报记者罗科苏盈发自北京");
    CHECK_STR_EQ(in.author, "罗科苏盈");
}

TEST(info_unlabelled_date_needs_a_year)
{
    ls_info in = parse("6月21日，随着协议的签署");
    CHECK_STR_EQ(in.date, "");
    in = parse("发布时间：6月21日"); /* after today (2024-05-10): last year's */
    CHECK_STR_EQ(in.date, "2023-06-21");
}
