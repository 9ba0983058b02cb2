/*
 * lazy_opencc.c - OpenCC, loaded on first use (see util/dynload.h).
 *
 * The search tokenizer opens OpenCC the first time it meets traditional
 * Chinese; OpenCC brings the C++ runtime, which no other command needs at
 * start. Without the library opencc_open fails the documented way
 * ((opencc_t)-1) and the tokenizer keeps its built-in character table.
 */
#ifdef LS_HAVE_OPENCC
#include <opencc/opencc.h>

#include "util/dynload.h"
#include "util/log.h"

#ifndef LS_OPENCC_SONAME
#define LS_OPENCC_SONAME "libopencc.so.1.1"
#endif

#define OPENCC_FUNCS(X) \
    X(opencc_open) X(opencc_close) X(opencc_convert_utf8) X(opencc_convert_utf8_free)

LS_DYNLIB_DEFINE(opencc_lib, LS_OPENCC_SONAME, OPENCC_FUNCS);

#define FN(f) LS_DYNLIB_FN(opencc_lib, f)
#define READY() ls_dynlib_ready(&opencc_lib)

opencc_t opencc_open(const char *config)
{
    static int warned;
    if (READY())
        return FN(opencc_open)(config);
    if (!__atomic_exchange_n(&warned, 1, __ATOMIC_RELAXED))
        ls_warn("%s: traditional Chinese is folded by the built-in table only",
                ls_dynlib_error(&opencc_lib));
    return (opencc_t)-1;
}

int opencc_close(opencc_t cc)
{
    return READY() ? FN(opencc_close)(cc) : -1;
}

char *opencc_convert_utf8(opencc_t cc, const char *in, size_t len)
{
    return READY() ? FN(opencc_convert_utf8)(cc, in, len) : NULL;
}

void opencc_convert_utf8_free(char *s)
{
    if (s && READY())
        FN(opencc_convert_utf8_free)(s);
}
#else
typedef int ls_lazy_opencc_unused; /* built without OpenCC */
#endif
