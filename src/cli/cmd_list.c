/* linksnap list [--tag TAG]... [--json] [--limit N] [--offset N] */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/common.h"
#include "store/links.h"
#include "store/view.h"
#include "util/err.h"

static const char usage[] =
    "usage: linksnap list [--tag TAG]... [--json] [--limit N] [--offset N] [--sort new|old|title]\n"
    "Lists links, newest first. Several --tag options must all match; a link\n"
    "tagged with a child tag (a/b) matches its parent (a).\n";

/* A count option: a whole number >= 0 (the store clamps large ones). */
static bool parse_count(const char *s, const char *opt, int64_t *out)
{
    char *end = NULL;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (!*s || *end || errno || v < 0) {
        ls_cli_error("list: %s takes a whole number, not '%s'", opt, s);
        return false;
    }
    *out = (int64_t)v;
    return true;
}

int cmd_list(int argc, char **argv, const ls_cli *cli_in)
{
    ls_cli cli = *cli_in;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    const char **tags = calloc((size_t)argc, sizeof *tags);
    if (!tags)
        return 1;
    size_t ntags = 0;
    bool json = false, bad = false;
    const char *limit = NULL, *offset = NULL, *sort = NULL, *tag = NULL;
    for (int i = 1; i < argc && !bad; i++) {
        if (ls_cli_opt_value(argc, argv, &i, "--tag", &tag, &bad)) {
            if (!bad)
                tags[ntags++] = tag;
        } else if (!strcmp(argv[i], "--json")) {
            json = true;
        } else if (ls_cli_opt_value(argc, argv, &i, "--limit", &limit, &bad)
                   || ls_cli_opt_value(argc, argv, &i, "--offset", &offset, &bad)
                   || ls_cli_opt_value(argc, argv, &i, "--sort", &sort, &bad)
                   || ls_cli_global_opt(argc, argv, &i, &cli, &bad)) {
        } else {
            ls_cli_error("list: unexpected argument '%s'", argv[i]);
            bad = true;
        }
    }
    int code = 2;
    ls_db *db = NULL;
    ls_link_filter f = {0};
    f.tags = tags;
    f.ntags = ntags;
    f.limit = 50;
    if ((limit && !parse_count(limit, "--limit", &f.limit))
        || (offset && !parse_count(offset, "--offset", &f.offset)))
        bad = true;
    if (sort && !strcmp(sort, "old"))
        f.sort = LS_LINK_SORT_CREATED_ASC;
    else if (sort && !strcmp(sort, "title"))
        f.sort = LS_LINK_SORT_TITLE;
    else if (sort && strcmp(sort, "new")) {
        ls_cli_error("list: --sort takes new, old or title");
        bad = true;
    }
    if (bad)
        goto out;
    code = 1;
    if (!(db = ls_cli_open_db(&cli)) || (f.user_id = ls_cli_user_id(db, &cli)) < 0)
        goto out;
    if (json) {
        json_t *v = ls_links_json(db, &f);
        if (!v) {
            ls_cli_error("list: %s", ls_db_errmsg(db));
            goto out;
        }
        code = ls_cli_print_json(v);
        goto out;
    }
    ls_link_list l = {0};
    int rc = ls_link_list_query(db, &f, &l);
    if (rc != LS_OK) {
        ls_cli_error("list: %s", rc == LS_EINVAL ? "invalid tag" : ls_strerror(rc));
        goto out;
    }
    for (size_t k = 0; k < l.n; k++) {
        const ls_link *x = &l.items[k];
        printf("%lld\t%s\t%s\t%s\n", (long long)x->id, x->last_status ? x->last_status : "-",
               x->display_title ? x->display_title : "(untitled)", x->url);
    }
    if ((int64_t)l.n < l.total)
        fprintf(stderr, "%zu of %lld links shown (use --limit/--offset)\n", l.n,
                (long long)l.total);
    ls_link_list_release(&l);
    code = 0;
out:
    ls_db_close(db);
    free(tags);
    return code;
}
