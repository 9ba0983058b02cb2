/* linksnap rm ID... */
#include <stdio.h>
#include <string.h>

#include "cli/common.h"
#include "store/links.h"
#include "util/err.h"

static const char usage[] =
    "usage: linksnap rm ID...\n"
    "Deletes links with their snapshots, and the stored files no other\n"
    "snapshot uses.\n";

int cmd_rm(int argc, char **argv, const ls_cli *cli_in)
{
    ls_cli cli = *cli_in;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    bool bad = false;
    int nids = 0;
    int64_t ids[256];
    for (int i = 1; i < argc && !bad; i++) {
        if (ls_cli_global_opt(argc, argv, &i, &cli, &bad))
            continue;
        if (argv[i][0] == '-') {
            ls_cli_error("rm: unexpected option '%s'", argv[i]);
            return 2;
        }
        if (nids == (int)(sizeof ids / sizeof *ids)) {
            ls_cli_error("rm: at most %zu ids at once", sizeof ids / sizeof *ids);
            return 2;
        }
        if ((ids[nids++] = ls_cli_parse_id(argv[i], "link id")) < 0)
            return 2;
    }
    if (bad || !nids) {
        if (!bad)
            ls_cli_usage_error("rm", "missing link ID");
        return 2;
    }
    ls_db *db = ls_cli_open_db(&cli);
    if (!db)
        return 1;
    int code = 0;
    int64_t uid = ls_cli_user_id(db, &cli);
    if (uid < 0) {
        code = 1;
        goto out;
    }
    for (int k = 0; k < nids; k++) {
        int64_t id = ids[k];
        int rc = ls_link_delete(db, uid, id);
        if (rc == LS_OK) {
            printf("deleted link %lld\n", (long long)id);
        } else {
            ls_cli_error("rm: link %lld: %s", (long long)id,
                         rc == LS_ENOTFOUND ? "no such link" : ls_strerror(rc));
            code = 1;
        }
    }
out:
    ls_db_close(db);
    return code;
}
