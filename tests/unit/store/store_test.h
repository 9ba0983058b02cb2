/*
 * store_test.h - helpers for the store's unit tests: every test opens a
 * fresh database in its own folder under ls_test_tmpdir().
 */
#ifndef LS_TEST_STORE_TEST_H
#define LS_TEST_STORE_TEST_H

#include <stdio.h>
#include <stdlib.h>

#include "harness.h"
#include "store/db.h"

/* The folder for test `name` (static storage, valid until the next call). */
static inline const char *store_test_dir(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", ls_test_tmpdir(), name);
    return path;
}

static inline ls_db *store_test_open(const char *name)
{
    ls_db *db = NULL;
    int rc = ls_db_open(store_test_dir(name), &db);
    if (rc != 0) {
        fprintf(stderr, "ls_db_open(%s) failed: %d\n", name, rc);
        exit(2);
    }
    return db;
}

#endif
