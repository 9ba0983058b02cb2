/*
 * test_http.c - the pure HTTP parsers of web/http.h.
 */
#include <string.h>

#include "harness.h"
#include "web/http.h"

TEST(pct_decode_plus_and_escapes)
{
    char out[64];
    size_t n = ls_http_pct_decode("a+b%20c%E4%B8%AD", 16, out, true);
    CHECK_STR_EQ(out, "a b c\xE4\xB8\xAD");
    CHECK_INT_EQ(n, strlen(out));
    ls_http_pct_decode("a+b", 3, out, false);
    CHECK_STR_EQ(out, "a+b");
}

TEST(pct_decode_keeps_bad_escapes_and_drops_nul)
{
    char out[64];
    ls_http_pct_decode("%zz%4", 5, out, true);
    CHECK_STR_EQ(out, "%zz%4");
    ls_http_pct_decode("a%00b", 5, out, true);
    CHECK_STR_EQ(out, "ab");
    ls_http_pct_decode("%", 1, out, true);
    CHECK_STR_EQ(out, "%");
}

TEST(urlencoded_pairs_repeat_and_empty)
{
    ls_arena a;
    ls_arena_init(&a);
    ls_kvlist l = {0};
    const char *q = "tag=%E4%BA%BA%E5%B7%A5&tag=b&empty=&flag&&x=1%262";
    CHECK_INT_EQ(ls_http_parse_urlencoded(&l, &a, q, strlen(q)), 0);
    CHECK_INT_EQ(l.n, 5);
    CHECK_STR_EQ(ls_kv_get(&l, "tag"), "\xE4\xBA\xBA\xE5\xB7\xA5");
    CHECK_STR_EQ(l.v[1].val, "b");
    CHECK_STR_EQ(ls_kv_get(&l, "empty"), "");
    CHECK_STR_EQ(ls_kv_get(&l, "flag"), "");
    CHECK_STR_EQ(ls_kv_get(&l, "x"), "1&2");
    CHECK(ls_kv_get(&l, "missing") == NULL);
    ls_arena_release(&a);
}

TEST(urlencoded_refuses_a_flood_of_pairs)
{
    ls_arena a;
    ls_arena_init(&a);
    ls_kvlist l = {0};
    char buf[4000] = "";
    for (int i = 0; i < 300; i++)
        memcpy(buf + 4 * i, "a=1&", 5);
    CHECK(ls_http_parse_urlencoded(&l, &a, buf, strlen(buf)) != 0);
    CHECK(l.n <= 256);
    ls_arena_release(&a);
}

TEST(cookie_lookup)
{
    char v[32];
    CHECK(ls_http_cookie_get("a=1; ls_session=abc; b=2", "ls_session", v, sizeof v));
    CHECK_STR_EQ(v, "abc");
    CHECK(ls_http_cookie_get("xls_session=bad;ls_session=ok", "ls_session", v, sizeof v));
    CHECK_STR_EQ(v, "ok");
    CHECK(!ls_http_cookie_get("a=1", "ls_session", v, sizeof v));
    CHECK(!ls_http_cookie_get(NULL, "ls_session", v, sizeof v));
    CHECK(!ls_http_cookie_get("ls_session=0123456789", "ls_session", v, 4));
}

TEST(accept_language_picks_zh_by_default)
{
    CHECK_STR_EQ(ls_http_pick_lang(NULL), "zh");
    CHECK_STR_EQ(ls_http_pick_lang("fr-FR"), "zh");
    CHECK_STR_EQ(ls_http_pick_lang("en-US,en;q=0.9"), "en");
    CHECK_STR_EQ(ls_http_pick_lang("zh-CN,zh;q=0.9,en;q=0.8"), "zh");
    CHECK_STR_EQ(ls_http_pick_lang("en;q=0.5, zh-TW;q=0.8"), "zh");
    CHECK_STR_EQ(ls_http_pick_lang("zh;q=0.2, en;q=0.9"), "en");
}

TEST(ids_are_strict)
{
    int64_t v = 0;
    CHECK(ls_http_parse_id("42", 2, &v));
    CHECK_INT_EQ(v, 42);
    CHECK(!ls_http_parse_id("0", 1, &v));
    CHECK(!ls_http_parse_id("-1", 2, &v));
    CHECK(!ls_http_parse_id("+1", 2, &v));
    CHECK(!ls_http_parse_id("1a", 2, &v));
    CHECK(!ls_http_parse_id("", 0, &v));
    CHECK(!ls_http_parse_id("99999999999999999", 17, &v));
    CHECK(!ls_http_parse_id("..", 2, &v));
}

TEST(paging_values_are_clamped)
{
    CHECK_INT_EQ(ls_http_clamp_long("1000000000", 50, 1, 500), 500);
    CHECK_INT_EQ(ls_http_clamp_long("-1", 0, 0, 100), 0);
    CHECK_INT_EQ(ls_http_clamp_long("99999999999999999999999", 1, 1, 9), 9);
    CHECK_INT_EQ(ls_http_clamp_long("abc", 7, 1, 9), 7);
    CHECK_INT_EQ(ls_http_clamp_long("5x", 7, 1, 9), 7);
    CHECK_INT_EQ(ls_http_clamp_long(NULL, 7, 1, 9), 7);
    CHECK_INT_EQ(ls_http_clamp_long("3", 7, 1, 9), 3);
}

TEST(next_accepts_only_local_paths)
{
    CHECK(ls_http_is_local_path("/links/3?x=1"));
    CHECK(!ls_http_is_local_path("//evil.example"));
    CHECK(!ls_http_is_local_path("/\\evil.example"));
    CHECK(!ls_http_is_local_path("https://evil.example/"));
    CHECK(!ls_http_is_local_path("evil"));
    CHECK(!ls_http_is_local_path("/a\r\nSet-Cookie: x"));
    CHECK(!ls_http_is_local_path("/a\\b"));
    CHECK(!ls_http_is_local_path(NULL));
}
