/*
 * test_i18n.c - the catalogue: sorted, complete in both languages, and
 * holding every key the web sources use.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "util/buf.h"
#include "util/fs.h"
#include "web/i18n.h"

TEST(catalogue_sorted_and_complete)
{
    unsigned n = ls_i18n_count();
    CHECK(n > 100);
    for (unsigned i = 0; i < n; i++) {
        const char *k = ls_i18n_key(i);
        if (i)
            CHECK(strcmp(ls_i18n_key(i - 1), k) < 0);
        CHECK(*ls_i18n("zh", k));
        CHECK(*ls_i18n("en", k));
        CHECK(ls_i18n("zh", k) != k);
    }
}

TEST(lookup_by_language)
{
    CHECK_STR_EQ(ls_i18n("zh", "add_link"), "添加链接");
    CHECK_STR_EQ(ls_i18n("en", "add_link"), "Add link");
    CHECK_STR_EQ(ls_i18n("fr", "add_link"), "添加链接");
    CHECK_STR_EQ(ls_i18n("en", "no_such_key_at_all"), "no_such_key_at_all");
}

TEST(number_substitution)
{
    ls_buf b;
    ls_buf_init(&b, 256);
    ls_i18n_n(&b, "zh", "n_links", 10000);
    CHECK_STR_EQ(b.data, "共 10000 个链接");
    ls_buf_reset(&b);
    ls_i18n_n(&b, "en", "n_links", 3);
    CHECK_STR_EQ(b.data, "3 links");
    ls_buf_release(&b);
}

/* Every "key" in T(r, "key") / ls_page_t(r, s, "key") in the .c files of src/web. */
static void check_file(const char *path)
{
    ls_buf b;
    ls_buf_init(&b, 4 << 20);
    CHECK_INT_EQ(ls_read_file(path, &b), 0);
    static const char *const calls[] = {"ls_page_t(r, s, \"", "T(r, \""};
    for (int c = 0; c < 2; c++) {
        const char *p = b.data;
        while (p && (p = strstr(p, calls[c]))) {
            p += strlen(calls[c]);
            const char *e = strchr(p, '"');
            if (!e)
                break;
            char key[96];
            snprintf(key, sizeof key, "%.*s", (int)(e - p), p);
            if (ls_i18n("en", key) == NULL || !strcmp(ls_i18n("en", key), key) ||
                strchr(key, ' '))
                ls_test_fail(path, 0, "catalogue lacks key \"%s\"", key);
            p = e;
        }
    }
    ls_buf_release(&b);
}

TEST(every_used_key_exists)
{
    DIR *d = opendir("src/web");
    CHECK(d != NULL);
    if (!d)
        return;
    struct dirent *e;
    int files = 0;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 2 && !strcmp(e->d_name + n - 2, ".c")) {
            char path[512];
            snprintf(path, sizeof path, "src/web/%s", e->d_name);
            check_file(path);
            files++;
        }
    }
    closedir(d);
    CHECK(files > 10);
}
