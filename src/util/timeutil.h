/*
 * timeutil.h - wall clock and monotonic time, ISO 8601 formatting.
 */
#ifndef LS_UTIL_TIMEUTIL_H
#define LS_UTIL_TIMEUTIL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* Milliseconds on the monotonic clock. */
int64_t ls_mono_ms(void);
/* Seconds since the epoch. */
int64_t ls_now(void);
/* "2026-11-29T05:20:41Z" (UTC) into out (at least 21 bytes). */
void ls_iso8601_utc(int64_t t, char *out, size_t outsz);

#endif
