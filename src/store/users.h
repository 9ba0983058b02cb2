/*
 * users.h - accounts, browser sessions and API tokens.
 *
 * Contract:
 * - User 1 is the system owner 'local' (is_system): the CLI acts as it unless
 *   --user NAME is given; it has no password and can never log in. When the
 *   first real user is created, every link, tag and job of 'local' moves to
 *   that user, and that first user is made an admin.
 * - Passwords: libsodium crypto_pwhash_str_alg, ARGON2ID13, interactive
 *   limits. Verification is constant time and does the same hashing work for
 *   unknown users, so timing does not reveal which names exist.
 * - Session cookies and API tokens are 32 random bytes (URL-safe base64);
 *   the caller gets the token once, only its sha256 hex is stored.
 * - Strings in the structs are malloc'd: *_release() frees them.
 */
#ifndef LS_STORE_USERS_H
#define LS_STORE_USERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/db.h"

#define LS_USER_LOCAL_ID 1
#define LS_USER_LOCAL_NAME "local"
#define LS_USER_NAME_MAX 32
#define LS_PASSWORD_MIN 8
#define LS_PASSWORD_MAX 1024
#define LS_SESSION_TTL (30 * 24 * 3600) /* seconds */
#define LS_TOKEN_SZ 64                  /* buffer for a session/API token */

typedef struct ls_user {
    int64_t id;
    char *name;
    bool is_admin;
    bool is_system;
    char *lang; /* "zh-CN", "en", or NULL = from the browser */
    int64_t created;
} ls_user;

void ls_user_release(ls_user *u);

/* True when name is 1..LS_USER_NAME_MAX of [A-Za-z0-9._-], starting with a
 * letter or digit. */
bool ls_user_name_valid(const char *name);

/*
 * Creates a user. LS_EINVAL for a bad name or a password outside
 * LS_PASSWORD_MIN..LS_PASSWORD_MAX bytes, LS_EEXIST when the name is taken
 * (case-insensitive; 'local' is taken). The first real user adopts
 * 'local''s links, tags and jobs and becomes admin. *id_out may be NULL.
 */
int ls_user_create(ls_db *db, const char *name, const char *password, bool is_admin,
                   int64_t *id_out);

/* LS_OK and *id_out when name/password match a real user; LS_EPERM for a
 * wrong password, an unknown name or a system user (same work done). */
int ls_user_verify(ls_db *db, const char *name, const char *password, int64_t *id_out);

/* Sets a new password (LS_EINVAL as in create; LS_EPERM for system users). */
int ls_user_set_password(ls_db *db, int64_t id, const char *password);

int ls_user_set_lang(ls_db *db, int64_t id, const char *lang /* NULL clears */);
int ls_user_set_admin(ls_db *db, int64_t id, bool is_admin); /* not the last admin */

int ls_user_get(ls_db *db, int64_t id, ls_user *out);
/* By name, case-insensitive; finds 'local' too (is_system set). */
int ls_user_get_by_name(ls_db *db, const char *name, ls_user *out);

typedef struct ls_user_list {
    ls_user *items; /* real users only, by name */
    size_t n;
} ls_user_list;

int ls_user_list_all(ls_db *db, ls_user_list *out);
void ls_user_list_release(ls_user_list *l);

/* Number of real (non-system) users: 0 means the web UI needs its setup. */
int ls_user_count(ls_db *db, int64_t *n_out);

/* Deletes the user with their links, tags, jobs, sessions and tokens, then
 * unreferenced blobs. LS_EPERM for the system user or the last admin. */
int ls_user_delete(ls_db *db, int64_t id);

/* ---- browser sessions ---- */

typedef struct ls_session {
    char id[65];   /* sha256 hex of the cookie token */
    int64_t user_id;
    char csrf[LS_TOKEN_SZ];
    int64_t created;
    int64_t expires;
} ls_session;

/* Creates a session valid LS_SESSION_TTL seconds. token_out gets the cookie
 * value (shown once); *out (may be NULL) the row, with its CSRF token.
 * LS_EPERM for a system user. */
int ls_session_create(ls_db *db, int64_t user_id, char token_out[LS_TOKEN_SZ],
                      ls_session *out);
/* The unexpired session of a cookie token; LS_ENOTFOUND otherwise. */
int ls_session_lookup(ls_db *db, const char *token, ls_session *out);
/* Logout: deletes the session of token (absent is fine). */
int ls_session_delete(ls_db *db, const char *token);
/* Deletes every session of the user (password change, "log out everywhere"). */
int ls_session_delete_user(ls_db *db, int64_t user_id);
/* Removes expired sessions; returns how many (>= 0) or LS_E*. */
int ls_session_purge_expired(ls_db *db);

/* ---- API tokens (Authorization: Bearer) ---- */

typedef struct ls_api_token {
    int64_t id;
    int64_t user_id;
    char *name;
    int64_t created;
    int64_t last_used; /* 0 when never */
} ls_api_token;

void ls_api_token_release(ls_api_token *t);

/* Creates a token named name (1..64 bytes); token_out gets the secret, which
 * is never retrievable again. *id_out may be NULL. */
int ls_api_token_create(ls_db *db, int64_t user_id, const char *name,
                        char token_out[LS_TOKEN_SZ], int64_t *id_out);
/* The token's row (last_used updated); LS_ENOTFOUND if unknown/revoked. */
int ls_api_token_lookup(ls_db *db, const char *token, ls_api_token *out);

typedef struct ls_api_token_list {
    ls_api_token *items; /* newest first */
    size_t n;
} ls_api_token_list;

int ls_api_token_list_user(ls_db *db, int64_t user_id, ls_api_token_list *out);
void ls_api_token_list_release(ls_api_token_list *l);
/* Revokes the user's token id; LS_ENOTFOUND if not theirs. */
int ls_api_token_revoke(ls_db *db, int64_t user_id, int64_t id);

#endif
