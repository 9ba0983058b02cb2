/*
 * dynload.c - shared libraries loaded on first use (contract in dynload.h).
 */
#include "util/dynload.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "util/err.h"

int ls_dynload(const char *soname, const char *const *names, void **syms, size_t n,
               char *why, size_t whysz)
{
    memset(syms, 0, n * sizeof *syms);
    /* RTLD_LOCAL: the library's symbols never interpose on ours or on
     * another library's; RTLD_NOW: a broken install fails here, once,
     * rather than in the middle of a call. */
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        snprintf(why, whysz, "cannot load %s: %s", soname, e ? e : "unknown error");
        return LS_ENOTFOUND;
    }
    for (size_t i = 0; i < n; i++) {
        dlerror();
        syms[i] = dlsym(h, names[i]);
        if (!syms[i]) {
            snprintf(why, whysz, "cannot load %s: symbol %s is missing", soname, names[i]);
            memset(syms, 0, n * sizeof *syms);
            dlclose(h);
            return LS_ENOTFOUND;
        }
    }
    /* never closed: the functions stay in use until the process ends */
    return LS_OK;
}

bool ls_dynlib_ready(ls_dynlib *lib)
{
    int s = __atomic_load_n(&lib->state, __ATOMIC_ACQUIRE);
    if (s)
        return s > 0;
    pthread_mutex_lock(&lib->lock);
    s = __atomic_load_n(&lib->state, __ATOMIC_RELAXED);
    if (!s) {
        s = ls_dynload(lib->soname, lib->names, lib->syms, lib->n, lib->why,
                       sizeof lib->why) == LS_OK ? 1 : -1;
        __atomic_store_n(&lib->state, s, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&lib->lock);
    return s > 0;
}

const char *ls_dynlib_error(ls_dynlib *lib)
{
    return __atomic_load_n(&lib->state, __ATOMIC_ACQUIRE) < 0 ? lib->why : "";
}
