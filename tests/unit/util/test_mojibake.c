#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "util/buf.h"
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

static const char *repair_buf(const char *t, size_t max)
{
    static char out[1024];
    ls_buf b;
    ls_buf_init(&b, max);
    ls_buf_adds(&b, t);
    CHECK_INT_EQ(ls_mojibake_repair(&b), 0);
    snprintf(out, sizeof out, "%s", b.data ? b.data : "");
    CHECK_INT_EQ(strlen(out), b.len);
    ls_buf_release(&b);
    return out;
}

TEST(page_c1_controls_read_as_windows_1252)
{
    /* a single Windows-1252 byte read as Latin-1 */
    CHECK_STR_EQ(repair_buf("Because we\xc2\x92re so used", 1024), "Because we\u2019re so used");
    /* three bytes (—), two (ƒ, Š), at both ends, and one Windows-1252
     * leaves undefined (0x81), which stays */
    CHECK_STR_EQ(repair_buf("\xc2\x97" "a\xc2\x83\xc2\x8a\xc2\x81z\xc2\x85", 1024),
                 "\u2014" "a\u0192\u0160\xc2\x81z\u2026");
    /* after text encoded twice is put back; correct text stays */
    CHECK_STR_EQ(repair_buf("It\xc3\xa2\xc2\x80\xc2\x99s and we\xc2\x92re \xe6\x99\xba caf\xc3\xa9", 1024),
                 "It\u2019s and we\u2019re 智 caf\xc3\xa9");
    /* nothing to do */
    CHECK_STR_EQ(repair_buf("plain \xc2\xa0 text", 1024), "plain \xc2\xa0 text");
    CHECK_STR_EQ(repair_buf("", 1024), "");
    /* no room under the buffer's cap: left as it was */
    CHECK_STR_EQ(repair_buf("a\xc2\x93" "b\xc2\x94", 6), "a\xc2\x93" "b\xc2\x94");
    CHECK_STR_EQ(repair_buf("a\xc2\x93" "b\xc2\x94", 8), "a\u201c" "b\u201d");
}

TEST(text_repaired_only_with_enough_proof)
{
    /* one "ß’" is what an essay on case folding wrote */
    char one[] = "the \u2018K\u2019/\u2018\u00df\u2019/\u2018\u0130\u2019 masks";
    size_t n = strlen(one);
    CHECK_INT_EQ((int)ls_mojibake_repair_proven(one, n, 3), (int)n);
    CHECK_STR_EQ(one, "the \u2018K\u2019/\u2018\u00df\u2019/\u2018\u0130\u2019 masks");
    /* three proofs: the text was encoded twice */
    char three[] = "isn\u00e2\u20ac\u2122t \u00e2\u20ac\u201d it\u00e2\u20ac\u2122s";
    n = ls_mojibake_repair_proven(three, strlen(three), 3);
    three[n] = 0;
    CHECK_STR_EQ(three, "isn\u2019t \u2014 it\u2019s");
    /* two are not enough at three */
    char two[] = "isn\u00e2\u20ac\u2122t it\u00e2\u20ac\u2122s";
    n = strlen(two);
    CHECK_INT_EQ((int)ls_mojibake_repair_proven(two, n, 3), (int)n);
}
