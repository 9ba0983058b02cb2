/*
 * dynload.h - shared libraries loaded on first use.
 *
 * linksnap links the libraries every command needs (gumbo, SQLite, ...) and
 * loads the heavy ones only a few commands need (libcurl with its TLS and
 * authentication stack, libmicrohttpd, OpenCC) when the first function of
 * one is called. Those libraries pull in some thirty more; loading them at
 * every start would cost `linksnap extract`, `list` or `show` several
 * milliseconds before main() runs.
 *
 * A library's forwarding file (util/lazy_curl.c, web/lazy_mhd.c,
 * store/lazy_opencc.c) defines the functions linksnap calls under their own
 * names and forwards each call to the loaded library; callers include the
 * library's header and call it as usual. When the library cannot be
 * loaded, each function returns that library's own failure value, and the
 * caller reports the reason (ls_curl_load_error() ...).
 */
#ifndef LS_UTIL_DYNLOAD_H
#define LS_UTIL_DYNLOAD_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

/* One library: its soname, the symbols wanted, where they go. State is
 * private; define with LS_DYNLIB_INIT. */
typedef struct ls_dynlib {
    const char *soname;
    const char *const *names;
    void **syms;
    size_t n;
    pthread_mutex_t lock;
    int state; /* 0 not tried, 1 loaded, -1 failed (atomic accesses only) */
    char why[256]; /* why it failed, once state is -1 */
} ls_dynlib;

#define LS_DYNLIB_INIT(soname, names, syms)                                               \
    {(soname), (names), (syms), sizeof(names) / sizeof((names)[0]),                      \
     PTHREAD_MUTEX_INITIALIZER, 0, ""}

/*
 * The table of one forwarding file: FUNCS(X) lists the functions, X(name)
 * each. Defines `lib` (an ls_dynlib) with the names and slots;
 * LS_DYNLIB_FN(lib, name) is the loaded function, typed as the library's
 * header declares it.
 */
#define LS_DYNLIB_ENUM_(f) LS_DYN_##f,
#define LS_DYNLIB_NAME_(f) #f,
#define LS_DYNLIB_DEFINE(lib, soname, FUNCS)                                              \
    enum { FUNCS(LS_DYNLIB_ENUM_) lib##_count };                                          \
    static const char *const lib##_names[] = {FUNCS(LS_DYNLIB_NAME_)};                    \
    static void *lib##_syms[lib##_count];                                                 \
    static ls_dynlib lib = LS_DYNLIB_INIT(soname, lib##_names, lib##_syms)
#define LS_DYNLIB_FN(lib, f) ((__typeof__(&f))lib##_syms[LS_DYN_##f])

/*
 * True when the library is loaded, loading it on the first call (thread
 * safe; later calls cost one atomic load). A library that fails to load is
 * not tried again; ls_dynlib_error() says why, for the caller to report.
 */
bool ls_dynlib_ready(ls_dynlib *lib);

/* Why the library could not be loaded ("" when it is loaded or was never
 * tried). */
const char *ls_dynlib_error(ls_dynlib *lib);

/* The loading error of libcurl (util/lazy_curl.c) and libmicrohttpd
 * (web/lazy_mhd.c), as ls_dynlib_error(). */
const char *ls_curl_load_error(void);
const char *ls_mhd_load_error(void);

/*
 * Opens the shared library `soname` and looks up the n symbols `names`
 * into `syms`. Returns LS_OK, or LS_ENOTFOUND with a one-line reason in
 * why (naming the library and, if one is missing, the symbol); on failure
 * nothing stays loaded and syms are all NULL.
 */
int ls_dynload(const char *soname, const char *const *names, void **syms, size_t n,
               char *why, size_t whysz);

#endif
