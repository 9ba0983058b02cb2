/*
 * reader_doc.h - the reader file of a snapshot: a small standalone HTML
 * document around the extracted article (title, 来源, author, date, the
 * sanitized article HTML), readable offline and safe to show sandboxed.
 */
#ifndef LS_CAPTURE_READER_DOC_H
#define LS_CAPTURE_READER_DOC_H

#include <stdint.h>

#include "extract/extract.h"
#include "util/buf.h"

/* Appends the document to out; every value is escaped for its context. */
int ls_reader_doc_render(const ls_article *a, const char *source_url, int64_t captured,
                         ls_buf *out);

#endif
