/*
 * log.h - messages on stderr. Level from LINKSNAP_LOG (error, warn, info,
 * debug); warn by default. Never log credentials: callers pass URLs through
 * a redacting formatter first (net/url.h).
 */
#ifndef LS_UTIL_LOG_H
#define LS_UTIL_LOG_H

enum { LS_LOG_ERROR, LS_LOG_WARN, LS_LOG_INFO, LS_LOG_DEBUG };

void ls_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ls_log_set_level(int level);

#define ls_error(...) ls_log(LS_LOG_ERROR, __VA_ARGS__)
#define ls_warn(...) ls_log(LS_LOG_WARN, __VA_ARGS__)
#define ls_info(...) ls_log(LS_LOG_INFO, __VA_ARGS__)
#define ls_debug(...) ls_log(LS_LOG_DEBUG, __VA_ARGS__)

#endif
