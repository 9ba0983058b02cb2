#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "store/blob.h"
#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store_test.h"
#include "util/err.h"

#define THREADS 4
#define PER_THREAD 25

typedef struct {
    const char *dir;
    int n;
    int failures;
    int claimed;
} worker_arg;

/* Each thread opens its own connection, as the server's workers do. */
static void *producer(void *p)
{
    worker_arg *a = p;
    ls_db *db = NULL;
    if (ls_db_open(a->dir, &db) != LS_OK) {
        a->failures++;
        return NULL;
    }
    char url[64], h[65];
    for (int i = 0; i < PER_THREAD; i++) {
        int64_t l = 0, s = 0;
        snprintf(url, sizeof url, "http://h%d/%d", a->n, i);
        int rc = ls_db_begin(db);
        if (rc == LS_OK)
            rc = ls_link_add(db, 1, url, url, NULL, NULL, &l, NULL);
        if (rc == LS_OK)
            rc = ls_snapshot_create(db, l, &s);
        if (rc == LS_OK)
            rc = ls_job_enqueue(db, l, s, "h", NULL);
        rc = rc == LS_OK ? ls_db_commit(db) : (ls_db_rollback(db), rc);
        /* the same shared blob from every thread */
        if (rc == LS_OK)
            rc = ls_blob_put(db, "shared stylesheet", 17, h);
        if (rc != LS_OK)
            a->failures++;
        ls_job job;
        if (ls_job_claim(db, "w", 60, 0, &job) == LS_OK) {
            a->claimed++;
            if (ls_job_complete(db, job.id) != LS_OK)
                a->failures++;
            ls_job_clear(&job);
        }
    }
    ls_db_close(db);
    return NULL;
}

TEST(threads_with_own_connections_do_not_collide)
{
    ls_db *db = store_test_open("threads");
    pthread_t t[THREADS];
    worker_arg args[THREADS];
    for (int i = 0; i < THREADS; i++) {
        args[i] = (worker_arg){.dir = ls_db_data_dir(db), .n = i};
        pthread_create(&t[i], NULL, producer, &args[i]);
    }
    int claimed = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        CHECK_INT_EQ(args[i].failures, 0);
        claimed += args[i].claimed;
    }
    ls_job job;
    while (ls_job_claim(db, "main", 60, 0, &job) == LS_OK) {
        claimed++;
        ls_job_complete(db, job.id);
        ls_job_clear(&job);
    }
    CHECK_INT_EQ(claimed, THREADS * PER_THREAD);
    ls_job_counts c;
    CHECK_INT_EQ(ls_job_count(db, 0, &c), LS_OK);
    CHECK_INT_EQ(c.done, THREADS * PER_THREAD);
    ls_link_filter f = {.user_id = 1};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, THREADS * PER_THREAD);
    ls_link_list_release(&list);
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

static void *opener(void *p)
{
    worker_arg *a = p;
    ls_db *db = NULL;
    int rc = ls_db_open(a->dir, &db);
    if (rc != LS_OK || ls_db_schema_version(db) != LS_DB_SCHEMA_VERSION) {
        fprintf(stderr, "open failed: %d\n", rc);
        a->failures++;
    } else {
        sqlite3_stmt *st;
        sqlite3_prepare_v2(ls_db_sqlite(db), "PRAGMA journal_mode", -1, &st, NULL);
        if (sqlite3_step(st) != SQLITE_ROW ||
            strcmp((const char *)sqlite3_column_text(st, 0), "wal") != 0)
            a->failures++;
        sqlite3_finalize(st);
    }
    ls_db_close(db);
    return NULL;
}

TEST(threads_opening_a_new_database_at_once_migrate_once)
{
    for (int round = 0; round < 5; round++) {
        char name[32];
        snprintf(name, sizeof name, "threads_open_%d", round);
        static char dir[512];
        snprintf(dir, sizeof dir, "%s", store_test_dir(name));
        pthread_t t[THREADS];
        worker_arg args[THREADS];
        for (int i = 0; i < THREADS; i++) {
            args[i] = (worker_arg){.dir = dir, .n = i};
            pthread_create(&t[i], NULL, opener, &args[i]);
        }
        for (int i = 0; i < THREADS; i++) {
            pthread_join(t[i], NULL);
            CHECK_INT_EQ(args[i].failures, 0);
        }
        ls_db *db = store_test_open(name);
        CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
        ls_db_close(db);
    }
}
