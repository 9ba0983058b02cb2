/*
 * links.h - a user's links: one row per (user, normalised URL).
 *
 * Contract:
 * - ls_link_get() is THE authorization check: it takes the acting user and
 *   answers LS_ENOTFOUND for a link that does not exist or belongs to someone
 *   else (the two are indistinguishable on purpose). Every route and command
 *   that touches a link, its snapshots or its files goes through it (or
 *   through a function that takes user_id and does the same check).
 * - The caller normalises URLs (net/url.h); the store compares url_norm as
 *   given.
 * - Strings in an ls_link are malloc'd and owned by the struct; free them
 *   with ls_link_release(). A zeroed ls_link is a valid empty value.
 */
#ifndef LS_STORE_LINKS_H
#define LS_STORE_LINKS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/db.h"

typedef struct ls_link {
    int64_t id;
    int64_t user_id;
    char *url;          /* as the user gave it (after parsing) */
    char *url_norm;     /* the normalised form, unique per user */
    char *title;        /* the user's own title, or NULL */
    char *note;         /* or NULL */
    int64_t created;    /* unix seconds */
    int64_t updated;
    char *share_token;  /* or NULL when not shared */
    /* Filled by get and list for display, not columns of links: */
    char *display_title; /* title, else the newest done snapshot's title, else NULL */
    char *last_status;   /* status of the newest snapshot, or NULL if none */
    char *site_name;     /* of the newest done snapshot, or NULL */
    char *excerpt;       /* of the newest done snapshot, or NULL */
    int64_t captured;    /* finish time of the newest done snapshot, 0 if none */
} ls_link;

/* Frees the strings and zeroes the struct. */
void ls_link_release(ls_link *l);

/* Size caps in bytes; longer values are refused with LS_ETOOBIG. */
#define LS_LINK_URL_MAX 8192
#define LS_LINK_TITLE_MAX 4096
#define LS_LINK_NOTE_MAX 65536

/*
 * Adds the link, or finds the existing one with the same (user_id, url_norm).
 * title and note may be NULL; they are used only when the link is new.
 * *id_out gets the id; *created_out (may be NULL) says whether it was new.
 * LS_EINVAL for an empty url or url_norm or text that is not valid UTF-8,
 * LS_ETOOBIG past the caps above.
 */
int ls_link_add(ls_db *db, int64_t user_id, const char *url, const char *url_norm,
                const char *title, const char *note, int64_t *id_out, bool *created_out);

/* The link `id` of `user_id` into *out; LS_ENOTFOUND if absent or another
 * user's. */
int ls_link_get(ls_db *db, int64_t user_id, int64_t id, ls_link *out);

/* The link by id with NO owner check: only for trusted background code (the
 * capture worker, which got the id from a job row). */
int ls_link_load(ls_db *db, int64_t id, ls_link *out);

/* The link shared under token (public share page); LS_ENOTFOUND otherwise. */
int ls_link_get_by_share(ls_db *db, const char *token, ls_link *out);

typedef enum ls_link_sort {
    LS_LINK_SORT_CREATED_DESC = 0, /* newest first (default) */
    LS_LINK_SORT_CREATED_ASC,
    LS_LINK_SORT_TITLE,            /* by display title, then newest first */
} ls_link_sort;

#define LS_LINK_LIST_MAX 500
#define LS_LINK_MAX_TAG_FILTERS 16

typedef struct ls_link_filter {
    int64_t user_id;
    const char *const *tags; /* tag paths that must ALL match; a link tagged
                                with a child (a/b) matches its parent (a) */
    size_t ntags;            /* at most LS_LINK_MAX_TAG_FILTERS, else LS_EINVAL */
    ls_link_sort sort;
    int64_t limit;  /* clamped to 1..LS_LINK_LIST_MAX (<= 0 gives 50) */
    int64_t offset; /* negative is treated as 0 */
} ls_link_filter;

typedef struct ls_link_list {
    ls_link *items;
    size_t n;
    int64_t total; /* links matching the filter, ignoring limit/offset */
} ls_link_list;

/*
 * Lists links. Tag paths are normalised like ls_tag_normalize(); an invalid
 * one gives LS_EINVAL, an unknown one an empty result. Tag text is matched
 * literally (no LIKE, no wildcards).
 */
int ls_link_list_query(ls_db *db, const ls_link_filter *f, ls_link_list *out);
void ls_link_list_release(ls_link_list *l);

/*
 * Updates the user's title and note. NULL leaves a field unchanged; ""
 * clears it (stored as NULL). LS_ENOTFOUND for another user's link;
 * LS_EINVAL / LS_ETOOBIG as in ls_link_add().
 */
int ls_link_update(ls_db *db, int64_t user_id, int64_t id, const char *title,
                   const char *note);

/*
 * Deletes the link with its snapshots, tag assignments and jobs, then the
 * blobs no other snapshot references (files and rows). LS_ENOTFOUND for
 * another user's link.
 */
int ls_link_delete(ls_db *db, int64_t user_id, int64_t id);

/* Gives the link a fresh random share token (replacing any old one) and
 * copies it to token_out (LS_LINK_SHARE_TOKEN_SZ bytes). */
#define LS_LINK_SHARE_TOKEN_SZ 48
int ls_link_share(ls_db *db, int64_t user_id, int64_t id,
                  char token_out[LS_LINK_SHARE_TOKEN_SZ]);
/* Removes the share token; the old share URL stops working. */
int ls_link_unshare(ls_db *db, int64_t user_id, int64_t id);

#endif
