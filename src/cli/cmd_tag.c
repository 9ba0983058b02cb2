/*
 * linksnap tag add LINK TAG... | rm LINK TAG... | list [--json]
 *              | rename OLD NEW | merge FROM... INTO | delete TAG
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/common.h"
#include "store/tags.h"
#include "store/view.h"
#include "util/err.h"

static const char usage[] =
    "usage: linksnap tag add LINK TAG...     tag a link (creates missing tags)\n"
    "       linksnap tag rm LINK TAG...      remove tags from a link\n"
    "       linksnap tag list [--json]       the tag tree with link counts\n"
    "       linksnap tag rename OLD NEW      rename or move a tag with its children\n"
    "       linksnap tag merge FROM... INTO  move FROM's links and children into INTO\n"
    "       linksnap tag delete TAG          delete a tag and its children\n"
    "Tags nest with '/': 工业互联网/边缘计算. A link under a child counts under its parent.\n";

static int report(int rc, const char *what)
{
    if (rc == LS_OK)
        return 0;
    const char *why = rc == LS_ENOTFOUND ? "not found"
                    : rc == LS_EEXIST    ? "the new name already exists"
                    : rc == LS_EINVAL    ? "invalid tag name or move"
                                         : ls_strerror(rc);
    ls_cli_error("tag %s: %s", what, why);
    return 1;
}

static int tag_list(ls_db *db, int64_t uid, bool json)
{
    if (json)
        return ls_cli_print_json(ls_tags_json(db, uid));
    ls_tag_tree t = {0};
    int rc = ls_tag_tree_get(db, uid, &t);
    if (rc != LS_OK)
        return report(rc, "list");
    for (size_t i = 0; i < t.n; i++)
        printf("%*s%s (%lld)\n", t.items[i].depth * 2, "", t.items[i].name,
               (long long)t.items[i].total_count);
    ls_tag_tree_release(&t);
    return 0;
}

/* Checks each tag argument up front so a bad one changes nothing. */
static int check_paths(char **paths, int n)
{
    for (int i = 0; i < n; i++) {
        char *norm = NULL, err[160];
        if (ls_tag_normalize(paths[i], &norm, err, sizeof err) != LS_OK) {
            ls_cli_error("tag '%s': %s", paths[i], err);
            return 2;
        }
        free(norm);
    }
    return 0;
}

static int run(ls_db *db, int64_t uid, const char *verb, char **args, int n, bool json)
{
    if (!strcmp(verb, "list") && n == 0)
        return tag_list(db, uid, json);
    if ((!strcmp(verb, "add") || !strcmp(verb, "rm")) && n >= 2) {
        int64_t link = ls_cli_parse_id(args[0], "link id");
        if (link < 0 || check_paths(args + 1, n - 1))
            return 2;
        const char *const *p = (const char *const *)(args + 1);
        int rc = !strcmp(verb, "add") ? ls_tag_link_add(db, uid, link, p, (size_t)(n - 1))
                                      : ls_tag_link_remove(db, uid, link, p, (size_t)(n - 1));
        return report(rc, verb);
    }
    if (!strcmp(verb, "rename") && n == 2)
        return check_paths(args, 2) ? 2 : report(ls_tag_rename(db, uid, args[0], args[1]), verb);
    if (!strcmp(verb, "merge") && n >= 2) {
        if (check_paths(args, n))
            return 2;
        return report(ls_tag_merge(db, uid, (const char *const *)args, (size_t)(n - 1),
                                   args[n - 1]), verb);
    }
    if (!strcmp(verb, "delete") && n == 1)
        return report(ls_tag_delete(db, uid, args[0]), verb);
    ls_cli_usage_error("tag", "wrong arguments");
    return 2;
}

/* The verb and its argument count, checked before the data folder is
 * opened (a typo must not create one). */
static bool verb_fits(const char *verb, int n)
{
    if (!strcmp(verb, "list"))
        return n == 0;
    if (!strcmp(verb, "add") || !strcmp(verb, "rm") || !strcmp(verb, "merge"))
        return n >= 2;
    if (!strcmp(verb, "rename"))
        return n == 2;
    if (!strcmp(verb, "delete"))
        return n == 1;
    return false;
}

int cmd_tag(int argc, char **argv, const ls_cli *cli_in)
{
    ls_cli cli = *cli_in;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    if (argc < 2) {
        ls_cli_usage_error("tag", "missing add, rm, list, rename, merge or delete");
        return 2;
    }
    char **args = calloc((size_t)argc, sizeof *args);
    if (!args)
        return 1;
    int n = 0;
    bool json = false, bad = false;
    for (int i = 2; i < argc && !bad; i++) {
        if (!strcmp(argv[i], "--json"))
            json = true;
        else if (!strcmp(argv[i], "--"))
            while (++i < argc)
                args[n++] = argv[i];
        else if (ls_cli_global_opt(argc, argv, &i, &cli, &bad)) {
        } else
            args[n++] = argv[i];
    }
    int code = 2;
    ls_db *db = NULL;
    if (bad)
        goto out;
    if (!verb_fits(argv[1], n)) {
        ls_cli_usage_error("tag", "wrong arguments");
        goto out;
    }
    code = 1;
    if (!(db = ls_cli_open_db(&cli)))
        goto out;
    int64_t uid = ls_cli_user_id(db, &cli);
    if (uid >= 0)
        code = run(db, uid, argv[1], args, n, json);
out:
    ls_db_close(db);
    free(args);
    return code;
}
