/* ls_tag_paths_of_links: the tags of a page of links in one statement. */
#include "harness.h"

#include <stdio.h>
#include <string.h>

#include "store/links.h"
#include "store/tags.h"
#include "store/users.h"
#include "store_test.h"
#include "util/buf.h"
#include "util/err.h"

static void collect(void *ctx, size_t i, const char *path)
{
    ls_buf *b = ctx;
    ls_buf_addf(b, "%zu:%s;", i, path);
}

TEST(tag_paths_of_links_gives_each_link_its_own_tags_in_order)
{
    ls_db *db = store_test_open("tag_pages");
    int64_t a = 0, b = 0, c = 0, bob = 0;
    CHECK_INT_EQ(ls_link_add(db, LS_USER_LOCAL_ID, "http://a/", "http://a/", NULL, NULL, &a, NULL), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, LS_USER_LOCAL_ID, "http://b/", "http://b/", NULL, NULL, &b, NULL), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "alice", "password-1", true, NULL), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "bob", "password-2", false, &bob), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, bob, "http://c/", "http://c/", NULL, NULL, &c, NULL), LS_OK);
    ls_user alice = {0};
    CHECK_INT_EQ(ls_user_get_by_name(db, "alice", &alice), LS_OK);
    const char *ta[] = {"工业互联网/边缘计算", "人工智能", "工业互联网"};
    const char *tc[] = {"secret"};
    CHECK_INT_EQ(ls_tag_link_add(db, alice.id, a, ta, 3), LS_OK);
    CHECK_INT_EQ(ls_tag_link_add(db, bob, c, tc, 1), LS_OK);
    int64_t ids[] = {b, c, a};
    ls_buf out;
    ls_buf_init(&out, 4096);
    CHECK_INT_EQ(ls_tag_paths_of_links(db, alice.id, ids, 3, collect, &out), LS_OK);
    /* b has none, c is bob's (nothing), a's in the order tag list uses. */
    CHECK_STR_EQ(out.data, "2:人工智能;2:工业互联网;2:工业互联网/边缘计算;");
    ls_buf_release(&out);
    ls_user_release(&alice);
    ls_db_close(db);
}
