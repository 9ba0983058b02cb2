/*
 * sniff.h - tells a file that is no text by its first bytes.
 *
 * A page handed to the extractor may be a PDF, a picture or an archive
 * saved under a .html name; read as HTML it becomes a page of mojibake.
 * The signatures are the ones the WHATWG MIME sniffing standard lists for
 * images, archives and PDF, plus the standard's "binary data bytes" (NUL
 * and the controls no text uses), one in a hundred of the first 1024, in
 * a file that neither begins with markup nor is UTF-16.
 */
#ifndef LS_UTIL_SNIFF_H
#define LS_UTIL_SNIFF_H

#include <stddef.h>

/* What kind of binary file p[0..n) is ("a PDF document", "a PNG picture",
 * …), or NULL when it may be text. */
const char *ls_sniff_binary(const char *p, size_t n);

/* "UTF-16LE" or "UTF-16BE" when p[0..n) is UTF-16 written without its
 * byte order mark (every other byte of its first 64 is NUL, as ASCII
 * markup is in UTF-16), else NULL. */
const char *ls_sniff_utf16(const char *p, size_t n);

#endif
