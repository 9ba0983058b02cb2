/*
 * mojibake.h - UTF-8 text that was read as Latin-1 or Windows-1252 and
 * encoded as UTF-8 again ("’" stored as "â\u0080\u0099" or "â€™"): the
 * characters map back to the original bytes, one byte each.
 */
#ifndef LS_UTIL_MOJIBAKE_H
#define LS_UTIL_MOJIBAKE_H

#include <stddef.h>

#include "util/buf.h"

/*
 * Repairs one short string (a title, a name) in place: only when a letter
 * that starts a UTF-8 sequence is followed by one that continues it, every
 * character maps back to one byte, and those bytes are valid UTF-8. Other
 * text is left alone ("café", "Ä 1"). NULL allowed.
 */
void ls_text_unmojibake(char *s);

/*
 * Repairs a whole page s[0..n) in place and returns its new length (never
 * longer). A page is repaired only when it holds proof: a sequence whose
 * continuation stands for a byte 0x80-0x9F, which reads as a C1 control
 * (never text) or a Windows-1252 sign after a Latin letter ("â€™"). Then
 * every sequence of a lead letter (Â-ô) and the continuations it needs is
 * put back when its bytes are valid UTF-8 ("Ã©" -> "é"); characters around
 * it, correct UTF-8 included, stay as they are. A page without proof is
 * returned as it is ("CAFÉ»", "Ã la carte").
 */
size_t ls_mojibake_repair_page(char *s, size_t n);

/*
 * The same, repairing only when s holds at least proofs sequences of
 * proof: for text already decoded from a page, where one "ß’" (a
 * continuation for 0x92 after a lead letter) can be what the author wrote.
 */
size_t ls_mojibake_repair_proven(char *s, size_t n, unsigned proofs);

/*
 * A decoded page before it is parsed: ls_mojibake_repair_page(), then each
 * C1 control left (U+0080-U+009F, never text) becomes the character
 * Windows-1252 gives its byte: a single byte of Windows-1252 read as
 * Latin-1 ("we\u0092re" -> "we’re"), which the HTML parser would turn into
 * U+FFFD. The five bytes Windows-1252 leaves undefined stay. A buffer
 * already cut at its cap, or without room, keeps its C1 controls.
 * Returns LS_OK or LS_ENOMEM.
 */
int ls_mojibake_repair(ls_buf *b);

#endif
