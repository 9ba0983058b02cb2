/* linksnap snapshot ID: capture again */
#include <stdio.h>
#include <string.h>

#include "cli/common.h"
#include "store/links.h"
#include "util/err.h"

static const char usage[] =
    "usage: linksnap snapshot ID\n"
    "Captures the link again into a new snapshot; older snapshots are kept.\n";

int cmd_snapshot(int argc, char **argv, const ls_cli *cli_in)
{
    ls_cli cli = *cli_in;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    int64_t id = 0;
    if (ls_cli_link_arg(argc, argv, &cli, NULL, &id))
        return 2;
    ls_db *db = ls_cli_open_db(&cli);
    if (!db)
        return 1;
    int code = 1;
    ls_link l = {0};
    int64_t uid = ls_cli_user_id(db, &cli);
    if (uid < 0)
        goto out;
    if (ls_link_get(db, uid, id, &l) != LS_OK) {
        ls_cli_error("snapshot: no link %lld", (long long)id);
        goto out;
    }
    printf("link %lld\n", (long long)id);
    fflush(stdout);
    code = ls_cli_capture_now(db, &cli, id);
out:
    ls_link_release(&l);
    ls_db_close(db);
    return code;
}
