/*
 * weburl.h - checking a URL a user submits before it is stored: only http
 * and https, no control characters or spaces, a host, at most 8 KB. Gives
 * the URL as stored, its normalised form (the per-user duplicate key) and
 * the host (per-host capture limits).
 *
 * This is the web layer's gate; the fetcher checks again on every request
 * and redirect. When net/url.h offers normalisation this delegates to it.
 */
#ifndef LS_WEB_WEBURL_H
#define LS_WEB_WEBURL_H

/* LS_OK with malloc'd *url, *norm and *host (caller frees), or LS_EINVAL. */
int ls_weburl_check(const char *in, char **url, char **norm, char **host);

#endif
