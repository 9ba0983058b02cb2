/* Tests for net/fetch against tests/e2e/servers/hostile.py on 127.0.0.1:
 * SECURITY.md cases 2, 5, 8-14 and 30 at the fetcher level, plus the
 * ordinary paths (exchanges recorded per hop, content decoding, budgets). */
#include "harness.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>

#include "hostile_server.h"
#include "net/charset.h"
#include "net/fetch.h"
#include "util/err.h"
#include "util/str.h"
#include "util/timeutil.h"

/* Short limits so every hostile case ends within a few seconds. */
static void test_opts(ls_fetch_opts *o)
{
    ls_fetch_opts_default(o);
    o->allow_private = true;
    o->connect_timeout_ms = 2000;
    o->timeout_ms = 8000;
    o->low_speed_bytes = 100;
    o->low_speed_time_s = 2;
    o->max_wire_bytes = 1 << 20;
    o->max_decoded_bytes = 2 << 20;
}

static int fetch_path(const ls_fetch_opts *o, const char *path, ls_fetch_result *r)
{
    char url[256];
    hostile_url(url, sizeof url, path);
    return ls_fetch_page(o, url, r);
}

TEST(fetch_records_one_exchange)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/ok", &r), LS_OK);
    CHECK_INT_EQ(r.n_exchanges, 1);
    CHECK(r.final == &r.exchanges[0]);
    ls_fetch_exchange *ex = r.final;
    CHECK_INT_EQ(ex->status, 200);
    CHECK_CONTAINS(ex->body.data, "hello from hostile");
    CHECK_INT_EQ(ex->body.len, ex->wire.len);
    CHECK(ls_startswith(ex->request_head.data, "GET /ok HTTP/1.1\r\n"));
    CHECK_CONTAINS(ex->request_head.data, "Accept-Encoding: gzip, deflate\r\n");
    CHECK_CONTAINS(ex->request_head.data, "User-Agent: linksnap/");
    CHECK(ls_startswith(ex->response_head.data, "HTTP/1.1 200 OK\r\n"));
    CHECK_CONTAINS(ex->response_head.data, "\r\n\r\n");
    CHECK_STR_EQ(ex->content_type, "text/html; charset=utf-8");
    CHECK_STR_EQ(ex->ip, "127.0.0.1");
    CHECK(ex->date > 1700000000);
    CHECK(!ex->truncated && !r.truncated && !ex->decode_failed);
    CHECK_CONTAINS(r.url, "/ok");
    ls_fetch_result_release(&r);
    CHECK(r.exchanges == NULL && r.n_exchanges == 0);
}

TEST(fetch_redirects_are_separate_exchanges)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/redir/chain/3", &r), LS_OK);
    CHECK_INT_EQ(r.n_exchanges, 4);
    for (int i = 0; i < 3 && i < r.n_exchanges; i++) {
        CHECK_INT_EQ(r.exchanges[i].status, 302);
        CHECK(r.exchanges[i].request_head.len > 0);
        CHECK_STR_EQ(r.exchanges[i].location, r.exchanges[i + 1].url);
    }
    CHECK_CONTAINS(r.final->url, "/ok");
    CHECK_CONTAINS(r.final->request_head.data, "GET /ok HTTP/1.1");
    CHECK_CONTAINS(r.final->body.data, "hello from hostile");
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/redir/relative", &r), LS_OK);
    CHECK_CONTAINS(r.final->url, "/ok");
    ls_fetch_result_release(&r);
}

TEST(fetch_case8_redirect_to_metadata_blocked)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o); /* private allowed: metadata is refused anyway */
    int64_t t0 = ls_mono_ms();
    CHECK_INT_EQ(fetch_path(&o, "/redir/metadata", &r), LS_EBLOCKED);
    CHECK(ls_mono_ms() - t0 < 2000);
    CHECK_CONTAINS(r.error, "blocked: 169.254.169.254 is a cloud metadata address");
    CHECK(!r.transient);
    CHECK_INT_EQ(r.n_exchanges, 2);
    CHECK_INT_EQ(r.exchanges[0].status, 302);
    CHECK_INT_EQ(r.exchanges[1].status, 0);
    CHECK_STR_EQ(r.exchanges[1].ip, "");
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/redir/metadata-v6", &r), LS_EBLOCKED);
    CHECK_CONTAINS(r.error, "fd00:ec2::254");
    ls_fetch_result_release(&r);
}

TEST(fetch_case8_redirect_to_other_schemes_blocked)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/redir/file", &r), LS_EBLOCKED);
    CHECK_CONTAINS(r.error, "\"file:\"");
    CHECK_INT_EQ(r.n_exchanges, 1);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/redir/gopher", &r), LS_EBLOCKED);
    CHECK_CONTAINS(r.error, "gopher");
    ls_fetch_result_release(&r);
}

TEST(fetch_case8_redirect_to_loopback_blocked_without_private)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    char self[64];
    test_opts(&o);
    o.allow_private = false;
    /* Only this server itself is let through, so the first hop works. */
    snprintf(self, sizeof self, "127.0.0.1:%d", hostile_port());
    o.allow_addrs = curl_slist_append(NULL, self);
    CHECK_INT_EQ(fetch_path(&o, "/redir/loopback", &r), LS_EBLOCKED);
    CHECK_CONTAINS(r.error, "127.0.0.1 is a loopback address");
    CHECK_INT_EQ(r.n_exchanges, 2);
    ls_fetch_result_release(&r);
    curl_slist_free_all(o.allow_addrs);
}

TEST(fetch_case2_case5_private_destinations_blocked)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    char url[128], map[128];
    test_opts(&o);
    o.allow_private = false;
    CHECK_INT_EQ(fetch_path(&o, "/ok", &r), LS_EBLOCKED);
    CHECK_CONTAINS(r.error, "loopback");
    ls_fetch_result_release(&r);
    const char *hosts[] = {"2130706433", "0x7f.1", "127.1", "017700000001",
                           "[::ffff:127.0.0.1]"};
    for (size_t i = 0; i < sizeof hosts / sizeof hosts[0]; i++) {
        snprintf(url, sizeof url, "http://%s:%d/ok", hosts[i], hostile_port());
        CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_EBLOCKED);
        CHECK_CONTAINS(r.error, "loopback");
        ls_fetch_result_release(&r);
    }
    /* A name that resolves to loopback is checked at connect time. */
    snprintf(map, sizeof map, "localtest.me:%d:127.0.0.1", hostile_port());
    o.resolve = curl_slist_append(NULL, map);
    snprintf(url, sizeof url, "http://localtest.me:%d/ok", hostile_port());
    CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_EBLOCKED);
    CHECK_CONTAINS(r.error, "127.0.0.1 is a loopback address");
    ls_fetch_result_release(&r);
    /* A name with a metadata and a loopback address: with private targets
     * allowed the metadata one is refused at connect, the other one used. */
    curl_slist_free_all(o.resolve);
    snprintf(map, sizeof map, "both.test:%d:169.254.169.254,127.0.0.1", hostile_port());
    o.resolve = curl_slist_append(NULL, map);
    o.allow_private = true;
    snprintf(url, sizeof url, "http://both.test:%d/ok", hostile_port());
    CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_OK);
    CHECK_STR_EQ(r.final->ip, "127.0.0.1");
    ls_fetch_result_release(&r);
    o.allow_private = false;
    CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_EBLOCKED);
    ls_fetch_result_release(&r);
    snprintf(map, sizeof map, "localtest.me:%d:127.0.0.1", hostile_port());
    curl_slist_free_all(o.resolve);
    o.resolve = curl_slist_append(NULL, map);
    snprintf(url, sizeof url, "http://localtest.me:%d/ok", hostile_port());
    /* The same mapping works once private targets are allowed. */
    o.allow_private = true;
    CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_OK);
    ls_fetch_result_release(&r);
    curl_slist_free_all(o.resolve);
}

TEST(fetch_case9_redirect_loop_stops_at_cap)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/redir/loop/0", &r), LS_EHTTP);
    CHECK_STR_EQ(r.error, "too many redirects (10)");
    CHECK(!r.transient);
    CHECK_INT_EQ(r.n_exchanges, 11);
    ls_fetch_result_release(&r);
    o.max_redirects = 2;
    CHECK_INT_EQ(fetch_path(&o, "/redir/chain/2", &r), LS_OK);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/redir/chain/3", &r), LS_EHTTP);
    CHECK_STR_EQ(r.error, "too many redirects (2)");
    ls_fetch_result_release(&r);
}

TEST(fetch_case10_slow_servers_time_out)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    int64_t t0 = ls_mono_ms();
    CHECK_INT_EQ(fetch_path(&o, "/slow/drip", &r), LS_ETIMEOUT);
    CHECK_CONTAINS(r.error, "too slow");
    CHECK(r.transient);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/slow/silent", &r), LS_ETIMEOUT);
    ls_fetch_result_release(&r);
    CHECK(ls_mono_ms() - t0 < 8000);
    /* Without a low-speed limit the total timeout still ends it. */
    o.low_speed_bytes = 0;
    o.timeout_ms = 1500;
    t0 = ls_mono_ms();
    CHECK_INT_EQ(fetch_path(&o, "/slow/silent", &r), LS_ETIMEOUT);
    CHECK(ls_startswith(r.error, "timed out after "));
    CHECK(ls_mono_ms() - t0 < 3000);
    ls_fetch_result_release(&r);
}

TEST(fetch_case11_endless_bodies_capped)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/endless/chunked", &r), LS_OK);
    CHECK(r.truncated && r.final->truncated);
    CHECK_INT_EQ(r.final->wire.len, 1 << 20);
    CHECK_INT_EQ(r.final->body.len, 1 << 20);
    CHECK_NOT_CONTAINS(r.final->response_head.data, "\r\n\r\nTransfer");
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/endless/length", &r), LS_OK);
    CHECK(r.truncated);
    CHECK_INT_EQ(r.final->wire.len, 1 << 20);
    CHECK_CONTAINS(r.final->response_head.data, "Content-Length: 10737418240");
    ls_fetch_result_release(&r);
}

TEST(fetch_case11_gzip_bombs_capped_on_decoded_bytes)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    int64_t t0 = ls_mono_ms();
    CHECK_INT_EQ(fetch_path(&o, "/bomb/gzip", &r), LS_OK);
    CHECK(r.truncated);
    CHECK_INT_EQ(r.final->body.len, 2 << 20);
    CHECK(r.final->wire.len < 70 * 1024);
    CHECK((unsigned char)r.final->wire.data[0] == 0x1f);
    CHECK_STR_EQ(r.final->content_encoding, "gzip");
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/bomb/gzip2", &r), LS_OK);
    CHECK(r.truncated);
    CHECK_INT_EQ(r.final->body.len, 2 << 20);
    CHECK_STR_EQ(r.final->content_encoding, "gzip, gzip");
    ls_fetch_result_release(&r);
    CHECK(ls_mono_ms() - t0 < 10000);
}

TEST(fetch_decodes_content_encodings)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    const char *paths[] = {"/gzip/ok", "/gzip/double", "/deflate/zlib", "/deflate/raw"};
    test_opts(&o);
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        CHECK_INT_EQ(fetch_path(&o, paths[i], &r), LS_OK);
        CHECK_CONTAINS(r.final->body.data, "压缩的内容 compressed");
        CHECK(r.final->wire.len < r.final->body.len);
        CHECK(!r.final->decode_failed);
        ls_fetch_result_release(&r);
    }
    CHECK_INT_EQ(fetch_path(&o, "/gzip/members", &r), LS_OK);
    CHECK_STR_EQ(r.final->body.data, "first second");
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/gzip/corrupt", &r), LS_OK);
    CHECK(r.final->decode_failed);
    CHECK(r.final->wire.len > 0);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/br", &r), LS_OK);
    CHECK(r.final->decode_failed);
    CHECK_INT_EQ(r.final->body.len, 0);
    ls_fetch_result_release(&r);
}

TEST(fetch_case12_header_floods_abort)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/headers/longline", &r), LS_ETOOBIG);
    CHECK_CONTAINS(r.error, "header");
    CHECK(!r.transient);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/headers/many", &r), LS_ETOOBIG);
    CHECK_STR_EQ(r.error, "more than 300 response header lines");
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/headers/big", &r), LS_ETOOBIG);
    CHECK_CONTAINS(r.error, "response headers larger than");
    ls_fetch_result_release(&r);
    /* Our own line cap applies below libcurl's 100 KB. */
    o.max_header_line = 1000;
    CHECK_INT_EQ(fetch_path(&o, "/headers/big", &r), LS_ETOOBIG);
    CHECK_STR_EQ(r.error, "response header line longer than 1000 bytes");
    ls_fetch_result_release(&r);
}

TEST(fetch_case13_proxy_environment_ignored)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    setenv("http_proxy", "http://127.0.0.1:9/", 1);
    setenv("HTTPS_PROXY", "http://127.0.0.1:9/", 1);
    setenv("ALL_PROXY", "http://127.0.0.1:9/", 1);
    o.referer = "http://page.example/";
    o.accept = "image/*";
    CHECK_INT_EQ(fetch_path(&o, "/echo", &r), LS_OK);
    CHECK(ls_startswith(r.final->body.data, "GET /echo HTTP/1.1"));
    CHECK_CONTAINS(r.final->body.data, "Referer: http://page.example/\r\n");
    CHECK_CONTAINS(r.final->body.data, "Accept: image/*\r\n");
    CHECK_CONTAINS(r.final->body.data, "Accept-Language: zh-CN");
    CHECK_NOT_CONTAINS(r.final->body.data, "Proxy");
    CHECK_STR_EQ(r.final->ip, "127.0.0.1");
    ls_fetch_result_release(&r);
    unsetenv("http_proxy");
    unsetenv("HTTPS_PROXY");
    unsetenv("ALL_PROXY");
}

TEST(fetch_case14_self_signed_tls_refused)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    const char *cert = NULL;
    char url[128];
    test_opts(&o);
    int port = hostile_tls_port(0, &cert);
    if (!port)
        return;
    snprintf(url, sizeof url, "https://127.0.0.1:%d/ok", port);
    CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_ENET);
    CHECK_CONTAINS(r.error, "TLS certificate verification failed");
    CHECK(!r.transient);
    ls_fetch_result_release(&r);
    /* The same server is fine once its certificate is trusted. */
    o.ca_file = cert;
    CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_OK);
    CHECK_CONTAINS(r.final->body.data, "hello from hostile");
    ls_fetch_result_release(&r);
}

TEST(fetch_case14_expired_tls_refused)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    const char *cert = NULL;
    char url[128];
    test_opts(&o);
    int port = hostile_tls_port(1, &cert);
    if (!port)
        return;
    snprintf(url, sizeof url, "https://127.0.0.1:%d/ok", port);
    /* Trusted, but expired: the expiry alone must fail the fetch. */
    o.ca_file = cert;
    CHECK_INT_EQ(ls_fetch_page(&o, url, &r), LS_ENET);
    CHECK_CONTAINS(r.error, "TLS certificate verification failed");
    CHECK_CONTAINS(r.error, "expired");
    ls_fetch_result_release(&r);
}

TEST(fetch_case30_body_cut_at_cap_is_usable)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    o.max_wire_bytes = 100000;
    CHECK_INT_EQ(fetch_path(&o, "/big/300000", &r), LS_OK);
    CHECK(r.truncated);
    CHECK_INT_EQ(r.final->wire.len, 100000);
    CHECK_INT_EQ(r.final->body.len, 100000);
    CHECK(memcmp(r.final->wire.data, "<html><body><p>yyy", 18) == 0);
    ls_fetch_result_release(&r);
    /* Exactly at the cap is not truncated. */
    CHECK_INT_EQ(fetch_path(&o, "/big/100000", &r), LS_OK);
    CHECK(!r.truncated);
    ls_fetch_result_release(&r);
}

TEST(fetch_http_errors_and_interim_heads)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/status/404", &r), LS_EHTTP);
    CHECK_STR_EQ(r.error, "HTTP 404");
    CHECK(!r.transient);
    CHECK_CONTAINS(r.final->body.data, "status 404");
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/status/503", &r), LS_EHTTP);
    CHECK(r.transient);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(fetch_path(&o, "/continue", &r), LS_OK);
    CHECK(ls_startswith(r.final->response_head.data, "HTTP/1.1 200"));
    CHECK_NOT_CONTAINS(r.final->response_head.data, "X-Interim");
    ls_fetch_result_release(&r);
}

TEST(fetch_refuses_bad_urls_without_connecting)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(ls_fetch_page(&o, "file:///etc/passwd", &r), LS_EBLOCKED);
    CHECK_INT_EQ(r.n_exchanges, 0);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(ls_fetch_page(&o, "javascript:alert(1)", &r), LS_EBLOCKED);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(ls_fetch_page(&o, "http://a.com/\x01", &r), LS_EINVAL);
    ls_fetch_result_release(&r);
    CHECK_INT_EQ(ls_fetch_page(&o, "http://169.254.169.254/latest/", &r), LS_EBLOCKED);
    CHECK_CONTAINS(r.error, "metadata");
    ls_fetch_result_release(&r);
}

TEST(fetch_many_in_parallel_with_budgets)
{
    ls_fetch_opts o;
    char bufs[20][128];
    const char *urls[20];
    ls_fetch_result rs[20];
    test_opts(&o);
    for (int i = 0; i < 20; i++) {
        char path[32];
        snprintf(path, sizeof path, "/img/%d.png", i);
        hostile_url(bufs[i], sizeof bufs[i], path);
        urls[i] = bufs[i];
    }
    ls_fetch_budget b = {.max_parallel = 4};
    CHECK_INT_EQ(ls_fetch_many(&o, urls, 20, &b, rs), LS_OK);
    for (int i = 0; i < 20; i++) {
        CHECK_INT_EQ(rs[i].rc, LS_OK);
        CHECK(rs[i].final && rs[i].final->wire.len == 66);
        CHECK(rs[i].final && ls_streq_nocase(rs[i].final->content_type, "image/png"));
        ls_fetch_result_release(&rs[i]);
    }
    b.max_count = 5;
    CHECK_INT_EQ(ls_fetch_many(&o, urls, 20, &b, rs), LS_OK);
    for (int i = 0; i < 20; i++) {
        CHECK_INT_EQ(rs[i].rc, i < 5 ? LS_OK : LS_ETOOBIG);
        if (i >= 5)
            CHECK_CONTAINS(rs[i].error, "count budget");
        ls_fetch_result_release(&rs[i]);
    }
}

TEST(fetch_many_byte_and_time_budgets)
{
    ls_fetch_opts o;
    char bufs[6][128];
    const char *urls[6];
    ls_fetch_result rs[6];
    test_opts(&o);
    for (int i = 0; i < 6; i++) {
        hostile_url(bufs[i], sizeof bufs[i], "/big/100000");
        urls[i] = bufs[i];
    }
    ls_fetch_budget b = {.max_parallel = 1, .max_total_bytes = 250000};
    CHECK_INT_EQ(ls_fetch_many(&o, urls, 6, &b, rs), LS_OK);
    int ok = 0, over = 0;
    for (int i = 0; i < 6; i++) {
        ok += rs[i].rc == LS_OK;
        over += rs[i].rc == LS_ETOOBIG;
        ls_fetch_result_release(&rs[i]);
    }
    CHECK_INT_EQ(ok, 2);
    CHECK_INT_EQ(over, 4);
    /* Three servers that never answer: the batch ends at its time budget. */
    for (int i = 0; i < 3; i++)
        hostile_url(bufs[i], sizeof bufs[i], "/slow/silent");
    hostile_url(bufs[3], sizeof bufs[3], "/ok");
    ls_fetch_budget t = {.max_parallel = 3, .max_total_ms = 1000};
    o.low_speed_bytes = 0;
    int64_t t0 = ls_mono_ms();
    CHECK_INT_EQ(ls_fetch_many(&o, urls, 4, &t, rs), LS_OK);
    CHECK(ls_mono_ms() - t0 < 2500);
    for (int i = 0; i < 4; i++) {
        CHECK_INT_EQ(rs[i].rc, LS_ETIMEOUT);
        CHECK_CONTAINS(rs[i].error, "time budget");
        ls_fetch_result_release(&rs[i]);
    }
}

TEST(fetch_many_every_asset_through_the_guard)
{
    /* SECURITY.md 17: hostile asset URLs fail one by one, the good one works. */
    ls_fetch_opts o;
    char good[128];
    ls_fetch_result rs[5];
    test_opts(&o);
    hostile_url(good, sizeof good, "/img/1.png");
    const char *urls[5] = {"http://169.254.169.254/latest/", "file:///etc/passwd",
                           "gopher://127.0.0.1:6379/_INFO", "http://[fd00:ec2::254]/", good};
    CHECK_INT_EQ(ls_fetch_many(&o, urls, 5, NULL, rs), LS_OK);
    for (int i = 0; i < 4; i++)
        CHECK_INT_EQ(rs[i].rc, LS_EBLOCKED);
    CHECK_INT_EQ(rs[4].rc, LS_OK);
    for (int i = 0; i < 5; i++)
        ls_fetch_result_release(&rs[i]);
}

/* Fetch then decode, as the capture pipeline does; NULL on failure. */
static char *fetch_text(const char *path, char *cs, size_t cs_sz)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    ls_buf b;
    test_opts(&o);
    ls_buf_init(&b, 4 << 20);
    char *out = NULL;
    if (fetch_path(&o, path, &r) == LS_OK &&
        ls_charset_to_utf8(r.final->body.data, r.final->body.len, r.final->content_type, &b,
                           cs, cs_sz) == LS_OK) {
        CHECK(ls_utf8_valid(b.data, b.len));
        CHECK(memchr(b.data, 0, b.len) == NULL);
        out = ls_buf_detach(&b, NULL);
    }
    ls_buf_release(&b);
    ls_fetch_result_release(&r);
    return out;
}

TEST(fetch_case20_hostile_charsets_become_readable_utf8)
{
    char cs[32];
    const char *gbk_routes[] = {"/charset/gbk-nolabel", "/charset/gbk-meta", "/charset/wrong"};
    for (size_t i = 0; i < 3; i++) {
        char *s = fetch_text(gbk_routes[i], cs, sizeof cs);
        CHECK_CONTAINS(s, "智能制造和工业互联网");
        CHECK_STR_EQ(cs, "GB18030");
        free(s);
    }
    char *s = fetch_text("/charset/utf7", cs, sizeof cs);
    CHECK_CONTAINS(s, "+ADw-script+AD4-");
    CHECK_NOT_CONTAINS(s, "<script>");
    free(s);
    s = fetch_text("/charset/bom", cs, sizeof cs);
    CHECK_STR_EQ(cs, "UTF-8");
    CHECK_CONTAINS(s, "来源: 信息化时代");
    free(s);
    s = fetch_text("/charset/nul", cs, sizeof cs);
    CHECK_CONTAINS(s, "a\xEF\xBF\xBD" "b");
    CHECK_CONTAINS(s, "中\xEF\xBF\xBD文");
    free(s);
    s = fetch_text("/charset/invalid-utf8", cs, sizeof cs);
    CHECK_CONTAINS(s, "ok \xEF\xBF\xBD(");
    CHECK_CONTAINS(s, " end");
    free(s);
}

TEST(fetch_case21_huge_pages_bounded)
{
    ls_fetch_opts o;
    ls_fetch_result r;
    test_opts(&o);
    CHECK_INT_EQ(fetch_path(&o, "/longline", &r), LS_OK);
    CHECK(r.truncated);
    CHECK_INT_EQ(r.final->body.len, 1 << 20);
    ls_fetch_result_release(&r);
    o.max_wire_bytes = 4 << 20;
    CHECK_INT_EQ(fetch_path(&o, "/deep/divs", &r), LS_OK);
    CHECK(!r.truncated);
    CHECK(r.final->body.len > 1000000);
    ls_fetch_result_release(&r);
}
