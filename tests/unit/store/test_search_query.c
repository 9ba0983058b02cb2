/*
 * test_search_query.c - the query language: the MATCH strings it builds,
 * its errors, its filters run against a small in-memory schema, and hostile
 * input that must never make SQLite fail.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "store/fts_tokenizer.h"
#include "store/search_query.h"
#include "util/err.h"

static char errbuf[256];

/* The MATCH of q ("<none>" when NULL, "ERR:<message>" on error). */
static const char *match_of(const char *q)
{
    static char out[1024];
    ls_search_query sq;
    int rc = ls_search_query_parse(q, &sq, errbuf, sizeof errbuf);
    if (rc != LS_OK)
        snprintf(out, sizeof out, "ERR:%s", errbuf);
    else
        snprintf(out, sizeof out, "%s", sq.match ? sq.match : "<none>");
    ls_search_query_release(&sq);
    return out;
}

TEST(sq_words_phrases_prefix)
{
    CHECK_STR_EQ(match_of("智能 制造"), "(\"智能\") AND (\"制造\")");
    CHECK_STR_EQ(match_of("\"machine learning\""), "(\"machine learning\")");
    CHECK_STR_EQ(match_of("“智能 制造”"), "(\"智能 制造\")");
    CHECK_STR_EQ(match_of("intell*"), "(\"intell\" *)");
    CHECK_STR_EQ(match_of("\"deep lea\"*"), "(\"deep lea\" *)");
    CHECK_STR_EQ(match_of("a\"b"), "(\"a\"\"b\")");
    CHECK_STR_EQ(match_of("　人工智能　"), "(\"人工智能\")"); /* U+3000 around */
}

TEST(sq_or_and_exclusions)
{
    CHECK_STR_EQ(match_of("a OR b c"), "(\"a\" OR \"b\") AND (\"c\")");
    CHECK_STR_EQ(match_of("a OR b OR c"), "(\"a\" OR \"b\" OR \"c\")");
    CHECK_STR_EQ(match_of("a -b -\"c d\""), "(\"a\") NOT (\"b\" OR \"c d\")");
    CHECK_STR_EQ(match_of("OR a"), "(\"OR\") AND (\"a\")");
    CHECK_STR_EQ(match_of("a OR"), "(\"a\") AND (\"OR\")");
    CHECK_STR_EQ(match_of("a or b"), "(\"a\") AND (\"or\") AND (\"b\")");
    CHECK_STR_EQ(match_of("site:36kr.com 芯片"), "(site : \"36kr.com\") AND (\"芯片\")");
}

TEST(sq_fts_syntax_is_text)
{
    CHECK_STR_EQ(match_of("NEAR(a b)"), "(\"NEAR(a\") AND (\"b)\")");
    CHECK_STR_EQ(match_of("^title"), "(\"^title\")");
    CHECK_STR_EQ(match_of("title:x"), "(\"title:x\")");
    CHECK_STR_EQ(match_of("a*b"), "(\"a*b\")");
    CHECK_STR_EQ(match_of("'-- x"), "(\"x\")"); /* '-- has nothing to search */
}

TEST(sq_errors_are_clear)
{
    CHECK_CONTAINS(match_of("\"abc"), "ERR:unbalanced quote");
    CHECK_CONTAINS(match_of("tag:\"abc"), "ERR:unbalanced quote");
    CHECK_CONTAINS(match_of("x before:2024-13-01"), "ERR:before: needs a date");
    CHECK_CONTAINS(match_of("x after:2023-02-29"), "ERR:after: needs a date");
    CHECK_CONTAINS(match_of("x after:yesterday"), "ERR:after: needs a date");
    CHECK_CONTAINS(match_of("-foo -bar"), "ERR:the query only excludes");
    CHECK_CONTAINS(match_of(""), "ERR:nothing to search for");
    CHECK_CONTAINS(match_of("   "), "ERR:nothing to search for");
    CHECK_CONTAINS(match_of("%"), "ERR:nothing to search for");
    CHECK_CONTAINS(match_of("is:bogus"), "ERR:is: supports");
    CHECK_CONTAINS(match_of("tag:"), "ERR:tag: needs a value");
    CHECK_CONTAINS(match_of("lang:'; x"), "ERR:lang:");
    CHECK_CONTAINS(match_of("a\xff"), "ERR:the query is not valid UTF-8");
    char big[LS_SEARCH_QUERY_MAX + 10];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK_CONTAINS(match_of(big), "ERR:the query is too long");
    CHECK_CONTAINS(match_of("a b c d e f g h i j k l m n o p q r s t u v w x y z "
                            "1 2 3 4 5 6 7 8 9"), "ERR:too many terms");
}

TEST(sq_filters_are_values)
{
    ls_search_query q;
    CHECK_INT_EQ(ls_search_query_parse("tag:工业/AI lang:zh_CN after:2024-05-01 is:failed x "
                                       "-tag:\"a b\" before:2024-06-01 before:2024-05-20",
                                       &q, errbuf, sizeof errbuf), LS_OK);
    CHECK_INT_EQ(q.nfilters, 3);
    CHECK_INT_EQ(q.filters[0].kind, LS_SEARCH_FILTER_TAG);
    CHECK_STR_EQ(q.filters[0].value, "工业/AI");
    CHECK(!q.filters[0].neg);
    CHECK_INT_EQ(q.filters[1].kind, LS_SEARCH_FILTER_LANG);
    CHECK_STR_EQ(q.filters[1].value, "zh-cn");
    CHECK_STR_EQ(q.filters[2].value, "a b");
    CHECK(q.filters[2].neg);
    CHECK_INT_EQ(q.after, 1714521600);
    CHECK_INT_EQ(q.before, 1716163200); /* the earlier of the two */
    CHECK(q.failed);
    CHECK_STR_EQ(q.match, "(\"x\")");
    ls_search_query_release(&q);
    /* filters and exclusions without a word: no MATCH, an exclude set */
    CHECK_INT_EQ(ls_search_query_parse("tag:a -spam", &q, errbuf, sizeof errbuf), LS_OK);
    CHECK(q.match == NULL);
    CHECK_STR_EQ(q.exclude, "\"spam\"");
    ls_search_query_release(&q);
    /* a filter alone is a query */
    CHECK_INT_EQ(ls_search_query_parse("after:2020-01-01", &q, errbuf, sizeof errbuf), LS_OK);
    CHECK(q.match == NULL && q.exclude == NULL && q.after == 1577836800);
    ls_search_query_release(&q);
}

/* ---- MATCH strings against a real FTS5 table ---- */

static sqlite3 *mini_db(void)
{
    sqlite3 *db = NULL;
    sqlite3_open(":memory:", &db);
    CHECK_INT_EQ(ls_fts_register(db), 0);
    const char *sql =
        "CREATE VIRTUAL TABLE f USING fts5(title, text, url, site, source, tags, meta,"
        " tokenize='linksnap');"
        "INSERT INTO f(rowid, title, text, url, site, meta) VALUES"
        " (1, '智能制造', '人工智能助力智能制造', 'https://a.cn/1', 'a.cn', char(30) || 'k1'),"
        " (2, 'Edge computing', '5G技术与工业4.0 100% a_b', 'https://36kr.com/p', '36kr.com',"
        "  char(30) || 'k1'),"
        " (3, 'k1', 'NEAR 标题', 'https://b.cn', 'b.cn', char(30) || 'k2');";
    CHECK_INT_EQ(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    return db;
}

/* Runs q's MATCH the way search.c does (scoped by the index token of user
 * 1): "1,2", "ERR:<parse error>" or "SQL:<error>" (never allowed). */
static const char *run(sqlite3 *db, const char *q)
{
    static char out[512];
    ls_search_query sq;
    if (ls_search_query_parse(q, &sq, errbuf, sizeof errbuf) != LS_OK) {
        ls_search_query_release(&sq);
        snprintf(out, sizeof out, "ERR:%s", errbuf);
        return out;
    }
    char m[4096];
    if (sq.match)
        snprintf(m, sizeof m, "(%s) AND \"" LS_FTS_META "k1\"", sq.match);
    else if (sq.exclude)
        snprintf(m, sizeof m, "\"" LS_FTS_META "k1\" NOT (%s)", sq.exclude);
    else
        snprintf(m, sizeof m, "\"" LS_FTS_META "k1\"");
    ls_search_query_release(&sq);
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid", -1, &st,
                           NULL) != SQLITE_OK) {
        snprintf(out, sizeof out, "SQL:%s", sqlite3_errmsg(db));
        return out;
    }
    sqlite3_bind_text(st, 1, m, -1, SQLITE_TRANSIENT);
    size_t n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%d", n ? "," : "",
                              sqlite3_column_int(st, 0));
    if (rc != SQLITE_DONE)
        snprintf(out, sizeof out, "SQL:%s", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return out;
}

TEST(sq_runs_words)
{
    sqlite3 *db = mini_db();
    CHECK_STR_EQ(run(db, "智能"), "1");
    CHECK_STR_EQ(run(db, "智能制造"), "1");
    CHECK_STR_EQ(run(db, "制造智能"), "");
    CHECK_STR_EQ(run(db, "\"5G技术\""), "2");
    CHECK_STR_EQ(run(db, "工业4.0"), "2");
    CHECK_STR_EQ(run(db, "ＥＤＧＥ"), "2");
    CHECK_STR_EQ(run(db, "edg*"), "2");
    CHECK_STR_EQ(run(db, "智能 OR edge"), "1,2");
    CHECK_STR_EQ(run(db, "智能 -助力"), "");
    CHECK_STR_EQ(run(db, "site:36kr.com"), "2");
    CHECK_STR_EQ(run(db, "site:a.cn 智能"), "1");
    CHECK_STR_EQ(run(db, "-site:36kr.com"), "ERR:the query only excludes; add a word to search for");
    CHECK_STR_EQ(run(db, "tag:x -edge"), "1");
    /* the index's own tokens are out of reach of typed words */
    CHECK_STR_EQ(run(db, "k1"), "");
    CHECK_STR_EQ(run(db, "\x1ek1"), "");
    CHECK_STR_EQ(run(db, "\"\x1ek2\""), "");
    CHECK_STR_EQ(match_of("\"\x1ek2\""), "(\" k2\")");
    CHECK_STR_EQ(run(db, "100%"), "2");
    CHECK_STR_EQ(run(db, "a_b"), "2");
    CHECK_STR_EQ(run(db, "NEAR"), ""); /* row 3 is another user's */
    sqlite3_close(db);
}

TEST(sq_hostile_queries_never_fail_in_sqlite)
{
    static const char *const hostile[] = {
        "%", "_", "'--", "\"", "NEAR(", "*", "^", "\"unbalanced", "unbalanced\"",
        "'; DROP TABLE links; --", "a\" OR 1=1 --", "NEAR(a b, 2)", "a NOT b", "AND",
        "NOT", "(a", "a)", "{title}: x", "title: x", "^a", "a^", "***", "\"\"\"\"",
        "\"\"", "-\"\"", "- -", "--", "-", "a:", ":a", ":", "tag:%", "tag:_", "tag:'--",
        "site:%", "site:\"a\"\"b\"", "lang:zh'--", "before:2024-01-01' --", "OR OR OR",
        "a OR OR b", "a OR -b", "“", "”", "“a", "智能\"制造", "\\", "a\\\"b", "x*y*",
        "*x", "+a", "a + b", "col:val", "rank:1", "rowid:1", "is:failed -x", "\x01\x02",
        "ＮＥＡＲ（ａ", "％", "tag:\"\"", "site:", "a -", "-a OR b", "x tag:a/b/../c",
        "meta:u1", "{meta}: u1", "x) OR (meta : u2", "\") OR meta : \"u2", "\x1ek2",
        "\"\x1ek2\"", "标题 OR \x1ek2", "\") OR \"\x1ek2", "NEAR OR \"\x1e\"",
    };
    sqlite3 *db = mini_db();
    for (size_t i = 0; i < sizeof hostile / sizeof *hostile; i++) {
        const char *got = run(db, hostile[i]);
        if (!strncmp(got, "SQL:", 4))
            ls_test_fail(__FILE__, __LINE__, "query [%s] made SQLite fail: %s", hostile[i], got);
        if (!strncmp(got, "ERR:", 4) && strlen(got) < 8)
            ls_test_fail(__FILE__, __LINE__, "query [%s] gave no message", hostile[i]);
        if (strstr(got, "3"))
            ls_test_fail(__FILE__, __LINE__, "query [%s] reached another user's row: %s",
                         hostile[i], got);
    }
    CHECK_STR_EQ(run(db, "智能"), "1");
    sqlite3_close(db);
}
