/*
 * gpool.h - the allocator gumbo parses with (internal to the html layer).
 *
 * Small blocks come from 64 KB chunks through per-size free lists; large
 * ones from malloc, linked in a list. gpool_release() frees everything in
 * a few loops, so gumbo's recursive gumbo_destroy_output() is never needed
 * (it overflows the stack on deep trees), and parsing spends less time in
 * malloc/free than with gumbo's default allocator.
 *
 * Not thread-safe: one pool per parse.
 */
#ifndef LS_HTML_GPOOL_H
#define LS_HTML_GPOOL_H

#include <stddef.h>

#define GPOOL_CLASSES 64 /* small sizes: 16-byte steps up to 1 KB */

typedef struct gpool_large gpool_large;
typedef struct gpool_chunk gpool_chunk;

typedef struct gpool {
    void *free_list[GPOOL_CLASSES];
    gpool_chunk *chunks;
    char *bump, *bump_end;
    gpool_large *large; /* doubly linked, NULL-terminated */
} gpool;

void gpool_init(gpool *p);
/* GumboAllocatorFunction / GumboDeallocatorFunction with the pool as userdata.
 * On allocation failure the process aborts: gumbo cannot handle NULL. */
void *gpool_alloc(void *userdata, size_t size);
void gpool_free(void *userdata, void *ptr);
void gpool_release(gpool *p);

#endif
