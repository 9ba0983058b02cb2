#include <string.h>
#include <sys/stat.h>

#include "harness.h"
#include "store/db.h"
#include "store/links.h"
#include "store/users.h"
#include "store_test.h"
#include "util/err.h"

static long long scalar(ls_db *db, const char *sql)
{
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_prepare_v2(ls_db_sqlite(db), sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

TEST(db_new_database_is_migrated_and_private)
{
    ls_db *db = store_test_open("db_new");
    CHECK_INT_EQ(ls_db_schema_version(db), LS_DB_SCHEMA_VERSION);
    CHECK_INT_EQ(scalar(db, "PRAGMA foreign_keys"), 1);
    CHECK_INT_EQ(scalar(db, "PRAGMA busy_timeout"), 5000);
    CHECK_INT_EQ(scalar(db, "PRAGMA synchronous"), 1); /* NORMAL */
    CHECK_INT_EQ(scalar(db, "SELECT count(*) FROM users WHERE id = 1 AND name = 'local'"
                            " AND is_system = 1 AND pwhash IS NULL"), 1);
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    struct stat st;
    CHECK(stat(store_test_dir("db_new"), &st) == 0);
    CHECK_INT_EQ(st.st_mode & 0777, 0700);
    char blobs[600];
    snprintf(blobs, sizeof blobs, "%s/blobs", ls_db_data_dir(db));
    CHECK(stat(blobs, &st) == 0 && S_ISDIR(st.st_mode));
    sqlite3_stmt *q;
    CHECK(sqlite3_prepare_v2(ls_db_sqlite(db), "PRAGMA journal_mode", -1, &q, NULL) == 0);
    CHECK(sqlite3_step(q) == SQLITE_ROW);
    CHECK_STR_EQ((const char *)sqlite3_column_text(q, 0), "wal");
    sqlite3_finalize(q);
    ls_db_close(db);
}

TEST(db_existing_database_keeps_data_on_reopen)
{
    ls_db *db = store_test_open("db_existing");
    int64_t id = 0;
    CHECK_INT_EQ(ls_link_add(db, LS_USER_LOCAL_ID, "http://a.example/", "http://a.example/",
                             NULL, "kept", &id, NULL), LS_OK);
    ls_db_close(db);
    db = store_test_open("db_existing");
    CHECK_INT_EQ(ls_db_schema_version(db), LS_DB_SCHEMA_VERSION);
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(db, LS_USER_LOCAL_ID, id, &l), LS_OK);
    CHECK_STR_EQ(l.note, "kept");
    ls_link_release(&l);
    CHECK_INT_EQ(scalar(db, "SELECT count(*) FROM users"), 1); /* 'local' not re-inserted */
    ls_db_close(db);
}

TEST(db_refuses_newer_schema)
{
    ls_db *db = store_test_open("db_newer");
    CHECK_INT_EQ(sqlite3_exec(ls_db_sqlite(db), "PRAGMA user_version = 99", 0, 0, 0), 0);
    ls_db_close(db);
    ls_db *db2 = NULL;
    CHECK_INT_EQ(ls_db_open(store_test_dir("db_newer"), &db2), LS_EDB);
    CHECK(db2 == NULL);
}

TEST(db_nested_transaction_inner_rollback_keeps_outer)
{
    ls_db *db = store_test_open("db_nested");
    int64_t a = 0, b = 0;
    CHECK_INT_EQ(ls_db_begin(db), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &a, NULL), LS_OK);
    CHECK_INT_EQ(ls_db_begin(db), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, 1, "http://b/", "http://b/", NULL, NULL, &b, NULL), LS_OK);
    CHECK_INT_EQ(ls_db_rollback(db), LS_OK);
    CHECK_INT_EQ(ls_db_commit(db), LS_OK);
    CHECK_INT_EQ(scalar(db, "SELECT count(*) FROM links"), 1);
    CHECK_INT_EQ(ls_db_commit(db), LS_EINVAL); /* nothing open */
    /* A rolled back outer transaction leaves nothing. */
    CHECK_INT_EQ(ls_db_begin(db), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, 1, "http://c/", "http://c/", NULL, NULL, &b, NULL), LS_OK);
    CHECK_INT_EQ(ls_db_rollback(db), LS_OK);
    CHECK_INT_EQ(scalar(db, "SELECT count(*) FROM links"), 1);
    ls_db_close(db);
}

TEST(db_second_connection_sees_committed_rows)
{
    ls_db *a = store_test_open("db_two");
    ls_db *b = store_test_open("db_two");
    int64_t id = 0;
    CHECK_INT_EQ(ls_link_add(a, 1, "http://x/", "http://x/", NULL, NULL, &id, NULL), LS_OK);
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(b, 1, id, &l), LS_OK);
    ls_link_release(&l);
    ls_db_close(a);
    ls_db_close(b);
}

TEST(db_clock_can_be_pinned)
{
    ls_db *db = store_test_open("db_clock");
    ls_db_set_now(db, 1000);
    CHECK_INT_EQ(ls_db_now(db), 1000);
    ls_db_set_now(db, 0);
    CHECK(ls_db_now(db) > 1700000000);
    ls_db_close(db);
}

TEST(db_stamp_moves_with_own_and_other_changes)
{
    ls_db *a = store_test_open("db_stamp");
    ls_db *b = store_test_open("db_stamp");
    ls_db_stamp s0, s1, s2, s3;
    CHECK(ls_db_stamp_get(a, &s0));
    CHECK(ls_db_stamp_get(a, &s1));
    CHECK(!memcmp(&s0, &s1, sizeof s0)); /* reading moves nothing */
    int64_t id = 0;
    CHECK_INT_EQ(ls_link_add(a, 1, "http://a.example/", "http://a.example/", NULL, NULL, &id,
                             NULL), LS_OK);
    CHECK(ls_db_stamp_get(a, &s2));
    CHECK(memcmp(&s1, &s2, sizeof s1) != 0); /* this connection wrote */
    CHECK_INT_EQ(ls_link_add(b, 1, "http://b.example/", "http://b.example/", NULL, NULL, &id,
                             NULL), LS_OK);
    CHECK(ls_db_stamp_get(a, &s3));
    CHECK(memcmp(&s2, &s3, sizeof s2) != 0); /* another one committed */
    ls_db_close(b);
    ls_db_close(a);
}
