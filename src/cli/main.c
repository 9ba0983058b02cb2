/*
 * main.c - the linksnap program: global options, then one subcommand from
 * the table below (each in its own cmd_<name>.c).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "util/hash.h"

/* Keep in the order `--help` lists them. Add a line when adding cmd_X.c. */
static const ls_cli_command commands[] = {
    {"add", cmd_add, "create (or find) a link and capture it now"},
    {"list", cmd_list, "list links, newest first"},
    {"show", cmd_show, "show a link with its tags and snapshots"},
    {"snapshot", cmd_snapshot, "capture a link again"},
    {"rm", cmd_rm, "delete links, their snapshots and unused files"},
    {"open", cmd_open, "write a stored file of a snapshot"},
    {"tag", cmd_tag, "add, remove, list, rename, merge and delete tags"},
    {"extract", cmd_extract, "print the reader article of a saved page as JSON"},
    {"search", cmd_search, "full-text search of saved pages (Chinese too)"},
    {"serve", cmd_serve, "run the web app, JSON API and capture workers"},
    {"user", cmd_user, "add, list or remove accounts (user add NAME [--admin])"},
    {"token", cmd_token, "make an API token for a user (token add USER)"},
    {NULL, NULL, NULL},
};

/* One line on stderr: control characters from what the user typed (or a
 * server sent) are shown as '?' so a message can never span lines or
 * drive the terminal. */
void ls_cli_error(const char *fmt, ...)
{
    char line[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    for (char *p = line; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = '?';
    fprintf(stderr, "linksnap: %s\n", line);
}

bool ls_cli_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--"))
            break;
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
            return true;
    }
    return false;
}

static void usage(FILE *f)
{
    fputs("usage: linksnap [--data DIR] [--allow-private] [--user NAME] COMMAND [ARGS]\n"
          "       linksnap --version | --help | COMMAND --help\n\n"
          "A link snapshot platform: capture web pages into durable snapshots,\n"
          "organise them with tags and find them again.\n\ncommands:\n", f);
    for (const ls_cli_command *c = commands; c->name; c++)
        fprintf(f, "  %-10s %s\n", c->name, c->summary);
    fputs("\nenvironment: LINKSNAP_DATA (data folder, default ./linksnap-data),\n"
          "LINKSNAP_ALLOW_PRIVATE=1, LINKSNAP_USER, LINKSNAP_LOG (error|warn|info|debug)\n", f);
}

int main(int argc, char **argv)
{
    ls_cli cli = {0};
    cli.data_dir = getenv("LINKSNAP_DATA");
    if (!cli.data_dir || !*cli.data_dir)
        cli.data_dir = "./linksnap-data";
    const char *ap = getenv("LINKSNAP_ALLOW_PRIVATE");
    cli.allow_private = ap && !strcmp(ap, "1");
    cli.user = getenv("LINKSNAP_USER");
    if (cli.user && !*cli.user)
        cli.user = NULL;

    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--version")) {
            printf("linksnap %s\n", LS_VERSION);
            return 0;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--allow-private")) {
            cli.allow_private = true;
        } else if ((!strcmp(a, "--data") || !strcmp(a, "--user")) && i + 1 < argc) {
            if (a[2] == 'd')
                cli.data_dir = argv[++i];
            else
                cli.user = argv[++i];
        } else if (!strncmp(a, "--data=", 7)) {
            cli.data_dir = a + 7;
        } else if (!strncmp(a, "--user=", 7)) {
            cli.user = a + 7;
        } else if (!strcmp(a, "--data") || !strcmp(a, "--user")) {
            ls_cli_error("%s needs a value (see linksnap --help)", a);
            return 2;
        } else {
            ls_cli_error("unknown option '%s' (see linksnap --help)", a);
            return 2;
        }
    }
    if (i >= argc) {
        ls_cli_error("no command given (see linksnap --help)");
        return 2;
    }
    if (ls_crypto_init() != 0) {
        ls_cli_error("cannot initialise libsodium");
        return 1;
    }
    for (const ls_cli_command *c = commands; c->name; c++) {
        if (!strcmp(c->name, argv[i]))
            return c->fn(argc - i, argv + i, &cli);
    }
    ls_cli_error("unknown command '%s' (see linksnap --help)", argv[i]);
    return 2;
}
