/*
 * test_fts_tokenizer.c - the "linksnap" FTS5 tokenizer on an in-memory
 * database: pairs, colocated single characters, mixed scripts, full-width
 * folding, offsets for highlight(), 繁简 folding.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "store/fts_tokenizer.h"
#include "util/buf.h"

static sqlite3 *open_docs(const char *const *docs, int n)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return NULL;
    CHECK_INT_EQ(ls_fts_register(db), 0);
    CHECK_INT_EQ(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='linksnap')",
                              NULL, NULL, NULL), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    CHECK_INT_EQ(sqlite3_prepare_v2(db, "INSERT INTO t(rowid, x) VALUES(?, ?)", -1, &st, NULL),
                 SQLITE_OK);
    for (int i = 0; i < n; i++) {
        sqlite3_bind_int(st, 1, i + 1);
        sqlite3_bind_text(st, 2, docs[i], -1, SQLITE_STATIC);
        CHECK_INT_EQ(sqlite3_step(st), SQLITE_DONE);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return db;
}

/* Rowids matching a MATCH expression, as "1,3" ("" for none, "ERR" on error). */
static char *hits(sqlite3 *db, const char *match)
{
    static char out[256];
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", -1, &st,
                           NULL) != SQLITE_OK)
        return "ERR";
    sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
    size_t n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%d", n ? "," : "",
                              sqlite3_column_int(st, 0));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? out : "ERR";
}

/* All tokens of row 1 in position order, as "tok@pos" joined by spaces. */
static char *tokens_of(sqlite3 *db)
{
    static char out[1024];
    sqlite3_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS v USING fts5vocab(t, 'instance')",
                 NULL, NULL, NULL);
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    sqlite3_prepare_v2(db, "SELECT term, offset FROM v WHERE doc = 1 ORDER BY offset, term",
                       -1, &st, NULL);
    size_t n = 0;
    while (st && sqlite3_step(st) == SQLITE_ROW && n < sizeof out)
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%s@%d", n ? " " : "",
                              (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1));
    sqlite3_finalize(st);
    return out;
}

static char *highlight(sqlite3 *db, const char *match)
{
    static char out[512];
    sqlite3_stmt *st = NULL;
    out[0] = '\0';
    sqlite3_prepare_v2(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ? "
                           "ORDER BY rowid LIMIT 1", -1, &st, NULL);
    sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
    if (st && sqlite3_step(st) == SQLITE_ROW)
        snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}

TEST(fts_tok_pairs_and_colocated_singles)
{
    const char *d[] = {"智能制造"};
    sqlite3 *db = open_docs(d, 1);
    /* fts5vocab reports positions: pairs advance, singles share them. */
    CHECK_STR_EQ(tokens_of(db), "智@0 智能@0 能@1 能制@1 制@2 制造@2 造@2");
    sqlite3_close(db);
}

TEST(fts_tok_word_inside_longer_run)
{
    const char *d[] = {"人工智能助力智能制造，推动产业升级", "智慧城市建设", "能源与制度"};
    sqlite3 *db = open_docs(d, 3);
    CHECK_STR_EQ(hits(db, "\"智能\""), "1");
    CHECK_STR_EQ(hits(db, "\"智能制造\""), "1");
    CHECK_STR_EQ(hits(db, "\"制造\""), "1");
    CHECK_STR_EQ(hits(db, "\"产业升级\""), "1");
    /* 能制 spans two words but the pair exists; 能源制度 does not appear. */
    CHECK_STR_EQ(hits(db, "\"能源制度\""), "");
    CHECK_STR_EQ(hits(db, "\"智\""), "1,2");
    sqlite3_close(db);
}

TEST(fts_tok_one_character_queries)
{
    const char *d[] = {"新闻发布会", "人", "工人和农民", "旧闻"};
    sqlite3 *db = open_docs(d, 4);
    CHECK_STR_EQ(hits(db, "\"新\""), "1");
    CHECK_STR_EQ(hits(db, "\"人\""), "2,3");
    CHECK_STR_EQ(hits(db, "\"闻\""), "1,4");
    CHECK_STR_EQ(hits(db, "\"会\""), "1"); /* the last character of a run */
    CHECK_STR_EQ(hits(db, "\"民\""), "3");
    sqlite3_close(db);
}

TEST(fts_tok_mixed_scripts)
{
    const char *d[] = {"5G技术推动工业4.0发展", "4G技术", "工业互联网 Industrial Internet"};
    sqlite3 *db = open_docs(d, 3);
    CHECK_STR_EQ(hits(db, "\"5G技术\""), "1");
    CHECK_STR_EQ(hits(db, "\"5g\""), "1");
    CHECK_STR_EQ(hits(db, "\"技术\""), "1,2");
    CHECK_STR_EQ(hits(db, "\"工业4.0\""), "1");
    CHECK_STR_EQ(hits(db, "\"工业\""), "1,3");
    CHECK_STR_EQ(hits(db, "\"industrial internet\""), "3");
    CHECK_STR_EQ(hits(db, "\"INTERNET\""), "3");
    CHECK_STR_EQ(tokens_of(db), "5g@0 技@1 技术@1 术@2 术推@2 推@3 推动@3 动@4 动工@4 "
                                "业@5 工@5 工业@5 4@6 0@7 发@8 发展@8 展@8");
    sqlite3_close(db);
}

TEST(fts_tok_full_width_and_case)
{
    const char *d[] = {"ＡＩ　芯片与ＧＰＵ", "Café Résumé", "plain ai"};
    sqlite3 *db = open_docs(d, 3);
    CHECK_STR_EQ(hits(db, "\"ai\""), "1,3");
    CHECK_STR_EQ(hits(db, "\"ＡＩ\""), "1,3");
    CHECK_STR_EQ(hits(db, "\"gpu\""), "1");
    CHECK_STR_EQ(hits(db, "\"cafe resume\""), "2");
    /* Offsets point into the original bytes, full-width ones included. */
    CHECK_STR_EQ(highlight(db, "\"gpu\""), "ＡＩ　芯片与[ＧＰＵ]");
    CHECK_STR_EQ(highlight(db, "\"ai\""), "[ＡＩ]　芯片与ＧＰＵ");
    sqlite3_close(db);
}

TEST(fts_tok_phrase_order)
{
    const char *d[] = {"制造智能", "智能制造"};
    sqlite3 *db = open_docs(d, 2);
    CHECK_STR_EQ(hits(db, "\"智能制造\""), "2");
    CHECK_STR_EQ(hits(db, "\"制造智能\""), "1");
    CHECK_STR_EQ(hits(db, "\"智能\" \"制造\""), "1,2");
    sqlite3_close(db);
}

TEST(fts_tok_highlight_offsets_cjk)
{
    const char *d[] = {"我们的人工智能助力智能制造。"};
    sqlite3 *db = open_docs(d, 1);
    CHECK_STR_EQ(highlight(db, "\"智能制造\""), "我们的人工智能助力[智能制造]。");
    CHECK_STR_EQ(highlight(db, "\"人工\""), "我们的[人工]智能助力智能制造。");
    sqlite3_close(db);
}

TEST(fts_tok_kana_hangul_extensions)
{
    const char *d[] = {"東京タワーへ行く", "한국어 검색", "𠀀𠀁 ext-b", "﨑山"};
    sqlite3 *db = open_docs(d, 4);
    CHECK_STR_EQ(hits(db, "\"タワー\""), "1");
    CHECK_STR_EQ(hits(db, "\"국어\""), "2");
    CHECK_STR_EQ(hits(db, "\"검\""), "2");
    CHECK_STR_EQ(hits(db, "\"𠀁\""), "3");
    CHECK_STR_EQ(hits(db, "\"﨑山\""), "4");
    sqlite3_close(db);
}

TEST(fts_tok_long_run_and_bad_utf8)
{
    ls_buf b;
    ls_buf_init(&b, 1 << 20);
    for (int i = 0; i < 3000; i++)
        ls_buf_adds(&b, i % 2 ? "网" : "互联");
    ls_buf_adds(&b, "终点\xff\xfe结束");
    const char *d[] = {b.data};
    sqlite3 *db = open_docs(d, 1);
    CHECK_STR_EQ(hits(db, "\"终点\""), "1");
    CHECK_STR_EQ(hits(db, "\"结束\""), "1");
    CHECK_STR_EQ(hits(db, "\"联网互\""), "1"); /* across a chunk boundary too */
    sqlite3_close(db);
    ls_buf_release(&b);
}

TEST(fts_tok_traditional_folds_to_simplified)
{
    if (!ls_fts_has_tc_fold())
        return;
    const char *d[] = {"发展人工智能产业", "軟體開發與資訊安全"};
    sqlite3 *db = open_docs(d, 2);
    CHECK_STR_EQ(hits(db, "\"人工智慧\""), "1");
    CHECK_STR_EQ(hits(db, "\"軟體\""), "2");
    CHECK_STR_EQ(hits(db, "\"软件开发\""), "2");
    CHECK_STR_EQ(hits(db, "\"信息安全\""), "2");
    /* offsets still land on the original characters */
    CHECK_STR_EQ(highlight(db, "\"软件\""), "[軟體]開發與資訊安全");
    sqlite3_close(db);
    /* Mainland text keeps its wording: 程序 is not indexed as 进程. */
    const char *m[] = {"程序设计", "进程调度", "软件开发工具"};
    db = open_docs(m, 3);
    CHECK_STR_EQ(hits(db, "\"进程\""), "2");
    CHECK_STR_EQ(hits(db, "\"軟體開發\""), "3");
    sqlite3_close(db);
}

TEST(fts_tok_fold_can_be_turned_off)
{
    sqlite3 *db = NULL;
    sqlite3_open(":memory:", &db);
    CHECK_INT_EQ(ls_fts_register(db), 0);
    CHECK_INT_EQ(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='linksnap fold 0');"
                                  "INSERT INTO t(rowid, x) VALUES(1, '軟體');",
                              NULL, NULL, NULL), SQLITE_OK);
    CHECK_STR_EQ(hits(db, "\"软件\""), "");
    CHECK_STR_EQ(hits(db, "\"軟體\""), "1");
    CHECK(sqlite3_exec(db, "CREATE VIRTUAL TABLE u USING fts5(x, tokenize='linksnap bogus 1')",
                       NULL, NULL, NULL) != SQLITE_OK);
    sqlite3_close(db);
}

/* ASCII runs are skipped in one go; the boundaries with CJK and with
 * other non-ASCII letters (accented Latin, Cyrillic) must not move. */
TEST(fts_tok_ascii_runs_between_other_scripts)
{
    const char *d[] = {"naïve AI模型x深度 déjà-vu,Москва 学习"};
    sqlite3 *db = open_docs(d, 1);
    CHECK_STR_EQ(tokens_of(db), "naive@0 ai@1 型@2 模@2 模型@2 x@3 度@4 深@4 深度@4 deja@5 vu@6 "
                                "москва@7 习@8 学@8 学习@8");
    CHECK_STR_EQ(hits(db, "\"naive ai\""), "1");
    CHECK_STR_EQ(hits(db, "\"模型\""), "1");
    CHECK_STR_EQ(hits(db, "\"deja vu\""), "1");
    CHECK_STR_EQ(hits(db, "\"москва\""), "1");
    CHECK_STR_EQ(highlight(db, "\"深度\""), "naïve AI模型x[深度] déjà-vu,Москва 学习");
    CHECK_STR_EQ(highlight(db, "\"vu\""), "naïve AI模型x深度 déjà-[vu],Москва 学习");
    sqlite3_close(db);
}
