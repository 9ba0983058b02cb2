/*
 * cache.c - per-thread read caches (see cache.h).
 */
#include "web/cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/err.h"

#define RESP_SLOTS 16
#define RESP_MAX (512 * 1024)

typedef struct resp_entry {
    char *key;
    char *body;
    size_t len;
    int status;
    const char *content_type; /* static strings only */
} resp_entry;

typedef struct tree_cache {
    ls_db *db;
    int64_t user_id;
    ls_db_stamp stamp;
    ls_tag_tree tree;
    int valid;
    /* responses, valid for (resp_db, resp_stamp) */
    ls_db *resp_db;
    ls_db_stamp resp_stamp;
    resp_entry resp[RESP_SLOTS];
    unsigned next;
} tree_cache;

static void resp_clear(tree_cache *c)
{
    for (int i = 0; i < RESP_SLOTS; i++) {
        free(c->resp[i].key);
        free(c->resp[i].body);
        memset(&c->resp[i], 0, sizeof c->resp[i]);
    }
}

static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void free_cache(void *p)
{
    tree_cache *c = p;
    if (c) {
        ls_tag_tree_release(&c->tree);
        resp_clear(c);
        free(c);
    }
}

static void make_key(void)
{
    pthread_key_create(&key, free_cache);
}

static tree_cache *thread_cache(void)
{
    pthread_once(&once, make_key);
    tree_cache *c = pthread_getspecific(key);
    if (!c) {
        c = calloc(1, sizeof *c);
        if (!c)
            return NULL;
        pthread_setspecific(key, c);
    }
    return c;
}

/* The response slots of this thread, emptied when the database changed. */
static tree_cache *resp_cache(ls_db *db)
{
    tree_cache *c = thread_cache();
    if (!c)
        return NULL;
    ls_db_stamp now;
    if (!ls_db_stamp_get(db, &now))
        return NULL;
    if (c->resp_db != db || memcmp(&c->resp_stamp, &now, sizeof now)) {
        resp_clear(c);
        c->resp_db = db;
        c->resp_stamp = now;
    }
    return c;
}

bool ls_cache_response_get(ls_db *db, const char *k, ls_resp *s)
{
    tree_cache *c = resp_cache(db);
    for (int i = 0; c && i < RESP_SLOTS; i++) {
        resp_entry *e = &c->resp[i];
        if (e->key && !strcmp(e->key, k)) {
            ls_buf_reset(&s->body);
            ls_buf_add(&s->body, e->body, e->len);
            s->status = e->status;
            s->content_type = e->content_type;
            return s->body.err == 0;
        }
    }
    return false;
}

void ls_cache_response_put(ls_db *db, const char *k, const ls_resp *s)
{
    if (s->status != 200 || s->headers.n || s->archived || s->body.err || !s->body.data ||
        s->body.len > RESP_MAX)
        return;
    tree_cache *c = resp_cache(db);
    if (!c)
        return;
    resp_entry *e = &c->resp[c->next++ % RESP_SLOTS];
    free(e->key);
    free(e->body);
    memset(e, 0, sizeof *e);
    e->key = strdup(k);
    e->body = malloc(s->body.len);
    if (!e->key || !e->body) {
        free(e->key);
        free(e->body);
        memset(e, 0, sizeof *e);
        return;
    }
    memcpy(e->body, s->body.data, s->body.len);
    e->len = s->body.len;
    e->status = s->status;
    e->content_type = s->content_type;
}

const ls_tag_tree *ls_cache_tag_tree(ls_db *db, int64_t user_id)
{
    tree_cache *c = thread_cache();
    if (!c)
        return NULL;
    ls_db_stamp now;
    bool known = ls_db_stamp_get(db, &now);
    if (c->valid && c->db == db && c->user_id == user_id && known &&
        !memcmp(&c->stamp, &now, sizeof now))
        return &c->tree;
    ls_tag_tree_release(&c->tree);
    memset(&c->tree, 0, sizeof c->tree);
    c->valid = 0;
    if (ls_tag_tree_get(db, user_id, &c->tree) != LS_OK)
        return NULL;
    c->db = db;
    c->user_id = user_id;
    c->stamp = now;
    c->valid = known; /* without a stamp it serves this request only */
    return &c->tree;
}
