/*
 * sessions.c - browser sessions and API tokens. Contract in users.h.
 * Secrets are random 32-byte tokens handed to the caller once; the database
 * holds only their sha256, so a leaked database file opens no session.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "store/users.h"
#include "util/err.h"
#include "util/hash.h"
#include "util/str.h"

#define TOKEN_BYTES 32
#define TOKEN_MAX_LEN 128 /* longer input cannot be one of ours */

static int token_hash(const char *token, char out[LS_SHA256_HEX_LEN + 1])
{
    if (!token || !*token || strlen(token) > TOKEN_MAX_LEN)
        return LS_ENOTFOUND;
    ls_sha256_hex(token, strlen(token), out);
    return LS_OK;
}

/* LS_OK when id is a real user (sessions and tokens are for people). */
static int check_real_user(ls_db *db, int64_t user_id)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, "SELECT is_system FROM users WHERE id = ?1", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW)
        rc = sqlite3_column_int(st, 0) ? LS_EPERM : LS_OK;
    else
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    sqlite3_finalize(st);
    return rc;
}

int ls_session_create(ls_db *db, int64_t user_id, char token_out[LS_TOKEN_SZ],
                      ls_session *out)
{
    int rc = check_real_user(db, user_id);
    if (rc)
        return rc;
    ls_session s;
    memset(&s, 0, sizeof s);
    char token[LS_TOKEN_SZ];
    ls_random_token(TOKEN_BYTES, token, sizeof token);
    ls_random_token(TOKEN_BYTES, s.csrf, sizeof s.csrf);
    token_hash(token, s.id);
    s.user_id = user_id;
    s.created = ls_db_now(db);
    s.expires = s.created + LS_SESSION_TTL;
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "INSERT INTO sessions(id, user_id, csrf, created, expires)"
                       " VALUES (?1, ?2, ?3, ?4, ?5)",
                       &st);
    if (rc)
        return rc;
    store_bind_text(st, 1, s.id);
    sqlite3_bind_int64(st, 2, user_id);
    store_bind_text(st, 3, s.csrf);
    sqlite3_bind_int64(st, 4, s.created);
    sqlite3_bind_int64(st, 5, s.expires);
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    if (rc)
        return rc;
    memcpy(token_out, token, LS_TOKEN_SZ);
    if (out)
        *out = s;
    return LS_OK;
}

int ls_session_lookup(ls_db *db, const char *token, ls_session *out)
{
    char h[LS_SHA256_HEX_LEN + 1];
    int rc = token_hash(token, h);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "SELECT id, user_id, csrf, created, expires FROM sessions"
                       " WHERE id = ?1 AND expires > ?2",
                       &st);
    if (rc)
        return rc;
    store_bind_text(st, 1, h);
    sqlite3_bind_int64(st, 2, ls_db_now(db));
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        snprintf(out->id, sizeof out->id, "%s", (const char *)sqlite3_column_text(st, 0));
        out->user_id = sqlite3_column_int64(st, 1);
        snprintf(out->csrf, sizeof out->csrf, "%s", (const char *)sqlite3_column_text(st, 2));
        out->created = sqlite3_column_int64(st, 3);
        out->expires = sqlite3_column_int64(st, 4);
    } else {
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    }
    sqlite3_finalize(st);
    return rc;
}

static int delete_where(ls_db *db, const char *sql, const char *text, int64_t n)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, sql, &st);
    if (rc)
        return rc;
    if (text)
        store_bind_text(st, 1, text);
    else
        sqlite3_bind_int64(st, 1, n);
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    return rc ? rc : sqlite3_changes(db->sq);
}

int ls_session_delete(ls_db *db, const char *token)
{
    char h[LS_SHA256_HEX_LEN + 1];
    if (token_hash(token, h))
        return LS_OK;
    int rc = delete_where(db, "DELETE FROM sessions WHERE id = ?1", h, 0);
    return rc < 0 ? rc : LS_OK;
}

int ls_session_delete_user(ls_db *db, int64_t user_id)
{
    int rc = delete_where(db, "DELETE FROM sessions WHERE user_id = ?1", NULL, user_id);
    return rc < 0 ? rc : LS_OK;
}

int ls_session_purge_expired(ls_db *db)
{
    return delete_where(db, "DELETE FROM sessions WHERE expires <= ?1", NULL, ls_db_now(db));
}

void ls_api_token_release(ls_api_token *t)
{
    if (!t)
        return;
    free(t->name);
    memset(t, 0, sizeof *t);
}

static bool token_name_ok(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n < 1 || n > 64 || !ls_utf8_valid(name, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f)
            return false;
    return true;
}

int ls_api_token_create(ls_db *db, int64_t user_id, const char *name,
                        char token_out[LS_TOKEN_SZ], int64_t *id_out)
{
    if (!token_name_ok(name))
        return store_fail_msg(db, LS_EINVAL, "token name: 1 to 64 bytes, no control characters");
    int rc = check_real_user(db, user_id);
    if (rc)
        return rc;
    char token[LS_TOKEN_SZ], h[LS_SHA256_HEX_LEN + 1];
    ls_random_token(TOKEN_BYTES, token, sizeof token);
    token_hash(token, h);
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "INSERT INTO api_tokens(user_id, name, token_hash, created)"
                       " VALUES (?1, ?2, ?3, ?4)",
                       &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    store_bind_text(st, 2, name);
    store_bind_text(st, 3, h);
    sqlite3_bind_int64(st, 4, ls_db_now(db));
    rc = store_step_done(db, st);
    sqlite3_finalize(st);
    if (rc)
        return rc;
    if (id_out)
        *id_out = sqlite3_last_insert_rowid(db->sq);
    memcpy(token_out, token, LS_TOKEN_SZ);
    return LS_OK;
}

static void row_to_token(sqlite3_stmt *st, void *out)
{
    ls_api_token *t = out;
    memset(t, 0, sizeof *t);
    t->id = sqlite3_column_int64(st, 0);
    t->user_id = sqlite3_column_int64(st, 1);
    t->name = store_col_dup(st, 2);
    t->created = sqlite3_column_int64(st, 3);
    t->last_used = sqlite3_column_int64(st, 4);
}

int ls_api_token_lookup(ls_db *db, const char *token, ls_api_token *out)
{
    char h[LS_SHA256_HEX_LEN + 1];
    int rc = token_hash(token, h);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    rc = store_prepare(db,
                       "UPDATE api_tokens SET last_used = ?2 WHERE token_hash = ?1"
                       " RETURNING id, user_id, name, created, last_used",
                       &st);
    if (rc)
        return rc;
    store_bind_text(st, 1, h);
    sqlite3_bind_int64(st, 2, ls_db_now(db));
    int src = sqlite3_step(st);
    if (src == SQLITE_ROW) {
        row_to_token(st, out);
        src = sqlite3_step(st);
        if (src != SQLITE_DONE) {
            ls_api_token_release(out);
            rc = store_fail(db, src);
        }
    } else {
        rc = src == SQLITE_DONE ? LS_ENOTFOUND : store_fail(db, src);
    }
    sqlite3_finalize(st);
    return rc;
}

int ls_api_token_list_user(ls_db *db, int64_t user_id, ls_api_token_list *out)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    int rc = store_prepare(db,
                           "SELECT id, user_id, name, created, last_used FROM api_tokens"
                           " WHERE user_id = ?1 ORDER BY created DESC, id DESC",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, user_id);
    void *items = NULL;
    rc = store_collect(db, st, sizeof *out->items, &items, &out->n, row_to_token);
    out->items = items;
    if (rc)
        ls_api_token_list_release(out);
    return rc;
}

void ls_api_token_list_release(ls_api_token_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        ls_api_token_release(&l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

int ls_api_token_revoke(ls_db *db, int64_t user_id, int64_t id)
{
    sqlite3_stmt *st;
    int rc = store_prepare(db, "DELETE FROM api_tokens WHERE id = ?1 AND user_id = ?2", &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, user_id);
    rc = store_step_done(db, st);
    if (rc == LS_OK && sqlite3_changes(db->sq) == 0)
        rc = LS_ENOTFOUND;
    sqlite3_finalize(st);
    return rc;
}
