/*
 * wechat.c - the particulars of a WeChat official-account article
 * (mp.weixin.qq.com), which many Chinese articles are first published as.
 *
 * Its markup is fixed and its particulars are not where other pages put
 * them: the publication time is a count of seconds in a script
 * (var ct = "1714530000";) that fills an empty <em id="publish_time">, the
 * author is a plain span in the header (#meta_content), and the account
 * that published it is the link #js_name. They are read only for a page
 * whose address, canonical link or og:url is on mp.weixin.qq.com, and only
 * fill what the metadata left empty; the header's line is left out of the
 * text. The article's body (#js_content) is served hidden
 * (visibility:hidden) until a script shows it: it counts as shown.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "util/str.h"

/* An http(s) address on mp.weixin.qq.com. Read by hand: the URL parser
 * of the net layer loads libcurl, whose start costs more than the whole
 * extraction of a page. */
static bool on_wechat(const char *url)
{
    static const char host[] = "mp.weixin.qq.com";
    const size_t hl = sizeof host - 1;
    if (!url)
        return false;
    while (*url == ' ' || *url == '\t')
        url++;
    if (!strncasecmp(url, "https://", 8))
        url += 8;
    else if (!strncasecmp(url, "http://", 7))
        url += 7;
    else
        return false;
    size_t n = strcspn(url, "/?#"); /* the authority */
    if (memchr(url, '@', n) || n < hl || strncasecmp(url, host, hl))
        return false;
    return n == hl || url[hl] == ':' || (n == hl + 1 && url[hl] == '.');
}

static bool id_is(const ls_node *n, const char *id)
{
    const char *v = ls_node_attr(n, "id");
    return v && !strcmp(v, id);
}

/* var ct = "1714530000"; (also with single quotes or no spaces) */
static bool time_in_script(const ls_node *script, int64_t *secs)
{
    const ls_node *t = script->first_child;
    if (!t || t->type != LS_NODE_TEXT)
        return false;
    const char *s = t->text, *end = t->text + t->text_len;
    for (const char *p = s; (p = memmem(p, (size_t)(end - p), "var ct", 6)); p += 6) {
        const char *q = p + 6;
        while (q < end && *q == ' ')
            q++;
        if (q >= end || *q++ != '=')
            continue;
        while (q < end && *q == ' ')
            q++;
        if (q >= end || (*q != '"' && *q != '\''))
            continue;
        char quote = *q++;
        int64_t v = 0;
        int digits = 0;
        for (; q < end && *q >= '0' && *q <= '9' && digits < 12; q++, digits++)
            v = v * 10 + (*q - '0');
        if (digits >= 9 && q < end && *q == quote) {
            *secs = v;
            return true;
        }
    }
    return false;
}

bool ls_extract_wechat_body(const ls_node *n)
{
    return n->tag == GUMBO_TAG_DIV && id_is(n, "js_content")
        && ls_node_has_class(n, "rich_media_content");
}

/* The page holds a WeChat post's header with its account (#meta_content
 * and #js_name) beside its body: a reader site's copy of the post. */
static bool copied_post(const ls_xctx *x)
{
    const ls_node *root = x->dom->root;
    bool meta = false, account = false;
    int budget = 20000;
    for (const ls_node *n = root; n && budget-- > 0 && !(meta && account);
         n = ls_node_next(n, root))
        if (n->type == LS_NODE_ELEMENT) {
            meta = meta || id_is(n, "meta_content");
            account = account || id_is(n, "js_name");
        }
    return meta && account;
}

void ls_x_wechat(ls_xctx *x, const char *const *urls, size_t nurls, ls_article *out)
{
    /* (or a copy of such a page on another site, its template whole: the
     * post's body and its account's name) */
    bool wechat = on_wechat(x->base_url) || (x->wechat_body && copied_post(x));
    for (size_t k = 0; k < nurls && !wechat; k++)
        wechat = on_wechat(urls[k]);
    if (!wechat)
        return;
    const ls_node *root = x->dom->root;
    ls_node *meta = NULL, *account = NULL;
    bool dated = out->published != NULL;
    for (ls_node *n = (ls_node *)root; n; n = ls_node_next(n, root)) {
        if (n->type != LS_NODE_ELEMENT)
            continue;
        if (!meta && id_is(n, "meta_content"))
            meta = n;
        else if (!account && id_is(n, "js_name"))
            account = n;
        int64_t secs;
        if (!dated && n->tag == GUMBO_TAG_SCRIPT && time_in_script(n, &secs)) {
            char d[LS_DATE_MAX];
            if (ls_date_from_epoch(secs, &x->dctx, d)) {
                out->published = ls_strdup(d);
                dated = true;
            }
        }
    }
    /* the account that published the post names it better than the
     * platform's og:site_name ("微信公众平台") */
    char *acct = account ? ls_x_node_text(account, 256) : NULL;
    if (acct && *acct) {
        free(out->site_name);
        out->site_name = acct;
    } else {
        free(acct);
    }
    /* the header's line (badge, author, account, time) is read, not text */
    if (meta)
        meta->flags |= LS_XF_DROP;
    /* the author: a span of the header that is neither the account, the
     * time nor a badge ("原创") */
    for (ls_node *n = meta; n && !out->byline; n = ls_node_next(n, meta)) {
        if (n->type != LS_NODE_ELEMENT || n->tag != GUMBO_TAG_SPAN
            || !ls_node_has_class(n, "rich_media_meta_text") || ls_node_attr(n, "id"))
            continue;
        char *t = ls_x_node_text(n, 256);
        char name[128];
        if (t && strcmp(t, "原创") && ls_byline_clean(t, name, sizeof name)
            && (!out->site_name || strcmp(name, out->site_name)))
            out->byline = ls_strdup(name);
        free(t);
    }
}
