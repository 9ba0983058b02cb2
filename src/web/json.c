/*
 * json.c - JSON answers and bodies for the API (see app.h). Every error is
 * {"error": {"code", "message"}} with a matching status.
 */
#include <string.h>

#include "util/err.h"
#include "util/str.h"
#include "web/app.h"

void ls_json_send(ls_resp *s, int status, json_t *v)
{
    ls_buf_reset(&s->body);
    s->status = status;
    s->content_type = "application/json; charset=utf-8";
    /* JSON_ESCAPE_SLASH keeps "</script>" out even if a body is pasted into
     * a page; non-ASCII stays UTF-8 (ensure_ascii off). */
    char *txt = v ? json_dumps(v, JSON_COMPACT | JSON_ESCAPE_SLASH) : NULL;
    if (txt) {
        ls_buf_adds(&s->body, txt);
        free(txt);
    } else {
        ls_buf_adds(&s->body, "{\"error\":{\"code\":\"internal\",\"message\":\"encoding\"}}");
        s->status = 500;
    }
    ls_buf_addc(&s->body, '\n');
    json_decref(v);
}

void ls_json_error(ls_resp *s, int status, const char *code, const char *message)
{
    ls_json_send(s, status,
                 json_pack("{s:{s:s,s:s}}", "error", "code", code, "message", message));
}

void ls_json_store_error(ls_resp *s, int rc)
{
    switch (rc) {
    case LS_ENOTFOUND: ls_json_error(s, 404, "not_found", "not found"); break;
    case LS_EINVAL: ls_json_error(s, 400, "invalid", "invalid input"); break;
    case LS_EEXIST: ls_json_error(s, 409, "exists", "already exists"); break;
    case LS_EPERM: ls_json_error(s, 403, "forbidden", "not allowed"); break;
    case LS_ETOOBIG: ls_json_error(s, 413, "too_large", "too large"); break;
    default: ls_json_error(s, 500, "internal", ls_strerror(rc)); break;
    }
}

json_t *ls_json_body(ls_req *r, ls_resp *s)
{
    const char *ct = ls_req_header(r, "Content-Type");
    if (ct && !ls_startswith_nocase(ct, "application/json")) {
        ls_json_error(s, 415, "unsupported_media_type", "send application/json");
        return NULL;
    }
    json_error_t e;
    json_t *v = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &e);
    if (!v || !json_is_object(v)) {
        json_decref(v);
        ls_json_error(s, 400, "bad_json", "the body must be a JSON object");
        return NULL;
    }
    return v;
}
