#include "capture/reader_doc.h"

#include <string.h>

#include "html/escape.h"
#include "util/err.h"
#include "util/timeutil.h"

static const char style[] =
    "body{margin:0;background:#fbfaf7;color:#1f2328;font:18px/1.8 -apple-system,"
    "'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',system-ui,sans-serif}"
    "main{max-width:42em;margin:0 auto;padding:2em 1.2em}"
    "h1{font-size:1.7em;line-height:1.35;margin:0 0 .4em}"
    ".meta{color:#57606a;font-size:.85em;margin-bottom:2em}"
    ".meta span+span:before{content:' · '}"
    "img{max-width:100%;height:auto}pre{overflow:auto;background:#f3f1ec;padding:.8em}"
    "blockquote{margin:0;padding-left:1em;border-left:3px solid #d0cbc0;color:#444}"
    "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.3em .5em}"
    "footer{margin-top:3em;color:#8c959f;font-size:.8em;word-break:break-all}";

static void meta_item(ls_buf *out, const char *label, const char *value)
{
    if (!value || !*value)
        return;
    ls_buf_adds(out, "<span>");
    ls_buf_adds(out, label);
    ls_html_escape_texts(out, value);
    ls_buf_adds(out, "</span>");
}

int ls_reader_doc_render(const ls_article *a, const char *source_url, int64_t captured,
                         ls_buf *out)
{
    char when[32];
    ls_iso8601_utc(captured, when, sizeof when);
    ls_buf_adds(out, "<!DOCTYPE html>\n<html");
    if (a->lang && *a->lang) {
        ls_buf_adds(out, " lang=\"");
        ls_html_escape_attrs(out, a->lang);
        ls_buf_adds(out, "\"");
    }
    ls_buf_adds(out, "><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                     "<meta name=\"linksnap:source\" content=\"");
    ls_html_escape_attrs(out, source_url);
    ls_buf_adds(out, "\"><title>");
    ls_html_escape_texts(out, a->title ? a->title : source_url);
    ls_buf_addf(out, "</title><style>%s</style></head><body><main><article><h1>", style);
    ls_html_escape_texts(out, a->title ? a->title : "");
    ls_buf_adds(out, "</h1><div class=\"meta\">");
    meta_item(out, "来源：", a->source);
    meta_item(out, "作者：", a->byline);
    meta_item(out, "", a->published);
    meta_item(out, "", a->site_name);
    ls_buf_adds(out, "</div>\n");
    /* Already sanitized by the extractor (allow-list, http/https/mailto). */
    ls_buf_adds(out, a->html ? a->html : "");
    ls_buf_adds(out, "\n</article><footer>");
    ls_html_escape_texts(out, source_url);
    ls_buf_adds(out, " · ");
    ls_buf_adds(out, when);
    ls_buf_adds(out, "</footer></main></body></html>\n");
    return out->err ? out->err : LS_OK;
}
