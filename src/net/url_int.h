/*
 * url_int.h - internals shared by url.c and url_idn.c (not for other layers).
 */
#ifndef LS_NET_URL_INT_H
#define LS_NET_URL_INT_H

#include "util/buf.h"

/*
 * Appends the ASCII form of host to out: ASCII lowercased, ideographic
 * full stops (。．｡) read as dots, every label with non-ASCII characters
 * punycoded with an "xn--" prefix (RFC 3492). Returns LS_OK, LS_EINVAL
 * (invalid UTF-8, empty or over-long label) or out's sticky error.
 */
int ls_url_idn_to_ascii(const char *host, ls_buf *out);

#endif
