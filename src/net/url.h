/*
 * url.h - parse, check and normalise the URLs linksnap fetches, with
 * libcurl's URL API (CURLU), so the string we check is the string we fetch.
 *
 * Accepted: absolute http and https URLs only. Refused with LS_EINVAL and a
 * one-line reason (never echoing the URL, which may hold credentials):
 * other schemes (file, ftp, gopher, dict, javascript, data, ...), tabs,
 * newlines and other control characters, backslashes, %00, more than
 * LS_URL_MAX bytes, a missing host, a bad port.
 *
 * The normal form: scheme and host lowercased; an internationalised host in
 * punycode (xn--, encoded here because libcurl's IDN step depends on the
 * process locale); IPv4 spellings canonical (0x7f.1, 2130706433 and 127.1
 * all become 127.0.0.1, as libcurl would connect); default port dropped;
 * fragment dropped; userinfo dropped entirely (credentials are never
 * stored, logged or shown); dot segments removed and an empty path made
 * "/"; spaces, non-ASCII bytes and " < > ` percent-encoded in path and
 * query; the query kept.
 *
 * Every function returning char ** hands a malloc'd string to the caller
 * (free() it); on error *out is NULL. err/err_sz (may be NULL/0) receive
 * the reason.
 */
#ifndef LS_NET_URL_H
#define LS_NET_URL_H

#include <stddef.h>

#define LS_URL_MAX 8192

/* Flags for ls_url_normalize. */
enum {
    /* Typed by a person: "example.com/x" becomes "http://example.com/x". */
    LS_URL_GUESS_SCHEME = 1u << 0,
};

/* Checks and normalises an absolute URL. Returns LS_OK or LS_EINVAL
 * (LS_ENOMEM when allocation fails). */
int ls_url_normalize(const char *in, unsigned flags, char **out, char *err, size_t err_sz);

/*
 * Resolves a reference found in a page or a Location header against base
 * (an absolute http(s) URL) and normalises the result. As browsers do,
 * tabs and newlines inside ref are removed and surrounding spaces trimmed;
 * every other rule of ls_url_normalize applies to the result. An empty ref
 * or a fragment-only ref gives base itself.
 */
int ls_url_resolve(const char *base, const char *ref, char **out, char *err, size_t err_sz);

/*
 * ls_url_resolve() for many references against a few bases (every link
 * and asset of a page): the last base is kept normalised and parsed, so
 * each call parses only the reference. Same results as ls_url_resolve().
 * Zero-initialise (or LS_URL_RESOLVER_INIT); release when done.
 */
typedef struct ls_url_resolver {
    char *base;  /* the last base as given */
    void *parsed;/* its normalised, parsed form (CURLU *), or NULL */
    char *origin;/* "scheme://host[:port]" of the normalised base */
    int rc;      /* LS_OK, or why the last base failed */
    char err[128];
} ls_url_resolver;
#define LS_URL_RESOLVER_INIT {NULL, NULL, NULL, 0, ""}
int ls_url_resolver_resolve(ls_url_resolver *r, const char *base, const char *ref, char **out,
                            char *err, size_t err_sz);
void ls_url_resolver_release(ls_url_resolver *r);

/*
 * The normalised host of url (lowercase, punycode, IPv6 without brackets)
 * into out (sz bytes). Returns LS_OK, LS_EINVAL (bad URL) or LS_ETOOBIG.
 */
int ls_url_host(const char *url, char *out, size_t sz);

/*
 * A form for people to read: the normal form, with percent-encoded UTF-8 in
 * path and query decoded (/%E6%96%B0 -> /新) except for controls, spaces,
 * bidi overrides and URL delimiters, cut at max bytes (0 = no cut) on a
 * character boundary with "…" added. Never contains userinfo.
 */
int ls_url_display(const char *url, size_t max, char **out);

/*
 * For logs and error messages about text that may not even be a valid
 * URL: copies in to out (sz bytes) with any userinfo ("user:pass@" after
 * "//" and before the host) removed and control characters shown as '?',
 * cut with "..." when too long. Never fails; NULL in gives "(null)".
 */
void ls_url_redact(const char *in, char *out, size_t sz);

/* True when url is an absolute https URL (after normalisation). */
int ls_url_is_https(const char *url);

#endif
