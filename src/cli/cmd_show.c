/* linksnap show ID [--json] */
#include <stdio.h>
#include <string.h>

#include "cli/common.h"
#include "store/view.h"
#include "util/err.h"

static const char usage[] =
    "usage: linksnap show ID [--json]\n"
    "Shows a link with its tags and every snapshot, newest first.\n";

static const char *jstr(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

static void print_text(json_t *v)
{
    printf("link %lld  %s\n", (long long)json_integer_value(json_object_get(v, "id")),
           jstr(v, "url"));
    printf("title:   %s\n", jstr(v, "title"));
    if (*jstr(v, "note"))
        printf("note:    %s\n", jstr(v, "note"));
    printf("created: %s\n", jstr(v, "created"));
    json_t *tags = json_object_get(v, "tags"), *t;
    size_t i;
    printf("tags:   ");
    json_array_foreach(tags, i, t) printf(" %s", json_string_value(t));
    printf("\n");
    json_t *s;
    json_array_foreach(json_object_get(v, "snapshots"), i, s) {
        printf("\nsnapshot %lld  %s  %s", (long long)json_integer_value(json_object_get(s, "id")),
               jstr(s, "status"), jstr(s, "created"));
        json_int_t hs = json_integer_value(json_object_get(s, "http_status"));
        if (hs)
            printf("  HTTP %lld", (long long)hs);
        printf("\n");
        static const char *fields[] = {"final_url", "title", "source", "byline",
                                       "published", "site_name", "lang", "error"};
        for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
            if (*jstr(s, fields[k]))
                printf("  %-10s %s\n", fields[k], jstr(s, fields[k]));
    }
}

int cmd_show(int argc, char **argv, const ls_cli *cli_in)
{
    ls_cli cli = *cli_in;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    bool json = false;
    int64_t id = 0;
    if (ls_cli_link_arg(argc, argv, &cli, &json, &id))
        return 2;
    ls_db *db = ls_cli_open_db(&cli);
    if (!db)
        return 1;
    int code = 1;
    int64_t uid = ls_cli_user_id(db, &cli);
    if (uid < 0)
        goto out;
    json_t *v = ls_link_json(db, uid, id);
    if (!v) {
        ls_cli_error("show: no link %lld", (long long)id);
        goto out;
    }
    if (json) {
        code = ls_cli_print_json(v);
    } else {
        print_text(v);
        json_decref(v);
        code = 0;
    }
out:
    ls_db_close(db);
    return code;
}
