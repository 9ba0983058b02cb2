/*
 * cmd_token.c - `linksnap token add USER [--name N]`: makes an API token and
 * prints it alone on stdout (it is stored only as a hash; this is the one
 * time it can be seen).
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "store/db.h"
#include "store/users.h"
#include "util/err.h"

static void usage(FILE *f)
{
    fputs("usage: linksnap [--data DIR] token add USER [--name NAME]\n", f);
}

int cmd_token(int argc, char **argv, const ls_cli *cli)
{
    if (ls_cli_wants_help(argc, argv)) {
        usage(stdout);
        return 0;
    }
    const char *user = NULL, *name = "cli";
    if (argc < 3 || strcmp(argv[1], "add")) {
        usage(stderr);
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--name") && i + 1 < argc)
            name = argv[++i];
        else if (!user)
            user = argv[i];
        else {
            usage(stderr);
            return 2;
        }
    }
    if (!user) {
        usage(stderr);
        return 2;
    }
    ls_db *db = NULL;
    if (ls_db_open(cli->data_dir, &db) != LS_OK) {
        ls_cli_error("cannot open the database in %s", cli->data_dir);
        return 1;
    }
    int ret = 1;
    ls_user u = {0};
    char tok[LS_TOKEN_SZ];
    int rc = ls_user_get_by_name(db, user, &u);
    if (rc == LS_OK && u.is_system)
        rc = LS_EPERM;
    if (rc == LS_OK)
        rc = ls_api_token_create(db, u.id, name, tok, NULL);
    if (rc == LS_OK) {
        printf("%s\n", tok);
        ret = 0;
    } else {
        ls_cli_error("token add: %s", rc == LS_ENOTFOUND ? "no such user" : ls_strerror(rc));
    }
    ls_user_release(&u);
    ls_db_close(db);
    return ret;
}
