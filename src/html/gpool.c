/*
 * gpool.c - gumbo's allocator (see gpool.h).
 *
 * Every block is preceded by a 16-byte header (keeping malloc's 16-byte
 * alignment) whose last word holds the size class, or LARGE for a malloc'd
 * block; a large block's header also links it into the pool's list.
 */
#include "html/gpool.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define CHUNK_SIZE (64 * 1024)
#define STEP 16
#define LARGE UINT64_MAX

struct gpool_chunk {
    gpool_chunk *next;
    uint64_t pad;
};

typedef struct {
    uint64_t pad;
    uint64_t cls;
} small_hdr;

struct gpool_large {
    gpool_large *prev, *next;
    uint64_t pad;
    uint64_t cls; /* LARGE; must be the last word, like small_hdr.cls */
};

_Static_assert(sizeof(small_hdr) == 16, "header keeps 16-byte alignment");
_Static_assert(sizeof(gpool_large) == 32, "header keeps 16-byte alignment");
_Static_assert(sizeof(gpool_chunk) == 16, "chunk header keeps 16-byte alignment");

static void out_of_memory(void)
{
    /* gumbo dereferences what it allocates; failing loudly beats UB. */
    fputs("linksnap: out of memory while parsing HTML\n", stderr);
    abort();
}

void gpool_init(gpool *p)
{
    *p = (gpool){0};
}

static void *alloc_large(gpool *p, size_t size)
{
    if (size > SIZE_MAX - sizeof(gpool_large))
        out_of_memory();
    gpool_large *l = malloc(sizeof *l + size);
    if (!l)
        out_of_memory();
    l->cls = LARGE;
    l->prev = NULL;
    l->next = p->large;
    if (p->large)
        p->large->prev = l;
    p->large = l;
    return l + 1;
}

void *gpool_alloc(void *userdata, size_t size)
{
    gpool *p = userdata;
    size_t cls = size ? (size - 1) / STEP : 0;
    if (cls >= GPOOL_CLASSES)
        return alloc_large(p, size);
    void *blk = p->free_list[cls];
    if (blk) {
        p->free_list[cls] = *(void **)blk;
        return blk;
    }
    size_t need = sizeof(small_hdr) + (cls + 1) * STEP;
    if ((size_t)(p->bump_end - p->bump) < need) {
        gpool_chunk *c = malloc(CHUNK_SIZE);
        if (!c)
            out_of_memory();
        c->next = p->chunks;
        p->chunks = c;
        p->bump = (char *)(c + 1);
        p->bump_end = (char *)c + CHUNK_SIZE;
    }
    small_hdr *h = (small_hdr *)p->bump;
    p->bump += need;
    h->cls = cls;
    return h + 1;
}

void gpool_free(void *userdata, void *ptr)
{
    gpool *p = userdata;
    if (!ptr)
        return;
    uint64_t cls = ((uint64_t *)ptr)[-1];
    if (cls == LARGE) {
        gpool_large *l = (gpool_large *)ptr - 1;
        if (l->prev)
            l->prev->next = l->next;
        else
            p->large = l->next;
        if (l->next)
            l->next->prev = l->prev;
        free(l);
        return;
    }
    *(void **)ptr = p->free_list[cls];
    p->free_list[cls] = ptr;
}

void gpool_release(gpool *p)
{
    for (gpool_chunk *c = p->chunks; c;) {
        gpool_chunk *n = c->next;
        free(c);
        c = n;
    }
    for (gpool_large *l = p->large; l;) {
        gpool_large *n = l->next;
        free(l);
        l = n;
    }
    gpool_init(p);
}
