#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sodium.h>

#include "harness.h"
#include "store/blob.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store_test.h"
#include "util/err.h"
#include "util/fs.h"
#include "util/hash.h"

static int64_t blob_rows(ls_db *db)
{
    sqlite3_stmt *st;
    int64_t n = -1;
    sqlite3_prepare_v2(ls_db_sqlite(db), "SELECT count(*) FROM blobs", -1, &st, NULL);
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static bool blob_file(ls_db *db, const char *hash)
{
    char p[1024];
    return ls_blob_path(db, hash, p, sizeof p) == 0 && ls_file_exists(p);
}

TEST(blob_roundtrip_compresses_and_dedupes)
{
    ls_db *db = store_test_open("blob_rt");
    size_t n = 200000;
    char *data = malloc(n);
    for (size_t i = 0; i < n; i++)
        data[i] = "链接快照abc"[i % 15];
    char h1[65], h2[65], want[65];
    ls_sha256_hex(data, n, want);
    CHECK_INT_EQ(ls_blob_put(db, data, n, h1), LS_OK);
    CHECK_STR_EQ(h1, want);
    char path[1024];
    CHECK_INT_EQ(ls_blob_path(db, h1, path, sizeof path), LS_OK);
    char expect_tail[80];
    snprintf(expect_tail, sizeof expect_tail, "/blobs/%.2s/%.2s/%s", h1, h1 + 2, h1);
    CHECK_CONTAINS(path, expect_tail);
    struct stat st;
    CHECK(stat(path, &st) == 0);
    CHECK(st.st_size > 0 && (size_t)st.st_size < n / 10); /* compressed */
    CHECK_INT_EQ(st.st_mode & 0777, 0600);
    CHECK_INT_EQ(ls_blob_put(db, data, n, h2), LS_OK);
    CHECK_STR_EQ(h2, h1);
    CHECK_INT_EQ(blob_rows(db), 1);
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    CHECK_INT_EQ(ls_blob_get(db, h1, &b), LS_OK);
    CHECK_INT_EQ(b.len, n);
    CHECK(b.len == n && memcmp(b.data, data, n) == 0);
    ls_buf_release(&b);
    ls_buf_init(&b, 1000); /* too small for the content */
    CHECK_INT_EQ(ls_blob_get(db, h1, &b), LS_ETOOBIG);
    ls_buf_release(&b);
    char e[65];
    CHECK_INT_EQ(ls_blob_put(db, "", 0, e), LS_OK); /* the empty blob is valid */
    ls_buf_init(&b, 10);
    CHECK_INT_EQ(ls_blob_get(db, e, &b), LS_OK);
    CHECK_INT_EQ(b.len, 0);
    ls_buf_release(&b);
    free(data);
    ls_db_close(db);
}

TEST(blob_paths_come_only_from_hashes)
{
    ls_db *db = store_test_open("blob_paths");
    char p[1024];
    ls_buf b;
    ls_buf_init(&b, 100);
    const char *bad[] = {"../../etc/passwd", "", "abc",
                         "0000000000000000000000000000000000000000000000000000000000000/..",
                         "g000000000000000000000000000000000000000000000000000000000000000",
                         "00000000000000000000000000000000000000000000000000000000000000000"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT_EQ(ls_blob_path(db, bad[i], p, sizeof p), LS_EINVAL);
        CHECK_INT_EQ(ls_blob_get(db, bad[i], &b), LS_EINVAL);
    }
    CHECK_INT_EQ(ls_blob_get(db, NULL, &b), LS_EINVAL);
    const char *absent = "00000000000000000000000000000000000000000000000000000000000000ff";
    CHECK_INT_EQ(ls_blob_get(db, absent, &b), LS_ENOTFOUND);
    ls_buf_release(&b);
    ls_db_close(db);
}

TEST(blob_corruption_is_detected)
{
    ls_db *db = store_test_open("blob_corrupt");
    char h[65], h2[65], p[1024], p2[1024];
    CHECK_INT_EQ(ls_blob_put(db, "first content", 13, h), LS_OK);
    CHECK_INT_EQ(ls_blob_put(db, "other content", 13, h2), LS_OK);
    ls_blob_path(db, h, p, sizeof p);
    ls_blob_path(db, h2, p2, sizeof p2);
    /* A file substituted under another hash's name fails the digest. */
    CHECK(rename(p2, p) == 0);
    ls_buf b;
    ls_buf_init(&b, 1000);
    CHECK_INT_EQ(ls_blob_get(db, h, &b), LS_EIO);
    CHECK_INT_EQ(ls_write_file_atomic(p, "garbage", 7, true), LS_OK);
    CHECK_INT_EQ(ls_blob_get(db, h, &b), LS_EIO);
    ls_buf_release(&b);
    ls_db_close(db);
}

static int64_t done_snapshot(ls_db *db, int64_t link, const char *raw, const char *warc)
{
    int64_t sid = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, link, &sid), LS_OK);
    ls_snapshot s = {.id = sid, .raw_blob = (char *)raw, .warc_blob = (char *)warc};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    return sid;
}

TEST(blob_shared_by_two_snapshots_survives_deleting_one)
{
    ls_db *db = store_test_open("blob_shared");
    int64_t l1 = 0, l2 = 0;
    ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &l1, NULL);
    ls_link_add(db, 1, "http://b/", "http://b/", NULL, NULL, &l2, NULL);
    char shared[65], only1[65], extra[65];
    CHECK_INT_EQ(ls_blob_put(db, "shared logo", 11, shared), LS_OK);
    CHECK_INT_EQ(ls_blob_put(db, "page one", 8, only1), LS_OK);
    CHECK_INT_EQ(ls_blob_put(db, "reader image", 12, extra), LS_OK);
    int64_t s1 = done_snapshot(db, l1, only1, shared);
    done_snapshot(db, l2, NULL, shared);
    CHECK_INT_EQ(ls_snapshot_add_blob(db, s1, extra, "reader-image"), LS_OK);
    CHECK_INT_EQ(ls_link_delete(db, 1, l1), LS_OK);
    CHECK(blob_file(db, shared));
    CHECK(!blob_file(db, only1));
    CHECK(!blob_file(db, extra));
    CHECK_INT_EQ(blob_rows(db), 1);
    CHECK_INT_EQ(ls_link_delete(db, 1, l2), LS_OK);
    CHECK(!blob_file(db, shared));
    CHECK_INT_EQ(blob_rows(db), 0);
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

TEST(blob_gc_keeps_recent_and_referenced)
{
    ls_db *db = store_test_open("blob_gc");
    int64_t l = 0;
    ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &l, NULL);
    ls_db_set_now(db, 1000000);
    char used[65], orphan[65], fresh[65];
    CHECK_INT_EQ(ls_blob_put(db, "used", 4, used), LS_OK);
    CHECK_INT_EQ(ls_blob_put(db, "orphan", 6, orphan), LS_OK);
    done_snapshot(db, l, used, NULL);
    ls_db_set_now(db, 1000000 + LS_BLOB_GC_GRACE_SECONDS + 10);
    /* put by a capture in progress: no row names it yet */
    CHECK_INT_EQ(ls_blob_put(db, "fresh", 5, fresh), LS_OK);
    CHECK_INT_EQ(ls_blob_gc(db), 1);
    CHECK(blob_file(db, used));
    CHECK(!blob_file(db, orphan));
    CHECK(blob_file(db, fresh));
    CHECK_INT_EQ(ls_blob_gc(db), 0);
    /* A later put of a collected blob writes it again. */
    CHECK_INT_EQ(ls_blob_put(db, "orphan", 6, orphan), LS_OK);
    CHECK(blob_file(db, orphan));
    ls_db_close(db);
}

TEST(blob_must_exist_before_a_row_names_it)
{
    ls_db *db = store_test_open("blob_durable");
    int64_t l = 0, sid = 0;
    ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &l, NULL);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &sid), LS_OK);
    char h[65];
    ls_sha256_hex("never stored", 12, h);
    ls_snapshot s = {.id = sid, .single_blob = h, .title = "t"};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_EIO);
    ls_snapshot got = {0};
    CHECK_INT_EQ(ls_snapshot_load(db, sid, &got), LS_OK);
    CHECK_STR_EQ(got.status, "queued");
    CHECK(got.single_blob == NULL);
    ls_snapshot_release(&got);
    s.single_blob = "../../../../etc/passwd";
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_EINVAL);
    /* Written first, the same row is accepted. */
    char h2[65];
    CHECK_INT_EQ(ls_blob_put(db, "never stored", 12, h2), LS_OK);
    s.single_blob = h2;
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    CHECK_INT_EQ(ls_snapshot_load(db, sid, &got), LS_OK);
    CHECK_STR_EQ(got.status, "done");
    CHECK_STR_EQ(got.single_blob, h2);
    ls_snapshot_release(&got);
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

TEST(blob_gc_sweeps_files_left_by_a_crash)
{
    ls_db *db = store_test_open("blob_sweep");
    char h[65], path[1024], tmp[1100], other[1100];
    ls_sha256_hex("crashed before its row", 22, h);
    CHECK_INT_EQ(ls_blob_path(db, h, path, sizeof path), LS_OK);
    /* A durable file with no row, a leftover temporary, a stranger. */
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/blobs/%.2s/%.2s", ls_db_data_dir(db), h, h + 2);
    CHECK_INT_EQ(ls_mkdirs(dir, 0700), LS_OK);
    CHECK_INT_EQ(ls_write_file_atomic(path, "zz", 2, true), LS_OK);
    snprintf(tmp, sizeof tmp, "%s.tmp-abc", path);
    CHECK_INT_EQ(ls_write_file_atomic(tmp, "zz", 2, true), LS_OK);
    snprintf(other, sizeof other, "%s/README", dir);
    CHECK_INT_EQ(ls_write_file_atomic(other, "keep", 4, true), LS_OK);
    char kept[65];
    CHECK_INT_EQ(ls_blob_put(db, "recorded", 8, kept), LS_OK);
    int64_t l = 0;
    ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &l, NULL);
    done_snapshot(db, l, kept, NULL);
    /* Fresh files are left alone: a put may be in progress. */
    CHECK_INT_EQ(ls_blob_gc(db), 0);
    CHECK(ls_file_exists(path) && ls_file_exists(tmp));
    ls_db_set_now(db, ls_db_now(db) + LS_BLOB_GC_GRACE_SECONDS + 10);
    CHECK_INT_EQ(ls_blob_gc(db), 2);
    CHECK(!ls_file_exists(path));
    CHECK(!ls_file_exists(tmp));
    CHECK(ls_file_exists(other));
    CHECK(blob_file(db, kept));
    ls_db_close(db);
}

/* The fast digest (OpenSSL when built with it) must be plain SHA-256: the
 * FIPS 180-2 vectors, the same digest over pieces as over their
 * concatenation, and libsodium's digest of a megabyte of mixed text. */
static void parts_hex(const void *p, size_t n, char hex[65])
{
    unsigned char d[32];
    ls_sha256_parts(&p, &n, 1, d);
    ls_hex(d, sizeof d, hex);
}

TEST(blob_sha256_is_standard_over_pieces)
{
    char hex[65];
    parts_hex("abc", 3, hex);
    CHECK_STR_EQ(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    parts_hex("", 0, hex);
    CHECK_STR_EQ(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    size_t n = 1000003;
    char *data = malloc(n);
    for (size_t i = 0; i < n; i++)
        data[i] = "網頁快照 snapshot 链接"[i % 26];
    char want[65];
    unsigned char ref[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(ref, (const unsigned char *)data, n); /* libsodium itself */
    ls_hex(ref, sizeof ref, want);
    parts_hex(data, n, hex);
    CHECK_STR_EQ(hex, want);
    /* either side of the size where the OpenSSL code takes over */
    for (size_t m = 4095; m <= 4097; m++) {
        char w[65];
        crypto_hash_sha256(ref, (const unsigned char *)data, m);
        ls_hex(ref, sizeof ref, w);
        parts_hex(data, m, hex);
        CHECK_STR_EQ(hex, w);
    }
    /* A blob is named by that digest. */
    ls_db *db = store_test_open("blob_sha_name");
    char h[65];
    CHECK_INT_EQ(ls_blob_put(db, data, n, h), LS_OK);
    CHECK_STR_EQ(h, want);
    ls_db_close(db);

    const void *parts[3] = {data, data + 7, data + 70000};
    const size_t lens[3] = {7, 70000 - 7, n - 70000};
    unsigned char d[32];
    char whole[65];
    ls_sha256_parts(parts, lens, 3, d);
    ls_hex(d, sizeof d, whole);
    CHECK_STR_EQ(whole, want);
    free(data);
}

/* Writing a blob's file touches no database (the capture writes files on
 * other threads); recording it afterwards adds the row, and rewrites the
 * file when it vanished in between (a concurrent gc). */
TEST(blob_write_then_record)
{
    ls_db *db = store_test_open("blob_write_record");
    const char *dir = ls_db_data_dir(db);
    const char *text = "网页快照 web snapshot 网页快照 web snapshot 网页快照 web snapshot";
    size_t n = strlen(text);
    ls_blob_file f;
    CHECK_INT_EQ(ls_blob_write(dir, text, n, &f), LS_OK);
    CHECK(f.stored > 0);
    CHECK(f.size == n);
    CHECK(blob_file(db, f.hash));
    CHECK_INT_EQ(blob_rows(db), 0);
    CHECK_INT_EQ(ls_blob_record(db, text, &f), LS_OK);
    CHECK_INT_EQ(blob_rows(db), 1);

    /* The same bytes again: the file is found, nothing is written. */
    ls_blob_file again;
    CHECK_INT_EQ(ls_blob_write(dir, text, n, &again), LS_OK);
    CHECK_STR_EQ(again.hash, f.hash);
    CHECK(again.stored == 0);

    /* The file removed between write and record is written again. */
    char p[1024];
    ls_blob_path(db, f.hash, p, sizeof p);
    CHECK(remove(p) == 0);
    CHECK_INT_EQ(ls_blob_record(db, text, &again), LS_OK);
    CHECK(blob_file(db, f.hash));
    ls_buf b;
    ls_buf_init(&b, 1000);
    CHECK_INT_EQ(ls_blob_get(db, f.hash, &b), LS_OK);
    CHECK_STR_EQ(b.data, text);
    ls_buf_release(&b);
    CHECK_INT_EQ(blob_rows(db), 1);
    ls_db_close(db);
}

/* A write that fails is reported by the record step, with no row. */
TEST(blob_write_failure_is_reported_by_record)
{
    ls_db *db = store_test_open("blob_write_fail");
    char dir[600], blobs[700];
    snprintf(dir, sizeof dir, "%s", store_test_dir("blob_write_fail_dir"));
    CHECK_INT_EQ(ls_mkdirs(dir, 0700), LS_OK);
    snprintf(blobs, sizeof blobs, "%s/blobs", dir);
    CHECK_INT_EQ(ls_write_file_atomic(blobs, "not a folder", 12, true), LS_OK);
    ls_blob_file f;
    CHECK(ls_blob_write(dir, "abc", 3, &f) != LS_OK);
    CHECK(ls_blob_record(db, "abc", &f) != LS_OK);
    CHECK_INT_EQ(blob_rows(db), 0);
    ls_db_close(db);
}
