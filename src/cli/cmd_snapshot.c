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
    const char *id_s = NULL;
    bool bad = false;
    for (int i = 1; i < argc && !bad; i++) {
        if (ls_cli_global_opt(argc, argv, &i, &cli, &bad)) {
        } else if (!id_s && argv[i][0] != '-') {
            id_s = argv[i];
        } else {
            ls_cli_error("snapshot: unexpected argument '%s'", argv[i]);
            bad = true;
        }
    }
    if (bad || !id_s) {
        if (!bad)
            ls_cli_usage_error("snapshot", "missing link ID");
        return 2;
    }
    int64_t id = ls_cli_parse_id(id_s, "link id");
    if (id < 0)
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
