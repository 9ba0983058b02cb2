/*
 * page.h - the frame every HTML page shares: head, top bar (brand, search
 * box, navigation, user menu), flash messages, footer; and small helpers so
 * page code writes escaped values only (ls_page_text / ls_page_attr) and a
 * CSRF field in every form.
 */
#ifndef LS_WEB_PAGE_H
#define LS_WEB_PAGE_H

#include "web/app.h"
#include "web/esc.h"
#include "web/i18n.h"

/* Starts the page: <head> with the title (escaped), the top bar with nav
 * item `active` ("library", "add", "tags", "settings", "admin" or ""). */
void ls_page_begin(ls_req *r, ls_resp *s, const char *title, const char *active);
/* Closes the page (footer and the script tag). */
void ls_page_end(ls_req *r, ls_resp *s);
/* A bare page (login, setup, share): no navigation. */
void ls_page_begin_bare(ls_req *r, ls_resp *s, const char *title);

/* Appends static markup (never user data). */
void ls_page_raw(ls_resp *s, const char *html);
/* Appends escaped text or attribute value. */
void ls_page_text(ls_resp *s, const char *text);
/* Appends a translated string (escaped). */
void ls_page_t(ls_req *r, ls_resp *s, const char *key);
/* <input type=hidden name=csrf value=...>. */
void ls_page_csrf(ls_req *r, ls_resp *s);
/* A flash message box from ?msg=key / ?err=key (only catalogue keys are
 * shown, never raw query text). */
void ls_page_flash(ls_req *r, ls_resp *s);
/* A full error page for status (404, 403, 405, 400, 500, 503). */
void ls_page_error(ls_req *r, ls_resp *s, int status);
/* Redirects to path with ?msg=key or ?err=key appended. */
void ls_page_redirect_msg(ls_resp *s, const char *path, const char *kind, const char *key);
/* "2026-11-29 05:20" in UTC+8 (Chinese users' default) or UTC for English. */
void ls_page_time(ls_req *r, ls_resp *s, int64_t t);
/* The status badge of a snapshot/link state; while queued or running it
 * carries data-poll-link=link_id so app.js updates it live. */
void ls_page_status(ls_req *r, ls_resp *s, const char *status, int64_t link_id);

#endif
