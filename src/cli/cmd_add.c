/* linksnap add URL [--tag TAG]... [--note TEXT] [--title TEXT] [--no-capture] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/common.h"
#include "net/url.h"
#include "store/links.h"
#include "store/tags.h"
#include "util/err.h"

static const char usage[] =
    "usage: linksnap add URL [--tag TAG]... [--note TEXT] [--title TEXT] [--no-capture]\n"
    "Creates the link (the same URL after normalisation is one link) and\n"
    "captures it now. Prints the link id and the capture's outcome; exits 0\n"
    "when the capture succeeded. A failed capture keeps the link with a failed\n"
    "snapshot that records why. Tags nest with '/': 工业互联网/边缘计算.\n";

typedef struct {
    const char *url, *note, *title;
    const char **tags;
    size_t ntags;
    bool capture;
} add_args;

static int parse(int argc, char **argv, ls_cli *cli, add_args *a)
{
    bool bad = false;
    const char *tag = NULL;
    for (int i = 1; i < argc && !bad; i++) {
        if (ls_cli_opt_value(argc, argv, &i, "--tag", &tag, &bad)) {
            if (!bad)
                a->tags[a->ntags++] = tag;
        } else if (ls_cli_opt_value(argc, argv, &i, "--note", &a->note, &bad)
                   || ls_cli_opt_value(argc, argv, &i, "--title", &a->title, &bad)
                   || ls_cli_global_opt(argc, argv, &i, cli, &bad)) {
        } else if (!strcmp(argv[i], "--no-capture")) {
            a->capture = false;
        } else if (!a->url && (argv[i][0] != '-' || !argv[i][1])) {
            a->url = argv[i];
        } else {
            ls_cli_error("add: unexpected argument '%s'", argv[i]);
            bad = true;
        }
    }
    if (!bad && !a->url) {
        ls_cli_usage_error("add", "missing URL");
        bad = true;
    }
    return bad ? 2 : 0;
}

/* Link and tags in one transaction, so a bad tag adds nothing. */
static int create_link(ls_db *db, int64_t uid, const add_args *a, const char *norm,
                       int64_t *id)
{
    bool created = false;
    int rc = ls_db_begin(db);
    if (rc == LS_OK)
        rc = ls_link_add(db, uid, norm, norm, a->title, a->note, id, &created);
    if (rc == LS_OK && a->ntags)
        rc = ls_tag_link_add(db, uid, *id, a->tags, a->ntags);
    if (rc == LS_OK)
        rc = ls_db_commit(db);
    else
        ls_db_rollback(db);
    if (rc != LS_OK)
        ls_cli_error("add: cannot store the link: %s", ls_strerror(rc));
    else
        printf("link %lld%s\n", (long long)*id, created ? "" : " (already saved)");
    return rc;
}

int cmd_add(int argc, char **argv, const ls_cli *cli_in)
{
    ls_cli cli = *cli_in;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    add_args a = {.capture = true};
    a.tags = calloc((size_t)argc, sizeof *a.tags);
    if (!a.tags)
        return 1;
    char *norm = NULL, err[256];
    ls_db *db = NULL;
    int code = parse(argc, argv, &cli, &a);
    if (code)
        goto out;
    code = 2;
    if (ls_url_normalize(a.url, LS_URL_GUESS_SCHEME, &norm, err, sizeof err) != LS_OK) {
        ls_cli_error("add: %s", err);
        goto out;
    }
    for (size_t i = 0; i < a.ntags; i++) {
        char *t = NULL;
        if (ls_tag_normalize(a.tags[i], &t, err, sizeof err) != LS_OK) {
            ls_cli_error("add: tag '%s': %s", a.tags[i], err);
            goto out;
        }
        free(t);
    }
    code = 1;
    if (!(db = ls_cli_open_db(&cli)))
        goto out;
    int64_t uid = ls_cli_user_id(db, &cli), id = 0;
    if (uid < 0 || create_link(db, uid, &a, norm, &id) != LS_OK)
        goto out;
    fflush(stdout);
    code = a.capture ? ls_cli_capture_now(db, &cli, id) : 0;
out:
    ls_db_close(db);
    free(norm);
    free(a.tags);
    return code;
}
