/* Title cleaning: site suffixes, editorial marks, hints; and the choice of
 * the headline on whole pages (h1 against the page's own titles). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/infoline.h"
#include "extract/title.h"
#include "harness.h"
#include "html/dom.h"
#include "util/buf.h"

static char site_buf[256];

static const char *clean(const char *t, const char *hint)
{
    static char out[512];
    const char *hints[1] = {hint};
    char *site = NULL;
    char *r = ls_title_clean(t, hints, hint ? 1 : 0, &site);
    snprintf(out, sizeof out, "%s", r ? r : "(null)");
    snprintf(site_buf, sizeof site_buf, "%s", site ? site : "");
    free(r);
    free(site);
    return out;
}

TEST(title_cuts_site_after_bar_and_dash)
{
    CHECK_STR_EQ(clean("What is Cloud Computing? | Google Cloud", NULL), "What is Cloud Computing?");
    CHECK_STR_EQ(site_buf, "Google Cloud");
    CHECK_STR_EQ(clean("8 Recent Trends in Photography - Flatworld Solutions", NULL),
                 "8 Recent Trends in Photography");
}

TEST(title_chinese_underscore_and_dash_without_spaces)
{
    CHECK_STR_EQ(clean("智能制造助力产业升级_工业互联网_中国信息化网", NULL), "智能制造助力产业升级");
    CHECK_STR_EQ(clean("边缘计算走向成熟-新华网", NULL), "边缘计算走向成熟");
    CHECK_STR_EQ(site_buf, "新华网");
}

TEST(title_keywords_after_underscores_are_no_site)
{
    /* a portal appends the story's tags: no site, no channel */
    CHECK_STR_EQ(clean("智能制造进入深水区_企业_数据_平台", "智能制造进入深水区"), "智能制造进入深水区");
    CHECK_STR_EQ(site_buf, "");
    CHECK_STR_EQ(clean("智能制造进入深水区_企业_数据_平台", NULL), "智能制造进入深水区");
    CHECK_STR_EQ(site_buf, "");
    /* a channel and the site are two pieces; a long piece is no tag */
    CHECK_STR_EQ(clean("智能制造进入深水区_新闻中心_新浪网", NULL), "智能制造进入深水区");
    CHECK_STR_EQ(site_buf, "新浪网");
    CHECK_STR_EQ(clean("智能制造进入深水区_企业_数据_中国工业新闻网", NULL), "智能制造进入深水区");
    CHECK_STR_EQ(site_buf, "中国工业新闻网");
}

TEST(title_site_loses_its_host_in_brackets)
{
    CHECK_STR_EQ(clean("智能制造进入深水区_新闻频道_央视网(cctv.com)", NULL), "智能制造进入深水区");
    CHECK_STR_EQ(site_buf, "央视网");
    /* brackets that hold more than a host stay */
    CHECK_STR_EQ(clean("智能制造进入深水区_新闻频道_中国网(中文版)", NULL), "智能制造进入深水区");
    CHECK_STR_EQ(site_buf, "中国网(中文版)");
}

TEST(title_note_in_brackets_closing_a_piece)
{
    /* a forum's board after the question, then the site */
    CHECK_STR_EQ(clean("边缘计算网关应该怎么选型？【工业自动化吧】_百度贴吧", NULL),
                 "边缘计算网关应该怎么选型？");
    CHECK_STR_EQ(site_buf, "百度贴吧");
    CHECK_STR_EQ(clean("工厂车间里的数字孪生【图】", NULL), "工厂车间里的数字孪生");
    /* brackets inside the title stay */
    CHECK_STR_EQ(clean("【深度】边缘计算如何落地", NULL), "【深度】边缘计算如何落地");
    CHECK_STR_EQ(clean("边缘计算【深度】如何落地_新华网", NULL), "边缘计算【深度】如何落地");
}

TEST(title_double_dash_is_one_separator)
{
    CHECK_STR_EQ(clean("数字孪生工厂投产(图)--中国工业新闻网", NULL), "数字孪生工厂投产(图)");
    CHECK_STR_EQ(site_buf, "中国工业新闻网");
    CHECK_STR_EQ(clean("Edge computing in plants -- Plant Weekly", NULL),
                 "Edge computing in plants");
    CHECK_STR_EQ(clean("a--b option parsing", NULL), "a--b option parsing");
}

TEST(title_hyphen_inside_latin_word_kept)
{
    CHECK_STR_EQ(clean("Wi-Fi 7 explained", NULL), "Wi-Fi 7 explained");
}

TEST(title_hint_picks_the_matching_run)
{
    CHECK_STR_EQ(clean("Wedding Planning Tools - Caterer Comparison Spreadsheet - Happily",
                       "Wedding Planning Tools - Caterer Comparison Spreadsheet"),
                 "Wedding Planning Tools - Caterer Comparison Spreadsheet");
    CHECK_STR_EQ(clean("SEO Checker | Test your website for free", "Test your website for free"),
                 "Test your website for free");
}

TEST(title_strips_editorial_marks)
{
    CHECK_STR_EQ(clean("原标题：数字孪生工厂开工", NULL), "数字孪生工厂开工");
    CHECK_STR_EQ(clean("数字孪生工厂开工（完）", NULL), "数字孪生工厂开工");
    CHECK_STR_EQ(clean("【纠错】人工智能大会开幕", NULL), "人工智能大会开幕");
    /* the page number of a paginated text */
    CHECK_STR_EQ(clean("社会资本与再就业(页 1) - 学术前沿 - 社会学论坛", NULL), "社会资本与再就业");
    CHECK_STR_EQ(clean("边缘计算白皮书（第2页）", NULL), "边缘计算白皮书");
    CHECK_STR_EQ(clean("边缘计算白皮书 第12页", NULL), "边缘计算白皮书");
    CHECK_STR_EQ(clean("第3页", NULL), "第3页");
    CHECK_STR_EQ(clean("第二次工业革命(页码)", NULL), "第二次工业革命(页码)");
    CHECK_STR_EQ(clean("十年(2014-2024)", NULL), "十年(2014-2024)");
}

TEST(title_short_site_prefix_cut)
{
    CHECK_STR_EQ(clean("Forum | How do I reset the router after a firmware update fails", NULL),
                 "How do I reset the router after a firmware update fails");
}

TEST(title_null_and_empty)
{
    CHECK(ls_title_clean(NULL, NULL, 0, NULL) == NULL);
    CHECK_STR_EQ(clean("   ", NULL), "");
}

/* ---- the headline of a whole page ---- */

static const char *BODY_TEXT =
    "<p>The first paragraph explains, at some length, what the riders found on the route, "
    "why it matters to the town, and what the organisers said about it afterwards.</p>"
    "<p>The second paragraph adds numbers, quotes and context, so that a reader can follow "
    "the argument without reading anything else on the page at all.</p>";

/* The article ls_extract() makes of a page at url built of head and body,
 * for the caller to release. */
static void page_at(const char *url, const char *head, const char *body, ls_article *a)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    ls_buf_addf(&b, "<html><head>%s</head><body>%s</body></html>", head, body);
    ls_dom *d = NULL;
    CHECK_INT_EQ(ls_dom_parse(b.data, b.len, &d), 0);
    ls_extract(d, url, NULL, a);
    ls_dom_free(d);
    ls_buf_release(&b);
}

/* The title ls_extract() gives a page at url made of head and body
 * (static copy). */
static const char *page_title_at(const char *url, const char *head, const char *body)
{
    static char out[512];
    ls_article a;
    page_at(url, head, body, &a);
    snprintf(out, sizeof out, "%s", a.title ? a.title : "(null)");
    ls_article_release(&a);
    return out;
}

static const char *page_title(const char *head, const char *body)
{
    return page_title_at("https://site.example/a/page.html", head, body);
}

static const char *article_body(const char *h1)
{
    static char body[2048];
    snprintf(body, sizeof body, "<div class=post><h1>%s</h1>%s</div>", h1, BODY_TEXT);
    return body;
}

TEST(title_escaped_twice_in_metadata_decoded)
{
    CHECK_STR_EQ(page_title("<script type='application/ld+json'>{\"@type\":\"BlogPosting\","
                            "\"headline\":\"What&#8217;s new in bike lanes &#x2014; and "
                            "what&apos;s next\"}</script>",
                            BODY_TEXT),
                 "What\u2019s new in bike lanes \u2014 and what's next");
    CHECK_STR_EQ(page_title("<meta property='og:title' content='Locks &amp;amp; lights'>",
                            BODY_TEXT),
                 "Locks & lights");
    /* no reference: an ampersand and text that only looks like one stay */
    CHECK_STR_EQ(page_title("<meta property='og:title' content='R&amp;D at 5 &amp;#; costs'>",
                            BODY_TEXT),
                 "R&D at 5 &#; costs");
}

TEST(title_lone_article_h1_reworded_from_the_title)
{
    /* the page's title was written for search engines; the headline of the
     * post says the same with other words, and it is what the reader sees */
    CHECK_STR_EQ(page_title("<title>Winter Cycling Tips for Commuters | Road Notes</title>",
                            article_body("Ten winter cycling tips from commuters who ride daily")),
                 "Ten winter cycling tips from commuters who ride daily");
    CHECK_STR_EQ(page_title("<title>城市冬季骑行的十个技巧_路上笔记</title>",
                            article_body("冬季城市骑行：十个实用技巧")),
                 "冬季城市骑行：十个实用技巧");
}

TEST(title_lone_h1_kept_out_when_not_a_headline)
{
    /* a slogan on a product page (no post or article around it) */
    CHECK_STR_EQ(page_title("<title>Folding Bikes for Small Flats | Pedal Co</title>",
                            "<div class=hero><h1>Ride more, carry less, every day</h1></div>"),
                 "Folding Bikes for Small Flats");
    /* inside a post, but sharing next to no words with the page's title */
    CHECK_STR_EQ(page_title("<title>Tyre pressure explained | Road Notes</title>",
                            article_body("Our favourite reader letters this month")),
                 "Tyre pressure explained");
    /* two h1s that no title confirms: neither is trusted */
    char body[2048];
    snprintf(body, sizeof body, "<article><h1>Winter cycling tips for commuters</h1>"
             "<h1>Commuters tips about cycling</h1>%s</article>", BODY_TEXT);
    CHECK_STR_EQ(page_title("<title>Cycling tips for commuters in winter | Road Notes</title>",
                            body),
                 "Cycling tips for commuters in winter");
}

TEST(title_headline_h1_beats_site_name_h1)
{
    char body[2048];
    snprintf(body, sizeof body, "<header><h1>Road Notes</h1></header><article><h1>Why "
             "we stopped using tubes</h1>%s</article>", BODY_TEXT);
    CHECK_STR_EQ(page_title("<title>Why we stopped using tubes | Road Notes</title>", body),
                 "Why we stopped using tubes");
    CHECK_STR_EQ(page_title("<title>Road Notes: Why we stopped using tubes</title>"
                            "<meta property='og:title' content='Why we stopped using tubes'>",
                            body),
                 "Why we stopped using tubes");
}

TEST(title_h1_same_words_as_meta_title)
{
    /* the h1 and the page's title differ only in typography: the h1 is
     * the headline, spelt as the page's title spells it */
    CHECK_STR_EQ(page_title("<meta property='og:title' "
                            "content=\"A beginner's guide to gears - part 2\">"
                            "<title>A beginner's guide to gears - part 2 | Road Notes</title>",
                            "<div class=hero><h1>A Beginner\u2019s Guide to Gears \u2014 Part 2"
                            "</h1></div>"),
                 "A beginner's guide to gears - part 2");
}

TEST(title_h1_permalink_mark_dropped)
{
    /* documentation generators end headings with a link to themselves */
    CHECK_STR_EQ(page_title("<title>Query sets | Shelf documentation</title>",
                            "<div class=body><h1>Query sets"
                            "<a class=headerlink href='#q'>\u00b6</a></h1>"
                            "<p>Some text about query sets and how they are built lazily.</p>"
                            "</div>"),
                 "Query sets");
    CHECK_STR_EQ(page_title("<title>Playbooks \u2014 Shelf documentation</title>",
                            "<div class=body><h1>Playbooks<a href='#p'>\uf0c1</a></h1>"
                            "<p>Some text about playbooks and what they hold.</p></div>"),
                 "Playbooks");
}

TEST(title_h1_deck_inside_it_not_read)
{
    /* a page builder puts the deck inside the h1 as a heading of its own */
    CHECK_STR_EQ(page_title("<meta property='og:title' content='Paying taxes: the basics'>"
                            "<title>Why we pay taxes | Ledger Guides</title>",
                            "<article><h1><div><p>Paying taxes: the basics</p><h4>A guide to the "
                            "kinds of taxes people pay and how they work</h4></div></h1>"
                            "<p>Some text about taxes and what they pay for.</p></article>"),
                 "Paying taxes: the basics");
    /* a heading that is all of the h1 is read */
    CHECK_STR_EQ(page_title("<title>税收入门 | 账本指南</title>",
                            "<article><h1><h2>税收入门</h2></h1><p>关于税收的一些文字。</p>"
                            "</article>"),
                 "税收入门");
}

TEST(title_h1_name_then_its_particulars)
{
    /* a shop's h1: the book's name, then its binding and date; the
     * <title> starts with the name */
    CHECK_STR_EQ(page_title("<title>Small Habits: A Guide to Change: Roe, Jane: 9780000000001: "
                            "Shop.example: Books</title>",
                            "<div id=ppd><h1 id=title><span id=productTitle>Small Habits: A Guide "
                            "to Change</span> <span>Hardcover</span> \u2013 <span>October 16, "
                            "2018</span></h1><p>Some text about the book and what it holds.</p>"
                            "</div>"),
                 "Small Habits: A Guide to Change");
    /* a subtitle the <title> carries too is not cut from the name */
    CHECK_STR_EQ(page_title("<meta property=og:site_name content='Example College'>"
                            "<title>What Tutoring is and What Tutoring is not. - Choosing a good "
                            "tutor - Example College</title>",
                            "<article><h1><span>What Tutoring is and What Tutoring is not.</span> "
                            "<span>Choosing a good tutor</span></h1><p>Some text about tutors and "
                            "what they do.</p></article>"),
                 "What Tutoring is and What Tutoring is not. Choosing a good tutor");
}

TEST(title_h1_naming_the_site_is_not_the_headline)
{
    /* a blog's name in its header h1; the post's headline is not an h1 */
    CHECK_STR_EQ(page_title("<meta property='og:site_name' content='Road Notes'>"
                            "<meta property='og:title' content='Why we stopped using tubes'>"
                            "<title>Why we stopped using tubes | Road Notes</title>",
                            "<header><h1>Road Notes</h1></header>"
                            "<h2>Why we stopped using tubes</h2>"
                            "<p>Some text about tubes, tyres and why the sealant won.</p>"),
                 "Why we stopped using tubes");
    CHECK_STR_EQ(page_title("<meta property='og:site_name' content='路上笔记'>"
                            "<title>我们为什么不再用内胎 - 路上笔记</title>",
                            "<header><h1>路上笔记</h1></header>"
                            "<h2>我们为什么不再用内胎</h2>"
                            "<p>关于内胎、外胎和补胎液的一些文字，"
                            "说明为什么补胎液更好。</p>"),
                 "我们为什么不再用内胎");
}

TEST(title_h1_outside_the_meta_part_of_the_title)
{
    /* <title> = blog name + og:title; the only h1 is the blog name, which
     * no metadata marks as the site */
    CHECK_STR_EQ(page_title("<meta property='og:title' content='Notes on spoke tension'>"
                            "<title>Wheel Lab: Notes on spoke tension</title>",
                            "<h1>Wheel Lab</h1><p>Some text about spokes, rims and tension.</p>"),
                 "Notes on spoke tension");
    /* without a meta title the <title> still confirms the h1 */
    CHECK_STR_EQ(page_title("<title>Notes on spoke tension - Wheel Lab</title>",
                            "<h1>Notes on spoke tension</h1><p>Some text about spokes.</p>"),
                 "Notes on spoke tension");
}

static const char *cut_site(const char *t, const char *name, const char *url)
{
    static char out[512];
    const char *names[2] = {name, NULL};
    char *r = ls_title_cut_site(t, names, 2, url);
    snprintf(out, sizeof out, "%s", r ? r : "(none)");
    free(r);
    return out;
}

TEST(title_site_name_cut_from_the_end)
{
    /* the site's name from its metadata, its host or its host's main label */
    CHECK_STR_EQ(cut_site("Flood barriers tested on the river | Valley Courier", "Valley Courier",
                          NULL),
                 "Flood barriers tested on the river");
    CHECK_STR_EQ(cut_site("Flood barriers tested | KVLY", NULL, "https://www.kvly.example/news/1"),
                 "Flood barriers tested");
    CHECK_STR_EQ(cut_site("Roof repair costs \u2013 Fixright.example", NULL,
                          "https://fixright.example/costs"),
                 "Roof repair costs");
    CHECK_STR_EQ(cut_site("Roof repair costs - Fixright Cost Guide", NULL,
                          "https://www.fixright.co.uk/costs"),
                 "Roof repair costs");
    CHECK_STR_EQ(cut_site("A short guide to git \u2022 Ana Lima", "Ana Lima", NULL),
                 "A short guide to git");
    CHECK_STR_EQ(cut_site("防汛物资已运抵堤坝 - 河谷日报", "河谷日报", NULL), "防汛物资已运抵堤坝");
}

TEST(title_site_name_cut_only_when_it_names_the_site)
{
    /* the last piece is part of the headline */
    CHECK_STR_EQ(cut_site("Wheels - why we build our own", "Road Notes",
                          "https://roadnotes.example/w"),
                 "(none)");
    /* a long piece that merely starts with the site's label */
    CHECK_STR_EQ(cut_site("Threads - Fixright as a tool for the whole street", NULL,
                          "https://fixright.example/t"),
                 "(none)");
    /* a product's release on its maker's host: the version names no site */
    CHECK_STR_EQ(cut_site("Release notes \u2013 OpenCell Runtime 3.4", "OpenCell Docs",
                          "https://docs.opencell.example/releases/3.4"),
                 "(none)");
    /* nothing would be left; no separator */
    CHECK_STR_EQ(cut_site("Valley Courier", "Valley Courier", NULL), "(none)");
    CHECK_STR_EQ(cut_site("Flood barriers tested on the river", "river", NULL), "(none)");
    CHECK(ls_title_cut_site(NULL, NULL, 0, NULL) == NULL);
}

TEST(title_site_name_cut_from_the_chosen_headline)
{
    CHECK_STR_EQ(page_title("<meta property='og:site_name' content='Valley Courier'>"
                            "<title>Flood barriers tested | Valley Courier</title>",
                            "<h1>Flood barriers tested | Valley Courier</h1>"
                            "<p>Some text about the river, the barriers and the test.</p>"),
                 "Flood barriers tested");
}

TEST(title_lone_h1_on_a_jsonld_article)
{
    /* no post markup around the h1, but JSON-LD says the page is an article */
    CHECK_STR_EQ(page_title("<title>Winter Cycling Tips for Commuters | Road Notes</title>"
                            "<script type='application/ld+json'>{\"@type\":\"BlogPosting\","
                            "\"datePublished\":\"2024-01-02\"}</script>",
                            "<div class=hero><h1>Ten winter cycling tips from commuters</h1></div>"
                            "<p>Some text about gloves, lights and salt on the roads.</p>"),
                 "Ten winter cycling tips from commuters");
    /* a web page, not an article: the h1 is not trusted on its own */
    CHECK_STR_EQ(page_title("<title>Winter Cycling Tips for Commuters | Road Notes</title>"
                            "<script type='application/ld+json'>{\"@type\":\"WebPage\"}</script>",
                            "<div class=hero><h1>Ten winter cycling tips from commuters</h1></div>"
                            "<p>Some text about gloves, lights and salt on the roads.</p>"),
                 "Winter Cycling Tips for Commuters");
}

TEST(title_h1_read_as_shown)
{
    CHECK_STR_EQ(page_title("<title>Spoke Tension Guide | Wheel Lab</title>",
                            "<h1>Spoke Tension<br>Guide<style>.h{color:red}</style>"
                            "<span hidden>Opens a menu</span></h1>"
                            "<p>Some text about spokes, rims and tension.</p>"),
                 "Spoke Tension Guide");
    /* the break splits no Chinese word: the <title> spells it whole */
    CHECK_STR_EQ(page_title("<title>辐条张力指南 - 轮组实验室</title>",
                            "<h1>辐条张力<br>指南</h1><p>关于辐条、轮圈和张力的一些文字。</p>"),
                 "辐条张力指南");
}

TEST(title_h1_naming_the_site_by_host_link_or_title_end)
{
    /* forum software puts the board's name in an h1 above every thread */
    CHECK_STR_EQ(page_title("<title>Why my router drops Wi-Fi at night - site.example</title>",
                            "<h1>site.example</h1><h2>Why my router drops Wi-Fi at night</h2>"
                            "<p>Some text about routers, channels and the neighbours.</p>"),
                 "Why my router drops Wi-Fi at night");
    CHECK_STR_EQ(page_title("<title>Tubeless or not in 2025 / Wheels / Wheel Lab Forums</title>",
                            "<div id=brd><h1><a href='https://wheellab.example/'>Wheel Lab</a>"
                            "</h1></div><h3>Tubeless or not in 2025</h3>"
                            "<p>Some text about sealant, rims and valves.</p>"),
                 "Tubeless or not in 2025");
    CHECK_STR_EQ(page_title("<title>内胎补胎的三个办法 - 骑行论坛</title>",
                            "<a href='/index.php'><h1>骑行论坛</h1></a><h2>内胎补胎的三个办法</h2>"
                            "<p>关于内胎、补丁和胶水的一些文字，说明怎样补胎。</p>"),
                 "内胎补胎的三个办法");
    /* the piece the <title> ends with, though no metadata names the site */
    CHECK_STR_EQ(page_title("<title>我们为什么不再用内胎 - 路上笔记</title>",
                            "<header><h1>路上笔记</h1></header><h2>我们为什么不再用内胎</h2>"
                            "<p>关于内胎、外胎和补胎液的一些文字，说明为什么补胎液更好。</p>"),
                 "我们为什么不再用内胎");
    /* documentation: the h1 linking to the index of the folder above names
     * the documentation, the next h1 the page */
    CHECK_STR_EQ(page_title("<title>Quick start \xe2\x80\x94 Gateway 2.0 Documentation</title>",
                            "<h1><a href='../index.html'>Gateway 2.0 Documentation</a></h1>"
                            "<h1>Quick start<a href='#quick-start'>\xc2\xb6</a></h1>"
                            "<p>Some text about installing the gateway and its first run.</p>"),
                 "Quick start");
}

TEST(title_h1_linking_to_itself_or_leading_the_title_stays)
{
    /* a heading's permalink is no link to the front page */
    CHECK_STR_EQ(page_title("<title>Spoke tension - Wheel Lab</title>",
                            "<h1><a href='#spoke-tension'>Spoke tension</a></h1>"
                            "<p>Some text about spokes, rims and tension.</p>"),
                 "Spoke tension");
    /* a section's page: its name leads the <title>, the organisation ends it */
    CHECK_STR_EQ(page_title("<title>News | Valley Cycling Association of Riders</title>",
                            "<h1>News</h1><p>Some text about rides, races and meetings.</p>"),
                 "News");
}

TEST(title_h1_label_before_the_headline_cut)
{
    /* a thread's prefix badge: the <title> gives it as a piece of its own */
    CHECK_STR_EQ(page_title("<meta property='og:title' content='Question - Why does my chain skip'>"
                            "<title>Question - Why does my chain skip | Wheel Lab</title>",
                            "<h1 class=title><span class=label>Question</span>"
                            "<span>&nbsp;</span>Why does my chain skip</h1>"
                            "<p>Some text about chains, cogs and wear.</p>"),
                 "Why does my chain skip");
    CHECK_STR_EQ(page_title("<title>求助 - 链条总是跳齿怎么办 - 骑行论坛</title>",
                            "<h1><span class=label>求助</span>&nbsp;链条总是跳齿怎么办</h1>"
                            "<p>关于链条、飞轮和磨损的一些文字。</p>"),
                 "链条总是跳齿怎么办");
    /* the post's date inside its permalink heading */
    CHECK_STR_EQ(page_title("<meta property='og:title' content='Fitting a new chain'>"
                            "<title>Fitting a new chain | Ana's blog</title>",
                            "<article><h1><a href='/blog/chain.html'>\n<time datetime='2025-03-02'>"
                            "Mar 2 2025</time>\nFitting a new chain</a></h1>"
                            "<p>Some text about chains, cogs and wear.</p></article>"),
                 "Fitting a new chain");
    /* an emphasised word that starts the headline stays */
    CHECK_STR_EQ(page_title("<meta property='og:title' content='Hamlet review: a bold staging'>",
                            "<h1><em>Hamlet</em> review: a bold staging</h1>"
                            "<p>Some text about the play and the cast.</p>"),
                 "Hamlet review: a bold staging");
}

static const char *unmark(const char *t)
{
    static char out[512];
    snprintf(out, sizeof out, "%s", t);
    ls_title_unmark(out);
    return out;
}

TEST(title_markdown_emphasis_removed)
{
    CHECK_STR_EQ(unmark("*A Field Guide to Bicycles* (1896)"), "A Field Guide to Bicycles (1896)");
    CHECK_STR_EQ(unmark("Notes on **tubeless** tyres"), "Notes on tubeless tyres");
    CHECK_STR_EQ(unmark("*自行车手册*（1896）"), "自行车手册（1896）");
    CHECK_STR_EQ(unmark("5 * 3 = 15"), "5 * 3 = 15");
    CHECK_STR_EQ(unmark("*NSYNC reunion"), "*NSYNC reunion");
    CHECK_STR_EQ(unmark("C*-algebras and *-maps"), "C*-algebras and *-maps");
    CHECK_STR_EQ(page_title("<meta property='og:title' content='*A Field Guide to Bicycles* (1896)'>",
                            "<h1><em>A Field Guide to Bicycles</em> (1896)</h1>"
                            "<p>Some text about the old book.</p>"),
                 "A Field Guide to Bicycles (1896)");
}

TEST(title_from_parsely_and_dublin_core_properties)
{
    CHECK_STR_EQ(page_title("<title>Site front | Example News</title>"
                            "<meta name='parsely-title' content='Plant reopens after the flood'>",
                            "<p>The plant reopened on Monday after the flood.</p>"),
                 "Plant reopens after the flood");
    /* RDFa: several properties in one attribute */
    CHECK_STR_EQ(page_title("<title>Site front | Example News</title>"
                            "<meta property='x:title dc:title' content='Plant reopens after the flood'>",
                            "<p>The plant reopened on Monday after the flood.</p>"),
                 "Plant reopens after the flood");
}

static const char *drop_private(const char *t)
{
    static char out[512];
    snprintf(out, sizeof out, "%s", t);
    ls_title_drop_private(out);
    return out;
}

TEST(title_private_use_characters_dropped)
{
    /* GB2312's user-defined area decoded, an icon font's glyph */
    CHECK_STR_EQ(drop_private("投身外交(3)\xEE\x80\x84"), "投身外交(3)");
    CHECK_STR_EQ(drop_private("\xEF\x80\x87 Jane's page"), "Jane's page");
    CHECK_STR_EQ(drop_private("a \xEE\x80\x80 b"), "a  b");
    CHECK_STR_EQ(drop_private("\xEE\x80\x80"), "");
    /* the edges of the area, and characters just outside it */
    CHECK_STR_EQ(drop_private("x\xEF\xA3\xBFy\xEE\x80\x80z"), "xyz");
    CHECK_STR_EQ(drop_private("\xED\x9F\xBB\xEF\xA4\x80"), "\xED\x9F\xBB\xEF\xA4\x80");
    CHECK_STR_EQ(page_title("<title>投身外交(3)\xEE\x80\x84_读书频道_新浪网</title>",
                            "<p>对外宣传，也是开国之初外交生涯的组成部分。</p>"),
                 "投身外交(3)");
}

static const char *cut_source(const char *t)
{
    static char out[512];
    char *r = ls_title_cut_source(t);
    snprintf(out, sizeof out, "%s", r ? r : "(none)");
    free(r);
    return out;
}

TEST(title_aggregator_source_and_count_cut)
{
    CHECK_STR_EQ(cut_source("Rents rise again in river towns (courier.example.com) 87"),
                 "Rents rise again in river towns");
    CHECK_STR_EQ(cut_source("Rents rise again (courier.example)"), "Rents rise again");
    CHECK_STR_EQ(cut_source("河谷城镇房租再涨 (courier.example.cn) 12"), "河谷城镇房租再涨");
    CHECK_STR_EQ(cut_source("Rents rise again (2025)"), "(none)");
    CHECK_STR_EQ(cut_source("Why I left (a story)"), "(none)");
    CHECK_STR_EQ(cut_source("Version 2 (node.js) 14"), "Version 2");
    CHECK_STR_EQ(cut_source("(example.com)"), "(none)");
    CHECK(ls_title_cut_source(NULL) == NULL);
}

TEST(title_naming_only_the_site_gives_way_to_the_h1)
{
    /* nothing before the separator: the page's own name is missing */
    CHECK_STR_EQ(page_title("<title> | Wheel Lab Magazine</title>",
                            "<h1>Spring service checklist</h1>"
                            "<p>Some text about chains, brakes and tyres.</p>"),
                 "Spring service checklist");
    /* the host's name and the site's slogan, the same over every page */
    CHECK_STR_EQ(page_title("<title>Site - Where riders meet</title>",
                            "<h1>My chain skips on the small cog</h1>"
                            "<p>Some text about chains, cogs and wear.</p>"),
                 "My chain skips on the small cog");
    CHECK_STR_EQ(page_title("<title>Site.example - 骑手相聚的地方</title>",
                            "<h1>链条在小飞轮上跳齿</h1><p>关于链条、飞轮和磨损的一些文字。</p>"),
                 "链条在小飞轮上跳齿");
    /* the <title> names the page too: it stays */
    CHECK_STR_EQ(page_title("<title>Site - Spring service checklist</title>",
                            "<h1>Spring service checklist for road bikes</h1>"
                            "<p>Some text about chains, brakes and tyres.</p>"),
                 "Spring service checklist");
}

TEST(title_encoded_twice_repaired)
{
    CHECK_STR_EQ(page_title("<meta property='og:title' "
                            "content='A rider\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s guide to gears'>",
                            BODY_TEXT),
                 "A rider\u2019s guide to gears");
}

TEST(title_underscore_inside_latin_name_kept)
{
    CHECK_STR_EQ(clean("Module ngx_http_gzip_module", NULL), "Module ngx_http_gzip_module");
    CHECK_STR_EQ(clean("Using read_file in scripts _ Shelf Docs", NULL), "Using read_file in scripts");
    CHECK_STR_EQ(clean("Rust 1.80发布_编程_开发者网", NULL), "Rust 1.80发布");
}

TEST(title_piece_named_by_an_h2_without_h1)
{
    CHECK_STR_EQ(page_title("<title>Spoke Calculator | Wheel Building Tools Online</title>",
                            "<h2>Spoke Calculator</h2><p>Some text about spokes and lengths.</p>"),
                 "Spoke Calculator");
    CHECK_STR_EQ(page_title("<title>辐条计算器 | 轮组工具在线版</title>",
                            "<h2>辐条计算器</h2><p>关于辐条和长度的一些文字。</p>"),
                 "辐条计算器");
    /* the same when the page's title is in its metadata */
    CHECK_STR_EQ(page_title("<meta property='og:title' "
                            "content='Spoke Calculator | Wheel Building Tools Online'>",
                            "<h2>Spoke Calculator</h2><p>Some text about spokes and lengths.</p>"),
                 "Spoke Calculator");
    /* an h2 that is no piece of the <title> changes nothing */
    CHECK_STR_EQ(page_title("<title>Spoke Calculator | Wheel Building Tools Online</title>",
                            "<h2>Enter your rim</h2><p>Some text about spokes and lengths.</p>"),
                 "Spoke Calculator | Wheel Building Tools Online");
}

TEST(title_site_name_in_brackets_cut)
{
    CHECK_STR_EQ(cut_site("Truing a wheel [Wheel Lab Wiki]", NULL, "https://wheellab.example/w/true"),
                 "Truing a wheel");
    CHECK_STR_EQ(cut_site("调整辐条张力 [轮组百科]", "轮组百科", NULL), "调整辐条张力");
    /* brackets that are part of the headline stay */
    CHECK_STR_EQ(cut_site("What a rebuild costs [2025 Data]", "Wheel Lab",
                          "https://wheellab.example/c"),
                 "(none)");
}

TEST(title_names_host)
{
    CHECK(ls_title_names_host("wheellab.example", "https://www.wheellab.example/a"));
    CHECK(ls_title_names_host("WheelLab.example", "https://forum.wheellab.example/t/1"));
    CHECK(ls_title_names_host("Wheel Lab", "https://forum.wheellab.co.uk/t/1"));
    CHECK(!ls_title_names_host("Wheel Lab Forum", "https://forum.wheellab.co.uk/t/1"));
    CHECK(!ls_title_names_host("co.uk", "https://wheellab.co.uk/"));
    CHECK(!ls_title_names_host("Wheel Lab", NULL));
    CHECK(!ls_title_names_host(NULL, "https://wheellab.example/"));
}

static const char *site_by_host(const char *site, const char *url)
{
    static char buf[256];
    snprintf(buf, sizeof buf, "%s", site);
    ls_title_site_by_host(buf, url);
    return buf;
}

TEST(title_site_by_host)
{
    /* keywords joined to the site's name by a bare '-' */
    CHECK_STR_EQ(site_by_host("opc ua python-CSDN博客", "https://blog.csdn.net/u/article/1"),
                 "CSDN博客");
    CHECK_STR_EQ(site_by_host("plc-WheelLab Forum", "https://forum.wheellab.example/t/1"),
                 "WheelLab Forum");
    /* a hyphen inside the name, spaced separators and the host's label alone stay */
    CHECK_STR_EQ(site_by_host("Coca-Cola", "https://www.coca-cola.com/"), "Coca-Cola");
    CHECK_STR_EQ(site_by_host("Mercedes-Benz", "https://www.mercedes-benz.com/"),
                 "Mercedes-Benz");
    CHECK_STR_EQ(site_by_host("news - WheelLab", "https://wheellab.example/"),
                 "news - WheelLab");
    CHECK_STR_EQ(site_by_host("plc-wheellab", "https://wheellab.example/"), "plc-wheellab");
    CHECK_STR_EQ(site_by_host("plc-CSDN博客", NULL), "plc-CSDN博客");
}

TEST(title_section_h1_that_is_a_word_of_the_meta_title)
{
    CHECK_STR_EQ(page_title("<meta property='og:title' "
                            "content='How we moved our Booking system to a new host in one week'>",
                            "<h1>notes/booking.md</h1><h1>Booking</h1><p>Some text about slots.</p>"
                            "<h1>Setup</h1><p>Some text about servers.</p><h1>Results</h1>"
                            "<p>Some text about numbers.</p>"),
                 "How we moved our Booking system to a new host in one week");
    CHECK_STR_EQ(page_title("<meta property='og:title' content='我们如何在一周内迁移车店的预约系统'>",
                            "<h1>笔记</h1><h1>预约系统</h1><p>关于预约时段的一些文字。</p>"
                            "<h1>部署</h1><p>关于服务器的一些文字。</p><h1>结果</h1>"
                            "<p>关于数字的一些文字。</p>"),
                 "我们如何在一周内迁移车店的预约系统");
}

TEST(title_h2_under_the_site_h1_when_nothing_else_names_the_page)
{
    CHECK_STR_EQ(page_title("",
                            "<header><h1><a href='index.html'>Road Notes</a></h1></header>"
                            "<h2>Why we stopped using tubes</h2>"
                            "<p>Some text about tubes, tyres and why the sealant won.</p>"),
                 "Why we stopped using tubes");
    CHECK_STR_EQ(page_title("",
                            "<header><h1><a href='/'>路上笔记</a></h1></header>"
                            "<h2>我们为什么不再用内胎</h2>"
                            "<p>关于内胎、外胎和补胎液的一些文字，说明为什么补胎液更好。</p>"),
                 "我们为什么不再用内胎");
}

TEST(title_meta_title_that_is_the_site_name_skipped)
{
    const char *head = "<meta property='og:site_name' content='Road Notes'>"
                       "<meta property='og:title' content='Road Notes'>"
                       "<title>Tyre pressure explained</title>";
    const char *body = "<p>Some text about tyres, pressure and comfort on rough roads.</p>";
    CHECK_STR_EQ(page_title(head, body), "Tyre pressure explained");
    CHECK_STR_EQ(page_title("<meta property='og:site_name' content='路上笔记'>"
                            "<meta name='twitter:title' content='路上笔记'>"
                            "<title>胎压怎么选</title>",
                            "<p>关于轮胎、胎压和舒适度的一些文字。</p>"),
                 "胎压怎么选");
    /* on the front page the site's name is the page's name */
    CHECK_STR_EQ(page_title_at("https://site.example/", head, body), "Road Notes");
}

TEST(title_of_three_pieces_is_more_than_the_site_and_its_slogan)
{
    /* a section's name in the h1; the h2 is the last piece of the title */
    CHECK_STR_EQ(page_title("<title>Site | Site.example - The five best lights for winter rides"
                            "</title>",
                            "<h1>Pulse!</h1><h2>The five best lights for winter rides</h2>"
                            "<p>Some text about lights, batteries and beams.</p>"),
                 "The five best lights for winter rides");
}

TEST(title_h2_naming_the_site_is_no_hint)
{
    CHECK_STR_EQ(page_title("<title>Electrical safety - Overview | Valley Safety Agency</title>",
                            "<header><h2><a href='/'>Valley Safety Agency</a></h2></header>"
                            "<p>Some text about wiring, breakers and inspections.</p>"),
                 "Electrical safety");
    CHECK_STR_EQ(page_title("<title>用电安全 - 概述 | 河谷安全署</title>",
                            "<header><h2><a href='/'>河谷安全署</a></h2></header>"
                            "<p>关于电线、断路器和检查的一些文字。</p>"),
                 "用电安全");
}

TEST(title_of_two_h1s_the_one_without_the_section)
{
    CHECK_STR_EQ(page_title("<title>Tips for a first ride in the Alps - Alps Forum - Wheel Lab</title>",
                            "<h1>Tips for a first ride in the Alps - Alps Forum</h1>"
                            "<div class=post><h1>Tips for a first ride in the Alps</h1>"
                            "<p>Some text about passes, gears and weather.</p></div>"),
                 "Tips for a first ride in the Alps");
    CHECK_STR_EQ(page_title("<title>第一次骑阿尔卑斯山的建议 - 阿尔卑斯论坛 - 轮组实验室</title>",
                            "<h1>第一次骑阿尔卑斯山的建议 - 阿尔卑斯论坛</h1>"
                            "<div class=post><h1>第一次骑阿尔卑斯山的建议</h1>"
                            "<p>关于山口、齿比和天气的一些文字。</p></div>"),
                 "第一次骑阿尔卑斯山的建议");
}

TEST(title_h1_with_a_label_stays_in_the_text)
{
    /* the brand before the product's name belongs to the page's text */
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_addf(&b, "<html><head><meta property='og:title' content='Carbon rim 45 mm | Wheel "
                    "Shop'></head><body><div class=product><h1><a href='/brands/wheel-lab'>"
                    "Wheel Lab</a> Carbon rim 45 mm</h1><p>%s</p></div></body></html>",
                "A light carbon rim for road and gravel, with a hookless bead and a wide bed.");
    ls_dom *d = NULL;
    CHECK_INT_EQ(ls_dom_parse(b.data, b.len, &d), 0);
    ls_article a;
    ls_extract(d, "https://site.example/p/rim-45", NULL, &a);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "Carbon rim 45 mm");
    CHECK(a.text && strstr(a.text, "Wheel Lab Carbon rim 45 mm"));
    ls_article_release(&a);
    ls_dom_free(d);
    ls_buf_release(&b);
}

TEST(title_dangling_separators_cut)
{
    CHECK_STR_EQ(clean("谁来为无序拆房“埋单”？- -", NULL), "谁来为无序拆房“埋单”？");
    CHECK_STR_EQ(clean("Spring service checklist |", NULL), "Spring service checklist");
    CHECK_STR_EQ(clean("Lenovo IdeaPad 5 - ", NULL), "Lenovo IdeaPad 5");
    /* a hyphen that is part of the last word stays */
    CHECK_STR_EQ(clean("Pre- and post-", NULL), "Pre- and post-");
    CHECK_STR_EQ(clean("- -", NULL), "- -");
}

TEST(title_generic_page_name_gives_way_to_the_title_rest)
{
    CHECK_STR_EQ(page_title("<title>Home - The Factory Blog</title>"
                            "<meta property='og:title' content='Home'>", BODY_TEXT),
                 "The Factory Blog");
    CHECK_STR_EQ(page_title("<title>README | edge-gateway-guide</title>", BODY_TEXT),
                 "edge-gateway-guide");
    CHECK_STR_EQ(page_title("<title>首页_智能制造研究院</title>", BODY_TEXT), "智能制造研究院");
    /* nothing else to say: it stays */
    CHECK_STR_EQ(page_title("<title>Home</title>", BODY_TEXT), "Home");
    /* a word that starts a real title is no generic name */
    CHECK_STR_EQ(page_title("<title>Home Repair Assistance Program - City of Marion</title>",
                            BODY_TEXT),
                 "Home Repair Assistance Program");
}

TEST(title_drawn_twice_is_written_once)
{
    CHECK_STR_EQ(page_title("",
                            "<article><h1><span class=lg>Plant news</span> <span class=sm>Plant "
                            "news</span></h1><p>The plant reopened on Monday after a month of "
                            "repairs, with all three lines running again and the night shift back "
                            "at work.</p></article>"),
                 "Plant news");
    CHECK_STR_EQ(page_title("<title>Bye Bye Bye</title>", BODY_TEXT), "Bye Bye Bye");
}

TEST(title_of_an_untitled_page_is_its_h1_after_an_icon)
{
    /* an old forum page: no <title>, no meta title, an icon in the h1 */
    const char *body = "<h1><img src='/icons/topic.gif'> 主题: 【数字孪生】工厂仿真入门资料汇总</h1>"
                       "<div class=post><p>这里整理了几份数字孪生和工厂仿真的入门资料，"
                       "包括建模方法、常用软件和案例，欢迎补充。</p></div>";
    CHECK_STR_EQ(page_title("", body), "【数字孪生】工厂仿真入门资料汇总");
    CHECK_STR_EQ(page_title("",
                            "<h1><img src='/i.gif'>Subject: Edge gateways for old PLCs</h1>"
                            "<div class=post><p>Which gateways do people use to read the old "
                            "PLCs on the line without replacing them?</p></div>"),
                 "Edge gateways for old PLCs");
    /* with a <title>, an icon-led h1 is still no headline of its own */
    CHECK_STR_EQ(page_title("<title>Workshop notes</title>",
                            "<h1><img src='/logo.gif'> Lathe Club</h1><div class=post><p>Notes "
                            "from the workshop on Saturday, with the settings we used.</p></div>"),
                 "Workshop notes");
}

TEST(title_subject_label_cut)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"主题：工业互联网平台选型", "工业互联网平台选型"},
        {"标题 : 边缘计算", "边缘计算"},
        {"Subject:", "Subject:"}, /* nothing stays after it */
        {"主题公园的数字化", "主题公园的数字化"},
        {"Topics in control theory", "Topics in control theory"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char t[128];
        snprintf(t, sizeof t, "%s", cases[k].in);
        ls_title_cut_subject_label(t);
        CHECK_STR_EQ(t, cases[k].want);
    }
    ls_title_cut_subject_label(NULL);
}

TEST(title_site_is_no_page_kind_or_software_credit)
{
    CHECK_STR_EQ(clean("Building Department | Lake Town, IN - Official Website",
                       "Building Department"),
                 "Building Department");
    CHECK_STR_EQ(site_buf, "Lake Town, IN");
    CHECK_STR_EQ(clean("社会资本与再就业 - 学术前沿 - 社会学论坛 - powered by Discuz! Archiver",
                       NULL),
                 "社会资本与再就业");
    CHECK_STR_EQ(site_buf, "社会学论坛");
    CHECK_STR_EQ(clean("智能制造产业联盟_首页", NULL), "智能制造产业联盟");
    CHECK_STR_EQ(site_buf, "");
    CHECK_STR_EQ(clean("工业新闻网_（新闻）", NULL), "工业新闻网");
    CHECK_STR_EQ(site_buf, "");
    CHECK_STR_EQ(clean("Plant notes | Wheel Lab | [Archive]", "Plant notes"), "Plant notes");
    CHECK_STR_EQ(site_buf, "Wheel Lab");
    /* with a hint the same holds */
    CHECK_STR_EQ(clean("Edge nodes | Plant Notes | Home Page", "Edge nodes"), "Edge nodes");
    CHECK_STR_EQ(site_buf, "Plant Notes");
    /* a site whose name merely starts like one stays */
    CHECK_STR_EQ(clean("Lathe tips | Homesteader Weekly", NULL), "Lathe tips");
    CHECK_STR_EQ(site_buf, "Homesteader Weekly");
}

TEST(title_lost_characters_matched)
{
    CHECK(ls_title_lost_chars("Event Planning? Beginner? Guide",
                              "Event Planning: Beginner\u2019s Guide"));
    CHECK(ls_title_lost_chars("\xEF\xBF\xBD\xEF\xBF\xBD制造的未来", "智能制造的未来"));
    /* a real question mark where the metadata has a colon */
    CHECK(!ls_title_lost_chars("Why now? A guide", "Why now: A guide"));
    /* a mark cannot stand for a space or for a word and its neighbour */
    CHECK(!ls_title_lost_chars("Planning?Guide", "Planning a Guide"));
    CHECK(!ls_title_lost_chars("What? Guide", "What\u2019s Next Guide"));
    CHECK(!ls_title_lost_chars("Same", "Same"));
    CHECK(!ls_title_lost_chars(NULL, "x"));
    CHECK(!ls_title_lost_chars("??????????", "abcdefghij"));
}

TEST(title_with_lost_characters_takes_the_metadata_spelling)
{
    CHECK_STR_EQ(page_title("<title>Event Planning: Beginner&#x27;s Guide | Plant School</title>",
                            article_body("Event Planning? Beginner? Guide")),
                 "Event Planning: Beginner's Guide");
    /* a question the metadata spells the same stays */
    CHECK_STR_EQ(page_title("<title>Is the plant ready? | Plant School</title>",
                            article_body("Is the plant ready?")),
                 "Is the plant ready?");
}

TEST(title_not_from_an_svg_icon_or_a_stray_json_ld_name)
{
    /* an inline SVG's <title> before the page's own */
    CHECK_STR_EQ(page_title("<meta property='og:site_name' content='Valley News'>",
                            "<svg viewBox='0 0 7 12'><title>chevron-right</title></svg>"
                            "<title>Bike lanes on Main Street</title>"
                            "<p>Some text about lanes, curbs and crossings.</p>"),
                 "Bike lanes on Main Street");
    /* the JSON-LD of a live stream the listing shows shares no word with
     * the page's titles */
    CHECK_STR_EQ(page_title("<title>Car rental near Eugene | Valley News</title>"
                            "<script type='application/ld+json'>{\"@type\":\"VideoObject\","
                            "\"name\":\"Thu Dec 18 LIVE Broadcast\"}</script>",
                            "<p>Some text about cars, rates and counters.</p>"),
                 "Car rental near Eugene");
    /* one that shares words is the headline */
    CHECK_STR_EQ(page_title("<title>Car rental | Valley News</title>"
                            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                            "\"headline\":\"Car rental prices rise again in Eugene\"}</script>",
                            "<p>Some text about cars, rates and counters.</p>"),
                 "Car rental prices rise again in Eugene");
}

TEST(title_that_is_only_the_site_name_gives_way_to_the_h1)
{
    const char *head = "<title>Glowpath</title><meta property='og:title' content='Glowpath'>"
                       "<meta property='og:site_name' content='Glowpath'>";
    const char *body = "<h1>Custom skincare set</h1><p>Choose a cleanser, a serum and a cream, "
                       "and save a tenth on the set.</p>";
    CHECK_STR_EQ(page_title_at("https://glowpath.example/pages/custom-set", head, body),
                 "Custom skincare set");
    /* on the front page the site's name is the page's name */
    CHECK_STR_EQ(page_title_at("https://glowpath.example/", head, body), "Glowpath");
}

/* The site name of such a page (static copy). */
static const char *site_of(const char *head, const char *body)
{
    static char out[256];
    ls_article a;
    page_at("https://site.example/a/page.html", head, body, &a);
    snprintf(out, sizeof out, "%s", a.site_name ? a.site_name : "(null)");
    ls_article_release(&a);
    return out;
}

TEST(site_name_that_holds_the_title_is_what_stands_beside_it)
{
    CHECK_STR_EQ(site_of("<title>How to fit a chain | Wheel Lab</title><meta "
                         "property='og:site_name' content='How to fit a chain | Wheel Lab'>",
                         BODY_TEXT),
                 "Wheel Lab");
    CHECK_STR_EQ(site_of("<title>Why ride light?</title><meta property='og:site_name' "
                         "content='Lite Bags \u00bb Why ride light?'>",
                         BODY_TEXT),
                 "Lite Bags");
    /* a name that merely ends with the title's word is a name */
    CHECK_STR_EQ(site_of("<title>Engineering</title><meta property='og:site_name' "
                         "content='Wheel Lab Engineering'>",
                         BODY_TEXT),
                 "Wheel Lab Engineering");
    /* nothing but a mark beside it: the name stays */
    CHECK_STR_EQ(site_of("<title>Jane Roe - The Writing Desk</title><meta "
                         "property='og:site_name' content='Jane Roe - The Writing Desk\u00ae'>",
                         BODY_TEXT),
                 "Jane Roe - The Writing Desk\u00ae");
}

TEST(site_name_loses_the_official_site_word)
{
    CHECK_STR_EQ(clean("工业大模型落地难在哪？-钛媒体官方网站", NULL), "工业大模型落地难在哪？");
    CHECK_STR_EQ(site_buf, "钛媒体");
    CHECK_STR_EQ(clean("工业大模型落地难在哪？_华为官网", NULL), "工业大模型落地难在哪？");
    CHECK_STR_EQ(site_buf, "华为");
    /* the word alone names no site, as before */
    CHECK_STR_EQ(clean("工业大模型落地难在哪？-官网", NULL), "工业大模型落地难在哪？");
    CHECK_STR_EQ(site_buf, "");
}

TEST(site_name_from_the_logo_linking_home)
{
    ls_article a;
    page_at("https://www.example.com/news/2024/1.html", "<title>工业互联网标识解析体系加速落地</title>",
            "<div class=header><a class=logo href='https://www.example.com/'><img src=/logo.png "
            "alt='第一财经'></a></div><h1>工业互联网标识解析体系加速落地</h1><p>如同互联网世界里的"
            "域名系统，工业互联网标识解析体系正在成为制造业数字化的身份证系统，二级节点已超过三百个。"
            "</p>", &a);
    CHECK_STR_EQ(a.site_name ? a.site_name : "(null)", "第一财经");
    ls_article_release(&a);
    /* a logo that says only that it is one, a link elsewhere, or a phrase
     * names no site */
    static const char *const logos[] = {
        "<a href='/'><img src=/l.png alt='Site logo'></a>",
        "<a href='https://partner.example.org/'><img src=/p.png alt='Partner Press'></a>",
        "<a href='/'><img src=/l.png alt='hire a virtual assistant'></a>",
        "<a href='https://www.example.com/about/'><img src=/l.png alt='Example Press'></a>",
    };
    for (size_t k = 0; k < sizeof logos / sizeof logos[0]; k++) {
        char body[1024];
        snprintf(body, sizeof body, "<div class=header>%s</div><h1>Plant floor data</h1><p>Edge "
                 "gateways collect machine data on the plant floor and send it to the cloud for "
                 "analysis by the quality team.</p>", logos[k]);
        page_at("https://www.example.com/news/2024/1.html", "<title>Plant floor data</title>", body,
                &a);
        CHECK(a.site_name == NULL);
        ls_article_release(&a);
    }
}

TEST(lead_image_is_no_site_icon_and_canonical_has_no_fragment)
{
    static const char *const icons[] = {
        "https://cdn.example.com/Img/apple-touch-icon@2.png?v=1", "https://example.com/favicon-144.png",
        "https://example.com/images/logo.png", "https://example.com/logo_2x.png",
        "https://example.com/logo-og.png"};
    for (size_t k = 0; k < sizeof icons / sizeof icons[0]; k++) {
        char head[512];
        snprintf(head, sizeof head, "<title>Plant floor data</title><meta property=og:image "
                 "content='%s'><meta property=og:url content='https://example.com/a/1#rd'>",
                 icons[k]);
        ls_article a;
        page_at("https://example.com/a/1", head,
                "<h1>Plant floor data</h1><p><img src='/img/gateway.jpg'></p><p>Edge gateways "
                "collect machine data on the plant floor and send it to the cloud for analysis by "
                "the quality team every few seconds.</p>", &a);
        CHECK_STR_EQ(a.lead_image ? a.lead_image : "(null)", "https://example.com/img/gateway.jpg");
        CHECK_STR_EQ(a.canonical_url ? a.canonical_url : "(null)", "https://example.com/a/1");
        ls_article_release(&a);
    }
    /* a picture that merely has logo in its name is one */
    ls_article a;
    page_at("https://example.com/a/1",
            "<title>Plant floor data</title><meta property=og:image "
            "content='https://example.com/img/logos-of-the-year.jpg'>",
            "<h1>Plant floor data</h1><p>Edge gateways collect machine data on the plant floor "
            "and send it to the cloud for analysis by the quality team.</p>", &a);
    CHECK_STR_EQ(a.lead_image ? a.lead_image : "(null)", "https://example.com/img/logos-of-the-year.jpg");
    ls_article_release(&a);
}

TEST(site_name_is_not_the_slogan_after_it)
{
    CHECK_STR_EQ(clean("工业软件厂商押注AI仿真 - 经济观察网 - 专业财经新闻网站", NULL),
                 "工业软件厂商押注AI仿真");
    CHECK_STR_EQ(site_buf, "经济观察网");
    CHECK_STR_EQ(clean("智能制造标准体系加快完善_中国经济网——国家经济门户", NULL), "智能制造标准体系加快完善");
    CHECK_STR_EQ(site_buf, "中国经济网");
    CHECK_STR_EQ(clean("数字孪生工厂走出样板间_澎湃新闻-The Paper", NULL), "数字孪生工厂走出样板间");
    CHECK_STR_EQ(site_buf, "澎湃新闻");
    /* a channel before the site stays a channel */
    CHECK_STR_EQ(clean("智能制造标准体系加快完善_新闻中心_新浪网", NULL), "智能制造标准体系加快完善");
    CHECK_STR_EQ(site_buf, "新浪网");
}

TEST(title_of_an_app_share_page_is_its_h1)
{
    /* an app's share page: the <title> is the app's name only */
    const char *body = "<h1>数字孪生让“黑灯工厂”更聪明</h1><p>在一家汽车零部件企业的总装车间里，"
                       "生产线旁看不到几个工人，大屏幕上的数字孪生模型与实体产线同步运转。</p>";
    ls_article a;
    page_at("https://wap.example.com/news/1", "<title>人民日报客户端</title>", body, &a);
    CHECK_STR_EQ(a.title ? a.title : "(null)", "数字孪生让“黑灯工厂”更聪明");
    CHECK_STR_EQ(a.site_name ? a.site_name : "(null)", "人民日报客户端");
    ls_article_release(&a);
    /* a headline that is about the app keeps the <title> rule */
    page_at("https://wap.example.com/news/2", "<title>人民日报客户端</title>",
            "<h1>人民日报客户端上线新版本</h1><p>新版客户端增加了数字孪生专题，读者可以在首页找到"
            "工业互联网的最新报道。</p>", &a);
    CHECK(a.site_name == NULL || strcmp(a.title, a.site_name));
    ls_article_release(&a);
}

TEST(site_name_is_not_a_forum_mobile_template)
{
    CHECK_STR_EQ(clean("S7-1200 连不上 OPC UA - 工业互联网 - 工控人家园 - 手机版 - Powered by "
                       "Discuz!", NULL), "S7-1200 连不上 OPC UA");
    CHECK_STR_EQ(site_buf, "工控人家园");
    CHECK_STR_EQ(clean("S7-1200 连不上 OPC UA - 工控人家园 - 触屏版", NULL), "S7-1200 连不上 OPC UA");
    CHECK_STR_EQ(site_buf, "工控人家园");
}

TEST(title_chinese_bodys_name_before_its_notice_is_cut)
{
    char *site = NULL;
    char *t = ls_title_clean("常州市经济贸易委员会--关于开展2008年度企业信息化示范工程评选工作的通知",
                             NULL, 0, &site);
    CHECK_STR_EQ(t, "关于开展2008年度企业信息化示范工程评选工作的通知");
    CHECK_STR_EQ(site, "常州市经济贸易委员会");
    free(t);
    free(site);
    /* a headline and its subtitle stay whole */
    t = ls_title_clean("大国重器——中国高铁的十年", NULL, 0, NULL);
    CHECK_STR_EQ(t, "大国重器——中国高铁的十年");
    free(t);
}

TEST(title_headline_ending_as_a_body_does_and_a_manuals_name)
{
    /* a headline about a school is no school's name to cut */
    char *t = ls_title_clean("我校成立人工智能学院 - 北京航空航天大学新闻网", NULL, 0, NULL);
    CHECK_STR_EQ(t, "我校成立人工智能学院 - 北京航空航天大学新闻网");
    free(t);
    /* a manual's name with its version is the site's */
    CHECK_STR_EQ(cut_site("numpy.linspace \u2014 NumPy v1.26 Manual", NULL,
                          "https://numpy.org/doc/stable/reference/generated/numpy.linspace.html"),
                 "numpy.linspace");
}
