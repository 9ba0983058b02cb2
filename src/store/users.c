/*
 * users.c - accounts and password hashing. Contract in users.h; sessions and
 * API tokens are in sessions.c.
 */
#include "store/users.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "store/store_int.h"
#include "util/err.h"

void ls_user_release(ls_user *u)
{
    if (!u)
        return;
    free(u->name);
    free(u->lang);
    memset(u, 0, sizeof *u);
}

bool ls_user_name_valid(const char *name)
{
    if (!name)
        return false;
    size_t n = strlen(name);
    if (n < 1 || n > LS_USER_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-')))
            return false;
    }
    return true;
}

static bool password_ok(const char *pw)
{
    size_t n = pw ? strlen(pw) : 0;
    return n >= LS_PASSWORD_MIN && n <= LS_PASSWORD_MAX;
}

static int hash_password(const char *pw, char out[crypto_pwhash_STRBYTES])
{
    if (crypto_pwhash_str_alg(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return LS_ENOMEM; /* libsodium fails only when it cannot get the memory */
    return LS_OK;
}

static void row_to_user(sqlite3_stmt *st, void *out)
{
    ls_user *u = out;
    memset(u, 0, sizeof *u);
    u->id = sqlite3_column_int64(st, 0);
    u->name = store_col_dup(st, 1);
    u->is_admin = sqlite3_column_int(st, 2) != 0;
    u->is_system = sqlite3_column_int(st, 3) != 0;
    u->lang = store_col_dup(st, 4);
    u->created = sqlite3_column_int64(st, 5);
}

#define USER_COLS "id, name, is_admin, is_system, lang, created"

static int scalar_int(ls_db *db, const char *sql, int64_t arg, int64_t *out)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, sql, &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, arg);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    else
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

/* The first real user takes over what was done as 'local' from the CLI. */
static int adopt_local(ls_db *db, int64_t id)
{
    static const char *const sql[] = {
        "UPDATE links SET user_id = ?1 WHERE user_id = ?2",
        "UPDATE tags SET user_id = ?1 WHERE user_id = ?2",
        "UPDATE jobs SET user_id = ?1 WHERE user_id = ?2",
        "UPDATE users SET is_admin = 1 WHERE id = ?1",
    };
    int rc = LS_OK;
    for (size_t i = 0; rc == LS_OK && i < sizeof sql / sizeof sql[0]; i++)
        rc = store_exec_ids(db, sql[i], id, LS_USER_LOCAL_ID);
    return rc;
}

int ls_user_create(ls_db *db, const char *name, const char *password, bool is_admin,
                   int64_t *id_out)
{
    if (!ls_user_name_valid(name))
        return store_fail_msg(db, LS_EINVAL,
                              "user name: 1-32 of letters, digits, '.', '_', '-'");
    if (!password_ok(password))
        return store_fail_msg(db, LS_EINVAL, "password: 8 to 1024 bytes");
    char hash[crypto_pwhash_STRBYTES];
    int rc = hash_password(password, hash);
    if (rc)
        return rc;
    int64_t real = 0, id = 0;
    sqlite3_stmt *st = NULL;
    if ((rc = ls_db_begin(db)))
        return rc;
    rc = scalar_int(db, "SELECT count(*) FROM users WHERE is_system = 0 AND ?1 = ?1", 0, &real);
    if (rc)
        goto out;
    rc = store_prepare(db,
                       "INSERT INTO users(name, pwhash, is_admin, is_system, created, updated)"
                       " VALUES (?1, ?2, ?3, 0, ?4, ?4)",
                       &st);
    if (rc)
        goto out;
    store_bind_text(st, 1, name);
    store_bind_text(st, 2, hash);
    sqlite3_bind_int(st, 3, is_admin);
    sqlite3_bind_int64(st, 4, ls_db_now(db));
    if ((rc = store_step_done(db, st)))
        goto out;
    id = sqlite3_last_insert_rowid(db->sq);
    if (real == 0)
        rc = adopt_local(db, id);
out:
    sqlite3_finalize(st);
    sodium_memzero(hash, sizeof hash);
    rc = store_end(db, rc);
    if (rc == LS_OK && id_out)
        *id_out = id;
    return rc;
}

static char dummy_hash[crypto_pwhash_STRBYTES];
static int dummy_rc;

static void make_dummy(void)
{
    unsigned char r[16];
    char pw[33];
    randombytes_buf(r, sizeof r);
    sodium_bin2hex(pw, sizeof pw, r, sizeof r);
    dummy_rc = hash_password(pw, dummy_hash);
}

int ls_user_verify(ls_db *db, const char *name, const char *password, int64_t *id_out)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, make_dummy);
    if (!name || !password || strlen(password) > LS_PASSWORD_MAX)
        return LS_EPERM;
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "SELECT id, pwhash FROM users WHERE name = ?1 AND is_system = 0"
                           " AND pwhash IS NOT NULL",
                           &st);
    if (rc)
        return rc;
    store_bind_text(st, 1, name);
    char hash[crypto_pwhash_STRBYTES] = "";
    int64_t id = 0;
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        id = sqlite3_column_int64(st, 0);
        const char *h = (const char *)sqlite3_column_text(st, 1);
        if (h && strlen(h) < sizeof hash)
            memcpy(hash, h, strlen(h) + 1);
    } else if (src != SQLITE_DONE) {
        rc = store_fail(db, src);
    }
    sqlite3_finalize(st);
    if (rc)
        return rc;
    /* Unknown names cost the same argon2id work as known ones. */
    bool known = hash[0] != '\0';
    const char *against = known ? hash : dummy_hash;
    if (!known && dummy_rc)
        return LS_EPERM;
    int ok = crypto_pwhash_str_verify(against, password, strlen(password)) == 0;
    if (!known || !ok)
        return LS_EPERM;
    if (id_out)
        *id_out = id;
    return LS_OK;
}

int ls_user_set_password(ls_db *db, int64_t id, const char *password)
{
    if (!password_ok(password))
        return store_fail_msg(db, LS_EINVAL, "password: 8 to 1024 bytes");
    char hash[crypto_pwhash_STRBYTES];
    int rc = hash_password(password, hash);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "UPDATE users SET pwhash = ?2, updated = ?3 WHERE id = ?1"
                       " AND is_system = 0",
                       &st);
    if (rc == LS_OK) {
        sqlite3_bind_int64(st, 1, id);
        store_bind_text(st, 2, hash);
        sqlite3_bind_int64(st, 3, ls_db_now(db));
        rc = store_step_done(db, st);
        if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
            rc = id == LS_USER_LOCAL_ID ? LS_EPERM : LS_ENOTFOUND;
        sqlite3_finalize(st);
    }
    sodium_memzero(hash, sizeof hash);
    return rc;
}

int ls_user_set_lang(ls_db *db, int64_t id, const char *lang)
{
    if (lang && strlen(lang) > 16)
        return LS_EINVAL;
    sqlite3_stmt *st;
    int rc = store_prepare(db, "UPDATE users SET lang = ?2, updated = ?3 WHERE id = ?1", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    store_bind_text_or_null(st, 2, lang);
    sqlite3_bind_int64(st, 3, ls_db_now(db));
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    sqlite3_finalize(st);
    return rc;
}

/* LS_EPERM when id is the only admin left. */
static int check_not_last_admin(ls_db *db, int64_t id)
{
    int64_t is_admin = 0, admins = 0;
    int rc = scalar_int(db, "SELECT is_admin FROM users WHERE id = ?1", id, &is_admin);
    if (rc == LS_OK)
        rc = scalar_int(db, "SELECT count(*) FROM users WHERE is_admin = 1 AND ?1 = ?1", 0,
                        &admins);
    if (rc == LS_OK && is_admin && admins <= 1)
        rc = store_fail_msg(db, LS_EPERM, "cannot remove the last admin");
    return rc;
}

int ls_user_set_admin(ls_db *db, int64_t id, bool is_admin)
{
    if (id == LS_USER_LOCAL_ID)
        return LS_EPERM;
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    if (!is_admin)
        rc = check_not_last_admin(db, id);
    if (rc == LS_OK)
        rc = store_exec_ids(db, "UPDATE users SET is_admin = ?2 WHERE id = ?1", id, is_admin);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    return store_end(db, rc);
}

static int get_user(ls_db *db, const char *where, int64_t id, const char *name,
                    ls_user *out)
{
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT " USER_COLS " FROM users WHERE %s", where);
    sqlite3_stmt *st;
    int rc = store_prepare(db, sql, &st);
    if (rc)
        return rc;
    if (name)
        store_bind_text(st, 1, name);
    else
        sqlite3_bind_int64(st, 1, id);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        row_to_user(st, out);
    else
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

int ls_user_get(ls_db *db, int64_t id, ls_user *out)
{
    return get_user(db, "id = ?1", id, NULL, out);
}

int ls_user_get_by_name(ls_db *db, const char *name, ls_user *out)
{
    if (!name)
        return LS_ENOTFOUND;
    return get_user(db, "name = ?1", 0, name, out);
}

int ls_user_list_all(ls_db *db, ls_user_list *out)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "SELECT " USER_COLS " FROM users WHERE is_system = 0 ORDER BY name",
                           &st);
    if (rc)
        return rc;
    void *items = NULL;
    rc = store_collect(db, st, sizeof *out->items, &items, &out->n, row_to_user);
    out->items = items;
    if (rc)
        ls_user_list_release(out);
    return rc;
}

void ls_user_list_release(ls_user_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        ls_user_release(&l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

int ls_user_count(ls_db *db, int64_t *n_out)
{
    return scalar_int(db, "SELECT count(*) FROM users WHERE is_system = 0 AND ?1 = ?1", 0,
                      n_out);
}

int ls_user_delete(ls_db *db, int64_t id)
{
    if (id == LS_USER_LOCAL_ID)
        return store_fail_msg(db, LS_EPERM, "the system owner cannot be deleted");
    char **hashes = NULL;
    size_t n = 0;
    int forgotten = 0;
    int rc = ls_db_begin(db);
    if (rc)
        return rc;
    int64_t sys = 0;
    if ((rc = scalar_int(db, "SELECT is_system FROM users WHERE id = ?1", id, &sys)))
        goto out;
    if (sys) {
        rc = LS_EPERM;
        goto out;
    }
    if ((rc = check_not_last_admin(db, id)))
        goto out;
    rc = store_collect_blobs(db, "s.link_id IN (SELECT id FROM links WHERE user_id = ?1)",
                             id, &hashes, &n);
    if (rc == LS_OK)
        rc = store_exec_ids(db, "DELETE FROM users WHERE id = ?1", id, 0);
    if (rc == LS_OK && (forgotten = store_blob_forget_unreferenced(db, hashes, n)) < 0)
        rc = forgotten;
out:
    rc = store_end(db, rc);
    /* Files go only once no committed row can name them; a failure here
     * leaves row-less files that ls_blob_gc() sweeps. */
    if (rc == LS_OK && forgotten > 0 && sqlite3_get_autocommit(db->sq))
        (void)store_blob_unlink_forgotten(db, hashes, (size_t)forgotten);
    store_free_strv(hashes, n);
    return rc;
}
