/*
 * cli.h - what every subcommand gets, and the table of subcommands.
 *
 * Each subcommand lives in its own file src/cli/cmd_<name>.c with one entry
 * point `int cmd_<name>(int argc, char **argv, const ls_cli *cli)`; argv[0]
 * is the subcommand's name. It returns the process exit code (0 success,
 * 1 failure, 2 usage error) and prints errors to stderr as one line
 * starting with "linksnap: ".
 */
#ifndef LS_CLI_CLI_H
#define LS_CLI_CLI_H

#include <stdbool.h>

typedef struct ls_cli {
    const char *data_dir;  /* --data, $LINKSNAP_DATA, or ./linksnap-data */
    bool allow_private;    /* --allow-private or LINKSNAP_ALLOW_PRIVATE=1 */
    const char *user;      /* --user NAME or $LINKSNAP_USER; NULL = default owner */
} ls_cli;

typedef int (*ls_cli_fn)(int argc, char **argv, const ls_cli *cli);

typedef struct ls_cli_command {
    const char *name;
    ls_cli_fn fn;
    const char *summary; /* one line for `linksnap --help` */
} ls_cli_command;

/* Prints "linksnap: <message>" and a newline to stderr. */
void ls_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* True when argv has -h or --help (subcommands print their usage then). */
bool ls_cli_wants_help(int argc, char **argv);

/* The subcommands; each defined in its cmd_<name>.c. */
int cmd_add(int argc, char **argv, const ls_cli *cli);
int cmd_list(int argc, char **argv, const ls_cli *cli);
int cmd_show(int argc, char **argv, const ls_cli *cli);
int cmd_snapshot(int argc, char **argv, const ls_cli *cli);
int cmd_rm(int argc, char **argv, const ls_cli *cli);
int cmd_open(int argc, char **argv, const ls_cli *cli);
int cmd_tag(int argc, char **argv, const ls_cli *cli);
int cmd_extract(int argc, char **argv, const ls_cli *cli);
int cmd_search(int argc, char **argv, const ls_cli *cli);
int cmd_serve(int argc, char **argv, const ls_cli *cli);
int cmd_user(int argc, char **argv, const ls_cli *cli);
int cmd_token(int argc, char **argv, const ls_cli *cli);

#endif
