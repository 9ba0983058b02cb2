/*
 * cards.h - a link card: title, site, excerpt and capture time of the
 * newest done snapshot (filled by the store's list query) and the link's
 * tags (one statement for the whole page).
 */
#ifndef LS_WEB_CARDS_H
#define LS_WEB_CARDS_H

#include <stdint.h>

#include "store/db.h"
#include "store/links.h"
#include "web/http.h"

typedef struct ls_card {
    const char *site;     /* site name, else host */
    const char *excerpt;  /* or NULL */
    int64_t captured;     /* finished time of the newest done snapshot, or 0 */
    const char *const *tags; /* at most 32 shown */
    size_t ntags;
} ls_card;

/* Fills cards[i] for links[i], strings in r's arena. */
void ls_cards_load(ls_db *db, ls_req *r, const ls_link *links, size_t n, ls_card *cards);
/* Writes one card (escaped). */
void ls_card_write(ls_req *r, ls_resp *s, const ls_link *l, const ls_card *c,
                   const char *tag_href_prefix);
/* The host of an http(s) URL into the arena ("" if none). */
const char *ls_card_host(ls_req *r, const char *url);

#endif
