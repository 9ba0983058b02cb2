/* Tests for util/sniff: files that are no text, told by their first bytes. */
#include "harness.h"

#include <string.h>

#include "util/sniff.h"

#define SNIFF(lit) ls_sniff_binary(lit, sizeof(lit) - 1)

TEST(sniff_names_documents_pictures_and_archives)
{
    CHECK_STR_EQ(SNIFF("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "a PDF document");
    CHECK_STR_EQ(SNIFF("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "a PNG picture");
    CHECK_STR_EQ(SNIFF("\xff\xd8\xff\xe0\0\x10JFIF"), "a JPEG picture");
    CHECK_STR_EQ(SNIFF("\x1f\x8b\x08\0\0\0\0\0"), "a gzip archive");
    CHECK_STR_EQ(SNIFF("PK\x03\x04\x14\0\x06\0"), "a ZIP archive or office document");
    CHECK_STR_EQ(SNIFF("RIFF\x10\0\0\0WEBPVP8 "), "a WebP picture");
    /* bytes no text holds, in what is no markup and no UTF-16 */
    CHECK_STR_EQ(SNIFF("abc\0\0\0\x01\x02xyz\0\0\0\0\0\0\0\0"), "a binary file");
    CHECK_STR_EQ(SNIFF("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"), "a binary file");
    /* a page with a stray NUL in its markup is a page */
    CHECK(SNIFF("<html><meta name=author content='a\0b'><p>text</p>") == NULL);
}

TEST(sniff_lets_text_of_any_encoding_pass)
{
    CHECK(SNIFF("<!doctype html><title>x</title>") == NULL);
    CHECK(SNIFF("\xef\xbb\xbf<html>") == NULL);
    CHECK(SNIFF("\xff\xfe<\0h\0t\0m\0l\0>\0") == NULL);
    /* UTF-16 written without its BOM */
    CHECK(SNIFF("<\0h\0t\0m\0l\0>\0<\0p\0>\0x\0") == NULL);
    CHECK(SNIFF("\xd6\xd0\xce\xc4 GBK text") == NULL);
    CHECK(SNIFF("BM is a word that starts a page") == NULL);
    CHECK(ls_sniff_binary("", 0) == NULL);
    CHECK(ls_sniff_binary(NULL, 10) == NULL);
}

TEST(sniff_tells_utf16_without_its_bom_and_its_order)
{
    CHECK_STR_EQ(ls_sniff_utf16("<\0h\0t\0m\0l\0>\0<\0p\0>\0x\0", 18), "UTF-16LE");
    CHECK_STR_EQ(ls_sniff_utf16("\0<\0h\0t\0m\0l\0>\0<\0p\0>\0x", 18), "UTF-16BE");
    CHECK(ls_sniff_utf16("<html><p>x</p>", 14) == NULL);
    CHECK(ls_sniff_utf16("\0\0\0\0\0\0\0\0\0\0", 10) == NULL);
    CHECK(ls_sniff_utf16("<\0h\0", 4) == NULL); /* (too short to tell) */
}
