/*
 * handlers.h - every route handler of the web layer, grouped by file. The
 * table that maps methods and paths to them is in route.c. Private to
 * src/web/.
 */
#ifndef LS_WEB_HANDLERS_H
#define LS_WEB_HANDLERS_H

#include "web/app.h"

#define H(name) void name(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)

/* api_links.c */
H(ls_api_links_add);
H(ls_api_links_list);
H(ls_api_link_get);
H(ls_api_link_patch);
H(ls_api_link_delete);
H(ls_api_link_snapshots);
H(ls_api_link_capture);
H(ls_api_snapshot_get);
H(ls_api_job_get);
H(ls_api_me);
/* api_tags.c */
H(ls_api_tags_get);
H(ls_api_tags_post);
H(ls_api_tags_patch);
H(ls_api_tags_delete);
H(ls_api_search);
/* files.c */
H(ls_files_snapshot);
H(ls_files_capability);
H(ls_files_share);
H(ls_static_css);
H(ls_static_favicon);
/* favicon.c */
H(ls_files_favicon);
/* page_library.c */
H(ls_page_library);
H(ls_page_search);
/* page_link.c */
H(ls_page_link);
H(ls_page_link_edit);
H(ls_page_link_delete_confirm);
H(ls_page_link_delete);
H(ls_page_link_capture);
H(ls_page_link_share);
H(ls_page_link_unshare);
H(ls_page_share);
/* page_add.c */
H(ls_page_add);
H(ls_page_add_post);
/* page_tags.c */
H(ls_page_tags);
H(ls_page_tags_create);
H(ls_page_tags_rename);
H(ls_page_tags_merge);
H(ls_page_tags_delete);
/* page_account.c */
H(ls_page_login);
H(ls_page_login_post);
H(ls_page_logout);
H(ls_page_setup);
H(ls_page_setup_post);
H(ls_page_settings);
H(ls_page_settings_lang);
H(ls_page_settings_password);
H(ls_page_settings_token_add);
H(ls_page_settings_token_revoke);
H(ls_page_admin_users);
H(ls_page_admin_user_add);
H(ls_page_admin_user_delete);

#undef H

#endif
