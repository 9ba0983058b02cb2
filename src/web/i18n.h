/*
 * i18n.h - the one catalogue of UI strings, Simplified Chinese and English.
 *
 * Keys are short ASCII names; ls_i18n() returns the string for lang ("zh"
 * or "en", anything else means zh), or the key itself when it is missing
 * (the unit tests check that every key used in src/web/ exists in both
 * languages). Strings may hold "{n}", replaced by ls_i18n_n().
 */
#ifndef LS_WEB_I18N_H
#define LS_WEB_I18N_H

#include "util/buf.h"

const char *ls_i18n(const char *lang, const char *key);
/* Appends the string with "{n}" replaced by n, HTML-escaped. */
void ls_i18n_n(ls_buf *b, const char *lang, const char *key, long long n);
/* Number of entries, and the i-th key (for the tests). */
unsigned ls_i18n_count(void);
const char *ls_i18n_key(unsigned i);

#define T(r, key) ls_i18n((r)->user.lang, key)

#endif
