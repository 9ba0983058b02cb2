/* ls_extract() on small pages written here: metadata order of trust, the
 * DOM left as it was, hooks, and pages that must not break it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/extract_int.h"
#include "harness.h"
#include "html/dom.h"
#include "util/buf.h"
#include "util/str.h"

static const char *PARAS =
    "<p>The first paragraph explains, at some length, what happened at the plant, why it "
    "matters to the town, and what the managers said about it afterwards.</p>"
    "<p>The second paragraph adds numbers, quotes and context, so that a reader can follow "
    "the argument without reading anything else on the page.</p>";

static ls_dom *parse(const char *html)
{
    ls_dom *d = NULL;
    CHECK_INT_EQ(ls_dom_parse(html, strlen(html), &d), 0);
    return d;
}

static int run(const char *html, const ls_extract_opts *o, ls_article *a)
{
    ls_dom *d = parse(html);
    int rc = ls_extract(d, "https://site.example/dir/page.html", o, a);
    ls_dom_free(d);
    return rc;
}

static char *page(const char *head, const char *body)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    ls_buf_addf(&b, "<html><head>%s</head><body>%s</body></html>", head, body);
    return ls_buf_detach(&b, NULL);
}

/* The article of a page made of head and body, for the caller to release. */
static void article_of(const char *head, const char *body, ls_article *a)
{
    char *p = page(head, body);
    CHECK_INT_EQ(run(p, NULL, a), 0);
    free(p);
}

TEST(extract_jsonld_beats_meta_beats_infoline)
{
    char body[2048];
    snprintf(body, sizeof body, "<h1>Headline</h1><div class=info>作者：赵信行 "
             "发布时间：2023-01-01</div><div class=content>%s</div>", PARAS);
    ls_article a;
    article_of("<title>Headline - Site</title><meta name=author content='Meta Author'>"
               "<meta property='article:published_time' content='2021-02-03T04:05:06Z'>"
               "<script type='application/ld+json'>{\"@type\":\"Article\","
               "\"author\":{\"name\":\"LD Author\"},\"datePublished\":\"2022-03-04\"}</script>",
               body, &a);
    CHECK_STR_EQ(a.byline, "LD Author");
    CHECK_STR_EQ(a.published, "2022-03-04");
    CHECK_STR_EQ(a.title, "Headline");
    ls_article_release(&a);
    /* without JSON-LD the meta tags win over the info line */
    article_of("<title>Headline - Site</title><meta name=author content='Meta Author'>"
               "<meta property='article:published_time' content='2021-02-03T04:05:06Z'>", body, &a);
    CHECK_STR_EQ(a.byline, "Meta Author");
    CHECK_STR_EQ(a.published, "2021-02-03T04:05:06Z");
    ls_article_release(&a);
    /* and the info line is used when nothing else says it */
    article_of("<title>Headline - Site</title>", body, &a);
    CHECK_STR_EQ(a.byline, "赵信行");
    CHECK_STR_EQ(a.published, "2023-01-01");
    CHECK_NOT_CONTAINS(a.text, "赵信行");
    ls_article_release(&a);
}

TEST(extract_government_cms_meta_tags)
{
    ls_article a;
    article_of("<meta charset=utf-8><meta name=ArticleTitle content='数字孪生工厂投产'>"
               "<meta name=PubDate content='2024-05-01 10:23'>"
               "<meta name=ContentSource content='信息化时代'><title>x_y_z</title>",
               "<div class=TRS_Editor><p>近年来，数字孪生技术在制造业加速落地，工厂通过虚拟模型优化排产，"
               "设备利用率明显提升，能耗持续下降，企业效益稳步增长。</p></div>", &a);
    CHECK_STR_EQ(a.title, "数字孪生工厂投产");
    CHECK_STR_EQ(a.published, "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(a.source, "信息化时代");
    CHECK_STR_EQ(a.lang, "zh");
    ls_article_release(&a);
}

TEST(extract_lang_follows_the_script_of_the_text)
{
    const char *body = "<h1>智能工厂的一天</h1><div><p>清晨六点，车间里的机器人已经开始工作，"
                       "质检相机逐件检查零件的尺寸和表面，数据实时汇入工业互联网平台。</p>"
                       "<p>工程师在控制室里查看数字孪生模型，提前发现设备的异常振动。</p></div>";
    /* a template's lang="en" on a Chinese page */
    char *p = page("<title>智能工厂的一天</title>", body);
    char *en = malloc(strlen(p) + 16);
    snprintf(en, strlen(p) + 16, "<html lang=en>%s", p + strlen("<html>"));
    ls_article a;
    CHECK_INT_EQ(run(en, NULL, &a), 0);
    CHECK_STR_EQ(a.lang, "zh");
    ls_article_release(&a);
    /* the page's own finer word stays when it agrees */
    snprintf(en, strlen(p) + 16, "<html lang=zh-Hant>%s", p + strlen("<html>"));
    CHECK_INT_EQ(run(en, NULL, &a), 0);
    CHECK_STR_EQ(a.lang, "zh-Hant");
    ls_article_release(&a);
    free(en);
    free(p);
    /* an English article that quotes a few Chinese words stays English */
    p = page("<title>Factories</title>",
             "<h1>Factories</h1><div><p>The plant, known locally as 智能工厂, "
             "runs around the clock, and its managers say that the new inspection cameras "
             "have cut the share of rejected parts by half in a single year.</p></div>");
    char *q = malloc(strlen(p) + 16);
    snprintf(q, strlen(p) + 16, "<html lang=en>%s", p + strlen("<html>"));
    CHECK_INT_EQ(run(q, NULL, &a), 0);
    CHECK_STR_EQ(a.lang, "en");
    ls_article_release(&a);
    free(q);
    free(p);
}

TEST(extract_description_as_the_page_means_it)
{
    static const struct {
        const char *head, *want;
    } cases[] = {
        /* HTML written into the description */
        {"<meta name=description content='&lt;p&gt;I did &lt;a href=\"/x\"&gt;the audit&lt;/a&gt; "
         "again.&lt;/p&gt;&lt;p&gt;Spoilers.&lt;/p&gt;'>",
         "I did the audit again. Spoilers."},
        /* references escaped twice */
        {"<meta name=description content='Owners aren&amp;rsquo;t ready &amp;amp; waiting.'>",
         "Owners aren\u2019t ready & waiting."},
        /* a tag named in text, never closed, is text */
        {"<meta name=description content='The &lt;table&gt; element holds rows.'>",
         "The <table> element holds rows."},
        /* encoded twice */
        {"<meta name=description content='It isn&acirc;&euro;&trade;t over.'>",
         "It isn\u2019t over."},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char head[512];
        snprintf(head, sizeof head, "<title>Plant notes</title>%s", cases[k].head);
        ls_article a;
        article_of(head, PARAS, &a);
        CHECK_STR_EQ(a.excerpt ? a.excerpt : "(null)", cases[k].want);
        ls_article_release(&a);
    }
    /* one that only repeats the title, or has no words, gives way to the
     * text's first paragraph */
    const char *none[] = {"<meta name=description content='Plant notes'>",
                          "<meta name=description content='#'>"};
    for (size_t k = 0; k < 2; k++) {
        char head[256];
        snprintf(head, sizeof head, "<title>Plant notes</title>%s", none[k]);
        ls_article a;
        article_of(head, PARAS, &a);
        CHECK(a.excerpt && !strncmp(a.excerpt, "The first paragraph explains", 28));
        ls_article_release(&a);
    }
}

TEST(extract_text_encoded_twice_as_references_repaired)
{
    ls_article a;
    article_of("<title>Notes</title>",
               "<div><p>The plant isn&acirc;&euro;&trade;t closing &acirc;&euro;&rdquo; the "
               "managers said so on Monday, and the workers&acirc;&euro;&trade; union "
               "agreed with them after a long meeting.</p><p>Caf&Atilde;&copy; prices rose, "
               "which nobody at the plant liked very much at all, they said.</p></div>",
               &a);
    CHECK_CONTAINS(a.text, "isn\u2019t closing \u2014 the");
    CHECK_CONTAINS(a.text, "Caf\u00e9 prices");
    CHECK_CONTAINS(a.html, "workers\u2019 union");
    ls_article_release(&a);
    /* one "ß’" in an essay on case folding stays */
    article_of("<title>Folding</title>",
               "<div><p>The table maps \u2018K\u2019/\u2018\u00df\u2019/\u2018\u0130\u2019 to "
               "their folded forms, and the loop checks each of them against the input in turn, "
               "so that no character is folded twice by mistake.</p></div>",
               &a);
    CHECK_CONTAINS(a.text, "\u2018\u00df\u2019");
    ls_article_release(&a);
}

/* The lead image of a page without a share picture. */
static char *lead_of(const char *imgs)
{
    char body[4096];
    snprintf(body, sizeof body, "<article><p>%s</p>%s%s</article>",
             "The plant reopened on Monday after a month of repairs, with all three lines "
             "running again.", imgs, PARAS);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    char *r = a.lead_image ? ls_strdup(a.lead_image) : NULL;
    ls_article_release(&a);
    return r;
}

TEST(extract_lead_image_is_a_picture_not_an_icon)
{
    static const struct {
        const char *imgs, *want;
    } cases[] = {
        {"<img src='/smilies/roll.gif' width=15 height=15><img src='/p/line.jpg'>",
         "https://site.example/p/line.jpg"},
        {"<img src='/u/9.png' width='80px'><img src='/p/line.jpg' width=800>",
         "https://site.example/p/line.jpg"},
        {"<img src='/q.svg' style='width: 20px; height:67px'><img src='/p/line.jpg'>",
         "https://site.example/p/line.jpg"},
        {"<img class='img-icon' src='/i/a.webp'><img class=avatar src='/i/b.jpg'>"
         "<img src='/data/avatars/m/1.jpg'><img data-emoticon src='/e/grin.gif'>"
         "<img src='/p/line.jpg'>",
         "https://site.example/p/line.jpg"},
        /* a lazy loader's placeholder in src, the picture in a data-…src */
        {"<img src='/plugins/blank.gif' data-wpfc-original-src='/p/hall.jpg'>",
         "https://site.example/p/hall.jpg"},
        /* a wide picture with a max-width is still a picture */
        {"<img src='/p/wide.jpg' style='max-width:50px;width:100%'>",
         "https://site.example/p/wide.jpg"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *got = lead_of(cases[k].imgs);
        CHECK_STR_EQ(got ? got : "(null)", cases[k].want);
        free(got);
    }
    char *none = lead_of("<img src='/smilies/roll.gif' width=15>");
    CHECK(none == NULL);
    free(none);
}

TEST(extract_placeholder_share_picture_is_no_lead_image)
{
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Tax rates</h1>%s</article>", PARAS);
    ls_article a;
    article_of("<title>Tax rates</title><meta property='og:image' content='https://www.gov.uk/"
               "assets/static/govuk-schema-placeholder-1x1.png'>", body, &a);
    CHECK(a.lead_image == NULL);
    ls_article_release(&a);
    /* nor a share picture that is the site's logo, its name's first word or
     * not; the story's picture leads instead */
    snprintf(body, sizeof body, "<article><h1>快讯</h1><p><img src='/p/plant.jpg'></p>%s"
             "</article>", PARAS);
    article_of("<title>快讯</title><meta property='og:image' content='https://static.example"
               ".cn/v2_logo_36kr_share.png'>", body, &a);
    CHECK_STR_EQ(a.lead_image ? a.lead_image : "(null)", "https://site.example/p/plant.jpg");
    ls_article_release(&a);
    char *got = lead_of("<img src='/img/brand-logo.png'><img src='/p/line.jpg'>");
    CHECK_STR_EQ(got ? got : "(null)", "https://site.example/p/line.jpg");
    free(got);
    /* a forum's rank picture, a member's avatar by its folder */
    got = lead_of("<img src='./images/ranks/rank4.gif'><img src='/data/avatars/l/3/3391.jpg'>"
                  "<img src='/attachments/topology.png'>");
    CHECK_STR_EQ(got ? got : "(null)", "https://site.example/attachments/topology.png");
    free(got);
}

TEST(extract_icon_font_ligatures_are_no_text)
{
    char body[4096];
    snprintf(body, sizeof body,
             "<article><h2>Questions</h2><p><a href='/q1'>How do I tune work_mem? "
             "<span class='material-icons'>chevron_right</span></a></p>"
             "<p><span class='card__icon'>Icon</span> The plant reopened on Monday after "
             "a month of repairs, with all three lines running again.</p>"
             "<p><i class='fa-icon'>local_offer</i> Spring sale on spare parts.</p>"
             "<table><tr><th>Feature</th><th>Web</th></tr><tr><td>Unlimited returns</td>"
             "<td><i class='material-icons'>check</i></td></tr></table>"
             "<p>Ask the <span class='icon-label'>Helpdesk team</span> at the desk.</p>"
             "%s</article>", PARAS);
    ls_article a;
    article_of("<title>Tuning</title>", body, &a);
    CHECK_CONTAINS(a.text, "How do I tune work_mem?\n");
    CHECK_NOT_CONTAINS(a.text, "chevron_right");
    CHECK_NOT_CONTAINS(a.text, "Icon");
    CHECK_NOT_CONTAINS(a.text, "local_offer");
    CHECK_CONTAINS(a.text, "Unlimited returns | check");
    CHECK_CONTAINS(a.text, "Helpdesk team");
    ls_article_release(&a);
}

TEST(extract_html_white_space_written_once)
{
    char body[4096];
    snprintf(body, sizeof body,
             "<article>\n\t\t<div>\n\t\t\t<div>\n\t\t\t\t%s\n\t\t\t"
             "<p>Two   words\tand <b>bold</b>  text.</p><pre>int main(void)\n{\n    return  0;"
             "\t/* done */\n}</pre></div>\n\t\t</div></article>", PARAS);
    ls_article a;
    article_of("<title>Spaces</title>", body, &a);
    CHECK_NOT_CONTAINS(a.html, "\t\t");
    CHECK_NOT_CONTAINS(a.html, "\n\n");
    CHECK_NOT_CONTAINS(a.html, "Two  ");
    CHECK_CONTAINS(a.html, "Two words and <b>bold</b> text.");
    CHECK_CONTAINS(a.html, "<pre>int main(void)\n{\n    return  0;\t/* done */\n}</pre>");
    ls_article_release(&a);
}

static char *byline_for_title(const char *title, const char *info)
{
    char head[512], body[2048];
    snprintf(head, sizeof head, "<title>%s</title>", title);
    snprintf(body, sizeof body, "<h1>边缘计算入门笔记</h1>%s<div id=content_views><p>边缘计算把计算放到"
             "离设备更近的地方，减少时延，也减轻了云端的负担，在工厂里尤其有用。</p><p>本文记录了"
             "搭建边缘节点的步骤和遇到的问题，供大家参考。</p></div>", info);
    ls_article a;
    article_of(head, body, &a);
    char *r = a.byline ? ls_strdup(a.byline) : NULL;
    ls_article_release(&a);
    return r;
}

TEST(extract_blog_owner_in_the_title_is_the_last_resort_byline)
{
    char *b = byline_for_title("边缘计算入门笔记_张工的博客-CSDN博客", "");
    CHECK_STR_EQ(b ? b : "(null)", "张工");
    free(b);
    /* the info line names the author: it wins */
    b = byline_for_title("边缘计算入门笔记_张工的博客-CSDN博客", "<div>作者：李明 2024-05-01</div>");
    CHECK_STR_EQ(b ? b : "(null)", "李明");
    free(b);
    /* words that go on, or a headline that is the blog's name, name no one */
    b = byline_for_title("边缘计算入门笔记_技术人的博客推荐", "");
    CHECK(b == NULL);
    free(b);
    b = byline_for_title("张工的博客", "");
    CHECK(b == NULL);
    free(b);
    /* other hosts' words for a blog's posts */
    b = byline_for_title("边缘计算在工业现场落地的几点体会 - 刘明轩的日志 - 网易博客", "");
    CHECK_STR_EQ(b ? b : "(null)", "刘明轩");
    free(b);
    b = byline_for_title("科学网—工业人工智能研究的最后一公里 - 黄振华的博文", "");
    CHECK_STR_EQ(b ? b : "(null)", "黄振华");
    free(b);
}

TEST(extract_credits_box_named_author_gives_its_labelled_author)
{
    ls_article a;
    article_of("<title>智能制造加速落地</title>",
               "<h1>智能制造加速落地</h1><div class=post_body><p>近年来，智能制造在各地加速落地，"
               "工厂通过工业互联网平台连接设备，实现生产过程的数字化和可视化。</p><p>专家表示，"
               "边缘计算和数字孪生将成为下一阶段的重点方向。</p></div><div class=post_author>"
               "本文来源：中国新闻网\u3000作者：张三\u3000责任编辑：王晓_NBJ1234</div>", &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "张三");
    CHECK_STR_EQ(a.source ? a.source : "(null)", "中国新闻网");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "王晓");
    ls_article_release(&a);
    /* a box named author that only credits the source names no author */
    article_of("<title>智能制造加速落地</title>",
               "<h1>智能制造加速落地</h1><div class=post_body><p>近年来，智能制造在各地加速落地，"
               "工厂通过工业互联网平台连接设备，实现生产过程的数字化和可视化。</p></div>"
               "<div class=post_author>本文来源：中国新闻网</div>", &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(extract_site_named_as_author_by_its_own_people_is_no_byline)
{
    ls_article a;
    article_of("<title>智能制造加速落地 - 工业氪</title><meta property='og:site_name' "
               "content='工业氪'><meta name=author content='工业氪的朋友们'>",
               "<h1>智能制造加速落地</h1><div class=content><p>近年来，智能制造在各地加速落地，"
               "工厂通过工业互联网平台连接设备，实现生产过程的数字化和可视化。</p><p>专家表示，"
               "边缘计算和数字孪生将成为下一阶段的重点方向。</p><p>本文来自微信公众号“工业观察”，"
               "作者：张三，工业氪经授权发布。</p></div>", &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "张三");
    ls_article_release(&a);
}

TEST(extract_original_headline_line_at_the_end_is_no_text)
{
    ls_article a;
    article_of("<title>智能制造加速落地</title>",
               "<h1>智能制造加速落地</h1><div class=content><p>近年来，智能制造在各地加速落地，"
               "工厂通过工业互联网平台连接设备，实现生产过程的数字化和可视化。</p><p>专家表示，"
               "边缘计算和数字孪生将成为下一阶段的重点方向。</p><p>（原标题：智能制造加速落地 "
               "多地出台支持政策）</p><p>责任编辑：王五</p></div>", &a);
    CHECK_NOT_CONTAINS(a.text, "原标题");
    CHECK_CONTAINS(a.text, "重点方向。");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "王五");
    ls_article_release(&a);
}

TEST(extract_click_through_to_a_topic_is_a_control)
{
    ls_article a;
    article_of("<title>智能制造加速落地</title>",
               "<h1>智能制造加速落地</h1><div class=content><p>近年来，智能制造在各地加速落地，"
               "工厂通过工业互联网平台连接设备，实现生产过程的数字化和可视化。</p><p>专家表示，"
               "边缘计算和数字孪生将成为下一阶段的重点方向。</p><p>点击进入专题：<a href=/zt>"
               "智能制造</a></p><p>点击查看原文可以阅读<a href=/r>报告全文</a>的第一章、第二章和"
               "附录中的全部数据表格，其中包括三百家工厂的调查结果和专家的详细点评。</p></div>", &a);
    CHECK_NOT_CONTAINS(a.text, "点击进入专题");
    CHECK_CONTAINS(a.text, "附录中的全部数据表格");
    ls_article_release(&a);
}

/* A thread as Discuz prints it: counters, floors, tools, signatures. */
static const char *discuz_post(char *buf, size_t sz, int i, const char *who, const char *floor,
                               const char *when, const char *text)
{
    snprintf(buf, sz,
             "<div id=post_%d><table class=plhin><tr><td class=pls><div class=authi><a "
             "href='space-uid-%d.html' class=xw1>%s</a></div><dl><dt>积分</dt><dd>256</dd></dl>"
             "</td><td class=plc><div class=pi><strong><a href='#'>%s</a></strong><div class=pti>"
             "<div class=authi><em id=authorposton%d>发表于 %s</em><span class=pipe>|</span><a "
             "href='#'>只看该作者</a></div></div></div><div class=pct><div class=t_fsz><table>"
             "<tr><td class=t_f id=postmessage_%d>%s</td></tr></table></div></div></td></tr>"
             "<tr><td class=plc><div class=sign>专注工业自动化二十年</div></td></tr></table></div>",
             i, i, who, floor, i, when, i, text);
    return buf;
}

TEST(extract_discuz_thread)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    char post[2048];
    ls_buf_adds(&b, "<html><head><meta charset=utf-8><title>求推荐边缘计算网关 - 工业互联网 - 工控论坛"
                    " - Powered by Discuz!</title></head><body><div id=postlist><table><tr><td>"
                    "<span>查看:</span> <span>1234</span><span>|</span><span>回复:</span> "
                    "<span>2</span></td><td><h1><span id=thread_subject>求推荐边缘计算网关</span>"
                    "</h1></td></tr></table>");
    ls_buf_adds(&b, discuz_post(post, sizeof post, 1, "张三", "楼主", "2024-5-1 10:23",
                                "各位好，我们厂准备上一套边缘计算网关，用来采集老设备的PLC数据，"
                                "预算大概五万元，请问大家有没有推荐的品牌和方案？"));
    ls_buf_adds(&b, discuz_post(post, sizeof post, 2, "李四", "沙发", "2024-5-1 11:02",
                                "我们去年用过两家的网关，稳定性都还可以，关键是看厂家的技术支持"
                                "能不能跟上，建议先要样机测试。"));
    ls_buf_adds(&b, "</div><div id=ft>Powered by Discuz! X3.4 &copy; 2001-2024 Comsenz Inc.</div>"
                    "</body></html>");
    ls_article a;
    CHECK_INT_EQ(run(b.data, NULL, &a), 0);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "求推荐边缘计算网关");
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "张三");
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-05-01T10:23:00+08:00");
    CHECK_CONTAINS(a.text, "请问大家有没有推荐的品牌和方案");
    CHECK_CONTAINS(a.text, "建议先要样机测试");
    static const char *const gone[] = {"查看", "楼主", "沙发", "只看该作者", "专注工业自动化",
                                       "Powered by"};
    for (size_t k = 0; k < sizeof gone / sizeof gone[0]; k++)
        CHECK_NOT_CONTAINS(a.text, gone[k]);
    ls_article_release(&a);
    ls_buf_release(&b);
}

TEST(extract_copyright_line_ending_the_text_is_no_text)
{
    char body[4096];
    snprintf(body, sizeof body, "<article>%s<p>\u00a9 Victor Sailer</p></article>", PARAS);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    CHECK_CONTAINS(a.text, "Victor Sailer"); /* a photo's credit names no year */
    ls_article_release(&a);
    snprintf(body, sizeof body, "<article>%s<p>Copyright 2025 \u00a9 Jane Roe. All Rights "
             "Reserved.</p></article>", PARAS);
    article_of("<title>Plant</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "Rights Reserved");
    CHECK_CONTAINS(a.text, "The second paragraph");
    ls_article_release(&a);
}

TEST(extract_source_named_by_its_element_beside_the_date)
{
    const char *body = "<h1>智能制造加速落地</h1><div class=date-source><span class=date>2024年05月01日 "
                       "10:23</span><a href='http://news.example.cn' class=source>新华社</a></div>"
                       "<div class=article><p>近年来，智能制造在各地加速落地，工厂通过工业互联网"
                       "平台连接设备，实现生产过程的数字化和可视化。</p><p>专家表示，边缘计算和数字"
                       "孪生将成为下一阶段的重点方向。</p><p><img src=/a.jpg><span class=img-source>"
                       "视觉中国</span></p></div>";
    ls_article a;
    article_of("<title>智能制造加速落地</title>", body, &a);
    CHECK_STR_EQ(a.source ? a.source : "(null)", "新华社");
    ls_article_release(&a);
    /* a photo's credit named "source", with no date beside it, is none */
    article_of("<title>Plant</title>",
               "<h1>Plant</h1><article><p>The plant reopened on Monday after a month of repairs, "
               "with all three lines running again.</p><figure><img src=/a.jpg><figcaption><span "
               "class=source>Mikolette / Getty Images</span></figcaption></figure></article>", &a);
    CHECK(a.source == NULL);
    ls_article_release(&a);
    /* the province an account posted from, in an element named "source",
     * is no outlet */
    article_of("<title>智能制造加速落地</title>",
               "<h1>智能制造加速落地</h1><div class=info><span class=time>2024-05-01 10:23</span>"
               "<span class=source>广东</span></div><div class=article><p>近年来，智能制造在各地加速"
               "落地，工厂通过工业互联网平台连接设备，实现生产过程的数字化和可视化。</p></div>", &a);
    CHECK(a.source == NULL);
    ls_article_release(&a);
    /* nor is the platform a post was sent from ("· 来自雪球") */
    article_of("<title>智能制造加速落地</title>",
               "<h1>智能制造加速落地</h1><div class=info><span class=time>2024-05-01 10:23</span>"
               "<span class=source>· 来自雪球</span></div><div class=article><p>近年来，智能制造在"
               "各地加速落地，工厂通过工业互联网平台连接设备，实现生产过程的数字化和可视化。</p></div>",
               &a);
    CHECK(a.source == NULL);
    ls_article_release(&a);
}

TEST(extract_editor_is_not_author)
{
    ls_article a;
    article_of("<title>标题</title>",
               "<h1>人工智能赋能工业互联网</h1><div>来源：新华网 责任编辑：王五</div>"
               "<div><p>人工智能正在深刻改变工业生产方式，越来越多的企业把算法部署到生产线上，"
               "实现质量检测、预测维护和能耗优化。</p></div>", &a);
    CHECK(a.byline == NULL);
    CHECK_STR_EQ(a.editor, "王五");
    CHECK_STR_EQ(a.source, "新华网");
    ls_article_release(&a);
}

TEST(extract_relative_date_uses_opts_now)
{
    char *p = page("<title>t</title>",
                   "<h1>边缘计算新进展发布会</h1><div>3小时前 来源：科技日报</div>"
                   "<div><p>边缘计算产业联盟今天发布了新一代参考架构，"
                   "覆盖设备接入、数据处理和安全管理等环节，得到与会企业的广泛关注。</p></div>");
    ls_extract_opts o = {.now = 1715342400}; /* 2024-05-10T12:00:00Z */
    ls_article a;
    CHECK_INT_EQ(run(p, &o, &a), 0);
    CHECK_STR_EQ(a.published, "2024-05-10T17:00:00+08:00");
    ls_article_release(&a);
    free(p);
}

TEST(extract_table_cells_keep_their_columns)
{
    char body[4096];
    /* a notice box (an icon cell and a text cell) and a data table with
     * empty cells: in a table of data (with <th> cells) an empty cell
     * between two written ones keeps its " | " so that the columns stay in
     * place, the html keeps every cell of a written row; an image with no
     * http(s) address is left out, not written without a src */
    snprintf(body, sizeof body, "<article><table class=notice><tr><td><img src='ftp://x/i.png'>"
             "</td><td>This entry needs more sources.</td></tr></table>%s<table><tr><th>Year</th>"
             "<th>Sales</th><th>Note</th></tr><tr><td>2023</td><td></td><td>no report</td></tr>"
             "<tr><td>2024</td><td>812</td><td></td></tr></table></article>", PARAS);
    ls_article a;
    article_of("<title>Cells</title>", body, &a);
    CHECK(!strncmp(a.text, "This entry needs more sources.\n", 31));
    CHECK_CONTAINS(a.text, "\nYear | Sales | Note\n2023 |  | no report\n2024 | 812");
    CHECK_NOT_CONTAINS(a.text, "| \n");
    CHECK_NOT_CONTAINS(a.html, "<img");
    CHECK_CONTAINS(a.html, "<tr><td></td><td>This entry needs more sources.</td></tr>");
    CHECK_CONTAINS(a.html, "<tr><td>2023</td><td></td><td>no report</td></tr>");
    CHECK_CONTAINS(a.html, "<tr><td>2024</td><td>812</td><td></td></tr>");
    ls_article_release(&a);
}

TEST(extract_title_written_again_first_is_not_text)
{
    char body[4096];
    /* the site's name is the h1; the article's first block is its title,
     * which the reader shows above the text already */
    snprintf(body, sizeof body, "<header><h1>Field Notes</h1></header><article><p class=big>"
             "Growing Tomatoes In Pots</p>%s<p>Growing tomatoes in pots</p></article>", PARAS);
    ls_article a;
    article_of("<meta property='og:title' content='Growing tomatoes in pots'>"
               "<title>Growing tomatoes in pots | Field Notes</title>", body, &a);
    CHECK_STR_EQ(a.title, "Growing tomatoes in pots");
    CHECK(strncmp(a.text, "Growing", 7) != 0);
    CHECK_NOT_CONTAINS(a.html, "Growing Tomatoes In Pots");
    /* the same words further down are the text's own */
    CHECK_CONTAINS(a.text, "\n\nGrowing tomatoes in pots");
    ls_article_release(&a);
    /* a short post whose title is its whole text keeps its text */
    article_of("<meta property='og:title' content='Tomatoes planted out today, six weeks early "
               "this year'><title>Tomatoes planted out today, six weeks early this year</title>",
               "<nav><a href=/>Field Notes</a></nav><article><p>Tomatoes planted out today, six "
               "weeks early this year</p></article>", &a);
    CHECK_STR_EQ(a.text, "Tomatoes planted out today, six weeks early this year");
    ls_article_release(&a);
}

TEST(extract_headline_cut_at_110_gives_way_to_the_whole_title)
{
    /* SEO plugins cut the JSON-LD headline to 110 characters */
    const char *whole = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help "
                        "4 Readers Find Solutions (Including One Universal Trick That Works)";
    char head[2048], body[4096];
    snprintf(head, sizeof head, "<script type=application/ld+json>{\"@type\":\"Article\","
             "\"headline\":\"%.110s\"}</script><meta property=og:title content='%s - Emily "
             "Henderson'><title>%s - Emily Henderson</title>", whole, whole, whole);
    snprintf(body, sizeof body, "<article>%s</article>", PARAS);
    ls_article a;
    article_of(head, body, &a);
    CHECK_STR_EQ(a.title, whole);
    ls_article_release(&a);
    /* a shorter headline is the page's own choice */
    snprintf(head, sizeof head, "<script type=application/ld+json>{\"@type\":\"Article\","
             "\"headline\":\"Fix It Friday: the living room\"}</script><meta "
             "property=og:title content='%s'>", whole);
    article_of(head, body, &a);
    CHECK_STR_EQ(a.title, "Fix It Friday: the living room");
    ls_article_release(&a);
}

TEST(extract_title_keeps_the_question_mark_the_title_tag_dropped)
{
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Cloud Innovations: What's Next in 2025?</h1>%s"
             "</article>", PARAS);
    ls_article a;
    article_of("<title>Cloud Innovations: What's Next in 2025 | Ironhack Blog</title>", body, &a);
    CHECK_STR_EQ(a.title, "Cloud Innovations: What's Next in 2025?");
    ls_article_release(&a);
}

TEST(extract_wechat_time_read_only_on_wechat)
{
    char body[4096];
    snprintf(body, sizeof body, "<div id=meta_content><span class=rich_media_meta_text>"
             "Jane Roe</span></div><article>%s</article>", PARAS);
    const char *head = "<title>Plant reopens</title><script>var ct = \"1714530180\";</script>";
    char *p = page(head, body);
    ls_article a;
    ls_dom *d = parse(p);
    CHECK_INT_EQ(ls_extract(d, "https://mp.weixin.qq.com/s/abc", NULL, &a), 0);
    CHECK_STR_EQ(a.published, "2024-05-01T02:23:00Z");
    CHECK_STR_EQ(a.byline, "Jane Roe");
    ls_article_release(&a);
    /* the account names the site, over the platform's own name */
    {
        char *q = page("<title>Plant reopens</title><meta property=og:site_name "
                       "content='微信公众平台'>",
                       "<div id=meta_content><a id=js_name>工业互联网观察</a></div><div "
                       "id=js_content>" "<p>Edge gateways collect machine data on the plant "
                       "floor and send it to the cloud for analysis by the quality team.</p>"
                       "</div>");
        ls_dom *e = parse(q);
        CHECK_INT_EQ(ls_extract(e, "https://mp.weixin.qq.com/s/abc", NULL, &a), 0);
        CHECK_STR_EQ(a.site_name ? a.site_name : "(null)", "工业互联网观察");
        ls_article_release(&a);
        ls_dom_free(e);
        free(q);
    }
    CHECK_INT_EQ(ls_extract(d, "HTTP://MP.weixin.qq.com:80/s/abc", NULL, &a), 0);
    CHECK_STR_EQ(a.published, "2024-05-01T02:23:00Z");
    ls_article_release(&a);
    /* elsewhere such a script is anybody's variable */
    static const char *const elsewhere[] = {
        "https://site.example/s/abc", "https://mp.weixin.qq.com.site.example/s",
        "https://site.example/?u=https://mp.weixin.qq.com/s", "https://x@mp.weixin.qq.com/s",
        "ftp://mp.weixin.qq.com/s"};
    for (size_t k = 0; k < sizeof elsewhere / sizeof elsewhere[0]; k++) {
        CHECK_INT_EQ(ls_extract(d, elsewhere[k], NULL, &a), 0);
        CHECK(a.published == NULL);
        ls_article_release(&a);
    }
    ls_dom_free(d);
    free(p);
}

static int calls;
static char *rewrite(void *ctx, const char *url)
{
    (void)ctx;
    calls++;
    return strstr(url, "keep") ? NULL : strdup("/stored/1.jpg");
}

TEST(extract_html_links_absolute_and_image_hook)
{
    char body[4096];
    snprintf(body, sizeof body, "<article>%s<p>See <a href='../other.html'>this</a> and "
             "<a href='javascript:alert(1)'>that</a>, <img src='pic.jpg' onerror='x()'> "
             "<img data-src='/keep.png' src='data:image/gif;base64,R0lG'>"
             "<script>evil()</script></p></article>", PARAS);
    char *p = page("<title>Links</title>", body);
    ls_extract_opts o = {.rewrite_image = rewrite};
    ls_article a;
    calls = 0;
    CHECK_INT_EQ(run(p, &o, &a), 0);
    CHECK_CONTAINS(a.html, "href=\"https://site.example/other.html\" rel=\"noopener noreferrer\"");
    CHECK_NOT_CONTAINS(a.html, "javascript:");
    CHECK_CONTAINS(a.html, "<img src=\"/stored/1.jpg\">");
    CHECK_CONTAINS(a.html, "<img src=\"https://site.example/keep.png\">");
    CHECK_NOT_CONTAINS(a.html, "onerror");
    CHECK_NOT_CONTAINS(a.html, "evil");
    CHECK_NOT_CONTAINS(a.text, "evil");
    CHECK_INT_EQ(calls, 2);
    /* no metadata image: the lead image is the first one, by its own URL,
     * not by the stored copy the HTML points at */
    CHECK_STR_EQ(a.lead_image, "https://site.example/dir/pic.jpg");
    ls_article_release(&a);
    free(p);
}

static void dom_digest(const ls_dom *d, ls_buf *out)
{
    for (ls_node *n = d->root; n; n = ls_node_next(n, d->root)) {
        ls_buf_addf(out, "%d:%s:", (int)n->type, n->name ? n->name : "");
        if (n->text)
            ls_buf_add(out, n->text, n->text_len);
        for (ls_attr *at = n->attrs; at; at = at->next)
            ls_buf_addf(out, "@%s=%s", at->name, at->value);
        if (n->user || n->flags || n->score != 0)
            ls_buf_adds(out, "!scratch");
        ls_buf_addc(out, '\n');
    }
}

TEST(extract_leaves_the_dom_as_it_was)
{
    char body[4096];
    snprintf(body, sizeof body, "<nav><a href=/>Home</a></nav><h1>T</h1><div class=share>x</div>"
             "<div class=content>%s<ul><li>one</li></ul></div><footer>f</footer>", PARAS);
    char *p = page("<title>T</title><meta property=og:title content=T>", body);
    ls_dom *d = parse(p);
    ls_buf before, after;
    ls_buf_init(&before, 1 << 20);
    ls_buf_init(&after, 1 << 20);
    dom_digest(d, &before);
    ls_article a;
    CHECK_INT_EQ(ls_extract(d, NULL, NULL, &a), 0);
    dom_digest(d, &after);
    CHECK_STR_EQ(after.data, before.data);
    CHECK_NOT_CONTAINS(after.data, "!scratch");
    CHECK_CONTAINS(a.text, "The first paragraph");
    ls_article_release(&a);
    ls_buf_release(&before);
    ls_buf_release(&after);
    ls_dom_free(d);
    free(p);
}

TEST(extract_never_fails_on_odd_pages)
{
    const char *pages[] = {"", "<html></html>", "<script>var a=1;</script>",
                           "\xff\xfe\x00garbage\x80\x81", "<frameset><frame src=a></frameset>",
                           "<table><tr><td>only a cell</td></tr></table>"};
    const size_t lens[] = {0, 13, 25, 13, 34, 44}; /* the garbage holds a NUL */
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        ls_dom *d = NULL;
        CHECK_INT_EQ(ls_dom_parse(pages[i], lens[i], &d), 0);
        ls_article a;
        CHECK_INT_EQ(ls_extract(d, "not a url", NULL, &a), 0);
        CHECK(a.text != NULL && a.html != NULL);
        ls_article_release(&a);
        ls_dom_free(d);
    }
}

TEST(extract_deep_nesting_is_fine)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 24);
    for (int i = 0; i < 20000; i++)
        ls_buf_adds(&b, "<div>");
    ls_buf_adds(&b, "<p>Deep text, with commas, and more words to make it count as a block.</p>");
    ls_dom *d = parse(b.data);
    ls_article a;
    CHECK_INT_EQ(ls_extract(d, NULL, NULL, &a), 0);
    CHECK_CONTAINS(a.text, "Deep text");
    ls_article_release(&a);
    ls_dom_free(d);
    ls_buf_release(&b);
}

TEST(extract_thousands_of_quotations_after_a_long_text)
{
    /* a long text, then thousands of quotations, each of which searches
     * the text before it for its lines (a bounded total): all stay, as
     * none repeats the text */
    ls_buf b;
    ls_buf_init(&b, 1 << 24);
    ls_buf_adds(&b, "<article>");
    for (int i = 0; i < 6000; i++)
        ls_buf_addf(&b, "<p>Paragraph %d of the long article, with commas, and words.</p>", i);
    for (int i = 0; i < 3000; i++)
        ls_buf_addf(&b, "<blockquote>Quotation number %d, which says something new.</blockquote>",
                    i);
    ls_buf_adds(&b, "</article>");
    ls_dom *d = parse(b.data);
    ls_article a;
    CHECK_INT_EQ(ls_extract(d, NULL, NULL, &a), 0);
    CHECK_CONTAINS(a.text, "Quotation number 2999, which says");
    ls_article_release(&a);
    ls_dom_free(d);
    ls_buf_release(&b);
}

TEST(extract_word_count_cjk_and_latin)
{
    const char *s = "智能制造 is here, 边缘 computing!";
    CHECK_INT_EQ(ls_extract_word_count(s, strlen(s)), 9);
}

TEST(extract_url_host_and_path)
{
    char h[64];
    CHECK(ls_x_url_host("HTTPS://WWW.Example.com:8080/a?b", h, sizeof h));
    CHECK_STR_EQ(h, "example.com");
    CHECK(ls_x_url_host("//cdn.example/i.png", h, sizeof h));
    CHECK_STR_EQ(h, "cdn.example");
    CHECK(!ls_x_url_host("/go?to=http://b.example/", h, sizeof h));
    CHECK(!ls_x_url_host("news/1.html", h, sizeof h));
    CHECK(!ls_x_url_host("https://a-very-long-host.example/", h, 8));
    CHECK_STR_EQ(ls_x_url_path("https://a.example"), "");
    CHECK_STR_EQ(ls_x_url_path("https://a.example/?from=nav"), "/?from=nav");
    CHECK_STR_EQ(ls_x_url_path("//a.example#top"), "#top");
    CHECK_STR_EQ(ls_x_url_path("/go?to=http://b.example/"), "/go?to=http://b.example/");
}

TEST(extract_resolve_urls)
{
    char *u = ls_x_resolve("https://a.example/x/y/z.html?q=1", "../b/./c.png");
    CHECK_STR_EQ(u, "https://a.example/x/b/c.png");
    free(u);
    u = ls_x_resolve("https://a.example/x/", "//cdn.example/i.png");
    CHECK_STR_EQ(u, "https://cdn.example/i.png");
    free(u);
    u = ls_x_resolve("http://a.example", "p?x=1#f");
    CHECK_STR_EQ(u, "http://a.example/p?x=1#f");
    free(u);
    CHECK(ls_x_resolve("https://a.example/", "javascript:alert(1)") == NULL);
    u = ls_x_resolve("https://a.example/", "htTp://b.example/Path");
    CHECK_STR_EQ(u, "http://b.example/Path"); /* the scheme in lower case */
    free(u);
    u = ls_x_resolve("HTTPS://a.example/x/", "y.png");
    CHECK_STR_EQ(u, "https://a.example/x/y.png");
    free(u);
    CHECK(ls_x_resolve(NULL, "rel.html") == NULL);
    CHECK(ls_x_resolve("file:///etc/", "passwd") == NULL);
}

TEST(extract_byline_from_author_class)
{
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Headline here</h1><div class='post-author'>"
             "<span>By</span> <a href='/u/lisa'>Lisa Pham</a></div>%s</article>", PARAS);
    ls_article a;
    article_of("<title>Headline here | Blog</title>", body, &a);
    CHECK_STR_EQ(a.byline, "Lisa Pham");
    ls_article_release(&a);
}

TEST(extract_byline_from_a_name_set_in_parts)
{
    /* a journal's page marks the given name and the surname apart: each
     * is a part of the author's name, not a name */
    char body[4096];
    snprintf(body, sizeof body, "<h1>Ionocyte states</h1><div class=cite-authors><span "
             "class=citation-author><span class=nlm-given-names>Amara</span> <span "
             "class=nlm-surname>Nwosu</span></span></div>%s", PARAS);
    ls_article a;
    article_of("<title>Ionocyte states</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Amara Nwosu");
    ls_article_release(&a);
    snprintf(body, sizeof body, "<h1>Ionocyte states</h1><p class=author><span "
             "class=given-name>Amara</span> <span class=family-name>Nwosu</span></p>%s", PARAS);
    article_of("<title>Ionocyte states</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Amara Nwosu");
    ls_article_release(&a);
}

static char *byline_of_body(const char *body)
{
    ls_article a;
    article_of("<title>Headline here | Blog</title>", body, &a);
    char *b = a.byline ? strdup(a.byline) : NULL;
    ls_article_release(&a);
    return b;
}

TEST(extract_byline_from_an_author_card)
{
    static const char *const cards[][2] = {
        /* the blocks of a card are lines: the name, the date */
        {"<div class=author-box><img src=/a.jpg alt=''><div><p>Nick van Mead</p><p><span>"
         "2022-11-23T08:10+02:00</span></p></div></div>", "Nick van Mead"},
        /* the name, the role */
        {"<div class=byline><div>Harry Rabinowitz</div><div>Tech Reporter</div></div>",
         "Harry Rabinowitz"},
        /* a label alone on its line, then the name and the role */
        {"<div class=author><div>Insights from</div><div>Liza Burke</div><div>Marketing "
         "Director</div></div>", "Liza Burke"},
        {"<div class=author><span class=label>por</span><br><a href=/p/cs>C\xc3\xa9sar "
         "Salza</a></div>", "C\xc3\xa9sar Salza"},
        {"<p class=author>\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a<br>\xe7\x8e\x8b\xe5"
         "\xb0\x8f\xe6\x98\x8e</p>", "\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e"},
        /* a script in the card is no line of it */
        {"<div class=author><script>_partner_id = \"59552\";</script><p>Jane Roe</p></div>",
         "Jane Roe"},
    };
    char body[4096];
    for (size_t k = 0; k < sizeof cards / sizeof cards[0]; k++) {
        snprintf(body, sizeof body, "<article><h1>Headline here</h1>%s%s</article>", cards[k][0],
                 PARAS);
        char *b = byline_of_body(body);
        CHECK_STR_EQ(b ? b : "(none)", cards[k][1]);
        free(b);
    }
    /* a longer box (a biography) is not read line by line: its first line
     * is no byline */
    snprintf(body, sizeof body, "<article><h1>Headline here</h1><div class=author-bio><p>Get "
             "new release updates</p><p>Jane has written about gardens for twenty years, "
             "first for the local paper and then for three national magazines, and she "
             "grows roses.</p></div>%s</article>", PARAS);
    char *b = byline_of_body(body);
    CHECK(b == NULL);
    free(b);
    /* a post's own box names its writer in a class, but is no byline */
    snprintf(body, sizeof body, "<article class='hentry author-carmel-hagen'><h1>Headline "
             "here</h1>%s<div class='hentry author-carmel-hagen'><p>Coming soon</p><p>Food "
             "Colors, Holiday Edition</p></div></article>", PARAS);
    b = byline_of_body(body);
    CHECK(b == NULL);
    free(b);
}

TEST(extract_author_card_naming_the_metadata_author_is_no_text)
{
    /* JSON-LD names the author; the card under the headline says it again
     * and goes with the other metadata, not into the text */
    static const char *ld = "<script type='application/ld+json'>{\"@type\":\"Article\","
                            "\"author\":{\"name\":\"Dana Whitfield\"}}</script>";
    char head[512], body[4096];
    snprintf(head, sizeof head, "<title>Headline here</title>%s", ld);
    snprintf(body, sizeof body, "<article><h1>Headline here</h1><div class=article-byline><h4 "
             "class=author-name><a href=/author/dana/>Dana Whitfield</a></h4><div><time>May 1, "
             "2024</time> 4 min read</div></div>%s</article>", PARAS);
    ls_article a;
    article_of(head, body, &a);
    CHECK_STR_EQ(a.byline, "Dana Whitfield");
    CHECK_NOT_CONTAINS(a.text, "Dana Whitfield");
    CHECK_CONTAINS(a.text, "The first paragraph");
    ls_article_release(&a);
    /* on a list of posts by one writer, each post's card after the first
     * is its own item's and stays */
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<main><h1>Headline here</h1>");
    for (int i = 0; i < 4; i++)
        ls_buf_addf(&b, "<div class=post><h2><a href=/p/%d>Post number %d about the plant</a>"
                    "</h2><div class=byline>Dana Whitfield</div><p>The post tells, at some "
                    "length, what happened at the plant on day %d and why it matters to the "
                    "town.</p></div>", i, i, i);
    ls_buf_adds(&b, "</main>");
    char *list = ls_buf_detach(&b, NULL);
    article_of(head, list, &a);
    const char *first = a.text ? strstr(a.text, "Dana Whitfield") : NULL;
    CHECK(first != NULL);
    CHECK(first && strstr(first + 1, "Dana Whitfield") != NULL);
    ls_article_release(&a);
    free(list);
}

/* ---- choosing the content ---- */

/* s ends with end */
static bool ends_with(const char *s, const char *end)
{
    size_t n = strlen(s), e = strlen(end);
    return n >= e && !strcmp(s + n - e, end);
}

static char *extract_text(const char *body)
{
    ls_article a;
    article_of("<title>T</title>", body, &a);
    char *t = strdup(a.text ? a.text : "");
    ls_article_release(&a);
    return t;
}

TEST(content_formulas_are_text_and_mathml)
{
    char body[4096];
    snprintf(body, sizeof body,
             "<article><p>When <math><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>, there are two "
             "solutions, and this paragraph explains at some length how to find them and why "
             "the formula works, with commas, and more words.</p><math display=block "
             "onclick='alert(1)'><semantics><mrow><mi>x</mi><mo>=</mo><mfrac><mi>b</mi>"
             "<mi>&lt;img src=x onerror=alert(1)&gt;</mi></mfrac></mrow><annotation "
             "encoding='application/x-tex'>x = \\frac{b}{2a}</annotation><annotation-xml "
             "encoding='text/html'><b>copy</b></annotation-xml></semantics></math><p>The second "
             "paragraph adds numbers, quotes and context, so that a reader can follow the "
             "argument without reading anything else.</p></article>");
    ls_article a;
    article_of("<title>T</title>", body, &a);
    /* the tokens in the text, set apart; the annotations left out */
    CHECK_CONTAINS(a.text, "When a \xE2\x89\xA0 0, there are");
    CHECK_CONTAINS(a.text, "\n\nx = b <img src=x onerror=alert(1)>\n\n");
    CHECK(!strstr(a.text, "frac") && !strstr(a.text, "copy"));
    /* the presentation elements in the html, no attribute but display,
     * text escaped */
    CHECK_CONTAINS(a.html, "<math><mi>a</mi><mo>\xE2\x89\xA0</mo><mn>0</mn></math>");
    CHECK_CONTAINS(a.html, "<math display=\"block\"><mrow><mi>x</mi><mo>=</mo><mfrac>");
    CHECK_CONTAINS(a.html, "<mi>&lt;img src=x onerror=alert(1)&gt;</mi>");
    CHECK(!strstr(a.html, "onclick") && !strstr(a.html, "semantics")
          && !strstr(a.html, "annotation") && !strstr(a.html, "<b>"));
    ls_article_release(&a);
}

TEST(content_board_follow_ups_after_the_post_left_out)
{
    const char *paras =
        "<p>今年以来，全市加快推进工业互联网平台建设，一批智能制造示范工厂相继投产，带动上下游企业"
        "数字化转型，产业链协同水平明显提升。</p><p>下一步，市里将继续完善边缘计算和数字孪生等新型"
        "基础设施，支持中小企业上云用数赋智，推动制造业高质量发展。</p><p>各地还将加大对重点项目的"
        "资金支持力度，确保年内完成既定目标，并定期公布进展情况。</p>";
    char body[8192];
    /* a board's follow-ups, replies to replies nested, each a link, its
     * author and its time */
    snprintf(body, sizeof body,
             "<div>%s<p><a name=followups>本贴跟从标题:</a></p><ul><li><a href=5422.html>"
             "看完很受启发</a> <b>馨语</b> <i>09:02:51 5/23/06</i> (无内容)<ul><li><a "
             "href=5423.html>同感</a> <b>小虫</b> <i>09:07:15 5/23/06</i></li></ul></li><li><a "
             "href=5424.html>许先生著作</a> <b>大卫</b> <i>2005-09-12 20:02</i> (75)</li></ul></div>",
             paras);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "定期公布进展情况");
    CHECK(!strstr(t, "看完很受启发") && !strstr(t, "许先生著作"));
    free(t);
    /* dated changes at the head of the article are the article's */
    snprintf(body, sizeof body,
             "<div><ul><li>2022-04-12 <a href=/a>补充了数据来源</a></li><li>2023-06-12 <a href=/b>"
             "更新了图表</a></li><li>2024-01-05 <a href=/c>修订了结论</a></li></ul>%s</div>", paras);
    t = extract_text(body);
    CHECK_CONTAINS(t, "2023-06-12 更新了图表");
    free(t);
}

TEST(content_long_footer_does_not_win)
{
    /* the page's footer holds more prose than the short article above it */
    char *t = extract_text(
        "<div class=page><h1>Renting vans</h1><div class=col><p>Screening renters at the counter, "
        "checking licences and recording damage keeps a rental fleet safe and insured.</p>"
        "</div></div><footer><div class=legal><p>Insurance products are offered through the "
        "agency, which is licensed in every state, and coverage is subject to the terms, "
        "conditions and exclusions of the policy, which may vary by state.</p><p>Nothing on "
        "this site is an offer, a binding quote or legal advice, and the agency, its partners "
        "and its carriers make no warranty, express or implied, about its accuracy.</p>"
        "</div></footer>");
    CHECK_CONTAINS(t, "Screening renters");
    CHECK_NOT_CONTAINS(t, "binding quote");
    free(t);
    /* a page whose only prose is its footer has no article */
    t = extract_text("<div class=grid><a href=/a>One</a> <a href=/b>Two</a></div><footer><p>"
                     "版权所有，未经许可，不得转载本网站的任何内容，违者将依法追究其法律责任。"
                     "本网站所载文章仅代表作者观点，不代表本网站立场。</p></footer>");
    CHECK_STR_EQ(t, "");
    free(t);
}

TEST(content_inside_junk_is_never_chosen)
{
    /* a promotional banner (junk by its class) with a candidate inside it
     * must not become the article */
    char *t = extract_text(
        "<div class=promo-banner><div class=inner><p>Save now, today only, on every wallet, "
        "card case and key ring, while stocks last, in every colour.</p></div></div>"
        "<div class=main><p>这款钱包采用航空级铝材制成，可容纳十二张卡片，并能阻挡射频信号，"
        "保护卡片信息安全。</p><p>卡片弹出设计让取卡更方便，外壳经过阳极氧化处理，耐磨耐用。</p></div>");
    CHECK_CONTAINS(t, "航空级铝材");
    CHECK_NOT_CONTAINS(t, "Save now");
    free(t);
}

TEST(content_hidden_until_scripts_run)
{
    /* the whole page is hidden until its scripts run: it is still the page */
    char body[2048], *t;
    snprintf(body, sizeof body, "<div id=app style='visibility:hidden'><div class=article>%s"
             "</div></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The first paragraph");
    free(t);
    snprintf(body, sizeof body, "<div id=app style=display:none><ul class=items><li><a "
             "href=/1>Blue vase, hand painted</a> $20</li><li><a href=/2>Old brass lamp</a> "
             "$35</li><li><a href=/3>Framed print of a harbour</a> $12</li></ul></div>"
             "<div class=x>Hi</div>");
    t = extract_text(body);
    CHECK_CONTAINS(t, "brass lamp");
    free(t);
    /* a hidden copy next to the visible article stays out */
    snprintf(body, sizeof body, "<div class=a>%s</div><div style='visibility: hidden'><p>A "
             "hidden paragraph that repeats, for an effect, what the page says elsewhere, "
             "and must not be read.</p></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The first paragraph");
    CHECK_NOT_CONTAINS(t, "hidden paragraph");
    free(t);
}

/* The stats of the first element with this tag, after one stats pass. */
static ls_xstat *stat_of(ls_xctx *x, GumboTag tag)
{
    for (size_t i = 0; i < x->nst; i++)
        if (x->st[i].node->tag == tag)
            return &x->st[i];
    return NULL;
}

TEST(content_paragraphs_next_to_many_links_are_reading_matter)
{
    /* an old table layout: the article's cell shares its row with a long
     * list of links; the row is mostly links, its paragraphs still count */
    ls_dom *d = parse(
        "<table><tr><td><p>顺子夫妇已经结婚十五年了，仍然没有孩子，这在当地并不少见。</p>"
        "<p>每年有两百名女性到东京郊区的一家诊所寻求帮助。</p></td><td><ul>"
        "<li><a href=/1>相关新闻：日本出生率再创新低，政府出台新一轮鼓励生育政策措施</a></li>"
        "<li><a href=/2>相关新闻：东京房价连续第五年上涨，年轻夫妇购房压力持续增大</a></li>"
        "<li><a href=/3>相关新闻：专家称工作时间过长是影响家庭生活质量的首要因素之一</a></li>"
        "</ul></td></tr></table>");
    ls_xctx x = {.dom = d};
    CHECK_INT_EQ(ls_x_stats_build(&x), 0);
    ls_xstat *tr = stat_of(&x, GUMBO_TAG_TR), *ul = stat_of(&x, GUMBO_TAG_UL);
    CHECK(tr && ul);
    CHECK(tr->link_chars * 2 > tr->chars);
    CHECK_INT_EQ(ul->good, 0);
    CHECK(tr->good >= 3 * 40);
    ls_x_stats_clear(&x);
    ls_dom_free(d);
    /* a menu of links stays worth nothing, however it is nested */
    d = parse("<div><ul><li><a href=/a>Home</a></li><li><a href=/b>About us</a></li></ul>"
              "<div><a href=/c>Contact</a> | <a href=/d>Jobs</a></div></div>");
    x = (ls_xctx){.dom = d};
    CHECK_INT_EQ(ls_x_stats_build(&x), 0);
    CHECK_INT_EQ(stat_of(&x, GUMBO_TAG_DIV)->good, 0);
    ls_x_stats_clear(&x);
    ls_dom_free(d);
}

TEST(content_noscript_markup_is_no_text)
{
    char body[2048];
    snprintf(body, sizeof body, "<div class=story>%s</div><noscript>&lt;img src=\"/beacon.gif"
             "?id=1\" alt=\"image beacon\" width=1 height=1&gt;</noscript>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "beacon");
    free(t);
    /* parsed into elements, noscript content is the page for readers without scripts */
    snprintf(body, sizeof body, "<noscript><div class=post>%s</div></noscript>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    free(t);
}

TEST(content_noscript_notice_is_no_text)
{
    char body[4096];
    /* the notice for readers without scripts, inside the story and before it */
    snprintf(body, sizeof body, "<noscript><div class=nag>Please enable JavaScript to view the "
             "site.</div></noscript><div class=story><noscript><p>JavaScript is disabled. For a "
             "better experience, enable it.</p></noscript>%s<noscript><img src='/full.jpg' "
             "alt=''></noscript></div>", PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK_CONTAINS(a.text, "The second paragraph");
    CHECK_NOT_CONTAINS(a.text, "JavaScript");
    /* a picture kept for them is the page's picture */
    CHECK_CONTAINS(a.html, "https://site.example/full.jpg");
    ls_article_release(&a);
}

TEST(content_skip_links_are_no_text)
{
    char body[4096];
    snprintf(body, sizeof body, "<a class='skip-link button' href='#main'>Skip to content</a>"
             "<div class=story id=main><a href='#info'>\n Skip to product information</a>"
             "<a href='#list'>\xe8\xb7\xb3\xe5\x88\xb0\xe4\xb8\xbb\xe8\xa6\x81\xe5\x86"
             "\x85\xe5\xae\xb9</a>%s<p><a href='#fn1'>Skip to the footnotes</a> if you "
             "know all this: a link in a sentence stays.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Skip to content");
    CHECK_NOT_CONTAINS(t, "Skip to product");
    CHECK_NOT_CONTAINS(t, "\xe8\xb7\xb3\xe5\x88\xb0");
    CHECK_CONTAINS(t, "Skip to the footnotes if you know all this");
    free(t);
}

TEST(content_lone_joiners_are_no_text)
{
    char body[4096];
    /* spacer paragraphs of a zero-width joiner, one at a paragraph's start;
     * within an emoji sequence the joiner stays */
    snprintf(body, sizeof body, "<div class=story><p>&zwj;We sat down with two audio experts "
             "to talk about microphones, cables, cameras and the rest, for a long while.</p>"
             "<p>&zwj;</p><p>&zwj;&zwj;</p>%s<p>A family: \xf0\x9f\x91\xa8&zwj;\xf0\x9f\x91"
             "\xa9&zwj;\xf0\x9f\x91\xa7 and a shrug \xf0\x9f\xa4\xb7&zwj;\xe2\x99\x82"
             "\xef\xb8\x8f &zwj; done.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK(!strncmp(t, "We sat down", 11));
    CHECK_NOT_CONTAINS(t, "\n\n\xe2\x80\x8d");
    CHECK_NOT_CONTAINS(t, "\xe2\x80\x8d\n");
    CHECK_CONTAINS(t, "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f"
                      "\x91\xa7 and a shrug \xf0\x9f\xa4\xb7\xe2\x80\x8d\xe2\x99\x82\xef\xb8"
                      "\x8f done.");
    free(t);
}

TEST(content_forms_to_write_in_are_no_text)
{
    char body[8192];
    /* an answer box and a sign-up form after the post */
    snprintf(body, sizeof body, "<div class=question>%s<form id=post-form><h2>Your Answer</h2>"
             "<textarea name=body></textarea><p>By clicking \xe2\x80\x9cPost Your "
             "Answer\xe2\x80\x9d, you agree to our terms of service.</p></form><form>"
             "<label>Name</label><input name=n><label>E-mail</label><input type=email name=e>"
             "<p>This field is for validation purposes and should be left unchanged.</p></form>"
             "<form><p>Stay up to date: our news every week.</p><input type=email name=m>"
             "</form><form><p>Join the mailing list for new chapters.</p><input type=text "
             "name=subscriber_email></form></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Your Answer");
    CHECK_NOT_CONTAINS(t, "By clicking");
    CHECK_NOT_CONTAINS(t, "validation purposes");
    CHECK_NOT_CONTAINS(t, "Stay up to date");
    CHECK_NOT_CONTAINS(t, "mailing list");
    free(t);
    /* a search box keeps what sits beside it (an e-paper's edition date) */
    snprintf(body, sizeof body, "<div class=story><form action=/search><p>Edition of "
             "2022-02-13</p><input type=text name=q></form>%s</div>", PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK(a.published && !strncmp(a.published, "2022-02-13", 10));
    ls_article_release(&a);
    /* a page wrapped whole in a form (ASP.NET) is the page */
    snprintf(body, sizeof body, "<form id=form1><input type=text name=a><input type=text "
             "name=b><div class=story>%s</div></form>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    free(t);
    /* a login form, all the page has, stays */
    t = extract_text("<form action=login><p>You are not signed in. Enter your name and "
                     "password to read this thread, or register for an account.</p><input "
                     "name=user><input type=password name=pw></form>");
    CHECK_CONTAINS(t, "You are not signed in");
    free(t);
}

TEST(content_control_words_within_a_sentence_stay)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<p>Please <a href='/users/login'>log "
             "in</a> to see the prices for members.</p><h2>You must <a href='/users/login'>log "
             "in</a> to answer this question.</h2><p>You are browsing as a guest. <a "
             "href=/join>Sign Up</a> for free to post.</p><p>Returns a duplicate of the value. "
             "<a href='/docs/clone'>Read more</a></p><p>Got a truck? Need help loading\xe2\x80"
             "\xa6 <a href=/pro/1>read more</a></p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Please log in to see the prices for members.");
    /* the notice as a whole is a control, in a heading too */
    CHECK_NOT_CONTAINS(t, "to answer this question");
    CHECK_CONTAINS(t, "as a guest. Sign Up for free to post.");
    /* after a full stop or an ellipsis it is a control */
    CHECK_CONTAINS(t, "Returns a duplicate of the value.\n");
    CHECK_NOT_CONTAINS(t, "Read more");
    CHECK_NOT_CONTAINS(t, "read more");
    free(t);
}

TEST(content_json_left_in_the_page_is_no_text)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<div id=widget-config style='opacity:0'>"
             "{\"statementLink\":\"\",\"hideMobile\":false,\"language\":\"en\",\"position\":"
             "\"left\"}</div><p>The reply is JSON:</p><pre><code>{\"id\":12345,\"name\":\"John "
             "Doe\",\"email\":\"john@example.com\"}</code></pre><p>A short one, {\"a\": 1}, "
             "stays in its sentence.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "statementLink");
    CHECK_CONTAINS(t, "{\"id\":12345,\"name\":\"John Doe\"");
    CHECK_CONTAINS(t, "A short one, {\"a\": 1}, stays");
    free(t);
}

TEST(content_widget_labels_as_headings_are_controls)
{
    /* a share or like widget's label set as a heading; a heading of one
     * word that could head a section ("Related") stays a heading */
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<h3>Share this article</h3><div><h3 "
             "class=sd-title>Like this:</h3></div><h3>Related</h3><p>Related costs, the report "
             "says, rose by a tenth over the year.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Share this article");
    CHECK_NOT_CONTAINS(t, "Like this");
    CHECK_CONTAINS(t, "\n\nRelated\n\nRelated costs");
    free(t);
}

TEST(content_control_words_in_code_stay)
{
    char body[4096];
    /* highlighted code: each keyword is a span of its own */
    snprintf(body, sizeof body, "<div class=story>%s<pre><code><span class=nb>print</span>("
             "<span class=s>\"hi\"</span>)\n<span class=n>share</span> = <span class=n>more"
             "</span>\n<span class=k>ORDER</span> <span class=k>BY</span> period</code></pre>"
             "<p>Run <code><span>print</span></code> to see, and <span>edit</span> the file.</p>"
             "</div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "print(\"hi\")\nshare = more\nORDER BY period");
    CHECK_CONTAINS(t, "Run print to see, and edit the file.");
    free(t);
    /* a highlighter's spans of spaces and its comments (a "comment" class
     * marks boilerplate elsewhere) */
    snprintf(body, sizeof body, "<div class=story>%s<pre><span class=k>from</span><span "
             "class=w> </span><span class=nn>flask</span><span class=w> </span><span "
             "class=k>import</span> Flask\n<span class=k>def</span><span class=w> </span>"
             "<span class=nf>hello</span>():\n    <span class='hljs-comment comment'>// no "
             "hidden control flow</span>\n</pre><p>After the code, a paragraph.</p></div>",
             PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "from flask import Flask\ndef hello():\n    // no hidden control flow");
    /* the code's own last line break gives no blank line more */
    CHECK_CONTAINS(t, "// no hidden control flow\n\n");
    CHECK_NOT_CONTAINS(t, "flow\n\n\n");
    free(t);
}

TEST(content_a_byline_label_alone_is_no_text)
{
    char body[4096];
    /* the names are buttons (left out); their labels stood alone */
    snprintf(body, sizeof body, "<div class=story><div><span>By</span> <button>Jane Roe"
             "</button></div><div><span>Edited by </span><button>John Poe</button></div>%s"
             "<p>By the end of the year the plant had doubled its output.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK(!strncmp(t, "The first paragraph", 19));
    CHECK_NOT_CONTAINS(t, "Edited by");
    CHECK_CONTAINS(t, "By the end of the year");
    free(t);
}

TEST(content_section_named_by_its_heading_is_content)
{
    char body[8192];
    /* a documentation generator's sections: the id spells the heading */
    snprintf(body, sizeof body, "<div class=body><h1>Quickstart</h1>%s<section id=cookies><h3>"
             "Cookies<a class=headerlink href='#cookies'>\xc2\xb6</a></h3><p>To access "
             "cookies you can use the cookies attribute, a dictionary with all the cookies the "
             "client transmits, which the request keeps for you.</p></section><section "
             "id=sharing-sessions><h3>Sharing sessions</h3><p>Sessions are signed, so a client "
             "can read what they hold but cannot change it without the secret key.</p>"
             "</section></div><div id=cookie-banner><h3>We use cookies</h3><p>By using this "
             "site you accept our cookie policy and the way we store your preferences.</p>"
             "</div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "To access cookies you can use");
    CHECK_CONTAINS(t, "Sessions are signed");
    CHECK_NOT_CONTAINS(t, "cookie policy");
    free(t);
    /* a heading whose id is its own slug, classed for the page's sticky
     * navigation bar */
    snprintf(body, sizeof body, "<article><h1>Configure</h1>%s<h2 class='anchor "
             "anchorWithStickyNavbar_LWe7' id=a-modbus-device>A Modbus device<a class=hash-link "
             "href='#a-modbus-device'>\xe2\x80\x8b</a></h2>%s</article>", PARAS, PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "\n\nA Modbus device\n\n");
    free(t);
}

TEST(content_heading_permalinks_are_no_text)
{
    /* the mark a documentation generator links each heading to itself with */
    static const char *const marks[] = {"\xc2\xb6", "\xc2\xa7", "#", "\xf0\x9f\x94\x97"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        char body[8192];
        snprintf(body, sizeof body, "<article><h1>Protocols</h1>%s<h2 id=modbus-tcp>Modbus TCP"
                 "<a class=headerlink href='#modbus-tcp'>%s</a></h2>%s<h2><a href='#opc-ua'>OPC "
                 "UA</a></h2><p>Set the endpoint. Certificates are created on first start and "
                 "kept in the data directory, beside the collector's own settings.</p></article>",
                 PARAS, marks[k], "<p>Set host, port and unit. Registers are read in blocks "
                 "of up to 125, and a controller that counts from one needs an offset.</p>");
        char *t = extract_text(body);
        CHECK_CONTAINS(t, "\n\nModbus TCP\n\n");
        CHECK_NOT_CONTAINS(t, marks[k]);
        /* a heading that is a link to its place keeps its words */
        CHECK_CONTAINS(t, "\n\nOPC UA\n\n");
        free(t);
    }
}

TEST(content_a_paragraph_hidden_on_its_own_is_no_text)
{
    char body[8192];
#define LONG_LINE "a paragraph long enough to read as prose, with commas, full stops and " \
    "words. It goes on, and on, past three hundred characters, as the hidden paragraphs of " \
    "a test page do, so that only its being hidden on its own can leave it out. One more " \
    "sentence to be sure of the length, and then it ends. And since a hidden block must " \
    "pass three hundred letters, not counting spaces, it says all of it once more in other " \
    "words: long, plain, and readable prose."
    snprintf(body, sizeof body, "<div class=story>%s<p style='display: none;'>Hidden words: "
             LONG_LINE "</p><p hidden>Also hidden: " LONG_LINE "</p><div class=tab hidden><p>"
             "A tab's panel keeps "
             "its prose, which the page's script shows when the reader opens the tab, and "
             "this one goes on long enough to read as prose, with commas, and a full stop, "
             "and more words after it so that it passes three hundred characters in all, "
             "which a real panel of an article easily does.</p><p>Second paragraph of the "
             "panel, which says what the first left out: the figures for each region, the "
             "years they cover, and where the reader can find the tables in full.</p></div>"
             "</div>", PARAS);
#undef LONG_LINE
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Hidden words");
    CHECK_NOT_CONTAINS(t, "Also hidden");
    CHECK_CONTAINS(t, "A tab's panel keeps its prose");
    free(t);
}

TEST(content_icon_font_glyphs_are_no_text)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story><h2>Chapter three<i class=icon>\xee\x80\x84"
             "</i></h2>%s<p>Call us <span class=fa>\xef\x82\x95</span> today.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Chapter three\n");
    CHECK_CONTAINS(t, "Call us today.");
    CHECK_NOT_CONTAINS(t, "\xee\x80\x84");
    free(t);
}

TEST(content_nested_lists_and_double_line_breaks)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<ul><li>One item<ul><li>nested a</li><li>"
             "nested b</li></ul></li><li>Two item</li></ul><p>Line one<br>Line two<br> <br>"
             "Line four</p></div>", PARAS);
    char *t = extract_text(body);
    /* a list within an item goes on line by line */
    CHECK_CONTAINS(t, "\n\nOne item\nnested a\nnested b\nTwo item\n\n");
    /* <br><br> ends a paragraph */
    CHECK_CONTAINS(t, "Line one\nLine two\n\nLine four");
    free(t);
    /* so does <br> before a Chinese paragraph's full-width indent */
    t = extract_text("<div class=story><p>\xe3\x80\x80\xe3\x80\x80近年来，下岗职工的再就业问题成为"
                     "了政府和社会关注的焦点，本文从社会学的视角出发进行研究。<br>\n\xe3\x80\x80\xe3"
                     "\x80\x80人力资本这一概念最早出现于经济学研究之中，人们花费在教育、健康等方面的投入"
                     "本身都是一种投资行为。<br>第三行没有缩进。</p></div>");
    CHECK_CONTAINS(t, "焦点，本文从社会学的视角出发进行研究。\n\n人力资本");
    CHECK_CONTAINS(t, "投资行为。\n第三行");
    free(t);
}

TEST(content_elements_holding_only_white_space_or_a_line_break_part_words)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<p>Only Apple makes<span>&nbsp;</span><a "
             "href=/i>iPhones</a>. Tools like<span style='color:red'><span> </span></span><a "
             "href=/h>HeyGen</a> help.</p><ul><li><b>Web Apps</b><b><br></b><span>Work on any "
             "device.</span></li><li>Native<span>&#8203;</span>Apps stay one word.</li></ul>"
             "</div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Only Apple makes iPhones.");
    CHECK_CONTAINS(t, "Tools like HeyGen help.");
    CHECK_CONTAINS(t, "\nWeb Apps\nWork on any device.\n");
    /* a zero-width space is no space */
    CHECK_CONTAINS(t, "NativeApps stay one word.");
    free(t);
}

TEST(content_labels_side_by_side_get_a_space)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<p>Tents: <a href=/k><span>Kelty</span><span>"
             "Daydreamer 4P Tent</span></a>, <span><b>Black Diamond</b></span><span>Cosmo 350"
             "</span>, <span>Mc</span>Donald, Mc<b>Donald</b>, <i>i</i><b>phone</b> and <code>"
             "<span>store</span><span>History</span></code>.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Tents: Kelty Daydreamer 4P Tent, Black Diamond Cosmo 350, ");
    /* text between, a word split within an element, a small letter after,
     * and code stay as written */
    CHECK_CONTAINS(t, ", McDonald, McDonald, iphone and storeHistory.");
    free(t);
    /* a caption's sentence, then its credit; an initial stays close */
    snprintf(body, sizeof body, "<div class=story>%s<p><span>Robots sort parts on the floor."
             "</span><span>Photograph: Jordan Vale</span></p><p>The <span>U.S.</span><span>Army"
             "</span> buys them too.</p></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "on the floor. Photograph: Jordan Vale");
    CHECK_CONTAINS(t, "The U.S.Army buys");
    free(t);
}

TEST(content_glued_copy_for_screen_readers_is_written_once)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<p>Last updated on Feb 25. <a href=/r>"
             "<span>View all revisions<span class=clipped>View all revisions</span></span></a>"
             "</p><p>The chant went: lego team go<b>go team go</b>, and go<b>go</b> again.</p>"
             "</div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Last updated on Feb 25. View all revisions\n");
    /* a copy that does not start a word, or a short one, stays */
    CHECK_CONTAINS(t, "lego team gogo team go, and gogo again.");
    free(t);
}

TEST(content_hidden_copy_of_the_article_is_no_more_reading_matter)
{
    const char *more = "<p>The third paragraph tells how the workers on the night shift first "
                       "noticed the smell, and who they called before the alarm went off.</p>"
                       "<p>The fourth paragraph follows the inspectors through the building, "
                       "room by room, and lists what they found broken or missing there.</p>";
    char body[8192];
    /* the article again, for another layout the page hides */
    snprintf(body, sizeof body, "<div class=post><div class=rich>%s%s</div></div><main "
             "class='post-main hide'><p>Table of Contents</p><div class=rich-copy>%s%s</div>"
             "</main>", PARAS, more, PARAS, more);
    char *t = extract_text(body);
    CHECK(strstr(t, "The first paragraph") != NULL);
    CHECK(strstr(strstr(t, "The first paragraph") + 1, "The first paragraph") == NULL);
    CHECK_CONTAINS(t, "The fourth paragraph");
    CHECK_NOT_CONTAINS(t, "Table of Contents");
    free(t);
    /* the same with the copy in another part of the page */
    snprintf(body, sizeof body, "<div class=section><div class=wrap><div class=rich>%s%s</div>"
             "</div></div><div class=shell><main class='post-main hide'><p>Table of Contents</p>"
             "<div class=rich-copy>%s%s</div></main></div>", PARAS, more, PARAS, more);
    t = extract_text(body);
    CHECK(strstr(strstr(t, "The first paragraph") + 1, "The first paragraph") == NULL);
    CHECK_NOT_CONTAINS(t, "Table of Contents");
    free(t);
    /* the rest of the article streamed into a hidden element stays */
    snprintf(body, sizeof body, "<div class=post><div class=rich>%s</div></div><div hidden "
             "id='S:1'><div class=rest>%s%s</div></div>", PARAS, more, more);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The first paragraph");
    CHECK_CONTAINS(t, "The fourth paragraph");
    free(t);
}

/* Replies classed "comment" under a short question, each a few sentences. */
static void thread_of_replies(char *buf, size_t sz)
{
    size_t len = 0;
    for (int i = 1; i <= 12 && len < sz; i++)
        len += (size_t)snprintf(buf + len, sz - len, "<li class=comment><div class=comment-body>"
                                "<p>Reply %d: I started with a cheap hand saw and a few chisels, "
                                "built a bookshelf for my daughter, and learned more from its "
                                "mistakes than from any book I read that year.</p></div></li>", i);
}

TEST(content_thread_of_replies_under_a_short_post_is_the_content)
{
    char replies[8192], body[12288];
    thread_of_replies(replies, sizeof replies);
    /* a forum question too short to stand as an article: the thread is the
     * question and its replies */
    snprintf(body, sizeof body, "<div class=wrap><div class=question><div class=question-body>"
             "<p>How did you get into woodworking? Any advice on a good first project?</p></div>"
             "<div class=replies><ol class=comments>%s</ol></div></div><div class=promo><a "
             "href=/a>Shop</a> <a href=/b>Courses</a> <a href=/c>Podcast</a></div></div>", replies);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "How did you get into woodworking?");
    CHECK_CONTAINS(t, "Reply 1: I started");
    CHECK_CONTAINS(t, "Reply 12: I started");
    free(t);
    /* a post the page marks up as an article keeps its comments out */
    snprintf(body, sizeof body, "<article class=post><p>Here is the bookshelf I built last "
             "weekend from pine boards, finished with two coats of oil.</p></article><div "
             "class=discussion><ol class=comments>%s</ol></div>", replies);
    t = extract_text(body);
    CHECK_CONTAINS(t, "Here is the bookshelf");
    CHECK_NOT_CONTAINS(t, "Reply 1:");
    free(t);
}

TEST(content_formula_box_named_for_a_menu_stays)
{
    /* MathJax draws the formula in a box whose class names its context
     * menu, with the MathML inside for screen readers */
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<p>The roots exist when <mjx-container "
             "class='MathJax CtxtMenu_Attached_0'><mjx-math aria-hidden=true><mjx-c></mjx-c>"
             "</mjx-math><mjx-assistive-mml><math><mi>a</mi><mo>&#x2260;</mo><mn>0</mn></math>"
             "</mjx-assistive-mml></mjx-container> holds.</p><div class=menu><a href=/a>Home"
             "</a> and the rest of the menu</div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The roots exist when a \xE2\x89\xA0 0 holds.");
    CHECK_NOT_CONTAINS(t, "rest of the menu");
    free(t);
}

TEST(content_list_article_is_its_table_and_introduction)
{
    /* a list article: an introduction and a long table of rows */
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<div class=page><p>This list of films features time loops, in which the "
                "characters live the same day again and again until something breaks the "
                "cycle.</p><table class=wikitable><thead><tr><th>Title</th><th>Year</th><th>"
                "Description</th></tr></thead><tbody>");
    for (int i = 0; i < 30; i++)
        ls_buf_addf(&b, "<tr><td>Film %d</td><td>19%02d</td><td>A woman relives the same "
                    "evening, tries to change what happens, and fails, each time in a new "
                    "way.</td></tr>", i, 50 + i);
    ls_buf_adds(&b, "</tbody></table></div><div class=nav><a href=/a>Home</a></div>");
    char *t = extract_text(b.data);
    CHECK_CONTAINS(t, "This list of films features time loops");
    CHECK_CONTAINS(t, "Title | Year | Description\nFilm 0 | 1950 | A woman relives");
    CHECK_CONTAINS(t, "Film 29 | 1979");
    free(t);
    ls_buf_release(&b);
}

TEST(content_notes_citing_links_stay_lists_of_links_go)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<ul><li>mconley <a href=/1>re-enabled the "
             "startup test</a></li><li>dthayer has <a href=/2>some fixes</a> and <a href=/3>"
             "polish</a> for <a href=/4>the skeleton window</a></li></ul><ul><li><a href=/5>"
             "Ten ways to sleep better tonight</a></li><li><a href=/6>Why the sea is salty"
             "</a></li><li><a href=/7>A short history of the bicycle</a></li></ul></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "mconley re-enabled the startup test\ndthayer has some fixes and polish");
    CHECK_NOT_CONTAINS(t, "sleep better");
    free(t);
    /* one such item among items of plain words */
    snprintf(body, sizeof body, "<div class=story>%s<ul><li>Gijs moved the toolbar's start "
             "later, after the first window is drawn</li><li>Gijs fixed a flicker seen when "
             "the browser starts with the toolbar shown</li><li>dthayer has <a href=/2>some "
             "fixes</a> and <a href=/3>polish</a> for <a href=/4>the skeleton window</a></li>"
             "</ul></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "toolbar shown\ndthayer has some fixes and polish for the skeleton window");
    free(t);
}

TEST(content_compound_names_of_boilerplate_are_not_rescued)
{
    /* "relatedposts" holds "post", which says content, as the tail of
     * "related": related posts; a tooltip's text is a tooltip */
    char body[4096];
    snprintf(body, sizeof body, "<div class=entry-content>%s<div id=jp-relatedposts "
             "class=jp-relatedposts><h3><em>Related</em></h3><div><h4><a href=/a>Survey "
             "results show the tool is trending up</a></h4><p>The survey summarised responses "
             "from fifty thousand developers in many countries, and more.</p></div></div><p>"
             "A word <span class=tooltiptext>with a long explanation that only shows on "
             "hover</span> here.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Survey results");
    CHECK_NOT_CONTAINS(t, "fifty thousand");
    CHECK_NOT_CONTAINS(t, "only shows on hover");
    free(t);
}

TEST(content_separator_alone_on_its_line_is_no_text)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<div class=credits><div>Photos by the town "
             "archive</div><span> | </span><div>Maps drawn for this story</div></div><p>Seller: 99.8%% positive feedback<span>\xe2\x80\xa2"
             "</span><!-- --><span>296K items sold</span></p><pre>curl -fsSL x.sh <span>|</span> "
             "sh</pre><ul><li>One</li><li>\xc2\xb7</li><li>Two</li></ul></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "town archive\n\nMaps drawn");
    /* within a line, and in code, it stays */
    CHECK_CONTAINS(t, "feedback\xe2\x80\xa2" "296K items sold");
    CHECK_CONTAINS(t, "curl -fsSL x.sh | sh");
    CHECK_CONTAINS(t, "One\nTwo");
    free(t);
}

TEST(content_boilerplate_by_name_holding_most_text_without_paragraphs)
{
    /* a short forum post and a long "menu" of the author's machine: the
     * menu holds most of the page's text but no paragraph or heading */
    char *t = extract_text(
        "<div class=post><p>Does anyone know what the two small ports on the case are for? "
        "The manual says nothing about them.</p></div><div class='user-menu'><ul>"
        "<li>Motherboard: Asus Zenith II Extreme</li><li>Processor: AMD Threadripper 3960X"
        "</li><li>Memory: 8x16 Dominator Pro RGB 3466Mhz</li><li>Video card: nVidia 3090 FE "
        "with XG7 waterblock</li><li>Power supply: Corsair AX1600i</li><li>Case: Corsair "
        "7000X</li></ul></div>");
    CHECK_CONTAINS(t, "two small ports");
    CHECK_NOT_CONTAINS(t, "Threadripper");
    free(t);
    /* a layout wrapper named for its sidebar that holds the articles stays */
    t = extract_text("<div class='layout has-sidebar'><h2>Hotel deals</h2><p>Five hotels "
                     "were sold for a combined price of 47 million dollars, the trust said on "
                     "Monday.</p><h2>New openings</h2><p>Three new hotels open this month in "
                     "the mountains, each with a spa.</p></div><div class=x>Hi</div>");
    CHECK_CONTAINS(t, "Five hotels");
    free(t);
}

TEST(content_hidden_by_class_name_and_tooltips)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=listing>%s<div class='wt-popover'><p>Star sellers "
             "have an outstanding record: five-star reviews, orders shipped on time, quick "
             "replies to every message.</p></div><div class='u-hidden menu-panel'><ul><li>"
             "Gift cards</li><li>Gift ideas for every occasion</li></ul></div>"
             "<div class='d-none d-md-block'><p>Shown on larger screens: the maker's note, "
             "written by hand.</p></div><div class='overflow-hidden'><p>Each mug is thrown "
             "on the wheel, glazed and fired twice.</p></div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The first paragraph");
    CHECK_NOT_CONTAINS(t, "Star sellers");
    CHECK_NOT_CONTAINS(t, "Gift ideas");
    CHECK_CONTAINS(t, "maker's note");
    CHECK_CONTAINS(t, "thrown on the wheel");
    free(t);
    /* hidden tab panels that read like prose stay (class or attribute) */
    snprintf(body, sizeof body, "<div class=tabs><div class=hidden>%s</div></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    free(t);
}

TEST(content_screen_reader_text_is_not_written)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=recipe>%s<p>Prep Time 30<span class='sr-only "
             "screen-reader-text'> minutes</span> <span aria-hidden=true>mins</span></p>"
             "<p>Bake until golden. <a href='/next'>Continue reading<span "
             "class=screen-reader-text> Apple Galette</span></a></p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Prep Time 30 mins");
    CHECK_NOT_CONTAINS(t, "minutes");
    CHECK_NOT_CONTAINS(t, "Apple Galette");
    CHECK_CONTAINS(t, "The second paragraph");
    free(t);
}

TEST(content_aside_linking_another_story_is_left_out)
{
    char body[8192];
    snprintf(body, sizeof body, "<article><p>The survey found seagrass returning to three of "
             "the bays it had lost, the first gain since records began.</p><aside "
             "data-spacefinder-role=richLink><a href='/2023/kelp'><h2><span>Sussex kelp forest "
             "shows signs of return after trawling ban</span></h2><span>Read more</span></a>"
             "</aside>%s<aside class=factbox><h3>Seagrass</h3><p>A flowering plant of shallow "
             "coastal waters that stores carbon in the seabed.</p></aside></article>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Sussex kelp");
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_CONTAINS(t, "stores carbon in the seabed");
    free(t);
}

TEST(content_definition_terms_linked_to_themselves_stay)
{
    char body[8192];
    snprintf(body, sizeof body, "<div class=reference>%s<h2>Parameters</h2><dl><dt "
             "id=callbackfn><a href='#callbackfn'><code>callbackFn</code></a></dt><dd><p>A "
             "function to execute for each element in the array.</p></dd><dt id=thisarg><a "
             "href='#thisarg'><code>thisArg</code></a> Optional</dt><dd><p>A value to use as "
             "this when executing the function.</p></dd></dl></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "callbackFn");
    CHECK_CONTAINS(t, "thisArg");
    free(t);
}

TEST(content_picture_viewer_buttons_are_no_caption)
{
    char body[8192];
    snprintf(body, sizeof body, "<article><div class=imagewrap><img src='/p/hamburg.jpg'>"
             "<div class=caption><p>The port of Hamburg at dawn. Rob Schmitz/NPR<b "
             "class=hide-caption><b>hide caption</b></b></p><b class=toggle-caption><b>toggle "
             "caption</b></b></div></div><figure><a class=enlarge-link>Enlarge</a> / Clocks on "
             "the Moon will run faster.</figure>%s<div class=ad-slot><div>Ad Feedback</div></div>"
             "</article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Rob Schmitz/NPR");
    CHECK_NOT_CONTAINS(t, "caption");
    CHECK_NOT_CONTAINS(t, "Enlarge");
    CHECK_CONTAINS(t, "Clocks on the Moon");
    CHECK_NOT_CONTAINS(t, "Ad Feedback");
    free(t);
}

TEST(content_boxes_labelled_for_screen_readers_as_adverts_or_related_stories)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<div class='bucketwrap internallink' aria-label="
             "'Related Stories'><p><a href='/2023/flights'>France bans some short domestic "
             "flights</a></p></div><aside id=ad-backstage-wrap aria-label=advertisement><p>NPR "
             "thanks our sponsors</p></aside><div aria-label='Related products'><p>Serverless "
             "containers deploy modern apps and microservices without servers to run.</p></div>"
             "</article>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "France bans");
    CHECK_NOT_CONTAINS(t, "sponsors");
    CHECK_CONTAINS(t, "Serverless containers");
    free(t);
}

TEST(content_lead_figure_above_the_body_is_the_article_s)
{
    char body[8192];
    snprintf(body, sizeof body, "<main><h1>Digital twins get cheaper</h1><div class='field "
             "field--name-field-image'><figure class=article-lead-image><img src='/p/twin.jpg' "
             "width=1200 height=675><figcaption>An engineer compares a live 3D model with the "
             "machine itself. Image: Harwell Packaging</figcaption></figure></div><div "
             "class='field field--name-body'>%s</div><div class=more><figure><img src='/p/ad.jpg'>"
             "</figure></div></main>", PARAS);
    ls_article a;
    article_of("<title>Digital twins get cheaper</title>", body, &a);
    CHECK_CONTAINS(a.text, "An engineer compares a live 3D model");
    CHECK_CONTAINS(a.html, "twin.jpg");
    CHECK_NOT_CONTAINS(a.html, "ad.jpg");
    CHECK_STR_EQ(a.lead_image ? a.lead_image : "(null)", "https://site.example/p/twin.jpg");
    ls_article_release(&a);
}

TEST(content_pull_quote_said_again_by_the_story_is_left_out)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<aside class=pullquote><p>“The model was never the "
             "hard part. Getting clean data out of an old PLC was.”</p><p>— Luis Ortega</p>"
             "</aside><p>“The model was never the hard part,” said Luis Ortega, a controls "
             "engineer. “Getting clean data out of an old PLC was.”</p><blockquote "
             "class=pull-quote><p>Nobody had written the line's speeds down in ten years.</p>"
             "</blockquote></article>", PARAS);
    char *t = extract_text(body);
    const char *first = strstr(t, "The model was never");
    CHECK(first && !strstr(first + 1, "The model was never"));
    CHECK_CONTAINS(t, "said Luis Ortega");
    CHECK_CONTAINS(t, "Nobody had written"); /* said nowhere else: it stays */
    free(t);
}

TEST(content_what_the_site_leaves_out_of_print_is_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<div id=content><div id=siteSub class=noprint>From Wikipedia, "
             "the free encyclopedia</div>%s<p>It can be shown<sup class=noprint>[citation "
             "needed]</sup> that the quotient reaches its minimum there.</p><div class="
             "'ad d-print-none'>Advertisement - Continue Reading Below</div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "free encyclopedia");
    CHECK_NOT_CONTAINS(t, "citation needed");
    CHECK_NOT_CONTAINS(t, "Continue Reading");
    CHECK_CONTAINS(t, "It can be shown that the quotient");
    free(t);
}

TEST(content_footnote_marks_stand_apart_and_notes_keep_their_labels)
{
    char body[8192];
    /* a blog's footnotes: "cycle[1]", not "cycle1"; a unit's m² and a
     * formula's H₂O stay as they are; the note is labelled, its arrow back
     * is no text, and a link to nowhere is no <a> in the html */
    snprintf(body, sizeof body, "<article>%s<p>The controller writes its outputs in a fixed "
             "cycle<sup id='fnref:1'><a href='#fn:1' class=footnote-ref>1</a></sup>. A panel of "
             "2 m<sup>2</sup> holds it, and H<sub>2</sub>O cools it.</p><p>Pandoc writes its "
             "marks the other way round<a href='#fn2' class=footnote-ref id=fnref2 "
             "role=doc-noteref><sup>2</sup></a> and nothing changes for the reader.</p><section "
             "class=footnotes><hr><ol><li id='fn:1'><p>See IEC 61131-3 for the model.&nbsp;<a "
             "href='#fnref:1' class=footnote-backref>↩︎</a></p></li><li id=fn2 "
             "role=doc-endnote><p>The second note.<a href='#fnref2'>↩</a></p></li></ol></section>"
             "</article>", PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK_CONTAINS(a.text, "fixed cycle[1]. A panel of 2 m2 holds it, and H2O cools it.");
    CHECK_CONTAINS(a.text, "the other way round[2] and");
    CHECK_CONTAINS(a.text, "\n[1] See IEC 61131-3 for the model.\n");
    CHECK_CONTAINS(a.text, "\n[2] The second note.");
    CHECK_NOT_CONTAINS(a.text, "↩");
    CHECK_CONTAINS(a.html, "cycle<sup>1</sup>.");
    CHECK_NOT_CONTAINS(a.html, "<a>");
    ls_article_release(&a);
    /* an encyclopedia's: marks in brackets already, notes lettered as their
     * marks are ("[a]"), the caret and letters back to the marks go */
    snprintf(body, sizeof body, "<div id=content>%s<p>The prize was first given in 1969.<sup "
             "class=reference><a href='#cite_note-14'>[a]</a></sup> Some laureates declined "
             "it.<sup class=reference><a href='#cite_note-A-15'>[b]</a></sup></p><h2>Notes</h2>"
             "<ol class=references><li id=cite_note-14><span class=mw-cite-backlink><b><a "
             "href='#cite_ref-14'>^</a></b></span> <span class=reference-text>The prize was "
             "established in 1968.</span></li><li id=cite_note-A-15><span class=mw-cite-backlink>^ "
             "<a href='#cite_ref-A_15-0'><sup><i><b>a</b></i></sup></a> <a "
             "href='#cite_ref-A_15-1'><sup><i><b>b</b></i></sup></a></span> <span "
             "class=reference-text>Three nominees were not allowed to accept.</span></li></ol>"
             "</div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "first given in 1969.[a] Some laureates declined it.[b]");
    CHECK_CONTAINS(t, "\n[a] The prize was established in 1968.\n");
    CHECK_CONTAINS(t, "\n[b] Three nominees were not allowed to accept.");
    CHECK_NOT_CONTAINS(t, "^");
    CHECK_NOT_CONTAINS(t, "[[");
    free(t);
    /* a thread's posts in an ordered list, each linking to itself ("#1"),
     * are no notes */
    snprintf(body, sizeof body, "<div id=thread><ol class=posts><li id=p1><a href='#p1'>#1</a> "
             "BMilton wrote: %s</li><li id=p2><a href='#p2'>#2</a> Napie wrote: The second "
             "post says that the first one is right about the valves and the pumps.</li></ol>"
             "</div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "#1 BMilton wrote:");
    CHECK_NOT_CONTAINS(t, "[1]");
    CHECK_NOT_CONTAINS(t, "[2]");
    free(t);
}

TEST(content_notes_set_in_the_sentence_go_under_the_text)
{
    char body[8192];
    /* a paper converted by LaTeXML (arXiv's HTML): the note sits in the
     * sentence, its mark twice and its tag once; the reader reads
     * "absorb[1]." and the note under the text */
    snprintf(body, sizeof body, "<article class=ltx_document>%s<p class=ltx_p>The cloud adds "
             "latency that closed loops cannot absorb<span class='ltx_note ltx_role_footnote' "
             "id=footnote1><sup class=ltx_note_mark>1</sup><span class=ltx_note_outer><span "
             "class=ltx_note_content><sup class=ltx_note_mark>1</sup><span class='ltx_tag "
             "ltx_tag_note'>1</span>We measured round trips of 40 to 120 ms.</span></span>"
             "</span>. We therefore move inference to the gateway.</p></article>", PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK_CONTAINS(a.text, "cannot absorb[1]. We therefore move inference to the gateway.");
    CHECK(ends_with(a.text, "\n\n[1] We measured round trips of 40 to 120 ms."));
    CHECK_CONTAINS(a.html, "absorb<sup>[1]</sup>. We");
    CHECK_CONTAINS(a.html, "<p>[1] We measured round trips of 40 to 120 ms.</p></article>");
    ls_article_release(&a);
    /* Tufte CSS's sidenotes, numbered by the stylesheet: by their place */
    snprintf(body, sizeof body, "<article>%s<p>Sensors report more than failures.<label "
             "for=sn-1 class='margin-toggle sidenote-number'></label><input type=checkbox "
             "id=sn-1 class=margin-toggle><span class=sidenote>A MEMS sensor samples at 25.6 "
             "kHz.</span> Read well, they show wear.</p><p>Crews trust a model that explains its "
             "alarms.<label for=sn-2 class='margin-toggle sidenote-number'></label><input "
             "type=checkbox id=sn-2 class=margin-toggle><span class=sidenote>Acknowledgement fell "
             "to 35%%.</span> So each alarm names its band.</p></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "more than failures.[1] Read well, they show wear.");
    CHECK_CONTAINS(t, "explains its alarms.[2] So each alarm names its band.");
    CHECK(ends_with(t, "\n\n[1] A MEMS sensor samples at 25.6 kHz.\n\n[2] Acknowledgement fell "
                       "to 35%."));
    free(t);
}

TEST(content_custom_elements_of_a_document_are_its_blocks)
{
    char body[8192];
    /* a rich-text editor's document (语雀's <ne-p>, <ne-h2>, <ne-uli>):
     * paragraphs, headings and items on lines of their own; the list's
     * marker drawn as text ("●") is no line */
    snprintf(body, sizeof body, "<div class=ne-viewer-body>%s<ne-p><ne-text>南向采集和北向上云"
             "用什么协议，是每个项目都要回答的问题。</ne-text></ne-p><ne-h2><ne-heading-content>"
             "<ne-text>一、两种协议的定位</ne-text></ne-heading-content></ne-h2><ne-uli><ne-uli-i>"
             "<span class=ne-list-symbol><span>●</span></span></ne-uli-i><ne-uli-c><ne-text>OPC "
             "UA：设备层数据交换</ne-text></ne-uli-c></ne-uli><ne-uli><ne-uli-i><span>●</span>"
             "</ne-uli-i><ne-uli-c><ne-text>MQTT：网关到云平台</ne-text></ne-uli-c></ne-uli></div>",
             PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK_CONTAINS(a.text, "要回答的问题。\n\n一、两种协议的定位\n\nOPC UA：设备层数据交换\n\n"
                           "MQTT：网关到云平台");
    CHECK_NOT_CONTAINS(a.text, "●");
    CHECK_CONTAINS(a.html, "<div>一、两种协议的定位</div>");
    ls_article_release(&a);
    /* a custom element in a sentence, or beside inline HTML, stays inline */
    snprintf(body, sizeof body, "<article>%s<p>The line ran <x-emoji>fast</x-emoji> all week."
             "</p><p><b>Note:</b> <x-note>the gateway restarts at midnight.</x-note></p>"
             "</article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The line ran fast all week.");
    CHECK_CONTAINS(t, "Note: the gateway restarts at midnight.");
    free(t);
}

TEST(content_lone_bullets_and_arrows_are_no_lines)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<div><div>►</div><div>Machine learning at the "
             "edge</div><div>→</div><div>Predictive maintenance</div><div>■</div></div>"
             "<table><tr><th>Feature</th><th>Ours</th></tr><tr><td>OPC UA</td><td>●</td></tr>"
             "</table></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Machine learning at the edge\n\nPredictive maintenance");
    CHECK_NOT_CONTAINS(t, "►");
    CHECK_NOT_CONTAINS(t, "→");
    CHECK_NOT_CONTAINS(t, "■");
    /* (a table's ● is its data) */
    CHECK_CONTAINS(t, "OPC UA | ●");
    free(t);
}

TEST(content_api_signatures_stay_and_pilcrows_go)
{
    char body[8192];
    snprintf(body, sizeof body, "<main>%s<section class=detail><h3>builder</h3><div "
             "class=member-signature><span class=modifiers>public static</span> <a "
             "href='#Builder'>RetryPolicy.Builder</a> builder()</div><div class=block><p>Returns "
             "a builder for a policy with the default limits.<a class=pilcrow "
             "href='#section-1-1'>¶</a></p></div></section></main>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "public static RetryPolicy.Builder builder()");
    CHECK_CONTAINS(t, "default limits.");
    CHECK_NOT_CONTAINS(t, "¶");
    free(t);
    /* a notebook's cell prompts, an arrow back to the top, an update stamp */
    snprintf(body, sizeof body, "<main>%s<div class='jp-InputPrompt'>In [1]:</div><pre>import "
             "pandas as pd</pre><div class='jp-OutputPrompt'>Out[2]:</div><pre>42</pre><p><a "
             "class=toplink href='#top'>▲</a></p><div class=UpdatedAt><span>Updated 2 months "
             "ago</span></div></main>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "import pandas as pd");
    CHECK_NOT_CONTAINS(t, "In [1]:");
    CHECK_NOT_CONTAINS(t, "Out[2]:");
    CHECK_NOT_CONTAINS(t, "▲");
    CHECK_NOT_CONTAINS(t, "months ago");
    free(t);
    /* a post's claps and its "Published in" under the title; a table's
     * "4K" and a maker named 3M stay */
    snprintf(body, sizeof body, "<article><div><span>Published in</span> <a href='/'>Better "
             "Tests</a></div><div><p>1.4K</p></div>%s<table><tr><th>Camera</th><th>Video</th>"
             "</tr><tr><td>Sony A7R V</td><td>8K</td></tr></table><p>Manufacturer</p><p>3M</p>"
             "</article>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Published in");
    CHECK_NOT_CONTAINS(t, "1.4K");
    free(t);
    /* a view count beside its eye icon, a count labelled 阅读数 */
    snprintf(body, sizeof body, "<div class=article><div class=views><i class='iconfont "
             "icon-eye'></i>3815</div><div>阅读数：3815</div><p>本文分享了某制造集团将一千多个工厂"
             "边缘节点纳入统一云原生管理的实践，包括网络、升级、监控三方面的经验。</p><p>过去三年，我们"
             "把分散在各地工厂的边缘服务器逐步纳入统一平台，运维效率明显提升，故障恢复时间大幅缩短。"
             "</p></div>");
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "3815");
    free(t);
    snprintf(body, sizeof body, "<article><div><span>Published in</span> <a href='/'>Better "
             "Tests</a></div><div><p>1.4K</p></div>%s<table><tr><th>Camera</th><th>Video</th>"
             "</tr><tr><td>Sony A7R V</td><td>8K</td></tr></table><p>Manufacturer</p><p>3M</p>"
             "</article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "| 8K");
    CHECK_CONTAINS(t, "3M");
    free(t);
}

TEST(content_hidden_tab_of_code_stays)
{
    char body[8192];
    snprintf(body, sizeof body, "<main>%s<div role=tablist><button role=tab>ARM template</button>"
             "<button role=tab>YAML</button></div><section role=tabpanel><pre><code>{ \"type\": "
             "\"Microsoft.Web/sites\" }</code></pre></section><section role=tabpanel hidden>"
             "<pre><code>type: Microsoft.Web/sites</code></pre></section><div role=tabpanel "
             "hidden><p>Ratings and reviews from buyers.</p></div></main>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "type: Microsoft.Web/sites");
    CHECK_NOT_CONTAINS(t, "Ratings and reviews");
    free(t);
}

TEST(content_standfirst_under_a_headline_outside_the_body_leads_the_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<main><header class=article-header><h1>Digital twins get "
             "cheaper</h1><p class=dek>Cheaper sensors and edge gateways are letting mid-size "
             "plants build working digital twins.</p><div class=byline>By Ana Whitfield</div>"
             "</header><div class=body>%s</div></main>", PARAS);
    ls_article a;
    article_of("<title>Digital twins get cheaper</title>", body, &a);
    CHECK(!strncmp(a.text, "Cheaper sensors and edge gateways", 33));
    CHECK_CONTAINS(a.text, "The second paragraph");
    /* once: a header kept beside the body writes it itself */
    const char *first = strstr(a.text, "Cheaper sensors");
    CHECK(first && !strstr(first + 1, "Cheaper sensors"));
    ls_article_release(&a);
}

TEST(content_paywall_offers_and_calls_for_money_are_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<div class=paywall-inline-tout><h3>Get the full "
             "story</h3><p>Subscribe now for unlimited access to every article.</p></div><div "
             "class=c-contribution-ask><p>Explanatory journalism is a public good. Yes, I will "
             "give five dollars a month.</p></div></article>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Subscribe now");
    CHECK_NOT_CONTAINS(t, "public good");
    CHECK_CONTAINS(t, "The second paragraph");
    free(t);
}

TEST(extract_qa_page_showing_its_answer_takes_the_answers_writer_and_date)
{
    /* a Q&A site's page of one answer: the question is its title */
    const char *ld = "<title>Why do SSDs slow down when nearly full?</title><script "
        "type='application/ld+json'>{\"@type\":\"QAPage\",\"mainEntity\":{\"@type\":"
        "\"Question\",\"name\":\"Why do SSDs slow down when nearly full?\",\"text\":"
        "\"My laptop's drive got slow once it was nearly full, and I wonder why.\",\"dateCreated\":"
        "\"2021-05-03\",\"author\":{\"@type\":\"Person\",\"name\":\"Quora User\"},"
        "\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"<p>The short version is that "
        "an SSD cannot overwrite data in place.</p>\",\"dateCreated\":\"2023-09-18\",\"author\":"
        "{\"@type\":\"Person\",\"name\":\"Marta Lindqvist\"}}}}</script>";
    const char *answer = "<div class=answer><p>The short version is that an SSD cannot "
        "overwrite data in place. Flash memory is written in pages but erased in much larger "
        "blocks, so a block has to be erased before its pages can be written again.</p><p>On a "
        "nearly full drive almost every block holds some valid data, so garbage collection "
        "must copy data around in the foreground, while your write waits.</p></div>";
    char body[4096];
    snprintf(body, sizeof body, "<div class=question>Why do SSDs slow down when nearly "
             "full?</div>%s", answer);
    ls_article a;
    article_of(ld, body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Marta Lindqvist");
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2023-09-18");
    ls_article_release(&a);
    /* a thread shows the question above its answers: the asker's page */
    snprintf(body, sizeof body, "<div class=post><p>My laptop's drive got slow once it was "
             "nearly full, and I wonder why. It was fast when it was new, and it still is when "
             "I clear some room on it.</p></div>%s", answer);
    article_of(ld, body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Quora User");
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2021-05-03");
    ls_article_release(&a);
}

TEST(content_qa_site_call_under_its_answers_is_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<div id=mainbar>%s<h2 class=bottom-notice>Not the answer you're "
             "looking for? Browse other questions tagged <a class=post-tag href='/t/ssh'>ssh</a> "
             "<a class=post-tag href='/t/bash'>bash</a> or <a href='/q/ask'>ask your own "
             "question</a>.</h2></div>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "looking for?");
    CHECK_CONTAINS(t, "The second paragraph");
    free(t);
}

TEST(content_list_of_links_the_writer_announces_stays)
{
    char body[8192];
    snprintf(body, sizeof body, "<div class=post>%s<p>Further reading:</p><ul><li><a "
             "href='https://go.dev/doc/diagnostics'>Diagnostics in the Go documentation</a>"
             "</li><li><a href='https://github.com/google/pprof'>The pprof repository</a>, "
             "especially the README</li><li><a href='/flame'>Brendan Gregg on flame graphs</a>"
             "</li></ul><p>None of this is new, and I have read all of it before, but it took "
             "us a week to find.</p><p>Related:</p><ul><li><a href='/a'>Tracing in "
             "production</a></li><li><a href='/b'>Structured logging</a></li><li><a "
             "href='/c'>Our on-call rota</a></li></ul></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Diagnostics in the Go documentation");
    CHECK_CONTAINS(t, "Brendan Gregg on flame graphs");
    CHECK_NOT_CONTAINS(t, "Structured logging");
    free(t);
}

TEST(content_small_link_blocks_inside_the_article_are_left_out)
{
    char body[8192];
    /* a navigation box after an encyclopaedia article */
    snprintf(body, sizeof body, "<div class=article><p>金锺国是韩国男歌手、主持人，以其独特的高音"
             "和健硕的体格闻名，曾多次获得音乐节目的冠军。</p><p>他自二零一零年起参与综艺节目的录制，"
             "在节目中以力量型成员的形象受到观众喜爱，并获得多个年度奖项。</p><p>他还经营自己的健身"
             "频道，分享训练方法和饮食建议，吸引了大量订阅者关注。</p><table class=box><tr><td>"
             "<a href=/1>两个男人</a> <a href=/2>偶像学校</a> <a href=/3>超级实习生</a> "
             "<a href=/4>雪球项目</a></td></tr></table></div>");
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "健硕的体格");
    CHECK_NOT_CONTAINS(t, "偶像学校");
    free(t);
    /* related stories after an English article; inline links in a
     * paragraph stay */
    snprintf(body, sizeof body, "<div class=story>%s<p>The plant, <a href=/p>opened in "
             "1998</a>, employs four hundred people from the town and nearby villages.</p><ul>"
             "<li><a href=/a>Town council votes on the new budget</a></li><li><a href=/b>"
             "School reopens after repairs</a></li><li><a href=/c>Weekend weather: rain "
             "again</a></li></ul></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "opened in 1998");
    CHECK_NOT_CONTAINS(t, "Town council");
    free(t);
    /* a listing: the links are most of the text and all of them stay */
    snprintf(body, sizeof body, "<div class=list><h2>Wallets</h2><p>Slim wallets in metal."
             "</p><ul><li><a href=/w1>Aluminium wallet, gunmetal grey</a> $95</li><li><a "
             "href=/w2>Titanium wallet, burnt titanium</a> $135</li><li><a href=/w3>Carbon "
             "fibre wallet, 3K weave</a> $125</li><li><a href=/w4>Forged carbon wallet, "
             "matte</a> $145</li></ul></div>");
    t = extract_text(body);
    CHECK_CONTAINS(t, "Aluminium wallet");
    CHECK_CONTAINS(t, "Forged carbon wallet");
    free(t);
}

TEST(content_tables_of_data_and_titles_with_links_are_no_link_blocks)
{
    char body[8192];
    /* a wiki's table of materials: each name linked, its amount beside it */
    snprintf(body, sizeof body, "<div class=article>%s<table><tr><th>Material</th><th>Amount"
             "</th></tr><tr><td><a href=/w/Titanium_Plate>Titanium Plate</a></td><td>40</td></tr>"
             "<tr><td><a href=/w/Superconductor>Superconductor</a></td><td>12</td></tr><tr><td>"
             "<a href=/w/Control_Unit>Control Unit</a></td><td>4</td></tr></table>"
             "<p>Each cell lasts ninety seconds at full load.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Titanium Plate | 40");
    CHECK_CONTAINS(t, "Control Unit | 4");
    free(t);
    /* an API page's heading whose type names are links, beside a link to
     * the source */
    snprintf(body, sizeof body, "<main>%s<h2>Trait Implementations</h2><section class=impl>"
             "<a class=src href=/src/q.rs>source</a><a href=#impl>§</a><h3>impl&lt;T&gt; <a "
             "href=/core/Clone.html>Clone</a> for <a href=q.html>BoundedQueue</a>&lt;T&gt;</h3>"
             "</section><p>Returns another handle to the same queue.</p></main>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "impl<T> Clone for BoundedQueue<T>");
    free(t);
    /* a table of contents set in a heading is still a block of links */
    snprintf(body, sizeof body, "<main>%s<p>The third paragraph goes on about the plant for "
             "a while, and it says a good deal more than the first two did.</p><h3>1. <a "
             "href=#a>Make a budget</a><br>2. <a href=#b>Make a plan</a><br>3. <a href=#c>"
             "Pick the paint</a></h3><p>Then start.</p></main>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Make a budget");
    free(t);
}

TEST(content_an_official_documents_signature_stays)
{
    /* a rule's signing, under the date line of its page; a forum's
     * signature, a tagline with a link, is still left out */
    char body[4096];
    snprintf(body, sizeof body, "<div class=doc><h1>Energy Conservation Standards</h1><div "
             "class=date>Published April 8, 2024</div>%s<div class=signature><p>Signed in "
             "Washington, DC, on April 3, 2024.</p><p>Jeffrey Marootian,</p><p>Principal Deputy "
             "Assistant Secretary.</p></div><div class=signature>My rig: <a href=/r>Ryzen 7, "
             "32 GB</a></div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Signed in Washington, DC, on April 3, 2024.");
    CHECK_CONTAINS(t, "Principal Deputy Assistant Secretary.");
    CHECK_NOT_CONTAINS(t, "My rig");
    free(t);
}

TEST(content_a_span_drawn_as_a_button_is_no_text)
{
    /* an expander's "Show less"; a FAQ's question and a forum's spoiler,
     * drawn with the same role, are the text's */
    char body[4096];
    snprintf(body, sizeof body, "<article>%s<span role=button tabindex=0 class=expander>Show "
             "less</span><div><span role=button>How long does the plant run?</span><p>Around "
             "the clock.</p></div><div>It would help us, said the people <span role=button "
             "class=spoiler>who run the line</span></div></article>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Show less");
    CHECK_CONTAINS(t, "How long does the plant run?");
    CHECK_CONTAINS(t, "said the people who run the line");
    free(t);
}

TEST(content_a_line_of_bare_dates_is_no_text)
{
    /* a documentation page's revision stamps, their labels drawn as
     * icons; dates with words between them are a sentence */
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>The plant</h1><div class=date>May 1, 2024</div>"
             "%s<p>Opened March 3, 2023, extended April 9, 2024."
             "</p><aside class=md-source-file><span><span "
             "title='Last update'><svg></svg></span><span>February 18, 2024</span></span> <span>"
             "<span title=Created><svg></svg></span><span>June 3, 2023</span></span></aside>"
             "</article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Opened March 3, 2023, extended April 9, 2024.");
    CHECK_NOT_CONTAINS(t, "February 18, 2024");
    CHECK_NOT_CONTAINS(t, "June 3, 2023");
    free(t);
}

TEST(content_customer_reviews_are_not_the_product)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=product><h1>Player II Stratocaster</h1><p>An alder "
             "body, a maple neck with a rosewood fingerboard and three single-coil pickups give "
             "this guitar its classic sound.</p>%s</div><div class=product-reviews><div class=r>"
             "<p>Great guitar, the neck feels fast and the pickups are quiet, I play it every "
             "day.</p></div><div class=r><p>Arrived well packed and in tune, although the "
             "case was not included, which was a shame.</p></div><div class=r><p>买了一个月，"
             "音色很好，做工也不错，物流也很快，推荐购买。</p></div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "alder body");
    CHECK_NOT_CONTAINS(t, "well packed");
    CHECK_NOT_CONTAINS(t, "音色很好");
    free(t);
}

TEST(content_forum_author_panels_and_signatures_are_left_out)
{
    char *t = extract_text(
        "<div class=thread><article class=message><section class=message-user><h4>Rabbids</h4>"
        "<div class=message-userExtras><dl><dt>Joined</dt><dd>Mar 3, 2019</dd></dl><dl><dt>"
        "Messages</dt><dd>1,204</dd></dl></div></section><div class=message-body><p>Does anyone "
        "know what the two small ports on the back of the case are for? The manual says "
        "nothing about them, and they look intentional.</p><div class=signature>My rig: "
        "Threadripper 3960X, 128 GB, two 4K monitors.</div></div></article>"
        "</div>");
    CHECK_CONTAINS(t, "two small ports");
    CHECK_NOT_CONTAINS(t, "Joined");
    CHECK_NOT_CONTAINS(t, "Threadripper");
    free(t);
    t = extract_text("<article class=message><dl class=userinfo><dt>DevBiker</dt><dd>Posts: "
                     "3,512</dd><dd>Member since 2015</dd></dl><div class=message-body><p>I have "
                     "heard that the rear one is for an external connection to the lighting "
                     "devices, but I am not sure.</p></div></article>");
    CHECK_CONTAINS(t, "lighting devices");
    CHECK_NOT_CONTAINS(t, "Member since");
    free(t);
    t = extract_text("<div class=post><div class=user-info>楼主 注册时间：2015年 帖子：3512</div>"
                     "<div class=content><p>后面那个接口是用来连接外部灯光设备的，底部那个我也不太"
                     "清楚，可能是预留的风扇接口，说明书里没有提到。</p></div></div>");
    CHECK_CONTAINS(t, "外部灯光设备");
    CHECK_NOT_CONTAINS(t, "注册时间");
    free(t);
}

TEST(content_labelled_related_lists_are_left_out)
{
    char body[4096];
    snprintf(body, sizeof body, "<div id=detail>%s<div class=box><b>相关报道：</b><br>·<a "
             "href=/1>韩红发新专辑 好友齐助阵</a> (2005-04-27 18:03)<br>·<a href=/2>分手还可"
             "做朋友 新碟发布</a> (2005-04-27 17:03)<br>·<a href=/3>组合筹备粤语大碟</a> "
             "(2005-04-27 16:00)</div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "相关报道");
    CHECK_NOT_CONTAINS(t, "韩红");
    free(t);
    snprintf(body, sizeof body, "<article>%s<section><h3>Related</h3><p><a href=/a>Council "
             "votes on budget</a> (May 2)</p><p><a href=/b>School reopens</a> (May 1)</p>"
             "</section><p>Related costs, the report says, rose by a tenth over the year.</p>"
             "</article>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Council votes");
    CHECK_CONTAINS(t, "Related costs"); /* a paragraph, not a list of links */
    free(t);
}

TEST(content_site_legal_notices_are_left_out)
{
    char body[4096];
    /* a reprint notice after a Chinese article, and a site's copyright
     * statement under its own heading */
    snprintf(body, sizeof body, "<div class=main><div class=text>%s<p>　　本报记者在现场看到，"
             "新厂房已经投入使用，工人们正在调试设备。</p></div><div id=notice><p><b>反侵权公告："
             "</b></p><p>未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。</p></div>"
             "<table><tr><td><b>示例网著作权声明</b></td></tr><tr><td>示例网的所有内容均由其内容"
             "合作方根据协议提供。</td></tr></table></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "调试设备");
    CHECK_NOT_CONTAINS(t, "反侵权公告");
    CHECK_NOT_CONTAINS(t, "擅自转载");
    CHECK_NOT_CONTAINS(t, "内容合作方");
    free(t);
    snprintf(body, sizeof body, "<div class=post>%s<div class=rules><p>郑 重 声 明</p><p>1. 任何"
             "言论纯属作者个人观点，与本站无关；</p></div></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "作者个人观点");
    free(t);
    /* the article's own sentences about copyright stay */
    snprintf(body, sizeof body, "<article>%s<p>版权声明在这起案件中起了关键作用，法院认为转载方"
             "没有取得授权。</p><p>Copyright law, the court said, protects the wording and not "
             "the facts of a story.</p><div class=legal>Copyright © 2025 Example Media. All "
             "rights reserved.</div></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "法院认为");
    CHECK_CONTAINS(t, "Copyright law");
    CHECK_NOT_CONTAINS(t, "All rights reserved");
    free(t);
}

TEST(content_link_columns_of_table_layouts_are_left_out)
{
    char body[8192];
    /* an old page laid out with a table: the article's column, and a
     * narrow column of link boxes beside it */
    snprintf(body, sizeof body, "<table><tr><td width=580>%s<p>　　记者了解到，这项调查覆盖了六百"
             "名受访者，结果将在下月公布。</p></td><td width=160><table><tr><td><b>城市资讯</b>"
             "</td></tr><tr><td><a href=/1>十大古镇图片欣赏</a></td></tr></table><table><tr><td>"
             "<a href=/2>周末去哪儿玩</a></td></tr><tr><td><a href=/3>城市夜景大赛揭晓</a></td>"
             "</tr></table></td></tr></table>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "六百名受访者");
    CHECK_NOT_CONTAINS(t, "城市资讯");
    CHECK_NOT_CONTAINS(t, "周末去哪儿玩");
    free(t);
    /* a table of data whose cells are links is the content */
    snprintf(body, sizeof body, "<article>%s<table><tr><th>Week</th><th>Topic</th><th>Reading"
             "</th></tr><tr><td>1</td><td>Sorting and searching in practice</td><td><a href=/a>"
             "notes</a>, <a href=/b>slides</a>, <a href=/c>paper</a></td></tr><tr><td>2</td><td>"
             "Hashing and its uses</td><td><a href=/d>notes</a>, <a href=/e>slides</a>, <a href=/f>"
             "paper</a></td></tr></table></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "notes, slides, paper");
    free(t);
}

static size_t count_of(const char *s, const char *w)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, w)); p += strlen(w))
        n++;
    return n;
}

TEST(content_reply_quoting_the_post_above_leaves_out_the_quote)
{
    const char *post =
        "<div class=message><p>Has anyone measured how long the new battery lasts in cold "
        "weather? Mine seems to lose a third of its range below freezing.</p></div>";
    char body[4096];
    /* a reply quotes the first post, then answers it */
    snprintf(body, sizeof body,
             "<div class=thread>%s<div class=message><blockquote class='bbCodeBlock "
             "bbCodeBlock--quote'><div class=bbCodeBlock-title>Sam said:</div><div>Has anyone "
             "measured how long the new battery lasts in cold weather? Mine seems to lose a third "
             "of its range below freezing.</div></blockquote><p>Same here, although preheating "
             "the cabin while it is still plugged in helps a lot, and so does parking out of "
             "the wind.</p></div></div>", post);
    char *t = extract_text(body);
    CHECK_INT_EQ(count_of(t, "lose a third of its range"), 1);
    CHECK(!strstr(t, "Sam said:"));
    CHECK_CONTAINS(t, "preheating the cabin");
    free(t);
    /* a quotation of something new stays */
    snprintf(body, sizeof body,
             "<div class=thread>%s<div class=message><blockquote><p>Preheat the battery while "
             "the car is still connected to the charger, then drive gently at first.</p>"
             "</blockquote><p>That is what the manual says, and it matches what I found over "
             "the last two winters with the same car.</p></div></div>", post);
    t = extract_text(body);
    CHECK_CONTAINS(t, "Preheat the battery while the car");
    free(t);
}

TEST(content_thread_of_comments_alone_is_the_content)
{
    /* a discussion page: the opening post and the replies are all classed
     * as comments, and there is nothing else to read */
    char *t = extract_text(
        "<nav><a href=/>Home</a> <a href=/new>New</a></nav><ol class=comments><li class=comment>"
        "<p>Has anyone measured how long the new battery lasts in cold weather? Mine seems to "
        "lose a third of its range below freezing, which surprised me.</p></li><li class=comment>"
        "<p>Same here, although preheating the cabin while it is still plugged in helps a lot, "
        "in my experience, and so does parking out of the wind.</p></li><li class=comment><p>"
        "The manual says the same thing: warm the pack while on the charger, then drive off "
        "gently for the first few minutes.</p></li></ol>");
    CHECK_CONTAINS(t, "cold weather");
    CHECK_CONTAINS(t, "preheating the cabin");
    CHECK_CONTAINS(t, "The manual says");
    free(t);
    /* a tagline is no article either */
    t = extract_text(
        "<div class=tagline><p>Owners talk about their cars.</p></div><div class=comments>"
        "<div class=comment><p>Has anyone measured how long the new battery lasts in cold "
        "weather? Mine seems to lose a third of its range below freezing.</p></div>"
        "<div class=comment><p>Same here, although preheating the cabin while it is still "
        "plugged in helps a lot, and so does parking out of the wind.</p></div>"
        "<div class=comment><p>The manual says the same thing: warm the pack while on the "
        "charger, then drive off gently for the first few minutes.</p></div></div>");
    CHECK_CONTAINS(t, "preheating the cabin");
    free(t);
    /* below an article, comments stay out */
    char body[4096];
    snprintf(body, sizeof body, "<article>%s</article><div class=comments><div class=comment><p>"
             "Great piece, although I think the second paragraph leaves out what the union said "
             "at the meeting.</p></div></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Great piece");
    free(t);
}

TEST(content_replies_of_a_declared_discussion_are_the_content)
{
    /* the page says it is a forum thread: the replies, classed as comments,
     * are what it is, beside the opening post */
    const char *ld = "<script type=application/ld+json>{\"@context\":\"https://schema.org\","
                     "\"@type\":\"DiscussionForumPosting\",\"headline\":\"Cold batteries\"}"
                     "</script>";
    const char *thread =
        "<div class=thread><article class=post><div class=post-body><p>Has anyone measured how "
        "long the new battery lasts in cold weather? Mine seems to lose a third of its range "
        "below freezing, which surprised me a great deal this winter.</p></div></article>"
        "<div class=comments><div class=comment><p>Same here, although preheating the cabin "
        "while it is still plugged in helps a lot, in my experience, and parking out of the "
        "wind helps as well.</p></div></div></div>";
    ls_article a;
    article_of(ld, thread, &a);
    CHECK_CONTAINS(a.text, "cold weather");
    CHECK_CONTAINS(a.text, "preheating the cabin");
    ls_article_release(&a);
    /* the same markup without the declaration: an article and its comment */
    char *t = extract_text(thread);
    CHECK_CONTAINS(t, "cold weather");
    CHECK_NOT_CONTAINS(t, "preheating the cabin");
    free(t);
}

TEST(content_declared_discussion_is_its_row_of_posts)
{
    /* one reply pastes a long log and outscores the question; the thread is
     * the row of posts all the same */
    const char *ld = "<script type=application/ld+json>{\"@context\":\"https://schema.org\","
                     "\"@type\":\"QAPage\"}</script>";
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<div id=main><div class=posts><div class='topic-body crawler-post'><div "
                "class=meta><a href=/u/raoul>raoul</a> May 3</div><div class=post><p>After the "
                "upgrade the dashboard stays on the starting screen and "
                "half of my devices are unavailable. Has anyone seen this?</p></div></div>"
                "<div class='topic-body crawler-post'><div class=meta><a href=/u/raoul>raoul"
                "</a> May 3</div><div class=post><p>Here is the log from the last boot:</p>");
    for (int i = 0; i < 40; i++)
        ls_buf_addf(&b, "<p>2024-05-03 10:09:%02d ERROR (MainThread) Error doing job: the "
                    "integration did not finish setting up in time, retrying.</p>", i);
    ls_buf_adds(&b, "</div></div><div class='topic-body crawler-post'><div class=meta><a "
                "href=/u/ann>ann</a> May 4</div><div class=post><p>Roll "
                "back to the previous version and remove the custom integration, then it "
                "starts.</p></div></div></div></div>");
    ls_article a;
    article_of(ld, b.data, &a);
    CHECK_CONTAINS(a.text, "the dashboard stays on the starting screen");
    CHECK_CONTAINS(a.text, "Roll back to the previous version");
    ls_article_release(&a);
    ls_buf_release(&b);
}

TEST(content_shop_recommendation_rows_are_left_out)
{
    /* other products under a shop's label, drawn as cards without links */
    char *t = extract_text(
        "<main><h1>Walnut desk lamp</h1><p>A solid walnut lamp with a linen shade, a brass "
        "switch on the cord and a warm LED bulb that is included in the box.</p><p>Height "
        "42 cm, shade 25 cm across; ships in a recycled carton within two days.</p>"
        "<section><h2>Customers who viewed this item also viewed</h2><div><div>Oak floor lamp "
        "$89.00</div><div>Brass reading lamp $45.00</div></div></section>"
        "<section><h2>看了又看</h2><div><div>胡桃木台灯 ¥299</div><div>黄铜落地灯 ¥899</div>"
        "</div></section></main>");
    CHECK_CONTAINS(t, "linen shade");
    CHECK_NOT_CONTAINS(t, "Oak floor lamp");
    CHECK_NOT_CONTAINS(t, "黄铜落地灯");
    free(t);
}

TEST(content_listing_under_a_short_introduction)
{
    /* a category page: one paragraph of introduction, then the items */
    char *t = extract_text(
        "<nav><a href=/>Home</a></nav><main><div class=intro><p>Dinners that cook themselves "
        "while you do something else, tested in our kitchen.</p></div><div class=grid>"
        "<div class=card><a href=/r/0><h3>Slow-cooker beef stew with root vegetables</h3><span>Four hours, serves six</span></a></div><div class=card><a href=/r/1><h3>Weeknight chicken curry with spinach</h3><span>Forty minutes, serves four</span></a></div><div class=card><a href=/r/2><h3>Lentil soup with lemon and cumin</h3><span>One hour, serves eight</span></a></div><div class=card><a href=/r/3><h3>Baked salmon with herb crust</h3><span>Thirty minutes, serves two</span></a></div><div class=card><a href=/r/4><h3>Mushroom risotto with parmesan</h3><span>Fifty minutes, serves four</span></a></div><div class=card><a href=/r/5><h3>Roast vegetables with chickpeas</h3><span>One hour, serves four</span></a></div></div></main>");
    CHECK_CONTAINS(t, "Dinners that cook themselves");
    CHECK_CONTAINS(t, "Lentil soup with lemon and cumin");
    free(t);
}

TEST(content_link_rows_inside_an_unknown_wrapper_are_left_out)
{
    /* a CMS include tag (unknown to HTML, not a block) around rows of links:
     * whether it is a listing is up to the article around it */
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<cms_include><p>理财：<a href=/1>为什么有人富了"
             "</a> | <a href=/2>银行还款是怎么算出来的</a> | <a href=/3>存款利率怎么看</a><br>股票："
             "<a href=/4>托起的千点能走多远</a> | <a href=/5>新股申购指南</a></p></cms_include>"
             "</div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "银行还款");
    free(t);
}

TEST(content_toolbars_of_one_word_links_are_left_out)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<div>页面功能 【<a href=/c>我来说两句</a>】【"
             "<a href=/r>推荐</a>】【字体：<a href=#b>大</a> <a href=#m>中</a> <a href=#s>小</a>】"
             "【<a href=/p>打印</a>】【<a href=#x>关闭</a>】</div><p>The report, <a href=/a>the "
             "union</a> and <a href=/b>the board</a> agree on <a href=/c>pay</a> and <a href=/d>"
             "hours</a>.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "页面功能");
    CHECK_NOT_CONTAINS(t, "打印");
    CHECK_CONTAINS(t, "the union and the board agree"); /* a sentence with links */
    free(t);
}

TEST(content_forum_member_panels_are_left_out)
{
    char *t = extract_text(
        "<div class=thread><div class=p><div class=who><div>老李</div><div>帖子 123</div>"
        "<div>积分：678</div><div>注册时间 2019-5-1</div></div><div class=msg><p>建议先统计设备"
        "的通信接口，再选支持多协议转换的网关，最好能在本地做数据清洗，减少上云的流量。</p></div>"
        "</div><div class=p><div class=who><div>ops_anna</div><div>Join Date: Mar 2016</div>"
        "<div>Posts: 4,032</div></div><div class=msg><p>Count the serial ports first. We put "
        "one small gateway per line and only sent averages upstream, which kept traffic low."
        "</p><p>Posts from the vendor's forum helped too.</p></div></div></div>");
    CHECK_CONTAINS(t, "多协议转换");
    CHECK_CONTAINS(t, "Count the serial ports");
    CHECK_CONTAINS(t, "Posts from the vendor"); /* a sentence, not a panel line */
    CHECK_NOT_CONTAINS(t, "积分");
    CHECK_NOT_CONTAINS(t, "注册时间");
    CHECK_NOT_CONTAINS(t, "Join Date");
    CHECK_NOT_CONTAINS(t, "4,032");
    free(t);
}

TEST(content_long_comment_sections_do_not_widen_the_article)
{
    /* the comments hold more text than the article and so are not junk,
     * but they are not reading matter the article misses either */
    char body[8192];
    snprintf(body, sizeof body, "<div id=page><div class=entry><h1>Autumn camp</h1>%s</div>"
             "<div id=comments><div><p>What a lovely weekend, the maples look wonderful in "
             "these photos and the food looks even better, thank you for sharing it with us "
             "all again this year.</p></div><div><p>We went to the same valley last month but "
             "the leaves had not turned yet; next year we will wait until the first week of "
             "December as you suggest.</p></div><div><p>Which tent is that in the third photo? "
             "It looks roomy enough for a family of four with two dogs, and it seems to stand "
             "up well to the wind.</p></div></div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "lovely weekend");
    free(t);
}

TEST(content_comments_named_as_readers_posts_are_left_out)
{
    /* a photo blog's short article under a long comment box whose class
     * calls each comment a user's post: "post" does not rescue a block
     * named a comment */
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_addf(&b, "<div id=article-area><div class=article><div class=article-head>"
                    "<h2>秋天的营地</h2><span>2013/12/28</span></div><div class=article-body>"
                    "<div class=article-content><div class=article-content-inner>"
                    "<p>清晨的山谷里，枫叶已经红透了，我们沿着溪边的步道慢慢走，一路拍照。</p>"
                    "<p>营地的主人准备了热茶和点心，晚上还能看到满天的星星。</p>"
                    "<p>下次还要再来，带上孩子们一起露营，看看秋天的山林。</p>"
                    "<p>第二天早上起了雾，远处的山峰若隐若现，溪水声格外清楚，空气里都是落叶的味道。</p>"
                    "<p>中午我们在吊桥边吃了便当，看着游客来来往往，孩子们在石头上跳来跳去。</p>"
                    "<p>回程的路上又停了两次，拍下夕阳照在红叶上的样子，这一趟真是值得。</p>"
                    "<p>营地在山腰上，一共有二十多个营位，每个营位都有电源和平整的草地，"
                    "洗手间和浴室也很干净，热水充足，晚上不会觉得冷。</p>"
                    "<p>从营地往下走十分钟就是溪谷，溪水清澈见底，夏天可以玩水，秋天则是赏枫的好地方，"
                    "沿着步道走到吊桥，整片山坡都是红色和金色的叶子。</p>"
                    "<p>附近的部落有小店卖咖啡和手工点心，老板很热情，还推荐了几个私房景点，"
                    "下次一定要早一点出发，把这些地方都走一遍。</p>"
                    "</div></div><p class=tags>标签：露营、赏枫</p></div></div>"
                    "<div id=user-post><div id=comment-box class=user-post-box>"
                    "<h3>留言列表 (12)</h3><div id=comment-text class=user-post-text>");
    for (int i = 1; i <= 12; i++)
        ls_buf_addf(&b, "<ul class=single-post><li class=post-info>#%d 访客%d 于 2013/12/28 "
                        "10:%02d</li><li class=post-text><p>照片拍得真好，枫叶和溪水都很漂亮，"
                        "我们也想去这个营地看看，请问需要提前预约吗？</p></li></ul>",
                    i, i, i);
    ls_buf_adds(&b, "</div></div></div></div><div id=sidebar>");
    for (int i = 0; i < 8; i++)
        ls_buf_adds(&b, "<p>这是我们两个人的共同天地，喜欢碧海蓝天，喜欢悠闲生活，走过美丽的旅游足迹，"
                        "品味台湾的好山好水，记录每一次露营和赏枫的心情。</p>");
    ls_buf_adds(&b, "</div>");
    char *t = extract_text(b.data);
    CHECK_CONTAINS(t, "枫叶已经红透了");
    CHECK_NOT_CONTAINS(t, "请问需要提前预约吗");
    free(t);
    ls_buf_release(&b);
}

TEST(content_code_and_lists_in_the_articles_flow_are_kept)
{
    /* the article's text sits in a box of its own; the paragraphs, list
     * and code after it are siblings of that box */
    char body[4096];
    snprintf(body, sizeof body,
             "<article><div class=intro>%s%s</div><p>Install the tool, then write a short "
             "configuration file for the lathe controller.</p><ul><li>port</li><li>speed</li>"
             "</ul><p>Then start it, and watch the log for the first readings of the spindle.</p>"
             "<pre>lathectl --port /dev/ttyS0\n  --speed 9600</pre></article>"
             "<ul class=more><li><a href=/x>Other tools</a></li></ul>", PARAS, PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "port\nspeed");
    CHECK_CONTAINS(t, "lathectl --port /dev/ttyS0");
    CHECK_NOT_CONTAINS(t, "Other tools");
    free(t);
}

TEST(content_story_beside_its_read_more_box_is_whole)
{
    /* the story's first paragraphs, then a "read more" box (a link, an ad
     * slot) that holds the rest and scores a little higher: the story is
     * both */
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<div id=story><div class=story-body><div class=story-intro><p><strong>A team "
                    "of advisers has been visiting newsrooms this week to calm fears about the "
                    "new surveillance law. It failed.</strong></p></div>");
    for (int i = 0; i < 3; i++)
        ls_buf_adds(&b, "<p>They met the adviser, the commissioner, two staffers, a lawyer, a "
                        "press officer, and argued all week to no avail whatever they said to "
                        "anyone there.</p>");
    ls_buf_adds(&b, "<div id=read-more><div><a href=''>Read more</a></div><div id=middleAd></div>"
                    "<div id=read-more-content>");
    for (int i = 0; i < 14; i++)
        ls_buf_addf(&b, "<p>The law would make phone companies keep records of calls, messages "
                        "and connections for two years so that agencies can reach them without "
                        "a warrant, which few object to when it comes to catching criminals and "
                        "the like (point %d).</p>", i + 1);
    ls_buf_adds(&b, "</div></div></div></div>");
    char *t = extract_text(b.data);
    CHECK_CONTAINS(t, "calm fears about the new surveillance law");
    CHECK_CONTAINS(t, "They met the adviser");
    CHECK_CONTAINS(t, "(point 14)");
    free(t);
    ls_buf_release(&b);
}

TEST(content_shop_buttons_alone_in_a_block_are_controls)
{
    char body[4096];
    snprintf(body, sizeof body, "<article>%s<p><strong>\u27a1\ufe0f <a href=/x>Check price "
             "here</a></strong></p><p><a href=/y>See price at Example Shop</a></p><p>Buy: <a "
             "href=/a>check price at Shop One</a>, <a href=/b>check price at Shop Two</a></p>"
             "</article>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Check price here");
    CHECK_NOT_CONTAINS(t, "See price at");
    CHECK_CONTAINS(t, "Buy: check price at Shop One, check price at Shop Two");
    free(t);
}

TEST(content_breadcrumb_trails_are_left_out)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=main><div>当前位置：<a href=/>首页</a> &gt; <a href=/n>"
             "新闻中心</a> &gt; 正文</div><div><a href=/>社区</a> → <a href=/b>大话四川</a> → "
             "[原创]请正确认识凉山</div><div><a href=/>Home</a> » <a href=/blog>Blog</a> » Autumn"
             "</div>%s<p>From <a href=/a>the mill</a> to <a href=/b>the sea</a> the river drops "
             "forty metres.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "当前位置");
    CHECK_NOT_CONTAINS(t, "大话四川");
    CHECK_NOT_CONTAINS(t, "Blog");
    CHECK_CONTAINS(t, "From the mill to the sea");
    free(t);
}

TEST(content_pagers_and_single_related_links_are_left_out)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story><div>第1页/共3页 &lt;&lt; <a href=/p0>上一页</a> | "
             "<a href=/p2>下一页</a> &gt;&gt;</div>%s<p>延伸阅读：<a href=/x>骗局背后的资金链</a></p>"
             "<p>Related: <a href=/y>Council votes on the budget</a></p><div>Page 1 of 3 "
             "<a href=/prev>Previous</a> <a href=/next>Next</a></div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "下一页");
    CHECK_NOT_CONTAINS(t, "延伸阅读");
    CHECK_NOT_CONTAINS(t, "Council votes");
    CHECK_NOT_CONTAINS(t, "Previous");
    free(t);
}

TEST(content_button_words_alone_are_left_out)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<div><span>Read more ›</span></div>"
             "<div>Advertisement</div><div class=btn>查看更多&gt;&gt;</div><p>Read more about the "
             "plant in our earlier report.</p><ul class=tools><li><a href=#p1>Link to post</a></li>"
             "<li><a href=#s>Share on other sites</a></li></ul><div><a href=#r>回复</a></div>"
             "<p>Quote of the day: keep the lines running.</p><div>Table of Contents</div>"
             "<span>5 min read</span><div>1.2k views</div><div><a href=/ask>Ask Question</a></div>"
             "<p>You must log in or register to reply here.</p><div>Not open for further replies.</div>"
             "<p>12 likes were counted on the first day, the plant's manager said.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Read more ›");
    CHECK_NOT_CONTAINS(t, "Advertisement");
    CHECK_NOT_CONTAINS(t, "查看更多");
    CHECK_CONTAINS(t, "Read more about the plant"); /* a sentence that starts alike */
    /* a forum post's controls */
    CHECK_NOT_CONTAINS(t, "Link to post");
    CHECK_NOT_CONTAINS(t, "Share on other sites");
    CHECK_NOT_CONTAINS(t, "回复");
    CHECK_CONTAINS(t, "Quote of the day");
    /* a contents label, counters, a site's question button */
    CHECK_NOT_CONTAINS(t, "Table of Contents");
    CHECK_NOT_CONTAINS(t, "5 min read");
    CHECK_NOT_CONTAINS(t, "1.2k views");
    CHECK_NOT_CONTAINS(t, "Ask Question");
    CHECK_NOT_CONTAINS(t, "register to reply"); /* a forum's notices, longer than a button */
    CHECK_NOT_CONTAINS(t, "further replies");
    CHECK_CONTAINS(t, "12 likes were counted"); /* a sentence */
    free(t);
}

TEST(content_short_rows_of_links_and_separators_are_controls)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story>%s<div class=tools><a href=#top>返回页首</a>"
             " | <a href=/close>关闭窗口</a></div><div class=t2>[<a href=/r>Reply</a>] [<a "
             "href=/q>Quote</a>]</div><p>Read <a href=/a>the full report</a> here</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "返回页首");
    CHECK_NOT_CONTAINS(t, "Quote");
    CHECK_CONTAINS(t, "Read the full report here"); /* words outside the link */
    free(t);
}

TEST(content_best_block_under_60_percent_of_reading_matter_widens)
{
    /* the best-scored block holds 53% of the page's reading matter; the
     * rest is spread over small blocks that score little: the article is
     * the element that holds them all */
    ls_dom *d = parse(
        "<div class=wrap><div class=a><p>The plant, which opened in 1998, employs four hundred "
        "people, most of them from the town, and its managers said, on Monday, that it would "
        "stay open.</p><p>Orders, they said, had grown again this year, and a new line, built "
        "with help from the region, would start in spring.</p></div><div class=b><div><div>"
        "<span>Opening hours of the visitor centre are from nine to five every day except "
        "Sunday</span></div></div><div><div><span>Guided tours of the works start at ten and "
        "at two and take about an hour</span></div></div><div><div><span>Groups of more than "
        "twelve people should book a week ahead by telephone</span></div></div></div></div>"
        "<div class=side><p>Tickets</p></div>");
    ls_xctx x = {.dom = d};
    CHECK_INT_EQ(ls_x_stats_build(&x), 0);
    ls_x_choose(&x);
    CHECK(x.top != NULL);
    CHECK_STR_EQ(x.top ? ls_node_attr(x.top, "class") : "", "wrap");
    ls_x_stats_clear(&x);
    ls_dom_free(d);
}

TEST(content_short_copies_for_other_screens_are_written_once)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=product>%s<div class=mobile><h3>Smart bird feeder "
             "with camera</h3><div>149 euros, free shipping</div></div><div class=desktop><h3>"
             "Smart bird feeder with camera</h3><div>149 euros, free shipping</div></div>"
             "<ul><li>Weatherproof housing</li><li>Weatherproof housing</li></ul></div>", PARAS);
    char *t = extract_text(body);
    const char *a = strstr(t, "Smart bird feeder");
    CHECK(a && !strstr(a + 1, "Smart bird feeder"));
    a = strstr(t, "free shipping");
    CHECK(a && !strstr(a + 1, "free shipping"));
    /* items repeated in one list are the list's own */
    a = strstr(t, "Weatherproof");
    CHECK(a && strstr(a + 1, "Weatherproof"));
    free(t);
    /* so are repeated paragraphs of prose */
    const char *para = "<p>Duis aute irure dolor in reprehenderit in voluptate velit esse cillum "
                       "dolore eu fugiat nulla pariatur, excepteur sint occaecat cupidatat non "
                       "proident, sunt in culpa qui officia deserunt mollit anim.</p>";
    snprintf(body, sizeof body, "<article><div>%s%s</div><h2>Again</h2><div>%s</div></article>",
             PARAS, para, para);
    t = extract_text(body);
    a = strstr(t, "Duis aute");
    CHECK(a && strstr(a + 1, "Duis aute"));
    free(t);
}

TEST(content_a_run_of_long_copies_is_written_once)
{
    /* the article written again for small screens: long paragraphs in a
     * run of copies go after the first of the run */
    const char *p2 = "<p>Second: the plant reopened in March after the repairs, and the "
                     "town council agreed to pay for half of the new flood barrier along the "
                     "river, which should be finished by the end of next year.</p>";
    const char *p3 = "<p>Third: the workers who had been sent home were paid in full for the "
                     "weeks the plant stood still, a decision the union welcomed and the owners "
                     "say they do not regret, whatever the insurers decide.</p>";
    char body[8192];
    snprintf(body, sizeof body, "<article><div class=desktop>%s%s%s</div><div class=mobile>"
             "%s%s%s</div></article>", PARAS, p2, p3, PARAS, p2, p3);
    char *t = extract_text(body);
    const char *a = strstr(t, "Second: the plant reopened");
    CHECK(a && !strstr(a + 1, "Second: the plant reopened"));
    a = strstr(t, "Third: the workers");
    CHECK(a && !strstr(a + 1, "Third: the workers"));
    free(t);
}

/* The body of a paper: long enough that the box ahead of it scores
 * under a fifth of it. */
#define PAPER_BODY \
    "<div class=body><p>一、引言。制造企业正在把数据处理从云端移到产线旁边，以便在毫秒级时间内作出判断，" \
    "这对网络、算力和软件部署都提出了新的要求，也改变了工厂信息系统的结构。</p>" \
    "<p>二、方法。我们在每条产线旁部署一台边缘服务器，负责图像采集、缺陷识别和结果回写，云端只负责模型训练、" \
    "版本管理和跨厂区的数据汇总，两者通过消息队列交换数据。</p>" \
    "<p>三、结果。两条产线运行三个月，质检时延从八十毫秒降到四十毫秒，误检率没有上升，带宽占用下降七成，" \
    "运维人员的工作量也有所减少。</p>" \
    "<p>四、讨论。边缘节点的软件更新需要与生产计划错开，模型版本要能在一分钟内回退，现场网络中断时，" \
    "边缘服务器必须独立运行并缓存结果，等网络恢复后再与云端同步，这些要求决定了部署方式。</p>" \
    "<p>五、结论。云边协同让产线上的判断更快、更可靠，也让云端的训练数据更完整，下一步我们将把方法推广到" \
    "装配和包装环节，并研究多个厂区之间的模型共享。</p>" \
    "<p>六、致谢。感谢两家工厂的工程师在现场测试中给予的帮助，他们调整了排班，提供了设备和数据，" \
    "并对部署方案提出了许多改进意见。</p>" \
    "<p>七、附录。实验所用的边缘服务器配置、网络拓扑、模型结构和训练参数列在附表中，数据集按季度划分，" \
    "测试集与训练集来自不同的批次，以避免结果偏高。</p>" \
    "</div>"

TEST(content_prose_box_ahead_of_the_body_is_kept)
{
    /* a paper's abstract in its own box ahead of the body, inside the same
     * column */
    char *t = extract_text(
        "<div class=paper><div class=head><b>边缘计算与智能制造</b></div>"
        "<div class=box><div>摘要：本文讨论边缘计算在智能制造中的作用，分析了工厂现场数据处理的时延、带宽与"
        "可靠性要求，提出一种云边协同的部署方法，并在两条产线上验证了其效果，结果表明质检时延下降了一半。</div>"
        "<div>Abstract: We study edge computing in smart manufacturing and show that a cloud-edge "
        "split halves the latency of inspection on two production lines.</div></div>"
        PAPER_BODY "</div>");
    CHECK_CONTAINS(t, "摘要：本文讨论边缘计算");
    CHECK_CONTAINS(t, "Abstract: We study");
    CHECK_CONTAINS(t, "七、附录");
    CHECK(strstr(t, "摘要") < strstr(t, "一、引言"));
    free(t);
    /* a promotion bar directly under <body> is a region of the page */
    t = extract_text(
        "<div class=bar><div><p>Score free shipping on qualifying orders! For more on rates "
        "and timelines, please read our shipping page, updated every week for every country "
        "we ship to, with the carriers and the times they need.</p><p>Free standard shipping "
        "on orders over 60 dollars, and free returns within thirty days of delivery, for "
        "every order placed in the shop or by phone.</p><p>Gift cards are sent by email on "
        "the day they are bought.</p></div></div>"
        PAPER_BODY);
    CHECK_CONTAINS(t, "一、引言");
    CHECK_NOT_CONTAINS(t, "free shipping");
    free(t);
}

TEST(content_edit_links_beside_headings_are_left_out)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=story><h2>简介<span class=es><span>[</span>"
             "<a href='/w?action=edit&amp;section=1'>编辑</a><span>]</span></span></h2>%s"
             "<h2>History <span>[<a href='/w?action=edit&amp;section=2'>edit</a>]</span></h2>"
             "<p>The plant opened in 1998 and was rebuilt after the flood of 2003.</p>"
             "<p>[Edit: the opening year was corrected on 3 May.]</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "简介\n");
    CHECK_CONTAINS(t, "History\n");
    CHECK_NOT_CONTAINS(t, "编辑");
    CHECK_NOT_CONTAINS(t, "[edit]");
    CHECK_CONTAINS(t, "[Edit: the opening year"); /* a note that starts alike */
    free(t);
    /* "编辑" there is a link's word, not the editor's label */
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK(a.editor == NULL);
    ls_article_release(&a);
}

static char *excerpt_of(const char *head, const char *body)
{
    ls_article a;
    article_of(head, body, &a);
    char *e = strdup(a.excerpt ? a.excerpt : "");
    ls_article_release(&a);
    return e;
}

TEST(extract_excerpt_is_the_description_else_the_first_paragraph)
{
    char body[2048];
    snprintf(body, sizeof body, "<div class=story><h2>Overview</h2><p>By the desk</p>%s</div>",
             PARAS);
    char *e = excerpt_of("<title>T</title><meta name=description content='What the plant did.'>",
                         body);
    CHECK_STR_EQ(e, "What the plant did.");
    free(e);
    /* no description: the first paragraph, not the heading or a short label */
    e = excerpt_of("<title>T</title>", body);
    CHECK(!strncmp(e, "The first paragraph explains", 28));
    free(e);
    /* only short lines: the first one */
    e = excerpt_of("<title>T</title>", "<div><p>Short note one.</p><p>Short note two.</p></div>");
    CHECK_STR_EQ(e, "Short note one.");
    free(e);
    /* a description that is a name, or the title with its site's and tags'
     * names, is no summary */
    e = excerpt_of("<title>T</title><meta name=description content='广东省工业互联网产业协会'>", body);
    CHECK(!strncmp(e, "The first paragraph explains", 28));
    free(e);
    e = excerpt_of("<title>数字孪生不是3D大屏</title><meta name=description content='数字孪生不是3D大屏_"
                   "陈志远_新浪博客,陈志远,'>", body);
    CHECK(!strncmp(e, "The first paragraph explains", 28));
    free(e);
}

/* A government page: the document's particulars in a table above the
 * article's column, printed twice for two screen sizes. */
#define GOV_RECORD_ROWS(cls) \
    "<tr><td class=" cls ">索&nbsp;引&nbsp;号：</td><td>11220000/2024-00426</td></tr>" \
    "<tr><td class=" cls ">发文机关：</td><td>某省人民政府</td></tr>" \
    "<tr><td class=" cls ">成文日期：</td><td>2024年03月27日</td></tr>" \
    "<tr><td class=" cls ">标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td>关于推进智能制造的通知</td></tr>" \
    "<tr><td class=" cls ">发文字号：</td><td>某政发〔2024〕5号</td></tr>"

TEST(content_official_document_record_comes_first)
{
    char body[8192];
    snprintf(body, sizeof body,
             "<div class=nav><a href=/>首页</a> &gt; <a href=/zc>政策文件</a></div>"
             "<div class=wrap><div class=rec><table>" GOV_RECORD_ROWS("l") "</table></div>"
             "<div class=rec2><table>" GOV_RECORD_ROWS("m") "</table></div>"
             "<div class=col><div class=share><a href=#>微信</a></div><div class=text>"
             "<h1>关于推进智能制造的通知</h1><p>各市（州）人民政府，省政府各厅委办、各直属机构：</p>"
             "<p>为加快推进制造业数字化转型，提升智能制造水平，经省政府同意，现就有关事项通知如下，"
             "请结合实际认真贯彻落实，各地要制定具体方案，明确责任分工，确保各项措施落到实处。</p>"
             "<p>一、加快建设智能工厂。支持骨干企业建设智能工厂和数字化车间，推广工业互联网平台应用，"
             "到2025年建成一批示范工厂，带动中小企业数字化改造，提高生产效率和产品质量。</p>"
             "<p>二、强化要素保障。各级财政要安排专项资金，金融机构要创新产品和服务，"
             "人才培养要与产业需求相衔接，为智能制造发展提供有力支撑。</p></div></div></div>");
    ls_article a;
    article_of("<title>关于推进智能制造的通知_某省人民政府</title>", body, &a);
    const char *t = a.text ? a.text : "";
    CHECK(!strncmp(t, "索 引 号： | 11220000/2024-00426\n", strlen("索 引 号： | 11220000/2024-00426\n")));
    CHECK_CONTAINS(t, "发文字号： | 某政发〔2024〕5号");
    CHECK_CONTAINS(t, "标 题： | 关于推进智能制造的通知"); /* the headline is in it */
    CHECK_CONTAINS(t, "二、强化要素保障");
    const char *again = strstr(t, "发文机关");
    CHECK(again && !strstr(again + 1, "发文机关")); /* written once */
    CHECK_NOT_CONTAINS(t, "政策文件");
    CHECK_STR_EQ(a.title, "关于推进智能制造的通知");
    ls_article_release(&a);
}

TEST(content_info_line_is_no_document_record)
{
    /* two labels above a news story: its info line, not a record */
    char body[4096];
    snprintf(body, sizeof body,
             "<div class=wrap><div class=info><span>发布日期：2024-05-01</span> "
             "<span>来源：新华网</span></div><div class=col><div class=text>%s</div></div></div>",
             PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK(!strncmp(a.text, "The first paragraph", 19));
    CHECK_STR_EQ(a.source, "新华网");
    ls_article_release(&a);
    /* 索引号 and 主题分类 are two labels (分类 ends the second), not three */
    snprintf(body, sizeof body,
             "<div class=wrap><div class=rec><span>索引号：000014349/2024-00031</span> "
             "<span>主题分类：工业、交通</span></div><div class=col><div class=text>%s</div></div></div>",
             PARAS);
    article_of("<title>T</title>", body, &a);
    CHECK(!strncmp(a.text, "The first paragraph", 19));
    ls_article_release(&a);
}

TEST(content_official_document_record_kept_in_place_is_written_once)
{
    /* the record is a sibling the article keeps (a long one, beside the
     * text in the same column): written where it is, once */
    char body[8192];
    snprintf(body, sizeof body,
             "<div class=col><table class=rec>" GOV_RECORD_ROWS("l")
             "<tr><td>主题分类：</td><td>工业、交通，信息产业，科技，其他（含新一代信息技术、"
             "高端装备、智能制造、工业互联网、数字孪生和边缘计算等领域的政策文件）</td></tr></table>"
             PAPER_BODY "</div>");
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "发文字号");
    const char *first = strstr(t, "发文字号");
    CHECK(first && !strstr(first + 1, "发文字号"));
    CHECK_CONTAINS(t, "七、附录");
    free(t);
}

TEST(extract_odd_records_datelines_and_credits_are_bounded)
{
    /* label-like cells before the article, a cell of ten thousand
     * <br>, credits boxes after it, labels with nothing after them: the
     * reads are bounded and the article comes out */
    ls_buf b;
    ls_buf_init(&b, 8u << 20);
    ls_buf_adds(&b, "<html><body><div><table>");
    for (int i = 0; i < 40; i++)
        ls_buf_addf(&b, "<tr><td>索引号：</td><td>发文字号：</td><td>成文日期：%d</td></tr>", i);
    ls_buf_adds(&b, "</table><div><table><tr><td>本报记者");
    for (int i = 0; i < 10000; i++)
        ls_buf_adds(&b, "<br>");
    ls_buf_addf(&b, "</td></tr></table>%s</div>", PARAS);
    for (int i = 0; i < 500; i++)
        ls_buf_adds(&b, "<div>编辑：</div><div>来源：</div>");
    ls_buf_adds(&b, "</div></body></html>");
    CHECK_INT_EQ(b.err, 0);
    ls_dom *d = parse(b.data);
    ls_article a;
    CHECK_INT_EQ(ls_extract(d, "https://example.cn/a.html", NULL, &a), 0);
    CHECK_CONTAINS(a.text, "The second paragraph");
    ls_article_release(&a);
    ls_dom_free(d);
    ls_buf_release(&b);
}

TEST(extract_headline_deep_in_boilerplate_is_bounded)
{
    /* a headline at the bottom of hundreds of nested boilerplate boxes,
     * with thousands of short lines above it: the scans above it stay
     * linear and the article comes out with its date */
    ls_buf b;
    ls_buf_init(&b, 8u << 20);
    ls_buf_adds(&b, "<html><head><title>Plant reopens</title></head><body>");
    for (int i = 0; i < 200; i++) /* under the DOM's depth limit */
        ls_buf_adds(&b, "<header><span>Menu</span>");
    for (int i = 0; i < 3000; i++)
        ls_buf_addf(&b, "<b>%d</b>", i);
    ls_buf_adds(&b, "<p>May 4, 2024</p><h1>Plant reopens</h1>");
    for (int i = 0; i < 200; i++)
        ls_buf_adds(&b, "</header>");
    ls_buf_addf(&b, "<article>%s</article></body></html>", PARAS);
    CHECK_INT_EQ(b.err, 0);
    ls_dom *d = parse(b.data);
    ls_article a;
    CHECK_INT_EQ(ls_extract(d, "https://site.example/a.html", NULL, &a), 0);
    CHECK_CONTAINS(a.text, "The second paragraph");
    CHECK_STR_EQ(a.published, "2024-05-04");
    ls_article_release(&a);
    ls_dom_free(d);
    ls_buf_release(&b);
}

TEST(content_author_bio_box_is_left_out)
{
    char body[4096];
    snprintf(body, sizeof body,
             "<div class=story>%s<div class=box><h3>About the author</h3><p>Jane Roe covers "
             "manufacturing and energy for the paper and has written about the region's plants "
             "for ten years.</p></div><div class=box2><p>作者简介：李明，长期关注工业互联网和智能制造，"
             "著有多部行业研究报告。</p></div><p>About the authors of the plan: the council named "
             "three engineers to lead it.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Jane Roe covers");
    CHECK_NOT_CONTAINS(t, "作者简介");
    CHECK_CONTAINS(t, "About the authors of the plan"); /* a sentence that starts alike */
    free(t);
}

TEST(content_folded_until_clicked_is_left_out)
{
    char body[8192];
    /* a list folded under its head (MediaWiki's collapsible box and the
     * older NavFrame), and a folded table: the heads stay, the rest is out */
    snprintf(body, sizeof body, "<div class=article>%s<div class='mw-collapsible mw-collapsed'>"
             "<div>曲目</div><div class=mw-collapsible-content><ol><li>Prologue</li><li>Sad "
             "Story</li></ol></div></div><div class='NavFrame collapsed'><div class=NavHead>"
             "特别嘉宾出演列表</div><div class=NavContent><table><tr><td>2001年1月31日</td>"
             "<td>两个男人</td></tr></table></div></div><table class='wikitable mw-collapsible "
             "mw-collapsed'><tr><th>Awards list</th></tr><tr><td>Golden Disc 2004</td></tr>"
             "</table><p>The third paragraph, after the folded boxes, closes the article "
             "with what the singer plans for next year.</p></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The first paragraph");
    CHECK_CONTAINS(t, "The third paragraph");
    CHECK_CONTAINS(t, "曲目");
    CHECK_CONTAINS(t, "特别嘉宾出演列表");
    CHECK_CONTAINS(t, "Awards list");
    CHECK_NOT_CONTAINS(t, "Sad Story");
    CHECK_NOT_CONTAINS(t, "两个男人");
    CHECK_NOT_CONTAINS(t, "Golden Disc");
    free(t);
    /* a box that is open ("mw-collapsible" alone) shows all of it */
    snprintf(body, sizeof body, "<div class=article>%s<div class=mw-collapsible><div>Tracks"
             "</div><div class=mw-collapsible-content><ol><li>Prologue</li><li>Sad Story</li>"
             "</ol></div></div></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "Sad Story");
    free(t);
}

TEST(content_references_after_the_article_stay)
{
    char body[8192];
    /* a journal's page: the paper, then its references in a box of their own */
    snprintf(body, sizeof body, "<div class=main><div id=paper>%s</div><div><p><b>参考文献</b>"
             "</p><table><tr><td>[1]</td><td>章炳林. C2C电子商务的物流配送问题研究[D]. 合肥: "
             "合肥工业大学, 2008.</td></tr><tr><td>[2]</td><td>张磊. 电子商务环境下物流配送路线"
             "优化研究[D]. 成都: 西南交通大学, 2008.</td></tr></table></div>"
             "<div><h3>More from the journal</h3><a href=/a>Issue 1</a> <a href=/b>Issue 2</a>"
             "</div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_CONTAINS(t, "参考文献");
    CHECK_CONTAINS(t, "章炳林");
    CHECK_NOT_CONTAINS(t, "Issue 2");
    free(t);
    snprintf(body, sizeof body, "<div class=main><div id=post>%s</div><div><h2>References</h2>"
             "<ul><li>Vogel AC, Black KJ. Brain Imaging in Routine Psychiatric Practice. Mo "
             "Med. 2024.</li></ul></div></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "Brain Imaging in Routine");
    free(t);
    /* a journal's back matter: acknowledgments, then references, each a
     * section of the box after the paper's body */
    snprintf(body, sizeof body, "<article><section class=body>%s</section><section class=back>"
             "<section><h2>Acknowledgments</h2><p>The authors thank the road authority for "
             "access to the bridge.</p></section><section><h2>References</h2><ul><li>Farrar "
             "C.R., Worden K. An introduction to structural health monitoring. 2007.</li></ul>"
             "</section></section></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "thank the road authority");
    CHECK_CONTAINS(t, "An introduction to structural health monitoring");
    free(t);
    /* the word opening a sentence is no heading */
    snprintf(body, sizeof body, "<div class=main><div id=post>%s</div><div><p><a href=/x>"
             "Notesbook</a> sale: <a href=/y>buy two</a></p></div></div>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "buy two");
    free(t);
}

TEST(content_post_heading_under_the_blog_name_is_the_title_once)
{
    /* no <title>: the blog's name in an h1, the post's headline in an h2
     * with the "- -" old blog software printed after it */
    char body[4096];
    snprintf(body, sizeof body, "<h1 class=title><a href=index.html>bjreader的博客</a></h1>"
             "<div class=entity><h2 class=diaryTitle>谁来为无序拆房“埋单”？- -</h2>"
             "<p>为拆一幢房，断送了三条人命。前天的这场惨剧发生得实在太突然，太震惊了。</p>"
             "<p>采访中，我们发现，一项建筑工程往往要经过层层转包，最后就落在了外地民工身上。"
             "安全意识的淡漠和违规操作，才是拆房工地事故频发的软肋所在。</p></div>");
    ls_article a;
    article_of("", body, &a);
    CHECK_STR_EQ(a.title, "谁来为无序拆房“埋单”？");
    CHECK(!strncmp(a.text, "为拆一幢房", strlen("为拆一幢房")));
    CHECK_NOT_CONTAINS(a.text, "埋单");
    ls_article_release(&a);
}

TEST(content_listing_of_cards_each_one_link)
{
    /* a catalogue page: a paragraph or two of introduction, then every
     * programme as one link around its name and a description of a few
     * sentences */
    static const char *const names[] = {"Chief Digital Officer", "Chief Product Officer",
                                        "Design and Manufacturing", "Biotechnology",
                                        "Data Science"};
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<div class=hero><h1>Certificate programs</h1><div class=intro><p>Award-"
                    "winning faculty, new tools, and a global reputation: our programmes "
                    "combine research, practice, and insight from industry leaders, online or "
                    "on campus, so that you can grow your career, your network, and your "
                    "skills without leaving your job, your town, or your team.</p><p>Each "
                    "programme runs for a year, with live sessions, projects, reviews, and a "
                    "final presentation, and counts, in full or in part, towards a degree, a "
                    "diploma, or a second certificate later on.</p></div></div><main>"
                    "<div class=list>");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        ls_buf_addf(&b, "<div class=item><a class=card href=/p%zu><h3>%s</h3><div class=blurb>"
                        "<p>Lead the work of a %s in a large organisation. Over twelve months "
                        "you study strategy, teams and budgets with faculty and peers, then "
                        "finish with a project of your own that you present to the class and "
                        "to a panel from the industry.</p></div></a></div>",
                    i, names[i], names[i]);
    /* a card in a hidden panel (a menu for small screens) stays a link */
    ls_buf_adds(&b, "</div></main><div class=panel hidden><a href=/m><p>Menu card: browse "
                    "every programme we teach, online and on campus, in one long list with "
                    "dates, prices, the faculty who teach each course and how to apply before "
                    "the deadline.</p></a></div>");
    char *body = ls_buf_detach(&b, NULL);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Chief Digital Officer");
    CHECK_CONTAINS(t, "Lead the work of a Biotechnology");
    CHECK_CONTAINS(t, "panel from the industry");
    CHECK_NOT_CONTAINS(t, "Menu card");
    free(t);
    free(body);
    /* an article's related stories, plain links, stay out */
    char page_body[4096];
    snprintf(page_body, sizeof page_body, "<div class=story>%s</div><ul><li><a href=/r1>Another "
             "story about the plant</a></li><li><a href=/r2>The town's budget</a></li></ul>",
             PARAS);
    t = extract_text(page_body);
    CHECK_CONTAINS(t, "The second paragraph");
    CHECK_NOT_CONTAINS(t, "Another story");
    free(t);
}

/* Chinese paragraphs for the platform layouts below */
#define ZH_STORY \
    "<p>随着新一代信息技术与制造业深度融合，智能制造正在成为推动工业转型升级的主攻方向。" \
    "许多企业开始在产线上部署传感器和边缘计算节点，实时采集设备运行数据。</p>" \
    "<p>在某汽车零部件工厂，工程师把三百多台机床接入工业互联网平台，停机时间下降了百分之" \
    "二十三，产品一次合格率提高到百分之九十九点二。</p>" \
    "<p>专家建议，地方政府应加大对中小企业数字化改造的支持力度，降低企业上云用数赋智的门槛。</p>"

TEST(content_account_calls_above_and_below_the_story_are_left_out)
{
    char body[8192];
    snprintf(body, sizeof body, "<div class=rich_media_content><section><p><span>点击上方蓝字 · "
             "关注我们</span></p></section>%s<p>未经正式授权严禁转载本文，侵权必究。</p><p>打开界面"
             "新闻APP，查看原文</p><p>分享、点赞、在看，给个三连击呗！</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "蓝字");
    CHECK_NOT_CONTAINS(a.html, "蓝字");
    CHECK_NOT_CONTAINS(a.text, "APP");
    CHECK_NOT_CONTAINS(a.text, "三连");
    CHECK_NOT_CONTAINS(a.text, "转载");
    ls_article_release(&a);
    /* an answer's time and where it was posted from */
    snprintf(body, sizeof body, "<div class=RichContent>%s<div class=ContentItem-time>编辑于 "
             "2024-02-27 09:30・IP 属地上海</div></div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "IP 属地");
    ls_article_release(&a);
}

TEST(content_credit_lines_above_a_chinese_story_are_metadata)
{
    char body[8192];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=lph-article-comView><p>导语："
             "当数字孪生从展厅走向车间，客户买单的是能闭环优化生产的仿真。</p><p>作者丨吴彤</p><p>编辑丨"
             "陈彩娴</p>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "吴彤");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "陈彩娴");
    CHECK_NOT_CONTAINS(a.text, "作者丨");
    CHECK_NOT_CONTAINS(a.text, "编辑丨");
    CHECK_NOT_CONTAINS(a.html, "陈彩娴");
    ls_article_release(&a);
    /* a university news page's line of many credits */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=arti-metas><span>供稿："
             "机械科学与工程学院</span> <span>作者：周宁</span> <span>摄影：刘畅</span> <span>编辑："
             "李婷</span> <span>审核：陈晓明</span> <span>发布时间：2024-06-03 15:20</span> <span>"
             "点击数：</span></div><div class=v_news_content>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "周宁");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "李婷");
    CHECK_NOT_CONTAINS(a.text, "供稿");
    ls_article_release(&a);
}

TEST(content_platform_notes_and_picture_credits_are_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<div class=mod-content><p style='text-align:center'>图片来源@视觉"
             "中国</p>%s<p><strong>今日好文推荐</strong></p><p><a href='/a'>工业大模型的一年</a>"
             "</p><p><a href='/b'>边缘计算的成本账</a></p><div class=source-info><p>本文分享自 边缘"
             "计算社区 微信公众号，前往查看</p><p>如有侵权，请联系 cloudcommunity@example.com 删除。"
             "</p><p>本文参与 腾讯云自媒体同步曝光计划 ，欢迎热爱写作的你一起参与！</p></div></div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "视觉中国");
    CHECK_NOT_CONTAINS(a.text, "好文推荐");
    CHECK_NOT_CONTAINS(a.text, "本文分享自");
    CHECK_NOT_CONTAINS(a.text, "侵权");
    CHECK_NOT_CONTAINS(a.text, "曝光计划");
    ls_article_release(&a);
}

TEST(content_credit_lines_under_a_chinese_story_are_metadata)
{
    char body[8192];
    snprintf(body, sizeof body, "<div class=article_content>%s<p>新京报记者 张璇</p><p>编辑 陈莉 "
             "校对 刘军</p><p>来源：新京报</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "张璇");
    CHECK_STR_EQ(a.source ? a.source : "(null)", "新京报");
    CHECK_NOT_CONTAINS(a.text, "张璇");
    CHECK_NOT_CONTAINS(a.text, "校对");
    CHECK_NOT_CONTAINS(a.text, "来源");
    ls_article_release(&a);
}

TEST(extract_qr_code_is_no_picture_of_the_story)
{
    /* a follow-us box at the article's end: its QR code is neither in the
     * HTML nor the lead image, whatever the text trims kept */
    const char *const boxes[] = {
        "<div class=ewm><img src='/img/ewm.jpg'><p>扫描二维码关注我们</p></div>",
        "<div><img src='/static/wx_qrcode.png'></div>",
        "<p><img src='/i/follow.png' alt='微信公众号二维码'></p>",
    };
    for (size_t k = 0; k < sizeof boxes / sizeof boxes[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<div class=text>%s%s</div>", ZH_STORY, boxes[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK(a.lead_image == NULL);
        CHECK_NOT_CONTAINS(a.html, "<img");
        ls_article_release(&a);
    }
    /* nor a counter's 1×1 beacon; a responsive picture declared 1×1 stays */
    {
        char body[4096];
        snprintf(body, sizeof body, "<div class=text>%s<img src='/pixel?id=9' width=1 height=1>"
                 "<p><img src='/p/hall.jpg' width=1 height=1 srcset='/p/hall-600.jpg 600w'></p>"
                 "</div>", ZH_STORY);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_NOT_CONTAINS(a.html, "pixel");
        CHECK_CONTAINS(a.html, "hall.jpg");
        ls_article_release(&a);
    }
    /* a picture given twice (a copy in <noscript> beside the lazy one) is
     * written once */
    {
        char body[4096];
        snprintf(body, sizeof body, "<div class=text>%s<figure><noscript><img src='/p/hall.jpg'>"
                 "</noscript><img class=thumb-image data-src='/p/hall.jpg'><figcaption>The hall"
                 "</figcaption></figure></div>", ZH_STORY);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        const char *first = strstr(a.html, "hall.jpg");
        CHECK(first && !strstr(first + 1, "hall.jpg"));
        ls_article_release(&a);
    }
    /* the story's own picture leads */
    char *got = lead_of("<img src='/p/qr-line.jpg'><img src='/img/ewm.jpg'>");
    CHECK_STR_EQ(got ? got : "(null)", "https://site.example/p/qr-line.jpg");
    free(got);
}

TEST(extract_labelled_date_below_the_post)
{
    /* a Q&A site's column: the post's time is printed under the text,
     * "编辑于" once it was edited */
    static const char *const lines[][2] = {
        {"编辑于 2024-03-06 09:00・IP 属地北京", "2024-03-06T09:00:00+08:00"},
        {"发布于 2024-03-05 10:21・IP 属地上海", "2024-03-05T10:21:00+08:00"},
    };
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<article><h1>边缘计算如何落地</h1><div class=AuthorInfo>张工"
                 "</div><div class=RichText>%s</div><div class=ContentItem-time>%s</div>"
                 "<div class=actions><button>赞同 128</button></div></article>", ZH_STORY,
                 lines[k][0]);
        ls_article a;
        article_of("<title>边缘计算如何落地 - 知乎</title>", body, &a);
        CHECK_STR_EQ(a.published ? a.published : "(null)", lines[k][1]);
        ls_article_release(&a);
    }
    /* an unlabelled date below the story is no date of its own (the next
     * story's, a comment's) */
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>边缘计算如何落地</h1><div class=RichText>%s</div>"
             "<div class=next>2024-03-06 09:00</div></article>", ZH_STORY);
    ls_article a;
    article_of("<title>边缘计算如何落地</title>", body, &a);
    CHECK(a.published == NULL);
    ls_article_release(&a);
}

TEST(extract_meta_source_loses_its_label)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区--科技--人民网</title>"
               "<meta name=source content='来源：人民网－人民日报'>", body, &a);
    CHECK_STR_EQ(a.source, "人民网－人民日报");
    ls_article_release(&a);
    article_of("<title>智能制造进入深水区</title><meta name=source content='新华社'>", body, &a);
    CHECK_STR_EQ(a.source, "新华社");
    ls_article_release(&a);
}

TEST(extract_login_in_meta_author_yields_to_reporter)
{
    /* a Chinese CMS writes the posting account into name=author */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><p class=author>本报记者  王小明</p>"
             "<div class=info>2024年05月01日08:12 | 来源：人民网</div><div class=text>%s</div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title><meta name=author content=wangwu>"
               "<meta name=publishdate content=2024-05-01>", body, &a);
    CHECK_STR_EQ(a.byline, "王小明");
    /* the day in metadata takes the time the page shows for it */
    CHECK_STR_EQ(a.published, "2024-05-01T08:12:00+08:00");
    ls_article_release(&a);
    /* with no one named on the page, the login is the last resort */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title><meta name=author content=wangwu>", body, &a);
    CHECK_STR_EQ(a.byline, "wangwu");
    ls_article_release(&a);
    /* a name in metadata is trusted as before */
    article_of("<title>智能制造进入深水区</title><meta name=author content='李红'>", body, &a);
    CHECK_STR_EQ(a.byline, "李红");
    ls_article_release(&a);
}

TEST(extract_login_in_jsonld_author_yields_to_the_by_line)
{
    char body[4096];
    snprintf(body, sizeof body, "<main><h1>Data centres and the grid</h1><p><span "
             "class=label>By</span> <a href='/author/james-whitfield/'>James Whitfield</a>, "
             "<a href='/author/aisha-khan/'>Aisha Khan</a></p>%s</main>", PARAS);
    const char *ld = "<title>Data centres and the grid</title><script "
                     "type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":"
                     "[{\"@type\":\"WebPage\",\"author\":{\"@id\":\"#p\"}},{\"@type\":"
                     "\"Person\",\"@id\":\"#p\",\"name\":\"webteam\"}]}</script>";
    ls_article a;
    article_of(ld, body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "James Whitfield, Aisha Khan");
    ls_article_release(&a);
    /* with no one named on the page, the login is the last resort */
    snprintf(body, sizeof body, "<main><h1>Data centres and the grid</h1>%s</main>", PARAS);
    article_of(ld, body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "webteam");
    ls_article_release(&a);
    /* a thread's poster is named by their login */
    snprintf(body, sizeof body, "<main><h1>Grid question</h1><div class=byline><a "
             "href='/author/moderator-team/'>Moderator Team</a></div>%s</main>", PARAS);
    article_of("<title>Grid question</title><script type='application/ld+json'>{\"@type\":"
               "\"DiscussionForumPosting\",\"author\":{\"@type\":\"Person\",\"name\":"
               "\"gridfan42\"}}</script>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "gridfan42");
    ls_article_release(&a);
}

TEST(extract_member_link_on_the_dated_line)
{
    char body[4096];
    /* a news feed's line: time, then the account linked to its page */
    snprintf(body, sizeof body, "<div class=article-content><h1>智能制造进入深水区</h1><div "
             "class=article-meta><span>原创</span><span>2024-05-01 10:23</span><span>·</span>"
             "<span class=name><a href='/c/user/token/MS4wLjAB/'>机器之心Pro</a></span>"
             "<span>·</span><span>北京</span></div><article>%s</article></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区 - 今日头条</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "机器之心Pro");
    ls_article_release(&a);
    /* a blog's name above the date, its avatar linked first */
    snprintf(body, sizeof body, "<section><h1>智能制造进入深水区</h1><div><a href='/u/abc123'>"
             "<img src=/avatar.jpg alt=''></a><div><div><span><a href='/u/abc123'>码农老李</a>"
             "</span><button>关注</button></div><div><time>2024.05.01 10:23:00</time><span>"
             "字数 1,024</span></div></div></div><article>%s</article></section>", ZH_STORY);
    article_of("<title>智能制造进入深水区 - 简书</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "码农老李");
    ls_article_release(&a);
    /* an author named in words at the story's end comes first: the account
     * reposted the story */
    snprintf(body, sizeof body, "<div class=article-content><h1>智能制造进入深水区</h1><div "
             "class=article-meta><span>2024-05-01 10:23</span><span class=name><a "
             "href='/member/1234.html'>工业智能观察</a></span></div><div class=text>%s<p>本文来自"
             "微信公众号：工业智能观察（ID：gyznc），作者：陈晨</p></div></div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "陈晨");
    CHECK_STR_EQ(a.source ? a.source : "(null)", "微信公众号：工业智能观察");
    ls_article_release(&a);
    /* a member link that is no poster's (a login link) names no one, and a
     * line without a date takes no member */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div><a href='/user/login'>登录</a>"
             "</div><div>2024-05-01 10:23</div><article>%s</article>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(extract_platform_disclaimer_ends_no_text)
{
    static const char *const notes[] = {
        "本文来自腾讯新闻客户端创作者，不代表腾讯新闻的观点和立场。",
        "声明：本文仅代表作者本人观点，不代表本站立场。",
        /* a long one, over 200 bytes though under 200 characters */
        ("本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点"
         "或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。"),
    };
    for (size_t k = 0; k < sizeof notes / sizeof notes[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=wrap><div "
                 "class=content-article>%s<div>举报/反馈</div></div></div><div "
                 "class=read-source>%s</div>", ZH_STORY, notes[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_NOT_CONTAINS(a.text, "代表");
        CHECK_NOT_CONTAINS(a.text, "举报");
        CHECK_CONTAINS(a.text, "门槛");
        ls_article_release(&a);
    }
    /* nor does the disclaimer name the story's source ("本文来自…") or its
     * author ("…创作者") */
    {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=content-article>%s"
                 "</div><div class=read-source>%s</div>", ZH_STORY, notes[0]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK(a.source == NULL);
        CHECK(a.byline == NULL);
        ls_article_release(&a);
    }
    /* a sentence of the story that says so is kept */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>他强调，这一"
             "数字并不代表行业的整体水平。</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "并不代表行业的整体水平");
    ls_article_release(&a);
}

TEST(extract_no_advice_and_no_views_notices_end_no_text)
{
    /* a finance page's notices under the story: it gives no advice */
    static const char *const notes[] = {
        "以上内容仅供参考，不构成投资建议。",
        "股市有风险，投资需谨慎。",
        "网站上所有的资料或讯息仅作为参考之用，并不是任何投资建议。",
        "This article is for information only and does not constitute investment advice.",
        /* nor are its views the site's */
        "The findings, interpretations, and conclusions expressed in this blog are entirely "
        "those of the authors. They do not necessarily represent the views of the World Bank.",
        "The views expressed by the authors of this blog are their own and do not necessarily "
        "reflect the views of APNIC.",
        /* (a long one: English runs longer than Chinese) */
        "The findings, interpretations, and conclusions expressed in this blog are entirely "
        "those of the authors. They do not necessarily represent the views of the World Bank "
        "and its affiliated organizations, or those of the Executive Directors of the World "
        "Bank or the governments they represent.",
    };
    for (size_t k = 0; k < sizeof notes / sizeof notes[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>%s</p>"
                 "</div>", ZH_STORY, notes[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_NOT_CONTAINS(a.text, notes[k]);
        CHECK_CONTAINS(a.text, "门槛");
        ls_article_release(&a);
    }
    /* advice the story gives, or talks about, stays */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>分析师给出的"
             "投资建议是逢低分批买入工业软件龙头。</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "投资建议是逢低分批买入");
    ls_article_release(&a);
    /* a story's own sentence about views stays */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>These survey "
             "numbers do not necessarily reflect what every plant manager thinks.</p></div>",
             ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "do not necessarily reflect what every plant manager thinks");
    ls_article_release(&a);
    /* a rating widget's call is no text */
    char *t = extract_text("<article><p>Edge gateways read the old PLCs over Modbus and publish "
                           "their tags over MQTT for the plant's historian.</p><p>The historian "
                           "and the new analytics share one source of truth from then on, which "
                           "keeps the twin honest.</p><div class=rating>Rate this article</div>"
                           "</article>");
    CHECK_NOT_CONTAINS(t, "Rate this");
    free(t);
}

TEST(extract_title_that_is_the_papers_name_gives_way_to_the_headline)
{
    /* a paper's e-edition titles every page with its name, which its logo
     * says too: the page's lone <h1> is the story's title */
    char body[4096];
    snprintf(body, sizeof body, "<div class=header><a href='/'><img src=logo.png "
             "alt=经济日报></a></div><div class=main><h1>边缘计算加速走向工厂车间</h1><div "
             "id=ozoom>%s</div></div>", ZH_STORY);
    ls_article a;
    article_of("<title>经济日报</title>", body, &a);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "边缘计算加速走向工厂车间");
    CHECK_STR_EQ(a.site_name ? a.site_name : "(null)", "经济日报");
    ls_article_release(&a);
    /* a <title> that is more than the logo's name stays the title */
    snprintf(body, sizeof body, "<div class=header><a href='/'><img src=logo.png "
             "alt=经济日报></a></div><div class=main><h1>要闻</h1><div id=ozoom>%s</div></div>",
             ZH_STORY);
    article_of("<title>边缘计算加速走向工厂车间_经济日报</title>", body, &a);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "边缘计算加速走向工厂车间");
    ls_article_release(&a);
    /* an e-edition's logo leads to its first page, not the front: named a
     * logo, it names the paper all the same; the page's editors under the
     * story are no text */
    snprintf(body, sizeof body, "<div class=header><a class=logo "
             "href='/pc/layout/202405/22/node_01.html'><img src=/static/logo.png alt=经济日报></a>"
             "</div><div class=main><h1>边缘计算加速走向工厂车间</h1><div id=ozoom>%s<p>本版编辑"
             "　孙　昊　　美　编　王子萱</p></div></div>", ZH_STORY);
    article_of("<title>经济日报</title>", body, &a);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "边缘计算加速走向工厂车间");
    CHECK_NOT_CONTAINS(a.text, "本版编辑");
    ls_article_release(&a);
    /* a logo named so that leads off the site names no site */
    snprintf(body, sizeof body, "<div class=header><a class=logo href='https://partner.example/'>"
             "<img src=/static/logo.png alt=合作伙伴></a></div><div class=main><h1>边缘计算加速走向"
             "工厂车间</h1><div id=ozoom>%s</div></div>", ZH_STORY);
    article_of("<title>边缘计算加速走向工厂车间</title>", body, &a);
    CHECK(a.site_name == NULL || strcmp(a.site_name, "合作伙伴"));
    ls_article_release(&a);
}

TEST(extract_video_platforms_furniture_is_no_text)
{
    /* a channel's article: a caption pointing at the video above is no
     * title and no text; a player's notice, "展开" and "收起" are controls;
     * "为你推荐" over a row of other videos goes with it; publish_time
     * dates the page */
    char body[8192];
    snprintf(body, sizeof body, "<div class=video-box><p>您的浏览器暂不支持播放此视频</p></div>"
             "<div class=rich_media_content><p style='text-align:center'><strong>▲ 点击上方视频号"
             "观看完整解读</strong></p>%s<div class=fold>展开</div><div class=fold>收起</div></div>"
             "<div class=rec><h3>为你推荐</h3><ul><li><a href='/v/1'>工业机器人拆解第二期</a></li><li>"
             "<a href='/v/2'>边缘网关选型指南</a></li></ul></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title><meta name=publish_time content='2024-02-20 "
               "18:00:12'>", body, &a);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "智能制造进入深水区");
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-02-20T18:00:12+08:00");
    CHECK_NOT_CONTAINS(a.text, "点击上方");
    CHECK_NOT_CONTAINS(a.text, "暂不支持");
    CHECK_NOT_CONTAINS(a.text, "展开");
    CHECK_NOT_CONTAINS(a.text, "收起");
    CHECK_NOT_CONTAINS(a.text, "为你推荐");
    CHECK_CONTAINS(a.text, "门槛");
    ls_article_release(&a);
    /* the client a post was sent from is no source: "来自 微博 weibo.com" */
    snprintf(body, sizeof body, "<h1>固态电池量产时间表曝光</h1><div class=from>24-3-18 14:25 来自 "
             "微博 weibo.com</div><div class=text>%s</div>", ZH_STORY);
    article_of("<title>微博正文</title>", body, &a);
    CHECK(a.source == NULL);
    ls_article_release(&a);
}

TEST(extract_answers_stamps_of_origin_are_no_text)
{
    /* a question's answers, each with its time and where it was sent from */
    char body[8192];
    snprintf(body, sizeof body, "<div class=List><div class=List-item><div class=RichContent>%s"
             "<div class=ContentItem-time>编辑于 2024-05-11 17:12・IP 属地北京</div></div></div>"
             "<div class=List-item><div class=RichContent><p>第二个回答认为，边缘推理芯片的功耗"
             "才是工厂选型时最先考虑的指标，算力反而其次，这一点在产线改造中尤其明显。</p><div "
             "class=ContentItem-time>发布于 2024-05-12 09:30・IP 属地上海</div></div></div></div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>边缘推理芯片怎么选？ - 知乎</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "IP 属地");
    CHECK_CONTAINS(a.text, "门槛");
    ls_article_release(&a);
}

TEST(extract_outlet_before_the_reporters_is_no_name)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=artInfo><span "
             "id=author_baidu>文｜财新 张三 李四</span><span>2024年05月01日 10:23</span></div>"
             "<div class=text>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区_经济频道_财新网</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "张三 李四");
    ls_article_release(&a);
    /* a name that merely starts like the site stays whole */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=artInfo><span "
             "id=author_baidu>文｜财新闻 张三</span></div><div class=text>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区_经济频道_财新网</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "财新闻 张三");
    ls_article_release(&a);
    /* a publication's name before the reporters, whatever the site */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=artInfo><span "
             "id=author_baidu>文｜财新周刊 周信 刘沛林</span></div><div class=text>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "周信 刘沛林");
    ls_article_release(&a);
    /* a blog's name before its owner's login is the byline as written */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=artInfo><span "
             "class=author>藍天_博客 (lantian)</span></div><div class=text>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title><meta property=og:site_name content='藍天_博客'>",
               body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "藍天_博客 (lantian)");
    ls_article_release(&a);
}

TEST(extract_account_post_tail_ends_no_text)
{
    /* a post reposted from an account ends with its end mark, a call to
     * scan its code and the heading of its past posts */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=content>%s<p style="
             "'text-align:center'><img src=/qr.jpg alt=''></p><p>扫描二维码，关注我们</p><p>"
             "— END —</p><p><strong>往期回顾：</strong></p><p><a href=/a/1>工业互联网平台建设"
             "提速</a></p><p><a href=/a/2>边缘计算市场规模突破千亿元</a></p><p>点击“阅读原文”，"
             "了解更多</p><p>点个“在看”，让更多人看到</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(a.text && strlen(a.text) > strlen("门槛。")
          && !strcmp(a.text + strlen(a.text) - strlen("门槛。"), "门槛。"));
    ls_article_release(&a);
    /* an English page's code that ends with END keeps it */
    article_of("<title>Stored procedures</title>",
               "<h1>Stored procedures</h1><article><p>The first paragraph explains, at some "
               "length, what a stored procedure is, why a team would write one, and what the "
               "database does with it.</p><pre>CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND"
               "</pre></article>", &a);
    CHECK(a.text && !strcmp(a.text + strlen(a.text) - 3, "END"));
    ls_article_release(&a);
}

TEST(extract_editors_note_ahead_of_the_article_is_kept)
{
    static const char *const notes[][2] = {
        {"<p>【编者按】智能制造是制造强国建设的主攻方向。本报推出系列报道。</p>", "编者按"},
        {"<p><b>导语：</b>边缘计算正在走进工厂。</p>", "边缘计算正在走进工厂"},
        {"<p>Editor's note: this story was updated on May 2.</p>", "this story was updated"},
    };
    for (size_t k = 0; k < sizeof notes / sizeof notes[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<div class=article><h1>智能制造进入深水区</h1><div "
                 "class=note>%s</div><div class=text>%s</div></div>", notes[k][0], ZH_STORY);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_CONTAINS(a.text, notes[k][1]);
        ls_article_release(&a);
    }
    /* a box ahead of the article that is no such note stays out */
    char body[4096];
    snprintf(body, sizeof body, "<div class=article><h1>智能制造进入深水区</h1><div class=note>"
             "<p>订阅我们的周报，每周一期。</p></div><div class=text>%s</div></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "订阅");
    ls_article_release(&a);
}

TEST(extract_chinese_counters_are_no_text)
{
    /* a question's counters between the question and its answers */
    char body[4096];
    snprintf(body, sizeof body, "<div class=q><h1>边缘网关怎么选型？</h1><div class=detail><p>"
             "我们厂准备上一批边缘网关，请问大家选型时主要看哪些指标？</p></div><div class=status>"
             "关注者 128 被浏览 35,201</div><div class=text>%s</div><div class=bar>阅读 3.2万 · "
             "评论 12</div></div><div class=side><h3>相关问题</h3><ul><li><a href=/q/1>网关和PLC"
             "有什么区别</a></li><li><a href=/q/2>工业网关推荐</a></li></ul></div>", ZH_STORY);
    ls_article a;
    article_of("<title>边缘网关怎么选型？</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "被浏览");
    CHECK_NOT_CONTAINS(a.text, "3.2万");
    CHECK_NOT_CONTAINS(a.text, "相关问题");
    CHECK_CONTAINS(a.text, "门槛");
    ls_article_release(&a);
    /* a sentence with numbers and those words stays */
    snprintf(body, sizeof body, "<div class=text>%s<p>阅读 3 本书</p></div>", ZH_STORY);
    article_of("<title>t</title>", body, &a);
    CHECK_CONTAINS(a.text, "阅读 3 本书");
    ls_article_release(&a);
}

TEST(extract_date_of_a_row_in_a_list_of_links_is_the_rows)
{
    /* a repository's page: its files, each with its last change, above
     * the README */
    const char *body = "<table><tr><td><a href=/src>src</a></td><td><a href=/c/1>Add S7 driver"
                       "</a></td><td>2 days ago</td></tr><tr><td><a href=/README.md>README.md</a>"
                       "</td><td><a href=/c/2>docs: usage</a></td><td>2024-04-20</td></tr></table>"
                       "<article><h1>edgegw</h1><p>edgegw reads industrial protocols at the edge and "
                       "publishes the values over MQTT. It runs on a small ARM board and keeps "
                       "working when the network drops, which a plant's network often does.</p>"
                       "<p>Write a config file that lists the devices and the tags to read, then "
                       "start the service with the file as its only argument.</p></article>";
    ls_article a;
    article_of("<title>acme/edgegw</title>", body, &a);
    CHECK(a.published == NULL);
    ls_article_release(&a);
    /* a dateline in a table of its own (one row, or rows without links) is
     * the story's */
    body = "<table><tr><td>2024-05-01　来源：本站</td></tr><tr><td>作者：刘强</td></tr></table>"
           "<h1>智能制造进入深水区</h1><div>" ZH_STORY "</div>";
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-05-01");
    ls_article_release(&a);
}

TEST(content_sign_up_box_around_a_form_is_no_text)
{
    /* a newsletter's box in the post: its invitation and the form */
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Plant</h1><div class=body>%s<div class=widget><p>"
             "Thanks for reading Factory Notes! Subscribe for free to receive new posts.</p>"
             "<form><input type=email placeholder=Email><button>Subscribe</button></form></div>"
             "<p>Next week: what the maintenance crew thought of the new sensors on line two."
             "</p></div></article>", PARAS);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "Thanks for reading");
    CHECK_CONTAINS(a.text, "Next week");
    CHECK_CONTAINS(a.text, "The second paragraph");
    ls_article_release(&a);
    /* a search box's block is no sign-up: its text stays */
    snprintf(body, sizeof body, "<article><h1>Plant</h1><div class=body>%s<div class=box><p>"
             "The plant's records are open to the public, and anyone may look them up.</p>"
             "<form><input type=text name=q></form></div></div></article>", PARAS);
    article_of("<title>Plant</title>", body, &a);
    CHECK_CONTAINS(a.text, "records are open to the public");
    ls_article_release(&a);
}

TEST(extract_site_named_by_title_and_host_over_publisher)
{
    /* JSON-LD's publisher is the organisation behind the site; the title
     * names the site, and so does the host (site.example) */
    char body[2048];
    snprintf(body, sizeof body, "<h1>Headline</h1><article>%s</article>", PARAS);
    ls_article a;
    article_of("<title>Headline - Site</title><script type='application/ld+json'>{\"@type\":"
               "\"Article\",\"headline\":\"Headline\",\"publisher\":{\"@type\":\"Organization\","
               "\"name\":\"Example Holdings Ltd\"}}</script>", body, &a);
    CHECK_STR_EQ(a.site_name, "Site");
    ls_article_release(&a);
    /* a title's last piece that is not the host's name leaves the publisher */
    article_of("<title>Headline - Weekly Digest</title><script type='application/ld+json'>"
               "{\"@type\":\"Article\",\"headline\":\"Headline\",\"publisher\":{\"@type\":"
               "\"Organization\",\"name\":\"Example Holdings Ltd\"}}</script>", body, &a);
    CHECK_STR_EQ(a.site_name, "Example Holdings Ltd");
    ls_article_release(&a);
}

TEST(extract_blog_named_before_a_colon_and_timed_in_an_abbr)
{
    /* an old blog template: "Blog: Post" in the <title>, the blog's name
     * an h1 linking home, the post's time in an <abbr> marked
     * datePublished under its day's header */
    char body[4096];
    snprintf(body, sizeof body, "<div class=header><h1 class=title><a href='https://site.example/'>"
             "Shop Floor Notes</a></h1></div><h2 class=date-header>Wednesday, May 1, 2024</h2>"
             "<div class='post hentry'><h3 class=post-title>Retrofitting a lathe</h3><div "
             "class=post-body>%s</div><div class=post-footer>Posted by Marta at <abbr "
             "itemprop=datePublished title='2024-05-01T09:12:00+02:00'>9:12 AM</abbr></div>"
             "</div>", PARAS);
    ls_article a;
    article_of("<title>Shop Floor Notes: Retrofitting a lathe</title><meta property=og:title "
               "content='Retrofitting a lathe'>", body, &a);
    CHECK_STR_EQ(a.title, "Retrofitting a lathe");
    CHECK_STR_EQ(a.site_name ? a.site_name : "(none)", "Shop Floor Notes");
    CHECK_STR_EQ(a.published ? a.published : "(none)", "2024-05-01T09:12:00+02:00");
    ls_article_release(&a);
    /* a colon in a headline ("Review: …") names no site without the
     * heading linking home */
    snprintf(body, sizeof body, "<h1>Lathes</h1><h2>A lathe</h2><article>%s</article>", PARAS);
    article_of("<title>Lathes: A lathe</title>", body, &a);
    CHECK(a.site_name == NULL);
    ls_article_release(&a);
}

TEST(content_heading_of_left_out_furniture_goes)
{
    /* an encyclopedia's table of contents: its links are left out, and so
     * is its heading; the sections' own headings stay */
    const char *body =
        "<div class=main><h1>数字孪生</h1><div class=summary><p>数字孪生是充分利用物理模型、传感器"
        "更新、运行历史等数据，集成多学科、多物理量的仿真过程，在虚拟空间中完成映射。</p></div>"
        "<div class=catalog><h2>目录</h2><ol><li><a href=#1>发展历程</a></li><li><a href=#2>技术"
        "特点</a></li></ol></div><h2>发展历程</h2><p>数字孪生的概念最早出现于2003年，由格里夫斯教授"
        "在产品全生命周期管理课程上提出，此后被引入航天飞行器的健康维护等问题中。</p><h2>技术特点"
        "</h2><p>数字孪生具有互操作性、可扩展性、实时性、保真性和闭环性等特点，能够在工业设计、生产"
        "制造和运维服务中发挥作用。</p></div>";
    ls_article a;
    article_of("<title>数字孪生_百科</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "目录");
    CHECK_NOT_CONTAINS(a.html, "目录");
    CHECK_CONTAINS(a.text, "发展历程\n\n数字孪生的概念");
    CHECK_CONTAINS(a.text, "技术特点");
    ls_article_release(&a);
    /* a heading of another name over links that were left out stays (a
     * list of brands: the labels of its items) */
    char body2[4096];
    snprintf(body2, sizeof body2, "<article><h1>Plant</h1>%s<h2>Our partners</h2><ul><li><a "
             "href=/a>Acme</a></li><li><a href=/b>Globex</a></li></ul><h2>What comes next</h2>"
             "<p>The plant will add a third line next year, and hire forty more people to run it "
             "around the clock.</p></article>", PARAS);
    article_of("<title>Plant</title>", body2, &a);
    CHECK_CONTAINS(a.text, "Our partners");
    CHECK_CONTAINS(a.text, "What comes next");
    ls_article_release(&a);
    /* a furniture label that opens the text stays */
    snprintf(body2, sizeof body2, "<article><h2>Contents</h2>%s</article>", PARAS);
    article_of("<title>Plant</title>", body2, &a);
    CHECK_CONTAINS(a.text, "Contents");
    ls_article_release(&a);
}

TEST(content_read_aloud_button_is_a_control)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=text><p>数字孪生是充分利用物理模型、传感器更新、运行"
             "历史等数据的仿真过程。</p><div class=para-title><h2>发展历程</h2><span>播报</span><span>"
             "</span></div>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>数字孪生</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "播报");
    CHECK_CONTAINS(a.text, "发展历程");
    ls_article_release(&a);
}

TEST(extract_amp_page_images_are_pictures)
{
    /* an AMP page draws its pictures with <amp-img>, by a script the
     * reader does not run */
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Plant</h1><amp-img src='/img/plant.jpg' "
             "width=1200 height=800 layout=responsive alt='The compressor hall'></amp-img>%s"
             "</article>", PARAS);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    CHECK_STR_EQ(a.lead_image ? a.lead_image : "(none)", "https://site.example/img/plant.jpg");
    CHECK_CONTAINS(a.html, "<img src=\"https://site.example/img/plant.jpg\" alt=\"The compressor "
                           "hall\">");
    ls_article_release(&a);
}

TEST(extract_page_drawn_by_script_takes_the_jsonld_body)
{
    /* the page's body is a script's mount point; its JSON-LD carries the
     * article's text, paragraphs a line each, markup in it text */
    const char *ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                     "\"headline\":\"Plant\",\"articleBody\":\"The first paragraph explains, "
                     "at some length, what happened at the plant and why it matters.\\nThe "
                     "second paragraph adds numbers, quotes and context: 3 < 4 & <b>.\"}</script>";
    char head[1024];
    snprintf(head, sizeof head, "<title>Plant</title>%s", ld);
    ls_article a;
    article_of(head, "<div id=root><div class=loading>Loading...</div></div>", &a);
    CHECK_STR_EQ(a.text, "The first paragraph explains, at some length, what happened at the "
                         "plant and why it matters.\n\nThe second paragraph adds numbers, quotes "
                         "and context: 3 < 4 & <b>.");
    CHECK_CONTAINS(a.html, "<p>The second paragraph adds numbers, quotes and context: 3 &lt; 4 "
                           "&amp; &lt;b&gt;.</p>");
    ls_article_release(&a);
    /* HTML written into the body leaves its paragraphs */
    snprintf(head, sizeof head, "<title>Plant</title><script type='application/ld+json'>{"
             "\"@type\":\"NewsArticle\",\"articleBody\":\"<p>The first paragraph explains, at "
             "some length, what happened at the <b>plant</b>.</p><p>The second paragraph adds "
             "numbers, quotes and context for the reader.</p>\"}</script>");
    article_of(head, "<div id=root></div>", &a);
    CHECK_STR_EQ(a.text, "The first paragraph explains, at some length, what happened at the "
                         "plant.\n\nThe second paragraph adds numbers, quotes and context for the "
                         "reader.");
    ls_article_release(&a);
    /* a page that shows its text keeps what it shows */
    snprintf(head, sizeof head, "<title>Plant</title>%s", ld);
    article_of(head, "<article><h1>Plant</h1><p>The page's own first paragraph, which the page "
               "shows to every reader, at some length and with its commas.</p><p>The page's "
               "second paragraph, with numbers, quotes and context.</p></article>", &a);
    CHECK_CONTAINS(a.text, "The page's own first paragraph");
    CHECK_NOT_CONTAINS(a.text, "3 < 4");
    ls_article_release(&a);
    /* a paywall's teaser: the page shows the body's first paragraphs */
    char big[4096];
    snprintf(big, sizeof big, "<title>Plant</title><script type='application/ld+json'>{"
             "\"@type\":\"NewsArticle\",\"articleBody\":\"The compressor plant reopened on "
             "Monday after a month of repairs, its owner said.\\nAll three lines run again, and "
             "the first shipments left on Tuesday morning.\\nThe repairs cost about four million "
             "dollars, most of it for the new turbine and its controls.\\nInsurers will pay "
             "part of the bill, according to a filing with the regulator.\\nThe plant employs "
             "two hundred people and supplies most of the region's gas.\"}</script>");
    article_of(big, "<article><h1>Plant</h1><p>The compressor plant reopened on Monday after a "
               "month of repairs, its owner said.</p><p>All three lines run again, and the first "
               "shipments left on Tuesday morning.</p><div class=paywall-inline-tout><p>Subscribe "
               "now for unlimited access.</p></div></article>", &a);
    CHECK_CONTAINS(a.text, "supplies most of the region's gas");
    CHECK_NOT_CONTAINS(a.text, "Subscribe");
    ls_article_release(&a);
}

TEST(extract_page_drawn_by_script_takes_its_data)
{
    /* no JSON-LD body: the longest HTML of paragraphs in a script's data,
     * as Next.js writes it (with '<' escaped) and as a store's state */
    static const char *const scripts[] = {
        "<script id=__NEXT_DATA__ type=application/json>{\"props\":{\"pageProps\":{"
        "\"teaser\":\"\\u003cp\\u003eShort.\\u003c/p\\u003e\",\"article\":{\"content\":"
        "\"\\u003cp\\u003eThe first paragraph explains, at some length, what happened at the "
        "plant and why it matters \\u0026amp; more.\\u003c/p\\u003e\\u003cp\\u003eThe second "
        "paragraph adds numbers, quotes and context.\\u003c/p\\u003e\"}}}}</script>",
        "<script>window.__INITIAL_STATE__={\"article\":{\"content\":\"<p>The first paragraph "
        "explains, at some length, what happened at the plant and why it matters &amp; "
        "more.</p><p>The second paragraph adds numbers, quotes and context.</p>\"}};"
        "(function(){}());</script>"};
    for (size_t k = 0; k < sizeof scripts / sizeof scripts[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<div id=root></div>%s", scripts[k]);
        ls_article a;
        article_of("<title>Plant</title>", body, &a);
        CHECK_STR_EQ(a.text, "The first paragraph explains, at some length, what happened at "
                             "the plant and why it matters & more.\n\nThe second paragraph "
                             "adds numbers, quotes and context.");
        ls_article_release(&a);
        /* a page that shows its text keeps it */
        snprintf(body, sizeof body, "<article><h1>Plant</h1>%s</article>%s", PARAS, scripts[k]);
        article_of("<title>Plant</title>", body, &a);
        CHECK_NOT_CONTAINS(a.text, "why it matters & more");
        CHECK_CONTAINS(a.text, "The first paragraph explains");
        ls_article_release(&a);
    }
}

TEST(extract_hostile_script_data_is_no_text)
{
    /* nesting past any sane depth, a broken object, a string that never
     * ends: nothing is read, nothing breaks */
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    ls_buf_adds(&b, "<div id=root></div><script>window.s={\"a\":");
    for (int i = 0; i < 20000; i++)
        ls_buf_addc(&b, '[');
    ls_buf_adds(&b, "\"<p>deep</p>\"");
    for (int i = 0; i < 20000; i++)
        ls_buf_addc(&b, ']');
    ls_buf_adds(&b, "};</script><script>var x={\"content\":\"<p>never closed paragraph that "
                    "goes on and on with no end to its string or its object, long enough");
    for (int i = 0; i < 40; i++)
        ls_buf_adds(&b, " to pass the length a script must have");
    ls_buf_adds(&b, "</script>");
    char *body = ls_buf_detach(&b, NULL);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    CHECK_STR_EQ(a.text, "");
    ls_article_release(&a);
    free(body);
}

TEST(extract_text_from_script_data_holds_no_controls)
{
    /* a page drawn by script: the story is JSON-LD's articleBody, whose
     * escapes decode to a bell, a terminal's escape and a direction
     * override that no page decoder has seen */
    static const char head[] =
        "<title>Shell</title><script type=application/ld+json>{\"@type\":\"NewsArticle\","
        "\"headline\":\"Robots\",\"articleBody\":\"Industrial robot makers spent most of the past "
        "decade chasing faster arms and finer grippers, and the buyers followed them. Industrial "
        "robot makers spent most of the past decade chasing faster arms and finer grippers. "
        "\\nBell\\u0007 escape\\u001b[31m red, override \\u202egpj.exe and an isolate "
        "\\u2066x\\u2069 end.\"}</script>";
    ls_article a;
    article_of(head, "<div id=app></div>", &a);
    CHECK_CONTAINS(a.text, "Bell escape[31m red, override gpj.exe and an isolate x end.");
    for (const char *t = a.text; *t; t++)
        CHECK((unsigned char)*t >= 0x20 || *t == '\n' || *t == '\t');
    CHECK_NOT_CONTAINS(a.text, "\u202e");
    CHECK_NOT_CONTAINS(a.html, "\u202e");
    CHECK_NOT_CONTAINS(a.html, "\u2066");
    ls_article_release(&a);
    /* an override in the page's own text goes too */
    char *t = extract_text("<article><p>Plant managers said the new scheduling software paid "
                           "for itself within a year, by cutting idle time.</p><p>Open "
                           "invoice\u202egpj.exe to see the figures for the welding lines and the "
                           "paint shop.</p></article>");
    CHECK_CONTAINS(t, "invoicegpj.exe");
    free(t);
}

TEST(extract_markup_in_a_script_body_is_read_once)
{
    /* a JSON-LD body written as HTML: its script is no text, its escaped
     * "&lt;br&gt;" is text, and each reference is read once */
    static const char head[] =
        "<title>Shell</title><script type=application/ld+json>{\"@type\":\"NewsArticle\","
        "\"headline\":\"Robots\",\"articleBody\":\"<p>Industrial robot makers spent most of the "
        "past decade chasing faster arms and finer grippers, and the buyers followed them into "
        "every plant.</p><script>var tracking = 1;<\\/script><style>p{color:red}</style><p>The "
        "&lt;br&gt; tag and Caf&eacute; cr&egrave;me.</p>\"}</script>";
    ls_article a;
    article_of(head, "<div id=app></div>", &a);
    CHECK_CONTAINS(a.text, "every plant.\n\nThe <br> tag and Caf\u00e9 cr\u00e8me.");
    CHECK_NOT_CONTAINS(a.text, "tracking");
    CHECK_NOT_CONTAINS(a.text, "color");
    CHECK_CONTAINS(a.html, "<p>The &lt;br&gt; tag and Caf\u00e9 cr\u00e8me.</p>");
    ls_article_release(&a);
}

TEST(extract_what_a_browser_never_shows_is_no_text)
{
    char *t = extract_text("<article><p>Plant managers said the new scheduling software paid "
                           "for itself within a year, by cutting idle time on the lines.</p>"
                           "<noembed>Fallback text a browser never shows</noembed><noframes>"
                           "Frames fallback</noframes><p>The second paragraph goes on about the "
                           "welding lines and the paint shop for a while.</p></article>");
    CHECK_NOT_CONTAINS(t, "Fallback text");
    CHECK_NOT_CONTAINS(t, "Frames fallback");
    CHECK_CONTAINS(t, "The second paragraph");
    free(t);
}

TEST(extract_platform_account_gives_way_to_the_writer_named)
{
    const char *const accounts[] = {"<span class=author-verify>中国电子报官方账号</span>",
                                    "<a class=author-name href='/developer/user/1'>边缘计算社区</a>"};
    for (size_t k = 0; k < sizeof accounts / sizeof accounts[0]; k++) {
        char body[8192];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=author>%s</div><div "
                 "class=text><p>文丨中国电子报记者 张心怡</p>%s</div>", accounts[k], ZH_STORY);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_STR_EQ(a.byline ? a.byline : "(null)", "张心怡");
        ls_article_release(&a);
    }
}

TEST(extract_blog_name_heading_is_no_title)
{
    char body[8192];
    snprintf(body, sizeof body, "<div id=blogTitle><h1 class=blogtitle><a href='/u/chen'><span>"
             "陈志远的博客</span></a></h1></div><div class=articalTitle><h2 class=titName>数字孪生"
             "不是3D大屏</h2></div><div class=articalContent>%s<p>本文来自微信公众号“智造观察”，"
             "作者：杜晓彤，36氪经授权发布。</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>数字孪生不是3D大屏_陈志远_新浪博客</title>", body, &a);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "数字孪生不是3D大屏");
    CHECK_NOT_CONTAINS(a.text, "经授权发布");
    ls_article_release(&a);
}

TEST(extract_writer_who_edits_the_story_too_stays_its_writer)
{
    char body[8192];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=info>作者：万南　编辑：万南"
             "　2024-03-20 10:11</div><div class=news_info>%s<p class=news_bq>责任编辑：万南</p>"
             "<div class=post_sign>签名：做一个踏实的工控人</div></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "万南");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "万南");
    CHECK_NOT_CONTAINS(a.text, "签名");
    ls_article_release(&a);
}

TEST(extract_relative_time_element_gives_its_datetime)
{
    char body[4096];
    snprintf(body, sizeof body, "<div class=gh-header><h1>Reconnect after a PLC reboot</h1>"
             "<div>opened this issue <relative-time datetime='2024-02-27T16:45:09Z'>Feb 27, "
             "2024</relative-time></div></div><div class=comment-body>%s</div>", PARAS);
    ls_article a;
    article_of("<title>Reconnect after a PLC reboot</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-02-27T16:45:09Z");
    ls_article_release(&a);
}

TEST(extract_editor_responsible_over_an_editor_named_first)
{
    char body[8192];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>编辑 | 周楠</p>"
             "<p data-role=editor-name>责任编辑：<span>刘晓</span></p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "刘晓");
    ls_article_release(&a);
}

TEST(extract_credits_past_a_pager_or_a_special_statement_are_read)
{
    const char *const between[] = {
        "<div id=articleText_page><a href='#'>1</a> <a href='p2.html'>2</a> <a "
        "href='p3.html'>3</a> <a href='p2.html'>下一页</a> 共3页</div>",
        "<div class=tools>【<a href='javascript:window.print()'>打印</a>】【<a "
        "href='javascript:window.close()'>关闭</a>】</div>",
        "<div class=post_statement>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”"
        "用户上传并发布，本平台仅提供信息存储服务。<br><br>Notice: The content above (including the "
        "pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a "
        "social media platform and only provides information storage services.</div>",
    };
    for (size_t k = 0; k < sizeof between / sizeof between[0]; k++) {
        char body[8192];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=main><div class=text>%s"
                 "</div>%s<div class=articleEditor>（责任编辑：王炬鹏）</div></div><div "
                 "class=foot><a href='/'>首页</a> <a href='/a'>关于我们</a> <a href='/b'>联系"
                 "我们</a></div>", ZH_STORY, between[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_STR_EQ(a.editor ? a.editor : "(null)", "王炬鹏");
        ls_article_release(&a);
    }
}

TEST(extract_reviews_and_comments_name_no_author_nor_date)
{
    /* a shop's product page: its reviews' writers and days are not the
     * page's; the page's own date comes from its metadata */
    char body[8192];
    snprintf(body, sizeof body, "<div class=product><h1>Stoneware Teapot</h1>%s</div>"
             "<div id=reviews class=woocommerce-Reviews><div id=comments><h2>3 reviews</h2>"
             "<ol class=commentlist><li class='review comment-author-cat'><p class=meta>"
             "<strong class=woocommerce-review__author>Catriona M.</strong> <time "
             "class=woocommerce-review__published-date datetime='2023-09-03T08:12:40+00:00'>"
             "3 September 2023</time></p><div class=description><p>Pours beautifully.</p>"
             "</div></li></ol></div></div>", PARAS);
    ls_article a;
    article_of("<title>Stoneware Teapot</title><meta property='article:modified_time' "
               "content='2024-02-20T10:41:07+00:00'>", body, &a);
    CHECK(a.byline == NULL);
    CHECK(a.published == NULL || !strstr(a.published, "2023-09-03"));
    ls_article_release(&a);
    /* nor the reviews in a product's data */
    article_of("<title>Stoneware Teapot</title><script type='application/ld+json'>{\"@type\":"
               "\"Product\",\"name\":\"Stoneware Teapot\",\"review\":[{\"@type\":\"Review\","
               "\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":5},\"datePublished\":"
               "\"2024-06-02\",\"author\":{\"@type\":\"Person\",\"name\":\"Kelly\"}}]}</script>",
               body, &a);
    CHECK(a.published == NULL);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
    /* an author card drawn with the writer's initials in an SVG */
    snprintf(body, sizeof body, "<div class=author_cont><svg viewBox='0 0 100 100'><text "
             "x=50 y=50>CM</text></svg><h3><a href='/u/craigmccarthy'>Craig McCarthy</a>"
             "</h3><p class=date>17 December 2025</p></div><div class=body>%s</div>", PARAS);
    article_of("<title>Metadata workflows</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Craig McCarthy");
    ls_article_release(&a);
}

TEST(extract_author_portrait_is_no_lead_image)
{
    /* a blog platform's post: a badge, the author's portrait linked to the
     * author's page, then the story and its figure */
    char body[4096];
    snprintf(body, sizeof body, "<article><div><span>Member-only story</span></div><h1>Plant"
             "</h1><div><a href='/@janeroe'><img alt='Jane Roe' src='https://img.example/a.png'>"
             "</a></div>%s<figure><img src='https://img.example/plant.jpg'><figcaption>"
             "Line two.</figcaption></figure></article>", PARAS);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    CHECK_STR_EQ(a.lead_image ? a.lead_image : "(null)", "https://img.example/plant.jpg");
    CHECK_NOT_CONTAINS(a.text, "Member-only");
    ls_article_release(&a);
}

TEST(extract_authors_of_a_paper_with_affiliation_marks)
{
    /* a journal's page: each author linked, with the mark of their
     * institution in a superscript */
    const char *body =
        "<div class=doc><h1>基于边缘计算的工业设备预测性维护方法研究</h1><h3 id=authorpart><span><a "
        "href='/author?code=1'>张伟<sup>1</sup></a></span><span><a href='/author?code=2'>李娜<sup>"
        "2</sup></a></span><span><a href='/author?code=3'>王强<sup>1</sup></a></span></h3><div "
        "class=abstract><p>摘要：针对工业设备故障难以及时发现的问题，提出一种基于边缘计算的预测性维护"
        "方法。该方法在设备侧部署轻量级模型，实时分析振动与温度数据，并将异常结果上传至云端平台进行综合"
        "诊断。</p></div></div>";
    ls_article a;
    article_of("<title>基于边缘计算的工业设备预测性维护方法研究 - 知网</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "张伟 李娜 王强");
    ls_article_release(&a);
    /* English authors with footnote marks */
    article_of("<title>Edge maintenance</title>",
               "<h1>Edge maintenance</h1><div class=authors><a href=/a/1>Jane Roe</a><sup>*</sup>"
               "<a href=/a/2>John Doe</a><sup>2</sup></div><article><p>The first paragraph "
               "explains, at some length, what happened at the plant, why it matters to the town, "
               "and what the managers said about it afterwards.</p></article>", &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Jane Roe, John Doe");
    ls_article_release(&a);
}

TEST(content_site_footer_is_never_the_article)
{
    /* a shop's category page drawn by scripts: what the HTML holds is a
     * promotion bar and the footer's columns (not links: the site opens
     * them by script) */
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<div class=topbar><span>Free shipping on orders over $50</span></div>"
                    "<nav>");
    for (int i = 0; i < 40; i++)
        ls_buf_addf(&b, "<div><span>Standing desks and converters, range %d</span></div>", i);
    ls_buf_adds(&b, "</nav><div class=app></div><div class=site-footer><div class=cols>");
    static const char *const cols[] = {"Get to know us", "About the company", "Contact us",
                                       "Corporate social responsibility", "Support",
                                       "Bulk orders and buying guides for offices",
                                       "Track my order", "Warranty", "Shipping policy",
                                       "Terms and conditions", "Privacy policy",
                                       "Affiliate programme", "Become our supplier"};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        ls_buf_addf(&b, "<div class=col-item><span>%s</span></div>", cols[i]);
    ls_buf_adds(&b, "</div><div>Our company designs and builds office furniture that adjusts "
                    "to the people who use it, from desks to chairs and monitor arms.</div></div>");
    char *body = ls_buf_detach(&b, NULL);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Warranty");
    CHECK_NOT_CONTAINS(t, "office furniture");
    free(t);
    free(body);
}

TEST(content_advertisement_markers_are_controls)
{
    static const char *const marks[] = {"SKIP ADVERTISEMENT", "Article continues below",
                                        "Story continues below"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<article><h1>Plant</h1><p>The first paragraph explains, at "
                 "some length, what happened at the plant and why it matters.</p><p>%s</p><p>The "
                 "second paragraph adds numbers, quotes and context for the reader.</p></article>",
                 marks[k]);
        ls_article a;
        article_of("<title>Plant</title>", body, &a);
        CHECK_NOT_CONTAINS(a.text, marks[k]);
        CHECK_CONTAINS(a.text, "The second paragraph");
        ls_article_release(&a);
    }
}

TEST(content_follow_button_beside_the_writer_is_a_control)
{
    static const char *const buttons[] = {"关注", "+关注", "已关注", "Follow"};
    for (size_t k = 0; k < sizeof buttons / sizeof buttons[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<div class=wrapper><div class=t><h1>工厂复产</h1></div>"
                 "<div class=article-title-icon><div class=item-a><a href=/user/1>王晓</a>"
                 "<span>·2024年05月01日 10:23</span></div><div class=item-b><span class='title-icon-item "
                 "item-b'>%s</span></div></div><div class=summary>"
                 "数据、场景和成本，是工业大模型绕不过去的三道坎。</div><div class=content>%s</div>"
                 "</div>", buttons[k], ZH_STORY);
        ls_article a;
        article_of("<title>工厂复产</title>", body, &a);
        CHECK(strncmp(a.text, buttons[k], strlen(buttons[k])) != 0);
        CHECK_NOT_CONTAINS(a.text, buttons[k]);
        ls_article_release(&a);
    }
}

TEST(content_advert_box_beside_the_post_is_left_out)
{
    /* a blog platform's box offering the column the post belongs to, named
     * an advert, between the post's header and its text */
    char body[4096];
    snprintf(body, sizeof body, "<div class=blog-box><div class=article-header><h1>数字孪生</h1>"
             "</div><div id=blogColumnPayAdvert><div class=column-group><a href=/c/1>"
             "<span>工业互联网</span></a><span class=dec>专栏收录该内容</span><span class=dec>"
             "12 篇文章</span><span class=dec>8 订阅</span><a class=btn>订阅专栏</a></div></div>"
             "<article><div class=content>%s</div></article></div>", ZH_STORY);
    ls_article a;
    article_of("<title>数字孪生</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "专栏收录");
    CHECK_CONTAINS(a.text, "智能制造正在成为");
    ls_article_release(&a);
}

TEST(extract_edit_button_is_no_editor_label)
{
    /* an encyclopedia's headline with its buttons: 编辑 (edit), 讨论, 上传视频 */
    char body[4096];
    snprintf(body, sizeof body, "<div class=title-box><h1>数字孪生</h1><a href=/edit>编辑</a><a "
             "href=/talk>讨论</a><a href=/video>上传视频</a></div><div class=text>%s</div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>数字孪生_百科</title>", body, &a);
    CHECK(a.editor == NULL);
    ls_article_release(&a);
    /* a label outside the link still reads its value from the link */
    snprintf(body, sizeof body, "<h1>数字孪生</h1><div>责任编辑：<a href=/u/1>王五</a></div>"
             "<div class=text>%s</div>", ZH_STORY);
    article_of("<title>数字孪生</title>", body, &a);
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "王五");
    ls_article_release(&a);
}

TEST(extract_written_by_box_after_the_post)
{
    /* no byline above the post; the author's box below it says who wrote it */
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Plant</h1><div class=post><p>The plant reopened "
             "on Monday after a month of repairs, with all three lines running again, and the "
             "managers say the new sensors on every press will warn them of a failing bearing "
             "days before it breaks, which last year would have saved two weeks of work.</p>%s"
             "</div></article><div class=box><img src=/john.jpg alt=''><div><p>Written by John "
             "Crenshaw</p><p>John runs the marketing team.</p></div></div>", PARAS);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "John Crenshaw");
    ls_article_release(&a);
    /* a byline above the post stays the byline */
    snprintf(body, sizeof body, "<article><h1>Plant</h1><div class=by>By Jane Roe</div><div "
             "class=post>%s</div></article><div class=box><p>Written by John Crenshaw</p></div>",
             PARAS);
    article_of("<title>Plant</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Jane Roe");
    ls_article_release(&a);
}

TEST(extract_author_box_name_then_biography)
{
    /* no byline above the post; below it, the author's name alone and a
     * biography that opens with it */
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Plant</h1><div class=post><p>The plant reopened "
             "on Monday after a month of repairs, with all three lines running again, and the "
             "managers say the new sensors on every press will warn them of a failing bearing "
             "days before it breaks, which last year would have saved two weeks of work.</p>%s"
             "</div></article><div class=box><img src=/l.jpg alt=''><div><div>Lauren Vetter</div>"
             "<p>Lauren Vetter is a marketing professional who writes about healthcare software, "
             "the clinics that use it and the people who build it, from small practices in "
             "Colorado to hospital groups across the country, and what each of them needs.</p>"
             "</div></div>", PARAS);
    ls_article a;
    article_of("<title>Plant</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Lauren Vetter");
    ls_article_release(&a);
    /* a name alone followed by prose about something else is no author */
    snprintf(body, sizeof body, "<article><h1>Plant</h1><div class=post><p>The plant reopened "
             "on Monday after a month of repairs, with all three lines running again, and the "
             "managers say the new sensors on every press will warn them of a failing bearing "
             "days before it breaks, which last year would have saved two weeks of work.</p>%s"
             "</div></article><div class=next><div>Maple Street</div><p>The next story tells "
             "how the town's council voted on the plant's new road, the trucks that will use it "
             "and the houses along Maple Street that will hear them every night of the week.</p>"
             "</div>", PARAS);
    article_of("<title>Plant</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(extract_name_over_the_text_and_its_biography)
{
    /* a travel post: the writer's picture and name over the text, her
     * biography at its end */
    const char *body =
        "<article><h1>The best hotel life hacks</h1><div class=text><p><img src=/j.jpg "
        "width=70><br>Julia Gralberg</p><p>Although you might have booked an epic five-star "
        "hotel, there are always a few tricks that make a stay better, from asking for a late "
        "check-out to knowing which floor is the quietest at night.</p><p>Julia Gralberg is a "
        "freelance travel writer and the editor of a hotel guide.</p></div></article>";
    ls_article a;
    article_of("<title>The best hotel life hacks</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "Julia Gralberg");
    ls_article_release(&a);
    /* a product's name over its description is its subject */
    body = "<article><h1>Steam Deck</h1><div class=text><p>Steam Deck OLED</p><p>Play your games "
           "anywhere on a brighter screen with a longer battery, a faster download speed and a "
           "lighter body than the model before it.</p><p>Steam Deck OLED is the handheld that "
           "runs the whole library.</p></div></article>";
    article_of("<title>Steam Deck</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(content_attachments_of_a_document_are_kept)
{
    /* a ministry's notice: its annexes below the text, in a box named like
     * a related list */
    char body[4096];
    snprintf(body, sizeof body, "<div class=xxgk><h1>关于开展智能制造试点示范的通知</h1><div "
             "class=cinfo>发布时间：2024-05-01 来源：装备工业一司</div><div id=con_con>%s</div><div "
             "class=related-files>附件：<a href=/f/1.pdf>1.实施方案.pdf</a> <a href=/f/2.docx>2."
             "申报书.docx</a></div><div class=related><h3>相关文件</h3><a href=/n/1>关于推进工业互联网"
             "的通知</a></div></div>", ZH_STORY);
    ls_article a;
    article_of("<title>关于开展智能制造试点示范的通知_工业和信息化部</title>", body, &a);
    CHECK_CONTAINS(a.text, "附件：1.实施方案.pdf 2.申报书.docx");
    CHECK_CONTAINS(a.html, "href=\"https://site.example/f/1.pdf\"");
    CHECK_NOT_CONTAINS(a.text, "关于推进工业互联网");
    ls_article_release(&a);
    /* links under 附件 that lead to pages, not files, are no annexes */
    snprintf(body, sizeof body, "<div class=xxgk><h1>关于开展智能制造试点示范的通知</h1><div "
             "id=con_con>%s</div><div class=related-files>附件：<a href=/n/2.html>通知解读</a>"
             "</div></div>", ZH_STORY);
    article_of("<title>关于开展智能制造试点示范的通知</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "通知解读");
    ls_article_release(&a);
    /* files served by a download script name themselves in a parameter */
    snprintf(body, sizeof body, "<div class=xxgk><h1>关于开展智能制造试点示范的通知</h1><div "
             "id=con_con>%s</div><div class=fjxz><p>附件下载：</p><ul><li><a href='/module/"
             "download/downfile.jsp?classid=0&amp;filename=2403181642.docx'>1.申报书.docx</a></li>"
             "</ul></div><div class=related><h3>相关文件</h3><a href=/n/1>关于推进工业互联网"
             "的通知</a></div></div>", ZH_STORY);
    article_of("<title>关于开展智能制造试点示范的通知</title>", body, &a);
    CHECK_CONTAINS(a.text, "1.申报书.docx");
    CHECK_CONTAINS(a.html, "filename=2403181642.docx");
    CHECK_NOT_CONTAINS(a.text, "关于推进工业互联网");
    ls_article_release(&a);
}

TEST(content_form_outcome_messages_are_hidden)
{
    /* a site builder writes what to show once the form is sent, hidden by
     * its stylesheet until then */
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Plans</h1>%s<div class=w-form><form><label><input "
             "type=radio name=p>Single</label><label><input type=radio name=p>Couple</label>"
             "</form><div class=w-form-done><div>Thank you! Your submission has been received!"
             "</div></div><div class=w-form-fail><div>Oops! Something went wrong while submitting "
             "the form.</div></div></div></article>", PARAS);
    ls_article a;
    article_of("<title>Plans</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "submission has been received");
    CHECK_NOT_CONTAINS(a.text, "Something went wrong");
    CHECK_CONTAINS(a.text, "The second paragraph");
    ls_article_release(&a);
}

TEST(content_sales_buttons_are_controls)
{
    static const char *const buttons[] = {"Start free trial", "Request a demo",
                                          "No credit card required", "Contact sales"};
    for (size_t k = 0; k < sizeof buttons / sizeof buttons[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<main><h1>Plans</h1>%s<div class=cta><span>%s</span></div>"
                 "<p>Every plan includes support by mail and a yearly review of the account.</p>"
                 "</main>", PARAS, buttons[k]);
        ls_article a;
        article_of("<title>Plans</title>", body, &a);
        CHECK_NOT_CONTAINS(a.text, buttons[k]);
        CHECK_CONTAINS(a.text, "yearly review");
        ls_article_release(&a);
    }
}

TEST(content_shop_badges_are_controls)
{
    /* a category page's cards: a badge, the product's name and price */
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<main><h1>Backpacks</h1><p>Packs for a day on the trail or a week in the "
                    "mountains, with frames, pockets and rain covers for every kind of trip.</p>"
                    "<div class=grid>");
    static const char *const badges[] = {"New Arrival", "Best Seller", "Top Rated"};
    for (int i = 0; i < 6; i++)
        ls_buf_addf(&b, "<div class=card><div class=badge><span>%s</span></div><h3>Trail pack "
                        "%d with a padded hip belt and two side pockets</h3><p>$%d.00</p></div>",
                    badges[i % 3], i, 90 + i);
    ls_buf_adds(&b, "</div></main>");
    char *body = ls_buf_detach(&b, NULL);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Trail pack 3");
    CHECK_NOT_CONTAINS(t, "Best Seller");
    CHECK_NOT_CONTAINS(t, "New Arrival");
    free(t);
    free(body);
}

TEST(extract_reprint_terms_and_credits_end_no_text)
{
    /* what Chinese sites print after every story: reprint terms, where the
     * story first ran, where to complain, a call to follow or get the app,
     * the end mark, the editor who passed it */
    static const char *const tails[] = {
        "未经正式授权严禁转载本文，侵权必究。",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
        "本文系作者 王芳 授权钛媒体发表，并经钛媒体编辑，转载请注明出处、作者和本文链接",
        "（本文首发于钛媒体App，作者｜王芳，编辑｜赵磊）",
        "如对本稿件有异议或投诉，请联系tougao@example.com",
        "更多精彩内容，关注钛媒体微信号（ID：taimeiti），或者下载钛媒体App",
        "End",
        "审核编辑：刘清",
        "编辑：山石",
        /* a call to follow that ends in a full stop, a platform's campaign,
         * whom to ask for a reprint */
        "#欢迎关注爱范儿官方微信公众号：爱范儿（微信号：ifanr），更多精彩内容第一时间为您奉上。",
        "本文参与了 SegmentFault 思否写作挑战赛，欢迎正在阅读的你也加入。",
        "*本文为极客公园原创文章，转载请联系极客君微信 geekparkGO",
        /* three credits and an editor's staff code; a staff's credits
         * set with bars, each on its line; a document site's offer */
        "本文来源：网易科技报道 作者：张小小 责任编辑：王凤丹_NT5054",
        "作者丨张心怡</p><p>编辑丨赵晨</p><p>美编丨马利亚</p><p>监制丨连晓东",
        "剩余10页未读，继续阅读</p><p>开通VIP 免费下载",
        /* a story's first page: its pager, then its related box's label */
        "<a href='?p=1'>[ 1 ]</a> <a href='?p=2'>[ 2 ]</a> <a href='?p=2'>下一页</a></p><h3>相关"
        "资讯</h3><p>",
        /* a box about the writer, in traditional characters */
        "關於作者：林妤柔，科技新報記者，關注半導體與自動化產業。",
        /* a box of calls whose last line is no call of its own */
        "&gt; 下载 少数派 2.0 客户端、关注 少数派小红书，感受精彩数字生活 🍃</p><p>&gt; 实用、"
        "好用的 正版软件，少数派为你呈现 🚀",
    };
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>%s</p></div>",
                 ZH_STORY, tails[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        const char *end = a.text + strlen(a.text);
        static const char last[] = "降低企业上云用数赋智的门槛。";
        CHECK(strlen(a.text) >= strlen(last)
              && !strcmp(end - strlen(last), last));
        ls_article_release(&a);
    }
    /* the story's own words about reprints, and a sentence that names an
     * address within the story, stay */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>他说，转载"
             "量并不是衡量一篇文章的唯一标准。</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "转载量并不是");
    ls_article_release(&a);
}

TEST(content_neighbour_links_share_label_and_doubled_arrows)
{
    char body[4096];
    snprintf(body, sizeof body,
             "<div class=main><div class=dh>您的位置：<a href='/'>中华工控网</a> &gt;&gt; <a "
             "href='/news/'>新闻中心</a> &gt;&gt; <a href='/news/1/'>行业新闻</a> &gt;&gt; 正文"
             "</div><h1>智能制造进入深水区</h1>%s<div class=sxp>上一篇：<a href='/n/1.html'>2016年"
             "中国工业自动化市场回顾</a><br>下一篇：<a href='/n/3.html'>施耐德电气发布新一代开放"
             "自动化架构</a></div><p>分享到：<a class=wx>微信</a><a class=wb>微博</a></p></div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "您的位置");
    CHECK_NOT_CONTAINS(a.text, "上一篇");
    CHECK_NOT_CONTAINS(a.text, "施耐德");
    CHECK_NOT_CONTAINS(a.text, "分享到");
    CHECK_CONTAINS(a.text, "门槛");
    CHECK(!strncmp(a.text, "随着新一代", strlen("随着新一代")));
    ls_article_release(&a);
    /* a paragraph that starts with the words and goes on is the story's */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>上一篇报道"
             "提到的<a href='/n/1.html'>那家工厂</a>，如今已经把三条产线全部接入平台。</p></div>",
             ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "上一篇报道");
    ls_article_release(&a);
}

TEST(extract_dateline_names_the_reporters)
{
    static const char *const lines[][2] = {
        {"新华社北京5月12日电（记者张辛欣、周圆）", "张辛欣、周圆"},
        {"本报讯（记者 王磊 通讯员 李四）", "王磊"},
        {"中新网上海5月12日电 (记者 陈静)", "陈静"},
    };
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
        char body[4096];
        /* (the story's first paragraph, too long to be an info line) */
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p>%s记者从"
                 "工业和信息化部获悉，我国工业互联网已全面融入49个国民经济大类，覆盖全部工业大类，"
                 "具有一定影响力的工业互联网平台超过240家，重点平台连接设备超过8100万台（套），"
                 "工业互联网进入规模化发展新阶段。</p>%s</div>",
                 lines[k][0], ZH_STORY);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_STR_EQ(a.byline ? a.byline : "(null)", lines[k][1]);
        ls_article_release(&a);
    }
    /* a bracket that names no reporter gives no byline */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p>新华社北京5月"
             "12日电（综合消息）工业和信息化部日前发布数据，我国工业互联网已全面融入49个国民经济"
             "大类。</p>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(content_list_item_of_one_paragraph_is_one_line)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>平台要走向深耕，"
             "至少需要补齐三块短板：</p><ul><li><p>行业机理模型积累不足；</p></li><li><p>边缘侧"
             "数据治理能力薄弱；</p></li><li><p>缺乏可持续的商业模式。</p><p>中小企业付费意愿"
             "不强，平台只能靠项目制维持。</p></li></ul></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "短板：\n\n行业机理模型积累不足；\n边缘侧数据治理能力薄弱；\n");
    /* an item of two paragraphs keeps them apart */
    CHECK_CONTAINS(a.text, "商业模式。\n\n中小企业");
    ls_article_release(&a);
}

TEST(extract_credit_in_a_block_named_like_boilerplate)
{
    /* a remark box (a class word that names comments elsewhere) holding
     * where the story came from and who wrote it; the poster under the
     * title is the account that reposted it */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=article__author><a "
             "href='/member/1234.html'>工业智能观察</a><span>2024-05-01 10:23</span></div><div "
             "class=article__content><p class=text-remarks>本文来自微信公众号：<a "
             "href='https://mp.weixin.qq.com/s/abc'>工业智能观察（ID：gyznc）</a>，作者：陈晨</p>%s"
             "</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "陈晨");
    CHECK_STR_EQ(a.source ? a.source : "(null)", "微信公众号：工业智能观察");
    CHECK_NOT_CONTAINS(a.text, "本文来自");
    ls_article_release(&a);
    /* a remark that credits nothing is left alone */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=article__author><a "
             "href='/member/1234.html'>工业智能观察</a><span>2024-05-01 10:23</span></div><div "
             "class=article__content><p class=text-remarks>编者按：这是系列报道的第三篇。</p>%s"
             "</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "工业智能观察");
    CHECK(a.source == NULL);
    ls_article_release(&a);
}

TEST(content_link_back_to_the_front_page_is_navigation)
{
    static const char *const links[] = {
        "<a href='//www.example.com/?strategyid=00001' id=backhome><span>返回搜狐，查看更多</span></a>",
        "<a href='https://www.example.com/'>返回首页</a>",
        "<a href='/'>Back to home</a>",
    };
    for (size_t k = 0; k < sizeof links / sizeof links[0]; k++) {
        char body[4096];
        /* (the link right in the article's element, after its last
         * paragraph, as a portal's account pages put it) */
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><article class=text>%s%s"
                 "</article>", ZH_STORY, links[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_NOT_CONTAINS(a.text, "返回");
        CHECK_NOT_CONTAINS(a.text, "Back to");
        CHECK_CONTAINS(a.text, "门槛");
        ls_article_release(&a);
    }
    /* such a link within a sentence is the story's */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><article class=text>%s<p>读者可以<a "
             "href='/'>返回首页</a>查看往期报道。</p></article>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "读者可以返回首页查看往期报道");
    ls_article_release(&a);
}

TEST(extract_account_card_above_the_story)
{
    /* a feed's account card: its avatar and name linked to the account's
     * page on a writers' host, the time and place, a follow button (hashed
     * class names, the card inside the article's wrapper) */
    char body[4096];
    snprintf(body, sizeof body, "<div class=_3xvon><div class=articleWrap><div class=sKHSJ><h1>"
             "智能制造进入深水区</h1></div><div class=_2gGWi><div class=_3ygOc><div class=_2Jbhd><a "
             "href='https://author.example.com/home?app_id=163456'><img src=/a.png></a></div><div "
             "class=_2gfHD><a href='https://author.example.com/home?app_id=163456'><p>智造前沿观察"
             "</p></a><div><span>2023-05-12 10:23</span><span>浙江</span></div></div></div><div "
             "class=_2ihXv><div>关注</div></div></div><div data-testid=article class=_18p7x><div "
             "class=_3ygOc>%s</div></div><div class=_2N2Ab><span>举报/反馈</span></div></div></div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "智造前沿观察");
    CHECK(!strncmp(a.text, "随着新一代", strlen("随着新一代")));
    ls_article_release(&a);
}

TEST(content_picture_credit_alone_is_no_text)
{
    static const char *const credits[] = {"图片来源：视觉中国", "题图来自：视觉中国", "图源｜新华社"};
    for (size_t k = 0; k < sizeof credits / sizeof credits[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p><img "
                 "src=/head.jpg></p><p>%s</p>%s</div>", credits[k], ZH_STORY);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK(!strncmp(a.text, "随着新一代", strlen("随着新一代")));
        ls_article_release(&a);
    }
    /* a sentence about where a picture came from is the story's */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p>图片来源于一线"
             "工人的手机拍摄。</p>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "图片来源于一线工人的手机拍摄");
    ls_article_release(&a);
}

TEST(extract_author_tag_naming_the_editor_is_no_byline)
{
    static const char *const credits[] = {
        "<span>编辑：王洋</span><span>责任编辑：刘亮</span>",
        "<span>（责编：王洋、岳弘彬）</span>",
    };
    for (size_t k = 0; k < sizeof credits / sizeof credits[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=cnt_bd>%s</div><div "
                 "class=zebian><p>%s</p></div>", ZH_STORY, credits[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title><meta name=author content='王洋'>", body, &a);
        CHECK(a.byline == NULL);
        ls_article_release(&a);
    }
    /* an author tag naming someone else stays */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=cnt_bd>%s</div><div "
             "class=zebian><p><span>责任编辑：刘亮</span></p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title><meta name=author content='王洋'>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "王洋");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "刘亮");
    ls_article_release(&a);
    /* the tag names the editor; the page's own credit names the writer */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=info>作者：徐启航　"
             "2024-05-01 10:23</div><div class=cnt_bd>%s</div><div class=zebian><p>（责编："
             "王洋）</p></div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title><meta name=author content='王洋'>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "徐启航");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "王洋");
    ls_article_release(&a);
}

TEST(content_inline_words_of_a_sentence_kept_whatever_their_class)
{
    /* a release's dateline in spans whose class holds a boilerplate word
     * ("legends"); a tooltip's bubble in a sentence still goes */
    char body[4096];
    snprintf(body, sizeof body, "<h1>TwinCore launches</h1><article><p><span "
             "class=legendSpanClass>CHICAGO</span>, <span class=legendSpanClass>March 3, 2025"
             "</span> /PRNewswire/ -- Ferrovia Analytics today announced TwinCore, an edge-native "
             "digital twin platform for discrete manufacturers.</p>%s<p>Read the notice before "
             "you write to us.<span class=tooltiptext>Sending an email creates no relationship "
             "of any kind with the firm or its lawyers.</span></p></article>", PARAS);
    ls_article a;
    article_of("<title>TwinCore launches</title>", body, &a);
    CHECK_CONTAINS(a.text, "CHICAGO, March 3, 2025 /PRNewswire/ -- Ferrovia");
    CHECK_NOT_CONTAINS(a.text, "Sending an email");
    ls_article_release(&a);
}

TEST(content_story_links_credits_and_sign_offs_no_text)
{
    /* a line of links to other stories under its label, a picture's credit
     * alone, an empty "See also" heading, a journal's doi line and a
     * writer's sign-off */
    char body[8192];
    snprintf(body, sizeof body, "<h1>TwinCore launches</h1><article><p>Image Credits: "
             "Forgeline</p>%s<p><strong>Also</strong>: <a href='/edge'>What is edge computing? "
             "Here's why it matters</a></p><p>The plant runs the model on the line itself, and "
             "no frame leaves the building for the cloud.</p><h2>See also</h2><ul><li><a href=/a>"
             "A</a></li><li><a href=/b>B</a></li><li><a href=/c>C</a></li><li><a href=/d>D</a>"
             "</li></ul><p>Follow me on Twitter or LinkedIn. Check out my website.</p><p>doi: "
             "https://doi.org/10.1038/d41586-024-03712-1</p></article>", PARAS);
    ls_article a;
    article_of("<title>TwinCore launches</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "Image Credits");
    CHECK_NOT_CONTAINS(a.text, "What is edge computing");
    CHECK_NOT_CONTAINS(a.text, "See also");
    CHECK_NOT_CONTAINS(a.text, "Follow me on");
    CHECK_NOT_CONTAINS(a.text, "doi:");
    CHECK_CONTAINS(a.text, "no frame leaves the building for the cloud.");
    ls_article_release(&a);
}

TEST(content_press_release_closing_lines_no_text)
{
    /* the end mark, the wire's SOURCE line and its media links close a
     * release; the company's own paragraphs before them stay */
    char body[4096];
    snprintf(body, sizeof body, "<h1>TwinCore launches</h1><article>%s<p>About Ferrovia: "
             "Founded in 2019, the company builds software for plants.</p><p>Logo - "
             "https://mma.example.com/media/2611/ferrovia_logo.jpg</p><p>SOURCE Ferrovia "
             "Analytics, Inc.</p><p>###</p></article>", PARAS);
    ls_article a;
    article_of("<title>TwinCore launches</title>", body, &a);
    CHECK_CONTAINS(a.text, "About Ferrovia: Founded in 2019");
    CHECK_NOT_CONTAINS(a.text, "Logo -");
    CHECK_NOT_CONTAINS(a.text, "SOURCE Ferrovia");
    CHECK_NOT_CONTAINS(a.text, "###");
    CHECK_NOT_CONTAINS(a.html, "SOURCE Ferrovia");
    ls_article_release(&a);
    /* a sentence that opens with the word is the story's */
    snprintf(body, sizeof body, "<h1>TwinCore launches</h1><article>%s<p>SOURCE code for the "
             "plugin is published under the MIT licence.</p></article>", PARAS);
    article_of("<title>TwinCore launches</title>", body, &a);
    CHECK_CONTAINS(a.text, "SOURCE code for the plugin");
    ls_article_release(&a);
}

TEST(content_vote_tally_beside_a_post_no_text)
{
    /* the score between the vote buttons, named so by class or microdata;
     * a number in the post itself stays */
    const char *body =
        "<h1>Reading float32 registers</h1><div class=question><div class=votecell><div "
        "class=js-vote-count itemprop=upvoteCount>4</div></div><div class=postcell><p>The plant "
        "floor gateway polls the PLC every second and writes the values into a local buffer "
        "before sending them on.</p><p>Each value is a REAL in two holding registers, and the "
        "decoded number is wrong by orders of magnitude on every read.</p><p>42</p></div></div>"
        "<div class=answer><div class=votecell><div class=js-vote-count>-5</div></div><div "
        "class=answercell><p>Swap the two words before you decode them; Siemens sends the high "
        "word first, and so the value is read correctly only after the swap.</p></div></div>";
    ls_article a;
    article_of("<title>Reading float32 registers</title>", body, &a);
    CHECK(!strncmp(a.text, "The plant floor", 15));
    CHECK_NOT_CONTAINS(a.text, "-5");
    CHECK_CONTAINS(a.text, "\n\n42\n\n");
    CHECK_CONTAINS(a.text, "Swap the two words");
    ls_article_release(&a);
}

TEST(content_code_language_label_is_no_text)
{
    /* a docs page names each example's language in a box above its code */
    char body[4096];
    snprintf(body, sizeof body, "<h1>SerialPort.open()</h1><article>%s<div class=code-example>"
             "<div class=example-header><span class=language-name>js</span></div><pre><code>"
             "const [port] = await navigator.serial.getPorts();</code></pre></div><p>It resolves "
             "once the port is open and rejects when the port is already open.</p></article>",
             PARAS);
    ls_article a;
    article_of("<title>SerialPort.open()</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "\n\njs\n");
    CHECK_CONTAINS(a.text, "const [port] = await navigator.serial.getPorts();");
    ls_article_release(&a);
}

TEST(content_styled_preformatted_block_keeps_its_lines)
{
    /* a published notebook's code: a <div> styled white-space: pre, its
     * language and copy button beside it; feedback widgets are no text */
    char body[4096];
    snprintf(body, sizeof body, "<h1>Plant floor data</h1><article>%s<div class=code-block><div "
             "role=button>Python</div><div role=button>Copy</div><div style='white-space: pre'>"
             "<span>def residual(sim, obs):</span>\n    <span>return obs.a - sim.a</span></div>"
             "</div><p>The plant keeps the model on the line itself, so no frame leaves it.</p>"
             "<div class=feedback>Was this page helpful?</div></article>", PARAS);
    ls_article a;
    article_of("<title>Plant floor data</title>", body, &a);
    CHECK_CONTAINS(a.text, "def residual(sim, obs):\n    return obs.a - sim.a");
    CHECK_NOT_CONTAINS(a.text, "Python\n");
    CHECK_CONTAINS(a.html, "<pre>");
    CHECK_NOT_CONTAINS(a.text, "Copy");
    CHECK_NOT_CONTAINS(a.text, "helpful");
    ls_article_release(&a);
}

TEST(content_styled_preformatted_code_keeps_its_highlighted_comments)
{
    /* a notes app's code block: a <div> styled white-space: pre, its
     * comment a highlighter's span named "comment", no reader's post */
    char body[4096];
    snprintf(body, sizeof body, "<article>%s<div class=code-block style='font-family: monospace; "
             "white-space: pre-wrap'><span class='token key'>workers</span>: 64   <span "
             "class='token comment'># production default</span>\n<span class='token key'>"
             "override_file</span>: /etc/dispatcher/prod.yaml</div><p>We will review it at the "
             "next sync.</p></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "workers: 64   # production default\noverride_file:");
    free(t);
}

TEST(content_prose_styled_to_keep_its_line_breaks_keeps_them)
{
    /* a video's description: its lines in a <span> styled pre-wrap, or
     * in a box styled pre-line; lines of prose, not code */
#define DESCRIPTION "Modern heat pumps keep working at -25 degrees, and the old rule of " \
                    "thumb about them is decades out of date, as this video shows.\n"    \
                    "Chapters:\n0:00 Why the old rules are wrong\n2:22 Inside a "         \
                    "variable-speed compressor"
    static const char *const bodies[] = {
        "<div id=description><span style='white-space: pre-wrap'>" DESCRIPTION "</span></div>",
        "<div id=description style='white-space: pre-line'><span>" DESCRIPTION "</span></div>"};
#undef DESCRIPTION
    for (size_t k = 0; k < sizeof bodies / sizeof bodies[0]; k++) {
        ls_article a;
        article_of("<title>Video</title>", bodies[k], &a);
        CHECK_CONTAINS(a.text, "this video shows.\nChapters:\n0:00 Why the old rules are "
                               "wrong\n2:22 Inside");
        CHECK_CONTAINS(a.html, "Chapters:<br>");
        CHECK_NOT_CONTAINS(a.html, "<pre>");
        ls_article_release(&a);
    }
}

TEST(content_code_lines_written_as_elements)
{
    /* a code block whose lines are <code> elements (a public account's
     * editor), <div>s (numbered lines), or <br>s with a blank line kept;
     * a copy button inside it is no code */
    char body[4096];
    snprintf(body, sizeof body, "<h1>Plant floor data</h1><article>%s<pre><code>import time"
             "</code><code>import json</code><code>    c.publish(\"edge/test\")</code></pre><p>"
             "Numbered lines:</p><pre><ol><li><div>a = 1</div></li><li><div>b = 2</div></li>"
             "</ol></pre><p>With a blank line:</p><pre>x = 1<br><br>y = 2</pre><p>And a button:</p>"
             "<pre><code>make install<span class=copy-code-btn>复制代码</span></code></pre></article>",
             PARAS);
    ls_article a;
    article_of("<title>Plant floor data</title>", body, &a);
    CHECK_CONTAINS(a.text, "import time\nimport json\n    c.publish(\"edge/test\")");
    CHECK_CONTAINS(a.text, "a = 1\nb = 2");
    CHECK_CONTAINS(a.text, "x = 1\n\ny = 2");
    CHECK_CONTAINS(a.text, "make install");
    CHECK_NOT_CONTAINS(a.text, "复制代码");
    CHECK_CONTAINS(a.html, "import time</code>\n<code>import json");
    ls_article_release(&a);
}

TEST(content_list_item_of_one_section_is_one_line)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<ul><li><section>"
             "协议兼容</section></li><li><section>数据量</section></li><li><div>运维能力</div></li>"
             "</ul></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "协议兼容\n数据量\n运维能力");
    ls_article_release(&a);
}

TEST(extract_story_address_and_paywall_end_no_text)
{
    static const char *const tails[][2] = {
        {"本站新闻禁止未经授权转载，违者依法追究相关法律责任。", "本文地址：https://www.example.com/news/1"},
        {"本文为会员专享内容", "您正在阅读的是付费内容，订阅财新通即可阅读全文"},
        {"财新通 ¥398/年 · 单篇购买 ¥2", "财新网主编精选版电邮 样例 订阅"},
        /* a media account's close: the end mark, reprint terms, where to
         * write; the credit of the header picture; a signature after the
         * end mark */
        {"© THE END", "转载请联系本公众号获得授权"},
        {"转载请联系本公众号获得授权", "投稿或寻求报道：liyazhou@example.com"},
        {"本文由 @老K聊产品 原创发布于人人都是产品经理，未经作者许可，禁止转载。",
         "题图来自 Unsplash，基于CC0协议。"},
        {"— 完 —", "量子位 QbitAI · 头条号签约"},
        /* a paywall's counter, a tip-off call, the source in brackets, the
         * site's request to its pictures' owners */
        {"单篇购买 ¥3", "剩余未读 82%"},
        {"（下载红星新闻，报料有奖！）", "（文章来源：证券时报网）"},
        {"特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。", "封面图片来源：视觉中国"},
        /* a blog's signature: its writer and the post's address */
        {"作者：边缘码农", "出处：http://www.cnblogs.com/edgecoder/"},
    };
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>%s</p><p>%s"
                 "</p></div>", ZH_STORY, tails[k][0], tails[k][1]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        static const char last[] = "降低企业上云用数赋智的门槛。";
        CHECK(strlen(a.text) >= strlen(last)
              && !strcmp(a.text + strlen(a.text) - strlen(last), last));
        ls_article_release(&a);
    }
}

TEST(extract_event_advert_and_widget_labels_no_text)
{
    /* a conference's poster from the site's folder of adverts and its
     * 【会议推荐】 line; a like button's label and a sidebar's 热点排行 after
     * the story */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p><img "
             "src='https://upload.example.org/a/ad/plant.jpg'></p>%s<p><img "
             "src='/Uploads/ad/2025/conf.jpg'></p><p><strong>【会议推荐】</strong>2025高工人形机器人"
             "产业发展峰会将于4月在深圳举办，届时将有上百家整机和零部件企业参会，报名请联系会务组："
             "0755-86630000。</p><div><span>点赞</span></div><div class=tit>热点排行</div></div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "会议推荐");
    CHECK_NOT_CONTAINS(a.html, "conf.jpg");
    CHECK_CONTAINS(a.html, "a/ad/plant.jpg"); /* (a hashed store's folder) */
    CHECK_NOT_CONTAINS(a.text, "点赞");
    CHECK_NOT_CONTAINS(a.text, "热点排行");
    CHECK(!a.lead_image || !strstr(a.lead_image, "conf.jpg"));
    ls_article_release(&a);
}

TEST(extract_summary_label_alone_and_in_the_excerpt)
{
    /* the summary box's label on a line of its own is no text; a page's
     * description that opens with one gives the summary without it */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><div class=summary>"
             "<div class=summary-title>编辑导语</div><p>在工厂里做AI产品，和在互联网公司做产品"
             "完全是两码事。</p></div>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title><meta name=description content='导语：智能制造"
               "正在成为推动工业转型升级的主攻方向。'>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "编辑导语");
    CHECK(!strncmp(a.text, "在工厂里做AI产品", strlen("在工厂里做AI产品")));
    CHECK_STR_EQ(a.excerpt, "智能制造正在成为推动工业转型升级的主攻方向。");
    ls_article_release(&a);
}

TEST(extract_note_footer_of_time_and_place)
{
    /* a note's last line, its time and the province it was posted from:
     * no text, and the note's date when nothing else gives one (a relative
     * time counts from the capture: "now" is 2024-05-10T12:00Z here) */
    const char *notes[][2] = {{"3小时前 广东", "2024-05-10T17:00:00+08:00"},
                              {"编辑于 2024-05-09 10:20 上海", "2024-05-09T10:20:00+08:00"}};
    for (size_t k = 0; k < sizeof notes / sizeof notes[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<div class=note-content><div class=title>在工厂做数字孪生三年"
                 "</div><div class=desc><span>坐标佛山，在一家家电厂做数字孪生工程师快三年了，统一"
                 "回复一下。<br>数字孪生不是做3D动画，建模只占两成的工作，剩下的是数据。<br>想入行的"
                 "先学好PLC和数据库。</span></div><div class=bottom-container><span class=date>%s"
                 "</span></div></div>", notes[k][0]);
        char *p = page("<title>在工厂做数字孪生三年 - 小红书</title>", body);
        ls_extract_opts o = {.now = 1715342400};
        ls_article a;
        CHECK_INT_EQ(run(p, &o, &a), 0);
        free(p);
        CHECK_NOT_CONTAINS(a.text, notes[k][0]);
        CHECK_STR_EQ(a.published ? a.published : "(none)", notes[k][1]);
        ls_article_release(&a);
    }
}

TEST(extract_editor_below_the_site_statement)
{
    /* the portal's statement on reposts stands between the story and its
     * 责任编辑: the credits are read past it */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=article><div class=text>%s"
             "</div><div class=news_statement><p>声明：本文转载自微信公众号“智造纵横”，版权归原作者"
             "所有。转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。如涉及作品内容、"
             "版权和其它问题，请在30日内与本网联系，我们将在第一时间删除内容。</p></div><div "
             "class=news_editor>责任编辑：陈晨</div></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.editor ? a.editor : "(none)", "陈晨");
    ls_article_release(&a);
}

TEST(extract_related_label_and_titles_at_the_end_no_text)
{
    /* the editor's own 相关阅读 at the story's end, two titles under it */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>相关阅读：</p><ul>"
             "<li><p><a href=/1>《工信部等四部门：到 2026 年建成 500 家智能工厂》</a></p></li><li><p>"
             "<a href=/2>《我国工业互联网已全面融入 49 个国民经济大类》</a></p></li></ul></div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    static const char last[] = "降低企业上云用数赋智的门槛。";
    CHECK(strlen(a.text) >= strlen(last)
          && !strcmp(a.text + strlen(a.text) - strlen(last), last));
    CHECK_NOT_CONTAINS(a.html, "相关阅读");
    ls_article_release(&a);
    /* a game's recommended system is its page's */
    snprintf(body, sizeof body, "<h1>Factory Sim</h1><div class=text>%s<p>Recommended:</p><ul>"
             "<li>Processor: Apple M1 Pro</li><li>Memory: 16 GB RAM</li></ul></div>", PARAS);
    article_of("<title>Factory Sim</title>", body, &a);
    CHECK_CONTAINS(a.text, "Memory: 16 GB RAM");
    ls_article_release(&a);
}

TEST(extract_wire_story_on_a_portal_names_its_outlet_and_editors)
{
    const char *body =
        "<article><div class=caas-body><p>TAIPEI (Reuters) - Shares of semiconductor companies "
        "rose on Wednesday after Taiwan Semiconductor Manufacturing Co reported record revenue "
        "for the first quarter.</p><p>TSMC said revenue for January to March rose 16.5% from a "
        "year earlier to T$592.6 billion, slightly ahead of analyst estimates.</p><p>(Reporting "
        "by Wen-Yee Lee in Taipei and Sinead Carew in New York; Editing by Jamie Freed and Mark "
        "Porter)</p></div></article>";
    ls_article a;
    article_of("<title>Chipmakers rally</title><script type='application/ld+json'>{\"@type\":"
               "\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Wen-Yee Lee\"},"
               "\"provider\":{\"@type\":\"Organization\",\"name\":\"Reuters\"},\"publisher\":"
               "{\"@type\":\"Organization\",\"name\":\"Yahoo Finance\"}}</script>", body, &a);
    CHECK_STR_EQ(a.source ? a.source : "(null)", "Reuters");
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "Jamie Freed and Mark Porter");
    CHECK_NOT_CONTAINS(a.text, "Reporting by");
    CHECK_NOT_CONTAINS(a.html, "Reporting by");
    CHECK_CONTAINS(a.text, "slightly ahead of analyst estimates.");
    ls_article_release(&a);
    /* a publisher that is the site's company is no source */
    article_of("<title>Chipmakers rally</title><meta property=og:site_name content='The Verge'>"
               "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":"
               "{\"@type\":\"Organization\",\"name\":\"Vox Media\"}}</script>", body, &a);
    CHECK(a.source == NULL);
    ls_article_release(&a);
    /* a sentence that opens with the words is the story's */
    char *t = extract_text("<article><p>The first paragraph explains, at some length, what "
                           "happened at the plant, why it matters to the town, and what the "
                           "managers said about it afterwards.</p><p>Reporting by the local "
                           "paper; it showed the plant had been losing money for years.</p>"
                           "</article>");
    CHECK_CONTAINS(t, "Reporting by the local paper");
    free(t);
}

TEST(extract_outlet_name_is_no_byline)
{
    /* an author element that names the outlet: the reporter the story
     * credits is the writer */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=article-info><span "
             "class=author>红星新闻</span><span class=time>2024-05-15 16:30:12</span></div><div "
             "class=text><p>红星新闻记者 周雪</p>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(none)", "周雪");
    ls_article_release(&a);
    /* the font size toggle in the story's cell is a control */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<div>【字体：大 中 小】"
             "</div></div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "字体");
    ls_article_release(&a);
}

TEST(extract_summary_that_repeats_the_first_words_no_text)
{
    /* a CMS's summary cut from the story's first paragraph: said once */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><div class=summary><p>"
             "<strong>摘要：</strong>随着新一代信息技术与制造业深度融合，智能制造正在成为…</p></div>"
             "%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(!strncmp(a.text, "随着新一代信息技术", strlen("随着新一代信息技术")));
    CHECK_NOT_CONTAINS(a.text, "摘要");
    CHECK_NOT_CONTAINS(a.html, "摘要");
    CHECK_NOT_CONTAINS(a.html, "summary");
    CHECK_CONTAINS(a.html, "<p>随着新一代信息技术");
    ls_article_release(&a);
    /* the headline in brackets inside the summary; the reporter's credit
     * under the summary is the byline */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><div class=b-review>"
             "摘要 【智能制造进入深水区】随着新一代信息技术与制造业深度融合，智能制造正在成为推动工业"
             "转型升级的主攻方向。</div><p>证券时报记者 陈雨桐</p>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(!strncmp(a.text, "随着新一代信息技术", strlen("随着新一代信息技术")));
    CHECK_STR_EQ(a.byline ? a.byline : "(none)", "陈雨桐");
    ls_article_release(&a);
    /* a summary of its own words stays */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p>导语：三百多台机床"
             "接入平台之后，一家工厂的停机时间下降了两成。</p>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(!strncmp(a.text, "导语：三百多台机床", strlen("导语：三百多台机床")));
    ls_article_release(&a);
}

TEST(extract_editor_linked_is_no_author_nor_a_copyright_notice)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=info><span>2024-05-01 "
             "10:23</span> <span>编辑: <a href='https://my.example.net/u/4489239'>白开水不加糖</a>"
             "</span></div><div class=text>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(a.byline == NULL);
    CHECK_STR_EQ(a.editor ? a.editor : "(null)", "白开水不加糖");
    ls_article_release(&a);
    /* a notice that the rights are the author's names the author in it */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s</div><div "
             "class=copytext>©著作权归作者所有：来自某某博客作者mob64ca12d5a3e1的原创作品，请联系"
             "作者获取转载授权，否则将追究法律责任</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "mob64ca12d5a3e1");
    ls_article_release(&a);
}

TEST(extract_html_loses_the_lines_the_text_loses)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<div><p>"
             "<b>【编辑：张三】</b></p><p>未经授权严禁转载 &amp; 侵权必究</p></div></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "张三");
    CHECK_NOT_CONTAINS(a.html, "张三");
    CHECK_NOT_CONTAINS(a.html, "转载");
    CHECK_NOT_CONTAINS(a.html, "【");
    CHECK_CONTAINS(a.html, "门槛。</p>");
    /* what was open there is closed, once */
    const char *end = a.html + strlen(a.html);
    CHECK(strlen(a.html) > 10 && !strcmp(end - 10, "</article>"));
    CHECK_INT_EQ((long)count_of(a.html, "<div"), (long)count_of(a.html, "</div>"));
    ls_article_release(&a);
    /* a story whose lines are set apart by <br> keeps its last full stop */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>平台要走向深耕，至少需要"
             "补齐三块短板，这是受访企业的一致看法，也是行业协会在报告中反复强调的结论。<br><br>这既是"
             "挑战，也是实现弯道超车的难得机遇。<br><br><div align=right>（责任编辑：李琴）</div></div>");
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.html, "李琴");
    CHECK_CONTAINS(a.html, "难得机遇。");
    ls_article_release(&a);
    /* HTML that does not end with those words is left as it is */
    char html[] = "<article><p>门槛。</p><p>别的内容</p></article>";
    ls_x_trim_html_tail(html, "\n\n未经授权严禁转载", strlen("\n\n未经授权严禁转载"));
    CHECK_STR_EQ(html, "<article><p>门槛。</p><p>别的内容</p></article>");
}

TEST(extract_article_in_a_hidden_textarea)
{
    /* a portal's server-drawn page: the article's HTML sits in a hidden
     * textarea for a script to place; the page shows only its furniture */
    char body[8192];
    snprintf(body, sizeof body, "<div class=data-container style='display:none'><article>"
             "<textarea class=article-content>%s</textarea></article></div><div class=app>"
             "<p>扫码下载环球新闻APP</p><h3>相关新闻</h3><a href=/n/1>工业互联网平台加速落地</a></div>",
             ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK(!strncmp(a.text, "随着新一代", strlen("随着新一代")));
    CHECK_CONTAINS(a.text, "门槛。");
    CHECK_NOT_CONTAINS(a.text, "扫码");
    ls_article_release(&a);
}

TEST(extract_thread_floor_footers_date_the_post)
{
    /* a Chinese forum's floors end with the device, the floor and the time */
    char body[8192];
    snprintf(body, sizeof body, "<h1>S7-1200 开启 OPC UA 后连不上</h1><div class=p_postlist>"
             "<div class=l_post><div class=d_author><a href='/home/main?un=x'>电气萌新2022</a></div>"
             "<div class=d_post_content>如题，CPU 1214C 固件 V4.4，博途 V17，已经在属性里勾了激活 "
             "OPC UA 服务器，也下载了运行系统许可，上位机用 UaExpert 连一直提示证书错误，求大佬"
             "指点！</div><div class=post-tail-wrap><span class=tail-info>来自Android客户端</span>"
             "<span class=tail-info>1楼</span><span class=tail-info>2023-02-14 20:33</span></div>"
             "</div><div class=l_post><div class=d_post_content>BadSecurityChecksFailed 一般是证书"
             "问题，和安全策略没关系，在博途里把 UaExpert 的客户端证书导入为受信任，再重新下载硬件"
             "配置就可以了。</div><div class=reply><span>2023-2-14 20:41</span></div><div "
             "class=post-tail-wrap><span class=tail-info>2楼</span><span class=tail-info>2023-02-14"
             " 21:02</span></div></div></div>");
    ls_article a;
    article_of("<title>S7-1200 开启 OPC UA 后连不上_plc吧_百度贴吧</title>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2023-02-14T20:33:00+08:00");
    CHECK_NOT_CONTAINS(a.text, "楼");
    CHECK_NOT_CONTAINS(a.text, "2023-2-14");
    CHECK_CONTAINS(a.text, "重新下载硬件配置就可以了。");
    ls_article_release(&a);
    /* a day alone (a timeline's entry) stays */
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>2023-02-14</p>"
             "<p>工厂完成了第一条产线的改造，设备联网率达到百分之八十。</p></div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "2023-02-14");
    ls_article_release(&a);
}

TEST(extract_html_tables_only_where_tables_are)
{
    /* an old portal laid out with tables: the article is a cell holding a
     * data table of its own; the reader's HTML has no cell outside a table,
     * the layout's table becomes blocks, the data table stays one */
    char body[8192];
    snprintf(body, sizeof body, "<table><tr><td>中华工控网</td></tr><tr><td class=newscontent>"
             "2016年，工业4.0和中国制造2025已成为制造业最热门的话题，作为工业自动化的核心设备，PLC在"
             "这一轮变革中扮演着重要角色，边缘计算这一新兴概念又将给PLC带来哪些改变，本文尝试做一简要"
             "分析。<br><br>目前国内PLC市场仍以国外品牌为主，主要厂商及代表产品如下表所示，国产品牌的"
             "份额近年来稳步提升，在中小型PLC市场已经占据一席之地，而在大型PLC领域仍有差距。<br><br>"
             "<table border=1><tr><td>厂商</td><td>代表产品</td></tr><tr><td>西门子</td><td>S7-1500"
             "</td></tr><tr><td>汇川技术</td><td>AM600</td></tr></table><br>总之，PLC与边缘计算的融合"
             "是大势所趋，对于国内自动化厂商而言，这既是挑战，也是实现弯道超车的难得机遇。</td></tr>"
             "</table>");
    ls_article a;
    article_of("<title>工业4.0背景下PLC与边缘计算的融合发展趋势</title>", body, &a);
    CHECK(!strstr(a.html, "<article><td") && !strstr(a.html, "<article><tr"));
    CHECK_INT_EQ((long)count_of(a.html, "<table"), 1L);
    CHECK_CONTAINS(a.html, "<td>西门子</td>");
    ls_article_release(&a);
}

TEST(content_notice_record_keeps_its_times_and_named_files)
{
    /* a procurement notice: times in its table are values, and its file,
     * served by a script whose address names no file, shows its name */
    char body[8192];
    snprintf(body, sizeof body, "<h1>工业互联网平台监测分析系统建设项目招标公告</h1><div class=vF_detail>"
             "%s<table><tr><td>开标时间：</td><td>2024年04月08日 09:30</td></tr><tr><td>公告时间："
             "</td><td>2024年03月15日 16:45</td></tr></table><p>附件：</p><p><a href='/oss/download?"
             "uuid=8a8b1c2d'>招标文件（工业互联网平台监测分析系统）.pdf</a></p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>工业互联网平台监测分析系统建设项目招标公告</title>", body, &a);
    CHECK_CONTAINS(a.text, "2024年04月08日 09:30");
    CHECK_CONTAINS(a.text, "2024年03月15日 16:45");
    CHECK_CONTAINS(a.text, "招标文件（工业互联网平台监测分析系统）.pdf");
    ls_article_release(&a);
}

TEST(content_table_cells_of_paragraphs_keep_their_rows)
{
    /* a document exported from a word processor writes a <p> in every
     * cell; each row stays one line */
    char body[8192];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<table><tr><td><p>指标"
             "</p></td><td><p>2023年基础</p></td><td><p>2026年目标</p></td></tr><tr><td><p>5G工厂数量"
             "（家）</p></td><td><div><p>300</p></div></td><td><p>10000</p><p>（预期）</p></td></tr>"
             "</table></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "指标 | 2023年基础 | 2026年目标\n5G工厂数量（家） | 300 | 10000 （预期）");
    CHECK_CONTAINS(a.html, "<td><p>指标</p></td>");
    ls_article_release(&a);
}

TEST(extract_chinese_page_time_in_utc_is_written_at_0800)
{
    ls_article a;
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s</div>", ZH_STORY);
    article_of("<title>智能制造进入深水区</title><meta property='article:published_time' "
               "content='2023-06-08T18:17:53Z'>", body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2023-06-09T02:17:53+08:00");
    ls_article_release(&a);
    /* an English page keeps the zone it was given */
    article_of("<title>Plant floor data</title><meta property='article:published_time' "
               "content='2023-06-08T18:17:53Z'>", "<h1>Plant floor data</h1><p>Edge gateways "
               "collect machine data on the plant floor and send it to the cloud for analysis by "
               "the quality team.</p>", &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2023-06-08T18:17:53Z");
    ls_article_release(&a);
}

TEST(content_block_marked_as_an_advert_is_no_text)
{
    static const char *const ads[] = {"【广告】工控培训，零基础三个月上岗，包就业！", "[推广] 工业网关限时特价"};
    for (size_t k = 0; k < sizeof ads / sizeof ads[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<div>%s</div>"
                 "<p>工厂完成了第一条产线的改造，设备联网率达到百分之八十。</p></div>", ZH_STORY, ads[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_NOT_CONTAINS(a.text, "广告");
        CHECK_NOT_CONTAINS(a.text, "推广");
        CHECK_CONTAINS(a.text, "设备联网率");
        ls_article_release(&a);
    }
    /* a paragraph about advertising is the story's */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>广告投放的数字化"
             "也在改变工业品营销的方式。</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "广告投放的数字化");
    ls_article_release(&a);
}

TEST(extract_label_cell_under_a_title_cell_is_no_byline)
{
    /* a procurement notice's record: its first row's value repeats the
     * title, the next row's label is no writer */
    char body[8192];
    snprintf(body, sizeof body, "<h1>工业互联网平台监测分析系统建设项目招标公告</h1><div class=info>"
             "2024年03月15日 16:45 来源：中国政府采购网</div><div class=vF_detail><p>公告概要：</p>"
             "<table><tr><td>采购项目名称</td><td>工业互联网平台监测分析系统建设项目招标公告</td></tr>"
             "<tr><td>品目</td><td>服务/信息技术服务/软件开发服务</td></tr></table>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>工业互联网平台监测分析系统建设项目招标公告</title>", body, &a);
    CHECK(a.byline == NULL);
    ls_article_release(&a);
}

TEST(extract_html_paragraph_marked_as_a_title_is_a_heading)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=article__content>%s<p "
             "class=text-big-title label=大标题>一、系统是买来了，流程没有变</p><p>我们走访了十几家工厂"
             "后发现，最常见的问题不是技术，而是流程。</p><p class=caption-title>这是一句说明，"
             "不是标题。</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.html, "<h3>一、系统是买来了，流程没有变</h3>");
    CHECK_NOT_CONTAINS(a.html, "<h3>这是一句说明");
    ls_article_release(&a);
}

TEST(extract_credit_in_brackets_opening_a_paragraph)
{
    /* a portal's story opens with its outlet and the writer in brackets,
     * then the story goes on in the same paragraph */
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p>凤凰网科技讯 （作者/"
             "赵一鸣）距离首批工业大模型发布已过去一年。这些被寄予厚望的AI工程师，真的走进车间了吗？"
             "</p>%s<p>责任编辑：李晓晨</p><p>校对：施鋆</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.byline ? a.byline : "(null)", "赵一鸣");
    CHECK(!strncmp(a.text, "凤凰网科技讯", strlen("凤凰网科技讯")));
    CHECK_NOT_CONTAINS(a.text, "校对");
    CHECK_NOT_CONTAINS(a.text, "李晓晨");
    ls_article_release(&a);
}

TEST(extract_images_of_mip_and_forum_loaders)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>Plant floor data</h1><article>%s<p><mip-img "
             "src='/img/mip.jpg' width=640 height=360></mip-img></p><p><img src='/static/none.gif' "
             "file='/data/attachment/forum/a.jpg' zoomfile='/data/attachment/forum/a_big.jpg'></p>"
             "<p><img src='/img/loading.gif' data-lazyload='/img/lazy.jpg'></p><p><img "
             "src='/images/sg_trans.gif' real_src='/bmiddle/plant.jpg'></p></article>", PARAS);
    ls_article a;
    article_of("<title>Plant floor data</title>", body, &a);
    CHECK_CONTAINS(a.html, "bmiddle/plant.jpg");
    CHECK_NOT_CONTAINS(a.html, "sg_trans.gif");
    CHECK_CONTAINS(a.html, "mip.jpg");
    CHECK_CONTAINS(a.html, "a_big.jpg");
    CHECK_CONTAINS(a.html, "lazy.jpg");
    CHECK_NOT_CONTAINS(a.html, "none.gif");
    CHECK_NOT_CONTAINS(a.html, "loading.gif");
    ls_article_release(&a);
}

TEST(content_picture_offered_for_sharing_is_the_story_s)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=article>%s<div "
             "class=sharePic><img src='/img/press.jpg'><p>工信部新闻发布会现场（图片来源：工信部网站）"
             "</p></div><p>工厂完成了第一条产线的改造，设备联网率达到百分之八十。</p><div class=share>"
             "<a href=/s/wx>微信</a><a href=/s/wb>微博</a></div></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_CONTAINS(a.text, "工信部新闻发布会现场");
    CHECK_CONTAINS(a.html, "press.jpg");
    CHECK_NOT_CONTAINS(a.text, "微博");
    ls_article_release(&a);
}

TEST(content_forum_edit_notice_is_no_text)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=message>%s<div "
             "class=post_lastedit><i class=pstatus>本帖最后由 电工阿杰 于 2024-5-12 11:05 编辑</i>"
             "</div><p>工厂完成了第一条产线的改造，设备联网率达到百分之八十。</p></div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "本帖最后由");
    CHECK_CONTAINS(a.text, "门槛");
    ls_article_release(&a);
}

TEST(extract_news_flash_names_its_outlet)
{
    char body[4096];
    snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p>新浪科技讯 5月12日"
             "消息，工业和信息化部今日召开新闻发布会，介绍工业互联网发展情况。</p>%s</div>", ZH_STORY);
    ls_article a;
    article_of("<title>智能制造进入深水区</title>", body, &a);
    CHECK_STR_EQ(a.source ? a.source : "(null)", "新浪科技");
    ls_article_release(&a);
    /* the paper's own flash names no source; a word in a sentence is none */
    static const char *const none[] = {"本报讯 （记者 王磊）工业和信息化部今日召开新闻发布会。",
                                       "他说通讯 5月12日恢复，工厂随即复产。"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text><p>%s</p>%s</div>",
                 none[k], ZH_STORY);
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK(a.source == NULL);
        ls_article_release(&a);
    }
}

TEST(extract_story_sentences_about_apps_and_short_brackets_stay)
{
    /* the story's own last sentences that mention an app, a follow or an
     * address, and short bracketed lines, are text */
    static const char *const lines[] = {"目前用户已可下载新版客户端体验该功能。",
                                        "该话题随后登上热搜，引发网友关注微信号的讨论。",
                                        "（本文）", "(本文)"};
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++) {
        char body[4096];
        snprintf(body, sizeof body, "<h1>智能制造进入深水区</h1><div class=text>%s<p>%s</p></div>",
                 ZH_STORY, lines[k]);
        ls_article a;
        article_of("<title>智能制造进入深水区</title>", body, &a);
        CHECK_CONTAINS(a.text, lines[k]);
        ls_article_release(&a);
    }
}

TEST(extract_japanese_and_korean_pages_keep_their_own_zone)
{
    /* no lang named: the kana say Japanese, not Chinese (+09:00, not
     * +08:00); the hour written 時 */
    const char *jp = "<html><head><title>協働ロボットの導入が進む</title></head><body><h1>"
                     "協働ロボットの導入が進む</h1><div class=info>2024年05月02日 10時30分 公開"
                     "</div><div class=body><p>中堅の物流会社が協働ロボットを40台導入した。"
                     "倉庫の作業者の負担を減らし、夜間の出荷にも対応するという。</p><p>同社は"
                     "今後、ほかの拠点にも広げる計画だ。導入の効果は半年ごとに検証する。"
                     "</p><p>ロボットは最大600kgの荷物を搬送できる。担当者は「安全性を最優先"
                     "にした」と話した。</p></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(jp, NULL, &a), 0);
    CHECK_STR_EQ(a.published, "2024-05-02T10:30:00+09:00");
    CHECK_STR_EQ(a.lang, "ja");
    ls_article_release(&a);
    const char *ko = "<html lang=ko><head><title>중소 제조기업 AI 도입</title></head><body>"
                     "<h1>중소 제조기업 AI 도입</h1><div class=info>입력 2024.05.02 10:30 "
                     "<span class=byline>김철수 기자</span></div><div class=body><p>중소 제조"
                     "기업 10곳 중 7곳은 인공지능 도입 계획이 없는 것으로 나타났다. 비용과 인력"
                     "이 가장 큰 걸림돌로 꼽혔다.</p><p>정부는 올해 지원 사업을 확대할 방침이다."
                     " 업계는 현장 맞춤형 지원이 필요하다고 말했다.</p></div></body></html>";
    CHECK_INT_EQ(run(ko, NULL, &a), 0);
    CHECK_STR_EQ(a.published, "2024-05-02T10:30:00+09:00");
    CHECK_STR_EQ(a.byline, "김철수");
    ls_article_release(&a);
}

TEST(extract_day_first_on_pages_whose_language_writes_it)
{
    const char *pt = "<html lang=pt-BR><head><title>Indústria amplia uso de robôs</title>"
                     "</head><body><h1>Indústria amplia uso de robôs</h1><p class=meta>Por "
                     "João Silva · 02/05/2024 10h30</p><div class=body><p>A indústria "
                     "brasileira ampliou o uso de robôs colaborativos nas linhas de montagem, "
                     "segundo a associação do setor.</p><p>O investimento deve crescer ainda "
                     "mais no segundo semestre, com novas linhas de crédito.</p></div></body>"
                     "</html>";
    ls_article a;
    CHECK_INT_EQ(run(pt, NULL, &a), 0);
    CHECK(a.published && !strncmp(a.published, "2024-05-02T10:30", 16));
    CHECK_STR_EQ(a.byline, "João Silva");
    ls_article_release(&a);
    /* the same numbers on a page in US English are the 5th of February */
    const char *en = "<html lang=en-US><head><title>Plant adds cobots</title></head><body><h1>"
                     "Plant adds cobots</h1><p class=meta>By Jane Roe · 02/05/2024</p><div "
                     "class=body><p>The plant added twelve collaborative robots to its "
                     "assembly line this winter, the company said.</p><p>More are planned "
                     "for the second half of the year, with new financing.</p></div></body>"
                     "</html>";
    CHECK_INT_EQ(run(en, NULL, &a), 0);
    CHECK_STR_EQ(a.published, "2024-02-05");
    ls_article_release(&a);
}

TEST(content_read_more_box_and_a_papers_metrics_are_no_text)
{
    char body[8192];
    /* "READ MORE" over another story's headline, set in the story; the
     * story's own "Read more about …" stays */
    snprintf(body, sizeof body, "<article>%s<div class='paragraph--type--read-more'><p "
             "class=read-more-label>READ MORE</p><p><a href='/en/story/1142000'>E-waste: 'Time "
             "to reduce, reuse, recycle' says UN agency</a></p></div><p>Regional differences "
             "are stark, and Europe recorded the highest documented collection rate.</p><p><a "
             "href='/guide'>Read more about recycling rates</a> in our guide.</p></article>",
             PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "READ MORE");
    CHECK_NOT_CONTAINS(t, "Time to reduce");
    CHECK_CONTAINS(t, "Regional differences are stark");
    CHECK_CONTAINS(t, "Read more about recycling rates in our guide.");
    free(t);
    /* a paper's counts of accesses and citations */
    snprintf(body, sizeof body, "<article><ul class=app-article-metrics-bar><li><p>2140 "
             "<span>Accesses</span></p></li><li><p>3 <span>Citations</span></p></li></ul>%s"
             "</article>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Accesses");
    CHECK_NOT_CONTAINS(t, "Citations");
    free(t);
    /* a reading time with its label first */
    snprintf(body, sizeof body, "<article><div class=meta>Read Time: 6 min</div>%s<p>Reading "
             "time: 4 minutes is what the survey says operators spend on the report.</p>"
             "</article>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Read Time");
    CHECK_CONTAINS(t, "Reading time: 4 minutes is what the survey says");
    free(t);
    /* a paywall's notice where the rest of the paper would be */
    snprintf(body, sizeof body, "<article>%s<div class=c-article-section__content><p>This is a "
             "preview of subscription content, <a href='https://wayf.example/'>log in via an "
             "institution</a> to check access.</p></div><h2>References</h2><ol><li>Grieves, M.: "
             "Digital twin. Springer (2017)</li></ol></article>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "preview of subscription content");
    CHECK_CONTAINS(t, "Grieves, M.: Digital twin.");
    free(t);
}

TEST(content_list_markers_drawn_as_text_are_no_lines)
{
    char body[8192];
    /* a highlights list whose items hold their marker in a span and their
     * text in a paragraph */
    snprintf(body, sizeof body, "<article>%s<h2>Highlights</h2><ul class=list><li><span "
             "class=list-label>•</span><span><p>Impedance spectra from 24 commercial cells.</p>"
             "</span></li><li><span class=list-label>•</span><span><p>A network transfers to "
             "another chemistry.</p></span></li></ul></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Impedance spectra from 24 commercial cells.");
    CHECK_NOT_CONTAINS(t, "•");
    free(t);
    /* a filing's list drawn as one table per item: "•" in the first cell */
    snprintf(body, sizeof body, "<div>%s<table border=0 width='100%%'><tr><td width='4%%'>"
             "&#8226;</td><td><p>Revenue of $418.6 million, compared with $343.1 million.</p></td>"
             "</tr></table><table><tr><td>&#8226;</td><td><p>Gross margin of 24.8%%, up from "
             "21.3%%.</p></td></tr></table></div>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "\nRevenue of $418.6 million, compared with $343.1 million.");
    CHECK_CONTAINS(t, "\nGross margin of 24.8%, up from 21.3%.");
    CHECK_NOT_CONTAINS(t, "•");
    free(t);
}

TEST(content_writers_card_under_the_story_is_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<div id=post><div class=prose>%s</div><div "
             "class=blog-author-container>\n<h3>Written by</h3>\n<h4><a href='/@tomas'>Tomás "
             "Herrera</a></h4>\n<p>Backend engineer working on databases and infrastructure.</p>"
             "</div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Written by");
    CHECK_NOT_CONTAINS(t, "Backend engineer");
    free(t);
}

TEST(content_call_to_action_between_paragraphs_is_no_text)
{
    /* an event's box set between a story's paragraphs, named "inline-cta";
     * a service page built of "cta" sections keeps them */
    char *t = extract_text("<article><div class=entry-content><p>Coldline builds sodium-ion "
                           "battery systems that sit inside the data hall rather than in a yard, "
                           "and has raised $42 million.</p><div class=inline-cta><p>Techcrunch "
                           "event</p><h4>Join 10,000+ startup leaders at Disrupt</h4><p>Get your "
                           "pass before prices rise on Friday.</p><a class=inline-cta__button "
                           "href='/events/'>Register Now</a></div><p>The company's first systems "
                           "have run at two colocation sites in Virginia since last summer, "
                           "cutting peak draw.</p></div></article>");
    CHECK_CONTAINS(t, "raised $42 million.\n\nThe company's first systems");
    CHECK_NOT_CONTAINS(t, "Register Now");
    CHECK_NOT_CONTAINS(t, "Join 10,000+");
    free(t);
    t = extract_text("<main><section class='cmp-cta'><h2>Predictive maintenance</h2><p>Our "
                     "engineers fit vibration sensors to your spindles and watch their spectra "
                     "for wear, weeks before a bearing fails.</p></section><section "
                     "class='cmp-cta'><h2>Energy audits</h2><p>We meter every line of the plant "
                     "for a month and show where the compressed air and the idle hours "
                     "go.</p></section></main>");
    CHECK_CONTAINS(t, "Predictive maintenance");
    CHECK_CONTAINS(t, "Energy audits");
    free(t);
}

TEST(content_a_papers_similar_and_citing_papers_are_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<div class=article-page><h1>AKI prediction</h1><div "
             "class=abstract>%s</div><div class=similar-articles><h2>Similar articles</h2><ul>"
             "<li><a href=/1/>Prediction of postoperative acute kidney injury: a systematic "
             "review.</a> Lee J, et al. Anesthesiology. 2022.</li><li><a href=/2/>Deep learning "
             "for early detection of kidney injury.</a> Tomasev N, et al. Nature. 2019.</li></ul>"
             "</div><div class=cited-by><h2>Cited by</h2><ul><li><a href=/3/>External "
             "validation of perioperative AKI risk models.</a> Berg A, et al. 2024.</li></ul>"
             "</div></div>", PARAS);
    char *t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Similar articles");
    CHECK_NOT_CONTAINS(t, "Tomasev");
    CHECK_NOT_CONTAINS(t, "Cited by");
    CHECK_NOT_CONTAINS(t, "Berg A");
    free(t);
}

TEST(content_related_boxes_adverts_and_ends_in_other_languages)
{
    char body[8192];
    /* a German story: "Anzeige" over an advert, a "Lesen Sie auch" box, a
     * call to subscribe at the end */
    snprintf(body, sizeof body, "<article><div class=text>%s<p>Anzeige</p><div class=box><p>"
             "Lesen Sie auch</p><ul><li><a href='/a'>Schleifbrand erkennen: Kameras "
             "prüfen</a></li><li><a href='/b'>Getriebe im Test</a></li></ul></div><p>Die Anlage "
             "läuft seit März im Dreischichtbetrieb und prüft jedes Rad.</p><p>Jetzt abonnieren "
             "und alle Artikel lesen.</p></div></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "im Dreischichtbetrieb und prüft jedes Rad.");
    CHECK_NOT_CONTAINS(t, "Anzeige");
    CHECK_NOT_CONTAINS(t, "Schleifbrand");
    CHECK_NOT_CONTAINS(t, "abonnieren");
    free(t);
    /* a Korean story's reporter line and rights at its end; a Japanese
     * story's next-article links and its paywall's call */
    snprintf(body, sizeof body, "<article><div class=text>%s<p>정부는 올해 지원 사업을 확대할 "
             "방침이다.</p><p>이영희 기자 younghee@news.example.co.kr</p><p>&lt;저작권자 ⓒ "
             "산업일보, 무단전재 및 재배포 금지&gt;</p></div></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "지원 사업을 확대할 방침이다.");
    CHECK_NOT_CONTAINS(t, "younghee@");
    CHECK_NOT_CONTAINS(t, "무단전재");
    free(t);
    snprintf(body, sizeof body, "<article><div class=text>%s<p>同社は今後、ほかの拠点にも広げる"
             "計画だ。</p><div class=nav>＜<a href='/p'>前の記事 協働ロボットの安全指針</a> ｜ "
             "<a href='/n'>次の記事 AGVの新製品</a>＞</div><p>この記事は会員限定です。会員登録"
             "（無料）すると続きをお読みいただけます。</p></div></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "ほかの拠点にも広げる計画だ。");
    CHECK_NOT_CONTAINS(t, "前の記事");
    CHECK_NOT_CONTAINS(t, "会員限定");
    free(t);
}

TEST(content_gallery_keeps_its_pictures_and_drops_its_counters)
{
    char body[8192];
    /* each picture boxed with its "查看原图" link, a counter above it */
    snprintf(body, sizeof body, "<div class=gallery>%s<div class=photo-item><div "
             "class=photo-num><em>1</em>/2</div><div class=photo-img><a "
             "href='https://img.example.cn/a_big.jpg'><img src='https://img.example.cn/a.jpg' "
             "width=900 height=600></a><a class=view-orig href='https://img.example.cn/a_big.jpg'>"
             "查看原图</a></div><p>冲压车间内，全自动冲压线正在生产车身侧围，冲次可达每分钟15次。"
             "</p></div><div class=photo-item><div class=slide-counter>2 / 2</div><div "
             "class=photo-img><a href='https://img.example.cn/b_big.jpg'><img "
             "src='https://img.example.cn/b.jpg' width=900 height=600></a><a "
             "href='https://img.example.cn/b_big.jpg'>查看原图</a></div><p>焊装车间里，400余台工业"
             "机器人协同作业，车身焊接自动化率达到100%%。</p></div><table><tr><th>Billing</th>"
             "<td><p class=score-number>5/5</p></td></tr></table><div>3/4</div></div>", PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK_CONTAINS(a.html, "https://img.example.cn/a.jpg");
    CHECK_CONTAINS(a.html, "https://img.example.cn/b.jpg");
    CHECK_CONTAINS(a.text, "冲压车间内");
    CHECK_NOT_CONTAINS(a.text, "查看原图");
    CHECK_NOT_CONTAINS(a.text, "1/2");
    CHECK_NOT_CONTAINS(a.text, "2 / 2");
    /* a score and a measure are no counters */
    CHECK_CONTAINS(a.text, "5/5");
    CHECK_CONTAINS(a.text, "3/4");
    ls_article_release(&a);
}

TEST(content_newsletter_call_under_the_issue_is_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<article><section class=gh-content>%s<p>That’s it for this "
             "week. Hit reply and tell me what you’re working on.</p><p>– Nadia</p><aside "
             "class=gh-post-upgrade-cta><h2>Enjoyed this issue?</h2><p>Subscribe to get The "
             "Lineside Brief in your inbox every Thursday.</p><a class=button "
             "href='/signup/'>Subscribe now</a><p>Already have an account? <a "
             "href='/signin/'>Sign in</a></p></aside></section></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "– Nadia");
    CHECK_NOT_CONTAINS(t, "Enjoyed this issue");
    CHECK_NOT_CONTAINS(t, "Subscribe");
    CHECK_NOT_CONTAINS(t, "Already have an account");
    free(t);
}

TEST(content_last_heading_whose_section_went_goes_too)
{
    char body[8192];
    /* "Similar jobs" over a list of other postings, left out: the heading
     * goes with it; a last heading with no section of its own stays */
    snprintf(body, sizeof body, "<main><div class=job>%s<h2>Compensation</h2><p>The salary "
             "range is $105,000 to $135,000 per year, depending on experience and "
             "location.</p></div><section class=more><h2>Similar jobs</h2><ul><li><a "
             "href='/jobs/1'>Controls Technician</a></li><li><a href='/jobs/2'>Robotics "
             "Engineer</a></li><li><a href='/jobs/3'>Manufacturing Engineer</a></li></ul>"
             "</section></main>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "depending on experience and location.");
    CHECK_NOT_CONTAINS(t, "Similar jobs");
    CHECK_NOT_CONTAINS(t, "Robotics Engineer");
    free(t);
    snprintf(body, sizeof body, "<article>%s<h3>Want to discuss this further? Write to our "
             "recruiter.</h3></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "Want to discuss this further?");
    free(t);
    /* a heading over a box a script fills, and nothing after it */
    snprintf(body, sizeof body, "<article>%s<h2>Comments</h2><div id=disqus_thread></div>"
             "<div class=spacer></div></article>", PARAS);
    t = extract_text(body);
    CHECK_NOT_CONTAINS(t, "Comments");
    free(t);
    /* (a heading over a picture keeps it) */
    snprintf(body, sizeof body, "<article>%s<h2>The line in 2024</h2><div><img "
             "src='https://site.example/line.jpg' alt=''></div></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "The line in 2024");
    free(t);
}

TEST(content_highlighted_code_keeps_its_lines_and_empty_ones)
{
    char body[8192];
    /* Prism draws each line as <span class=token-line>, an empty one as a
     * lone <br>: the lines stay apart and the empty one stays */
    snprintf(body, sizeof body, "<article>%s<pre class=prism-code><code><span "
             "class=token-line><span class='token keyword'>from</span> opencell <span "
             "class='token keyword'>import</span> Cell</span><span class=token-line><br></span>"
             "<span class=token-line>cell = Cell(<span class='token string'>\"press-1\"</span>)"
             "</span><span class=token-line>cell.start()</span></code></pre></article>", PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK_CONTAINS(a.text, "from opencell import Cell\n\ncell = Cell(\"press-1\")\ncell.start()");
    CHECK_CONTAINS(a.html, "from opencell import Cell\n\ncell = Cell(\"press-1\")\ncell.start()");
    ls_article_release(&a);
}

TEST(extract_korean_words_are_runs_of_hangul)
{
    const char *ko = "중소 제조기업 10곳 중 7곳", *zh = "中小企业";
    CHECK_INT_EQ((long)ls_extract_word_count(ko, strlen(ko)), 5);
    CHECK_INT_EQ((long)ls_extract_word_count(zh, strlen(zh)), 4);
    /* so a Korean site's name before its headline is cut like any other */
    const char *page = "<html lang=ko><head><title>산업일보 - 중소 제조기업 10곳 중 7곳 AI 도입 계획 "
                     "없다</title><meta property=og:site_name content=산업일보></head><body><div "
                     "class=body><p>중소 제조기업 10곳 중 7곳은 인공지능 도입 계획이 없는 것으로 "
                     "나타났다. 비용 부담과 전문 인력 부족이 가장 큰 걸림돌로 꼽혔다.</p><p>정부는 "
                     "올해 지원 사업을 확대할 방침이다. 업계는 현장 맞춤형 지원이 필요하다고 "
                     "말했다.</p></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(page, NULL, &a), 0);
    CHECK_STR_EQ(a.title, "중소 제조기업 10곳 중 7곳 AI 도입 계획 없다");
    ls_article_release(&a);
}

TEST(content_lead_photo_boxed_without_figure_stays)
{
    /* a photo and its caption in a <div> between the info line and the
     * body: the story's picture, as a <figure> would be */
    const char *html = "<html><head><title>經濟部推中小企業數位轉型</title></head><body><h1>"
                       "經濟部推中小企業數位轉型</h1><div class=info>2024/05/02 14:35 記者林志明"
                       "／台北報導</div><div class=photo><img src='/photo/smb.jpg' alt='經濟部'><p "
                       "class=photo-caption>經濟部今日說明中小企業數位轉型計畫。</p></div><div "
                       "id=story-body><p>經濟部今日宣布，今年將投入新台幣20億元推動中小企業數位"
                       "轉型加速計畫，預計輔導3,000家製造業中小企業導入智慧機械。</p><p>經濟部次長"
                       "表示，台灣有超過16萬家製造業中小企業，其中七成以上仍停留在數位化初期階段。"
                       "</p></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_STR_EQ(a.lead_image, "https://site.example/photo/smb.jpg");
    CHECK_CONTAINS(a.html, "<img src=\"https://site.example/photo/smb.jpg\"");
    CHECK_CONTAINS(a.text, "經濟部今日說明中小企業數位轉型計畫。");
    ls_article_release(&a);
}

TEST(content_callout_icon_alone_is_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<div class=callout><div class=icon>💡</div><div "
             "class=callout-text><p>Tip: keep the cycle time under 10 ms for motion tasks.</p>"
             "</div></div><table><tr><th>Feature</th><th>Basic</th></tr><tr><td>Alarms</td>"
             "<td>✓</td></tr></table></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Tip: keep the cycle time");
    CHECK_NOT_CONTAINS(t, "💡");
    CHECK_CONTAINS(t, "Alarms | ✓");
    free(t);
}

TEST(content_shop_card_in_a_story_is_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<div class=tao-card><a href='https://u.jd.example/a'>"
             "<img src='https://img.example.cn/lz.jpg'><span>凌智 LZ-Edge 600 边缘AI计算盒</span><span>"
             "¥5999</span><span>京东 去购买</span></a></div><p>软件层面，LZ-Edge 600 预装自研的边缘"
             "管理平台，支持容器化部署。</p><p>It costs $5 less than the old model.</p></article>",
             PARAS);
    ls_article a;
    article_of("<title>T</title>", body, &a);
    CHECK_NOT_CONTAINS(a.text, "去购买");
    CHECK_NOT_CONTAINS(a.html, "lz.jpg");
    CHECK_CONTAINS(a.text, "支持容器化部署。");
    CHECK_CONTAINS(a.text, "It costs $5 less");
    ls_article_release(&a);
}

TEST(content_live_blog_badges_are_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<div class=live>%s<article class=entry><span class=badge>Pinned "
             "post</span><p>The chancellor arrives at the robotics hall at 10:00.</p></article>"
             "<article class=entry><div class=label>Key event</div><p>The first demonstration "
             "starts with a welding cell.</p></article></div>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "The chancellor arrives");
    CHECK_NOT_CONTAINS(t, "Pinned post");
    CHECK_NOT_CONTAINS(t, "Key event");
    free(t);
}

TEST(content_press_release_subhead_leads_the_text)
{
    /* a wire release's subhead under its headline, in italics and with no
     * full stop: the release's own summary */
    const char *html = "<html><head><title>Norvance Launches MT-2</title></head><body><article>"
                       "<div class=hdr><h1>Norvance Launches MT-2</h1><h2 "
                       "class=bw-release-subhead><i>MT-2 combines a collaborative arm with an "
                       "autonomous base to serve up to eight CNC machines per unit</i></h2></div>"
                       "<div class=story><p>PITTSBURGH--Norvance Robotics today announced the "
                       "launch of the MT-2, an autonomous mobile manipulator for machine tending."
                       "</p><p>Machine tending is one of the most common applications for "
                       "industrial robots, and fixed cells tie each arm to a single machine.</p>"
                       "</div></article></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK(a.text && !strncmp(a.text, "MT-2 combines a collaborative arm", 33));
    CHECK_CONTAINS(a.text, "PITTSBURGH--Norvance Robotics");
    ls_article_release(&a);
}

TEST(content_writer_bio_under_the_story_goes)
{
    const char *html = "<html><head><title>Predictive maintenance halves downtime</title><meta "
                       "name=author content='Max Müller'></head><body><h1>Predictive maintenance "
                       "halves downtime</h1><div class=body><p>The supplier from Göppingen has "
                       "produced precision turned parts since 1952 and runs forty machines.</p><p>"
                       "Since last year vibration sensors watch every spindle, and a model "
                       "predicts failures two weeks ahead.</p><p>Max Müller ist Fachredakteur für "
                       "Instandhaltung und Produktions-IT.</p></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_STR_EQ(a.byline, "Max Müller");
    CHECK_CONTAINS(a.text, "predicts failures two weeks ahead.");
    CHECK_NOT_CONTAINS(a.text, "Fachredakteur");
    CHECK_NOT_CONTAINS(a.html, "Fachredakteur");
    ls_article_release(&a);
}

TEST(content_a_notices_files_are_its_own)
{
    /* a tender notice's files under it, in a box beside the body: kept,
     * as a list of a page's other notices would not be */
    const char *html = "<html><head><title>智能工厂诊断评估服务项目公开招标公告</title></head><body>"
                       "<div class=detail><h1>智能工厂诊断评估服务项目公开招标公告</h1><div "
                       "class=content><p>项目编号：ZJZC-2024-GK-0317。本项目的潜在投标人应在政采云"
                       "平台获取招标文件，并于2024年4月10日9点前提交投标文件。</p><p>采购需求：为全省"
                       "100家企业提供智能工厂诊断评估服务，服务期一年，预算金额486万元。</p></div><div "
                       "class=attach><p>附件信息：</p><ul><li><a href='/up/zbwj.pdf'>招标文件（发布稿）"
                       ".pdf</a> 1.82MB</li><li><a href='/up/xq.docx'>附件1：采购需求.docx</a> 86.5KB"
                       "</li><li><a href='/up/smh.docx'>附件2：中小企业声明函.docx</a> 18.2KB</li></ul>"
                       "</div></div><div class=side><ul><li><a href='/n/1'>另一个公告的标题比较长"
                       "</a></li><li><a href='/n/2'>第二个公告的标题也比较长</a></li><li><a "
                       "href='/n/3'>第三个公告的标题同样很长</a></li></ul></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_CONTAINS(a.text, "附件1：采购需求.docx 86.5KB");
    CHECK_CONTAINS(a.html, "https://site.example/up/zbwj.pdf");
    CHECK_NOT_CONTAINS(a.text, "另一个公告");
    ls_article_release(&a);
}

TEST(extract_html_cut_at_the_cap_stays_well_formed)
{
    /* an article larger than the cap: the text and the html stop at a
     * whole element, every element opened is closed, and no attribute is
     * left open */
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    ls_buf_adds(&b, "<html><head><title>T</title></head><body><article><div class=body>");
    for (int i = 0; i < 400; i++)
        ls_buf_addf(&b, "<p>Paragraph %d of a long report on the plant, with a <a "
                        "href='https://site.example/a/%0200d'>link to a source</a> in it, "
                        "and &amp; more words.</p>", i, i);
    ls_buf_adds(&b, "</div></article></body></html>");
    ls_extract_opts o = {.max_text = 8192};
    ls_article a;
    CHECK_INT_EQ(run(b.data, &o, &a), 0);
    CHECK(strlen(a.text) <= 8192 + 1024);
    CHECK(strlen(a.html) <= 8192 + (64u << 10));
    size_t n = strlen(a.html);
    CHECK(n > 10 && !strcmp(a.html + n - 10, "</article>"));
    CHECK_INT_EQ((long)count_of(a.html, "<p>"), (long)count_of(a.html, "</p>"));
    CHECK_INT_EQ((long)count_of(a.html, "<a "), (long)count_of(a.html, "</a>"));
    CHECK_CONTAINS(a.text, "Paragraph 0 of a long report");
    ls_article_release(&a);
    ls_buf_release(&b);
}

TEST(extract_metadata_fields_are_bounded_and_one_line)
{
    /* 1 MB of <title>, a site name with a right-to-left override and a
     * line separator (SECURITY.md 15): cut to a title's size, the override
     * gone, the separator a space */
    ls_buf b;
    ls_buf_init(&b, 1 << 22);
    ls_buf_adds(&b, "<html><head><title>");
    for (int i = 0; i < 100000; i++)
        ls_buf_adds(&b, "Headline ");
    ls_buf_adds(&b, "</title><meta property=og:site_name content='Valley\u202e Courier\u2028Daily"
                    "&#9;&#127;News'>"
                    "</head><body><div class=body><p>The river rose two metres overnight and "
                    "crews worked until dawn to raise the barriers along the quay.</p><p>By "
                    "morning the water had started to fall again, and the roads reopened.</p>"
                    "</div></body></html>");
    ls_article a;
    CHECK_INT_EQ(run(b.data, NULL, &a), 0);
    CHECK(a.title && strlen(a.title) <= 1000 + strlen("…"));
    CHECK(a.title && !strncmp(a.title, "Headline Headline", 17));
    CHECK_STR_EQ(a.site_name, "Valley Courier Daily News");
    ls_article_release(&a);
    ls_buf_release(&b);
}

TEST(extract_links_resolve_against_the_pages_base)
{
    /* <base href> names where the page's relative links and pictures
     * are, as a browser reads them; javascript: is no base */
    const char *body = "<article><p>The crane at the eastern terminal was the first to get the "
                       "new drives, <a href='story2.html'>as reported</a> last spring by the "
                       "port's own engineers.</p><p><img src='img/crane.jpg' alt=crane> The second "
                       "crane followed in autumn, and a third is planned for next year.</p>"
                       "</article>";
    char *html = page("<title>T</title><base href='https://cdn.example.org/news/2024/'>", body);
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_CONTAINS(a.html, "href=\"https://cdn.example.org/news/2024/story2.html\"");
    CHECK_CONTAINS(a.html, "src=\"https://cdn.example.org/news/2024/img/crane.jpg\"");
    CHECK_STR_EQ(a.lead_image, "https://cdn.example.org/news/2024/img/crane.jpg");
    ls_article_release(&a);
    free(html);
    html = page("<title>T</title><base href='javascript:alert(1)//'>", body);
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_CONTAINS(a.html, "href=\"https://site.example/dir/story2.html\"");
    CHECK_NOT_CONTAINS(a.html, "javascript");
    ls_article_release(&a);
    free(html);
}

TEST(content_declarative_shadow_root_is_shown_a_template_is_not)
{
    char body[8192];
    snprintf(body, sizeof body, "<story-card><template shadowrootmode=open><article>%s<p>Since "
             "then, unplanned stops have fallen by a third, the engineers say.</p></article>"
             "</template></story-card><template id=card><p>Never shown: a card's pattern for "
             "scripts to copy, with enough words to look like a paragraph.</p></template>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "unplanned stops have fallen by a third");
    CHECK_NOT_CONTAINS(t, "Never shown");
    free(t);
}

TEST(content_a_records_date_stays_in_its_record)
{
    /* a standard's particulars (<dt>发布日期</dt><dd>2024-07-24</dd>) and a
     * patent's row of fields: their dates are no dateline to cut */
    const char *html = "<html><head><title>工业互联网平台 边缘计算节点 通用技术要求</title></head>"
                       "<body><h1>工业互联网平台 边缘计算节点 通用技术要求</h1><div class=info><dl>"
                       "<dt>标准号</dt><dd>GB/T 44286-2024</dd><dt>发布日期</dt><dd>2024-07-24</dd>"
                       "<dt>实施日期</dt><dd>2025-02-01</dd></dl><table><tr><td>申请号</td><td>"
                       "CN202310456789.1</td><td>申请日</td><td>2023-04-26</td></tr></table></div>"
                       "<div class=intro><p>本文件规定了工业互联网平台边缘计算节点的功能要求、性能要求、"
                       "安全要求和管理要求，给出了边缘计算节点与平台之间的接口要求。</p><p>本文件适用于"
                       "边缘计算节点的设计、开发、测试与选型。</p></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_CONTAINS(a.text, "发布日期\n2024-07-24");
    CHECK_CONTAINS(a.text, "申请日 | 2023-04-26");
    ls_article_release(&a);
}

TEST(extract_wechat_post_copied_to_another_site_is_read_as_one)
{
    /* a reader site's copy of a post, its template whole: the writer, not
     * the account, is the byline; the account names the site */
    const char *html = "<html><head><title>边缘计算网关选型指南</title><meta property=og:site_name "
                       "content=微文阅读></head><body><h1 class=rich_media_title>边缘计算网关选型指南"
                       "</h1><div id=meta_content><span class=rich_media_meta_text>周明远</span><a "
                       "id=js_name href='javascript:void(0)'>工业互联网观察</a><em "
                       "id=publish_time>2024-06-03 18:30</em></div><div class=rich_media_content "
                       "id=js_content><p>边缘计算网关是连接现场设备与云平台的关键一环，选型时要先看"
                       "协议支持和算力。</p><p>在离散制造车间，网关还要能承受粉尘、振动和宽温环境。"
                       "</p></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_STR_EQ(a.byline, "周明远");
    CHECK_STR_EQ(a.site_name, "工业互联网观察");
    ls_article_release(&a);
}

TEST(extract_papers_authors_all_named)
{
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Anomaly detection in servo drives</h1>%s</article>",
             PARAS);
    ls_article a;
    article_of("<title>Anomaly detection in servo drives</title><meta name=citation_author "
               "content='Brenner, Hannah'><meta name=citation_author content='Tobias Aurich'>"
               "<meta name=citation_author content='Chou, Mei-Ling'><meta name=dc.creator "
               "content='Hannah Brenner'><meta name=author content='Hannah Brenner'>", body, &a);
    CHECK_STR_EQ(a.byline, "Hannah Brenner, Tobias Aurich, Mei-Ling Chou");
    ls_article_release(&a);
    /* an authors' box read whole, each name with its institution */
    snprintf(body, sizeof body, "<article><h1>Algorithmic pricing</h1><div class=authors><h2>"
             "<a href='/a/1'>Elena Varga</a></h2><p>University of Chicago - Booth School of "
             "Business</p><h2><a href='/a/2'>Marcus Holt</a></h2><p>Tilburg University - Tilburg "
             "Law and Economics Center (TILEC)</p></div>%s</article>", PARAS);
    article_of("<title>Algorithmic pricing</title><meta name=citation_author content='Varga, "
               "Elena'><meta name=citation_author content='Holt, Marcus'>", body, &a);
    CHECK_STR_EQ(a.byline, "Elena Varga, Marcus Holt");
    ls_article_release(&a);
    /* one author tag is one author */
    article_of("<title>T</title><meta name=citation_author content='Brenner, Hannah'><meta "
               "name=author content='Hannah Brenner'>", body, &a);
    CHECK_STR_EQ(a.byline, "Hannah Brenner");
    ls_article_release(&a);
}

TEST(extract_paper_published_the_day_it_went_online)
{
    char body[4096];
    snprintf(body, sizeof body, "<article><h1>Battery health</h1>%s</article>", PARAS);
    ls_article a;
    /* the issue's date comes weeks after the paper went online */
    article_of("<title>Battery health</title><meta name=citation_publication_date "
               "content='2024/03/30'><meta name=citation_online_date content='2024/02/03'>",
               body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-02-03");
    ls_article_release(&a);
    /* a preprint's year written as its first day */
    article_of("<title>Battery health</title><meta name=citation_publication_date "
               "content='2024/01/01'><meta name=citation_online_date content='2024/02/19'>",
               body, &a);
    CHECK_STR_EQ(a.published ? a.published : "(null)", "2024-02-19");
    ls_article_release(&a);
}

TEST(content_a_headings_number_stands_apart)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<h2><span class=number>1</span>Move to "
             "condition-based maintenance</h2><p>Sensors tell you when a bearing starts to "
             "wear, so you replace it before it fails.</p><h2>H<sub>2</sub>O cooling</h2><p>Water "
             "cools the spindle motors of the older machines.</p></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "1 Move to condition-based maintenance");
    CHECK_CONTAINS(t, "H2O cooling");
    free(t);
}

TEST(content_download_button_is_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<div class=actions onclick='dl()'>Download PDF"
             "</div><p>Wire the sensor to input 3 and set the filter to 10 ms.</p></article>",
             PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "Wire the sensor to input 3");
    CHECK_NOT_CONTAINS(t, "Download PDF");
    free(t);
}

TEST(content_ordered_steps_keep_their_numbers)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<ol><li>Open the project in Kestrel Studio and "
             "select the controller.</li><li>Add the new fieldbus driver from the library."
             "</li><li>Download the configuration and restart the cell.</li></ol><p>If step 2 "
             "fails, check the firmware version.</p><ol start=7><li>Check the wiring of the "
             "safety relay once more.</li></ol><ol><li><a href='/a'>A headline of another "
             "story</a></li><li><a href='/b'>A second headline of a story</a></li></ol><ol><li>"
             "USB</li><li>HDMI</li></ol></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "1. Open the project in Kestrel Studio");
    CHECK_CONTAINS(t, "\n2. Add the new fieldbus driver");
    CHECK_CONTAINS(t, "\n3. Download the configuration");
    CHECK_CONTAINS(t, "Check the wiring of the safety relay"); /* (one item: no list to count) */
    CHECK_NOT_CONTAINS(t, "1. A headline");
    CHECK_NOT_CONTAINS(t, "1. USB");
    free(t);
}

TEST(content_a_procurement_notices_header_line_is_no_text)
{
    const char *html = "<html><head><title>智能工厂诊断评估服务项目公开招标公告</title></head><body>"
                       "<h1>智能工厂诊断评估服务项目公开招标公告</h1><div class=info><span>发布时间："
                       "2024-03-19 16:42:07</span><span>采购人：浙江省经济和信息化厅</span><span>代理"
                       "机构：浙江中诚工程管理科技有限公司</span><span>浏览次数：1367</span> <a>打印本页"
                       "</a> <a>关闭窗口</a></div><div class=content><p>本项目的潜在投标人应在政采云平台"
                       "获取招标文件，并于2024年4月9日9点30分前递交投标文件。</p><p>采购需求：为全省"
                       "100家企业提供智能工厂诊断评估服务，服务期一年。</p></div></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_STR_EQ(a.published, "2024-03-19T16:42:07+08:00");
    CHECK(a.text && !strncmp(a.text, "本项目的潜在投标人", strlen("本项目的潜在投标人")));
    CHECK_NOT_CONTAINS(a.text, "代理机构");
    ls_article_release(&a);
}

TEST(extract_fuzz_inputs_found_so_far_run_clean)
{
    /* inputs libFuzzer found faults with (the sanitizers' build of this
     * test reads them again): an inline element in a heading that wrote
     * nothing before any text was written */
    static const char crash1[] =
        "\x3c\x21\x44\x4f\x43\x54\x59\x50\x45\x20\x68\x74\x6d\x6c\x3e\x0a\x3c\x68"
        "\x74\x6d\x6c\x20\x61\x6c\x9a\xba\xe4\x92\xe8\x81\xe7\x91\x94\xe5\xbd\xb9"
        "\xb3\xe5\x8f\xb0\x74\x6c\x65\x3e\x3c\x2f\x68\x65\x61\x64\x3e\x0a\x3c\x62"
        "\x6f\x64\x79\x3e\x0a\x3c\x64\x68\x31\x3e\x0a\x3c\x64\x69\x76\x20\x63\x6c"
        "\x61\x73\x73\x3d\x22\x70\x6f\x73\x74\x22\x20\x69\x64\x3d\x61\x73\x73\x3d"
        "\x22\x61\x75\x74\x68\x6f\x72\x22\x3e\xe6\xa5\xbc\xe4\xb8\xbb\x20\x3c\x61"
        "\x20\x68\x72\x22\x70\x6f\x73\x74\x22\x20\x69\x64\x3d\x61\x73\x73\x3d\x22"
        "\x61\x75\x74\x68\x6f\x72\x22\x3e\xe6\xa5\xbc\xe4\xb8\xbb\x20\x3c\x61\x20"
        "\x68\x72\x65\x66\x3d\x22\x2f\x75\x2f\x30\x22\x3e\xe5\xb0\x8f\xe7\x8e\xb7"
        "\x8b\xe7\xa5\xe5\xa8\x8b\xe5\xb8\x88\x3c\x2f\x61\x3e\x20\xe5\x8f\x91\xe8"
        "\xa1\xa8\x69\x67\x68\x74\x20\xe6\x99\xba\xe9\x80\xa0\xe8\xae\xba\xe5\x9d"
        "\x9b\x20\x32\x30\x32\x34\x20\x7c\x20\xe8\x81\x94\xe7\xb3\xbb\xe6\x8b\x8a"
        "\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x4a\x8a\x8a\x8a\x8a\x8a"
        "\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a\x8a";
    ls_dom *d = parse(crash1);
    ls_article a;
    CHECK_INT_EQ(ls_extract(d, NULL, NULL, &a), 0);
    ls_article_release(&a);
    ls_dom_free(d);
}

TEST(extract_a_field_cut_to_its_size_stays_in_its_buffer)
{
    /* a site name one or two bytes over its size, cut with "…": ASan
     * watches the buffer it was read into */
    for (int extra = 1; extra <= 4; extra++) {
        char head[1024];
        int n = snprintf(head, sizeof head, "<title>An article headline with several words | ");
        for (int i = 0; i < 300 + extra && n < (int)sizeof head - 16; i++)
            head[n++] = 'S';
        snprintf(head + n, sizeof head - (size_t)n, "</title>");
        ls_article a;
        article_of(head, PARAS, &a);
        CHECK(a.site_name == NULL || strlen(a.site_name) <= 300);
        ls_article_release(&a);
    }
}

TEST(content_list_numbers_from_any_start)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<ol start=0><li>Power the controller off and "
             "wait for a minute.</li><li>Open the cabinet and check the fuses.</li></ol><ol "
             "reversed><li>Third step counted down from the list's end.</li><li>Second step "
             "counted down from the list's end.</li><li>First step counted down at the very "
             "end.</li></ol><p>The work<sup><a href='#n1'>1</a></sup> is done.</p><ol "
             "start=''><li id=n1>A note under a list with an empty start. <a "
             "href='#r1'>↩</a></li></ol></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "0. Power the controller off");
    CHECK_CONTAINS(t, "\n1. Open the cabinet");
    CHECK_CONTAINS(t, "3. Third step counted down");
    CHECK_CONTAINS(t, "\n1. First step counted down");
    CHECK_CONTAINS(t, "[1] A note under a list with an empty start.");
    free(t);
    /* an item that writes its number itself is not numbered again; an
     * address or a decimal at an item's start is no number of its own */
    snprintf(body, sizeof body, "<article>%s<ol style='margin:0'><li>1. Open the project in "
             "the studio and select the cell.</li><li>2. Add the new driver from the library "
             "of the studio.</li></ol><ol><li>一、总体要求和工作目标，按照部署推进。</li><li>二、"
             "重点任务和保障措施，按照要求落实。</li></ol><ol><li>127.0.0.11 is the resolver a "
             "user-defined bridge network uses.</li><li>3.1 billion messages were sent through "
             "it last year.</li></ol></article>", PARAS);
    t = extract_text(body);
    CHECK_CONTAINS(t, "\n1. Open the project");
    CHECK_NOT_CONTAINS(t, "1. 1. Open");
    CHECK_NOT_CONTAINS(t, "1. 一、");
    CHECK_CONTAINS(t, "1. 127.0.0.11 is the resolver");
    CHECK_CONTAINS(t, "2. 3.1 billion messages");
    free(t);
}

TEST(extract_html_cut_at_the_cap_with_a_long_alt_stays_well_formed)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 22);
    ls_buf_adds(&b, "<html><head><title>T</title></head><body><article><p>The plant runs three "
                    "shifts and the line was rebuilt last spring with new robots.</p><img "
                    "src='https://site.example/a.jpg' alt='");
    for (int i = 0; i < 200000; i++)
        ls_buf_adds(&b, "&quot;");
    ls_buf_adds(&b, "'><p>The second paragraph says what the robots do on the line now.</p>"
                    "</article></body></html>");
    ls_extract_opts o = {.max_text = 8192};
    ls_article a;
    CHECK_INT_EQ(run(b.data, &o, &a), 0);
    size_t n = strlen(a.html);
    CHECK(n > 10 && !strcmp(a.html + n - 10, "</article>"));
    ls_article_release(&a);
    ls_buf_release(&b);
}

TEST(extract_story_drawn_by_script_takes_its_datas_title_writer_and_date)
{
    /* an app's shell: the story only in its state, the shell's <title> the
     * site's name */
    const char *html = "<html><head><title>顶端新闻</title></head><body><div id=app></div><script>"
                       "window.__INITIAL_STATE__={\"article\":{\"title\":\"全国首个5G工业互联网先导区"
                       "评估结果出炉\",\"author\":\"记者 赵晨阳\",\"source\":\"人民邮电报\","
                       "\"publishTime\":1720482312000,\"content\":\"<p>记者从工业和信息化部获悉，首批"
                       "先导区试点评估工作日前完成，五个先导区在网络建设和融合应用方面均超额完成目标。"
                       "</p><p>评估显示，先导区内工业企业的5G专网覆盖率明显提高，带动了上下游一批企业"
                       "开展数字化改造，形成了可复制推广的经验。</p>\"}};</script></body></html>";
    ls_article a;
    CHECK_INT_EQ(run(html, NULL, &a), 0);
    CHECK_STR_EQ(a.title, "全国首个5G工业互联网先导区评估结果出炉");
    CHECK_STR_EQ(a.byline, "赵晨阳");
    CHECK_STR_EQ(a.source, "人民邮电报");
    /* (the zone the story's language names: the shell shows no text) */
    CHECK_STR_EQ(a.published, "2024-07-09T07:45:12+08:00");
    CHECK_CONTAINS(a.text, "记者从工业和信息化部获悉");
    ls_article_release(&a);
    /* Next.js with WordPress's GraphQL edges: "author": {"node": {"name"}} */
    const char *next = "<html><head><title>Factory Insider</title></head><body><div id=__next>"
                       "</div><script id=__NEXT_DATA__ type=application/json>{\"props\":{"
                       "\"pageProps\":{\"post\":{\"title\":\"MLOps for the plant floor\",\"date\":"
                       "\"2024-01-30T08:30:00\",\"author\":{\"node\":{\"name\":\"Daniel Okafor\"}},"
                       "\"content\":\"<p>Most manufacturers we speak with have the same story: a "
                       "pilot of a model for quality inspection that never scaled.</p><p>The "
                       "reasons are rarely the model itself; they are data pipelines, ownership "
                       "and the plant's own change control.</p>\"}}}}</script></body></html>";
    CHECK_INT_EQ(run(next, NULL, &a), 0);
    CHECK_STR_EQ(a.title, "MLOps for the plant floor");
    CHECK_STR_EQ(a.byline, "Daniel Okafor");
    CHECK(a.published && !strncmp(a.published, "2024-01-30T08:30:00", 19));
    ls_article_release(&a);
}

TEST(content_newsflash_page_is_its_one_flash)
{
    /* a 快讯 page: one flash under its headline, then the next ten under
     * "最新快讯", which hold more text than the flash itself */
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    ls_buf_adds(&b, "<html><head><title>汇川技术拟投资20亿元建设机器人基地_36氪</title></head><body>"
                    "<div class=main><div class=detail><h1>汇川技术拟投资20亿元建设机器人基地</h1>"
                    "<div class=desc><p>36氪获悉，汇川技术公告，公司拟投资约20亿元建设工业机器人"
                    "及核心部件产业化基地项目，达产后预计新增年产工业机器人5万台。</p></div></div>"
                    "<div class=more-title>最新快讯</div><div class=more-list>");
    for (int i = 0; i < 10; i++)
        ls_buf_addf(&b, "<div class=item><span>10:%02d</span><a href='/newsflashes/%d'>第%d条快讯的"
                        "标题写在这里</a><p>36氪获悉，这是第%d条快讯的摘要，写得比较长一些，说明了"
                        "发生的事情和相关的数字。</p></div>", 50 - i, i, i + 1, i + 1);
    ls_buf_adds(&b, "</div></div></body></html>");
    ls_article a;
    CHECK_INT_EQ(run(b.data, NULL, &a), 0);
    CHECK_CONTAINS(a.text, "汇川技术公告");
    CHECK_NOT_CONTAINS(a.text, "第3条快讯");
    CHECK_NOT_CONTAINS(a.text, "最新快讯");
    ls_article_release(&a);
    ls_buf_release(&b);
}

TEST(content_what_the_regression_hunt_found_stays)
{
    char body[8192];
    /* a company's "About" paragraph under its heading (the byline is the
     * company); a ranking whose items show their number in an element; a
     * lettered list; a grid of ✅ and ❌; a heading that links to a price
     * ("buy" in it); a review's "8 / 10" */
    snprintf(body, sizeof body, "<article>%s<ol><li><span class=rank>1</span>钟睒睒，农夫山泉"
             "创始人，财富增长最多的企业家之一。</li><li><span class=rank>2</span>张一鸣，字节跳动"
             "创始人，名列第二位的企业家之一。</li></ol><ol type=a><li>the ground of appeal in "
             "writing, within ten days</li><li>the decision of the board of the plant</li></ol>"
             "<div class=grid><div>Offline mode</div><div>❌</div><div>✅</div></div><h2><a "
             "href='#buy'>Should you buy Confluence Premium at $11.55 per user?</a></h2><p>It "
             "depends on the size of the team and on the plan you use today.</p><div "
             "class=score>8 / 10</div><h3>About Locus Robotics</h3><p>Locus Robotics is a "
             "provider of autonomous mobile robots for warehouses.</p></article>", PARAS);
    ls_article a;
    article_of("<title>T</title><meta name=author content='Locus Robotics'>", body, &a);
    CHECK_CONTAINS(a.text, "1钟睒睒");
    CHECK_NOT_CONTAINS(a.text, "1. 1钟睒睒");
    CHECK_NOT_CONTAINS(a.text, "1. the ground of appeal");
    CHECK_CONTAINS(a.text, "✅");
    CHECK_CONTAINS(a.text, "❌");
    CHECK_CONTAINS(a.text, "Should you buy Confluence Premium");
    CHECK_CONTAINS(a.text, "8 / 10");
    CHECK_CONTAINS(a.text, "Locus Robotics is a provider of autonomous mobile robots");
    ls_article_release(&a);
}

TEST(content_a_code_blocks_line_numbers_are_no_text)
{
    char body[8192];
    snprintf(body, sizeof body, "<article>%s<pre class=prettyprint><code class=has-numbering>"
             "wget https://example.com/docker.tgz\ntar -zxvf docker.tgz\nsudo cp docker/* "
             "/usr/bin/</code><ul class=pre-numbering><li>1</li><li>2</li><li>3</li></ul></pre>"
             "<table><tr><td class=gutter><div>1</div><div>2</div></td><td><pre>make\nmake "
             "install</pre></td></tr></table><ol><li>1</li><li>3</li></ol><p>Then start the "
             "service and check its status.</p></article>", PARAS);
    char *t = extract_text(body);
    CHECK_CONTAINS(t, "sudo cp docker/* /usr/bin/");
    CHECK_NOT_CONTAINS(t, "/usr/bin/\n1\n2\n3");
    CHECK_NOT_CONTAINS(t, "1\n2\nmake");
    CHECK_CONTAINS(t, "make install");
    free(t);
}
