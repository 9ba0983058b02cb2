/* Tests for the streaming Content-Encoding decoder (net/fetch_int.h),
 * without a network: inputs are made here with zlib. */
#include "harness.h"

#include <stdlib.h>
#include <zlib.h>

#include "net/fetch_int.h"
#include "util/err.h"

/* Compresses in[0..n) as gzip (wbits 31), zlib (15) or raw deflate (-15). */
static unsigned char *deflate_with(const void *in, size_t n, int wbits, size_t *out_n)
{
    z_stream z = {0};
    size_t cap = compressBound((uLong)n) + 64;
    unsigned char *out = malloc(cap);
    deflateInit2(&z, 9, Z_DEFLATED, wbits, 9, Z_DEFAULT_STRATEGY);
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    *out_n = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

/* Feeds data in pieces of step bytes; returns the last feed's rc. */
static int feed(ls_fetch_decoder *d, const unsigned char *p, size_t n, size_t step, ls_buf *out)
{
    int rc = LS_OK;
    for (size_t i = 0; i < n && rc == LS_OK; i += step)
        rc = ls_fetch_decoder_feed(d, (const char *)p + i, n - i < step ? n - i : step, out);
    return rc;
}

TEST(decode_gzip_one_byte_at_a_time)
{
    char text[5000];
    for (size_t i = 0; i < sizeof text; i++)
        text[i] = (char)('a' + (i * 7) % 26);
    size_t n;
    unsigned char *gz = deflate_with(text, sizeof text, 31, &n);
    ls_fetch_decoder d;
    ls_buf out;
    ls_buf_init(&out, 1 << 20);
    ls_fetch_decoder_init(&d, "gzip");
    CHECK_INT_EQ(feed(&d, gz, n, 1, &out), LS_OK);
    CHECK_INT_EQ(out.len, sizeof text);
    CHECK(out.data && memcmp(out.data, text, sizeof text) == 0);
    CHECK(!d.corrupt && d.ended[0]);
    ls_fetch_decoder_release(&d);
    ls_buf_release(&out);
    free(gz);
}

TEST(decode_stacked_and_deflate_flavours)
{
    const char text[] = "智能制造 stacked codings";
    size_t n1, n2, nz, nr;
    unsigned char *g1 = deflate_with(text, sizeof text - 1, 31, &n1);
    unsigned char *g2 = deflate_with(g1, n1, 31, &n2);
    unsigned char *zl = deflate_with(text, sizeof text - 1, 15, &nz);
    unsigned char *raw = deflate_with(text, sizeof text - 1, -15, &nr);
    ls_fetch_decoder d;
    ls_buf out;
    ls_buf_init(&out, 1 << 20);
    ls_fetch_decoder_init(&d, "gzip, x-gzip");
    CHECK_INT_EQ(d.n, 2);
    CHECK_INT_EQ(feed(&d, g2, n2, 3, &out), LS_OK);
    CHECK_STR_EQ(out.data, text);
    ls_fetch_decoder_release(&d);
    ls_buf_reset(&out);
    ls_fetch_decoder_init(&d, "deflate");
    CHECK_INT_EQ(feed(&d, zl, nz, 5, &out), LS_OK);
    CHECK_STR_EQ(out.data, text);
    ls_fetch_decoder_release(&d);
    ls_buf_reset(&out);
    ls_fetch_decoder_init(&d, "identity, deflate");
    CHECK_INT_EQ(feed(&d, raw, nr, 64, &out), LS_OK);
    CHECK_STR_EQ(out.data, text);
    ls_fetch_decoder_release(&d);
    ls_buf_release(&out);
    free(g1);
    free(g2);
    free(zl);
    free(raw);
}

TEST(decode_refuses_unknown_and_too_many_codings)
{
    ls_fetch_decoder d;
    ls_fetch_decoder_init(&d, "gzip, br");
    CHECK(d.unknown);
    ls_fetch_decoder_release(&d);
    ls_fetch_decoder_init(&d, "gzip, gzip, gzip, gzip, gzip");
    CHECK(d.unknown);
    ls_buf out;
    ls_buf_init(&out, 100);
    CHECK_INT_EQ(ls_fetch_decoder_feed(&d, "abc", 3, &out), LS_OK);
    CHECK_INT_EQ(out.len, 0);
    ls_fetch_decoder_release(&d);
    ls_fetch_decoder_init(&d, NULL);
    CHECK(!d.unknown && d.n == 0);
    CHECK_INT_EQ(ls_fetch_decoder_feed(&d, "abc", 3, &out), LS_OK);
    CHECK_STR_EQ(out.data, "abc");
    ls_fetch_decoder_release(&d);
    ls_buf_release(&out);
}

TEST(decode_bomb_stops_at_output_cap)
{
    size_t big = 8 << 20, n;
    char *zeros = calloc(1, big);
    unsigned char *gz = deflate_with(zeros, big, 31, &n);
    free(zeros);
    CHECK(n < 20000);
    ls_fetch_decoder d;
    ls_buf out;
    ls_buf_init(&out, 100000);
    ls_fetch_decoder_init(&d, "gzip");
    CHECK_INT_EQ(feed(&d, gz, n, 4096, &out), LS_ETOOBIG);
    CHECK_INT_EQ(out.len, 100000);
    ls_fetch_decoder_release(&d);
    ls_buf_release(&out);
    free(gz);
}

TEST(decode_corrupt_input_is_flagged_not_fatal)
{
    ls_fetch_decoder d;
    ls_buf out;
    ls_buf_init(&out, 1000);
    ls_fetch_decoder_init(&d, "gzip");
    CHECK_INT_EQ(ls_fetch_decoder_feed(&d, "not gzip at all", 15, &out), LS_OK);
    CHECK(d.corrupt);
    CHECK_INT_EQ(ls_fetch_decoder_feed(&d, "more", 4, &out), LS_OK);
    ls_fetch_decoder_release(&d);
    ls_buf_release(&out);
}
