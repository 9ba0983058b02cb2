#include "harness.h"

#include <stdlib.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/hash.h"
#include "util/str.h"

TEST(buf_appends_and_formats)
{
    ls_buf b;
    ls_buf_init(&b, 100);
    ls_buf_adds(&b, "智能");
    ls_buf_addf(&b, "-%d-", 42);
    ls_buf_add_utf8(&b, 0x5236);
    CHECK_INT_EQ(b.err, 0);
    CHECK_STR_EQ(b.data, "智能-42-制");
    ls_buf_release(&b);
}

TEST(buf_cap_is_sticky)
{
    ls_buf b;
    ls_buf_init(&b, 4);
    ls_buf_adds(&b, "abc");
    ls_buf_adds(&b, "de");
    ls_buf_adds(&b, "x");
    CHECK_INT_EQ(b.err, LS_ETOOBIG);
    CHECK_STR_EQ(b.data, "abc");
    ls_buf_release(&b);
}

TEST(buf_inserts_inside_and_at_the_end)
{
    ls_buf b;
    ls_buf_init(&b, 16);
    ls_buf_adds(&b, "cycle.");
    CHECK_INT_EQ(ls_buf_insert(&b, 5, "[1]", 3), 0);
    CHECK_STR_EQ(b.data, "cycle[1].");
    CHECK_INT_EQ(ls_buf_insert(&b, 0, "A ", 2), 0);
    CHECK_STR_EQ(b.data, "A cycle[1].");
    CHECK_INT_EQ(ls_buf_insert(&b, 99, "!", 1), 0);
    CHECK_STR_EQ(b.data, "A cycle[1].!");
    CHECK(ls_buf_insert(&b, 0, "12345", 5) != 0); /* past the cap: left as it was */
    CHECK_STR_EQ(b.data, "A cycle[1].!");
    ls_buf_release(&b);
}

TEST(buf_long_format_grows)
{
    ls_buf b;
    ls_buf_init(&b, 10000);
    char big[600];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    ls_buf_addf(&b, "<%s>", big);
    CHECK_INT_EQ(b.len, 601);
    char *s = ls_buf_detach(&b, NULL);
    CHECK(s[0] == '<' && s[600] == '>');
    free(s);
}

TEST(utf8_decoding_replaces_bad_bytes)
{
    uint32_t cp;
    CHECK_INT_EQ(ls_utf8_next("\xe6\x99\xba", 3, &cp), 3);
    CHECK_INT_EQ(cp, 0x667A);
    CHECK_INT_EQ(ls_utf8_next("\xe6\x99", 2, &cp), 1);
    CHECK_INT_EQ(cp, 0xFFFD);
    CHECK_INT_EQ(ls_utf8_next("\xc0\xaf", 2, &cp), 1); /* overlong */
    CHECK(!ls_utf8_valid("a\xff", 2));
    CHECK(ls_utf8_valid("人工智能", strlen("人工智能")));
    CHECK_INT_EQ(ls_utf8_len("人工ab", strlen("人工ab")), 4);
    CHECK_INT_EQ(ls_utf8_clip("人工", 6, 4), 3);
}

TEST(cjk_classes)
{
    CHECK(ls_is_cjk(0x667A));
    CHECK(ls_is_cjk(0x20000));
    CHECK(!ls_is_cjk('a'));
    CHECK(ls_is_cjk_punct(0xFF0C));
    CHECK(ls_is_space_cp(0x3000));
    /* letters and digits of any script, not marks or symbols */
    static const uint32_t words[] = {'a', 'Z', '7', 0xE9, 0x667A, 0x3042, 0xAC00, 0x0416};
    static const uint32_t others[] = {'#', ' ', 0x85, 0xA9, 0x2019, 0x2192, 0x2605,
                                      0x3000, 0x3010, 0xFF0C, 0x3002};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        CHECK(ls_is_word_cp(words[k]));
    for (size_t k = 0; k < sizeof others / sizeof others[0]; k++)
        CHECK(!ls_is_word_cp(others[k]));
}

TEST(sha256_and_base32)
{
    char hex[65];
    ls_sha256_hex("abc", 3, hex);
    CHECK_STR_EQ(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    char b32[64];
    ls_base32((const unsigned char *)"foobar", 6, b32);
    CHECK_STR_EQ(b32, "MZXW6YTBOI======");
}

TEST(arena_allocates_zeroed)
{
    ls_arena a;
    ls_arena_init(&a);
    char *s = ls_arena_strdup(&a, "hello");
    CHECK_STR_EQ(s, "hello");
    void *big = ls_arena_alloc(&a, 200000);
    CHECK(big != NULL);
    CHECK(((unsigned char *)big)[199999] == 0);
    ls_arena_release(&a);
}

TEST(utf8_put_round_trips)
{
    const uint32_t cps[] = {'A', 0xE9, 0x667A, 0x1F600, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000};
    const size_t lens[] = {1, 2, 3, 4, 1, 2, 2, 3, 3, 4};
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        char out[4];
        uint32_t back = 0;
        size_t n = ls_utf8_put(out, cps[i]);
        CHECK_INT_EQ((long)n, (long)lens[i]);
        CHECK_INT_EQ((long)ls_utf8_next(out, n, &back), (long)n);
        CHECK_INT_EQ((long)back, (long)cps[i]);
    }
}
