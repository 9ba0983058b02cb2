#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "util/mojibake.h"

static const char *unmoji(const char *t)
{
    static char out[512];
    snprintf(out, sizeof out, "%s", t);
    ls_text_unmojibake(out);
    return out;
}

TEST(text_encoded_twice_repaired)
{
    /* UTF-8 read as Windows-1252 and encoded again */
    CHECK_STR_EQ(unmoji("A rider\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s guide"), "A rider\u2019s guide");
    /* read as Latin-1: the C1 controls U+0080-U+009F */
    CHECK_STR_EQ(unmoji("gears \xc3\xa2\xc2\x80\xc2\x94 part 2"), "gears \u2014 part 2");
    /* 中文 read as Windows-1252 */
    CHECK_STR_EQ(unmoji("\xc3\xa4\xc2\xb8\xc2\xad\xc3\xa6\xe2\x80\x93\xe2\x80\xa1"), "中文");
    /* text that only has Latin letters stays */
    CHECK_STR_EQ(unmoji("Caf\xc3\xa9 \xc3\x84 1"), "Caf\xc3\xa9 \xc3\x84 1");
    CHECK_STR_EQ(unmoji("\xc3\x83 la carte"), "\xc3\x83 la carte");
    /* a character no single byte gives: not repaired */
    CHECK_STR_EQ(unmoji("\xc3\xa2\xe2\x82\xac\xe2\x84\xa2 \xe4\xb8\xad"),
                 "\xc3\xa2\xe2\x82\xac\xe2\x84\xa2 \xe4\xb8\xad");
    ls_text_unmojibake(NULL);
}

static const char *repair(const char *t)
{
    static char out[1024];
    size_t n = strlen(t);
    memcpy(out, t, n + 1);
    n = ls_mojibake_repair_page(out, n);
    out[n] = 0;
    return out;
}

TEST(page_encoded_twice_repaired_around_correct_text)
{
    /* read as Latin-1 (C1 controls): the proof, and every sequence goes back,
     * "Ã©" (é) too; correct UTF-8 on the same page stays */
    CHECK_STR_EQ(repair("<title>Investor\xc3\xa2\xc2\x80\xc2\x99s guide</title>"
                        "<p>caf\xc3\x83\xc2\xa9 \xe2\x80\x94 \xe6\x99\xba\xe8\x83\xbd caf\xc3\xa9</p>"),
                 "<title>Investor\u2019s guide</title><p>caf\xc3\xa9 \u2014 智能 caf\xc3\xa9</p>");
    /* read as Windows-1252 */
    CHECK_STR_EQ(repair("It\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s \xc3\xa4\xc2\xb8\xc2\xad\xc3\xa6\xe2\x80\x93\xe2\x80\xa1"),
                 "It\u2019s 中文");
    /* a four-byte character (U+1F600) */
    CHECK_STR_EQ(repair("ok \xc3\xb0\xc2\x9f\xc2\x98\xc2\x80!"), "ok \xf0\x9f\x98\x80!");
    /* a sequence cut at the end of the page stays as it is */
    CHECK_STR_EQ(repair("x\xc3\xa2\xc2\x80\xc2\x99 y\xc3\xa2\xc2\x80"),
                 "x\u2019 y\xc3\xa2\xc2\x80");
}

TEST(page_without_proof_left_alone)
{
    /* Latin text whose letters could be read as a sequence but hold no
     * byte 0x80-0x9F: French quotes after a capital, "Ã la carte" */
    CHECK_STR_EQ(repair("\xc2\xab" "CAF\xc3\x89\xc2\xbb \xc3\x83\xc2\xa0 la carte"),
                 "\xc2\xab" "CAF\xc3\x89\xc2\xbb \xc3\x83\xc2\xa0 la carte");
    CHECK_STR_EQ(repair("\xe6\x99\xba\xe8\x83\xbd\xe5\x88\xb6\xe9\x80\xa0"), "智能制造");
    CHECK_STR_EQ(repair(""), "");
    /* a lead letter with one continuation too few, then proof elsewhere:
     * only the whole sequence is put back */
    CHECK_STR_EQ(repair("\xc3\xa2\xc2\x80 and \xc3\xa2\xc2\x80\xc2\x9c"), "\xc3\xa2\xc2\x80 and \u201c");
    /* bytes that would be an overlong or a surrogate stay */
    CHECK_STR_EQ(repair("\xc3\xa0\xc2\x80\xc2\x80 \xc3\xad\xc2\xa0\xc2\x80 \xc3\xa2\xc2\x80\xc2\x9c"),
                 "\xc3\xa0\xc2\x80\xc2\x80 \xc3\xad\xc2\xa0\xc2\x80 \u201c");
}
