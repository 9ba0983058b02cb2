/*
 * str.h - small string and UTF-8 helpers shared by every layer.
 */
#ifndef LS_UTIL_STR_H
#define LS_UTIL_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Copies; NULL in gives NULL out. Caller frees. */
char *ls_strdup(const char *s);
char *ls_strndup(const char *s, size_t n);
/* ASCII case-insensitive comparisons. */
bool ls_streq_nocase(const char *a, const char *b);
bool ls_startswith(const char *s, const char *prefix);
bool ls_startswith_nocase(const char *s, const char *prefix);
/* Returns a pointer to the first non-ASCII-space byte and sets *len to the
 * length without trailing ASCII spaces. */
const char *ls_trim(const char *s, size_t *len);

/*
 * Decodes one UTF-8 code point at s (n bytes available). Returns the number
 * of bytes consumed (>= 1 when n >= 1); invalid or truncated sequences give
 * U+FFFD and consume one byte. *cp gets the code point.
 */
size_t ls_utf8_next(const char *s, size_t n, uint32_t *cp);
/* Writes the UTF-8 bytes of cp (a scalar value: not a surrogate, at most
 * U+10FFFF) to out, which has room for 4; returns how many (1-4). */
size_t ls_utf8_put(char *out, uint32_t cp);
/* Counts code points. */
size_t ls_utf8_len(const char *s, size_t n);
/* True when s[0..n) is valid UTF-8. */
bool ls_utf8_valid(const char *s, size_t n);
/* The longest prefix of s[0..n) no longer than max bytes that does not cut
 * a UTF-8 sequence. */
size_t ls_utf8_clip(const char *s, size_t n, size_t max);

/* Han, kana, Hangul and the CJK punctuation/compatibility blocks. */
bool ls_is_cjk(uint32_t cp);
/* Chinese/Japanese full-width punctuation counted like Latin commas and stops. */
bool ls_is_cjk_punct(uint32_t cp);
/* Unicode white space (ASCII, NBSP, U+3000, U+2000-200A, ...). */
bool ls_is_space_cp(uint32_t cp);
/* A letter or a digit of any script, as a cheap test tells it: an ASCII
 * letter or digit, or above U+00BF anything but white space, punctuation
 * and symbols (U+2000-U+2BFF, U+3000-U+303F) and ls_is_cjk_punct(). */
bool ls_is_word_cp(uint32_t cp);

#endif
