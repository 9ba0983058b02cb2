/*
 * warc_sample.c - writes a small .warc.gz with the capture layer's WARC
 * writer, so tests/e2e can check warc_check.mjs (and the writer) against an
 * independent reader without the linksnap binary. Built on the fly by
 * tests/e2e/test_warc_tool.py: warc_sample OUT.warc.gz
 */
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "capture/warc.h"
#include "util/err.h"
#include "util/hash.h"

static int add(ls_warc *w, const char *url, const char *head, const char *body, size_t n,
               int truncated)
{
    const char *req = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n";
    ls_warc_exchange ex = {.url = url, .ip = "127.0.0.1", .when = 1780000000,
                           .req_head = strstr(url, "asset") ? NULL : req,
                           .req_head_len = strlen(req), .resp_head = head,
                           .resp_head_len = strlen(head), .body = body, .body_len = n,
                           .truncated = truncated != 0};
    return ls_warc_add_exchange(w, &ex);
}

int main(int argc, char **argv)
{
    if (argc != 2 || ls_crypto_init() != LS_OK)
        return 2;
    ls_warc w;
    ls_warc_init(&w, 1 << 22);
    unsigned char gz[256];
    uLongf gzlen = sizeof gz;
    const char *text = "<p>智能制造 gzip body</p>";
    compress2(gz, &gzlen, (const unsigned char *)text, strlen(text), 9); /* zlib-wrapped */
    int rc = ls_warc_add_warcinfo(&w, "sample.warc.gz", 1780000000);
    if (!rc)
        rc = add(&w, "http://127.0.0.1:1/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                 "<html>hi</html>", 15, 0);
    if (!rc)
        rc = add(&w, "http://127.0.0.1:1/asset.css",
                 "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\nTransfer-Encoding: chunked\r\n"
                 "Content-Encoding: deflate\r\n\r\n", (const char *)gz, gzlen, 0);
    if (!rc)
        rc = add(&w, "http://127.0.0.1:1/asset-big.bin",
                 "HTTP/1.1 200 OK\r\nContent-Length: 999999\r\n\r\n", "0123456789", 10, 1);
    if (rc) {
        fprintf(stderr, "warc_sample: %s\n", ls_strerror(rc));
        return 1;
    }
    FILE *f = fopen(argv[1], "wb");
    if (!f || fwrite(w.out.data, 1, w.out.len, f) != w.out.len || fclose(f) != 0)
        return 1;
    ls_warc_release(&w);
    return 0;
}
