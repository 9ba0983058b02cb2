#include "util/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int level_from_env(void)
{
    const char *e = getenv("LINKSNAP_LOG");
    if (!e)
        return LS_LOG_WARN;
    if (!strcmp(e, "error")) return LS_LOG_ERROR;
    if (!strcmp(e, "info")) return LS_LOG_INFO;
    if (!strcmp(e, "debug")) return LS_LOG_DEBUG;
    return LS_LOG_WARN;
}

static int current = -1;

void ls_log_set_level(int level)
{
    current = level;
}

void ls_log(int level, const char *fmt, ...)
{
    if (current < 0)
        current = level_from_env();
    if (level > current)
        return;
    static const char *names[] = {"error", "warn", "info", "debug"};
    char line[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    /* One write per line so threads do not interleave within a line. */
    fprintf(stderr, "linksnap: %s: %s\n", names[level], line);
}
