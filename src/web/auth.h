/*
 * auth.h - who is asking and may they: session cookies, Bearer tokens, the
 * CSRF token and Origin check on state changes, and the login rate limiter.
 *
 * The session cookie is "ls_session" (HttpOnly, SameSite=Lax, Path=/). Forms
 * carry the session's CSRF token in a hidden "csrf" field (scripts send it as
 * X-CSRF-Token). Anonymous forms (login, setup) use a double-submit token:
 * cookie "ls_pre" (SameSite=Strict) equal to the form's "csrf" field.
 */
#ifndef LS_WEB_AUTH_H
#define LS_WEB_AUTH_H

#include <stdbool.h>

#include "store/db.h"
#include "web/http.h"

#define LS_SESSION_COOKIE "ls_session"
#define LS_PRE_COOKIE "ls_pre"

/*
 * Fills r->user from the Bearer token (when allow_bearer) or the session
 * cookie; leaves id 0 when neither is valid. lang comes from the user's
 * setting, else Accept-Language.
 */
void ls_auth_identify(ls_db *db, ls_req *r, bool allow_bearer);

/* Forgets the remembered API tokens (after a revoke or a user deletion). */
void ls_auth_forget_tokens(void);

/* True when an Origin (or, lacking it, Referer) header is present and names
 * a different host than the Host header. Requests without either pass (old
 * clients and scripts); the CSRF token still has to match. */
bool ls_auth_cross_origin(const ls_req *r);

/* Constant-time check of the request's CSRF token (form "csrf" or header
 * X-CSRF-Token) against expected; false when either is empty. */
bool ls_auth_csrf_ok(const ls_req *r, const char *expected);

/* The anonymous double-submit token: the ls_pre cookie if present (copied
 * to out), else a new random one and sets *is_new. */
void ls_auth_pre_token(const ls_req *r, char *out, size_t outsz, bool *is_new);

/* Login rate limiter: at most 10 failures per client address and per user
 * name in 5 minutes. */
void *ls_auth_limiter_new(void);
void ls_auth_limiter_free(void *l);
/* True when a login attempt from ip for name may proceed now. */
bool ls_auth_limiter_allow(void *l, const char *ip, const char *name);
void ls_auth_limiter_fail(void *l, const char *ip, const char *name);
void ls_auth_limiter_success(void *l, const char *ip, const char *name);

#endif
