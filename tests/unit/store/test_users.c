#include <string.h>

#include "harness.h"
#include "store/jobs.h"
#include "store/links.h"
#include "store/snapshots.h"
#include "store/tags.h"
#include "store/users.h"
#include "store_test.h"
#include "util/err.h"
#include "util/timeutil.h"

TEST(users_create_verify_and_rules)
{
    ls_db *db = store_test_open("users_basic");
    int64_t id = 0, got = 0;
    CHECK_INT_EQ(ls_user_create(db, "Alice", "correct horse", false, &id), LS_OK);
    CHECK(id > 1);
    CHECK_INT_EQ(ls_user_verify(db, "alice", "correct horse", &got), LS_OK);
    CHECK_INT_EQ(got, id);
    CHECK_INT_EQ(ls_user_verify(db, "alice", "wrong horse!", &got), LS_EPERM);
    CHECK_INT_EQ(ls_user_verify(db, "nobody", "correct horse", &got), LS_EPERM);
    CHECK_INT_EQ(ls_user_verify(db, "local", "", &got), LS_EPERM);
    CHECK_INT_EQ(ls_user_verify(db, "local", "anything-at-all", &got), LS_EPERM);
    CHECK_INT_EQ(ls_user_create(db, "ALICE", "another pass", false, NULL), LS_EEXIST);
    CHECK_INT_EQ(ls_user_create(db, "LOCAL", "another pass", false, NULL), LS_EEXIST);
    CHECK_INT_EQ(ls_user_create(db, "bob", "short", false, NULL), LS_EINVAL);
    const char *bad[] = {"", "-bob", ".x", "a b", "名字", "a/b", "x'--",
                         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        CHECK_INT_EQ(ls_user_create(db, bad[i], "long enough", false, NULL), LS_EINVAL);
    CHECK_INT_EQ(ls_user_set_password(db, id, "new password"), LS_OK);
    CHECK_INT_EQ(ls_user_verify(db, "alice", "correct horse", &got), LS_EPERM);
    CHECK_INT_EQ(ls_user_verify(db, "alice", "new password", &got), LS_OK);
    CHECK_INT_EQ(ls_user_set_password(db, LS_USER_LOCAL_ID, "new password"), LS_EPERM);
    ls_user u = {0};
    CHECK_INT_EQ(ls_user_get_by_name(db, "ALICE", &u), LS_OK);
    CHECK_STR_EQ(u.name, "Alice");
    CHECK(u.is_admin); /* the first real user */
    CHECK(!u.is_system);
    ls_user_release(&u);
    CHECK_INT_EQ(ls_user_set_lang(db, id, "en"), LS_OK);
    CHECK_INT_EQ(ls_user_get(db, id, &u), LS_OK);
    CHECK_STR_EQ(u.lang, "en");
    ls_user_release(&u);
    CHECK_INT_EQ(ls_user_get_by_name(db, "local", &u), LS_OK);
    CHECK(u.is_system);
    CHECK_INT_EQ(u.id, LS_USER_LOCAL_ID);
    ls_user_release(&u);
    ls_db_close(db);
}

TEST(users_first_user_adopts_local_data)
{
    ls_db *db = store_test_open("users_adopt");
    int64_t l = 0, s = 0, j = 0;
    CHECK_INT_EQ(ls_link_add(db, LS_USER_LOCAL_ID, "http://cli/", "http://cli/", NULL, NULL,
                             &l, NULL), LS_OK);
    const char *t[] = {"from-cli/sub"};
    CHECK_INT_EQ(ls_tag_link_add(db, LS_USER_LOCAL_ID, l, t, 1), LS_OK);
    CHECK_INT_EQ(ls_snapshot_create(db, l, &s), LS_OK);
    CHECK_INT_EQ(ls_job_enqueue(db, l, s, "cli", &j), LS_OK);
    int64_t first = 0, second = 0;
    CHECK_INT_EQ(ls_user_create(db, "first", "password1", false, &first), LS_OK);
    ls_link link = {0};
    CHECK_INT_EQ(ls_link_get(db, first, l, &link), LS_OK);
    ls_link_release(&link);
    CHECK_INT_EQ(ls_link_get(db, LS_USER_LOCAL_ID, l, &link), LS_ENOTFOUND);
    ls_tag_tree tree;
    CHECK_INT_EQ(ls_tag_tree_get(db, first, &tree), LS_OK);
    CHECK_INT_EQ(tree.n, 2);
    ls_tag_tree_release(&tree);
    ls_job job;
    CHECK_INT_EQ(ls_job_get(db, first, j, &job), LS_OK);
    ls_job_clear(&job);
    /* Only the first real user adopts; later CLI data stays with 'local'. */
    int64_t l2 = 0;
    CHECK_INT_EQ(ls_link_add(db, LS_USER_LOCAL_ID, "http://cli2/", "http://cli2/", NULL, NULL,
                             &l2, NULL), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "second", "password2", false, &second), LS_OK);
    CHECK_INT_EQ(ls_link_get(db, second, l2, &link), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_link_get(db, LS_USER_LOCAL_ID, l2, &link), LS_OK);
    ls_link_release(&link);
    ls_user u;
    CHECK_INT_EQ(ls_user_get(db, second, &u), LS_OK);
    CHECK(!u.is_admin);
    ls_user_release(&u);
    ls_user_list list;
    CHECK_INT_EQ(ls_user_list_all(db, &list), LS_OK);
    CHECK_INT_EQ(list.n, 2); /* 'local' is not listed */
    ls_user_list_release(&list);
    int64_t n = 0;
    CHECK_INT_EQ(ls_user_count(db, &n), LS_OK);
    CHECK_INT_EQ(n, 2);
    ls_db_close(db);
}

TEST(users_delete_rules)
{
    ls_db *db = store_test_open("users_delete");
    int64_t admin = 0, bob = 0, l = 0;
    CHECK_INT_EQ(ls_user_create(db, "admin", "password1", true, &admin), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "bob", "password2", false, &bob), LS_OK);
    CHECK_INT_EQ(ls_link_add(db, bob, "http://b/", "http://b/", NULL, NULL, &l, NULL), LS_OK);
    CHECK_INT_EQ(ls_user_delete(db, admin), LS_EPERM); /* the last admin */
    CHECK_INT_EQ(ls_user_set_admin(db, admin, false), LS_EPERM);
    CHECK_INT_EQ(ls_user_delete(db, LS_USER_LOCAL_ID), LS_EPERM);
    CHECK_INT_EQ(ls_user_delete(db, bob), LS_OK);
    ls_link link;
    CHECK_INT_EQ(ls_link_load(db, l, &link), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_user_delete(db, bob), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_db_integrity_check(db), LS_OK);
    ls_db_close(db);
}

TEST(sessions_create_lookup_expire_delete)
{
    ls_db *db = store_test_open("sessions");
    int64_t id = 0;
    CHECK_INT_EQ(ls_user_create(db, "alice", "password1", false, &id), LS_OK);
    ls_db_set_now(db, 1000000);
    char tok[LS_TOKEN_SZ], tok2[LS_TOKEN_SZ];
    ls_session s, got;
    CHECK_INT_EQ(ls_session_create(db, id, tok, &s), LS_OK);
    CHECK(strlen(tok) >= 43);
    CHECK(strlen(s.csrf) >= 43);
    CHECK_INT_EQ(s.expires, 1000000 + LS_SESSION_TTL);
    CHECK(strcmp(s.id, tok) != 0); /* only the hash is the id */
    CHECK_INT_EQ(ls_session_lookup(db, tok, &got), LS_OK);
    CHECK_INT_EQ(got.user_id, id);
    CHECK_STR_EQ(got.csrf, s.csrf);
    /* The stored id is not a usable cookie. */
    CHECK_INT_EQ(ls_session_lookup(db, s.id, &got), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_session_lookup(db, "", &got), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_session_lookup(db, NULL, &got), LS_ENOTFOUND);
    ls_db_set_now(db, 1000000 + LS_SESSION_TTL);
    CHECK_INT_EQ(ls_session_lookup(db, tok, &got), LS_ENOTFOUND); /* expired */
    CHECK_INT_EQ(ls_session_purge_expired(db), 1);
    CHECK_INT_EQ(ls_session_create(db, id, tok, NULL), LS_OK);
    CHECK_INT_EQ(ls_session_create(db, id, tok2, NULL), LS_OK);
    CHECK(strcmp(tok, tok2) != 0);
    CHECK_INT_EQ(ls_session_delete(db, tok), LS_OK);
    CHECK_INT_EQ(ls_session_lookup(db, tok, &got), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_session_lookup(db, tok2, &got), LS_OK);
    CHECK_INT_EQ(ls_session_delete_user(db, id), LS_OK);
    CHECK_INT_EQ(ls_session_lookup(db, tok2, &got), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_session_create(db, LS_USER_LOCAL_ID, tok, NULL), LS_EPERM);
    ls_db_close(db);
}

TEST(api_tokens_create_lookup_list_revoke)
{
    ls_db *db = store_test_open("tokens");
    int64_t a = 0, b = 0, tid = 0;
    CHECK_INT_EQ(ls_user_create(db, "alice", "password1", false, &a), LS_OK);
    CHECK_INT_EQ(ls_user_create(db, "bob", "password2", false, &b), LS_OK);
    char tok[LS_TOKEN_SZ];
    ls_db_set_now(db, 5000);
    CHECK_INT_EQ(ls_api_token_create(db, a, "bookmarklet", tok, &tid), LS_OK);
    ls_api_token t;
    ls_db_set_now(db, 6000);
    CHECK_INT_EQ(ls_api_token_lookup(db, tok, &t), LS_OK);
    CHECK_INT_EQ(t.user_id, a);
    CHECK_STR_EQ(t.name, "bookmarklet");
    CHECK_INT_EQ(t.last_used, 6000);
    ls_api_token_release(&t);
    ls_api_token_list list;
    CHECK_INT_EQ(ls_api_token_list_user(db, a, &list), LS_OK);
    CHECK_INT_EQ(list.n, 1);
    ls_api_token_list_release(&list);
    CHECK_INT_EQ(ls_api_token_list_user(db, b, &list), LS_OK);
    CHECK_INT_EQ(list.n, 0);
    ls_api_token_list_release(&list);
    CHECK_INT_EQ(ls_api_token_revoke(db, b, tid), LS_ENOTFOUND); /* not bob's */
    CHECK_INT_EQ(ls_api_token_revoke(db, a, tid), LS_OK);
    CHECK_INT_EQ(ls_api_token_lookup(db, tok, &t), LS_ENOTFOUND);
    CHECK_INT_EQ(ls_api_token_create(db, a, "", tok, NULL), LS_EINVAL);
    CHECK_INT_EQ(ls_api_token_create(db, a, "x\ny", tok, NULL), LS_EINVAL);
    ls_db_close(db);
}

TEST(users_unknown_name_costs_the_same_work)
{
    ls_db *db = store_test_open("users_timing");
    CHECK_INT_EQ(ls_user_create(db, "alice", "password1", false, NULL), LS_OK);
    int64_t id;
    CHECK_INT_EQ(ls_user_verify(db, "nobody", "x", &id), LS_EPERM); /* warm the dummy */
    int64_t t0 = ls_mono_ms();
    for (int i = 0; i < 3; i++)
        CHECK_INT_EQ(ls_user_verify(db, "alice", "wrong-pass", &id), LS_EPERM);
    int64_t t1 = ls_mono_ms();
    for (int i = 0; i < 3; i++)
        CHECK_INT_EQ(ls_user_verify(db, "nobody", "wrong-pass", &id), LS_EPERM);
    int64_t t2 = ls_mono_ms();
    /* argon2id dominates both; without the fake work the unknown name
     * would answer in microseconds. */
    CHECK((t2 - t1) * 4 >= (t1 - t0));
    CHECK(t1 - t0 >= 3);
    ls_db_close(db);
}
