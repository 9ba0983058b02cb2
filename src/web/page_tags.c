/*
 * page_tags.c - 标签: the tag tree with counts, and forms to create, rename
 * or move (nest by typing a path "父/子"), merge and delete tags.
 */
#include <string.h>

#include "store/tags.h"
#include "util/err.h"
#include "web/handlers.h"
#include "web/page.h"

static void tag_row(ls_req *r, ls_resp *s, const ls_tag_node *n)
{
    ls_buf_addf(&s->body, "<tr><td class=\"d%d\">", n->depth > 7 ? 7 : n->depth);
    for (int i = 0; i < n->depth; i++)
        ls_page_raw(s, "<span class=\"muted\">\xE2\x80\x94 </span>");
    ls_page_raw(s, "<a class=\"tag\" href=\"/?tag=");
    ls_esc_url(&s->body, n->path);
    ls_page_raw(s, "\">");
    ls_page_text(s, n->name);
    ls_buf_addf(&s->body, "</a></td><td class=\"right\">%lld</td><td class=\"right\">%lld</td><td>",
                (long long)n->own_count, (long long)n->total_count);
    ls_page_raw(s, "<form class=\"inline\" method=\"post\" action=\"/tags/rename\">");
    ls_page_csrf(r, s);
    ls_page_raw(s, "<input type=\"hidden\" name=\"from\" value=\"");
    ls_page_text(s, n->path);
    ls_page_raw(s, "\"><input type=\"text\" name=\"to\" size=\"18\" aria-label=\"rename\" value=\"");
    ls_page_text(s, n->path);
    ls_page_raw(s, "\"><button type=\"submit\">");
    ls_page_t(r, s, "rename");
    ls_page_raw(s, "</button></form> <form class=\"inline\" method=\"post\" action=\"/tags/delete\" "
                   "data-confirm=\"");
    ls_page_t(r, s, "tag_delete_confirm");
    ls_page_raw(s, "\">");
    ls_page_csrf(r, s);
    ls_page_raw(s, "<input type=\"hidden\" name=\"path\" value=\"");
    ls_page_text(s, n->path);
    ls_page_raw(s, "\"><button class=\"danger\" type=\"submit\">");
    ls_page_t(r, s, "delete");
    ls_page_raw(s, "</button></form></td></tr>");
}

static void text_field(ls_req *r, ls_resp *s, const char *name, const char *label_key,
                       const char *placeholder_key)
{
    ls_page_raw(s, "<div class=\"field\"><label>");
    ls_page_t(r, s, label_key);
    ls_page_raw(s, "</label><div><input type=\"text\" data-tags autocomplete=\"off\" required name=\"");
    ls_page_raw(s, name);
    ls_page_raw(s, "\" placeholder=\"");
    ls_page_t(r, s, placeholder_key);
    ls_page_raw(s, "\"></div></div>");
}

void ls_page_tags(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    ls_tag_tree t = {0};
    ls_tag_tree_get(r->db, r->user.id, &t);
    ls_page_begin(r, s, T(r, "nav_tags"), "tags");
    ls_page_raw(s, "<div class=\"cols\"><section class=\"panel\"><h1>");
    ls_page_t(r, s, "nav_tags");
    ls_page_raw(s, "</h1>");
    if (!t.n) {
        ls_page_raw(s, "<p class=\"hint\">");
        ls_page_t(r, s, "no_tags_yet");
        ls_page_raw(s, "</p>");
    } else {
        ls_page_raw(s, "<table><thead><tr><th>");
        ls_page_t(r, s, "tag");
        ls_page_raw(s, "</th><th class=\"right\">");
        ls_page_t(r, s, "count_own");
        ls_page_raw(s, "</th><th class=\"right\">");
        ls_page_t(r, s, "count_total");
        ls_page_raw(s, "</th><th></th></tr></thead><tbody>");
        for (size_t i = 0; i < t.n; i++)
            tag_row(r, s, &t.items[i]);
        ls_page_raw(s, "</tbody></table><p class=\"hint\">");
        ls_page_t(r, s, "rename_hint");
        ls_page_raw(s, "</p>");
    }
    ls_page_raw(s, "</section><aside><div class=\"panel\"><h3>");
    ls_page_t(r, s, "tag_create");
    ls_page_raw(s, "</h3><form method=\"post\" action=\"/tags\">");
    ls_page_csrf(r, s);
    text_field(r, s, "path", "tag_path", "tag_path_placeholder");
    ls_page_raw(s, "<button class=\"primary\" type=\"submit\">");
    ls_page_t(r, s, "create");
    ls_page_raw(s, "</button></form></div><div class=\"panel\"><h3>");
    ls_page_t(r, s, "tag_merge");
    ls_page_raw(s, "</h3><form method=\"post\" action=\"/tags/merge\">");
    ls_page_csrf(r, s);
    text_field(r, s, "from", "merge_from", "merge_from_placeholder");
    text_field(r, s, "into", "merge_into", "tag_path_placeholder");
    ls_page_raw(s, "<button type=\"submit\">");
    ls_page_t(r, s, "merge");
    ls_page_raw(s, "</button></form></div></aside></div>");
    ls_page_end(r, s);
    ls_tag_tree_release(&t);
}

static void done(ls_resp *s, int rc, const char *ok_key)
{
    const char *err = rc == LS_EEXIST ? "tag_exists" : rc == LS_ENOTFOUND ? "tag_missing"
                                                                          : "bad_tag";
    ls_page_redirect_msg(s, "/tags", rc ? "err" : "msg", rc ? err : ok_key);
}

void ls_page_tags_create(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *p = ls_kv_get(&r->form, "path");
    done(s, p ? ls_tag_ensure(r->db, r->user.id, p, NULL) : LS_EINVAL, "tag_created");
}

void ls_page_tags_rename(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *from = ls_kv_get(&r->form, "from"), *to = ls_kv_get(&r->form, "to");
    done(s, from && to ? ls_tag_rename(r->db, r->user.id, from, to) : LS_EINVAL, "tag_renamed");
}

void ls_page_tags_merge(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *into = ls_kv_get(&r->form, "into");
    const char *from[32];
    size_t n = 0;
    for (size_t i = 0; i < r->form.n && n < 32; i++)
        if (!strcmp(r->form.v[i].key, "from") && *r->form.v[i].val)
            from[n++] = r->form.v[i].val;
    done(s, into && n ? ls_tag_merge(r->db, r->user.id, from, n, into) : LS_EINVAL,
         "tag_merged");
}

void ls_page_tags_delete(ls_app *app, ls_req *r, ls_resp *s, const int64_t *ids)
{
    const char *p = ls_kv_get(&r->form, "path");
    done(s, p ? ls_tag_delete(r->db, r->user.id, p) : LS_EINVAL, "tag_deleted");
}
