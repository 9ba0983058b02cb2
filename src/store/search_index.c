/*
 * search_index.c - the search index: per-connection registration, the
 * search_fts table, the search_src view it is filled from and the triggers
 * that keep it in step with the store (contract in search.h). Owned by the
 * search layer.
 *
 * Why triggers: every path that changes what a snapshot's row must hold
 * (capture, re-capture, title edit, tagging, tag rename/merge/delete,
 * foreign-key cascades on link or user deletion) then updates the index in
 * the same transaction, without the store's code having to remember it.
 * Every trigger recomputes whole rows from search_src, so one definition of
 * "what is indexed" exists.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "store/fts_tokenizer.h"
#include "store/search.h"
#include "store/search_int.h"
#include "util/err.h"

/* Bump the version when the table, view or triggers change: conn_init
 * then drops the old generation and rebuilds the index. */
#define SEARCH_SCHEMA_MARK "search_v5_snap_ins"

#define COLS "title, text, url, site, source, tags, meta"

#define REINDEX_LINK(x)                                                              \
    "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM snapshots WHERE link_id = " x \
    ");"                                                                              \
    "INSERT INTO search_fts(rowid, " COLS ") SELECT id, " COLS                         \
    " FROM search_src WHERE link_id = " x ";"

/* The rows a change of snapshot x of link l can alter: x itself, and the
 * two newest done and two newest finished captures of the link (the
 * latest-capture flags of meta move only among those); every other row of
 * the link stays as it is, so a link captured many times is not indexed
 * again in full at each capture. */
#define TOUCHED(l, x)                                                                \
    "(rowid = " x " OR rowid IN (SELECT id FROM snapshots WHERE link_id = " l           \
    " AND status = 'done' ORDER BY id DESC LIMIT 2) OR rowid IN (SELECT id FROM"        \
    " snapshots WHERE link_id = " l " AND status IN ('done', 'failed')"                 \
    " ORDER BY id DESC LIMIT 2))"
#define REINDEX_SNAP(l, x)                                                           \
    "DELETE FROM search_fts WHERE " TOUCHED(l, x) ";"                                  \
    "INSERT INTO search_fts(rowid, " COLS ") SELECT id, " COLS " FROM search_src"       \
    " WHERE link_id = " l " AND id IN (SELECT id FROM snapshots WHERE link_id = " l     \
    " AND " TOUCHED(l, x) ");"

/* Content columns never start with 0x1E (ltrim), so only meta yields index
 * tokens (fts_tokenizer.h): u<user>; o on a done capture that is not the
 * link's latest done one; f on a failed capture, with x<user> when it is the
 * link's latest finished one; g<tag id> for each tag and ancestor; l<lang>.
 * The common scope (the latest done capture) is "NOT o NOT f": rare tokens,
 * cheap to subtract, where a token in every row would cost a full
 * intersection with each query. */
static const char view_sql[] =
    "CREATE VIEW search_src AS"
    " SELECT s.id AS id, s.link_id AS link_id,"
    "  ltrim(COALESCE(NULLIF(l.title, ''), s.title, ''), char(30)) AS title,"
    "  ltrim(COALESCE(CASE WHEN s.status = 'done' THEN s.text ELSE s.error END, ''),"
    "   char(30)) AS text,"
    "  ltrim(l.url || CASE WHEN s.final_url IS NOT NULL AND s.final_url <> l.url"
    "   THEN ' ' || s.final_url ELSE '' END, char(30)) AS url,"
    "  ltrim(TRIM(ls_search_host(l.url) || ' ' || COALESCE(s.site_name, '')), char(30)) AS site,"
    "  ltrim(TRIM(COALESCE(s.source, '') || ' ' || COALESCE(s.byline, '')), char(30)) AS source,"
    "  ltrim(COALESCE((SELECT group_concat(t.path, ' ') FROM link_tags lt"
    "   JOIN tags t ON t.id = lt.tag_id WHERE lt.link_id = s.link_id), ''), char(30)) AS tags,"
    "  char(30) || 'u' || l.user_id || CASE WHEN s.status = 'done' THEN"
    "   CASE WHEN s.id = (SELECT max(x.id) FROM snapshots x"
    "    WHERE x.link_id = s.link_id AND x.status = 'done') THEN '' ELSE ' o' END"
    "   ELSE ' f' || CASE WHEN s.id = (SELECT max(x.id) FROM snapshots x"
    "    WHERE x.link_id = s.link_id AND x.status IN ('done', 'failed'))"
    "    THEN ' x' || l.user_id ELSE '' END END"
    "  || COALESCE((SELECT ' ' || group_concat('g' || a.id, ' ') FROM link_tags lt"
    "   JOIN tags t ON t.id = lt.tag_id JOIN tags a ON a.user_id = t.user_id"
    "   AND (a.id = t.id OR (t.path > a.path || '/' AND t.path < a.path || '0'))"
    "   WHERE lt.link_id = s.link_id), '')"
    "  || COALESCE(' ' || ls_search_lang(s.lang), '') AS meta"
    " FROM snapshots s JOIN links l ON l.id = s.link_id"
    " WHERE s.status IN ('done', 'failed');";

/* Every change re-derives the rows of the whole link: which capture is the
 * latest, and the tags, are properties of the link. */
static const char trigger_sql[] =
    "CREATE TRIGGER search_v5_snap_ins AFTER INSERT ON snapshots"
    " WHEN new.status IN ('done', 'failed') BEGIN " REINDEX_SNAP("new.link_id", "new.id") " END;"
    "CREATE TRIGGER search_v5_snap_upd AFTER UPDATE OF status, title, text, error,"
    " final_url, site_name, source, byline, lang, link_id ON snapshots"
    " WHEN (old.status IN ('done', 'failed') OR new.status IN ('done', 'failed'))"
    " AND old.link_id = new.link_id BEGIN " REINDEX_SNAP("new.link_id", "new.id") " END;"
    "CREATE TRIGGER search_v5_snap_move AFTER UPDATE OF link_id ON snapshots"
    " WHEN old.link_id <> new.link_id BEGIN " REINDEX_LINK("old.link_id")
    REINDEX_LINK("new.link_id") " END;"
    "CREATE TRIGGER search_v5_snap_del AFTER DELETE ON snapshots BEGIN"
    " DELETE FROM search_fts WHERE rowid = old.id; " REINDEX_SNAP("old.link_id", "old.id")
    " END;"
    "CREATE TRIGGER search_v5_link_upd AFTER UPDATE OF title, url, user_id ON links BEGIN "
    REINDEX_LINK("new.id") " END;"
    "CREATE TRIGGER search_v5_lt_ins AFTER INSERT ON link_tags BEGIN "
    REINDEX_LINK("new.link_id") " END;"
    "CREATE TRIGGER search_v5_lt_del AFTER DELETE ON link_tags BEGIN "
    REINDEX_LINK("old.link_id") " END;"
    "CREATE TRIGGER search_v5_lt_upd AFTER UPDATE ON link_tags BEGIN "
    REINDEX_LINK("old.link_id") REINDEX_LINK("new.link_id") " END;"
    "CREATE TRIGGER search_v5_tag_upd AFTER UPDATE OF path ON tags"
    " WHEN old.path IS NOT new.path BEGIN"
    " DELETE FROM search_fts WHERE rowid IN (SELECT s.id FROM snapshots s"
    "  JOIN link_tags lt ON lt.link_id = s.link_id WHERE lt.tag_id = new.id);"
    " INSERT INTO search_fts(rowid, " COLS ") SELECT id, " COLS " FROM search_src"
    "  WHERE link_id IN (SELECT link_id FROM link_tags WHERE tag_id = new.id); END;";

/* Every generation's objects, dropped before creating the current one. */
static const char drop_sql[] =
    "DROP TABLE IF EXISTS search_fts; DROP VIEW IF EXISTS search_src;"
    "DROP TRIGGER IF EXISTS search_v1_snap_ins; DROP TRIGGER IF EXISTS search_v1_snap_upd;"
    "DROP TRIGGER IF EXISTS search_v1_snap_del; DROP TRIGGER IF EXISTS search_v1_link_upd;"
    "DROP TRIGGER IF EXISTS search_v1_lt_ins; DROP TRIGGER IF EXISTS search_v1_lt_del;"
    "DROP TRIGGER IF EXISTS search_v1_lt_upd; DROP TRIGGER IF EXISTS search_v1_tag_upd;"
    "DROP TRIGGER IF EXISTS search_v2_snap_ins; DROP TRIGGER IF EXISTS search_v2_snap_upd;"
    "DROP TRIGGER IF EXISTS search_v2_snap_move; DROP TRIGGER IF EXISTS search_v2_snap_del;"
    "DROP TRIGGER IF EXISTS search_v2_link_upd; DROP TRIGGER IF EXISTS search_v2_lt_ins;"
    "DROP TRIGGER IF EXISTS search_v2_lt_del; DROP TRIGGER IF EXISTS search_v2_lt_upd;"
    "DROP TRIGGER IF EXISTS search_v2_tag_upd;"
    "DROP TRIGGER IF EXISTS search_v3_snap_ins; DROP TRIGGER IF EXISTS search_v3_snap_upd;"
    "DROP TRIGGER IF EXISTS search_v3_snap_move; DROP TRIGGER IF EXISTS search_v3_snap_del;"
    "DROP TRIGGER IF EXISTS search_v3_link_upd; DROP TRIGGER IF EXISTS search_v3_lt_ins;"
    "DROP TRIGGER IF EXISTS search_v3_lt_del; DROP TRIGGER IF EXISTS search_v3_lt_upd;"
    "DROP TRIGGER IF EXISTS search_v3_tag_upd;"
    "DROP TRIGGER IF EXISTS search_v4_snap_ins; DROP TRIGGER IF EXISTS search_v4_snap_upd;"
    "DROP TRIGGER IF EXISTS search_v4_snap_move; DROP TRIGGER IF EXISTS search_v4_snap_del;"
    "DROP TRIGGER IF EXISTS search_v4_link_upd; DROP TRIGGER IF EXISTS search_v4_lt_ins;"
    "DROP TRIGGER IF EXISTS search_v4_lt_del; DROP TRIGGER IF EXISTS search_v4_lt_upd;"
    "DROP TRIGGER IF EXISTS search_v4_tag_upd;"
    "DROP TRIGGER IF EXISTS search_v5_snap_ins; DROP TRIGGER IF EXISTS search_v5_snap_upd;"
    "DROP TRIGGER IF EXISTS search_v5_snap_move; DROP TRIGGER IF EXISTS search_v5_snap_del;"
    "DROP TRIGGER IF EXISTS search_v5_link_upd; DROP TRIGGER IF EXISTS search_v5_lt_ins;"
    "DROP TRIGGER IF EXISTS search_v5_lt_del; DROP TRIGGER IF EXISTS search_v5_lt_upd;"
    "DROP TRIGGER IF EXISTS search_v5_tag_upd;";

static const char table_sql[] =
    "CREATE VIRTUAL TABLE search_fts USING fts5(" COLS ", tokenize = 'linksnap');";

/* ls_search_host(url): the lowercased host of an absolute URL, without
 * user info or port; "" when there is none. */
static void host_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *u = (const char *)sqlite3_value_text(argv[0]);
    if (!u) {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        return;
    }
    const char *s = strstr(u, "://");
    s = s ? s + 3 : u;
    size_t n = strcspn(s, "/?#");
    const char *at = memchr(s, '@', n);
    while (at) {
        n -= (size_t)(at + 1 - s);
        s = at + 1;
        at = memchr(s, '@', n);
    }
    if (n && s[0] == '[') {
        const char *rb = memchr(s, ']', n);
        if (rb)
            n = (size_t)(rb + 1 - s);
    } else {
        const char *colon = memchr(s, ':', n);
        if (colon)
            n = (size_t)(colon - s);
    }
    char buf[256];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)s[i]);
    sqlite3_result_text(ctx, buf, (int)n, SQLITE_TRANSIENT);
}

/* ls_search_lang(lang): the meta tokens of a language tag, "zh-CN" ->
 * "lzh lzhcn", "en" -> "len"; NULL when there is none. */
static void lang_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *l = (const char *)sqlite3_value_text(argv[0]);
    char prim[20] = "l", full[40] = "l", out[64];
    size_t np = 1, nf = 1;
    bool in_prim = true;
    for (; l && *l && nf + 1 < sizeof full; l++) {
        char c = (char)tolower((unsigned char)*l);
        if (c == '-' || c == '_') {
            in_prim = false;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            full[nf++] = c;
            if (in_prim && np + 1 < sizeof prim)
                prim[np++] = c;
        }
    }
    prim[np] = full[nf] = '\0';
    if (np == 1) {
        sqlite3_result_null(ctx);
        return;
    }
    int n = nf > np ? snprintf(out, sizeof out, "%s %s", prim, full)
                    : snprintf(out, sizeof out, "%s", prim);
    sqlite3_result_text(ctx, out, n, SQLITE_TRANSIENT);
}

static int count_of(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    int n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
}

static const char fill_sql[] =
    "INSERT INTO search_fts(rowid, " COLS ") SELECT id, " COLS " FROM search_src;";

/* Creates what is missing, inside one write transaction (another process
 * may be doing the same; the check is repeated under the lock). */
static int ensure_schema(sqlite3 *db)
{
    bool own_tx = sqlite3_get_autocommit(db);
    if (sqlite3_exec(db, own_tx ? "BEGIN IMMEDIATE" : "SAVEPOINT search_init", NULL, NULL,
                     NULL) != SQLITE_OK)
        return LS_EDB;
    int rc = SQLITE_OK;
    int have_table = count_of(db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_fts'");
    int have_mark = count_of(db, "SELECT count(*) FROM sqlite_master WHERE name = '"
                                 SEARCH_SCHEMA_MARK "'");
    if (have_table < 0 || have_mark < 0)
        rc = SQLITE_ERROR;
    if (rc == SQLITE_OK && !(have_table && have_mark)) {
        rc = sqlite3_exec(db, drop_sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, table_sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, view_sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, trigger_sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, fill_sql, NULL, NULL, NULL);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, own_tx ? "COMMIT" : "RELEASE search_init", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        sqlite3_exec(db, own_tx ? "ROLLBACK" : "ROLLBACK TO search_init; RELEASE search_init",
                     NULL, NULL, NULL);
        return LS_EDB;
    }
    return LS_OK;
}

int ls_search_conn_init(sqlite3 *db)
{
    if (ls_fts_register(db) != LS_OK || search_rank_register(db) != SQLITE_OK)
        return LS_EDB;
    if (sqlite3_create_function(db, "ls_search_host", 1,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                host_fn, NULL, NULL) != SQLITE_OK
        || sqlite3_create_function(db, "ls_search_lang", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                   lang_fn, NULL, NULL) != SQLITE_OK)
        return LS_EDB;
    /* Before the store's first migration there is nothing to index yet;
     * the call after the migrations creates the index. */
    int tables = count_of(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name"
                              " IN ('snapshots', 'links', 'tags', 'link_tags')");
    if (tables < 0)
        return LS_EDB;
    if (tables < 4)
        return LS_OK;
    int ready = count_of(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('search_fts', '"
                             SEARCH_SCHEMA_MARK "')");
    return ready == 2 ? LS_OK : ensure_schema(db);
}

int ls_search_rebuild(sqlite3 *db)
{
    bool own_tx = sqlite3_get_autocommit(db);
    int rc = sqlite3_exec(db, own_tx ? "BEGIN IMMEDIATE" : "SAVEPOINT search_rebuild", NULL,
                          NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "DELETE FROM search_fts;", NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, fill_sql, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "INSERT INTO search_fts(search_fts) VALUES('optimize');", NULL,
                          NULL, NULL);
    if (rc == SQLITE_OK)
        return sqlite3_exec(db, own_tx ? "COMMIT" : "RELEASE search_rebuild", NULL, NULL, NULL)
            == SQLITE_OK ? LS_OK : LS_EDB;
    sqlite3_exec(db, own_tx ? "ROLLBACK" : "ROLLBACK TO search_rebuild; RELEASE search_rebuild",
                 NULL, NULL, NULL);
    return LS_EDB;
}
