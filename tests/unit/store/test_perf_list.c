/*
 * test_perf_list.c - the fast paths of ls_link_list_query() (tag filters
 * resolved to ids, the page joined after LIMIT/OFFSET, totals remembered per
 * connection) must answer exactly what a brute-force reading of the same
 * rows answers, and a remembered total must follow every change.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "harness.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "store/users.h"
#include "store_test.h"
#include "util/err.h"

#define NLINKS 120
#define NTAGS 8

/* Prefix look-alikes on purpose: "a" must not match "ab", "a b" or "a0". */
static const char *const tag_names[NTAGS] = {"a", "a/b", "a/b/c", "a b", "ab", "a0", "z",
                                             "a-b"};

typedef struct ref_link {
    int64_t id, created;
    char title[64]; /* display title */
    bool tag[NTAGS];
} ref_link;

static ref_link refs[NLINKS];
static int64_t uid; /* the user whose links are listed */

/* Does tag path t lie in the subtree of f? */
static bool in_subtree(const char *t, const char *f)
{
    size_t n = strlen(f);
    return !strcmp(t, f) || (!strncmp(t, f, n) && t[n] == '/');
}

static bool ref_matches(const ref_link *r, const char *const *filters, size_t nf)
{
    for (size_t i = 0; i < nf; i++) {
        bool any = false;
        for (int t = 0; t < NTAGS && !any; t++)
            any = r->tag[t] && in_subtree(tag_names[t], filters[i]);
        if (!any)
            return false;
    }
    return true;
}

static int sort_mode;

static int ref_cmp(const void *pa, const void *pb)
{
    const ref_link *a = pa, *b = pb;
    if (sort_mode == LS_LINK_SORT_TITLE) {
        int c = strcasecmp(a->title, b->title);
        if (c)
            return c;
    }
    int dir = sort_mode == LS_LINK_SORT_CREATED_ASC ? 1 : -1;
    if (a->created != b->created)
        return a->created < b->created ? -dir : dir;
    return a->id < b->id ? -dir : dir;
}

static void setup(ls_db *db)
{
    char url[48];
    int64_t bob = 0;
    CHECK_INT_EQ(ls_user_create(db, "alice", "password-a", false, &uid), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "bob", "password-b", false, &bob), LS_OK);
    for (int i = 0; i < NLINKS; i++) {
        ref_link *r = &refs[i];
        r->created = 1000 + (i % 17) * 10; /* many ties, broken by id */
        ls_db_set_now(db, r->created);
        snprintf(url, sizeof url, "http://h%d.example/", i);
        CHECK_INT_EQ(ls_link_add(db, uid, url, url, NULL, NULL, &r->id, NULL), LS_OK);
        snprintf(r->title, sizeof r->title, "%s", url);
        if (i % 3 == 0) { /* a done capture, then a newer failed one */
            int64_t s1 = 0, s2 = 0;
            char title[32];
            snprintf(title, sizeof title, "%c page %d", i % 2 ? 'B' : 'c', (i * 37) % 101);
            CHECK_INT_EQ(ls_snapshot_create(db, r->id, &s1), LS_OK);
            ls_snapshot s = {.id = s1, .title = title};
            CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
            CHECK_INT_EQ(ls_snapshot_create(db, r->id, &s2), LS_OK);
            CHECK_INT_EQ(ls_snapshot_fail(db, s2, 500, "boom"), LS_OK);
            snprintf(r->title, sizeof r->title, "%s", title);
        }
        if (i % 6 == 0) { /* a newer done capture names the link */
            int64_t s3 = 0;
            snprintf(r->title, sizeof r->title, "d newer %d", i);
            CHECK_INT_EQ(ls_snapshot_create(db, r->id, &s3), LS_OK);
            ls_snapshot s = {.id = s3, .title = r->title};
            CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
        }
        if (i % 5 == 0) {
            snprintf(r->title, sizeof r->title, "A user %d", i);
            CHECK_INT_EQ(ls_link_update(db, uid, r->id, r->title, NULL), LS_OK);
        }
        for (int t = 0; t < NTAGS; t++) {
            if ((i * (t + 3) + t) % (t + 2) != 0)
                continue;
            r->tag[t] = true;
            CHECK_INT_EQ(ls_tag_link_add(db, uid, r->id, &tag_names[t], 1), LS_OK);
        }
    }
    /* Another user's links under the same tag names must never show. */
    int64_t other = 0;
    CHECK_INT_EQ(ls_link_add(db, bob, "http://x/", "http://x/", NULL, NULL, &other, NULL),
                 LS_OK);
    CHECK_INT_EQ(ls_tag_link_add(db, bob, other, tag_names, NTAGS), LS_OK);
}

static void check_query(ls_db *db, const char *const *filters, size_t nf, int sort,
                        int64_t offset, int64_t limit)
{
    ref_link want[NLINKS];
    size_t n = 0;
    for (int i = 0; i < NLINKS; i++)
        if (ref_matches(&refs[i], filters, nf))
            want[n++] = refs[i];
    sort_mode = sort;
    qsort(want, n, sizeof *want, ref_cmp);
    ls_link_filter f = {.user_id = uid, .tags = filters, .ntags = nf, .sort = sort,
                        .limit = limit, .offset = offset};
    ls_link_list got;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &got), LS_OK);
    CHECK_INT_EQ(got.total, (int64_t)n);
    size_t expect_n = (size_t)offset >= n ? 0 : n - (size_t)offset;
    if (expect_n > (size_t)limit)
        expect_n = (size_t)limit;
    CHECK_INT_EQ(got.n, expect_n);
    for (size_t i = 0; i < got.n && i < expect_n; i++) {
        const ref_link *w = &want[offset + (int64_t)i];
        if (got.items[i].id != w->id) {
            ls_test_fail(__FILE__, __LINE__, "filter %s.. sort %d offset %lld row %zu: id %lld,"
                         " want %lld", nf ? filters[0] : "-", sort, (long long)offset, i,
                         (long long)got.items[i].id, (long long)w->id);
            break;
        }
        CHECK_STR_EQ(got.items[i].display_title ? got.items[i].display_title
                                                : got.items[i].url, w->title);
    }
    ls_link_list_release(&got);
}

TEST(perf_list_matches_brute_force)
{
    ls_db *db = store_test_open("perf_list_ref");
    setup(db);
    static const char *const f_a[] = {"a"}, *const f_ab[] = {"a/b"}, *const f_leaf[] = {"a/b/c"},
                             *const f_two[] = {"a/b", "z"}, *const f_three[] = {"a", "a b", "ab"},
                             *const f_none[] = {"nope"}, *const f_mixed[] = {"z", "nope"};
    struct {
        const char *const *f;
        size_t n;
    } filters[] = {{NULL, 0}, {f_a, 1}, {f_ab, 1}, {f_leaf, 1}, {f_two, 2},
                   {f_three, 3}, {f_none, 1}, {f_mixed, 2}};
    static const int64_t offsets[] = {0, 7, 19, 50, 119, 500};
    for (size_t i = 0; i < sizeof filters / sizeof filters[0]; i++)
        for (int sort = 0; sort <= LS_LINK_SORT_TITLE; sort++)
            for (size_t o = 0; o < sizeof offsets / sizeof offsets[0]; o++)
                check_query(db, filters[i].f, filters[i].n, sort, offsets[o], 20);
    check_query(db, NULL, 0, 0, 0, 500);
    ls_db_close(db);
}

static int64_t total_of(ls_db *db, const char *tag)
{
    const char *tags[1] = {tag};
    ls_link_filter f = {.user_id = 1, .tags = tag ? tags : NULL, .ntags = tag ? 1 : 0,
                        .limit = 5};
    ls_link_list l;
    int64_t t = -1;
    if (ls_link_list_query(db, &f, &l) == LS_OK)
        t = l.total;
    ls_link_list_release(&l);
    return t;
}

TEST(perf_list_total_follows_every_change)
{
    ls_db *db = store_test_open("perf_list_memo"), *other = store_test_open("perf_list_memo");
    int64_t a = 0, b = 0, c = 0;
    const char *parent = "p", *child = "p/q";
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &a, NULL), LS_OK);
    CHECK_INT_EQ(total_of(db, NULL), 1);
    CHECK_INT_EQ(total_of(db, NULL), 1); /* asked twice: the remembered answer */
    CHECK_INT_EQ(total_of(db, "p"), 0);
    /* A commit by this connection. */
    CHECK_INT_EQ(ls_link_add(db, 1, "http://b/", "http://b/", NULL, NULL, &b, NULL), LS_OK);
    CHECK_INT_EQ(total_of(db, NULL), 2);
    /* A commit by another connection to the same file. */
    CHECK_INT_EQ(ls_link_add(other, 1, "http://c/", "http://c/", NULL, NULL, &c, NULL), LS_OK);
    CHECK_INT_EQ(total_of(db, NULL), 3);
    CHECK_INT_EQ(ls_tag_link_add(other, 1, c, &child, 1), LS_OK);
    CHECK_INT_EQ(total_of(db, "p"), 1);
    CHECK_INT_EQ(ls_tag_link_add(db, 1, a, &parent, 1), LS_OK);
    CHECK_INT_EQ(total_of(db, "p"), 2);
    CHECK_INT_EQ(total_of(db, "p/q"), 1);
    /* Inside a transaction, then rolled back. */
    CHECK_INT_EQ(ls_db_begin(db), LS_OK);
    CHECK_INT_EQ(ls_link_delete(db, 1, b), LS_OK);
    CHECK_INT_EQ(total_of(db, NULL), 2);
    CHECK_INT_EQ(ls_db_rollback(db), LS_OK);
    CHECK_INT_EQ(total_of(db, NULL), 3);
    /* A tag removed elsewhere, and a fresh connection after a close. */
    CHECK_INT_EQ(ls_tag_delete(other, 1, "p/q"), LS_OK);
    CHECK_INT_EQ(total_of(db, "p"), 1);
    ls_db_close(db);
    CHECK_INT_EQ(ls_link_delete(other, 1, a), LS_OK);
    db = store_test_open("perf_list_memo");
    CHECK_INT_EQ(total_of(db, NULL), 2);
    CHECK_INT_EQ(total_of(db, "p"), 0);
    ls_db_close(other);
    ls_db_close(db);
}

/* Open descriptors of this process naming a file under dir. */
static int fds_under(const char *dir)
{
    int n = 0;
    char link[64], target[1024];
    for (int fd = 0; fd < 1024; fd++) {
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t len = readlink(link, target, sizeof target - 1);
        if (len <= 0)
            continue;
        target[len] = '\0';
        if (!strncmp(target, dir, strlen(dir)))
            n++;
    }
    return n;
}

/* The statements a connection keeps for the list queries must not keep it
 * open (as a zombie) after ls_db_close(). */
TEST(perf_list_closing_really_closes_the_file)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s", store_test_dir("perf_list_close"));
    /* No other connection to the file stays open: SQLite defers closing a
     * descriptor while another connection of the process holds locks. */
    int before = fds_under(dir);
    for (int round = 0; round < 3; round++) {
        ls_db *db = store_test_open("perf_list_close");
        CHECK(fds_under(dir) > before);
        const char *tag = "t";
        int64_t id = 0;
        char url[32];
        snprintf(url, sizeof url, "http://r%d/", round);
        CHECK_INT_EQ(ls_link_add(db, 1, url, url, NULL, NULL, &id, NULL), LS_OK);
        CHECK_INT_EQ(ls_tag_link_add(db, 1, id, &tag, 1), LS_OK);
        CHECK_INT_EQ(total_of(db, NULL), round + 1);
        CHECK_INT_EQ(total_of(db, "t"), round + 1);
        ls_db_close(db);
        CHECK_INT_EQ(fds_under(dir), before);
    }
    CHECK_INT_EQ(before, 0);
}
