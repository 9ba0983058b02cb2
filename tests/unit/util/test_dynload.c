/* test_dynload.c - libraries loaded on first use (util/dynload.h). */
#include <pthread.h>
#include <string.h>

#include "harness.h"
#include "util/dynload.h"
#include "util/err.h"

TEST(dynload_finds_symbols_of_a_library)
{
    const char *names[] = {"strlen", "memchr"};
    void *syms[2];
    char why[256] = "";
    CHECK_INT_EQ(ls_dynload("libc.so.6", names, syms, 2, why, sizeof why), LS_OK);
    CHECK(syms[0] != NULL && syms[1] != NULL);
    size_t (*len)(const char *) = (size_t (*)(const char *))syms[0];
    CHECK_INT_EQ((int)len("链接快照"), 12);
}

TEST(dynload_names_the_missing_library)
{
    const char *names[] = {"strlen"};
    void *syms[1] = {(void *)names};
    char why[256] = "";
    CHECK_INT_EQ(ls_dynload("libls-no-such-library.so.7", names, syms, 1, why, sizeof why),
                 LS_ENOTFOUND);
    CHECK(syms[0] == NULL);
    CHECK_CONTAINS(why, "libls-no-such-library.so.7");
}

TEST(dynload_names_the_missing_symbol_and_keeps_nothing)
{
    const char *names[] = {"strlen", "ls_no_such_function"};
    void *syms[2];
    char why[256] = "";
    CHECK_INT_EQ(ls_dynload("libc.so.6", names, syms, 2, why, sizeof why), LS_ENOTFOUND);
    CHECK(syms[0] == NULL && syms[1] == NULL);
    CHECK_CONTAINS(why, "ls_no_such_function");
}

static const char *const good_names[] = {"strlen"};
static void *good_syms[1];
static ls_dynlib good_lib = LS_DYNLIB_INIT("libc.so.6", good_names, good_syms);

static void *ready_thread(void *arg)
{
    (void)arg;
    return ls_dynlib_ready(&good_lib) && good_syms[0] ? (void *)1 : NULL;
}

TEST(dynlib_loads_once_across_threads)
{
    pthread_t t[8];
    for (int i = 0; i < 8; i++)
        pthread_create(&t[i], NULL, ready_thread, NULL);
    int ok = 0;
    for (int i = 0; i < 8; i++) {
        void *r = NULL;
        pthread_join(t[i], &r);
        ok += r != NULL;
    }
    CHECK_INT_EQ(ok, 8);
    CHECK(ls_dynlib_ready(&good_lib));
}

static const char *const bad_names[] = {"ls_no_such_function"};
static void *bad_syms[1];
static ls_dynlib bad_lib = LS_DYNLIB_INIT("libc.so.6", bad_names, bad_syms);

TEST(dynlib_failure_is_remembered)
{
    CHECK(!ls_dynlib_ready(&bad_lib));
    CHECK(!ls_dynlib_ready(&bad_lib));
    CHECK(bad_syms[0] == NULL);
}
