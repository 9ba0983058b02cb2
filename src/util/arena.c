#include "util/arena.h"

#include <stdlib.h>
#include <string.h>

struct ls_arena_block {
    ls_arena_block *next;
    size_t size, used;
    _Alignas(16) unsigned char mem[];
};

#define BLOCK_MIN (64 * 1024)

void ls_arena_init(ls_arena *a)
{
    a->head = NULL;
    a->used_total = 0;
}

void ls_arena_release(ls_arena *a)
{
    ls_arena_block *b = a->head;
    while (b) {
        ls_arena_block *n = b->next;
        free(b);
        b = n;
    }
    a->head = NULL;
    a->used_total = 0;
}

void *ls_arena_alloc(ls_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    ls_arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > BLOCK_MIN ? n : BLOCK_MIN;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        if (a->head && n > BLOCK_MIN) {
            /* A big one-off: keep the current block in front. */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->mem + b->used;
    b->used += n;
    a->used_total += n;
    memset(p, 0, n);
    return p;
}

char *ls_arena_strndup(ls_arena *a, const char *p, size_t n)
{
    char *s = ls_arena_alloc(a, n + 1);
    if (!s)
        return NULL;
    memcpy(s, p, n);
    s[n] = '\0';
    return s;
}

char *ls_arena_strdup(ls_arena *a, const char *s)
{
    return ls_arena_strndup(a, s, strlen(s));
}
