/*
 * weburl.c - submit-time URL checks (see weburl.h), over net/url.h's
 * parser and normal form: only http(s), no controls, no credentials kept.
 * The stored URL is the normal form (userinfo dropped), so a password in
 * a pasted URL is never written anywhere.
 */
#include "web/weburl.h"

#include <stdlib.h>
#include <string.h>

#include "net/url.h"
#include "util/err.h"
#include "util/str.h"

int ls_weburl_check(const char *in, char **url, char **norm, char **host)
{
    *url = *norm = *host = NULL;
    if (!in)
        return LS_EINVAL;
    size_t n;
    const char *s = ls_trim(in, &n);
    if (n == 0 || n > LS_URL_MAX)
        return LS_EINVAL;
    char *copy = ls_strndup(s, n);
    if (!copy)
        return LS_ENOMEM;
    char err[256];
    int rc = ls_url_normalize(copy, 0, norm, err, sizeof err);
    free(copy);
    if (rc != LS_OK)
        return rc == LS_ENOMEM ? rc : LS_EINVAL;
    char h[1024];
    if (ls_url_host(*norm, h, sizeof h) != LS_OK) {
        free(*norm);
        *norm = NULL;
        return LS_EINVAL;
    }
    *host = ls_strdup(h);
    *url = ls_strdup(*norm);
    if (!*host || !*url) {
        free(*host);
        free(*url);
        free(*norm);
        *url = *norm = *host = NULL;
        return LS_ENOMEM;
    }
    return LS_OK;
}
