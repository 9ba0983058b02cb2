/* linksnap open ID [--snapshot SID] --format raw|single|reader|warc [-o FILE] */
#include <stdio.h>
#include <string.h>

#include "cli/common.h"
#include "store/blob.h"
#include "store/snapshots.h"
#include "util/err.h"
#include "util/fs.h"

static const char usage[] =
    "usage: linksnap open ID [--snapshot SID] --format raw|single|reader|warc [-o FILE]\n"
    "Writes a stored file of a link's snapshot (the newest finished one unless\n"
    "--snapshot is given) to FILE, or to standard output.\n"
    "  raw     the response body as the server sent it (headers: --format headers)\n"
    "  single  the self-contained single-file HTML copy\n"
    "  reader  the reader article as HTML\n"
    "  warc    the WARC/1.1 archive (.warc.gz)\n";

#define OPEN_MAX_BYTES ((size_t)2 << 30)

static const char *blob_of(const ls_snapshot *s, const char *format)
{
    if (!strcmp(format, "raw")) return s->raw_blob;
    if (!strcmp(format, "headers")) return s->headers_blob;
    if (!strcmp(format, "single")) return s->single_blob;
    if (!strcmp(format, "reader")) return s->reader_blob;
    if (!strcmp(format, "warc")) return s->warc_blob;
    return NULL;
}

static int write_out(const ls_buf *b, const char *path)
{
    if (path) {
        if (ls_write_file_atomic(path, b->data, b->len, false) != LS_OK) {
            ls_cli_error("open: cannot write '%s'", path);
            return 1;
        }
        return 0;
    }
    if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len)
        return 1;
    return fflush(stdout) ? 1 : 0;
}

/* Finds the snapshot: the given one (checked to belong to the link), or the
 * newest done one. */
static int pick(ls_db *db, int64_t uid, int64_t link, int64_t sid, ls_snapshot *s)
{
    if (!sid)
        return ls_snapshot_latest_done(db, uid, link, s);
    int rc = ls_snapshot_get(db, uid, sid, s);
    if (rc == LS_OK && s->link_id != link) {
        ls_snapshot_release(s);
        rc = LS_ENOTFOUND;
    }
    return rc;
}

int cmd_open(int argc, char **argv, const ls_cli *cli_in)
{
    ls_cli cli = *cli_in;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    const char *id_s = NULL, *sid_s = NULL, *format = NULL, *out = NULL;
    bool bad = false;
    for (int i = 1; i < argc && !bad; i++) {
        if (ls_cli_opt_value(argc, argv, &i, "--snapshot", &sid_s, &bad)
            || ls_cli_opt_value(argc, argv, &i, "--format", &format, &bad)
            || ls_cli_opt_value(argc, argv, &i, "-o", &out, &bad)
            || ls_cli_opt_value(argc, argv, &i, "--output", &out, &bad)
            || ls_cli_global_opt(argc, argv, &i, &cli, &bad)) {
        } else if (!id_s && argv[i][0] != '-') {
            id_s = argv[i];
        } else {
            ls_cli_error("open: unexpected argument '%s'", argv[i]);
            bad = true;
        }
    }
    if (bad || !id_s || !format) {
        if (!bad)
            ls_cli_usage_error("open", !id_s ? "missing link ID" : "missing --format");
        return 2;
    }
    if (strcmp(format, "raw") && strcmp(format, "headers") && strcmp(format, "single")
        && strcmp(format, "reader") && strcmp(format, "warc")) {
        ls_cli_error("open: unknown format '%s' (raw, single, reader or warc)", format);
        return 2;
    }
    int64_t id = ls_cli_parse_id(id_s, "link id");
    int64_t sid = sid_s ? ls_cli_parse_id(sid_s, "snapshot id") : 0;
    if (id < 0 || sid < 0)
        return 2;
    ls_db *db = ls_cli_open_db(&cli);
    if (!db)
        return 1;
    int code = 1;
    ls_snapshot s = {0};
    ls_buf b;
    ls_buf_init(&b, OPEN_MAX_BYTES);
    int64_t uid = ls_cli_user_id(db, &cli);
    if (uid < 0)
        goto done;
    int rc = pick(db, uid, id, sid, &s);
    if (rc != LS_OK) {
        ls_cli_error(sid ? "open: link %lld has no snapshot %lld"
                         : "open: link %lld has no finished snapshot%.0lld",
                     (long long)id, (long long)sid);
        goto done;
    }
    const char *hash = blob_of(&s, format);
    if (!hash) {
        ls_cli_error("open: snapshot %lld has no %s file (status %s)", (long long)s.id, format,
                     s.status ? s.status : "?");
        goto done;
    }
    rc = ls_blob_get(db, hash, &b);
    if (rc != LS_OK) {
        ls_cli_error("open: cannot read the %s file: %s", format, ls_strerror(rc));
        goto done;
    }
    code = write_out(&b, out);
done:
    ls_buf_release(&b);
    ls_snapshot_release(&s);
    ls_db_close(db);
    return code;
}
