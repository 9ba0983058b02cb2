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

#ifndef LS_OPENCC_SONAME
#define LS_OPENCC_SONAME "libopencc.so.1.1"
#endif

#define OPENCC_FUNCS(X) \
    X(opencc_open) X(opencc_close) X(opencc_convert_utf8) X(opencc_convert_utf8_free)

enum {
#define X(f) I_##f,
    OPENCC_FUNCS(X)
#undef X
    N_FUNCS
};
static const char *const names[N_FUNCS] = {
#define X(f) #f,
    OPENCC_FUNCS(X)
#undef X
};
static void *syms[N_FUNCS];
static ls_dynlib lib = LS_DYNLIB_INIT(LS_OPENCC_SONAME, names, syms);

#define FN(f) ((__typeof__(&f))syms[I_##f])
#define READY() ls_dynlib_ready(&lib)

opencc_t opencc_open(const char *config)
{
    return READY() ? FN(opencc_open)(config) : (opencc_t)-1;
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
