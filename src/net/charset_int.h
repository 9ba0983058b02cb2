/*
 * charset_int.h - internals shared by the charset files (not for other
 * layers): the canonical-name -> iconv-name table.
 */
#ifndef LS_NET_CHARSET_INT_H
#define LS_NET_CHARSET_INT_H

/* The glibc iconv name for a canonical name, or NULL (UTF-8 and unknown). */
const char *ls_charset_iconv_name(const char *canon);

#endif
