/*
 * auth.c - identification, CSRF/Origin checks and the login limiter (see
 * auth.h).
 */
#include "web/auth.h"

#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "store/users.h"
#include "util/hash.h"
#include "util/str.h"
#include "util/timeutil.h"

static void set_lang(ls_req *r, const char *user_lang)
{
    if (user_lang && ls_startswith_nocase(user_lang, "en"))
        r->user.lang = "en";
    else if (user_lang && ls_startswith_nocase(user_lang, "zh"))
        r->user.lang = "zh";
    else
        r->user.lang = ls_http_pick_lang(ls_req_header(r, "Accept-Language"));
}

static void adopt_user(ls_db *db, ls_req *r, int64_t uid)
{
    ls_user u = {0};
    if (ls_user_get(db, uid, &u) != 0 || u.is_system) {
        ls_user_release(&u);
        return;
    }
    r->user.id = u.id;
    r->user.name = ls_arena_strdup(&r->arena, u.name);
    r->user.is_admin = u.is_admin;
    set_lang(r, u.lang);
    ls_user_release(&u);
}

/* Verified API tokens are remembered for a minute (by their sha256), so a
 * script's requests do not each write the token's last_used time: that
 * write would take the database write lock on every API read. Revoking a
 * token or deleting a user in this server forgets them all at once. */
#define TOK_SLOTS 256
#define TOK_TTL_MS 60000

typedef struct tok_slot {
    unsigned char hash[LS_SHA256_LEN];
    int64_t user_id;
    int64_t until_ms;
} tok_slot;

static pthread_mutex_t tok_mu = PTHREAD_MUTEX_INITIALIZER;
static tok_slot toks[TOK_SLOTS];

void ls_auth_forget_tokens(void)
{
    pthread_mutex_lock(&tok_mu);
    memset(toks, 0, sizeof toks);
    pthread_mutex_unlock(&tok_mu);
}

static int64_t bearer_user(ls_db *db, const char *tok)
{
    unsigned char h[LS_SHA256_LEN];
    ls_sha256(tok, strlen(tok), h);
    tok_slot *slot = &toks[(h[0] << 8 | h[1]) % TOK_SLOTS];
    int64_t now = ls_mono_ms(), uid = 0;
    pthread_mutex_lock(&tok_mu);
    if (slot->until_ms > now && !sodium_memcmp(slot->hash, h, sizeof h))
        uid = slot->user_id;
    pthread_mutex_unlock(&tok_mu);
    if (uid)
        return uid;
    ls_api_token t = {0};
    if (ls_api_token_lookup(db, tok, &t) == 0) {
        uid = t.user_id;
        pthread_mutex_lock(&tok_mu);
        memcpy(slot->hash, h, sizeof h);
        slot->user_id = uid;
        slot->until_ms = now + TOK_TTL_MS;
        pthread_mutex_unlock(&tok_mu);
    }
    ls_api_token_release(&t);
    return uid;
}

void ls_auth_identify(ls_db *db, ls_req *r, bool allow_bearer)
{
    set_lang(r, NULL);
    const char *authz = ls_req_header(r, "Authorization");
    if (allow_bearer && authz && ls_startswith_nocase(authz, "Bearer ")) {
        const char *tok = authz + 7;
        while (*tok == ' ')
            tok++;
        int64_t uid = *tok && strlen(tok) < LS_TOKEN_SZ ? bearer_user(db, tok) : 0;
        if (uid) {
            adopt_user(db, r, uid);
            r->user.via_token = r->user.id != 0;
        }
        return;
    }
    char tok[LS_TOKEN_SZ];
    if (!ls_http_cookie_get(ls_req_header(r, "Cookie"), LS_SESSION_COOKIE, tok, sizeof tok))
        return;
    ls_session s;
    memset(&s, 0, sizeof s);
    if (ls_session_lookup(db, tok, &s) != 0)
        return;
    adopt_user(db, r, s.user_id);
    if (r->user.id)
        snprintf(r->user.csrf, sizeof r->user.csrf, "%s", s.csrf);
}

/* The host[:port] of an absolute URL into out. */
static bool url_authority(const char *url, char *out, size_t outsz)
{
    const char *p = strstr(url, "://");
    if (!p)
        return false;
    p += 3;
    size_t n = strcspn(p, "/?#");
    if (n == 0 || n >= outsz)
        return false;
    memcpy(out, p, n);
    out[n] = '\0';
    return true;
}

bool ls_auth_cross_origin(const ls_req *r)
{
    const char *origin = ls_req_header(r, "Origin");
    if (!origin || !*origin)
        origin = ls_req_header(r, "Referer");
    if (!origin || !*origin)
        return false;
    if (!strcmp(origin, "null"))
        return true; /* sandboxed frames and privacy redirects: never ours */
    const char *host = ls_req_header(r, "Host");
    char auth[512];
    if (!host || !url_authority(origin, auth, sizeof auth))
        return true;
    return !ls_streq_nocase(auth, host);
}

bool ls_auth_csrf_ok(const ls_req *r, const char *expected)
{
    const char *got = ls_kv_get(&r->form, "csrf");
    if (!got)
        got = ls_req_header(r, "X-CSRF-Token");
    if (!got || !expected || !*expected || !*got)
        return false;
    size_t n = strlen(expected);
    if (strlen(got) != n)
        return false;
    return sodium_memcmp(got, expected, n) == 0;
}

void ls_auth_pre_token(const ls_req *r, char *out, size_t outsz, bool *is_new)
{
    *is_new = false;
    if (ls_http_cookie_get(ls_req_header(r, "Cookie"), LS_PRE_COOKIE, out, outsz) &&
        strlen(out) >= 20)
        return;
    ls_random_token(24, out, outsz);
    *is_new = true;
}

#define LIM_SLOTS 1024
#define LIM_WINDOW 300
#define LIM_MAX 10

typedef struct lim_slot {
    char key[96];
    int64_t window_start;
    int fails;
} lim_slot;

typedef struct limiter {
    pthread_mutex_t mu;
    lim_slot slots[LIM_SLOTS];
} limiter;

void *ls_auth_limiter_new(void)
{
    limiter *l = calloc(1, sizeof *l);
    if (l)
        pthread_mutex_init(&l->mu, NULL);
    return l;
}

void ls_auth_limiter_free(void *p)
{
    limiter *l = p;
    if (l) {
        pthread_mutex_destroy(&l->mu);
        free(l);
    }
}

/* The slot for key (an old or empty one is taken over). Under the lock. */
static lim_slot *slot_for(limiter *l, const char *key, int64_t now)
{
    unsigned char h[LS_SHA256_LEN];
    ls_sha256(key, strlen(key), h);
    unsigned idx = ((unsigned)h[0] << 8 | h[1]) % LIM_SLOTS;
    lim_slot *s = &l->slots[idx];
    if (strcmp(s->key, key) != 0 || now - s->window_start >= LIM_WINDOW) {
        /* A colliding key shares the slot's count: errs on the safe side. */
        if (strcmp(s->key, key) != 0 && now - s->window_start < LIM_WINDOW && s->fails)
            return s;
        snprintf(s->key, sizeof s->key, "%s", key);
        s->window_start = now;
        s->fails = 0;
    }
    return s;
}

static void keys(const char *ip, const char *name, char k1[96], char k2[96])
{
    snprintf(k1, 96, "ip:%s", ip ? ip : "");
    snprintf(k2, 96, "user:%.80s", name ? name : "");
    for (char *p = k2; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
}

bool ls_auth_limiter_allow(void *p, const char *ip, const char *name)
{
    limiter *l = p;
    if (!l)
        return true;
    char k1[96], k2[96];
    keys(ip, name, k1, k2);
    int64_t now = ls_mono_ms() / 1000;
    pthread_mutex_lock(&l->mu);
    bool ok = slot_for(l, k1, now)->fails < LIM_MAX && slot_for(l, k2, now)->fails < LIM_MAX;
    pthread_mutex_unlock(&l->mu);
    return ok;
}

void ls_auth_limiter_fail(void *p, const char *ip, const char *name)
{
    limiter *l = p;
    if (!l)
        return;
    char k1[96], k2[96];
    keys(ip, name, k1, k2);
    int64_t now = ls_mono_ms() / 1000;
    pthread_mutex_lock(&l->mu);
    slot_for(l, k1, now)->fails++;
    slot_for(l, k2, now)->fails++;
    pthread_mutex_unlock(&l->mu);
}

void ls_auth_limiter_success(void *p, const char *ip, const char *name)
{
    limiter *l = p;
    if (!l)
        return;
    char k1[96], k2[96];
    keys(ip, name, k1, k2);
    int64_t now = ls_mono_ms() / 1000;
    pthread_mutex_lock(&l->mu);
    slot_for(l, k2, now)->fails = 0;
    pthread_mutex_unlock(&l->mu);
}
