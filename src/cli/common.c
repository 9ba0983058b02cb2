#include "cli/common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/users.h"
#include "util/err.h"

ls_db *ls_cli_open_db(const ls_cli *cli)
{
    ls_db *db = NULL;
    int rc = ls_db_open(cli->data_dir, &db);
    if (rc != LS_OK) {
        ls_cli_error("cannot open data folder '%s': %s", cli->data_dir, ls_strerror(rc));
        return NULL;
    }
    return db;
}

/* Without --user: the first administrator (lowest id) once accounts exist
 * (the first account adopted the local owner's links), else 'local'. */
static int64_t default_owner(ls_db *db)
{
    ls_user_list l = {0};
    int64_t id = LS_USER_LOCAL_ID;
    if (ls_user_list_all(db, &l) == LS_OK) {
        for (size_t i = 0; i < l.n; i++)
            if (l.items[i].is_admin && (id == LS_USER_LOCAL_ID || l.items[i].id < id))
                id = l.items[i].id;
    }
    ls_user_list_release(&l);
    return id;
}

int64_t ls_cli_user_id(ls_db *db, const ls_cli *cli)
{
    if (!cli->user)
        return default_owner(db);
    ls_user u = {0};
    int rc = ls_user_get_by_name(db, cli->user, &u);
    if (rc != LS_OK) {
        ls_cli_error("no user named '%s'", cli->user);
        return -1;
    }
    int64_t id = u.id;
    ls_user_release(&u);
    return id;
}

void ls_cli_usage_error(const char *cmd, const char *what)
{
    ls_cli_error("%s: %s (see linksnap %s --help)", cmd, what, cmd);
}

int64_t ls_cli_parse_id(const char *s, const char *what)
{
    char *end = NULL;
    errno = 0;
    long long v = s ? strtoll(s, &end, 10) : 0;
    if (!s || !*s || *end || errno || v <= 0) {
        ls_cli_error("invalid %s '%s' (expected a positive number)", what, s ? s : "");
        return -1;
    }
    return (int64_t)v;
}

int ls_cli_print_json(json_t *v)
{
    if (!v)
        return 1;
    char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(v);
    if (!s)
        return 1;
    int ok = puts(s) >= 0;
    free(s);
    return ok && fflush(stdout) == 0 ? 0 : 1;
}

bool ls_cli_opt_value(int argc, char **argv, int *i, const char *opt, const char **val,
                      bool *bad)
{
    const char *a = argv[*i];
    size_t n = strlen(opt);
    if (strncmp(a, opt, n) != 0)
        return false;
    if (a[n] == '=') {
        *val = a + n + 1;
        return true;
    }
    if (a[n] != '\0')
        return false;
    if (*i + 1 >= argc) {
        ls_cli_error("%s needs a value", opt);
        *bad = true;
        return true;
    }
    *val = argv[++*i];
    return true;
}

int ls_cli_link_arg(int argc, char **argv, ls_cli *cli, bool *json, int64_t *id)
{
    const char *id_s = NULL;
    bool bad = false;
    for (int i = 1; i < argc && !bad; i++) {
        if (json && !strcmp(argv[i], "--json")) {
            *json = true;
        } else if (ls_cli_global_opt(argc, argv, &i, cli, &bad)) {
        } else if (!id_s && argv[i][0] != '-') {
            id_s = argv[i];
        } else {
            ls_cli_error("%s: unexpected argument '%s'", argv[0], argv[i]);
            bad = true;
        }
    }
    if (bad)
        return 2;
    if (!id_s) {
        ls_cli_usage_error(argv[0], "missing link ID");
        return 2;
    }
    *id = ls_cli_parse_id(id_s, "link id");
    return *id < 0 ? 2 : 0;
}

bool ls_cli_global_opt(int argc, char **argv, int *i, ls_cli *cli, bool *bad)
{
    if (!strcmp(argv[*i], "--allow-private")) {
        cli->allow_private = true;
        return true;
    }
    return ls_cli_opt_value(argc, argv, i, "--data", &cli->data_dir, bad)
        || ls_cli_opt_value(argc, argv, i, "--user", &cli->user, bad);
}

#include "capture/capture.h"
#include "net/url.h"
#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"

/* Covers the page and asset time budgets of a capture with room to spare. */
#define CLI_LEASE_SECONDS 900

/* Snapshot and a job already running under this process, in one
 * transaction: if the process dies mid-capture, the job's lease runs out
 * (or `serve` recovers it at start, seeing this process gone) and the
 * capture runs again. */
static int start_job(ls_db *db, int64_t link_id, int64_t *sid, int64_t *jid)
{
    ls_link l = {0};
    char host[256] = "";
    if (ls_link_load(db, link_id, &l) == LS_OK && l.url)
        (void)ls_url_host(l.url, host, sizeof host);
    ls_link_release(&l);
    char worker[320];
    ls_job_worker_name(worker, sizeof worker, "cli", -1);
    int rc = ls_db_begin(db);
    if (rc != LS_OK)
        return rc;
    rc = ls_snapshot_create(db, link_id, sid);
    if (rc == LS_OK)
        rc = ls_job_enqueue(db, link_id, *sid, host, jid);
    if (rc == LS_OK)
        rc = ls_job_claim_id(db, *jid, worker, CLI_LEASE_SECONDS);
    if (rc == LS_OK)
        return ls_db_commit(db);
    ls_db_rollback(db);
    return rc;
}

int ls_cli_capture_now(ls_db *db, const ls_cli *cli, int64_t link_id)
{
    int64_t sid = 0, jid = 0;
    int rc = start_job(db, link_id, &sid, &jid);
    if (rc != LS_OK) {
        ls_cli_error("cannot create a snapshot: %s", ls_db_errmsg(db));
        return 1;
    }
    ls_capture_opts o;
    ls_capture_opts_default(&o);
    o.allow_private = cli->allow_private;
    ls_capture_result res;
    rc = ls_capture_run(db, sid, &o, &res);
    if (rc != LS_OK) {
        /* The failure is the answer to this command: not retried later. */
        if (ls_job_fail(db, jid, false, res.error, NULL) != LS_OK)
            ls_cli_error("cannot record the job's failure: %s", ls_db_errmsg(db));
        printf("snapshot %lld failed\n", (long long)sid);
        ls_cli_error("capture failed: %s", res.error);
        return 1;
    }
    if (ls_job_complete(db, jid) != LS_OK)
        ls_cli_error("cannot record the job's completion: %s", ls_db_errmsg(db));
    ls_snapshot s = {0};
    if (ls_snapshot_load(db, sid, &s) == LS_OK) {
        printf("snapshot %lld done (HTTP %ld): %s\n", (long long)sid, s.http_status,
               s.title ? s.title : "(untitled)");
        if (s.error && *s.error)
            printf("note: %s\n", s.error);
    }
    ls_snapshot_release(&s);
    return 0;
}
