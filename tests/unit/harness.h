/*
 * harness.h - the unit-test harness. A test file writes
 *
 *     #include "harness.h"
 *     TEST(url_lowercases_host) { CHECK_STR_EQ(got, "http://a.com/"); }
 *
 * Tests register themselves; the harness's main() runs them all (or those
 * whose name contains argv[1]) and ends with "N passed, N failed".
 */
#ifndef LS_TEST_HARNESS_H
#define LS_TEST_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef void (*ls_test_fn)(void);
void ls_test_register(const char *name, ls_test_fn fn);
void ls_test_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A scratch folder for this test process, created on first use. */
const char *ls_test_tmpdir(void);

#define TEST(name)                                                        \
    static void name(void);                                               \
    __attribute__((constructor)) static void register_##name(void)       \
    {                                                                     \
        ls_test_register(#name, name);                                    \
    }                                                                     \
    static void name(void)

#define CHECK(cond)                                                       \
    do {                                                                  \
        if (!(cond))                                                      \
            ls_test_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);         \
    } while (0)

#define CHECK_INT_EQ(a, b)                                                \
    do {                                                                  \
        long long a_ = (long long)(a), b_ = (long long)(b);               \
        if (a_ != b_)                                                     \
            ls_test_fail(__FILE__, __LINE__, "%s == %lld, expected %s == %lld", \
                         #a, a_, #b, b_);                                 \
    } while (0)

#define CHECK_STR_EQ(a, b)                                                \
    do {                                                                  \
        const char *a_ = (a), *b_ = (b);                                  \
        if (!a_ || !b_ || strcmp(a_, b_) != 0)                            \
            ls_test_fail(__FILE__, __LINE__, "%s is \"%s\", expected \"%s\"", \
                         #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)");     \
    } while (0)

#define CHECK_CONTAINS(hay, needle)                                       \
    do {                                                                  \
        const char *h_ = (hay), *n_ = (needle);                           \
        if (!h_ || !strstr(h_, n_))                                       \
            ls_test_fail(__FILE__, __LINE__, "%s does not contain \"%s\"", #hay, n_); \
    } while (0)

#define CHECK_NOT_CONTAINS(hay, needle)                                   \
    do {                                                                  \
        const char *h_ = (hay), *n_ = (needle);                           \
        if (h_ && strstr(h_, n_))                                         \
            ls_test_fail(__FILE__, __LINE__, "%s contains \"%s\"", #hay, n_); \
    } while (0)

#endif
