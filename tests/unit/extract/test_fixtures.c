/*
 * Regression over the fixture pages in tests/fixtures/extract (written for
 * these tests): the whole path the `extract` command takes (charset
 * detection and decoding, the repair of mis-decoded text, one parse,
 * extraction), checking title, source,
 * author, editor, date and the first and last paragraph of the text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "harness.h"
#include "html/dom.h"
#include "net/charset.h"
#include "util/buf.h"
#include "util/fs.h"
#include "util/mojibake.h"

#define FIX "tests/fixtures/extract/"

static int load(const char *name, ls_article *a)
{
    ls_buf raw, html;
    ls_buf_init(&raw, 1 << 22);
    ls_buf_init(&html, 1 << 23);
    ls_dom *dom = NULL;
    memset(a, 0, sizeof *a);
    int rc = ls_read_file(name, &raw);
    if (rc == 0)
        rc = ls_charset_to_utf8(raw.data, raw.len, NULL, &html, NULL, 0);
    if (rc == 0)
        rc = ls_mojibake_repair(&html);
    if (rc == 0)
        rc = ls_dom_parse(html.data, html.len, &dom);
    if (rc == 0)
        rc = ls_extract(dom, "https://example.cn/news/2024/a.html", NULL, a);
    ls_dom_free(dom);
    ls_buf_release(&raw);
    ls_buf_release(&html);
    return rc;
}

/* The first and the last paragraph of the text (blank-line separated). */
static void paragraphs(const char *t, char *first, char *last, size_t sz)
{
    const char *e = strstr(t, "\n\n");
    size_t n = e ? (size_t)(e - t) : strlen(t);
    snprintf(first, sz, "%.*s", (int)n, t);
    const char *l = t, *p;
    while ((p = strstr(l, "\n\n")))
        l = p + 2;
    snprintf(last, sz, "%s", l);
}

TEST(fixture_gbk_government_article)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "gov_gbk.html", &a), 0);
    CHECK_STR_EQ(a.title, "边缘计算助力智能制造转型升级");
    CHECK_STR_EQ(a.source, "信息化时代");
    CHECK_STR_EQ(a.byline, "张三");
    CHECK_STR_EQ(a.editor, "李四");
    CHECK_STR_EQ(a.published, "2024-05-01T10:23:00+08:00");
    CHECK(a.lang && !strncmp(a.lang, "zh", 2));
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "近年来，我市深入推进工业互联网建设，以边缘计算为突破口，推动制造企业数字化、"
                        "网络化、智能化转型，取得了明显成效。");
    /* (the credit lines under the story, 来源 included, are metadata) */
    CHECK_STR_EQ(last, "业内专家认为，边缘计算与云计算协同，是智能制造走向纵深的关键一环，需要在标准、"
                       "安全和人才等方面持续发力。");
    CHECK_NOT_CONTAINS(a.text, "来源：");
    CHECK_NOT_CONTAINS(a.text, "责任编辑");
    CHECK_NOT_CONTAINS(a.text, "相关文章");
    CHECK_NOT_CONTAINS(a.text, "版权所有");
    CHECK_NOT_CONTAINS(a.text, "浏览次数");
    ls_article_release(&a);
}

TEST(fixture_english_news_with_jsonld)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "news_jsonld.html", &a), 0);
    CHECK_STR_EQ(a.title, "Factories Turn to Edge Computing as Costs Fall");
    CHECK_STR_EQ(a.byline, "Maria Chen"); /* JSON-LD is trusted over <meta name=author> */
    CHECK_STR_EQ(a.published, "2024-03-14T08:30:00-04:00");
    CHECK_STR_EQ(a.site_name, "Daily Ledger");
    CHECK_STR_EQ(a.canonical_url, "https://ledger.example/tech/edge-factories");
    CHECK_STR_EQ(a.lead_image, "https://example.cn/img/lead.jpg");
    CHECK(a.source == NULL);
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "Manufacturers across the Midwest", 32));
    CHECK(!strncmp(last, "Analysts expect the trend", 25));
    CHECK_CONTAINS(a.text, "\n\nWhy now\n\n");
    CHECK_CONTAINS(a.text, "Lower latency for safety systems\nLess data sent over costly links\n");
    CHECK_NOT_CONTAINS(a.text, "cookies");
    CHECK_NOT_CONTAINS(a.text, "Share on");
    CHECK_NOT_CONTAINS(a.text, "Copyright");
    CHECK_CONTAINS(a.html, "<img src=\"https://example.cn/img/press.jpg\"");
    CHECK_CONTAINS(a.html, "<figcaption>");
    CHECK_NOT_CONTAINS(a.html, "<button");
    ls_article_release(&a);
}

TEST(fixture_blog_with_code_and_comments)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "blog.html", &a), 0);
    CHECK_STR_EQ(a.title, "Notes on Parsing HTML in C");
    CHECK_STR_EQ(a.byline, "Jane Doe");
    CHECK_STR_EQ(a.published, "2023-11-02T19:05:00Z");
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "I spent the weekend", 19));
    CHECK(!strncmp(last, "The lesson I keep relearning", 28));
    /* code keeps its lines; the quote and the code stay in order */
    CHECK_CONTAINS(a.text, "walk(out->root);\ngumbo_destroy_output");
    CHECK(strstr(a.text, "Never recurse") > strstr(a.text, "gumbo_parse"));
    CHECK_CONTAINS(a.html, "<pre><code>");
    CHECK_NOT_CONTAINS(a.text, "Great write-up");
    CHECK_NOT_CONTAINS(a.text, "Archives");
    ls_article_release(&a);
}

TEST(fixture_author_card_and_windows_1252_bytes)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "card_c1.html", &a), 0);
    CHECK_STR_EQ(a.title, "Why Grid Batteries Matter");
    /* the card's lines: the name, the role, the date */
    CHECK_STR_EQ(a.byline, "Nick van Mead");
    CHECK_STR_EQ(a.published, "2022-11-23T08:10:00+02:00");
    paragraphs(a.text, first, last, sizeof first);
    /* Windows-1252 bytes read as C1 controls are the characters they were */
    CHECK(!strncmp(first, "Because we\u2019re so used to electricity,", 39));
    CHECK(!strncmp(last, "What comes next is less about chemistry", 39));
    CHECK_CONTAINS(a.text, "The operator\u2019s own figures show the \u201cpeak\u201d hours");
    CHECK_CONTAINS(a.text, "came online \u2014 by almost a third");
    CHECK_NOT_CONTAINS(a.text, "\xef\xbf\xbd");
    /* the card is shown above the text, not in it; no notice for readers
     * without scripts */
    CHECK_NOT_CONTAINS(a.text, "Energy Reporter");
    CHECK_NOT_CONTAINS(a.text, "Nick van Mead");
    CHECK_NOT_CONTAINS(a.text, "JavaScript");
    ls_article_release(&a);
}

TEST(fixture_forum_thread)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "forum.html", &a), 0);
    CHECK_STR_EQ(a.title, "求助：边缘网关如何接入工业互联网平台？");
    CHECK_STR_EQ(a.published, "2024-06-18T09:15:00+08:00");
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "小王工程师"); /* without the 楼主 badge */
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "各位好，我们车间有二十台老设备", 15 * 3));
    CHECK(!strncmp(last, "我们用过国产的工业网关", 11 * 3));
    CHECK_CONTAINS(a.text, "建议先统计设备的通信接口");
    CHECK_NOT_CONTAINS(a.text, "免责声明");
    CHECK_NOT_CONTAINS(a.text, "注册");
    ls_article_release(&a);
}

TEST(fixture_table_layout_news_gbk)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "table_news_gbk.html", &a), 0);
    CHECK_STR_EQ(a.title, "土豆产业助力乡村振兴");
    CHECK_STR_EQ(a.source, "光明日报");
    CHECK_STR_EQ(a.byline, "王建宏 张文攀");
    CHECK_STR_EQ(a.editor, "孙桂芳");
    CHECK_STR_EQ(a.published, "2022-02-13T09:57:00+08:00");
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "土豆，听名字就", 7 * 3));
    CHECK_STR_EQ(last, "土豆，曾经的“救命蛋”，如今的“致富薯”，成了当地支撑乡村振兴的重要产业。");
    CHECK_CONTAINS(a.text, "记者了解到，当地已形成"); /* a sentence, not a byline */
    CHECK_NOT_CONTAINS(a.text, "相关报道");
    CHECK_NOT_CONTAINS(a.text, "城市资讯"); /* the link column beside the article */
    CHECK_NOT_CONTAINS(a.text, "周末去哪儿玩");
    CHECK_NOT_CONTAINS(a.text, "反侵权公告");
    CHECK_NOT_CONTAINS(a.text, "著作权声明");
    CHECK_NOT_CONTAINS(a.text, "内容合作方");
    ls_article_release(&a);
}

TEST(fixture_declared_discussion_thread)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "thread_jsonld.html", &a), 0);
    CHECK_STR_EQ(a.title, "Edge gateway for twenty old PLCs?");
    CHECK_STR_EQ(a.byline, "plantengineer");
    CHECK_STR_EQ(a.published, "2024-09-03T14:20:00+02:00");
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "We have twenty PLCs", 19));
    CHECK(!strncmp(last, "Watch the clocks on the gateways", 32));
    CHECK_CONTAINS(a.text, "Count the serial ports first"); /* a reply is the thread */
    CHECK_NOT_CONTAINS(a.text, "Log in");
    CHECK_NOT_CONTAINS(a.text, "Be kind");
    ls_article_release(&a);
}

TEST(fixture_government_document_with_its_record)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "gov_record_gbk.html", &a), 0);
    CHECK_STR_EQ(a.title, "某省人民政府关于加快推进智能制造发展的实施意见");
    CHECK_STR_EQ(a.source, "某省人民政府办公厅");
    CHECK_STR_EQ(a.editor, "王五"); /* the credits box below the text */
    CHECK(a.byline == NULL);
    CHECK_STR_EQ(a.published, "2024-03-27"); /* 成文日期, the document's own date */
    CHECK_STR_EQ(a.excerpt, "各市、县人民政府，省政府各部门、各直属机构：");
    paragraphs(a.text, first, last, sizeof first);
    /* the record heads the text, all four rows, once */
    CHECK_STR_EQ(first, "索 引 号： | 000014349/2024-00031 | 主题分类： | 工业、交通\\信息产业\n"
                        "发文机关： | 某省人民政府 | 成文日期： | 2024年03月27日\n"
                        "标 题： | 某省人民政府关于加快推进智能制造发展的实施意见\n"
                        "发文字号： | 某政发〔2024〕5号 | 发布日期： | 2024年03月29日");
    CHECK_STR_EQ(last, "2024年3月27日");
    /* the record's rows are in a table in the reader's HTML too */
    CHECK(!strncmp(a.html, "<article><table>", strlen("<article><table>")));
    CHECK_CONTAINS(a.text, "三、强化要素保障");
    const char *no = strstr(a.text, "发文机关");
    CHECK(no && !strstr(no + 1, "发文机关"));
    CHECK_NOT_CONTAINS(a.text, "当前位置");
    CHECK_NOT_CONTAINS(a.text, "相关文件");
    CHECK_NOT_CONTAINS(a.text, "版权所有");
    ls_article_release(&a);
}

TEST(fixture_government_policy_record_in_its_page)
{
    /* a central government policy page whose record names the title (no
     * headline element) and both dates, each value after its label */
    ls_article a;
    char first[2048], last[1024];
    CHECK_INT_EQ(load(FIX "gov_policy_record.html", &a), 0);
    CHECK_STR_EQ(a.title, "工业和信息化部关于印发《5G+工业互联网融合应用深化行动方案（2024—2026年）》的通知");
    CHECK_STR_EQ(a.source, "工业和信息化部网站");
    CHECK_STR_EQ(a.editor, "王洋");
    CHECK(a.byline == NULL);
    CHECK_STR_EQ(a.published, "2024-03-01"); /* 成文日期, the document's own date */
    CHECK_STR_EQ(a.site_name, "中国政府网");
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "索 引 号： | 000014349/2024-00023 | 主题分类： | 工业、交通\\信息产业（含电信）\n"
                        "发文机关： | 工业和信息化部 | 成文日期： | 2024年03月01日\n"
                        "标 题： | 工业和信息化部关于印发《5G+工业互联网融合应用深化行动方案（2024—2026"
                        "年）》的通知\n"
                        "发文字号： | 工信部信管〔2024〕35号 | 发布日期： | 2024年03月15日");
    CHECK_STR_EQ(last, "附件：5G+工业互联网融合应用深化行动方案（2024—2026年）.pdf");
    ls_article_release(&a);
}

TEST(fixture_wechat_article)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "wechat.html", &a), 0);
    CHECK_STR_EQ(a.title, "边缘计算走进车间：一家汽车零部件厂的数字化改造");
    CHECK_STR_EQ(a.byline, "王晓明");
    CHECK_STR_EQ(a.site_name, "智造前沿观察"); /* the account */
    CHECK_STR_EQ(a.published, "2024-05-01T10:23:00+08:00"); /* var ct, in +08:00 */
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "走进这家汽车零部件厂的冲压车间，最显眼的不是机器人，而是每条产线旁那台灰色的"
                        "机柜。厂里的工程师说，这台边缘服务器是过去一年数字化改造的核心。");
    CHECK_STR_EQ(last, "下一步，厂里打算把设备数据接入工业互联网平台，用数字孪生模拟排产，让人工智能"
                       "帮助调度员安排每天的生产计划。");
    /* the text hidden until the page's script ran, images by data-src */
    CHECK_CONTAINS(a.html, "<img src=\"https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg\">");
    CHECK_NOT_CONTAINS(a.text, "原创");
    CHECK_NOT_CONTAINS(a.text, "阅读原文");
    ls_article_release(&a);
}

TEST(fixture_wechat_short_article_beside_a_long_rail)
{
    /* a two-line notice on a page whose QR prompt and recommendations hold
     * far more text: the hidden body the script shows is the article */
    ls_article a;
    CHECK_INT_EQ(load(FIX "wechat_short.html", &a), 0);
    CHECK_STR_EQ(a.text, "今天起，工业互联网标识解析二级节点在本市正式上线，首批接入企业三十家，覆盖装备"
                         "制造、电子信息等行业。");
    CHECK_STR_EQ(a.published, "2024-05-01T10:23:00+08:00");
    ls_article_release(&a);
}

TEST(fixture_daily_gb2312_with_print_citation)
{
    /* a national daily's page: its CMS's login in name=author, the source
     * labelled in metadata, the day in metadata and the time on the page */
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "daily_gb2312.html", &a), 0);
    CHECK_STR_EQ(a.title, "智能制造进入深水区 边缘计算与数字孪生加快落地"); /* (U+3000 squashed) */
    CHECK_STR_EQ(a.source, "人民网－人民日报");
    CHECK_STR_EQ(a.byline, "王小明");
    CHECK_STR_EQ(a.editor, "王五、李六");
    CHECK_STR_EQ(a.published, "2024-05-01T08:12:00+08:00");
    CHECK_STR_EQ(a.site_name, "人民网");
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "本报北京5月1日电 随着新一代信息技术与制造业深度融合，智能制造正在成为推动工业"
                        "转型升级的主攻方向。一批龙头企业在产线上部署传感器和边缘计算节点，实时采集设备"
                        "运行数据。");
    CHECK_STR_EQ(last, "《 人民日报 》（ 2024年05月01日 07 版）");
    CHECK_NOT_CONTAINS(a.text, "责编");
    CHECK_NOT_CONTAINS(a.text, "相关新闻");
    ls_article_release(&a);
}

TEST(fixture_daily_with_a_sidebar_below_its_editor)
{
    /* the editor's line sits above a sidebar of headlines and a QR code;
     * a body sentence holds 来源 as a word; a column's name in brackets
     * under the headline */
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "daily_sidebar_editor.html", &a), 0);
    CHECK_STR_EQ(a.title, "人工智能赋能新型工业化");
    CHECK_STR_EQ(a.source, "人民网－人民日报");
    CHECK_STR_EQ(a.byline, "陈晓东 王静");
    CHECK_STR_EQ(a.editor, "赵晶、牛镛");
    CHECK_STR_EQ(a.published, "2023-06-05T05:52:00+08:00");
    CHECK(a.lead_image == NULL);
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "走进位于浙江杭州的一家智能工厂，机械臂有条不紊地抓取、装配零件，质检工位上的摄像头"
                        "实时捕捉产品图像，后台的人工智能模型在毫秒间给出判断。这是人工智能与制造业深度"
                        "融合的一个缩影。");
    CHECK_STR_EQ(last, "《 人民日报 》（ 2023年06月05日 18 版）");
    CHECK_NOT_CONTAINS(a.text, "热门排行");
    CHECK_NOT_CONTAINS(a.text, "二维码");
    ls_article_release(&a);
}

TEST(fixture_blog_post_with_its_description_under_the_title)
{
    /* a static-site blog: the description under the headline leads the
     * text once, footnotes keep their words and lose their back-arrows */
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "en_blog_description.html", &a), 0);
    CHECK_STR_EQ(a.title, "Reading Modbus registers from a cheap energy meter with Go");
    CHECK_STR_EQ(a.byline, "Lena Vogt");
    CHECK_STR_EQ(a.published, "2024-05-14T10:00:00+02:00");
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "How I got a €30 DIN-rail energy meter talking to Prometheus, and the two "
                        "byte-order bugs I hit along the way.");
    const char *again = strstr(a.text + strlen(first), "How I got a €30");
    CHECK(again == NULL);
    CHECK_STR_EQ(last, "[1] Prices in early 2024, from a German electrical wholesaler.\n[2] The "
                       "second bug was a baud rate mismatch after I changed the meter’s "
                       "settings from its front panel and forgot.");
    CHECK_CONTAINS(a.text, "for about €30.[1]\n");
    CHECK_NOT_CONTAINS(a.text, "↩");
    ls_article_release(&a);
}

TEST(fixture_feed_repost_from_an_account)
{
    /* a feed's page: the posting account linked on the dated line, the
     * writer named in the repost's credit, the account's own ending and
     * the platform's disclaimer */
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "feed_repost.html", &a), 0);
    CHECK_STR_EQ(a.title, "质检先行：一家零部件厂的数字化改造账本");
    CHECK_STR_EQ(a.byline, "陈晨");
    CHECK_STR_EQ(a.source, "微信公众号：工业智能观察");
    CHECK_STR_EQ(a.published, "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(a.site_name, "今日头条");
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "随着新一代信息技术与制造业深度融合，智能制造正在成为推动工业转型升级的主攻方向。"
                        "许多企业开始在产线上部署传感器和边缘计算节点。");
    CHECK_STR_EQ(last, "本文来自微信公众号：工业智能观察（ID：gyznc），作者：陈晨");
    CHECK_NOT_CONTAINS(a.text, "二维码");
    CHECK_NOT_CONTAINS(a.text, "END");
    CHECK_NOT_CONTAINS(a.text, "举报");
    CHECK_NOT_CONTAINS(a.text, "不代表");
    CHECK_NOT_CONTAINS(a.text, "好文章");
    ls_article_release(&a);
}

TEST(fixture_blog_platform_post_with_code)
{
    /* a blog platform's post: the poster's nickname linked to the blog,
     * the column it belongs to offered in a box named an advert, keywords
     * joined to the site's name in the <title>, code kept as written */
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "blog_column.html", &a), 0);
    CHECK_STR_EQ(a.title, "OPC UA 入门：从零搭建工业数据采集");
    CHECK_STR_EQ(a.byline, "张三的技术笔记");
    CHECK_STR_EQ(a.published, "2024-05-01T10:23:45+08:00");
    CHECK_STR_EQ(a.site_name, "Example博客");
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "一、背景");
    CHECK_STR_EQ(last, "OPC UA 让不同设备的数据在同一模型下被读取，是搭建工业数据平台的第一步。"
                       "下一篇将介绍如何把数据接入边缘计算网关。");
    CHECK_CONTAINS(a.text, "client = Client(\"opc.tcp://192.168.1.10:4840\")\nclient.connect()");
    CHECK_NOT_CONTAINS(a.text, "专栏收录");
    CHECK_NOT_CONTAINS(a.text, "版权声明");
    CHECK_NOT_CONTAINS(a.text, "写得很清楚");
    CHECK_NOT_CONTAINS(a.text, "Modbus");
    ls_article_release(&a);
}

TEST(fixture_dev_post_with_its_header_above_the_headline)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "en_dev_post.html", &a), 0);
    CHECK_STR_EQ(a.title, "Running YOLO on a Jetson for Conveyor Defect Detection: Lessons From "
                          "Six Months in Production");
    CHECK_STR_EQ(a.byline, "Ana Ruiz");
    CHECK_STR_EQ(a.published, "2025-02-20T09:41:27Z");
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "Last summer my team put an object detector", 42));
    CHECK(!strncmp(last, "If I had to do it again, I'd spend the first month", 50));
    CHECK_NOT_CONTAINS(a.text, "reactions");
    CHECK_NOT_CONTAINS(a.text, "Posted on");
    CHECK_CONTAINS(a.text, "Month | Recall | False reject rate");
    CHECK_CONTAINS(a.text, "yolo export model=best.pt");
    ls_article_release(&a);
}

TEST(fixture_press_release_on_a_wire)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "en_press_release.html", &a), 0);
    CHECK(!strncmp(a.title, "Ferrovia Analytics Launches TwinCore", 36));
    CHECK_STR_EQ(a.published, "2025-03-03T08:00:00-05:00");
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "CHICAGO, March 3, 2025 /PRNewswire/ -- Ferrovia Analytics", 57));
    CHECK(!strncmp(last, "Media Contact\nJordan Ellis", 26));
    CHECK_NOT_CONTAINS(a.text, "SOURCE Ferrovia");
    CHECK_NOT_CONTAINS(a.text, "Logo -");
    ls_article_release(&a);
}

TEST(fixture_question_and_answers)
{
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "en_qa_thread.html", &a), 0);
    CHECK(!strncmp(a.title, "pymodbus returns garbage when reading float32", 45));
    CHECK_STR_EQ(a.byline, "t_brandt");
    paragraphs(a.text, first, last, sizeof first);
    CHECK(!strncmp(first, "I'm polling an S7-1200 PLC over Modbus TCP", 42));
    /* every answer, no tally of votes, no comment on an answer */
    CHECK_CONTAINS(a.text, "Your decoding is fine; the problem is word order.");
    CHECK_CONTAINS(a.text, "we gave up on Modbus for the S7-1200");
    CHECK_NOT_CONTAINS(a.text, "\n\n9\n\n");
    CHECK_NOT_CONTAINS(a.text, "the DB had a Bool before the Real");
    ls_article_release(&a);
}

TEST(fixture_dev_post_header_with_a_sentence_kept)
{
    /* the same page with a sentence above its headline (a lead set first):
     * the header is the article's, and stays whole */
    ls_buf raw;
    ls_buf_init(&raw, 1 << 22);
    CHECK_INT_EQ(ls_read_file(FIX "en_dev_post.html", &raw), 0);
    ls_buf_addc(&raw, 0);
    char *h1 = strstr(raw.data, "<h1");
    CHECK(h1 != NULL);
    ls_buf page;
    ls_buf_init(&page, 1 << 22);
    ls_buf_add(&page, raw.data, (size_t)(h1 - raw.data));
    ls_buf_adds(&page, "<p>The line ran for a year before we changed the model.</p>");
    ls_buf_adds(&page, h1);
    ls_dom *dom = NULL;
    ls_article a;
    CHECK_INT_EQ(ls_dom_parse(page.data, page.len, &dom), 0);
    CHECK_INT_EQ(ls_extract(dom, "https://example.cn/news/2024/a.html", NULL, &a), 0);
    CHECK_CONTAINS(a.text, "The line ran for a year before we changed the model.");
    CHECK_CONTAINS(a.text, "Posted on");
    ls_article_release(&a);
    ls_dom_free(dom);
    ls_buf_release(&page);
    ls_buf_release(&raw);
}

TEST(fixture_gbk_paper_e_edition)
{
    /* a paper's e-edition page in GBK: titled with the paper's name, its
     * logo leading to the edition's first page, a kicker over the
     * headline, reporters' and editors' names padded to the width of three */
    ls_article a;
    char first[1024], last[1024];
    CHECK_INT_EQ(load(FIX "epaper_gbk.html", &a), 0);
    CHECK_STR_EQ(a.title, "边缘计算加速走向工厂车间");
    CHECK_STR_EQ(a.byline, "王浩 刘雪");
    CHECK_STR_EQ(a.editor, "孙昊");
    CHECK_STR_EQ(a.site_name, "经济日报");
    CHECK_STR_EQ(a.published, "2024-05-22");
    paragraphs(a.text, first, last, sizeof first);
    CHECK_STR_EQ(first, "设备更新带动产线改造");
    CHECK_STR_EQ(last, "业内专家表示，下一步要加快制定边缘设备接口和数据模型标准，推动不同厂商的产品互联"
                       "互通，让中小企业用得起、用得好。");
    CHECK_NOT_CONTAINS(a.text, "本版编辑");
    CHECK_NOT_CONTAINS(a.text, "下一篇");
    CHECK_NOT_CONTAINS(a.text, "版权所有");
    CHECK_NOT_CONTAINS(a.text, "01版");
    ls_article_release(&a);
}
