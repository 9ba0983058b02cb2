/*
 * lazy_curl.c - libcurl, loaded on first use (see util/dynload.h).
 *
 * Defines the libcurl functions linksnap calls and forwards each to the
 * library loaded at the first call. Without libcurl every function returns
 * libcurl's own failure value (NULL, CURLE_FAILED_INIT, ...), so callers
 * report "cannot fetch" rather than crash.
 */
#define CURL_DISABLE_TYPECHECK 1 /* curl_easy_setopt & co. as plain functions */
#include <curl/curl.h>

#include <stdarg.h>

#include "util/dynload.h"

#ifndef LS_CURL_SONAME
#define LS_CURL_SONAME "libcurl.so.4"
#endif

#define CURL_FUNCS(X)                                                                  \
    X(curl_global_init) X(curl_easy_init) X(curl_easy_cleanup) X(curl_easy_setopt)     \
    X(curl_easy_getinfo) X(curl_easy_strerror) X(curl_free) X(curl_slist_append)       \
    X(curl_slist_free_all) X(curl_multi_init) X(curl_multi_cleanup)                    \
    X(curl_multi_add_handle) X(curl_multi_remove_handle) X(curl_multi_perform)         \
    X(curl_multi_poll) X(curl_multi_info_read) X(curl_url) X(curl_url_cleanup)         \
    X(curl_url_get) X(curl_url_set) X(curl_url_strerror) X(curl_url_dup)

LS_DYNLIB_DEFINE(curl_lib, LS_CURL_SONAME, CURL_FUNCS);

#define FN(f) LS_DYNLIB_FN(curl_lib, f)
#define READY() ls_dynlib_ready(&curl_lib)

static const char not_loaded[] = "libcurl could not be loaded";

const char *ls_curl_load_error(void)
{
    return ls_dynlib_error(&curl_lib);
}

CURLcode curl_global_init(long flags)
{
    return READY() ? FN(curl_global_init)(flags) : CURLE_FAILED_INIT;
}

CURL *curl_easy_init(void)
{
    return READY() ? FN(curl_easy_init)() : NULL;
}

void curl_easy_cleanup(CURL *h)
{
    if (h && READY())
        FN(curl_easy_cleanup)(h);
}

/* The one argument after the option has the type the option's number range
 * gives (curl.h, CURLOPTTYPE_*): read it as that type and pass it on. */
CURLcode curl_easy_setopt(CURL *h, CURLoption opt, ...)
{
    if (!READY())
        return CURLE_FAILED_INIT;
    va_list ap;
    va_start(ap, opt);
    CURLcode rc;
    if (opt < CURLOPTTYPE_OBJECTPOINT)
        rc = FN(curl_easy_setopt)(h, opt, va_arg(ap, long));
    else if (opt < CURLOPTTYPE_FUNCTIONPOINT)
        rc = FN(curl_easy_setopt)(h, opt, va_arg(ap, void *));
    else if (opt < CURLOPTTYPE_OFF_T)
        rc = FN(curl_easy_setopt)(h, opt, va_arg(ap, void (*)(void)));
    else if (opt < CURLOPTTYPE_BLOB)
        rc = FN(curl_easy_setopt)(h, opt, va_arg(ap, curl_off_t));
    else
        rc = FN(curl_easy_setopt)(h, opt, va_arg(ap, void *));
    va_end(ap);
    return rc;
}

/* every CURLINFO takes one pointer to where the answer goes */
CURLcode curl_easy_getinfo(CURL *h, CURLINFO info, ...)
{
    if (!READY())
        return CURLE_FAILED_INIT;
    va_list ap;
    va_start(ap, info);
    CURLcode rc = FN(curl_easy_getinfo)(h, info, va_arg(ap, void *));
    va_end(ap);
    return rc;
}

const char *curl_easy_strerror(CURLcode code)
{
    return READY() ? FN(curl_easy_strerror)(code) : not_loaded;
}

void curl_free(void *p)
{
    if (p && READY())
        FN(curl_free)(p);
}

struct curl_slist *curl_slist_append(struct curl_slist *list, const char *s)
{
    return READY() ? FN(curl_slist_append)(list, s) : NULL;
}

void curl_slist_free_all(struct curl_slist *list)
{
    if (list && READY())
        FN(curl_slist_free_all)(list);
}

CURLM *curl_multi_init(void)
{
    return READY() ? FN(curl_multi_init)() : NULL;
}

CURLMcode curl_multi_cleanup(CURLM *m)
{
    return READY() ? FN(curl_multi_cleanup)(m) : CURLM_BAD_HANDLE;
}

CURLMcode curl_multi_add_handle(CURLM *m, CURL *h)
{
    return READY() ? FN(curl_multi_add_handle)(m, h) : CURLM_BAD_HANDLE;
}

CURLMcode curl_multi_remove_handle(CURLM *m, CURL *h)
{
    return READY() ? FN(curl_multi_remove_handle)(m, h) : CURLM_BAD_HANDLE;
}

CURLMcode curl_multi_perform(CURLM *m, int *running)
{
    return READY() ? FN(curl_multi_perform)(m, running) : CURLM_BAD_HANDLE;
}

CURLMcode curl_multi_poll(CURLM *m, struct curl_waitfd extra[], unsigned int n_extra,
                          int timeout_ms, int *ret)
{
    return READY() ? FN(curl_multi_poll)(m, extra, n_extra, timeout_ms, ret)
                   : CURLM_BAD_HANDLE;
}

CURLMsg *curl_multi_info_read(CURLM *m, int *left)
{
    return READY() ? FN(curl_multi_info_read)(m, left) : NULL;
}

CURLU *curl_url(void)
{
    return READY() ? FN(curl_url)() : NULL;
}

CURLU *curl_url_dup(CURLU *u)
{
    return READY() ? FN(curl_url_dup)(u) : NULL;
}

void curl_url_cleanup(CURLU *u)
{
    if (u && READY())
        FN(curl_url_cleanup)(u);
}

CURLUcode curl_url_get(CURLU *u, CURLUPart what, char **part, unsigned int flags)
{
    return READY() ? FN(curl_url_get)(u, what, part, flags) : CURLUE_BAD_HANDLE;
}

CURLUcode curl_url_set(CURLU *u, CURLUPart what, const char *part, unsigned int flags)
{
    return READY() ? FN(curl_url_set)(u, what, part, flags) : CURLUE_BAD_HANDLE;
}

const char *curl_url_strerror(CURLUcode code)
{
    return READY() ? FN(curl_url_strerror)(code) : not_loaded;
}
