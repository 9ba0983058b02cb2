/*
 * cmd_user.c - `linksnap user add NAME [--admin]` (password: one line on
 * stdin), `user list`, `user rm NAME`.
 */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "cli/cli.h"
#include "store/db.h"
#include "store/users.h"
#include "util/err.h"

static void usage(FILE *f)
{
    fputs("usage: linksnap [--data DIR] user add NAME [--admin]   (password on stdin)\n"
          "       linksnap [--data DIR] user list\n"
          "       linksnap [--data DIR] user rm NAME\n",
          f);
}

/* One line from stdin without its newline; false when empty or too long. */
static bool read_password(char *out, size_t outsz)
{
    if (!fgets(out, (int)outsz, stdin))
        return false;
    size_t n = strlen(out);
    if (n && out[n - 1] == '\n')
        out[--n] = '\0';
    else if (n == outsz - 1)
        return false;
    if (n && out[n - 1] == '\r')
        out[--n] = '\0';
    return n > 0;
}

static int user_add(ls_db *db, int argc, char **argv)
{
    const char *name = NULL;
    bool admin = false;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--admin"))
            admin = true;
        else if (!name)
            name = argv[i];
        else
            return 2;
    }
    if (!name)
        return 2;
    char pw[LS_PASSWORD_MAX + 2];
    if (!read_password(pw, sizeof pw)) {
        ls_cli_error("user add: give the password as one line on stdin");
        return 1;
    }
    int rc = ls_user_create(db, name, pw, admin, NULL);
    sodium_memzero(pw, sizeof pw);
    if (rc == LS_EEXIST) {
        ls_cli_error("user add: '%s' exists", name);
        return 1;
    }
    if (rc) {
        ls_cli_error("user add: invalid name or password (names: letters, digits, . _ -, "
                     "up to %d; passwords %d..%d bytes)", LS_USER_NAME_MAX, LS_PASSWORD_MIN,
                     LS_PASSWORD_MAX);
        return 1;
    }
    printf("%s\n", name);
    return 0;
}

static int user_list(ls_db *db)
{
    ls_user_list l = {0};
    if (ls_user_list_all(db, &l) != LS_OK) {
        ls_cli_error("user list: %s", ls_db_errmsg(db));
        return 1;
    }
    for (size_t i = 0; i < l.n; i++)
        printf("%s%s\n", l.items[i].name, l.items[i].is_admin ? "\tadmin" : "");
    ls_user_list_release(&l);
    return 0;
}

static int user_rm(ls_db *db, const char *name)
{
    ls_user u = {0};
    int rc = ls_user_get_by_name(db, name, &u);
    if (rc == LS_OK && u.is_system)
        rc = LS_EPERM;
    if (rc == LS_OK)
        rc = ls_user_delete(db, u.id);
    ls_user_release(&u);
    if (rc) {
        ls_cli_error("user rm: %s", rc == LS_ENOTFOUND ? "no such user"
                                    : rc == LS_EPERM   ? "not allowed (system user or last admin)"
                                                       : ls_strerror(rc));
        return 1;
    }
    return 0;
}

int cmd_user(int argc, char **argv, const ls_cli *cli)
{
    if (ls_cli_wants_help(argc, argv)) {
        usage(stdout);
        return 0;
    }
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    ls_db *db = NULL;
    if (ls_db_open(cli->data_dir, &db) != LS_OK) {
        ls_cli_error("cannot open the database in %s", cli->data_dir);
        return 1;
    }
    int rc = 2;
    if (!strcmp(argv[1], "add"))
        rc = user_add(db, argc, argv);
    else if (!strcmp(argv[1], "list") && argc == 2)
        rc = user_list(db);
    else if ((!strcmp(argv[1], "rm") || !strcmp(argv[1], "remove")) && argc == 3)
        rc = user_rm(db, argv[2]);
    if (rc == 2)
        usage(stderr);
    ls_db_close(db);
    return rc;
}
