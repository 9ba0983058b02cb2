/*
 * buf.h - a growable byte buffer with a required size cap.
 *
 * Invariants: data is NULL or NUL-terminated at data[len]; len <= max.
 * Appends past the cap or a failed allocation set a sticky error (err) and
 * leave the contents unchanged, so a chain of appends is checked once at
 * the end:
 *
 *     ls_buf b; ls_buf_init(&b, 1 << 20);
 *     ls_buf_adds(&b, "a"); ls_buf_addf(&b, "%d", n);
 *     if (b.err) ...;  // LS_ETOOBIG or LS_ENOMEM
 *     char *s = ls_buf_detach(&b, NULL);  // caller frees s
 */
#ifndef LS_UTIL_BUF_H
#define LS_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct ls_buf {
    char *data;
    size_t len;
    size_t cap; /* allocated bytes, the NUL included */
    size_t max; /* cap on len */
    int err;    /* 0, LS_ETOOBIG or LS_ENOMEM; sticky */
} ls_buf;

void ls_buf_init(ls_buf *b, size_t max);
/* Frees the contents; the buffer may be reused after ls_buf_init(). */
void ls_buf_release(ls_buf *b);
/* Empties the buffer and clears the error, keeping memory and cap. */
void ls_buf_reset(ls_buf *b);
/* Hands the contents to the caller (free() it); never NULL unless out of
 * memory. The buffer is left empty. *len_out gets the length if not NULL. */
char *ls_buf_detach(ls_buf *b, size_t *len_out);

int ls_buf_add(ls_buf *b, const void *p, size_t n);
int ls_buf_adds(ls_buf *b, const char *s);
int ls_buf_addc(ls_buf *b, char c);
int ls_buf_addf(ls_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int ls_buf_vaddf(ls_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Appends the UTF-8 encoding of a code point (invalid ones as U+FFFD). */
int ls_buf_add_utf8(ls_buf *b, unsigned cp);
/* Ensures room for n more bytes; returns 0 or the sticky error. */
int ls_buf_grow(ls_buf *b, size_t n);
/* Puts n bytes at offset at (the end when at is past it), moving what
 * follows; returns 0 or the sticky error. */
int ls_buf_insert(ls_buf *b, size_t at, const void *p, size_t n);
/* Shortens to len (no-op if longer). */
void ls_buf_truncate(ls_buf *b, size_t len);

#endif
