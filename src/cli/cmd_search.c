/*
 * cmd_search.c - `linksnap search QUERY [--json] [--page N] [--per-page N]
 * [--all] [--newest]`: full-text search over the saved snapshots (query
 * language in store/search_query.h). Owned by the search layer.
 *
 * Plain output: one hit per two lines, "id<TAB>title<TAB>url" then the
 * snippet indented, matches shown as [ ]; a count line on stderr. --json
 * prints {query, total, page, per_page, results:[...]} where title_html and
 * snippet_html are HTML-escaped with <mark> around matches and title and
 * snippet are the plain text. Words after the query that are not options
 * join it, so `search 智能 -广告` works; `--` ends the options.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/common.h"
#include "store/db.h"
#include "store/search.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/timeutil.h"

static const char usage[] =
    "usage: linksnap search QUERY... [--json] [--page N] [--per-page N] [--all] [--newest]\n"
    "Finds saved pages by their words, Chinese included. QUERY: words (all must\n"
    "match), \"a phrase\", -exclude, a OR b, prefix*, tag:X (and X/...), site:host,\n"
    "lang:zh, after:YYYY-MM-DD, before:YYYY-MM-DD, is:failed.\n"
    "  --all      every capture of a link, not only the latest\n"
    "  --newest   newest first instead of by relevance\n";

typedef struct args {
    ls_cli cli;
    ls_buf query;
    bool json;
    ls_search_opts opts;
} args;

static bool parse_int(const char *s, const char *what, int *out)
{
    char *end = NULL;
    errno = 0;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || !*s || *end || errno || v < 1 || v > 1000000) {
        ls_cli_error("search: %s must be a positive number", what);
        return false;
    }
    *out = (int)v;
    return true;
}

/* --opt VALUE or --opt=VALUE; *val is NULL after a missing value. */
static bool opt_value(int argc, char **argv, int *i, const char *opt, const char **val)
{
    size_t n = strlen(opt);
    if (strncmp(argv[*i], opt, n) != 0 || (argv[*i][n] && argv[*i][n] != '='))
        return false;
    *val = argv[*i][n] == '=' ? argv[*i] + n + 1 : *i + 1 < argc ? argv[++*i] : NULL;
    if (!*val)
        ls_cli_error("search: %s needs a value", opt);
    return true;
}

/* Returns 0 when the arguments are good, else the exit code (2). */
static int parse_args(int argc, char **argv, args *a)
{
    bool opts_done = false;
    for (int i = 1; i < argc; i++) {
        const char *v = NULL, *arg = argv[i];
        if (opts_done || strncmp(arg, "--", 2) != 0) {
            ls_buf_adds(&a->query, a->query.len ? " " : "");
            ls_buf_adds(&a->query, arg);
        } else if (!strcmp(arg, "--")) {
            opts_done = true;
        } else if (!strcmp(arg, "--json")) {
            a->json = true;
        } else if (!strcmp(arg, "--all")) {
            a->opts.all_captures = true;
        } else if (!strcmp(arg, "--newest")) {
            a->opts.newest_first = true;
        } else if (!strcmp(arg, "--allow-private")) {
            a->cli.allow_private = true;
        } else if (opt_value(argc, argv, &i, "--page", &v)) {
            if (!v || !parse_int(v, "--page", &a->opts.page))
                return 2;
        } else if (opt_value(argc, argv, &i, "--per-page", &v)) {
            if (!v || !parse_int(v, "--per-page", &a->opts.per_page))
                return 2;
        } else if (opt_value(argc, argv, &i, "--data", &v)
                   || opt_value(argc, argv, &i, "--user", &v)) {
            if (!v)
                return 2;
            *(arg[2] == 'd' ? &a->cli.data_dir : &a->cli.user) = v;
        } else {
            ls_cli_error("search: unknown option '%s' (see linksnap search --help)", arg);
            return 2;
        }
    }
    if (a->query.err) {
        ls_cli_error("search: the query is too long");
        return 2;
    }
    if (!a->query.len) {
        fputs(usage, stderr);
        return 2;
    }
    return 0;
}

static json_t *hit_json(const ls_search_hit *h)
{
    char when[32];
    ls_iso8601_utc(h->created, when, sizeof when);
    char *th = ls_search_marks_to_html(h->title_hl);
    char *sh = ls_search_marks_to_html(h->snippet);
    char *tp = ls_search_marks_replace(h->title_hl, "", "");
    char *sp = ls_search_marks_replace(h->snippet, "", "");
    json_t *o = NULL;
    if (th && sh && tp && sp)
        o = json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "link_id",
                      (json_int_t)h->link_id, "snapshot_id", (json_int_t)h->snapshot_id,
                      "title", tp, "title_html", th, "url", h->url, "site", h->site,
                      "status", h->status, "created", when, "snippet", sp,
                      "snippet_html", sh);
    free(th);
    free(sh);
    free(tp);
    free(sp);
    return o;
}

static int print_json(const char *query, const ls_search_results *r)
{
    json_t *arr = json_array();
    for (size_t i = 0; arr && i < r->n; i++) {
        json_t *h = hit_json(&r->hits[i]);
        if (!h || json_array_append_new(arr, h) != 0) {
            json_decref(arr);
            arr = NULL;
        }
    }
    json_t *o = arr ? json_pack("{s:s, s:I, s:i, s:i, s:o}", "query", query, "total",
                                (json_int_t)r->total, "page", r->page, "per_page",
                                r->per_page, "results", arr)
                    : NULL;
    if (!o)
        return 1;
    int rc = json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0
        && fputc('\n', stdout) != EOF;
    json_decref(o);
    return rc ? 0 : 1;
}

static int print_plain(const ls_search_results *r)
{
    for (size_t i = 0; i < r->n; i++) {
        const ls_search_hit *h = &r->hits[i];
        char *t = ls_search_marks_replace(h->title_hl, "[", "]");
        char *s = ls_search_marks_replace(h->snippet, "[", "]");
        if (!t || !s) {
            free(t);
            free(s);
            return 1;
        }
        /* one line each: newlines inside the snippet become spaces */
        for (char *p = s; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
                *p = ' ';
        printf("%lld\t%s\t%s\n    %s\n", (long long)h->link_id, *t ? t : "(untitled)", h->url,
               s);
        free(t);
        free(s);
    }
    fprintf(stderr, "%zu of %lld results (page %d)\n", r->n, (long long)r->total, r->page);
    return 0;
}

int cmd_search(int argc, char **argv, const ls_cli *cli)
{
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    args a = {.cli = *cli};
    ls_buf_init(&a.query, 64 * 1024);
    ls_db *db = NULL;
    ls_search_results r = {0};
    char err[256] = "";
    int64_t uid;
    int code = parse_args(argc, argv, &a);
    if (code)
        goto out;
    code = 1;
    /* ls_db_open() sets the index up (ls_search_conn_init()); creating it
     * here instead would leave connections opened elsewhere without the
     * tokenizer its triggers need. */
    int rc = ls_db_open(a.cli.data_dir, &db);
    if (rc != LS_OK) {
        ls_cli_error("cannot open %s: %s", a.cli.data_dir, db ? ls_db_errmsg(db) : ls_strerror(rc));
        goto out;
    }
    if ((uid = ls_cli_user_id(db, &a.cli)) < 0)
        goto out;
    rc = ls_search_run(db, uid, a.query.data, &a.opts, &r, err, sizeof err);
    if (rc == LS_EDB && strstr(err, "search_fts")) {
        ls_cli_error("search: this database has no search index yet (%s)", err);
        goto out;
    }
    if (rc != LS_OK) {
        ls_cli_error("search: %s", *err ? err : ls_strerror(rc));
        code = rc == LS_EINVAL ? 2 : 1;
        goto out;
    }
    code = a.json ? print_json(a.query.data, &r) : print_plain(&r);
out:
    ls_search_results_release(&r);
    ls_db_close(db);
    ls_buf_release(&a.query);
    return code;
}
