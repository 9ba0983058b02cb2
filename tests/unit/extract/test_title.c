/* Title cleaning: site suffixes, editorial marks, hints. */
#include <stdio.h>
#include <stdlib.h>

#include "extract/infoline.h"
#include "harness.h"

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
