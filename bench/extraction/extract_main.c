/*
 * extract_main.c - a stand-alone `extract` binary for the benchmark: the
 * same cmd_extract() as `linksnap extract`, linked only with the layers it
 * needs (extract, html, net, util), so the benchmark runs while other
 * layers are being changed. Usage is that of `linksnap extract`, with or
 * without the leading "extract".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

void ls_cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("linksnap: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

bool ls_cli_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
            return true;
    return false;
}

int main(int argc, char **argv)
{
    ls_cli cli = {0};
    if (argc > 1 && !strcmp(argv[1], "extract"))
        return cmd_extract(argc - 1, argv + 1, &cli);
    return cmd_extract(argc, argv, &cli);
}
