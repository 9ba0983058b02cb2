/*
 * charset.h - decide the character encoding of fetched bytes and decode
 * them to UTF-8 (CHINESE.md, "Encodings").
 *
 * Detection order: byte order mark -> charset parameter of the HTTP
 * Content-Type -> <meta charset> / <meta http-equiv> prescan of the first
 * 1024 bytes (then on to </head>, at most 8 KB) -> uchardet -> fallback
 * (UTF-8 when the bytes are valid UTF-8, else windows-1252).
 *
 * Labels follow the WHATWG Encoding table with two deliberate choices:
 *  - the GB family (gb2312, gbk, x-gbk, chinese, csgb2312, gb_2312-80,
 *    iso-ir-58, gb18030) decodes as GB18030, Big5 labels as BIG5-HKSCS;
 *  - UTF-7 and the WHATWG "replacement" labels are never honoured: they are
 *    treated as unknown and detection moves on to the next step.
 * A page whose label names a legacy encoding (GB family, Big5, windows-125x,
 * ISO-8859-x, ...) but whose bytes are valid UTF-8 with at least one
 * multi-byte sequence is decoded as UTF-8 (re-saved pages do this).
 * Conversely, bytes labelled UTF-8 that are mostly invalid UTF-8 (more bad
 * bytes than good multi-byte characters) are given to uchardet, and a CJK
 * multi-byte guess (GB18030, Big5, Shift_JIS, EUC-*) wins over the label
 * (servers that label every page utf-8, GBK pages included).
 *
 * Decoding never fails on bad input: an invalid or truncated sequence
 * becomes U+FFFD and decoding moves one byte on; NUL bytes become U+FFFD;
 * the output is always valid UTF-8 without NUL bytes. A leading BOM of the
 * chosen encoding is dropped.
 *
 * Canonical names returned (static strings, never freed): "UTF-8",
 * "UTF-16LE", "UTF-16BE", "GB18030", "BIG5-HKSCS", "Shift_JIS", "EUC-JP",
 * "ISO-2022-JP", "EUC-KR", "EUC-TW", "windows-1250" .. "windows-1258",
 * "windows-874", "ISO-8859-2" .. "ISO-8859-16", "KOI8-R", "KOI8-U",
 * "IBM866", "macintosh", "x-mac-cyrillic".
 *
 * Thread-safe: no global state (uchardet and iconv handles are per call).
 */
#ifndef LS_NET_CHARSET_H
#define LS_NET_CHARSET_H

#include <stddef.h>

#include "util/buf.h"

/* Where the decision came from (ls_charset_detect2). */
typedef enum {
    LS_CHARSET_FROM_BOM = 1,
    LS_CHARSET_FROM_HTTP,     /* Content-Type charset parameter */
    LS_CHARSET_FROM_META,     /* <meta> prescan */
    LS_CHARSET_FROM_DETECTOR, /* uchardet */
    LS_CHARSET_FROM_FALLBACK, /* nothing said anything: UTF-8 or windows-1252 */
} ls_charset_source;

/*
 * The canonical name for a label ("GBK" -> "GB18030", " utf8 " -> "UTF-8"),
 * or NULL when the label is unknown or refused (UTF-7, replacement labels).
 * Case-insensitive, surrounding ASCII white space ignored.
 */
const char *ls_charset_canonical(const char *label);

/*
 * Decides the encoding of raw[0..n). content_type is the HTTP Content-Type
 * header value or NULL. Returns the canonical name (static, never NULL).
 * label_out (may be NULL) gets the label as written in the source that
 * decided ("gb2312", "BOM", uchardet's own name, or "" for the fallback),
 * truncated to label_sz - 1 bytes.
 */
const char *ls_charset_detect(const char *raw, size_t n, const char *content_type,
                              char *label_out, size_t label_sz);
/* The same, also saying which step decided (*source_out may be NULL). */
const char *ls_charset_detect2(const char *raw, size_t n, const char *content_type,
                               char *label_out, size_t label_sz,
                               ls_charset_source *source_out);

/*
 * Decodes raw[0..n) from charset (a canonical name or any label; NULL or an
 * unknown one means the UTF-8 / windows-1252 fallback) and APPENDS UTF-8 to
 * *out (initialised by the caller, who keeps ownership). Returns LS_OK, or
 * out's sticky error (LS_ETOOBIG when out's cap is reached: what fitted
 * stays, cut on a character boundary) or LS_ENOMEM.
 */
int ls_charset_decode(const char *raw, size_t n, const char *charset, ls_buf *out);

/*
 * One call: detect then decode. charset_out (may be NULL) gets the
 * canonical name used, truncated to sz - 1 bytes.
 */
int ls_charset_to_utf8(const char *raw, size_t n, const char *content_type,
                       ls_buf *out, char *charset_out, size_t sz);

/*
 * The charset parameter of a Content-Type value ("text/html; charset=GBK"
 * -> "GBK"), copied to out (sz bytes). Returns 1 when found, else 0.
 */
int ls_charset_from_content_type(const char *content_type, char *out, size_t sz);

/*
 * The label of the <meta> prescan alone (the HTML standard's prescan of
 * the first 1024 bytes, continued to </head> or 8 KB), copied to out.
 * Returns 1 when a meta tag named a charset ls_charset_canonical() knows
 * (unknown and refused labels such as utf-7 are skipped), else 0.
 */
int ls_charset_prescan_meta(const char *raw, size_t n, char *out, size_t sz);

#endif
