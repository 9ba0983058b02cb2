/*
 * arena.h - a memory pool freed in one call (one per parsed document or
 * request). Allocations are 16-byte aligned and never freed one by one.
 */
#ifndef LS_UTIL_ARENA_H
#define LS_UTIL_ARENA_H

#include <stddef.h>

typedef struct ls_arena_block ls_arena_block;
typedef struct ls_arena {
    ls_arena_block *head;
    size_t used_total; /* bytes handed out, for limits and stats */
} ls_arena;

void ls_arena_init(ls_arena *a);
/* Frees every block. */
void ls_arena_release(ls_arena *a);
/* Zeroed memory, or NULL when out of memory. */
void *ls_arena_alloc(ls_arena *a, size_t n);
/* A NUL-terminated copy of p[0..n). */
char *ls_arena_strndup(ls_arena *a, const char *p, size_t n);
char *ls_arena_strdup(ls_arena *a, const char *s);

#endif
