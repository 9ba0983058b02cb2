/* Tests for net/charset: detection order, label mapping, decoding with
 * replacement. Every input is written here as bytes. */
#include "harness.h"

#include <stdlib.h>

#include "net/charset.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/str.h"

/* Detect + decode; returns a malloc'd UTF-8 string and the charset used. */
static char *to_utf8(const char *raw, size_t n, const char *ct, char *cs, size_t cs_sz)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    int rc = ls_charset_to_utf8(raw, n, ct, &b, cs, cs_sz);
    CHECK_INT_EQ(rc, LS_OK);
    CHECK(ls_utf8_valid(b.data, b.len));
    CHECK(memchr(b.data, 0, b.len) == NULL);
    return ls_buf_detach(&b, NULL);
}

#define ZH_GBK "\xd6\xd0\xce\xc4" /* 中文 */

/* 朱镕基总理在北京主持召开国务院常务会议，研究部署推进智能制造和工业互联网
 * 发展的政策措施。会议指出，要加快数字化转型。 in GB18030. */
static const char k_gbk_text[] =
    "\xd6\xec\xe9\x46\xbb\xf9\xd7\xdc\xc0\xed\xd4\xda\xb1\xb1\xbe\xa9\xd6\xf7\xb3\xd6"
    "\xd5\xd9\xbf\xaa\xb9\xfa\xce\xf1\xd4\xba\xb3\xa3\xce\xf1\xbb\xe1\xd2\xe9\xa3\xac"
    "\xd1\xd0\xbe\xbf\xb2\xbf\xca\xf0\xcd\xc6\xbd\xf8\xd6\xc7\xc4\xdc\xd6\xc6\xd4\xec"
    "\xba\xcd\xb9\xa4\xd2\xb5\xbb\xa5\xc1\xaa\xcd\xf8\xb7\xa2\xd5\xb9\xb5\xc4\xd5\xfe"
    "\xb2\xdf\xb4\xeb\xca\xa9\xa1\xa3\xbb\xe1\xd2\xe9\xd6\xb8\xb3\xf6\xa3\xac\xd2\xaa"
    "\xbc\xd3\xbf\xec\xca\xfd\xd7\xd6\xbb\xaf\xd7\xaa\xd0\xcd\xa1\xa3";

TEST(charset_labels_map_to_canonical)
{
    CHECK_STR_EQ(ls_charset_canonical("gb2312"), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical(" GBK "), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical("x-gbk"), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical("chinese"), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical("csgb2312"), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical("GB_2312-80"), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical("iso-ir-58"), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical("gb18030"), "GB18030");
    CHECK_STR_EQ(ls_charset_canonical("big5"), "BIG5-HKSCS");
    CHECK_STR_EQ(ls_charset_canonical("x-x-big5"), "BIG5-HKSCS");
    CHECK_STR_EQ(ls_charset_canonical("utf8"), "UTF-8");
    CHECK_STR_EQ(ls_charset_canonical("latin1"), "windows-1252");
    CHECK_STR_EQ(ls_charset_canonical("sjis"), "Shift_JIS");
    CHECK_STR_EQ(ls_charset_canonical("ks_c_5601-1987"), "EUC-KR");
    CHECK(ls_charset_canonical("utf-7") == NULL);
    CHECK(ls_charset_canonical("UTF-7") == NULL);
    CHECK(ls_charset_canonical("hz-gb-2312") == NULL);
    CHECK(ls_charset_canonical("") == NULL);
    CHECK(ls_charset_canonical(NULL) == NULL);
}

TEST(charset_content_type_param)
{
    char l[32];
    CHECK(ls_charset_from_content_type("text/html; charset=GBK", l, sizeof l));
    CHECK_STR_EQ(l, "GBK");
    CHECK(ls_charset_from_content_type("text/html;charset=\"utf-8\"; x=1", l, sizeof l));
    CHECK_STR_EQ(l, "utf-8");
    CHECK(!ls_charset_from_content_type("text/html", l, sizeof l));
    CHECK(!ls_charset_from_content_type(NULL, l, sizeof l));
}

TEST(charset_gbk_from_http_header)
{
    char cs[32];
    char *s = to_utf8("<p>" ZH_GBK "</p>", 11, "text/html; charset=gbk", cs, sizeof cs);
    CHECK_STR_EQ(cs, "GB18030");
    CHECK_STR_EQ(s, "<p>中文</p>");
    free(s);
}

TEST(charset_gb2312_label_decodes_gb18030_only_chars)
{
    /* 镕 (GBK E946) is outside GB2312; 𠀀 needs GB18030's four-byte form. */
    const char raw[] = "\xd6\xec\xe9\x46\xbb\xf9 \x95\x32\x82\x36";
    char cs[32];
    char *s = to_utf8(raw, sizeof raw - 1, "text/html; charset=gb2312", cs, sizeof cs);
    CHECK_STR_EQ(cs, "GB18030");
    CHECK_STR_EQ(s, "朱镕基 𠀀");
    free(s);
}

TEST(charset_meta_prescan)
{
    const char page[] = "<html><head><!-- <meta charset=big5> -->"
                        "<title a='>'>t</title><meta charset=\"gb2312\">"
                        "</head><body>" ZH_GBK "</body></html>";
    char label[32], cs[32];
    CHECK(ls_charset_prescan_meta(page, sizeof page - 1, label, sizeof label));
    CHECK_STR_EQ(label, "gb2312");
    ls_charset_source src = 0;
    CHECK_STR_EQ(ls_charset_detect2(page, sizeof page - 1, NULL, label, sizeof label, &src),
                 "GB18030");
    CHECK_INT_EQ(src, LS_CHARSET_FROM_META);
    char *s = to_utf8(page, sizeof page - 1, "text/html", cs, sizeof cs);
    CHECK_CONTAINS(s, "<body>中文</body>");
    free(s);
}

TEST(charset_meta_http_equiv)
{
    const char page[] = "<meta http-equiv=\"Content-Type\" "
                        "content=\"text/html; charset=big5\"><p>\xa4\xa4\xa4\xe5</p>";
    char cs[32];
    char *s = to_utf8(page, sizeof page - 1, NULL, cs, sizeof cs);
    CHECK_STR_EQ(cs, "BIG5-HKSCS");
    CHECK_CONTAINS(s, "<p>中文</p>");
    free(s);
    /* content= without http-equiv is not a charset declaration. */
    const char nopragma[] = "<meta content=\"text/html; charset=big5\">";
    char l[32];
    CHECK(!ls_charset_prescan_meta(nopragma, sizeof nopragma - 1, l, sizeof l));
}

TEST(charset_meta_late_in_head_found_until_8k)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    ls_buf_adds(&b, "<html><head><title>x</title>");
    for (int i = 0; i < 100; i++)
        ls_buf_adds(&b, "<link rel=x href=y>   ");
    ls_buf_adds(&b, "<meta charset=gbk></head>");
    CHECK(b.len > 1024 && b.len < 8192);
    char l[32];
    CHECK(ls_charset_prescan_meta(b.data, b.len, l, sizeof l));
    CHECK_STR_EQ(l, "gbk");
    /* After </head> past the first 1024 bytes the scan stops. */
    ls_buf_reset(&b);
    ls_buf_adds(&b, "<html><head></head><body>");
    for (int i = 0; i < 100; i++)
        ls_buf_adds(&b, "<p>filler text</p>");
    ls_buf_adds(&b, "</head><meta charset=gbk>");
    CHECK(!ls_charset_prescan_meta(b.data, b.len, l, sizeof l));
    ls_buf_release(&b);
}

TEST(charset_gb2312_label_on_utf8_page_is_utf8)
{
    const char page[] = "<meta charset=gb2312><p>智能制造</p>";
    char cs[32];
    char *s = to_utf8(page, sizeof page - 1, NULL, cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-8");
    CHECK_CONTAINS(s, "<p>智能制造</p>");
    free(s);
    s = to_utf8("智能制造", strlen("智能制造"), "text/html; charset=GBK", cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-8");
    CHECK_STR_EQ(s, "智能制造");
    free(s);
}

TEST(charset_big5)
{
    const char raw[] = "\xbb\x4f\xc6\x57\xaa\xba\xb8\xea\xb0\x54"; /* 臺灣的資訊 */
    char cs[32];
    char *s = to_utf8(raw, sizeof raw - 1, "text/html; charset=Big5", cs, sizeof cs);
    CHECK_STR_EQ(cs, "BIG5-HKSCS");
    CHECK_STR_EQ(s, "臺灣的資訊");
    free(s);
}

TEST(charset_big5_of_another_table_loses_nothing_after_it)
{
    /* 記者林志明／台北報導 as iconv's BIG5 and cp950 write it: "／" is A1FE,
     * which the HKSCS table lacks; the characters after it stay whole */
    const char raw[] = "\xb0\x4f\xaa\xcc\xaa\x4c\xa7\xd3\xa9\xfa\xa1\xfe\xa5\x78\xa5\x5f"
                       "\xb3\xf8\xbe\xc9";
    char cs[32];
    char *s = to_utf8(raw, sizeof raw - 1, "text/html; charset=big5", cs, sizeof cs);
    CHECK_STR_EQ(s, "記者林志明／台北報導");
    free(s);
    /* a pair no table knows is one U+FFFD, not two characters garbled */
    const char bad[] = "\xa4\xa4\xa3\xfe\xa4\xe5"; /* 中, a pair of no character, 文 */
    s = to_utf8(bad, sizeof bad - 1, "text/html; charset=big5", cs, sizeof cs);
    CHECK_STR_EQ(s, "中\xEF\xBF\xBD文");
    free(s);
}

TEST(charset_shift_jis_stray_byte_takes_nothing_after_it)
{
    /* FD is no Shift_JIS lead: it is one U+FFFD, and the あ after it stays */
    const char raw[] = "\xfd\x82\xa0\x82\xa2"; /* FD, あ, い */
    char cs[32];
    char *s = to_utf8(raw, sizeof raw - 1, "text/html; charset=shift_jis", cs, sizeof cs);
    CHECK_STR_EQ(s, "\xEF\xBF\xBDあい");
    free(s);
}

TEST(charset_no_label_uses_uchardet)
{
    const char *raw = k_gbk_text; /* no label anywhere */
    char cs[32], label[32];
    ls_charset_source src = 0;
    const char *c = ls_charset_detect2(raw, sizeof k_gbk_text - 1, "text/html", label,
                                       sizeof label, &src);
    CHECK_STR_EQ(c, "GB18030");
    CHECK_INT_EQ(src, LS_CHARSET_FROM_DETECTOR);
    char *s = to_utf8(raw, sizeof k_gbk_text - 1, NULL, cs, sizeof cs);
    CHECK_CONTAINS(s, "智能制造和工业互联网");
    CHECK_CONTAINS(s, "朱镕基");
    free(s);
}

TEST(charset_no_label_valid_utf8_is_utf8)
{
    /* Short valid UTF-8 that a detector could take for a legacy code page. */
    const char page[] = "<p>\xc3\xa9t\xc3\xa9 \xe6\x99\xba</p>";
    char label[32];
    ls_charset_source src = 0;
    CHECK_STR_EQ(ls_charset_detect2(page, sizeof page - 1, NULL, label, sizeof label, &src),
                 "UTF-8");
    CHECK_STR_EQ(label, "UTF-8");
    CHECK_INT_EQ(src, LS_CHARSET_FROM_DETECTOR);
    /* Seven-bit text is asked of uchardet, which knows ISO-2022-JP. */
    const char jis[] = "<p>\x1b$B$3$s$K$A$O\x1b(B, \x1b$BF|K\\8l$N\x1b(B text.</p>";
    CHECK_STR_EQ(ls_charset_detect2(jis, sizeof jis - 1, NULL, label, sizeof label, &src),
                 "ISO-2022-JP");
    const char ascii[] = "<p>plain ascii text</p>";
    CHECK_STR_EQ(ls_charset_detect2(ascii, sizeof ascii - 1, NULL, NULL, 0, &src), "UTF-8");
}

TEST(charset_utf8_label_on_gbk_page_is_overridden)
{
    char cs[32];
    ls_charset_source src = 0;
    const char *c = ls_charset_detect2(k_gbk_text, sizeof k_gbk_text - 1,
                                       "text/html; charset=utf-8", NULL, 0, &src);
    CHECK_STR_EQ(c, "GB18030");
    CHECK_INT_EQ(src, LS_CHARSET_FROM_DETECTOR);
    /* A UTF-8 page with a few broken bytes keeps its label. */
    const char page[] = "<p>智能制造，工业互联网，人工智能。\xff\xfe\xd6\xd0</p>";
    char *s = to_utf8(page, sizeof page - 1, "text/html; charset=utf-8", cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-8");
    CHECK_CONTAINS(s, "智能制造");
    free(s);
}

TEST(charset_boms)
{
    char cs[32];
    /* A UTF-8 BOM beats a contradicting header and is dropped. */
    char *s = to_utf8("\xEF\xBB\xBF中文", 9, "text/html; charset=gbk", cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-8");
    CHECK_STR_EQ(s, "中文");
    free(s);
    s = to_utf8("\xFF\xFE\x2d\x4e\x87\x65", 6, NULL, cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-16LE");
    CHECK_STR_EQ(s, "中文");
    free(s);
    s = to_utf8("\xFE\xFF\x4e\x2d\x65\x87", 6, NULL, cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-16BE");
    CHECK_STR_EQ(s, "中文");
    free(s);
}

TEST(charset_utf16_without_its_bom)
{
    /* "<html><meta charset=utf-8><p>中文</p>" in UTF-16 without a BOM: its
     * NULs say so, whatever the header or the meta tag claims */
    static const char le[] = "<\0h\0t\0m\0l\0>\0<\0m\0e\0t\0a\0 \0c\0h\0a\0r\0s\0e\0t\0=\0u\0t\0"
                             "f\0-\0\x38\0>\0<\0p\0>\0\x2d\x4e\x87\x65<\0/\0p\0>\0";
    char cs[32], label[32];
    ls_charset_source src = 0;
    CHECK_STR_EQ(ls_charset_detect2(le, sizeof le - 1, "text/html; charset=utf-8", label,
                                    sizeof label, &src),
                 "UTF-16LE");
    CHECK_INT_EQ(src, LS_CHARSET_FROM_DETECTOR);
    char *s = to_utf8(le, sizeof le - 1, NULL, cs, sizeof cs);
    CHECK_STR_EQ(s, "<html><meta charset=utf-8><p>中文</p>");
    free(s);
    char be[sizeof le];
    for (size_t i = 0; i + 1 < sizeof le; i += 2) {
        be[i] = le[i + 1];
        be[i + 1] = le[i];
    }
    s = to_utf8(be, sizeof le - 1, NULL, cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-16BE");
    CHECK_STR_EQ(s, "<html><meta charset=utf-8><p>中文</p>");
    free(s);
    /* a page with a stray NUL or two is no UTF-16 */
    s = to_utf8("<html><p>a\0b</p><p>plain text goes on here</p></html>", 52, NULL, cs,
                sizeof cs);
    CHECK_STR_EQ(cs, "UTF-8");
    free(s);
}

TEST(charset_broken_bytes_become_replacement)
{
    char cs[32];
    /* GBK lead byte followed by a space (not a trail byte), then a valid pair, then a cut lead. */
    const char raw[] = "a\xd6 b" ZH_GBK "\xd6";
    char *s = to_utf8(raw, sizeof raw - 1, "text/plain; charset=gbk", cs, sizeof cs);
    CHECK_STR_EQ(s, "a\xEF\xBF\xBD b中文\xEF\xBF\xBD");
    free(s);
    /* Invalid UTF-8: one U+FFFD per bad byte, the rest kept. */
    ls_buf b;
    ls_buf_init(&b, 1024);
    CHECK_INT_EQ(ls_charset_decode("x\xC3\x28\xFFy", 5, "utf-8", &b), LS_OK);
    CHECK_STR_EQ(b.data, "x\xEF\xBF\xBD(\xEF\xBF\xBDy");
    ls_buf_release(&b);
}

TEST(charset_nul_bytes_become_replacement)
{
    ls_buf b;
    ls_buf_init(&b, 1024);
    CHECK_INT_EQ(ls_charset_decode("a\0b", 3, "UTF-8", &b), LS_OK);
    CHECK_INT_EQ(b.len, 5);
    CHECK_STR_EQ(b.data, "a\xEF\xBF\xBD" "b");
    ls_buf_reset(&b);
    CHECK_INT_EQ(ls_charset_decode("\xd6\xd0\0", 3, "gbk", &b), LS_OK);
    CHECK_STR_EQ(b.data, "中\xEF\xBF\xBD");
    ls_buf_release(&b);
}

TEST(charset_utf7_label_is_ignored)
{
    /* "+ADw-script+AD4-" is <script> in UTF-7; it must stay literal text. */
    const char page[] = "<meta charset=utf-7><p>+ADw-script+AD4-alert(1)</p>";
    char cs[32];
    char *s = to_utf8(page, sizeof page - 1, "text/html; charset=UTF-7", cs, sizeof cs);
    CHECK(strcmp(cs, "UTF-7") != 0);
    CHECK_CONTAINS(s, "+ADw-script+AD4-");
    CHECK_NOT_CONTAINS(s, "<script>");
    free(s);
    /* A refused label does not hide a later, real one. */
    const char two[] = "<meta charset=utf-7><meta charset=gbk><p>" ZH_GBK "</p>";
    char l[32];
    CHECK(ls_charset_prescan_meta(two, sizeof two - 1, l, sizeof l));
    CHECK_STR_EQ(l, "gbk");
    s = to_utf8(two, sizeof two - 1, NULL, cs, sizeof cs);
    CHECK_CONTAINS(s, "<p>中文</p>");
    free(s);
}

TEST(charset_windows1252_fallback_for_invalid_utf8)
{
    char cs[32];
    char *s = to_utf8("caf\xe9", 4, NULL, cs, sizeof cs);
    CHECK(strcmp(cs, "UTF-8") != 0);
    CHECK_CONTAINS(s, "caf");
    CHECK(ls_utf8_len(s, strlen(s)) == 4);
    free(s);
}

TEST(charset_decode_cap_cuts_on_boundary)
{
    ls_buf b;
    ls_buf_init(&b, 7);
    CHECK_INT_EQ(ls_charset_decode(ZH_GBK ZH_GBK, 8, "gbk", &b), LS_ETOOBIG);
    CHECK_STR_EQ(b.data, "中文");
    ls_buf_release(&b);
    ls_buf_init(&b, 10);
    CHECK_INT_EQ(ls_charset_decode("", 0, "gbk", &b), LS_OK);
    CHECK_STR_EQ(b.data, "");
    ls_buf_release(&b);
}

TEST(charset_shift_jis_and_euc_kr)
{
    ls_buf b;
    ls_buf_init(&b, 1024);
    CHECK_INT_EQ(ls_charset_decode("\x93\xfa\x96\x7b", 4, "shift_jis", &b), LS_OK);
    CHECK_STR_EQ(b.data, "日本");
    ls_buf_reset(&b);
    CHECK_INT_EQ(ls_charset_decode("\xc7\xd1\xb1\xb9", 4, "euc-kr", &b), LS_OK);
    CHECK_STR_EQ(b.data, "한국");
    ls_buf_release(&b);
}

TEST(charset_random_bytes_always_give_clean_utf8)
{
    static const char *const cs[] = {"UTF-8", "GB18030", "BIG5-HKSCS", "Shift_JIS", "EUC-JP",
                                     "ISO-2022-JP", "EUC-KR", "UTF-16LE", "UTF-16BE",
                                     "windows-1252", "KOI8-R", NULL};
    unsigned seed = 7;
    ls_buf b;
    ls_buf_init(&b, 1 << 16);
    for (int i = 0; i < 600; i++) {
        char raw[300];
        size_t n = (size_t)(seed % sizeof raw);
        for (size_t j = 0; j < n; j++) {
            seed = seed * 1103515245u + 12345u;
            raw[j] = (char)(seed >> 16);
        }
        seed = seed * 1103515245u + 12345u;
        ls_buf_reset(&b);
        const char *c = cs[i % (sizeof cs / sizeof cs[0])];
        CHECK_INT_EQ(ls_charset_decode(raw, n, c, &b), LS_OK);
        CHECK(b.data != NULL);
        CHECK(ls_utf8_valid(b.data, b.len));
        CHECK(memchr(b.data, 0, b.len) == NULL);
        ls_buf_reset(&b);
        CHECK_INT_EQ(ls_charset_to_utf8(raw, n, "text/html; charset=gbk", &b, NULL, 0), LS_OK);
        CHECK(ls_utf8_valid(b.data, b.len));
    }
    ls_buf_release(&b);
}
