/*
 * fts_tokenizer.h - the "linksnap" FTS5 tokenizer: Chinese, Japanese and
 * Korean text as overlapping character pairs, everything else through
 * SQLite's own unicode61. Owned by the search layer (src/store/fts_*,
 * src/store/search*).
 *
 * What it emits, in order of the text:
 *   - full-width forms U+FF01..FF5E fold to ASCII, U+3000 to a space;
 *   - a run of non-CJK text goes to unicode61 (remove_diacritics 2), which
 *     lowercases and splits on punctuation and spaces;
 *   - a run of Han (extensions and compatibility ideographs included), kana
 *     or Hangul becomes overlapping pairs: 智能制造 -> 智能 能制 制造; a
 *     run of one character is that character;
 *   - when indexing (FTS5_TOKENIZE_DOCUMENT) every character of a run of two
 *     or more is also emitted as FTS5_TOKEN_COLOCATED (character i at the
 *     position of pair i, the last one at the last pair), so one-character
 *     queries such as 新 match, and phrases stay in order.
 *   - with OpenCC (LS_HAVE_OPENCC) a CJK run (up to 256 characters) that
 *     holds a character t2s changes on its own is folded to simplified
 *     characters (t2s, with its phrases) before pairing, in documents and
 *     queries alike; other runs are left as they are (fast path). The
 *     mainland wording (tw2sp: 人工智慧 -> 人工智能, 軟體 -> 软件) is added
 *     as colocated alternative pairs: in every query, and in documents only
 *     for runs written in traditional characters, so mainland text keeps its
 *     own words (tw2sp would read its 程序 as 进程). So 人工智慧 finds
 *     人工智能 and 软件 finds 軟體; the price is that a query such as 程序
 *     also finds 进程. A conversion that changes the number of characters
 *     is skipped for that chunk, so every token keeps exact offsets.
 * Offsets are byte offsets into the caller's original text, so highlight()
 * and snippet() cut at the right places. A one-character hit is reported by
 * highlight() as the pair it is colocated with.
 *
 * Index tokens: a value (document column or query string) that starts with
 * LS_FTS_META (the byte 0x1E) is a list of space-separated words, each
 * emitted verbatim with the 0x1E in front. No other text can produce such a
 * token (unicode61 drops control characters), so callers that keep 0x1E out
 * of user text at the start of a value (search.c, search_query.c) get
 * tokens nobody can forge by typing or by writing a page.
 *
 * Tokenizer arguments (tokenize = 'linksnap ...'): "fold 0" turns 繁简
 * folding off (it is on when OpenCC is available).
 */
#ifndef LS_STORE_FTS_TOKENIZER_H
#define LS_STORE_FTS_TOKENIZER_H

#include <sqlite3.h>

#define LS_FTS_META "\x1e"

/* Registers the "linksnap" tokenizer on db (idempotent). Returns LS_OK or
 * LS_EDB when FTS5 is missing. Call once per connection, before any FTS5
 * table using it is touched. */
int ls_fts_register(sqlite3 *db);

/* The connection's fts5_api (for registering functions), or NULL. */
fts5_api *ls_fts_api(sqlite3 *db);

/* True when 繁简 folding is compiled in and its OpenCC data loads. */
int ls_fts_has_tc_fold(void);

#endif
