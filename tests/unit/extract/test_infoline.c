/* The info line near a Chinese headline, bylines, language guess. */
#include <stdio.h>
#include <stdlib.h>
#include "extract/extract.h"
#include "extract/infoline.h"
#include "html/dom.h"
#include "harness.h"

static ls_info parse(const char *s)
{
    ls_info in;
    memset(&in, 0, sizeof in);
    ls_date_ctx c = {.now = 1715342400, .have_tz = true, .tz_minutes = 480};
    ls_info_parse(s, strlen(s), &c, &in);
    return in;
}

TEST(info_outlet_marks_and_name_runs)
{
#define S(x) x, strlen(x)
    CHECK(ls_info_outlet_mark(S("光明日报"), false));
    CHECK(ls_info_outlet_mark(S("新华社"), false));
    CHECK(!ls_info_outlet_mark(S("第一财经"), false));
    CHECK(ls_info_outlet_mark(S("凤凰网科技"), true));
    CHECK(!ls_info_outlet_mark(S("通讯"), true));
    CHECK(ls_info_name_chars(S("21世纪经济报道")) == 8);
    CHECK(ls_info_name_chars(S("新浪 科技")) == 0);
    CHECK(ls_info_name_chars(S("他说，")) == 0);
    CHECK(ls_info_name_chars(S("")) == 0);
#undef S
}

TEST(info_summary_labels)
{
#define S(x) x, strlen(x)
    CHECK(ls_info_summary_label(S("导语：数字孪生这个词")) == strlen("导语："));
    CHECK(ls_info_summary_label(S("【导读】 当设备连接数")) == strlen("【导读】 "));
    CHECK(ls_info_summary_label(S("编辑导语")) == strlen("编辑导语"));
    CHECK(ls_info_summary_label(S("摘要: edge")) == strlen("摘要: "));
    CHECK(ls_info_summary_label(S("导读机制")) == 0);
    CHECK(ls_info_summary_label(S("【导读")) == 0);
    CHECK(ls_info_summary_label(S("本文导语")) == 0);
#undef S
}

TEST(info_outlet_short_name_before_its_labels)
{
    /* a paper's short name glued to 记者 and 编辑, each opening a field */
    ls_info in = parse("每经记者：赵思源\xe3\x80\x80每经编辑：刘晓");
    CHECK_STR_EQ(in.author, "赵思源");
    CHECK_STR_EQ(in.editor, "刘晓");
    in = parse("出处：http://www.cnblogs.com/edgecoder/");
    CHECK_STR_EQ(in.source, "");
    in = parse("本版编辑:Giki");
    CHECK_STR_EQ(in.editor, "Giki");
    /* 作者 inside a sentence is no label */
    in = parse("特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。");
    CHECK_STR_EQ(in.author, "");
    in = parse("他接受记者采访时说");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_source_author_date_on_one_line)
{
    ls_info in = parse("来源：信息化时代  作者：张三  发布时间：2024-05-01 10:23  浏览次数：1024");
    CHECK_STR_EQ(in.source, "信息化时代");
    CHECK_STR_EQ(in.author, "张三");
    CHECK_STR_EQ(in.date, "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(in.editor, "");
}

TEST(info_markup_printed_as_text_is_no_value)
{
    /* a template that printed an attribute where the names should be */
    ls_info in = parse("作者： size=\"20\"  来源： size=\"20\"  发布日期： 7/5/2005 9:23:57 PM");
    CHECK_STR_EQ(in.author, "");
    CHECK_STR_EQ(in.source, "");
    CHECK_STR_EQ(in.date, "2005-07-05T21:23:57+08:00");
    in = parse("作者：<font color=red>");
    CHECK_STR_EQ(in.author, "");
    /* an equals sign alone is not markup */
    in = parse("来源：A=B 实验室");
    CHECK_STR_EQ(in.source, "A=B 实验室");
}

TEST(info_english_byline_label_forms)
{
    ls_info in = parse("By\n            A. J. Neal \t\t\n View In Digital Edition");
    CHECK_STR_EQ(in.author, "A. J. Neal");
    in = parse("by:  Ziyi Xu ,   Dec 17, 2025");
    CHECK_STR_EQ(in.author, "Ziyi Xu");
    CHECK_STR_EQ(in.date, "2025-12-17");
    in = parse("Started by Biology Forums, June 04, 2024, 11:23:55 AM");
    CHECK_STR_EQ(in.author, "Biology Forums");
    in = parse("Posted by David at December 19, 2025 12:28 PM");
    CHECK_STR_EQ(in.author, "David");
    in = parse("Posted by IndustrySelect on Tuesday, April 9, 2024");
    CHECK_STR_EQ(in.author, "IndustrySelect");
    /* a deadline is no byline */
    in = parse("By December 30, send your entries to the address below");
    CHECK_STR_EQ(in.author, "");
    in = parse("Authors: Julie Weisenhorn and Natalie Hoidal");
    CHECK_STR_EQ(in.author, "Julie Weisenhorn and Natalie Hoidal");
    in = parse("Contributors: Janet Loughrey");
    CHECK_STR_EQ(in.author, "Janet Loughrey");
    /* a time is no name */
    in = parse("Ships the same day, order by 4PM Eastern.");
    CHECK_STR_EQ(in.author, "");
    /* a control's label is no byline */
    in = parse("Sort By: Relevance");
    CHECK_STR_EQ(in.author, "");
    in = parse("Shop by\nCategory");
    CHECK_STR_EQ(in.author, "");
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

TEST(info_post_controls_after_edit_are_no_editor)
{
    /* a blog post's footer: its edit link, then more controls */
    ls_info in = parse("posted @ 2024-04-28 22:15 李工 阅读(1234) 评论(6) 编辑 收藏 举报");
    CHECK_STR_EQ(in.editor, "");
    CHECK_STR_EQ(in.date, "2024-04-28T22:15:00+08:00");
    in = parse("编辑：删除");
    CHECK_STR_EQ(in.editor, "");
    in = parse("作者：关注");
    CHECK_STR_EQ(in.author, "");
    /* a name that begins like one of them is still a name */
    in = parse("编辑：关注明");
    CHECK_STR_EQ(in.editor, "关注明");
    in = parse("编辑 王五");
    CHECK_STR_EQ(in.editor, "王五");
    /* an empty label's line run on into a follow call */
    in = parse("责编： 扫码关注环球网微信");
    CHECK_STR_EQ(in.editor, "");
}

TEST(info_portal_source_editor_and_disclaimer_forms)
{
    /* an editor's credit in ASCII brackets, with a staff code */
    ls_info in = parse("[责任编辑：王涛 PF069]");
    CHECK_STR_EQ(in.editor, "王涛");
    /* "来自" set apart names the source; the region the account posted
     * from after it does not belong to it */
    in = parse("2024-05-01 10:23:45 来自 证券时报 广东");
    CHECK_STR_EQ(in.source, "证券时报");
    CHECK_STR_EQ(in.date, "2024-05-01T10:23:45+08:00");
    in = parse("来源：南方日报 广东");
    CHECK_STR_EQ(in.source, "南方日报");
    in = parse("来源：广东省工业和信息化厅");
    CHECK_STR_EQ(in.source, "广东省工业和信息化厅");
    /* a phrase is no label, and a forum post's device is no source */
    in = parse("来自北京的报道");
    CHECK_STR_EQ(in.source, "");
    in = parse("2024-05-01 10:23 来自 iPhone 客户端");
    CHECK_STR_EQ(in.source, "");
    in = parse("来源：河南日报客户端");
    CHECK_STR_EQ(in.source, "河南日报客户端");
    /* 作者本人 is the author himself, no label */
    in = parse("特别声明：以上文章内容仅代表作者本人观点，不代表本网观点或立场。");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_value_ends_at_a_semicolon)
{
    /* a wire story's credits, a journal's record, a portal's line */
    ls_info in = parse("Reporting by Jane Roe; Editing by John Doe");
    CHECK_STR_EQ(in.author, "Jane Roe");
    in = parse("Editor: G Eysenbach; submitted 12.05.24; peer-reviewed by A Smith");
    CHECK_STR_EQ(in.editor, "G Eysenbach");
    in = parse("来源：新华网；作者：张三");
    CHECK_STR_EQ(in.source, "新华网");
    CHECK_STR_EQ(in.author, "张三");
}

TEST(info_traditional_chinese_labels)
{
    /* a Taiwanese magazine's and a newspaper's lines under the headline */
    ls_info in = parse("撰文者：林小美 發布日期：2024.05.01");
    CHECK_STR_EQ(in.author, "林小美");
    CHECK_STR_EQ(in.date, "2024-05-01");
    in = parse("更新時間：2024/05/02 10:00 發佈時間：2024/05/01 09:00");
    CHECK_STR_EQ(in.date, "2024-05-01T09:00:00+08:00");
    in = parse("記者林小美／台北報導");
    CHECK_STR_EQ(in.author, "林小美");
}

TEST(info_labels_without_spaces_between)
{
    ls_info in = parse("2022-01-27 09:00 来源：吉林省人民政府办公厅 字号：大 中 小");
    CHECK_STR_EQ(in.source, "吉林省人民政府办公厅");
    CHECK_STR_EQ(in.date, "2022-01-27T09:00:00+08:00");
}

TEST(info_source_named_with_baodao)
{
    /* an outlet whose name ends in 报道 keeps it ... */
    ls_info in = parse("2024-03-01 10:00 来源：21世纪经济报道 作者：张三");
    CHECK_STR_EQ(in.source, "21世纪经济报道");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("来源：21世纪经济报道");
    CHECK_STR_EQ(in.source, "21世纪经济报道");
    /* ... and a reporter's place before 报道, after the source, is no part of it */
    in = parse("来源：新京报 记者 彭冲 山东冠县报道");
    CHECK_STR_EQ(in.source, "新京报");
    CHECK_STR_EQ(in.author, "彭冲");
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
    /* an author card: the name, then its counters */
    CHECK(ls_byline_clean("示例日报 文章 1170 总阅读 5万", b, sizeof b));
    CHECK_STR_EQ(b, "示例日报");
    CHECK(!ls_byline_clean("https://www.facebook.com/someone", b, sizeof b));
    CHECK(!ls_byline_clean("   ", b, sizeof b));
    /* an author card's counters read alone are no name */
    CHECK(!ls_byline_clean("文章 总阅读", b, sizeof b));
    CHECK(!ls_byline_clean("粉丝", b, sizeof b));
    /* a paper's author list after its label, set close ("Authors:") */
    CHECK(ls_byline_clean("Authors:Chidinma Okafor, Erik Lindqvist", b, sizeof b));
    CHECK_STR_EQ(b, "Chidinma Okafor, Erik Lindqvist");
    CHECK(ls_byline_clean("Article by: Cara Dumaplin", b, sizeof b));
    CHECK_STR_EQ(b, "Cara Dumaplin");
    CHECK(ls_byline_clean("Posted by: Idle Cartulary", b, sizeof b));
    CHECK_STR_EQ(b, "Idle Cartulary");
    /* an e-mail address after the name; a login with @ stays */
    CHECK(ls_byline_clean("Jane Roe jane.roe@example.com", b, sizeof b));
    CHECK_STR_EQ(b, "Jane Roe");
    CHECK(ls_byline_clean("@janeroe", b, sizeof b));
    CHECK_STR_EQ(b, "@janeroe");
    /* a call of several words is no name; a name with "!" is */
    CHECK(!ls_byline_clean("Coming Soon!", b, sizeof b));
    CHECK(!ls_byline_clean("Get to know them!", b, sizeof b));
    CHECK(ls_byline_clean("Yahoo!", b, sizeof b));
}

TEST(byline_stops_at_a_date_in_wide_digits_numerals_or_words)
{
    static const char *const dates[] = {"２０２４年５月１日 １０:２３", "二〇二四年五月一日",
                                        "今天 10:23"};
    for (size_t k = 0; k < 3; k++) {
        char line[256];
        snprintf(line, sizeof line, "来源：信息化时代 作者：张三 %s 责任编辑：李四", dates[k]);
        ls_info in = parse(line);
        CHECK_STR_EQ(in.author, "张三");
        CHECK_STR_EQ(in.source, "信息化时代");
        CHECK(in.date[0] != 0);
    }
}

TEST(info_outlet_reporters_interns_photo_editors_and_staff_codes)
{
    ls_info in = parse("澎湃新闻记者 张三 实习生 李四");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("央视记者 王强 报道");
    CHECK_STR_EQ(in.author, "王强");
    in = parse("责任编辑：王五 图片编辑：赵六");
    CHECK_STR_EQ(in.editor, "王五");
    in = parse("本文来源：中国新闻网　作者：张三　责任编辑：王晓_NBJ1234");
    CHECK_STR_EQ(in.source, "中国新闻网");
    CHECK_STR_EQ(in.author, "张三");
    CHECK_STR_EQ(in.editor, "王晓");
    /* a Latin name that ends in capitals and digits is a name */
    in = parse("编辑：Jane DOE2");
    CHECK_STR_EQ(in.editor, "Jane DOE2");
    /* a colon after the name goes; a word and its colon heads a list */
    in = parse("Hybrid Computing by Alphabyte1 :");
    CHECK_STR_EQ(in.author, "Alphabyte1");
    in = parse("Shop Crocs by Category:");
    CHECK_STR_EQ(in.author, "");
    /* a newspaper's citation of its page */
    in = parse("《人民日报》（2024年05月01日 第 05 版）");
    CHECK_STR_EQ(in.source, "人民日报");
    CHECK_STR_EQ(in.date, "2024-05-01");
    in = parse("《三体》是一部科幻小说（2008年出版）");
    CHECK_STR_EQ(in.source, "");
    /* a clause after the names */
    in = parse("本文来自微信公众号“工业观察”，作者：张三，36氪经授权发布。");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("作者：张三，李四");
    CHECK_STR_EQ(in.author, "张三，李四");
}

TEST(byline_clean_labels_links_and_leftovers)
{
    char b[128];
    static const struct {
        const char *in, *want;
    } ok[] = {
        {"Posted byDamien Walter", "Damien Walter"},
        {"Published by Damien Walter", "Damien Walter"},
        {"Text by Hunter Dukes", "Hunter Dukes"},
        {"Recipe by PJ Hamel", "PJ Hamel"},
        {"View all posts by Hardtail Canada \u2192", "Hardtail Canada"},
        {"Read more about The Plant Team", "The Plant Team"},
        {"via scvalex 1 year ago", "scvalex"},
        {"lathe_fan 3 hours ago", "lathe_fan"},
        {"Alphabyte1 :", "Alphabyte1"},
        {"张三 发表于 2024-5-1 10:23", "张三"},
        {"Yucy3/4/2025", "Yucy"},
        {"Supermove Last update: March 2025", "Supermove"},
        {"Jane Roe, posted on June 4, 2024", "Jane Roe"},
        /* an age that is no age stays */
        {"Studio 54 Crew", "Studio 54 Crew"},
    };
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++) {
        CHECK(ls_byline_clean(ok[k].in, b, sizeof b));
        CHECK_STR_EQ(b, ok[k].want);
    }
    static const char *const no[] = {
        "This review is posted in Mobile App Reviews", "billed annually, or $50/mo billed monthly",
        "Government Websites by CivicPlus", "\u2013 Gregory", "- Gregory", "Category:",
        "佚名", "作者：匿名", "本站编辑", "小编", "发表于 2024-5-1 10:23", "发布于 2024-05-01",
    };
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        CHECK(!ls_byline_clean(no[k], b, sizeof b));
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

TEST(info_value_ends_at_a_closing_bracket)
{
    ls_info in = parse("【编辑:刘欢】 返回首页，查看更多");
    CHECK_STR_EQ(in.editor, "刘欢");
}

TEST(info_reporter_names_only)
{
    ls_info in = parse("本报记者在广汽商用车项目的有关负责人方面首次了解到");
    CHECK_STR_EQ(in.author, "");
    in = parse("据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区了解到");
    CHECK_STR_EQ(in.author, "格桑边觉");
    in = parse("本报记者罗科苏盈发自北京");
    CHECK_STR_EQ(in.author, "罗科苏盈");
    /* a sentence after a comma: what the reporter learned, not a name */
    in = parse("记者了解到，这项调查覆盖了六百名受访者");
    CHECK_STR_EQ(in.author, "");
    in = parse("记者 王小明，李红");
    CHECK_STR_EQ(in.author, "王小明，李红");
    /* a row of links: 记者博客, 联系记者 */
    in = parse("在线荐稿 记者博客 联系记者");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_unlabelled_date_needs_a_year)
{
    ls_info in = parse("6月21日，随着协议的签署");
    CHECK_STR_EQ(in.date, "");
    in = parse("发布时间：6月21日"); /* after today (2024-05-10): last year's */
    CHECK_STR_EQ(in.date, "2023-06-21");
}

TEST(info_unlabelled_date_must_be_what_the_line_is_about)
{
    /* a date inside a sentence is a fact of the story, not the page's date */
    ls_info in = parse("On March 3, 2021 the council voted to close the old bridge for good, "
                       "after years of complaints from the people living along the river.");
    CHECK_STR_EQ(in.date, "");
    in = parse("2020年3月15日，市政府召开新闻发布会，宣布全市中小学校将分批错峰开学，"
               "家长们对此普遍表示欢迎。");
    CHECK_STR_EQ(in.date, "");
    /* a short line around a date is a date line */
    in = parse("March 3, 2021 • 6 min read");
    CHECK_STR_EQ(in.date, "2021-03-03");
    in = parse("2021-03-03 光明日报");
    CHECK_STR_EQ(in.date, "2021-03-03");
}

TEST(info_relative_date_is_marked)
{
    ls_info in = parse("发布时间：3小时前");
    CHECK(in.date[0] != 0);
    CHECK(in.date_relative);
    in = parse("Posted on 2 days ago");
    CHECK(in.date_relative);
    in = parse("发布时间：2024-05-01");
    CHECK(!in.date_relative);
    in = parse("May 1, 2024 by Jane Roe");
    CHECK_STR_EQ(in.date, "2024-05-01");
    CHECK(!in.date_relative);
}

/* --- the info line read from a page (meta_info.c) --- */

static const char *BODY_EN =
    "<div class=content><p>The first paragraph explains, at some length, what happened at the "
    "plant, why it matters to the town, and what the managers said about it afterwards.</p>"
    "<p>The second paragraph adds numbers, quotes and context, so that a reader can follow "
    "the argument without reading anything else on the page.</p></div>";

static const char *BODY_ZH =
    "<div class=content><p>今年以来，全市加快推进工业互联网平台建设，一批智能制造示范工厂相继投产，"
    "带动上下游企业数字化转型，产业链协同水平明显提升。</p><p>下一步，市里将继续完善边缘计算和"
    "数字孪生等新型基础设施，支持中小企业上云用数赋智，推动制造业高质量发展。</p></div>";

static void extract_page(const char *head, const char *body, ls_article *a)
{
    char *html = malloc(strlen(head) + strlen(body) + 64);
    sprintf(html, "<html><head>%s</head><body>%s</body></html>", head, body);
    ls_dom *d = NULL;
    CHECK_INT_EQ(ls_dom_parse(html, strlen(html), &d), 0);
    ls_extract_opts o = {.now = 1715342400};
    CHECK_INT_EQ(ls_extract(d, NULL, &o, a), 0);
    ls_dom_free(d);
    free(html);
}

TEST(page_blog_name_h1_between_headline_and_host_is_no_title)
{
    /* a hosted blog's header names the blog in its <h1>; the <title> is
     * the post's headline, the blog's name and the host, joined by '_' */
    char body[4096];
    ls_article a;
    snprintf(body, sizeof body, "<div id=blogTitle><h1 id=blogname>老周的工控笔记</h1></div><div "
             "class=articalTitle><h2 class=titName>一个老工程师的几点看法</h2></div>%s", BODY_ZH);
    extract_page("<title>一个老工程师的几点看法_老周的工控笔记_新浪博客</title>", body, &a);
    CHECK_STR_EQ(a.title ? a.title : "(none)", "一个老工程师的几点看法");
    ls_article_release(&a);
}

TEST(page_site_brand_as_author_meta_gives_way)
{
    /* a portal's author meta names its brand (网易, of 网易订阅): the
     * writer the story credits wins */
    char body[4096];
    ls_article a;
    snprintf(body, sizeof body, "<h1>边缘计算不是小号云计算</h1><div class=post_body><p>文 | 陈砚</p>"
             "%s</div>", BODY_ZH);
    extract_page("<title>边缘计算不是小号云计算</title><meta name=author content='网易'><meta "
                 "property=og:site_name content='网易订阅'>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(none)", "陈砚");
    ls_article_release(&a);
}

TEST(page_author_box_named_by_its_name_element)
{
    char body[4096];
    ls_article a;
    /* a forum's author box: the name, then the rank and 楼主 */
    snprintf(body, sizeof body, "<h1>ModelArts 模型部署到边缘节点</h1><div class=post-author>"
             "<a class=author-name href='/community/usersnew/id_16'>HW_Engineer_Lin</a> <span "
             "class=author-level>Lv.6 高级工程师</span> <span class=author-tag>楼主</span></div>%s",
             BODY_ZH);
    extract_page("<title>ModelArts 模型部署到边缘节点</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(none)", "HW_Engineer_Lin");
    ls_article_release(&a);
    /* a wrapper named for the name around the name and the role */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><div class=article-author><div "
             "class=author-name-wrap><div class=author-name>Stephen Jesudunsin</div><div "
             "class='author-name weight'>AI Writer, Embarque</div></div></div>%s", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(none)", "Stephen Jesudunsin");
    ls_article_release(&a);
}

TEST(page_microdata_author_named_by_its_name_property)
{
    /* a Q&A site's author card: the shown link, a hidden copy of the name
     * for machines and the user's reputation, all in one Person */
    char body[4096];
    ls_article a;
    snprintf(body, sizeof body, "<h1>pymodbus reads garbage</h1><div itemprop=author itemscope "
             "itemtype='http://schema.org/Person'><a href='/users/1/t-brandt'>t_brandt</a><span "
             "class=d-none itemprop=name>t_brandt</span><span class=reputation-score>213</span>"
             "</div>%s", BODY_EN);
    extract_page("<title>pymodbus reads garbage</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(none)", "t_brandt");
    ls_article_release(&a);
    /* a name given as content */
    snprintf(body, sizeof body, "<h1>pymodbus reads garbage</h1><div itemprop=author itemscope>"
             "<meta itemprop=name content='Ingrid Moe'><a href='/u/2'>ingrid.m</a> Titan</div>%s",
             BODY_EN);
    extract_page("<title>pymodbus reads garbage</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(none)", "Ingrid Moe");
    ls_article_release(&a);
}

TEST(page_relative_date_with_the_full_one_in_its_title)
{
    /* a news aggregator's item: "3 hours ago", the time itself in the
     * title; the page is read long after, and "now" is 2024-05-10 */
    char body[4096];
    ls_article a;
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><div class=subtext>214 points by "
             "lathe_dev <span class=age title='2024-05-01T10:23:45'><a href=item>3 hours ago</a>"
             "</span> | 87 comments</div>%s", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(none)", "2024-05-01T10:23:45");
    ls_article_release(&a);
    /* a title that is no date leaves the relative one as it was read */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><div class=subtext>by Jane Roe <span "
             "title='Edited'>3 hours ago</span></div>%s", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(none)", "2024-05-10T09:00:00Z");
    ls_article_release(&a);
}

TEST(page_date_above_the_headline_in_the_page_header)
{
    char body[4096];
    ls_article a;
    /* the headline and the line above it stand in the page's header, apart
     * from the article */
    snprintf(body, sizeof body, "<nav><a href=/a>Courses</a> <a href=/b>Blog</a> <a href=/c>"
             "Financing</a></nav><header><a href=/blog>Back to all articles</a><div><p>February "
             "4, 2025 - 11 minutes</p><h1>Cloud computing: what comes next</h1><p>What the year "
             "has in store for cloud computing.</p></div></header><article>%s</article>", BODY_EN);
    extract_page("<title>Cloud computing: what comes next | Tech School</title>", body, &a);
    CHECK_STR_EQ(a.published, "2025-02-04");
    ls_article_release(&a);
    /* between the headline and the article, under a long deck */
    snprintf(body, sizeof body, "<header><h1>Shared services explained</h1><p>Shared services "
             "have become a cornerstone of how large organisations run their back offices, "
             "promising both efficiency and better service for the people who rely on them.</p>"
             "<p>Elliot Raba</p><p>23.07.2025 · 6 min read</p></header><article>%s</article>",
             BODY_EN);
    extract_page("<title>Shared services explained</title>", body, &a);
    CHECK_STR_EQ(a.published, "2025-07-23");
    ls_article_release(&a);
}

TEST(page_shown_earlier_day_beats_metadata)
{
    char body[4096];
    ls_article a;
    /* metadata rewritten later than the day the page shows */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><p class=meta>By Jane Roe</p>"
             "<p class=date>March 3, 2021</p>%s", BODY_EN);
    extract_page("<meta property='article:published_time' content='2023-08-01T10:00:00Z'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2021-03-03");
    ls_article_release(&a);
    /* a later day shown is an update: the metadata's first publication stays */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><p class=date>Updated May 9, 2024</p>%s",
             BODY_EN);
    extract_page("<meta property='article:published_time' content='2023-08-01T10:00:00Z'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2023-08-01T10:00:00Z");
    ls_article_release(&a);
    /* a UTC stamp on the next day: the local day shown wins */
    snprintf(body, sizeof body, "<h1>工厂复产</h1><div>发布时间：2024-05-01 20:30 来源：本报</div>%s",
             BODY_ZH);
    extract_page("<meta property='article:published_time' content='2024-05-02T03:30:00Z'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2024-05-01T20:30:00+08:00");
    ls_article_release(&a);
    /* the day shown, to the minute when its <time> element dates it so */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><p class=meta>By Jane Roe, <time "
             "datetime='2025-07-04T20:04:00-04:00'>July 4, 2025</time></p>%s", BODY_EN);
    extract_page("<meta property='article:published_time' content='2025-07-05T00:04:00+00:00'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2025-07-04T20:04:00-04:00");
    ls_article_release(&a);
    /* (a time without its zone says no more than the day) */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><p class=meta>By Jane Roe, <time "
             "datetime='2025-07-04T20:04'>July 4, 2025</time></p>%s", BODY_EN);
    extract_page("<meta property='article:published_time' content='2025-07-05T00:04:00+00:00'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2025-07-04");
    ls_article_release(&a);
    /* a relative day says nothing about a stored page */
    snprintf(body, sizeof body, "<h1>工厂复产</h1><div>发布时间：3天前</div>%s", BODY_ZH);
    extract_page("<meta name='PubDate' content='2024-05-06 09:00'>", body, &a);
    CHECK_STR_EQ(a.published, "2024-05-06T09:00:00+08:00");
    ls_article_release(&a);
}

TEST(page_credit_lines_with_no_break_spaces)
{
    char body[4096];
    ls_article a;
    /* "By" and "Edited by" written with no-break spaces, the names links:
     * credits read and left out of the text */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><div class=byline><span>By\xc2\xa0<a "
             "href=/p/sh>Samuel Horti</a></span></div><div class=credit>Edited<!-- -->\xc2\xa0" "by"
             "\xc2\xa0<span><cite>Marie White</cite></span></div>%s", BODY_EN);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.byline, "Samuel Horti");
    CHECK_STR_EQ(a.editor, "Marie White");
    CHECK_NOT_CONTAINS(a.text, "Samuel Horti");
    CHECK_NOT_CONTAINS(a.text, "Marie White");
    ls_article_release(&a);
    /* "edited by" inside a sentence credits no editor */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><p class=meta>By Jane Roe</p><p>This "
             "report was edited by John Poe.</p>%s", BODY_EN);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    CHECK(a.editor == NULL);
    CHECK_CONTAINS(a.text, "This report was edited by John Poe.");
    ls_article_release(&a);
}

TEST(page_info_box_named_like_boilerplate_under_the_headline)
{
    /* a post's "user-info" box under its <h1> holds its writer and time */
    char body[4096];
    snprintf(body, sizeof body, "<article><header><h1>工业软件的大模型时刻来了吗</h1><div "
             "class=user-info><a href='/users/1' class=author>李源</a><span class=release-date>"
             "2024-05-19 18:20</span></div></header><div class=article-content>%s</div>"
             "</article>", BODY_ZH);
    ls_article a;
    extract_page("<title>工业软件的大模型时刻来了吗_极客公园</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-05-19T18:20:00+08:00");
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "李源");
    ls_article_release(&a);
}

TEST(page_date_above_the_headline)
{
    char body[4096];
    ls_article a;
    /* the date line sits above the headline, after lines of white space */
    snprintf(body, sizeof body, "<div class=hero><div class=infos><span>December 17, 2023"
             "</span> <span>8 minutes</span></div><div>\n \n</div><div> </div><div> </div>"
             "<div> </div><div> </div><div> </div><div> </div><div> </div><div> </div>"
             "<div> </div><div> </div><div> </div><h1>Plant reopens</h1>"
             "<p>Why the town waited two years.</p></div>%s", BODY_EN);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.published, "2023-12-17");
    ls_article_release(&a);
}

TEST(page_list_of_dated_items_is_not_an_info_line)
{
    char body[8192];
    ls_article a;
    /* a listing: each item has its own date; only the first is read, and
     * the items stay in the text */
    snprintf(body, sizeof body, "<h1>Archive</h1><div class=content>"
             "<p><a href=/a>Allocating less</a>, 27 February 2024</p><p>A short summary.</p>"
             "<p><a href=/b>Faster builds</a>, 17 February 2024</p><p>Another summary.</p>"
             "<p><a href=/c>Release notes</a>, 10 February 2024</p><p>One more summary.</p>"
             "</div>%s", BODY_EN);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.published, "2024-02-27");
    CHECK(strstr(a.text, "17 February 2024") != NULL);
    CHECK(strstr(a.text, "10 February 2024") != NULL);
    ls_article_release(&a);
}

TEST(page_byline_without_text_for_screen_readers)
{
    /* a journal's authors box opens with a line for screen readers only */
    char body[4096];
    snprintf(body, sizeof body, "<h1>Battery paper</h1><div class=author-group "
             "id=author-group><span class=sr-only>Author links open overlay panel</span><button "
             "type=button><span class=button-link-text><span class=given-name>Sofia</span> <span "
             "class='text surname'>Marchetti</span><sup>a</sup></span></button></div>%s",
             BODY_EN);
    ls_article a;
    extract_page("<title>Battery paper</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Sofia Marchetti");
    ls_article_release(&a);
}

TEST(page_site_name_in_latin_letters_before_the_writer)
{
    /* the site's own name, whole, before the writer: "C114通信网 水易" */
    char body[4096];
    snprintf(body, sizeof body, "<h1>5G-A全面商用在即</h1><div class=r_time>2024/3/12 08:15<span "
             "class=author><a>C114通信网</a> &nbsp;水易</span></div><div class=text>%s</div>",
             BODY_ZH);
    ls_article a;
    extract_page("<title>5G-A全面商用在即 - C114通信网</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "水易");
    ls_article_release(&a);
}

TEST(page_record_table_keeps_its_dates)
{
    /* a standard's particulars: the date the page is dated by stays in its
     * row */
    char body[4096];
    snprintf(body, sizeof body, "<div class=container><h1>GB/T 39116-2020</h1><div "
             "class=page-header><h4>智能制造能力成熟度模型</h4></div><table class=tdlist><tr><td>标准号："
             "GB/T 39116-2020</td><td>标准状态：现行</td></tr><tr><td>发布日期：2020-10-11</td>"
             "<td>实施日期：2021-05-01</td></tr><tr><td>主管部门：国家标准化管理委员会</td><td>"
             "归口部门：全国自动化系统与集成标准化技术委员会</td></tr></table><div class=panel><div "
             "class=panel-heading>备注</div><div class=panel-body>本标准规定了智能制造能力成熟度模型的"
             "构成、成熟度等级、能力要素和成熟度要求，适用于制造企业、智能制造系统解决方案供应商与咨询服务"
             "机构开展智能制造能力的自评估、第三方评估和咨询诊断。</div></div></div>");
    ls_article a;
    extract_page("<title>国家标准全文公开系统</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2020-10-11");
    CHECK_CONTAINS(a.text, "发布日期：2020-10-11 | 实施日期：2021-05-01");
    ls_article_release(&a);
}

TEST(page_list_of_files_above_the_readme_dates_nothing)
{
    /* a repository's files, each with its last commit's age, above its
     * README: the ages are the files', the page has no date */
    char body[8192];
    snprintf(body, sizeof body, "<div class=tree><div class=tree-item><a href=/o/e/tree/cmd>"
             "cmd</a><span class=commit-msg>feat: add collector</span><span class=timeago>3天前"
             "</span></div><div class=tree-item><a href=/o/e/blob/README.md>README.md</a><span "
             "class=commit-msg>docs: update quick start</span><span class=timeago>2天前</span>"
             "</div></div><div class=markdown-body><h1>EdgeTwin</h1>%s</div>", BODY_ZH);
    ls_article a;
    extract_page("<title>EdgeTwin: 边缘数字孪生框架</title>", body, &a);
    CHECK(a.published == NULL);
    ls_article_release(&a);
    /* a post's own date under its headline, one line, stays */
    snprintf(body, sizeof body, "<div class=post><div class=meta><a href=/u/1>李源</a> "
             "<span>2024-05-19 18:20</span></div><h1>EdgeTwin 发布</h1>%s</div>", BODY_ZH);
    extract_page("<title>EdgeTwin 发布</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-05-19T18:20:00+08:00");
    ls_article_release(&a);
}

TEST(byline_furniture_is_not_a_name)
{
    char out[128];
    CHECK(!ls_byline_clean("The Author", out, sizeof out));
    CHECK(!ls_byline_clean("Updated", out, sizeof out));
    CHECK(!ls_byline_clean("View more posts", out, sizeof out));
    CHECK(!ls_byline_clean("Sat", out, sizeof out));
    CHECK(!ls_byline_clean("Jun 2 Written By", out, sizeof out));
    CHECK(!ls_byline_clean("()x", out, sizeof out));
    CHECK(ls_byline_clean("Written by Jane Roe", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe");
    CHECK(ls_byline_clean("作者：李明", out, sizeof out));
    CHECK_STR_EQ(out, "李明");
    /* a date first: the name follows it */
    CHECK(ls_byline_clean("Dec 17, 2023 Jane Roe", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe");
    CHECK(!ls_byline_clean("August 28, 2023 | 5 min read", out, sizeof out));
    /* an info line label followed by page furniture */
    ls_info in = parse("Filter By Topic");
    CHECK_STR_EQ(in.author, "");
}

TEST(page_site_named_as_author_is_the_last_resort)
{
    char body[4096];
    ls_article a;
    /* the site in meta author, a person in the byline: the person */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><p class=byline>Jane Roe</p>%s", BODY_EN);
    extract_page("<meta property='og:site_name' content='Town Gazette'>"
                 "<meta name=author content='Town Gazette'>", body, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
    /* no person named anywhere: the site stays the author */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s", BODY_EN);
    extract_page("<meta property='og:site_name' content='Town Gazette'>"
                 "<meta name=author content='Town Gazette'>", body, &a);
    CHECK_STR_EQ(a.byline, "Town Gazette");
    ls_article_release(&a);
    /* the same for a Chinese site and the reporter in the info line */
    snprintf(body, sizeof body, "<h1>工厂复产</h1><div>来源：本报 记者 王小明</div>%s", BODY_ZH);
    extract_page("<meta name=application-name content='东方日报网'>"
                 "<meta name=author content='东方日报网'>", body, &a);
    CHECK_STR_EQ(a.byline, "王小明");
    ls_article_release(&a);
}

TEST(page_dublin_core_creator_and_property_lists)
{
    ls_article a;
    extract_page("<meta property='dc:creator twitter:site_name' content='Ann Author'>"
                 "<meta name=author content='Template Name'>", BODY_EN, &a);
    CHECK_STR_EQ(a.byline, "Ann Author");
    ls_article_release(&a);
}

TEST(info_document_date_beats_posting_date)
{
    ls_info in = parse("发布日期：2023年03月02日 成文日期：2023年02月27日");
    CHECK_STR_EQ(in.date, "2023-02-27");
    CHECK(in.date_doc);
    in = parse("发布日期：2023年03月02日");
    CHECK(!in.date_doc);
}

TEST(info_label_alone_on_its_line)
{
    CHECK(ls_info_label_only("发布日期：", strlen("发布日期：")));
    CHECK(ls_info_label_only(" Written By ", strlen(" Written By ")));
    CHECK(ls_info_label_only("作者：", strlen("作者：")));
    CHECK(!ls_info_label_only(NULL, 0)); /* an empty line is no label */
    CHECK(!ls_info_label_only("", 0));
    CHECK(!ls_info_label_only("作者：李明", strlen("作者：李明")));
    CHECK(!ls_info_label_only("阅读：", strlen("阅读：")));
    CHECK(!ls_info_label_only("Plant reopens", strlen("Plant reopens")));
}

TEST(info_post_credit_line)
{
    ls_info in = parse("本帖由小林于2006年3月9日10:12:30在〖园艺论坛〗发表");
    CHECK_STR_EQ(in.author, "小林");
    CHECK_STR_EQ(in.date, "2006-03-09T10:12:30+08:00");
    CHECK(in.attributed);
    in = parse("由阿明张贴 @ 2006-03-09 10:12:30 (120) 共 3 篇评论");
    CHECK_STR_EQ(in.author, "阿明");
    CHECK(in.attributed);
    /* 由 in prose: no date after 于, or punctuation in the way */
    in = parse("由于天气原因，比赛推迟");
    CHECK(!in.attributed);
    in = parse("由市政府牵头，于2006年3月9日发布");
    CHECK(!in.attributed);
}

TEST(page_label_and_value_in_two_cells)
{
    char body[4096];
    ls_article a;
    snprintf(body, sizeof body, "<table><tr><td>发文机关：</td><td>某市人民政府</td></tr>"
             "<tr><td>发布日期：</td><td>2023年03月02日</td></tr><tr><td>成文日期：</td>"
             "<td>2023年02月27日</td></tr></table><h1>关于加快工业互联网发展的通知</h1>%s",
             BODY_ZH);
    extract_page("<meta name=PubDate content='2023-03-02 09:00'>", body, &a);
    CHECK_STR_EQ(a.published, "2023-02-27");
    ls_article_release(&a);
}

TEST(page_post_credit_line_below_the_post)
{
    char body[8192];
    ls_article a;
    snprintf(body, sizeof body, "<h1>种花心得</h1>%s<p>本帖由小林于2006年3月9日10:12:30在〖园艺论坛〗"
             "发表.</p><p>论坛声明</p><p>1. 言论纯属作者个人观点；</p><p>2. 转载请注明出处；</p>"
             "<p>3. 禁止发布广告；</p><p>4. 文明发言；</p><p>回复：好文 阿明 10:30:00 3/9/06</p>",
             BODY_ZH);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.byline, "小林");
    CHECK_STR_EQ(a.published, "2006-03-09T10:12:30+08:00");
    ls_article_release(&a);
}

TEST(info_reporter_after_an_outlet)
{
    ls_info in = parse("东方晨报记者 李明 王芳");
    CHECK_STR_EQ(in.author, "李明 王芳");
    in = parse("晚报记者 陈红 广州报道");
    CHECK_STR_EQ(in.author, "陈红");
    in = parse("都市报记者赵强/文");
    CHECK_STR_EQ(in.author, "赵强");
    in = parse("执笔人：刘洋 孙丽 编辑：周涛");
    CHECK_STR_EQ(in.author, "刘洋 孙丽");
    CHECK_STR_EQ(in.editor, "周涛");
    /* 记者 inside a word after something that is no outlet */
    in = parse("据悉记者近日从市里了解到");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_bracketed_byline_ends_the_article)
{
    char who[128];
    const char *a = "这一轮改革还会继续推进。”（陈红 广州报道）";
    CHECK(ls_info_tail_byline(a, strlen(a), who, sizeof who));
    CHECK_STR_EQ(who, "陈红");
    a = "活动持续到月底。（李明 王芳）";
    CHECK(ls_info_tail_byline(a, strlen(a), who, sizeof who));
    CHECK_STR_EQ(who, "李明 王芳");
    const char *no[] = {"会议在京召开。（新华社）", "故事讲到这里。（待续）", "全文如下（见附件）",
                        "照片见下。（组图）", "会议在京召开。（广州报道）"};
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        CHECK(!ls_info_tail_byline(no[k], strlen(no[k]), who, sizeof who));
}

TEST(info_padded_names_of_writers_and_editors)
{
    /* two-character names padded to the width of three, by spaces,
     * U+3000 or a no-break space, one name each */
    ls_info in = parse("本报记者  王  浩  刘  雪");
    CHECK_STR_EQ(in.author, "王浩 刘雪");
    /* and so are they in a byline read from an element of their own */
    char byline[64] = "王 浩 刘 雪";
    CHECK(ls_byline_tidy(byline));
    CHECK_STR_EQ(byline, "王浩 刘雪");
    in = parse("责任编辑：张　宇");
    CHECK_STR_EQ(in.editor, "张宇");
    in = parse("本版责编：吕  倩  刘  涛  肖  遥");
    CHECK_STR_EQ(in.editor, "吕倩 刘涛 肖遥");
    in = parse("编辑：孙\u00a0燕");
    CHECK_STR_EQ(in.editor, "孙燕");
    /* the art editor's label, letter-spaced too, ends the editor's name */
    in = parse("编辑　孙　昊　　美　编　王子萱");
    CHECK_STR_EQ(in.editor, "孙昊");
    /* co-writers set apart by a wide space after 记者 */
    in = parse("证券时报记者　李喆　王堃");
    CHECK_STR_EQ(in.author, "李喆 王堃");
    /* names written whole stay as they are */
    in = parse("记者 张三 李四  来源：经济日报");
    CHECK_STR_EQ(in.author, "张三 李四");
    CHECK_STR_EQ(in.source, "经济日报");
}

TEST(info_dates_of_other_things)
{
    ls_info in = parse("Last post: 12/01/2023 at 6:49 pm");
    CHECK_STR_EQ(in.date, "");
    in = parse("Joined: Mon Jul 24, 2017 9:28 am");
    CHECK_STR_EQ(in.date, "");
    in = parse("注册时间：2015-03-02");
    CHECK_STR_EQ(in.date, "");
    /* the post's own date before such a label stays */
    in = parse("March 3, 2021  Last edited: March 9, 2021");
    CHECK_STR_EQ(in.date, "2021-03-03");
    in = parse("2021-03-03 10:00 最后回复：2021-03-09");
    CHECK_STR_EQ(in.date, "2021-03-03T10:00:00+08:00");
}

TEST(info_value_ends_before_a_label_the_table_does_not_know)
{
    ls_info in = parse("来源：电子工程世界 关键字： STM32 边缘计算");
    CHECK_STR_EQ(in.source, "电子工程世界");
    in = parse("来源：中国电子报 标签：半导体");
    CHECK_STR_EQ(in.source, "中国电子报");
}

TEST(info_two_writers_set_in_elements_of_their_own)
{
    /* "By <a>Karan Mehta</a> and <a>Lucia Fernandez</a>": the line joins
     * the elements' text with spaces of their own */
    ls_info in = parse("By  Karan Mehta  and  Lucia Fernandez");
    CHECK_STR_EQ(in.author, "Karan Mehta and Lucia Fernandez");
    in = parse("by Karan Mehta and  Lucia Fernandez");
    CHECK_STR_EQ(in.author, "Karan Mehta and Lucia Fernandez");
    /* a run of spaces still ends a name before what is not one */
    in = parse("By Karan Mehta  and more from our team");
    CHECK_STR_EQ(in.author, "Karan Mehta");
}

TEST(info_edit_date_is_no_posting_date)
{
    /* "修改于" dates a later edit: the posting's date wins, and alone it
     * dates nothing */
    ls_info in = parse("发布于 2024-05-20 13:20 · 修改于 2024-05-20 15:20");
    CHECK_STR_EQ(in.date, "2024-05-20T13:20:00+08:00");
    in = parse("修改于2024-05-20 15:20 · 来自雪球");
    CHECK_STR_EQ(in.date, "");
}

TEST(page_modified_date_when_nothing_else_says)
{
    ls_article a;
    extract_page("<script type='application/ld+json'>{\"@type\":\"Article\","
                 "\"dateModified\":\"2023-06-12T10:00:00Z\"}</script>", BODY_EN, &a);
    CHECK_STR_EQ(a.published, "2023-06-12T10:00:00Z");
    ls_article_release(&a);
    extract_page("<meta property='article:modified_time' content='2023-06-12T10:00:00Z'>"
                 "<meta property='article:published_time' content='2021-01-05T08:00:00Z'>",
                 BODY_EN, &a);
    CHECK_STR_EQ(a.published, "2021-01-05T08:00:00Z");
    ls_article_release(&a);
}

TEST(page_element_marked_as_date_fills_the_gap)
{
    char body[4096];
    ls_article a;
    /* far from the headline, but marked as the date */
    snprintf(body, sizeof body, "<div class=post-meta><span class=post-date>Published "
             "March 3, 2021</span></div><div><p>Intro words</p><p>More words</p><p>Other"
             "</p></div><h1>Plant reopens</h1>%s", BODY_EN);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.published, "2021-03-03");
    ls_article_release(&a);
    /* metadata still goes first */
    extract_page("<meta property='article:published_time' content='2021-01-05T08:00:00Z'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2021-01-05T08:00:00Z");
    ls_article_release(&a);
    /* on a Chinese page the date element's time is Beijing time, though
     * the element is read before the page is known to be Chinese */
    snprintf(body, sizeof body, "<h1>工厂复产</h1>%s<div class=postDesc>posted @ <span "
             "id=post-date>2024-04-28 22:15</span> 李工 阅读(1234) 编辑 收藏</div>", BODY_ZH);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.published, "2024-04-28T22:15:00+08:00");
    CHECK(a.editor == NULL);
    ls_article_release(&a);
    /* a date inside hidden page furniture is not the page's */
    snprintf(body, sizeof body, "<nav><span class=date>March 3, 2021</span></nav>"
             "<h1>Plant reopens</h1>%s", BODY_EN);
    extract_page("", body, &a);
    CHECK(a.published == NULL);
    ls_article_release(&a);
}

TEST(page_headline_found_without_the_title_separator)
{
    char body[4096];
    ls_article a;
    /* an old table layout: no <h1>, the title tag joins the site with "--" */
    char many[1024] = "";
    for (int i = 0; i < 14; i++)
        strcat(many, "<tr><td>相关图片</td></tr>");
    snprintf(body, sizeof body, "<table><tr><td><b>工厂复产带动全产业链(图)</b></td></tr>"
             "<tr><td>2009-04-05 06:40更新 来源：晨报</td></tr>%s</table>"
             "<table><tr><td>%s</td></tr></table>", many, BODY_ZH);
    extract_page("<title>工厂复产带动全产业链(图)--某某新闻</title>", body, &a);
    CHECK_STR_EQ(a.published, "2009-04-05T06:40:00+08:00");
    CHECK_STR_EQ(a.source, "晨报");
    ls_article_release(&a);
}

TEST(byline_glued_labels_and_comment_heads)
{
    char out[128];
    CHECK(ls_byline_clean("byJane Roe", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe");
    CHECK(ls_byline_clean("Byron Smith", out, sizeof out));
    CHECK_STR_EQ(out, "Byron Smith");
    CHECK(ls_byline_clean("Authored by: Dr. Ann Lee", out, sizeof out));
    CHECK_STR_EQ(out, "Dr. Ann Lee");
    CHECK(!ls_byline_clean("Tom says:", out, sizeof out));
    CHECK(!ls_byline_clean("\xe2\x80\xa2" "5 min read", out, sizeof out));
    CHECK(ls_byline_clean("José Núñez", out, sizeof out));
    CHECK_STR_EQ(out, "José Núñez");
}

TEST(info_affiliation_and_site_makers_are_no_byline)
{
    ls_info in = parse("【作者单位：东方理工大学社会学系】");
    CHECK_STR_EQ(in.author, "");
    in = parse("作者：陈红 作者单位：东方理工大学");
    CHECK_STR_EQ(in.author, "陈红");
    in = parse("Copyright 2020 Town Gazette. Produced By Acme Web");
    CHECK_STR_EQ(in.author, "");
    char out[128];
    CHECK(!ls_byline_clean("Powered by Acme CMS", out, sizeof out));
    CHECK(!ls_byline_clean("技术支持：某某网络", out, sizeof out));
}

TEST(byline_padded_chinese_name_joined)
{
    char out[128];
    CHECK(ls_byline_clean("作者：陈 红", out, sizeof out));
    CHECK_STR_EQ(out, "陈红");
    CHECK(ls_byline_clean("欧阳 修 文", out, sizeof out));
    CHECK_STR_EQ(out, "欧阳 修 文"); /* not single characters only */
    CHECK(ls_byline_clean("李明 王芳", out, sizeof out));
    CHECK_STR_EQ(out, "李明 王芳");
}

TEST(page_dateline_between_line_breaks_of_one_cell)
{
    /* an old table layout: the deck, the dateline and the story in one
     * cell, set apart by <br>: the dateline is read and left out, the
     * deck and the story stay */
    ls_article a;
    extract_page("",
                 "<h1>工业生产增速创新高</h1><div>2005-04-25 08:24:06　来源: 第一财经日报</div>"
                 "<table><tr><td>研究所所长说，宏观政策应该相对稳定，但是改革一定要加快<br><br>"
                 "<b>本报记者王小明发自北京</b><br><br>　　23日下午，研究中心向社会作了第一次季度报告会，"
                 "报告认为一季度工业生产增速创下新高，投资增长依然较快，部分行业出现偏热迹象，"
                 "需要继续加强宏观调控，防止经济大起大落。<br><br>　　报告指出，消费增长保持平稳，"
                 "出口增势强劲，物价涨幅有所回落，全年经济有望保持平稳较快增长，但结构性矛盾仍然突出。"
                 "</td></tr></table>",
                 &a);
    CHECK_STR_EQ(a.byline, "王小明");
    CHECK_STR_EQ(a.source, "第一财经日报");
    CHECK_CONTAINS(a.text, "改革一定要加快");
    CHECK_CONTAINS(a.text, "结构性矛盾仍然突出");
    CHECK_NOT_CONTAINS(a.text, "发自北京");
    ls_article_release(&a);
}

TEST(page_menu_of_links_names_no_reporter)
{
    /* "记者调查" in the site's menu just above the story is a channel; the
     * reporters are named at the end of the story */
    ls_article a;
    extract_page("",
                 "<ul class=sub><li><a href=/jzdc/>记者调查</a> <a href=/mydc/>民意调查</a></li></ul>"
                 "<div class=text><p>　　1月20日，学院党总支举办剪窗花过廉洁之年活动，师生们一起动手，"
                 "在红纸上剪出廉洁两字和清白做人、踏实做事的字样，表达过一个廉洁新春的决心。</p>"
                 "<p>　　大家认认真真剪出了各式窗花，用别具一格的形式倡树廉洁家风，过一个平安、祥和、"
                 "温馨的新春佳节。（常书香 马丹阳 ）</p></div>",
                 &a);
    CHECK_STR_EQ(a.byline, "常书香 马丹阳");
    ls_article_release(&a);
}

TEST(page_byline_that_is_the_source_gives_way_to_the_reporter)
{
    /* a portal's account card names the outlet, which is also the
     * source: the reporter at the story's end is the author */
    ls_article a;
    char body[4096];
    snprintf(body, sizeof body,
             "<h1>工厂复产</h1><div class=info>来源:<a href=/src>中国新闻网</a></div>"
             "<div class=content><p>今年以来，全市加快推进工业互联网平台建设，一批智能制造示范工厂"
             "相继投产，带动上下游企业数字化转型，产业链协同水平明显提升。</p><p>下一步，市里将继续"
             "完善边缘计算和数字孪生等新型基础设施，推动制造业高质量发展。</p>"
             "<p>新京报记者 彭冲 山东冠县报道</p></div><div class=author-card>"
             "<div class=author-info>中国新闻网</div></div>");
    extract_page("", body, &a);
    CHECK_STR_EQ(a.source, "中国新闻网");
    CHECK_STR_EQ(a.byline, "彭冲");
    ls_article_release(&a);
    /* no person named: the outlet stays */
    snprintf(body, sizeof body,
             "<h1>工厂复产</h1><div class=info>来源:<a href=/src>中国新闻网</a></div>%s"
             "<div class=author-card><div class=author-info>中国新闻网</div></div>", BODY_ZH);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.byline, "中国新闻网");
    ls_article_release(&a);
}

TEST(info_label_then_line_break_in_the_source)
{
    /* the page's source breaks the line after the label; it is white space */
    ls_info in = parse("编辑：\n            金金");
    CHECK_STR_EQ(in.editor, "金金");
    in = parse("来源:\r\n  新华网");
    CHECK_STR_EQ(in.source, "新华网");
}

TEST(page_credits_in_a_box_below_the_story)
{
    /* 编辑, 来源 and 作者 in a table below the article, outside it; the
     * related stories after it are not read */
    ls_article a;
    char body[4096];
    snprintf(body, sizeof body,
             "<h1>工厂复产</h1>%s<table><tr><td>编辑：\n  金金\n</td><td>来源：\n  工业日报\n</td>"
             "<td>作者：宋怡 杨志华\n</td></tr></table><div class=more><a href=/1>另一篇报道</a> "
             "作者：李四 <a href=/2>第三篇报道</a></div>", BODY_ZH);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.byline, "宋怡 杨志华");
    CHECK_STR_EQ(a.editor, "金金");
    CHECK_STR_EQ(a.source, "工业日报");
    ls_article_release(&a);
    /* a block of links right below the story ends the reading */
    snprintf(body, sizeof body,
             "<h1>工厂复产</h1>%s<div class=more><a href=/1>另一篇报道</a> <a href=/2>第三篇报道</a>"
             "</div><div>作者：李四</div>", BODY_ZH);
    extract_page("", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* the story's tags between it and its credits are passed */
    snprintf(body, sizeof body,
             "<h1>工厂复产</h1>%s<div class=keyword><span>关键词 &gt;&gt;</span> <a href=/t/1>数字孪生"
             "</a>，<a href=/t/2>智能制造</a></div><div class=editor><p>责任编辑：李跃群</p></div>",
             BODY_ZH);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "李跃群");
    ls_article_release(&a);
}

TEST(page_author_meta_naming_the_generator_is_not_the_author)
{
    ls_article a;
    extract_page("<meta name=generator content='Discuz! X3.4'>"
                 "<meta name=author content='Discuz! Team and Comsenz UI Team'>", BODY_ZH, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    extract_page("<meta name=Generator content='大汉版通'><meta name=Author content='大汉网络'>",
                 BODY_ZH, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* a person beside a generator stays; web address parts are no words */
    extract_page("<meta name=generator content='WordPress 6.4 (https://wordpress.org)'>"
                 "<meta name=author content='Jane Roe'>", BODY_EN, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
    /* a person whose first name is the generator's */
    extract_page("<meta name=generator content='Hugo 0.120.4'>"
                 "<meta name=author content='Hugo Smith'>", BODY_EN, &a);
    CHECK_STR_EQ(a.byline, "Hugo Smith");
    ls_article_release(&a);
    extract_page("<meta name=generator content='王氏建站系统'><meta name=author content='王小明'>",
                 BODY_ZH, &a);
    CHECK_STR_EQ(a.byline, "王小明");
    ls_article_release(&a);
}

TEST(page_bracketed_byline_above_a_short_last_line)
{
    /* the reporter in brackets, then the office that released the story */
    ls_article a;
    extract_page("",
                 "<div class=content><p>今年以来，全市加快推进工业互联网平台建设，一批智能制造示范工厂"
                 "相继投产，带动上下游企业数字化转型，产业链协同水平明显提升。</p><p>下一步，市里将继续"
                 "完善边缘计算和数字孪生等新型基础设施，推动制造业高质量发展。</p><p>（袁源）</p>"
                 "<p>市工业和信息化局新闻中心</p></div>",
                 &a);
    CHECK_STR_EQ(a.byline, "袁源");
    ls_article_release(&a);
}

TEST(page_old_layout_headline_when_the_title_tag_names_no_page)
{
    char body[4096];
    ls_article a;
    /* a greeting for a <title>, the headline a bold blue cell above the
     * story's cell, the info line below it */
    snprintf(body, sizeof body,
             "<table><tr><td align=center><b><font size=3 color=blue>张三：我是怎样走上这条路的"
             "</font></b></td></tr><tr><td>作者：李四 发布日期：2005-07-03</td></tr>"
             "<tr><td>%s</td></tr></table>", BODY_ZH);
    extract_page("<title>谢谢您访问本站</title>", body, &a);
    CHECK_STR_EQ(a.title, "张三：我是怎样走上这条路的");
    CHECK_STR_EQ(a.byline, "李四");
    CHECK_STR_EQ(a.published, "2005-07-03");
    ls_article_release(&a);
    /* a script's name for a <title>, the headline centred at the top */
    snprintf(body, sizeof body,
             "<div><p align=center><strong>比赛革命的革命</strong></p>"
             "<p>今年以来，全市加快推进工业互联网平台建设，一批智能制造示范工厂相继投产，带动上下游"
             "企业数字化转型，产业链协同水平明显提升。</p><p>下一步，市里将继续完善边缘计算和数字孪生"
             "等新型基础设施，支持中小企业上云用数赋智，推动制造业高质量发展。</p></div>");
    extract_page("<title>显示</title>", body, &a);
    CHECK_STR_EQ(a.title, "比赛革命的革命");
    CHECK(strncmp(a.text, "比赛革命", 12) != 0); /* the headline, not the text's first line */
    ls_article_release(&a);
    /* no <title>; the breadcrumb and the headline share the story's cell */
    snprintf(body, sizeof body,
             "<table><tr><td><font>当前位置：<a href=/>首页</a>-&gt;<a href=/t/>军事技术</a></font>"
             "<b><p align=center><big><font color=#0000FF>飞行物理学常识</font></big></p></b>"
             "%s</td></tr></table>", BODY_ZH);
    extract_page("", body, &a);
    CHECK_STR_EQ(a.title, "飞行物理学常识");
    ls_article_release(&a);
    /* a paper's kicker (引题) in a lesser heading above the headline */
    snprintf(body, sizeof body, "<div class=right><h3>设备更新政策红利释放</h3><h2>工业软件企业"
             "订单饱满 研发投入持续加码</h2>%s</div>", BODY_ZH);
    extract_page("<title>证券时报电子报实时通过手机APP、网站免费阅读重大财经新闻资讯</title>", body,
                 &a);
    CHECK_STR_EQ(a.title, "工业软件企业订单饱满 研发投入持续加码");
    ls_article_release(&a);
}

TEST(page_filing_exhibit_headline_and_dateline)
{
    /* a filing's exhibit: its <title> is the form's code, its headline a
     * bold centred line, its date in the release's dateline */
    char body[4096];
    snprintf(body, sizeof body, "<P ALIGN=center><B>Helion Grid Systems Reports First Quarter "
             "2024 Results</B></P><P><B>AUSTIN, Texas, May&nbsp;7, 2024 </B>&#8212; Helion Grid "
             "Systems, Inc., a provider of grid-scale battery storage systems, today announced "
             "financial results for the first quarter ended March 31, 2024.</P>%s", BODY_EN);
    ls_article a;
    extract_page("<title>EX-99.1</title>", body, &a);
    CHECK_STR_EQ(a.title, "Helion Grid Systems Reports First Quarter 2024 Results");
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-05-07");
    ls_article_release(&a);
    /* a sentence that opens with a date is no dateline */
    snprintf(body, sizeof body, "<h1>Quarterly results</h1><p>On May 7, 2024 — the day the "
             "plant reopened — the company said revenue rose, and it kept its guidance for the "
             "year unchanged for now.</p>%s", BODY_EN);
    extract_page("<title>Quarterly results</title>", body, &a);
    CHECK(a.published == NULL);
    ls_article_release(&a);
}

TEST(page_title_tag_shown_on_the_page_stays)
{
    char body[4096];
    ls_article a;
    /* the <title> is printed on the page: the bold line is a column's name */
    snprintf(body, sizeof body, "<p><b>工业互联网专栏</b></p><p>智能工厂加快投产</p>%s", BODY_ZH);
    extract_page("<title>智能工厂加快投产</title>", body, &a);
    CHECK_STR_EQ(a.title, "智能工厂加快投产");
    ls_article_release(&a);
    /* a bold date is no headline; a bold label neither */
    snprintf(body, sizeof body, "<p><b>2005年7月3日</b></p><p><b>作者：</b></p>%s", BODY_ZH);
    extract_page("<title>欢迎光临</title>", body, &a);
    CHECK_STR_EQ(a.title, "欢迎光临");
    ls_article_release(&a);
    /* an English page keeps its <title> */
    snprintf(body, sizeof body, "<p align=center><b>Welcome to our site</b></p>%s", BODY_EN);
    extract_page("<title>Acme Plant News</title>", body, &a);
    CHECK_STR_EQ(a.title, "Acme Plant News");
    ls_article_release(&a);
}

/* What a name reader makes of s, "(none)" when it refuses. */
static const char *name_by(bool (*read)(const char *, size_t, char *, size_t), const char *s)
{
    static char out[LS_INFO_MAX];
    if (!read(s, strlen(s), out, sizeof out))
        return "(none)";
    return out;
}

static const char *lone(const char *s)
{
    return name_by(ls_info_lone_name, s);
}

TEST(info_lone_name_under_a_title)
{
    CHECK_STR_EQ(lone(" 胡平"), "胡平");
    CHECK_STR_EQ(lone("\xE3\x80\x80张三 李四 "), "张三 李四");
    CHECK_STR_EQ(lone("欧阳修文"), "欧阳修文");
    /* no names: words printed there, outlets, a run too long, other text */
    CHECK_STR_EQ(lone("编者按"), "(none)");
    CHECK_STR_EQ(lone("摘要"), "(none)");
    CHECK_STR_EQ(lone("新华社"), "(none)");
    CHECK_STR_EQ(lone("（组图）"), "(none)");
    CHECK_STR_EQ(lone("一个很长的副标题"), "(none)");
    CHECK_STR_EQ(lone("张"), "(none)");
    CHECK_STR_EQ(lone("Jane Roe"), "(none)");
    CHECK_STR_EQ(lone("张三：李四"), "(none)");
}

static const char *latin(const char *s)
{
    return name_by(ls_info_latin_name, s);
}

TEST(info_latin_name_alone)
{
    CHECK_STR_EQ(latin(" Jack  Shepherd\n"), "Jack Shepherd");
    CHECK_STR_EQ(latin("Justin C. Meserole"), "Justin C. Meserole");
    CHECK_STR_EQ(latin("Mary-Ann O'Neil"), "Mary-Ann O'Neil");
    CHECK_STR_EQ(latin("Bence Kov\u00e1cs"), "Bence Kov\u00e1cs");
    CHECK_STR_EQ(latin("NATALIYA VASILYEVA"), "NATALIYA VASILYEVA");
    CHECK_STR_EQ(latin("Jack"), "(none)");
    CHECK_STR_EQ(latin("Product Updates Today And Tomorrow"), "(none)");
    CHECK_STR_EQ(latin("The Editors"), "(none)");
    CHECK_STR_EQ(latin("Table of Contents"), "(none)");
    CHECK_STR_EQ(latin("Co-Founder & Marketing Director"), "(none)");
    CHECK_STR_EQ(latin("Updated 23 Oct"), "(none)");
    CHECK_STR_EQ(latin("jack shepherd"), "(none)");
    CHECK_STR_EQ(latin("Jack Shepherd Is A Writer Here"), "(none)");
    /* the words of a heading in capitals are no name either */
    CHECK_STR_EQ(latin("FOR IMMEDIATE RELEASE"), "(none)");
    CHECK_STR_EQ(latin("THE EDITORS"), "(none)");
    CHECK_STR_EQ(latin("Press Release"), "(none)");
}

TEST(page_latin_name_under_the_title_then_a_date)
{
    char body[4096];
    ls_article a;
    /* name, role, date: the byline block of a page without labels */
    snprintf(body, sizeof body, "<h1>Top social media agencies</h1><div>Jack Shepherd</div>"
             "<div>Co-Founder &amp; Marketing Director</div><div>Updated on 23 Oct 2025</div>%s",
             BODY_EN);
    extract_page("<title>Top social media agencies</title>", body, &a);
    CHECK_STR_EQ(a.byline, "Jack Shepherd");
    ls_article_release(&a);
    /* without a date after it, two capitalised words are as often a deck */
    snprintf(body, sizeof body, "<h1>Top social media agencies</h1><div>Growth Marketing</div>%s",
             BODY_EN);
    extract_page("<title>Top social media agencies</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* a category's link is no author */
    snprintf(body, sizeof body, "<h1>Top social media agencies</h1><div><a href=/c/growth>"
             "Growth Marketing</a></div><div>23 Oct 2025</div>%s", BODY_EN);
    extract_page("<title>Top social media agencies</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(page_essay_author_alone_under_its_title)
{
    char body[4096];
    ls_article a;
    snprintf(body, sizeof body, "<h1>比赛革命的革命</h1><p>胡平<br>——对一段历史的心理学分析<br>"
             "%s</p>", "今年以来，全市加快推进工业互联网平台建设，一批智能制造示范工厂相继投产，"
             "带动上下游企业数字化转型，产业链协同水平明显提升。下一步，市里将继续完善边缘计算和"
             "数字孪生等新型基础设施，支持中小企业上云用数赋智，推动制造业高质量发展。各地还将"
             "加大对重点项目的资金支持力度，确保年内完成既定目标。");
    extract_page("<title>比赛革命的革命</title>", body, &a);
    CHECK_STR_EQ(a.byline, "胡平");
    CHECK(strstr(a.text, "胡平") != NULL); /* it stays in the text */
    ls_article_release(&a);
    /* under the title written again, in a post whose lines are set apart
     * by <br>; the post's header above the headline dates it */
    snprintf(body, sizeof body, "<div class=thread><div class=head><span>2003-5-29 09:07</span>"
             "<b>高山流水</b></div><div class=post><b>社会资本与下岗职工的再就业</b><br><br>"
             "社会资本与下岗职工的再就业 <br>赵延东、风笑天<br>%s</div></div>",
             "近年来，全市加快推进工业互联网平台建设，一批智能制造示范工厂相继投产，带动上下游"
             "企业数字化转型，产业链协同水平明显提升。下一步，市里将继续完善边缘计算和数字孪生等"
             "新型基础设施，支持中小企业上云用数赋智，推动制造业高质量发展。各地还将加大对重点"
             "项目的资金支持力度，确保年内完成既定目标。");
    extract_page("<title>社会资本与下岗职工的再就业(页 1) - 学术前沿 - 社会学论坛</title>", body, &a);
    CHECK_STR_EQ(a.title, "社会资本与下岗职工的再就业");
    CHECK_STR_EQ(a.byline, "赵延东、风笑天");
    CHECK_STR_EQ(a.published, "2003-05-29T09:07:00+08:00");
    CHECK(!strstr(a.text, "社会资本与下岗职工的再就业\n\n社会资本"));
    ls_article_release(&a);
    /* the name in a block of its own */
    snprintf(body, sizeof body, "<h1>比赛革命的革命</h1><p align=center>张三 李四</p>%s", BODY_ZH);
    extract_page("<title>比赛革命的革命</title>", body, &a);
    CHECK_STR_EQ(a.byline, "张三 李四");
    ls_article_release(&a);
    /* a category's link under the title is no author */
    snprintf(body, sizeof body, "<h1>比赛革命的革命</h1><p><a href=/c/essay>散文</a></p>%s",
             BODY_ZH);
    extract_page("<title>比赛革命的革命</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* a name further down is not read as the author */
    snprintf(body, sizeof body, "<h1>比赛革命的革命</h1><p>发布时间：2024-05-01</p><p>胡平</p>%s",
             BODY_ZH);
    extract_page("<title>比赛革命的革命</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(page_byline_state_classes_and_template_keys)
{
    char body[4096];
    ls_article a;
    /* "has-byline" marks the box that holds the byline, with the date and
     * the programme: the byline is the element inside named for it */
    snprintf(body, sizeof body,
             "<h1>Plant reopens</h1><div class='story-meta has-byline'><time><span>October 17, "
             "2023</span><span>6:01 PM ET</span></time> Heard on <a href=/p>All Things "
             "Considered</a><div class=byline__name>Jane Roe</div></div>%s", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
    /* a template's unfilled key for the author is no name; a login is */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s", BODY_EN);
    extract_page("<title>Plant reopens</title><meta name=author content='page.head.extra.author'>",
                 body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    extract_page("<title>Plant reopens</title><meta name=author content='sara.r.peter'>", body,
                 &a);
    CHECK_STR_EQ(a.byline, "sara.r.peter");
    ls_article_release(&a);
}

TEST(page_byline_of_a_forum_thread)
{
    char body[4096];
    ls_article a;
    const char *post = "<div class=postbody><p>Has anyone measured how long the new battery "
                       "lasts in cold weather? Mine seems to lose a third of its range below "
                       "freezing, which surprised me a lot this winter.</p></div>";
    /* phpBB: "Post by NAME » date" in an element classed author */
    snprintf(body, sizeof body, "<h2>Cold batteries</h2><p class=author>Post by galitsyn &raquo; "
             "11. Sep 2024, 18:36</p>%s", post);
    extract_page("<title>Cold batteries</title>", body, &a);
    CHECK_STR_EQ(a.byline, "galitsyn");
    ls_article_release(&a);
    /* the first poster's name classed as a user name, when nothing names an
     * author; a login box's "Username" and a masked buyer are no names */
    snprintf(body, sizeof body, "<div class=login><span class=username>Username</span></div>"
             "<h2>Cold batteries</h2><a class=bigusername href=/u/1>microfast</a>%s", post);
    extract_page("<title>Cold batteries</title>", body, &a);
    CHECK_STR_EQ(a.byline, "microfast");
    ls_article_release(&a);
    /* under an article, a comment's poster is not its author */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s<div class=comments><div class=comment>"
             "<span class=username>Lars</span><p>Great piece.</p></div></div>", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* a comment's poster named so by its id, under a post whose own
     * poster is not named */
    snprintf(body, sizeof body, "<h1>工厂复产</h1>%s<div id=blog-comments-placeholder><div "
             "class=feedbackItem><span class=comment_date>2024-05-02 10:02</span><a "
             "id=a_comment_author_5001 href=https://blog.example.com/wangwu/>王五</a><div "
             "class=feedbackCon>说得好</div></div></div>", BODY_ZH);
    extract_page("<title>工厂复产</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* a blog platform's poster, classed as the account's nickname, linked
     * to the blog's front page rather than a member directory */
    snprintf(body, sizeof body, "<h1>工厂复产</h1><div class=bar><a class=follow-nickName "
             "href=https://blog.example.com/zhang_san>张三的技术笔记</a><span class=time>"
             "已于 2024-05-01 10:23:45 修改</span></div>%s", BODY_ZH);
    extract_page("<title>工厂复产</title>", body, &a);
    CHECK_STR_EQ(a.byline, "张三的技术笔记");
    ls_article_release(&a);
    snprintf(body, sizeof body, "<h2>Cold batteries</h2><span class=username>a***a (421)</span>"
             "<span class=byline>By Jane Roe</span>%s", post);
    extract_page("<title>Cold batteries</title>", body, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
}

TEST(page_byline_from_seo_labels_and_jsonld_references)
{
    char body[4096];
    ls_article a;
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s", BODY_EN);
    /* the pair an SEO plugin writes */
    extract_page("<title>Plant reopens</title><meta name='twitter:label2' content='Written by'>"
                 "<meta name='twitter:data1' content='5 minutes'>"
                 "<meta name='twitter:label1' content='Est. reading time'>"
                 "<meta name='twitter:data2' content='Jane Roe'>", body, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
    /* an article's author given by reference to a Person in the graph; a
     * reference to an Organization names no author */
    extract_page("<title>Plant reopens</title><script type='application/ld+json'>{\"@graph\":["
                 "{\"@type\":\"Article\",\"headline\":\"Plant reopens\",\"author\":{\"@id\":"
                 "\"https://t.example/#jane\"}},{\"@type\":\"Person\",\"@id\":"
                 "\"https://t.example/#jane\",\"name\":\"Jane Roe\"}]}</script>", body, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
    extract_page("<title>Plant reopens</title><script type='application/ld+json'>{\"@graph\":["
                 "{\"@type\":\"Article\",\"headline\":\"Plant reopens\",\"author\":{\"@id\":"
                 "\"https://t.example/#org\"}},{\"@type\":\"Organization\",\"@id\":"
                 "\"https://t.example/#org\",\"name\":\"Town Gazette Ltd\"}]}</script>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* a blog's default account is nobody's name */
    extract_page("<title>Plant reopens</title><meta name=author content='admin'>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(page_date_in_a_script_s_data_when_nothing_else_says)
{
    char body[4096];
    ls_article a;
    /* the state a framework hydrates from */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s<script>window.__STATE__ = "
             "{\"pageType\":\"article\",\"createDate\":\"2019-09-12\",\"publishDate\":"
             "\"2025-05-27\"};</script>", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.published, "2025-05-27");
    ls_article_release(&a);
    /* escaped inside a string; a longer key is another key */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s<script>self.__next_f.push([1,\""
             "{\\\"datePublishedLabel\\\":\\\"2020-01-01\\\",\\\"datePublished\\\":\\\""
             "2025-02-04T00:00:00.000Z\\\"}\"])</script>", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.published, "2025-02-04T00:00:00Z");
    ls_article_release(&a);
    /* metadata says it first; meta name=published is metadata */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s<script>x={\"publishDate\":"
             "\"2025-05-27\"}</script>", BODY_EN);
    extract_page("<title>Plant reopens</title><meta name=published content='July 17, 2025'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2025-07-17");
    ls_article_release(&a);
    /* published-date beside modified-date; a documentation platform's
     * ms.date when nothing else dates the page */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1>%s", BODY_EN);
    extract_page("<title>Plant reopens</title><meta name=modified-date content='2024-07-30'>"
                 "<meta name=published-date content='2021-02-16'>", body, &a);
    CHECK_STR_EQ(a.published, "2021-02-16");
    ls_article_release(&a);
    extract_page("<title>Plant reopens</title><meta name=ms.date content='2025-03-06T00:00:00Z'>",
                 body, &a);
    CHECK_STR_EQ(a.published, "2025-03-06T00:00:00Z");
    ls_article_release(&a);
}

TEST(page_date_in_a_dated_header_with_its_tags)
{
    char body[4096];
    ls_article a;
    /* the element named for the date also holds the post's tags */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><p>The first paragraph explains, at some "
             "length, what happened at the plant, why it matters to the town, what the managers "
             "said about it afterwards, and what the workers who came back on Monday thought of "
             "the new machines and the shifts they will work.</p>%s<div class='meta "
             "date-section-header'>"
             "<span>Posted on April 13, 2023</span><div class=tags><a href=/t/1>Industry</a> "
             "<a href=/t/2>Manufacturing news</a> <a href=/t/3>Town life</a> <a href=/t/4>Jobs "
             "and work</a> <a href=/t/5>Energy</a></div></div>", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.published, "2023-04-13");
    ls_article_release(&a);
}

TEST(page_byline_from_a_link_to_the_author_s_page)
{
    char body[4096];
    ls_article a;
    /* a link to /author/… names the author; of a card linked whole, the
     * name's own text */
    snprintf(body, sizeof body, "<h1>Plant reopens</h1><div class=meta><a href='/blog/author/"
             "jane-roe/'><span>Jane Roe</span><span>Content Marketing Coordinator</span></a>"
             "</div>%s", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
    /* the authors' list in a site's menu is not the page's author */
    snprintf(body, sizeof body, "<nav><a href='/authors/sam-poe'>Sam Poe</a></nav>"
             "<h1>Plant reopens</h1>%s", BODY_EN);
    extract_page("<title>Plant reopens</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(page_byline_from_a_post_marked_for_scripts)
{
    char body[4096];
    ls_article a;
    /* a Q&A site's question carries its asker's name; the visible card
     * around the name also holds the asker's reputation */
    snprintf(body, sizeof body, "<h1>Cold batteries</h1><div class=question "
             "data-author-username='Vader'><div class=post-text>%s</div><div class=user-details>"
             "<a href=/users/1>Vader</a> 1,655 gold badge 14 silver badges</div></div>", BODY_EN);
    extract_page("<title>Cold batteries</title>", body, &a);
    CHECK_STR_EQ(a.byline, "Vader");
    ls_article_release(&a);
}

static const char *tidy(const char *s)
{
    static char out[LS_INFO_MAX];
    snprintf(out, sizeof out, "%s", s);
    return ls_byline_tidy(out) ? out : "(none)";
}

TEST(byline_tidy_full_stops_and_glued_dates)
{
    CHECK_STR_EQ(tidy("WebBank."), "WebBank");
    CHECK_STR_EQ(tidy("Arthur Ribeiro Vergani."), "Arthur Ribeiro Vergani");
    /* an initial, a degree, a company's abbreviation keep their full stop */
    CHECK_STR_EQ(tidy("Amanda T."), "Amanda T.");
    CHECK_STR_EQ(tidy("Genevieve Carlton, Ph.D."), "Genevieve Carlton, Ph.D.");
    CHECK_STR_EQ(tidy("Cerebral Inc."), "Cerebral Inc.");
    /* a date glued to the name goes, with its day */
    CHECK_STR_EQ(tidy("Russell MillerDec 18, 2025"), "Russell Miller");
    CHECK_STR_EQ(tidy("Scott MattonMarch 2, 2026"), "Scott Matton");
    CHECK_STR_EQ(tidy("Lucas Nolan22 Dec 2016651"), "Lucas Nolan");
    /* a number closing the line is no name's end */
    CHECK_STR_EQ(tidy("Kan Chu Sen, 1721."), "(none)");
    CHECK_STR_EQ(tidy("1721"), "(none)");
    CHECK_STR_EQ(tidy("user3080392"), "user3080392");
    CHECK_STR_EQ(tidy("张三"), "张三");
}

TEST(byline_clean_glued_labels_roles_and_reviewers)
{
    char out[256];
    CHECK(ls_byline_clean("Written byDan Pantelo", out, sizeof out));
    CHECK_STR_EQ(out, "Dan Pantelo");
    CHECK(ls_byline_clean("Written By:Cazzy MagennisLast Updated:", out, sizeof out));
    CHECK_STR_EQ(out, "Cazzy Magennis");
    CHECK(ls_byline_clean("Shelby Loos, DVM. Reviewed by Molly Price, DVM", out, sizeof out));
    CHECK_STR_EQ(out, "Shelby Loos, DVM");
    CHECK(ls_byline_clean("Rob Ewaschuk Edited by Betsy Beyer", out, sizeof out));
    CHECK_STR_EQ(out, "Rob Ewaschuk");
    /* a role after the name goes, when a name stays */
    CHECK(ls_byline_clean("Rachel MacDonald Writer", out, sizeof out));
    CHECK_STR_EQ(out, "Rachel MacDonald");
    CHECK(ls_byline_clean("P Packard Member Joined", out, sizeof out));
    CHECK_STR_EQ(out, "P Packard");
    CHECK(ls_byline_clean("Eric Hergenreder Updated", out, sizeof out));
    CHECK_STR_EQ(out, "Eric Hergenreder");
    CHECK(ls_byline_clean("Podium Staff", out, sizeof out));
    CHECK_STR_EQ(out, "Podium Staff");
    /* "written bystanders" is no label glued to a name */
    CHECK(ls_byline_clean("written bystanders", out, sizeof out));
    CHECK_STR_EQ(out, "written bystanders");
}

TEST(info_reposted_from_an_account)
{
    /* a repost's credit: the account it came from, its ID left out, and
     * the writer */
    ls_info in = parse("本文来自微信公众号：工业智能观察（ID：gyznc），作者：陈晨");
    CHECK_STR_EQ(in.source, "微信公众号：工业智能观察");
    CHECK_STR_EQ(in.author, "陈晨");
    in = parse("本文来自：中国工业新闻网");
    CHECK_STR_EQ(in.source, "中国工业新闻网");
}

TEST(info_author_inside_a_word_is_no_label)
{
    /* 工作者, 创作者 and 写作者 hold 作者 */
    ls_info in = parse("来源：科技工作者之家");
    CHECK_STR_EQ(in.source, "科技工作者之家");
    CHECK_STR_EQ(in.author, "");
    in = parse("本文来自腾讯新闻客户端创作者");
    CHECK_STR_EQ(in.author, "");
    in = parse("原作者：李明");
    CHECK_STR_EQ(in.author, "李明");
}

TEST(info_credit_words_inside_a_sentence_are_no_labels)
{
    /* 来源, 作者 and 责任编辑 as words of a sentence name nobody */
    const char *const sentences[] = {
        "企业可以查询产品的生产批次、原料来源和物流轨迹。",
        "原料来源、生产批次和物流信息均可追溯。",
        "论文作者认为边缘计算将重塑工业控制架构。",
        "这里是关于责任编辑制度的讨论。",
        "责任编辑制度是出版业的基本制度，由来已久。",
        "稿源不稳定是地方小报面临的难题之一。",
    };
    for (size_t k = 0; k < sizeof sentences / sizeof sentences[0]; k++) {
        ls_info in = parse(sentences[k]);
        CHECK_STR_EQ(in.source, "");
        CHECK_STR_EQ(in.author, "");
        CHECK_STR_EQ(in.editor, "");
    }
    /* a label glued to a short value still reads, and one set apart */
    ls_info in = parse("来源新华网 作者张三");
    CHECK_STR_EQ(in.source, "新华网");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("（责任编辑：钱七）");
    CHECK_STR_EQ(in.editor, "钱七");
    in = parse("本报首席记者张三");
    CHECK_STR_EQ(in.author, "张三");
}

TEST(info_writer_post_in_brackets_is_no_part_of_the_name)
{
    ls_info in = parse("作者：徐启航（中国科学院自动化研究所研究员）");
    CHECK_STR_EQ(in.author, "徐启航");
    in = parse("作者：张三 李四（均系清华大学教授）");
    CHECK_STR_EQ(in.author, "张三 李四");
    in = parse("作者：张三（实习生）");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("By Jane Roe (Reuters)");
    CHECK_STR_EQ(in.author, "Jane Roe");
    in = parse("（作者：赵一鸣）距离");
    CHECK_STR_EQ(in.author, "赵一鸣");
}

TEST(info_words_for_nobody_are_no_writer)
{
    const char *const lines[] = {"作者:佚名 来源:网络", "作者:本站编辑", "作者：网站编辑",
                                 "作者：未知", "编辑：小编", "作者：小"};
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
        ls_info in = parse(lines[k]);
        CHECK_STR_EQ(in.author, "");
        CHECK_STR_EQ(in.editor, "");
    }
}

TEST(info_edit_date_gives_way_to_the_first_posting)
{
    ls_info in = parse("已于 2024-05-25 10:12:40 修改 于 2024-05-24 18:30:00 首次发布");
    CHECK_STR_EQ(in.date, "2024-05-24T18:30:00+08:00");
    /* alone, the edit's date is the page's only one */
    in = parse("已于 2024-05-01 10:23:45 修改");
    CHECK_STR_EQ(in.date, "2024-05-01T10:23:45+08:00");
}

TEST(info_reporters_photographers_and_joint_credits)
{
    /* a picture's credit names its photographer, no writer */
    ls_info in = parse("工人在调试设备。新华社记者 李响 摄");
    CHECK_STR_EQ(in.author, "");
    in = parse("本报记者 张三 李四 摄影报道");
    CHECK_STR_EQ(in.author, "张三 李四");
    /* a padded name after 记者 */
    in = parse("经济日报记者 刘　瑾");
    CHECK_STR_EQ(in.author, "刘瑾");
    in = parse("作者：本报记者 李　梅");
    CHECK_STR_EQ(in.author, "李梅");
    /* writer and photographer in one label */
    in = parse("文/图 李雪梅");
    CHECK_STR_EQ(in.author, "李雪梅");
    /* a date after a trailing 编辑 is no editor */
    in = parse("作者：与非网编辑 2024年3月24日");
    CHECK_STR_EQ(in.editor, "");
    /* a source's link text in brackets, 原创 glued to a Latin name */
    in = parse("出处：PConline原创");
    CHECK_STR_EQ(in.source, "PConline");
    char v[] = "[ 中关村在线 原创 ]";
    ls_info_tidy_source(v);
    CHECK_STR_EQ(v, "中关村在线");
}

TEST(info_co_authors_set_apart_by_a_wide_space)
{
    ls_info in = parse("作者：周建平　刘洁　来源：e-works");
    CHECK_STR_EQ(in.author, "周建平 刘洁");
    CHECK_STR_EQ(in.source, "e-works");
    /* a place glued to 报道, an outlet and a button are no second writer */
    in = parse("作者：张三　北京报道");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("作者：张三　中国工业报");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("作者：张三　关注");
    CHECK_STR_EQ(in.author, "张三");
    /* a two-character name padded to the width of three */
    in = parse("作者：黄　鑫　来源：经济日报");
    CHECK_STR_EQ(in.author, "黄鑫");
    CHECK_STR_EQ(in.source, "经济日报");
    in = parse("作者：黄 鑫");
    CHECK_STR_EQ(in.author, "黄鑫");
}

TEST(info_source_label_with_yu_and_fullwidth_bar)
{
    ls_info in = parse("2024年05月01日 10:23 来源于 《财新周刊》");
    CHECK_STR_EQ(in.source, "《财新周刊》");
    in = parse("文｜张三 李四");
    CHECK_STR_EQ(in.author, "张三 李四");
    char out[128];
    CHECK(ls_byline_clean("文｜张三", out, sizeof out));
    CHECK_STR_EQ(out, "张三");
}

TEST(info_source_that_names_no_source)
{
    static const char *const lines[] = {"2024-05-01　来源：本站", "来源：网络 作者：张三",
                                        "来源：本网原创", "来源: 不详", "来源： 转载文章"};
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
        ls_info in = parse(lines[k]);
        CHECK_STR_EQ(in.source, "");
    }
    ls_info in = parse("来源：网络 作者：张三");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("来源：本站记者站");
    CHECK_STR_EQ(in.source, "本站记者站");
}

TEST(info_by_after_a_verb_or_a_picture_is_no_byline)
{
    static const char *const none[] = {
        "He is confident the deal will be passed by Congress",
        "Photo by Jane Roe", "Portrait by George Del Barrio", "Illustration by Sam Lee",
        "Image by Freepik", "Medically reviewed by Dr. Jane Roe"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        ls_info in = parse(none[k]);
        CHECK_STR_EQ(in.author, "");
    }
    /* a byline before a picture's credit, or after a date or a section */
    ls_info in = parse("By Jane Roe Photo by Sam Lee");
    CHECK_STR_EQ(in.author, "Jane Roe");
    in = parse("March 3, 2024 by Jane Roe");
    CHECK_STR_EQ(in.author, "Jane Roe");
    in = parse("Opinion | By Jane Roe");
    CHECK_STR_EQ(in.author, "Jane Roe");
}

TEST(byline_clean_dash_bar_and_weekday_after_the_name)
{
    char out[128];
    CHECK(ls_byline_clean("Nicolas Perriault —", out, sizeof out));
    CHECK_STR_EQ(out, "Nicolas Perriault");
    CHECK(ls_byline_clean("Jane Roe |", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe");
    CHECK(ls_byline_clean("Joe Wee Monday", out, sizeof out));
    CHECK_STR_EQ(out, "Joe Wee");
    /* a dash inside a name stays, and a weekday alone is no name */
    CHECK(ls_byline_clean("Mary-Ann O'Neil", out, sizeof out));
    CHECK_STR_EQ(out, "Mary-Ann O'Neil");
    CHECK(!ls_byline_clean("Friday", out, sizeof out));
}

TEST(info_writer_signature_with_its_day)
{
    ls_info in = parse("海姑娘写于2005年3月16日");
    CHECK_STR_EQ(in.author, "海姑娘");
    CHECK_STR_EQ(in.date, "2005-03-16");
    CHECK(in.attributed);
    in = parse("— 张工写于2024年5月1日。");
    CHECK_STR_EQ(in.author, "张工");
    /* a sentence that says when something was written signs nothing */
    in = parse("他说，这封信写于2024年5月1日，寄到时已是六月。");
    CHECK_STR_EQ(in.author, "");
    in = parse("海姑娘写于3月18日");
    CHECK_STR_EQ(in.author, ""); /* a day without its year dates no post */
}

TEST(info_labels_with_bars_and_repost_credits)
{
    /* new media write a bar after the label */
    ls_info in = parse("作者 | 张三");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("作者丨李四");
    CHECK_STR_EQ(in.author, "李四");
    in = parse("文 | 王五");
    CHECK_STR_EQ(in.author, "王五");
    in = parse("来源丨虎嗅APP");
    CHECK_STR_EQ(in.source, "虎嗅APP");
    in = parse("编辑 | 孙七");
    CHECK_STR_EQ(in.editor, "孙七");
    /* reposts */
    in = parse("本文转载自：工控网");
    CHECK_STR_EQ(in.source, "工控网");
    in = parse("转自：物联网世界");
    CHECK_STR_EQ(in.source, "物联网世界");
    /* a picture's credit is no source, nor its photographer an author */
    in = parse("图片来源：视觉中国");
    CHECK_STR_EQ(in.source, "");
    in = parse("文/张三 图/李四");
    CHECK_STR_EQ(in.author, "张三");
    /* the cover picture's credit ends the editor's name and names no source */
    in = parse("文｜张三 编辑｜李四 题图｜视觉中国");
    CHECK_STR_EQ(in.editor, "李四");
    CHECK_STR_EQ(in.source, "");
    in = parse("作者｜张三 责编｜李四 头图来源｜IC photo");
    CHECK_STR_EQ(in.editor, "李四");
    CHECK_STR_EQ(in.source, "");
    char out[128];
    CHECK(ls_byline_clean("作者 | 张三", out, sizeof out));
    CHECK_STR_EQ(out, "张三");
    CHECK(ls_byline_clean("文丨王五", out, sizeof out));
    CHECK_STR_EQ(out, "王五");
}

TEST(byline_clean_post_after_a_comma_and_reviewers)
{
    char out[128];
    CHECK(ls_byline_clean("By Jane Roe, Staff Writer", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe");
    CHECK(ls_byline_clean("Jane Roe, Senior Reporter, Bloomberg", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe");
    CHECK(ls_byline_clean("Jane Roe, PhD", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe, PhD");
    CHECK(ls_byline_clean("By Jane Roe and John Doe, The Associated Press", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe and John Doe");
    CHECK(ls_byline_clean("Jane Roe, for The Washington Post", out, sizeof out));
    CHECK_STR_EQ(out, "Jane Roe");
    /* a reviewer's credit names no writer */
    CHECK(!ls_byline_clean("Medically reviewed by Dr. Jane Roe", out, sizeof out));
    CHECK(!ls_byline_clean("Fact checked by John Doe", out, sizeof out));
}

TEST(info_value_loses_a_trailing_dot_or_bullet)
{
    /* "By Jane Roe · May 1, 2024 · 5 min read": the dot led to the date */
    ls_info in = parse("By Jane Roe · May 1, 2024 · 5 min read");
    CHECK_STR_EQ(in.author, "Jane Roe");
    in = parse("By Jane Roe • May 1, 2024");
    CHECK_STR_EQ(in.author, "Jane Roe");
    in = parse("来源：新华网 · 2024-05-01");
    CHECK_STR_EQ(in.source, "新华网");
}

TEST(info_editor_after_an_outlet_and_author_box_headings)
{
    ls_info in = parse("界面新闻记者 | 王磊  界面新闻编辑 | 宋佳楠");
    CHECK_STR_EQ(in.author, "王磊");
    CHECK_STR_EQ(in.editor, "宋佳楠");
    in = parse("审核编辑：刘清");
    CHECK_STR_EQ(in.editor, "刘清");
    CHECK_STR_EQ(in.author, "");
    in = parse("审核：张三");
    CHECK_STR_EQ(in.editor, "");
    /* a box's heading about the author names no one */
    static const char *const heads[] = {"作者最新文章", "作者其他文章", "作者的话", "作者相关推荐"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        in = parse(heads[k]);
        CHECK_STR_EQ(in.author, "");
    }
    in = parse("作者：最新");
    CHECK_STR_EQ(in.author, "最新");
}

TEST(info_data_credit_under_a_chart_is_no_source)
{
    ls_info in = parse("（数据来源：与非研究院整理）");
    CHECK_STR_EQ(in.source, "");
    in = parse("资料来源：国家统计局");
    CHECK_STR_EQ(in.source, "");
    in = parse("来源：国家统计局");
    CHECK_STR_EQ(in.source, "国家统计局");
}

TEST(byline_tidy_drops_the_original_badge)
{
    CHECK_STR_EQ(tidy("王树一原创"), "王树一");
    CHECK_STR_EQ(tidy("王树一 原创"), "王树一");
    /* the word alone, or a name of one character before it, stays */
    CHECK_STR_EQ(tidy("原创"), "原创");
    CHECK_STR_EQ(tidy("乐原创"), "乐原创");
}

TEST(info_reporter_after_an_outlet_and_a_rank)
{
    /* the outlet glued to 记者 after 文｜ is no name: the reporter is */
    ls_info in = parse("文｜澎湃新闻记者 陈斯");
    CHECK_STR_EQ(in.author, "陈斯");
    in = parse("文｜新华社记者 王五");
    CHECK_STR_EQ(in.author, "王五");
    /* two writers set apart stay the first's */
    in = parse("文｜张三 记者 李四");
    CHECK_STR_EQ(in.author, "张三");
    /* a rank between the outlet and 记者 */
    in = parse("本报首席记者 张三");
    CHECK_STR_EQ(in.author, "张三");
    in = parse("澎湃新闻特约记者 陈斯");
    CHECK_STR_EQ(in.author, "陈斯");
}

TEST(info_responsible_editor_over_an_editor)
{
    ls_info in = parse("编辑：王洋 责任编辑：刘亮");
    CHECK_STR_EQ(in.editor, "刘亮");
    CHECK_STR_EQ(in.editor_other, "王洋");
    in = parse("责任编辑：刘亮 编辑：王洋");
    CHECK_STR_EQ(in.editor, "刘亮");
    in = parse("编辑：王洋");
    CHECK_STR_EQ(in.editor, "王洋");
    CHECK_STR_EQ(in.editor_other, "");
}

TEST(info_rights_notice_is_no_source)
{
    ls_info in = parse("来源：环球网版权作品，未经书面授权，严禁转载或镜像");
    CHECK_STR_EQ(in.source, "");
    in = parse("来源：科技日报");
    CHECK_STR_EQ(in.source, "科技日报");
}

TEST(info_source_loses_the_original_mark)
{
    ls_info in = parse("来源：人民网－人民日报 原创稿");
    CHECK_STR_EQ(in.source, "人民网－人民日报");
    in = parse("来源：人民网 原创");
    CHECK_STR_EQ(in.source, "人民网");
}

TEST(byline_tidy_drops_the_thread_starter_badge)
{
    CHECK_STR_EQ(tidy("楼主 小王工程师"), "小王工程师");
    CHECK_STR_EQ(tidy("楼主 电工阿杰"), "电工阿杰");
    /* a name that only begins with the characters stays */
    CHECK_STR_EQ(tidy("楼主任"), "楼主任");
}

TEST(info_reporter_after_an_outlet_of_any_ending)
{
    ls_info in = parse("21世纪经济报道记者 何晓阳 广州报道");
    CHECK_STR_EQ(in.author, "何晓阳");
    in = parse("第一财经记者 王五");
    CHECK_STR_EQ(in.author, "王五");
    /* a sentence about a reporter names none */
    in = parse("他接受记者采访时说");
    CHECK_STR_EQ(in.author, "");
}

TEST(info_responsible_editor_with_no_name_leaves_the_editor)
{
    ls_info in = parse("编辑：王洋 责任编辑：12345");
    CHECK_STR_EQ(in.editor, "王洋");
    CHECK_STR_EQ(in.editor_other, "");
}

TEST(byline_in_the_languages_of_industry_news_abroad)
{
    char b[128];
    /* German, French, Portuguese and Russian "by"; a Japanese credit in
     * brackets with its outlet, or after 文： with the outlet after ＝; a
     * Korean reporter's title after the name */
    const char *const cases[][2] = {
        {"Von Max Müller", "Max Müller"},        {"Par Jean Dupont", "Jean Dupont"},
        {"Por João Silva", "João Silva"},        {"Автор: Иван Петров", "Иван Петров"},
        {"［山田太郎，MONOist］", "山田太郎"},   {"[田中一郎, ITmedia]", "田中一郎"},
        {"文：佐藤花子＝日経クロステック", "佐藤花子"}, {"김철수 기자", "김철수"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        CHECK(ls_byline_clean(cases[k][0], b, sizeof b));
        CHECK_STR_EQ(b, cases[k][1]);
    }
    /* in an info line: "Von" opens a credit only at the line's start */
    ls_info in = parse("Von Dr. Anna Schäfer · 2. Mai 2024");
    CHECK_STR_EQ(in.author, "Dr. Anna Schäfer");
    in = parse("Die Maschine kam Von Berlin nach München");
    CHECK_STR_EQ(in.author, "");
    in = parse("2024/05/02 10:30 ｜ 文：鈴木 一郎 ｜ 物流");
    CHECK_STR_EQ(in.author, "鈴木 一郎");
}

TEST(info_photographer_beside_the_writer_and_readers_beside_the_source)
{
    /* the photographer's label after the writer ends the writer's name, in
     * simplified and traditional characters alike; "新华社记者 李响 摄"
     * alone names a photographer, no writer */
    ls_info in = parse("记者：陈立新　摄影：李强");
    CHECK_STR_EQ(in.author, "陈立新");
    in = parse("記者：陳家欣　攝影：李志強");
    CHECK_STR_EQ(in.author, "陳家欣");
    in = parse("新华社记者 李响 摄");
    CHECK_STR_EQ(in.author, "");
    char b[128];
    CHECK(ls_byline_clean("陳家欣 攝影：李志強", b, sizeof b));
    CHECK_STR_EQ(b, "陳家欣");
    CHECK(ls_byline_clean("摄影：新华社记者 周牧", b, sizeof b));
    CHECK_STR_EQ(b, "周牧");
    /* a count of readers after the source is none of its name */
    char src[64] = "交汇点新闻 12.6万人参与";
    ls_info_tidy_source(src);
    CHECK_STR_EQ(src, "交汇点新闻");
    snprintf(src, sizeof src, "%s", "扬子晚报 3281人看过");
    ls_info_tidy_source(src);
    CHECK_STR_EQ(src, "扬子晚报");
}

TEST(info_the_ends_of_a_span_date_no_page)
{
    /* a life under an obituary's name, an event's hours: no publication */
    ls_info in = parse("June 14, 1938 – February 3, 2024");
    CHECK_STR_EQ(in.date, "");
    in = parse("Tuesday, October 15, 2024 8:00 AM – 5:30 PM EDT");
    CHECK_STR_EQ(in.date, "");
    in = parse("DATE: 2025-12-12 - 2025-12-17");
    CHECK_STR_EQ(in.date, "");
    /* a time after a dash is the day's own */
    in = parse("Published May 1, 2024 - 10:23 AM");
    CHECK_STR_EQ(in.date, "2024-05-01");
    in = parse("发布时间：2024-05-01 10:00 - 来源：新华网");
    CHECK_STR_EQ(in.date, "2024-05-01T10:00:00+08:00");
    CHECK_STR_EQ(in.source, "新华网");
}

TEST(info_analysts_write_a_report_and_a_link_label_is_no_source)
{
    ls_info in = parse("分析师：倪正洋、王晓明");
    CHECK_STR_EQ(in.author, "倪正洋、王晓明");
    in = parse("研究员：王晓明");
    CHECK_STR_EQ(in.author, "王晓明");
    in = parse("中科院研究员王晓明表示");
    CHECK_STR_EQ(in.author, "");
    char src[32] = "原文链接";
    ls_info_tidy_source(src);
    CHECK_STR_EQ(src, "");
}

TEST(info_writers_post_after_the_name_is_no_part_of_it)
{
    ls_info in = parse("By Marcus Lee, Director of Product Marketing, Fluxion Controls | "
                       "February 20, 2024");
    CHECK_STR_EQ(in.author, "Marcus Lee");
    in = parse("By Jane Roe, John Doe");
    CHECK_STR_EQ(in.author, "Jane Roe, John Doe");
}

TEST(info_a_time_before_the_day_and_an_outlets_reporter_line)
{
    ls_info in = parse("Posted 10:21 AM – March 21, 2024");
    CHECK(!strncmp(in.date, "2024-03-21", 10));
    char b[128];
    CHECK(ls_byline_clean("界面新闻记者 | 周姝祺", b, sizeof b));
    CHECK_STR_EQ(b, "周姝祺");
}
