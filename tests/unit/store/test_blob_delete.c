/*
 * test_blob_delete.c - deleting a link or a user removes its files only
 * once the rows that named them are gone for good: a commit that fails (or
 * a crash before it) must leave every file a surviving row names.
 */
#include <sqlite3.h>
#include <stdlib.h>

#include "harness.h"
#include "store/blob.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/users.h"
#include "store_test.h"
#include "util/err.h"
#include "util/fs.h"

static int refuse_commit(void *ud)
{
    (void)ud;
    return 1; /* turns the COMMIT into a rollback */
}

static bool file_of(ls_db *db, const char *hash)
{
    char p[1024];
    return ls_blob_path(db, hash, p, sizeof p) == 0 && ls_file_exists(p);
}

static int64_t snapshot_naming(ls_db *db, int64_t link, const char *hash)
{
    int64_t sid = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, link, &sid), LS_OK);
    ls_snapshot s = {.id = sid, .raw_blob = (char *)hash};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    return sid;
}

TEST(link_delete_that_does_not_commit_keeps_the_files)
{
    ls_db *db = store_test_open("blob_delete_rollback");
    int64_t link = 0;
    char h[65];
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &link, NULL), LS_OK);
    CHECK_INT_EQ(ls_blob_put(db, "only this page", 14, h), LS_OK);
    snapshot_naming(db, link, h);
    sqlite3_commit_hook(ls_db_sqlite(db), refuse_commit, NULL);
    CHECK(ls_link_delete(db, 1, link) != LS_OK);
    sqlite3_commit_hook(ls_db_sqlite(db), NULL, NULL);
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(db, 1, link, &l), LS_OK);
    ls_link_release(&l);
    CHECK(file_of(db, h)); /* the surviving snapshot row names it */
    CHECK_INT_EQ(ls_link_delete(db, 1, link), LS_OK);
    CHECK(!file_of(db, h));
    ls_db_close(db);
}

TEST(user_delete_that_does_not_commit_keeps_the_files)
{
    ls_db *db = store_test_open("blob_user_delete_rollback");
    int64_t admin = 0, uid = 0, link = 0;
    char h[65];
    CHECK_INT_EQ(ls_user_create(db, "boss", "a long password 1", true, &admin), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "bob", "a long password 2", false, &uid), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, uid, "http://b/", "http://b/", NULL, NULL, &link, NULL), LS_OK);
    CHECK_INT_EQ(ls_blob_put(db, "bob's page", 10, h), LS_OK);
    snapshot_naming(db, link, h);
    sqlite3_commit_hook(ls_db_sqlite(db), refuse_commit, NULL);
    CHECK(ls_user_delete(db, uid) != LS_OK);
    sqlite3_commit_hook(ls_db_sqlite(db), NULL, NULL);
    CHECK(file_of(db, h));
    CHECK_INT_EQ(ls_user_delete(db, uid), LS_OK);
    CHECK(!file_of(db, h));
    ls_db_close(db);
}
