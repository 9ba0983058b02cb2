/*
 * common.h - what several subcommands share: opening the store, finding the
 * acting user, parsing ids and option values, printing JSON.
 */
#ifndef LS_CLI_COMMON_H
#define LS_CLI_COMMON_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "cli/cli.h"
#include "store/db.h"

/* Opens the data folder; prints the reason and returns NULL on failure. */
ls_db *ls_cli_open_db(const ls_cli *cli);
/* The acting user's id: --user NAME (must exist), else the first
 * administrator once accounts exist, else the built-in local owner. Prints
 * the reason and returns -1 when the named user does not exist. */
int64_t ls_cli_user_id(ls_db *db, const ls_cli *cli);
/* A usage error as one line on stderr: "linksnap: CMD: WHAT (see
 * linksnap CMD --help)". The full usage goes to stdout with --help. */
void ls_cli_usage_error(const char *cmd, const char *what);
/* Parses a positive decimal id; prints "invalid WHAT 'S'" and returns -1. */
int64_t ls_cli_parse_id(const char *s, const char *what);
/* Prints a JSON value on stdout with a trailing newline (UTF-8, not
 * ASCII-escaped); returns 0 or 1 on a write error. Steals the reference. */
int ls_cli_print_json(json_t *v);
/* For argument loops: when argv[*i] is opt, stores the next argument in
 * *val, advances *i and returns true; prints a usage error into *bad when
 * the value is missing. Also accepts "--opt=value". */
bool ls_cli_opt_value(int argc, char **argv, int *i, const char *opt, const char **val,
                      bool *bad);
/* Parses "CMD ID [--json] [global options]" for commands that act on one
 * link. json may be NULL when the command has no --json. Returns 0 with
 * *id set, or 2 after printing a one-line usage error. */
int ls_cli_link_arg(int argc, char **argv, ls_cli *cli, bool *json, int64_t *id);
/* Handles the global options a subcommand also accepts after its name
 * (--data, --allow-private, --user), updating the copy in *cli. */
bool ls_cli_global_opt(int argc, char **argv, int *i, ls_cli *cli, bool *bad);

#endif

#ifndef LS_CLI_COMMON_CAPTURE
#define LS_CLI_COMMON_CAPTURE
/* Creates a snapshot of the link and captures it now, printing
 * "snapshot SID done (HTTP 200): TITLE" or the failure reason on stderr.
 * Returns the exit code (0 when the capture succeeded). */
int ls_cli_capture_now(ls_db *db, const ls_cli *cli, int64_t link_id);
#endif
