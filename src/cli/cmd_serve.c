/*
 * cmd_serve.c - `linksnap serve`: the web app and its capture workers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "web/web.h"

static void usage(FILE *f)
{
    fputs("usage: linksnap [--data DIR] serve [--listen HOST:PORT] [--workers N]\n"
          "                [--threads N] [--max-per-host N] [--allow-private]\n"
          "                [--content-origin URL]\n\n"
          "Serves the web app and JSON API (default http://127.0.0.1:8080/) and runs N\n"
          "capture workers (default 2). SIGINT/SIGTERM stop it cleanly.\n"
          "  --listen HOST:PORT     address to listen on; port 0 picks a free one\n"
          "  --workers N            capture workers (0 = none)\n"
          "  --threads N            HTTP threads (default 4)\n"
          "  --max-per-host N       concurrent captures of one host (default 2)\n"
          "  --allow-private        captures may reach private and loopback addresses\n"
          "  --content-origin URL   link archived files from this origin (same server\n"
          "                         under another host name), e.g. http://127.0.0.2:8080\n",
          f);
}

static bool int_arg(const char *s, int lo, int hi, int *out)
{
    char *end = NULL;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

int cmd_serve(int argc, char **argv, const ls_cli *cli)
{
    if (ls_cli_wants_help(argc, argv)) {
        usage(stdout);
        return 0;
    }
    ls_web_opts o;
    ls_web_opts_default(&o);
    o.data_dir = cli->data_dir;
    o.allow_private = cli->allow_private;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--allow-private")) {
            o.allow_private = true;
        } else if (!strcmp(a, "--listen") && v) {
            o.listen = v;
            i++;
        } else if (!strcmp(a, "--workers") && v && int_arg(v, 0, 64, &o.workers)) {
            i++;
        } else if (!strcmp(a, "--threads") && v && int_arg(v, 1, 256, &o.http_threads)) {
            i++;
        } else if (!strcmp(a, "--max-per-host") && v && int_arg(v, 1, 64, &o.max_per_host)) {
            i++;
        } else if (!strcmp(a, "--content-origin") && v &&
                   (!strncmp(v, "http://", 7) || !strncmp(v, "https://", 8)) &&
                   !strpbrk(v, " \"'<>\\")) {
            o.content_origin = v;
            i++;
        } else {
            ls_cli_error("serve: bad argument '%s' (see linksnap serve --help)", a);
            return 2;
        }
    }
    return ls_web_serve(&o);
}
