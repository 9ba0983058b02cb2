#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "store/users.h"
#include "store_test.h"
#include "util/err.h"

static int64_t add(ls_db *db, int64_t user, const char *url)
{
    int64_t id = 0;
    CHECK_INT_EQ(ls_link_add(db, user, url, url, NULL, NULL, &id, NULL), LS_OK);
    return id;
}

TEST(links_same_url_twice_is_one_link)
{
    ls_db *db = store_test_open("links_same");
    int64_t a = 0, b = 0;
    bool created = false;
    CHECK_INT_EQ(ls_link_add(db, 1, "HTTP://A.com/x", "http://a.com/x", "mine", "n1", &a,
                             &created), LS_OK);
    CHECK(created);
    for (int i = 0; i < 1000; i++) {
        CHECK_INT_EQ(ls_link_add(db, 1, "http://a.com/x", "http://a.com/x", NULL, "n2", &b,
                                 &created), LS_OK);
        if (b != a || created)
            break;
    }
    CHECK_INT_EQ(b, a);
    CHECK(!created);
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(db, 1, a, &l), LS_OK);
    CHECK_STR_EQ(l.url, "HTTP://A.com/x");
    CHECK_STR_EQ(l.note, "n1"); /* an existing link is found, not changed */
    CHECK_STR_EQ(l.title, "mine");
    ls_link_release(&l);
    ls_link_filter f = {.user_id = 1};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, 1);
    ls_link_list_release(&list);
    CHECK_INT_EQ(ls_link_add(db, 1, "", "", NULL, NULL, &b, NULL), LS_EINVAL);
    ls_db_close(db);
}

TEST(links_owner_check_hides_other_users_links)
{
    ls_db *db = store_test_open("links_owner");
    int64_t ua = 0, ub = 0, sid = 0;
    CHECK_INT_EQ(ls_user_create(db, "alice", "password-a", false, &ua), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "bob", "password-b", false, &ub), LS_OK);
    int64_t la = add(db, ua, "http://a.example/");
    CHECK_INT_EQ(ls_snapshot_create(db, la, &sid), LS_OK);
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(db, ub, la, &l), LS_ENOTFOUND);
    CHECK(l.url == NULL);
    CHECK_INT_EQ(ls_link_get(db, ua, la, &l), LS_OK);
    ls_link_release(&l);
    CHECK_INT_EQ(ls_link_get(db, ua, la + 100, &l), LS_ENOTFOUND);
    ls_snapshot s = {0};
    CHECK_INT_EQ(ls_snapshot_get(db, ub, sid, &s), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_snapshot_get(db, ua, sid, &s), LS_OK);
    ls_snapshot_release(&s);
    ls_snapshot_list sl;
    CHECK_INT_EQ(ls_snapshot_list_for_link(db, ub, la, &sl), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_link_update(db, ub, la, "x", NULL), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_link_delete(db, ub, la), LS_ENOTFOUND);
    char tok[LS_LINK_SHARE_TOKEN_SZ];
    CHECK_INT_EQ(ls_link_share(db, ub, la, tok), LS_ENOTFOUND);
    const char *tags[] = {"t"};
    CHECK_INT_EQ(ls_tag_link_add(db, ub, la, tags, 1), LS_ENOTFOUND);
    ls_link_filter f = {.user_id = ub};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, 0);
    ls_link_list_release(&list);
    CHECK_INT_EQ(ls_link_get(db, ua, la, &l), LS_OK); /* still there */
    ls_link_release(&l);
    ls_db_close(db);
}

TEST(links_paging_is_clamped)
{
    ls_db *db = store_test_open("links_paging");
    char url[64];
    for (int i = 0; i < 510; i++) {
        snprintf(url, sizeof url, "http://h/%d", i);
        add(db, 1, url);
    }
    ls_link_filter f = {.user_id = 1, .limit = 1000000000, .offset = -1};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, 510);
    CHECK_INT_EQ(list.n, LS_LINK_LIST_MAX);
    ls_link_list_release(&list);
    f.limit = 0;
    f.offset = 505;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.n, 5);
    ls_link_list_release(&list);
    f.limit = -7;
    f.offset = 9223372036854775807LL;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.n, 0);
    CHECK_INT_EQ(list.total, 510);
    ls_link_list_release(&list);
    ls_db_close(db);
}

TEST(links_sort_orders)
{
    ls_db *db = store_test_open("links_sort");
    ls_db_set_now(db, 1000);
    int64_t a = add(db, 1, "http://z.example/");
    ls_db_set_now(db, 2000);
    int64_t b = add(db, 1, "http://y.example/");
    ls_db_set_now(db, 3000);
    int64_t c = add(db, 1, "http://x.example/");
    CHECK_INT_EQ(ls_link_update(db, 1, a, "Apple", NULL), LS_OK);
    CHECK_INT_EQ(ls_link_update(db, 1, b, "banana", NULL), LS_OK);
    CHECK_INT_EQ(ls_link_update(db, 1, c, "Cherry", NULL), LS_OK);
    ls_link_filter f = {.user_id = 1};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK(list.n == 3 && list.items[0].id == c && list.items[2].id == a);
    ls_link_list_release(&list);
    f.sort = LS_LINK_SORT_CREATED_ASC;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK(list.n == 3 && list.items[0].id == a && list.items[2].id == c);
    ls_link_list_release(&list);
    CHECK_INT_EQ(ls_link_update(db, 1, a, "zebra", NULL), LS_OK);
    f.sort = LS_LINK_SORT_TITLE;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK(list.n == 3 && list.items[0].id == b && list.items[1].id == c && list.items[2].id == a);
    ls_link_list_release(&list);
    ls_db_close(db);
}

TEST(links_filter_by_tags_all_must_match_and_children_count)
{
    ls_db *db = store_test_open("links_filter");
    int64_t a = add(db, 1, "http://a/"), b = add(db, 1, "http://b/"), c = add(db, 1, "http://c/");
    const char *ta[] = {"工业互联网/边缘计算", "news"};
    const char *tb[] = {"工业互联网"};
    const char *tc[] = {"工业互联网2", "news"};
    CHECK_INT_EQ(ls_tag_link_add(db, 1, a, ta, 2), LS_OK);
    CHECK_INT_EQ(ls_tag_link_add(db, 1, b, tb, 1), LS_OK);
    CHECK_INT_EQ(ls_tag_link_add(db, 1, c, tc, 2), LS_OK);
    const char *q1[] = {"工业互联网"};
    ls_link_filter f = {.user_id = 1, .tags = q1, .ntags = 1};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, 2); /* a (child tag) and b; not c (a name with the prefix) */
    ls_link_list_release(&list);
    const char *q2[] = {" 工业互联网 ", "news"};
    f.tags = q2;
    f.ntags = 2;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, 1);
    CHECK(list.n == 1 && list.items[0].id == a);
    ls_link_list_release(&list);
    const char *q3[] = {"%"};
    f.tags = q3;
    f.ntags = 1;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK_INT_EQ(list.total, 0);
    ls_link_list_release(&list);
    const char *q4[] = {"a//b"};
    f.tags = q4;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_EINVAL);
    ls_db_close(db);
}

TEST(links_update_delete_and_share)
{
    ls_db *db = store_test_open("links_update");
    int64_t a = add(db, 1, "http://a/");
    CHECK_INT_EQ(ls_link_update(db, 1, a, "T", "N"), LS_OK);
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(db, 1, a, &l), LS_OK);
    CHECK_STR_EQ(l.title, "T");
    CHECK_STR_EQ(l.note, "N");
    ls_link_release(&l);
    CHECK_INT_EQ(ls_link_update(db, 1, a, "", NULL), LS_OK);
    CHECK_INT_EQ(ls_link_get(db, 1, a, &l), LS_OK);
    CHECK(l.title == NULL);
    CHECK_STR_EQ(l.note, "N");
    ls_link_release(&l);
    char tok[LS_LINK_SHARE_TOKEN_SZ];
    CHECK_INT_EQ(ls_link_share(db, 1, a, tok), LS_OK);
    CHECK(strlen(tok) >= 32);
    CHECK_INT_EQ(ls_link_get_by_share(db, tok, &l), LS_OK);
    CHECK_INT_EQ(l.id, a);
    ls_link_release(&l);
    CHECK_INT_EQ(ls_link_unshare(db, 1, a), LS_OK);
    CHECK_INT_EQ(ls_link_get_by_share(db, tok, &l), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_link_get_by_share(db, "", &l), LS_ENOTFOUND);
    int64_t sid = 0, jid = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, a, &sid), LS_OK);
    const char *t[] = {"x"};
    CHECK_INT_EQ(ls_tag_link_add(db, 1, a, t, 1), LS_OK);
    CHECK_INT_EQ(ls_link_delete(db, 1, a), LS_OK);
    CHECK_INT_EQ(ls_link_get(db, 1, a, &l), LS_ENOTFOUND);
    ls_snapshot s;
    CHECK_INT_EQ(ls_snapshot_load(db, sid, &s), LS_ENOTFOUND);
    (void)jid;
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

TEST(links_display_title_falls_back_to_snapshot)
{
    ls_db *db = store_test_open("links_title");
    ls_db_set_now(db, 1700000000);
    int64_t a = add(db, 1, "http://a/"), s1 = 0, s2 = 0;
    CHECK_INT_EQ(ls_snapshot_create(db, a, &s1), LS_OK);
    ls_snapshot s = {.id = s1, .title = "页面标题", .site_name = "例子网", .excerpt = "摘要"};
    CHECK_INT_EQ(ls_snapshot_finish(db, &s), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, a, &s2), LS_OK); /* newer, still queued */
    ls_link l = {0};
    CHECK_INT_EQ(ls_link_get(db, 1, a, &l), LS_OK);
    CHECK(l.title == NULL);
    CHECK_STR_EQ(l.display_title, "页面标题");
    CHECK_STR_EQ(l.last_status, "queued");
    CHECK_STR_EQ(l.site_name, "例子网");
    CHECK_STR_EQ(l.excerpt, "摘要");
    CHECK_INT_EQ(l.captured, 1700000000);
    ls_link_release(&l);
    ls_link_filter f = {.user_id = 1};
    ls_link_list list;
    CHECK_INT_EQ(ls_link_list_query(db, &f, &list), LS_OK);
    CHECK(list.n == 1 && list.items[0].excerpt && strcmp(list.items[0].excerpt, "摘要") == 0);
    ls_link_list_release(&list);
    ls_db_close(db);
}

TEST(links_text_caps_and_utf8)
{
    ls_db *db = store_test_open("links_caps");
    int64_t id = 0;
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", "bad \xff title", NULL, &id, NULL),
                 LS_EINVAL);
    char *big = malloc(LS_LINK_NOTE_MAX + 2);
    memset(big, 'n', LS_LINK_NOTE_MAX + 1);
    big[LS_LINK_NOTE_MAX + 1] = '\0';
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", NULL, big, &id, NULL),
                 LS_ETOOBIG);
    CHECK_INT_EQ(ls_link_add(db, 1, "http://a/", "http://a/", NULL, NULL, &id, NULL), LS_OK);
    CHECK_INT_EQ(ls_link_update(db, 1, id, NULL, big), LS_ETOOBIG);
    big[LS_LINK_NOTE_MAX] = '\0';
    CHECK_INT_EQ(ls_link_update(db, 1, id, NULL, big), LS_OK);
    /* U+2028 and an RTL override are text here; escaping is the views' job. */
    CHECK_INT_EQ(ls_link_update(db, 1, id, "a\xe2\x80\xa8" "b\xe2\x80\xae" "c", NULL), LS_OK);
    free(big);
    ls_db_close(db);
}
