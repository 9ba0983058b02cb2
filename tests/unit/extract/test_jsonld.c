/* JSON-LD article fields. */
#include "extract/jsonld.h"
#include "harness.h"

TEST(jsonld_graph_article_preferred_over_page)
{
    const char *j = "{\"@context\":\"https://schema.org\",\"@graph\":["
                    "{\"@type\":\"WebPage\",\"name\":\"Page name\",\"datePublished\":\"2020-01-01\"},"
                    "{\"@type\":\"NewsArticle\",\"headline\":\"Edge computing grows\","
                    "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"name\":\"John Roe\"}],"
                    "\"datePublished\":\"2024-05-01T10:23:00+08:00\","
                    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Wire\"},"
                    "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://e.com/a.jpg\"}}]}";
    ls_jsonld ld = {0};
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.headline, "Edge computing grows");
    CHECK_STR_EQ(ld.author, "Jane Doe and John Roe");
    CHECK_STR_EQ(ld.date_published, "2024-05-01T10:23:00+08:00");
    CHECK_STR_EQ(ld.publisher, "Daily Wire");
    CHECK_STR_EQ(ld.image, "https://e.com/a.jpg");
    ls_jsonld_release(&ld);
}

TEST(jsonld_image_pointed_at_by_its_id)
{
    /* Yoast's graph: the article's image is {"@id": "…#primaryimage"}, an
     * ImageObject node elsewhere in the graph */
    const char *j = "{\"@context\":\"https://schema.org\",\"@graph\":["
                    "{\"@type\":\"Article\",\"headline\":\"Edge AI\",\"image\":{\"@id\":"
                    "\"https://e.com/edge-ai/#primaryimage\"}},{\"@type\":\"ImageObject\","
                    "\"@id\":\"https://e.com/edge-ai/#primaryimage\",\"contentUrl\":"
                    "\"https://e.com/uploads/edge-ai.jpg\"}]}";
    ls_jsonld ld = {0};
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.image, "https://e.com/uploads/edge-ai.jpg");
    ls_jsonld_release(&ld);
    /* a reference to nothing is no image */
    const char *k = "{\"@type\":\"Article\",\"headline\":\"Edge AI\",\"image\":{\"@id\":"
                    "\"https://e.com/edge-ai/#primaryimage\"}}";
    CHECK(ls_jsonld_read(k, strlen(k), &ld));
    CHECK(ld.image == NULL);
    ls_jsonld_release(&ld);
}

TEST(jsonld_array_and_string_author)
{
    const char *j = "[{\"@type\":\"BlogPosting\",\"headline\":\"边缘计算\",\"author\":\"张三\"}]";
    ls_jsonld ld = {0};
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.author, "张三");
    CHECK_STR_EQ(ld.headline, "边缘计算");
    ls_jsonld_release(&ld);
}

TEST(jsonld_invalid_is_ignored)
{
    ls_jsonld ld = {0};
    CHECK(!ls_jsonld_read("{not json", 9, &ld));
    CHECK(ld.headline == NULL);
}

TEST(jsonld_slightly_wrong_json_is_mended)
{
    /* a raw line break in a string, an emoji cut in half, a trailing
     * comma: each dropped the whole block */
    static const char *const pages[] = {
        "{\"@type\":\"NewsArticle\",\"headline\":\"Edge AI\",\"author\":{\"name\":\"Jane Doe\"},"
        "\"description\":\"line one\nline two\"}",
        "{\"@type\":\"NewsArticle\",\"headline\":\"Edge AI \\ud83d\",\"author\":{\"name\":"
        "\"Jane Doe\"}}",
        "{\"@type\":\"NewsArticle\",\"headline\":\"Edge AI\",\"author\":{\"name\":\"Jane Doe\",},"
        "\"keywords\":[\"a\",\"b\", ],}",
    };
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
        ls_jsonld ld = {0};
        CHECK(ls_jsonld_read(pages[k], strlen(pages[k]), &ld));
        CHECK_STR_EQ(ld.author ? ld.author : "(null)", "Jane Doe");
        CHECK(ld.headline && !strncmp(ld.headline, "Edge AI", 7));
        ls_jsonld_release(&ld);
    }
    /* a whole pair stays an emoji; commas inside strings stay */
    const char *j = "{\"@type\":\"Article\",\"headline\":\"Robots \\ud83e\\udd16, ]\"}";
    ls_jsonld ld = {0};
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.headline, "Robots \xf0\x9f\xa4\x96, ]");
    ls_jsonld_release(&ld);
}

TEST(jsonld_html_escaped_strings_unescaped)
{
    const char *j = "{\"@type\":\"Article\",\"headline\":\"Salt &amp; Pepper\","
                    "\"author\":{\"name\":\"Maria &amp; Katerina\"}}";
    ls_jsonld ld = {0};
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.headline, "Salt & Pepper");
    CHECK_STR_EQ(ld.author, "Maria & Katerina");
    ls_jsonld_release(&ld);
    /* numeric references and typographic names too */
    j = "{\"@type\":\"Article\",\"headline\":\"Plant reopens &ndash; a year on\","
        "\"author\":\"Sean O&#8217;Brien\",\"description\":\"A &#x201C;test&#x201D;\"}";
    ls_jsonld ld2 = {0};
    CHECK(ls_jsonld_read(j, strlen(j), &ld2));
    CHECK_STR_EQ(ld2.headline, "Plant reopens \xE2\x80\x93 a year on");
    CHECK_STR_EQ(ld2.author, "Sean O\xE2\x80\x99" "Brien");
    CHECK_STR_EQ(ld2.description, "A \xE2\x80\x9Ctest\xE2\x80\x9D");
    ls_jsonld_release(&ld2);
}

TEST(jsonld_authors_joined_as_a_byline_reads)
{
    ls_jsonld ld;
    memset(&ld, 0, sizeof ld);
    const char *j = "{\"@type\":\"Article\",\"author\":[{\"name\":\"Ann Lee\"},{\"name\":\"Bo Park\"},"
                    "{\"name\":\"Cy Young\"}]}";
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.author, "Ann Lee, Bo Park, and Cy Young");
    ls_jsonld_release(&ld);
    j = "{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"王建国\"},{\"name\":\"李红\"}]}";
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.author, "王建国、李红");
    ls_jsonld_release(&ld);
}

static bool discussion_of(const char *j)
{
    ls_jsonld ld = {0};
    ls_jsonld_read(j, strlen(j), &ld);
    bool d = ld.discussion;
    ls_jsonld_release(&ld);
    return d;
}

TEST(jsonld_page_that_is_a_discussion)
{
    CHECK(discussion_of("{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Range?\"}"));
    CHECK(discussion_of("{\"@type\":[\"WebPage\",\"QAPage\"],\"name\":\"边缘网关怎么选\"}"));
    CHECK(discussion_of("{\"@type\":\"WebPage\",\"mainEntity\":"
                        "{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Range?\"}}"));
    CHECK(discussion_of("{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"SocialMediaPosting\"}]}"));
    /* the word in a text value is no type */
    CHECK(!discussion_of("{\"@type\":\"NewsArticle\",\"headline\":\"Why QAPage markup matters\","
                         "\"description\":\"A SocialMediaPosting is not a news story\"}"));
    CHECK(!discussion_of("not json"));
}

TEST(jsonld_inside_cdata)
{
    /* an XHTML page wraps its JSON-LD in a CDATA section, bare or behind
     * script comments */
    static const char *const docs[] = {
        "<![CDATA[\n {\"@type\":\"Article\",\"headline\":\"Edge\",\"author\":[{\"@type\":"
        "\"Person\",\"name\":\"Jane Doe\"}]}\n ]]>",
        "//<![CDATA[\n{\"@type\":\"Article\",\"headline\":\"Edge\",\"author\":\"Jane Doe\"}\n//]]>",
    };
    for (size_t k = 0; k < sizeof docs / sizeof docs[0]; k++) {
        ls_jsonld ld = {0};
        CHECK(ls_jsonld_read(docs[k], strlen(docs[k]), &ld));
        CHECK_STR_EQ(ld.author, "Jane Doe");
        CHECK_STR_EQ(ld.headline, "Edge");
        ls_jsonld_release(&ld);
    }
    /* an unclosed section is no JSON, nor is an empty one or the markers
     * alone in the wrong order */
    static const char *const bad[] = {"<![CDATA[ {\"@type\":\"Article\",\"headline\":\"Edge\"}",
                                      "<![CDATA[]]>", "<![CDATA[", "]]><![CDATA[", "//<![CDATA[//]]>"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        ls_jsonld ld = {0};
        CHECK(!ls_jsonld_read(bad[k], strlen(bad[k]), &ld));
        ls_jsonld_release(&ld);
    }
}

TEST(jsonld_baidu_cambrian_fills_what_is_empty)
{
    const char *j = "{\"@context\": \"https://ziyuan.baidu.com/contexts/cambrian.jsonld\", "
                    "\"@id\": \"https://baijiahao.example/s?id=1\", \"title\": \"边缘计算下沉工厂\", "
                    "\"images\": [\"https://pics.example/a.jpeg\"], \"description\": \"边缘计算正成为焦点。\","
                    " \"pubDate\": \"2024-05-12T07:48:09\", \"upDate\": \"2024-05-12T08:00:00\"}";
    ls_jsonld ld = {0};
    CHECK(ls_jsonld_read(j, strlen(j), &ld));
    CHECK_STR_EQ(ld.headline, "边缘计算下沉工厂");
    CHECK_STR_EQ(ld.date_published, "2024-05-12T07:48:09");
    CHECK_STR_EQ(ld.image, "https://pics.example/a.jpeg");
    ls_jsonld_release(&ld);
    /* the same keys under another context are nobody's */
    const char *other = "{\"@context\": \"https://example.org/ctx\", \"title\": \"X\", "
                        "\"pubDate\": \"2024-05-12T07:48:09\"}";
    ls_jsonld o = {0};
    ls_jsonld_read(other, strlen(other), &o);
    CHECK(o.headline == NULL && o.date_published == NULL);
    ls_jsonld_release(&o);
}
