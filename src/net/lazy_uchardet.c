/*
 * lazy_uchardet.c - uchardet, loaded on first use (see util/dynload.h).
 *
 * uchardet is asked only about pages that name no charset (no BOM, no HTTP
 * header, no <meta>) or whose utf-8 label the bytes contradict. It is a C++
 * library: linking it would load the C++ runtime at every start of
 * linksnap, about half a millisecond of each `linksnap extract` whether the
 * page needs detection or not. Without the library uchardet_new() returns
 * NULL, as it does when out of memory, and the charset layer falls back to
 * its own UTF-8 validity test (a warning says so once).
 */
#include <uchardet/uchardet.h>

#include "util/dynload.h"
#include "util/log.h"

#ifndef LS_UCHARDET_SONAME
#define LS_UCHARDET_SONAME "libuchardet.so.0"
#endif

#define UCHARDET_FUNCS(X)                                                               \
    X(uchardet_new) X(uchardet_delete) X(uchardet_handle_data) X(uchardet_data_end)      \
    X(uchardet_get_charset)

LS_DYNLIB_DEFINE(uchardet_lib, LS_UCHARDET_SONAME, UCHARDET_FUNCS);

#define FN(f) LS_DYNLIB_FN(uchardet_lib, f)
#define READY() ls_dynlib_ready(&uchardet_lib)

uchardet_t uchardet_new(void)
{
    static int warned;
    if (READY())
        return FN(uchardet_new)();
    if (!__atomic_exchange_n(&warned, 1, __ATOMIC_RELAXED))
        ls_warn("%s: pages that name no charset are read as UTF-8 when valid, "
                "else windows-1252",
                ls_dynlib_error(&uchardet_lib));
    return NULL;
}

void uchardet_delete(uchardet_t ud)
{
    if (ud && READY())
        FN(uchardet_delete)(ud);
}

int uchardet_handle_data(uchardet_t ud, const char *data, size_t len)
{
    return ud && READY() ? FN(uchardet_handle_data)(ud, data, len) : -1;
}

void uchardet_data_end(uchardet_t ud)
{
    if (ud && READY())
        FN(uchardet_data_end)(ud);
}

const char *uchardet_get_charset(uchardet_t ud)
{
    return ud && READY() ? FN(uchardet_get_charset)(ud) : "";
}
