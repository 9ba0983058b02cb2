/*
 * meta.c - article metadata from the DOM, in order of trust: JSON-LD, meta
 * tags (og:, article:, dc., government CMS ArticleTitle/PubDate/
 * ContentSource), marked-up elements (itemprop, rel=author, <time>), then
 * the info line near the headline (infoline.h) and visible dates.
 *
 * One walk over the whole tree collects what the head and body say; the
 * rules that combine them live here, the string rules in infoline.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/extract_int.h"
#include "extract/heading.h"
#include "extract/jsonld.h"
#include "extract/title.h"
#include "html/escape.h"
#include "util/err.h"
#include "util/mojibake.h"
#include "util/str.h"

#define MAX_H1 8

enum {
    M_OG_TITLE, M_TW_TITLE, M_CMS_TITLE, M_DC_TITLE,
    M_AUTHOR, M_ART_AUTHOR, M_DC_CREATOR, M_PARSELY_AUTHOR,
    M_PUBLISHED, M_ONLINE_DATE, M_PUBDATE, M_DC_DATE, M_OTHER_DATE, M_MODIFIED,
    M_SITE, M_APP_NAME, M_SOURCE, M_DESC, M_OG_DESC, M_IMAGE, M_TW_IMAGE, M_OG_URL,
    M_LANG, M_OG_LOCALE, M_GENERATOR, M_COUNT
};

#define MAX_PAPER_AUTHORS 12

typedef struct {
    const char *v[M_COUNT];
    const char *title_tag, *canonical, *html_lang;
    ls_node *h1[MAX_H1];
    int nh1;
    ls_node *h2[2]; /* the first two h2 */
    int nh2;
    ls_node *itemprop_author, *itemprop_date, *rel_author, *time_el;
    ls_node *byline_el[6];
    int nbyline;
    ls_node *user_el[3];
    int nuser;
    ls_node *author_link;
    const char *data_author;
    ls_node *scripts[32]; /* the page's first scripts, for a date in their data */
    int nscripts;
    const char *tw_label[4], *tw_data[4]; /* twitter:label1..3 / twitter:data1..3 */
    const char *paper_author[MAX_PAPER_AUTHORS]; /* citation_author / DC.creator, repeated */
    int npaper_author;
    bool paper_author_cited; /* (citation_author seen: DC.creator is not read too) */
    ls_jsonld ld;
} collected;

static const struct { const char *key; int slot; } meta_keys[] = {
    {"og:title", M_OG_TITLE}, {"twitter:title", M_TW_TITLE}, {"articletitle", M_CMS_TITLE},
    {"dc.title", M_DC_TITLE}, {"dcterms.title", M_DC_TITLE}, {"dc:title", M_DC_TITLE},
    {"dcterms:title", M_DC_TITLE}, {"parsely-title", M_DC_TITLE}, {"sailthru.title", M_DC_TITLE},
    {"author", M_AUTHOR}, {"article:author", M_ART_AUTHOR}, {"dc.creator", M_DC_CREATOR},
    {"dcterms.creator", M_DC_CREATOR}, {"dc:creator", M_DC_CREATOR},
    {"dcterms:creator", M_DC_CREATOR}, {"dcterm:creator", M_DC_CREATOR}, {"parsely-author", M_PARSELY_AUTHOR},
    {"sailthru.author", M_PARSELY_AUTHOR}, {"byl", M_PARSELY_AUTHOR},
    {"twitter:creator", -1},
    {"article:published_time", M_PUBLISHED}, {"og:published_time", M_PUBLISHED},
    {"datepublished", M_PUBLISHED}, {"article:published", M_PUBLISHED},
    {"pubdate", M_PUBDATE}, {"publishdate", M_PUBDATE}, {"publish-date", M_PUBDATE},
    {"publish_date", M_PUBDATE}, {"published-date", M_PUBDATE}, {"firstpublishedtime", M_PUBDATE},
    {"publish_time", M_PUBDATE}, {"publishtime", M_PUBDATE}, {"pubtime", M_PUBDATE},
    {"parsely-pub-date", M_PUBDATE}, {"sailthru.date", M_PUBDATE}, {"published", M_PUBDATE},
    {"citation_online_date", M_ONLINE_DATE},
    {"citation_publication_date", M_PUBDATE}, {"citation_date", M_PUBDATE},
    {"release_date", M_PUBDATE}, {"weibo:article:create_at", M_PUBDATE},
    {"article:modified_time", M_MODIFIED}, {"og:updated_time", M_MODIFIED},
    {"datemodified", M_MODIFIED}, {"modified-date", M_MODIFIED}, {"dc.date", M_DC_DATE}, {"dc.date.issued", M_DC_DATE}, {"dcterms.date", M_DC_DATE},
    {"dcterms.created", M_DC_DATE}, {"dcterms.issued", M_DC_DATE},
    {"date", M_OTHER_DATE}, {"created", M_OTHER_DATE}, {"ms.date", M_OTHER_DATE},
    {"og:site_name", M_SITE}, {"application-name", M_APP_NAME}, {"sitename", M_APP_NAME},
    {"contentsource", M_SOURCE}, {"source", M_SOURCE},
    {"description", M_DESC}, {"og:description", M_OG_DESC},
    {"twitter:description", M_OG_DESC}, {"og:image", M_IMAGE}, {"og:image:url", M_IMAGE},
    {"twitter:image", M_TW_IMAGE}, {"twitter:image:src", M_TW_IMAGE}, {"og:url", M_OG_URL},
    {"content-language", M_LANG}, {"language", M_LANG}, {"og:locale", M_OG_LOCALE},
    {"generator", M_GENERATOR},
};

static void take_meta(collected *c, const ls_node *n)
{
    const char *content = ls_node_attr(n, "content");
    if (!content || !*content)
        return;
    const char *keys[3] = {ls_node_attr(n, "property"), ls_node_attr(n, "name"),
                           ls_node_attr(n, "itemprop")};
    /* the pairs SEO plugins write: twitter:label1 "Written by",
     * twitter:data1 "Jane Roe" */
    const char *nm = keys[1] ? keys[1] : keys[0];
    if (nm && (!strncasecmp(nm, "twitter:label", 13) || !strncasecmp(nm, "twitter:data", 12))) {
        bool label = nm[8] == 'l' || nm[8] == 'L';
        const char *d = nm + (label ? 13 : 12);
        if (d[0] >= '1' && d[0] <= '3' && !d[1]) {
            const char **slot = label ? &c->tw_label[d[0] - '0'] : &c->tw_data[d[0] - '0'];
            if (!*slot)
                *slot = content;
        }
    }
    /* a paper's authors, a tag each (Highwire's citation_author, repeated
     * DC.creator) */
    bool cite = nm && !strcasecmp(nm, "citation_author");
    if (nm && (cite || !strcasecmp(nm, "dc.creator")) && c->npaper_author < MAX_PAPER_AUTHORS
        && !(c->paper_author_cited && !cite)) {
        if (cite && !c->paper_author_cited)
            c->npaper_author = 0; /* (the citation's list, over DC's) */
        c->paper_author_cited |= cite;
        c->paper_author[c->npaper_author++] = content;
    }
    const char *he = ls_node_attr(n, "http-equiv");
    if (he && !strcasecmp(he, "content-language") && !c->v[M_LANG])
        c->v[M_LANG] = content;
    for (int k = 0; k < 3; k++) {
        /* RDFa allows several properties in one attribute:
         * property="dc:creator twitter:site_name" */
        for (const char *p = keys[k]; p && *p;) {
            p += strspn(p, " \t\n");
            size_t len = strcspn(p, " \t\n");
            for (size_t i = 0; len && i < sizeof meta_keys / sizeof meta_keys[0]; i++) {
                int slot = meta_keys[i].slot;
                if (slot >= 0 && !c->v[slot] && strlen(meta_keys[i].key) == len
                    && !strncasecmp(p, meta_keys[i].key, len))
                    c->v[slot] = content;
            }
            p += len;
        }
    }
}

/* The first short element marked as a date (<time>, class="…date…") whose
 * text is a full date: what the page shows when no line near the headline
 * says it. Junk (hidden, navigation, comments) was marked before. */
static void date_element(ls_xctx *x, ls_node *n, ls_buf *tmp)
{
    if (ls_x_under(n, LS_XF_JUNK))
        return;
    ls_buf_reset(tmp);
    ls_node_text(n, tmp);
    if (tmp->err || !tmp->len || tmp->len > 240)
        return;
    ls_info in;
    memset(&in, 0, sizeof in);
    if (ls_info_parse(tmp->data, tmp->len, &x->dctx, &in) && in.date[0] && !in.date_relative)
        memcpy(x->class_date, in.date, sizeof x->class_date);
}

/* The first element that shows a relative date and holds the full one in
 * its title ("<span title=\"2024-05-01T10:23:45\">3 hours ago</span>"),
 * into x->titled_date: what the page means by the relative one. */
static void titled_date(ls_xctx *x, ls_node *n, ls_buf *tmp)
{
    const ls_xstat *s = ls_xs(n);
    if (!s || s->chars > 40 || !s->chars || ls_x_under(n, LS_XF_JUNK))
        return;
    char d[LS_DATE_MAX];
    if (!ls_date_parse(ls_node_attr(n, "title"), &x->dctx, d) || strlen(d) <= 10)
        return;
    ls_buf_reset(tmp);
    ls_node_text(n, tmp);
    if (tmp->err || !tmp->len)
        return;
    ls_info in;
    memset(&in, 0, sizeof in);
    if (ls_info_parse(tmp->data, tmp->len, &x->dctx, &in) && in.date[0] && in.date_relative)
        memcpy(x->titled_date, d, sizeof d);
}

/* n or a block around it is boilerplate by tag or name (a comment
 * section's posters are not the page's author). */
static bool in_boilerplate(const ls_node *n)
{
    return ls_x_under(n, LS_XF_JUNK | LS_XF_UNLIKELY | LS_XF_HIDDEN);
}

/* n stands in readers' reviews or comments left out of the article (a
 * shop's "3 reviews for …", a post's comment list): their authors and
 * dates are not the page's. */
static bool in_readers_replies(const ls_node *n)
{
    for (const ls_node *p = n; p && p->type == LS_NODE_ELEMENT; p = p->parent)
        if ((p->flags & LS_XF_JUNK)
            && (ls_x_class_or_id_has(p, "review") || ls_x_class_or_id_has(p, "comment")))
            return true;
    return false;
}

/* href is the page of an author on this kind of site: a path segment
 * "author" or "authors" followed by a name ("/blog/author/jane-roe/"). */
static bool author_href(const char *href)
{
    if (!href)
        return false;
    /* a forum member's page: Discuz's space-uid-1.html and
     * home.php?mod=space&uid=1, phpBB's memberlist.php?mode=viewprofile */
    static const char *const members[] = {"space-uid-", "mod=space&uid=", "mod=space&amp;uid=",
                                          "memberlist.php?mode=viewprofile"};
    for (size_t k = 0; k < sizeof members / sizeof members[0]; k++)
        if (strstr(href, members[k]))
            return true;
    /* a host of writers' pages: //author.example.com/home?app_id=… */
    const char *host = strstr(href, "//");
    if (host && !strncasecmp(host + 2, "author.", 7))
        return true;
    const char *p = strstr(href, "/author/");
    size_t k = 8;
    if (!p) {
        p = strstr(href, "/authors/");
        k = 9;
    }
    return p && isalnum((unsigned char)p[k]) && !strchr(p + k, '?');
}

bool ls_x_member_href(const char *href)
{
    if (!href || !*href)
        return false;
    static const char *const dirs[] = {"/u/", "/user/", "/users/", "/people/", "/profile/",
                                       "/member/", "/members/", "/author/", "/authors/", "/@"};
    /* the account's own pages: signing in, out or up */
    static const char *const account[] = {"login", "logout", "log_in", "signin", "sign_in",
                                          "sign-in", "signup", "sign_up", "sign-up", "register",
                                          "settings", "reg"};
    for (size_t k = 0; k < sizeof dirs / sizeof dirs[0]; k++) {
        const char *p = strstr(href, dirs[k]);
        if (!p || !isalnum((unsigned char)p[strlen(dirs[k])]))
            continue;
        p += strlen(dirs[k]);
        size_t seg = strcspn(p, "/?#.");
        for (size_t a = 0; a < sizeof account / sizeof account[0]; a++)
            if (seg == strlen(account[a]) && !strncasecmp(p, account[a], seg))
                return false;
        return true;
    }
    return author_href(href);
}

/* The next word of a class or id list at *p, lowercased into tok (cap
 * bytes; a word too long for it comes out empty), *p moved past it; false
 * at the list's end. */
static bool next_class_word(const char **p, char *tok, size_t cap)
{
    const char *s = *p + strspn(*p, " \t\n\r\f");
    if (!*s)
        return false;
    size_t len = strcspn(s, " \t\n\r\f");
    tok[0] = 0;
    if (len < cap) {
        for (size_t i = 0; i < len; i++)
            tok[i] = (char)tolower((unsigned char)s[i]);
        tok[len] = 0;
    }
    *p = s + len;
    return true;
}

/* n's class or id names it a byline or an author ("byline", "post-author":
 * 1) or a user ("username", "bigusername" on forums: 2); a state of a
 * container ("has-byline", "no-author") or a whole post names nothing (0). */
static int byline_named(const ls_node *n)
{
    static const char *const states[] = {"has-", "no-", "with-", "without-", "show-", "hide-"};
    const char *vals[2] = {ls_node_attr(n, "class"), ls_node_attr(n, "id")};
    /* a post's own box (hAtom's "hentry", with "author-carmel-hagen" for
     * whoever wrote it) holds the post, not its byline */
    if (ls_node_has_class(n, "hentry"))
        return 0;
    int user = 0;
    char tok[64];
    for (int v = 0; v < 2; v++)
        for (const char *p = vals[v]; p && next_class_word(&p, tok, sizeof tok);) {
            bool state = false;
            for (size_t k = 0; k < sizeof states / sizeof states[0]; k++)
                state = state || !strncmp(tok, states[k], strlen(states[k]));
            if (strstr(tok, "comment"))
                return 0; /* a comment's author ("a_comment_author_5001") */
            if (!state && (strstr(tok, "byline") || strstr(tok, "author")))
                return 1;
            if (!state && (strstr(tok, "username") || strstr(tok, "nickname")))
                user = 2;
        }
    return user;
}

/* n's class or id has a token that names the story's source: "source",
 * "article-source", "news_source", "source-name" (not "resource"). */
static bool source_named(const ls_node *n)
{
    const char *vals[2] = {ls_node_attr(n, "class"), ls_node_attr(n, "id")};
    for (int v = 0; v < 2; v++)
        for (const char *p = vals[v] && strstr(vals[v], "ource") ? vals[v] : NULL; p && *p;) {
            p += strspn(p, " \t\n\r\f");
            size_t len = strcspn(p, " \t\n\r\f");
            for (size_t i = 0; len >= 6 && i + 6 <= len; i++)
                if (!strncasecmp(p + i, "source", 6)
                    && (i == 0 || p[i - 1] == '-' || p[i - 1] == '_')
                    && (i + 6 == len || p[i + 6] == '-' || p[i + 6] == '_'))
                    return true;
            p += len;
        }
    return false;
}

/* The outlet an element named "source" holds ("<a class=source>新华社</a>",
 * "<span class=source>来源：新华网</span>"), into x->source_box: a short name,
 * its label cut. */
static void source_box(ls_xctx *x, const ls_node *n)
{
    const ls_xstat *st = ls_xs(n);
    if (!st || st->chars < 2 || st->chars > 40)
        return;
    /* beside the story's date, in the line under its headline: a photo's
     * credit or a file's source elsewhere is named so too */
    const ls_node *p = n->parent;
    const ls_xstat *ps = p && p->type == LS_NODE_ELEMENT ? ls_xs(p) : NULL;
    if (!ps || ps->chars > 200)
        return;
    char *line = ls_x_node_text(p, 1024);
    char d[LS_DATE_MAX];
    ls_date_ctx dc = {.need_year = true, .no_relative = true};
    bool dated = line && ls_date_find(line, strlen(line), &dc, d, NULL, NULL);
    free(line);
    if (!dated)
        return;
    char *t = ls_x_node_text(n, 256);
    if (!t)
        return;
    ls_info in;
    memset(&in, 0, sizeof in);
    ls_info_parse(t, strlen(t), NULL, &in);
    const char *v = in.source[0] ? in.source : t;
    /* "· 来自雪球": the app or platform a post was sent from (an outlet
     * after 来自 is set apart, "来自 证券时报", and read as a source above) */
    const char *w = v;
    while (*w == ' ' || *w == '|' || *w == '-' || !strncmp(w, "·", strlen("·")))
        w += *w == ' ' || *w == '|' || *w == '-' ? 1 : strlen("·");
    if (!in.source[0] && !strncmp(w, "来自", strlen("来自"))) {
        free(t);
        return;
    }
    size_t vl = strlen(v);
    bool name = vl && ls_utf8_len(v, vl) <= 30 && !strchr(v, ':') && !strstr(v, "：")
        && !strstr(v, "。") && !strstr(v, "http") && !in.date[0]
        && !ls_info_region(v); /* where the account posted from */
    if (name || in.source[0]) {
        snprintf(x->source_box, sizeof x->source_box, "%s", v);
        ls_info_tidy_source(x->source_box);
    }
    free(t);
}

/* Does the language lang (a BCP 47 tag) write 02/05/2024 for the 2nd of
 * May? All but US English and the languages that write the year first; a
 * page naming none is read in US order. */
static bool writes_day_first(const char *lang)
{
    if (!lang || !*lang)
        return false;
    if (!strncasecmp(lang, "en", 2) && (lang[2] == '-' || lang[2] == '_')) {
        static const char *const regions[] = {"gb", "au", "nz", "ie", "in", "za", "sg", "hk"};
        for (size_t k = 0; k < sizeof regions / sizeof regions[0]; k++)
            if (!strncasecmp(lang + 3, regions[k], 2) && !isalpha((unsigned char)lang[5]))
                return true;
        return false;
    }
    static const char *const year_first[] = {"en", "zh", "ja", "ko", "hu", "lt", "mn",
                                             "fil", "tl"}; /* (and the month-first ones) */
    for (size_t k = 0; k < sizeof year_first / sizeof year_first[0]; k++) {
        size_t l = strlen(year_first[k]);
        if (!strncasecmp(lang, year_first[k], l) && !isalpha((unsigned char)lang[l]))
            return false;
    }
    return isalpha((unsigned char)lang[0]) && isalpha((unsigned char)lang[1]);
}

static void take_element(ls_xctx *x, collected *c, ls_node *n, ls_buf *tmp)
{
    switch (n->tag) {
    case GUMBO_TAG_META: take_meta(c, n); return;
    case GUMBO_TAG_TITLE: /* (an SVG icon's <title> names the icon) */
        if (!c->title_tag && n->ns == LS_NS_HTML && n->first_child
            && n->first_child->type == LS_NODE_TEXT)
            c->title_tag = n->first_child->text;
        return;
    case GUMBO_TAG_LINK: {
        const char *rel = ls_node_attr(n, "rel");
        if (rel && !strcasecmp(rel, "canonical") && !c->canonical)
            c->canonical = ls_node_attr(n, "href");
        return;
    }
    case GUMBO_TAG_HTML:
        if (!c->html_lang)
            c->html_lang = ls_node_attr(n, "lang");
        if (!c->html_lang)
            c->html_lang = ls_node_attr(n, "xml:lang");
        x->dctx.day_first = writes_day_first(c->html_lang);
        return;
    case GUMBO_TAG_H1:
        if (c->nh1 < MAX_H1)
            c->h1[c->nh1++] = n;
        return;
    case GUMBO_TAG_H2:
        if (c->nh2 < 2 && !(n->flags & LS_XF_JUNK))
            c->h2[c->nh2++] = n;
        return;
    case GUMBO_TAG_TIME:
        if (!c->time_el && ls_node_has_attr(n, "datetime") && !in_readers_replies(n))
            c->time_el = n;
        break;
    case GUMBO_TAG_UNKNOWN:
        /* GitHub's <relative-time datetime="…">, a <time> by another name */
        if (!c->time_el && n->name && !strcmp(n->name, "relative-time")
            && ls_node_has_attr(n, "datetime") && !in_readers_replies(n))
            c->time_el = n;
        break;
    case GUMBO_TAG_SCRIPT:
        if (c->nscripts < 32 && n->first_child && n->first_child->type == LS_NODE_TEXT)
            c->scripts[c->nscripts++] = n;
        return;
    default: break;
    }
    const char *ip = ls_node_attr(n, "itemprop");
    if (ip && !c->itemprop_author && !strcmp(ip, "author"))
        c->itemprop_author = n;
    if (ip && !c->itemprop_date && !strcmp(ip, "datePublished") && !in_readers_replies(n))
        c->itemprop_date = n;
    const char *rel = ls_node_attr(n, "rel");
    if (rel && !c->rel_author && !strcmp(rel, "author") && n->tag == GUMBO_TAG_A)
        c->rel_author = n;
    /* a post marked with its author's name for scripts
     * (data-author-username="Vader" on a Q&A site's question, NodeBB's
     * data-username on the topic's first post) */
    if (!c->data_author) {
        /* (not XenForo's data-author: its pages may open on a reply) */
        static const char *const names[] = {"data-author-username", "data-username"};
        for (size_t k = 0; k < 2 && !c->data_author; k++) {
            const char *v = ls_node_attr(n, names[k]);
            if (v && *v && strlen(v) < 64 && !strchr(v, '{') && !strchr(v, '/')
                && !in_boilerplate(n))
                c->data_author = v;
        }
    }
    /* a link to the author's page ("/author/jane-roe/", "/authors/…"): the
     * first one outside boilerplate */
    if (n->tag == GUMBO_TAG_A && !c->author_link && author_href(ls_node_attr(n, "href"))
        && !in_boilerplate(n))
        c->author_link = n;
    if (!x->titled_date[0] && ls_node_attr(n, "title"))
        titled_date(x, n, tmp);
    if (!x->class_date[0] && (n->tag == GUMBO_TAG_TIME || ls_x_class_or_id_has(n, "date"))
        && n->tag != GUMBO_TAG_BODY && n->tag != GUMBO_TAG_HTML && !(n->flags & LS_XF_JUNK)
        && ls_xs(n) && ls_xs(n)->chars <= 200 && ls_xs(n)->chars >= 6)
        date_element(x, n, tmp);
    if (!x->source_box[0] && n->tag != GUMBO_TAG_BODY && source_named(n) && !in_boilerplate(n)
        && !(n->flags & LS_XF_JUNK))
        source_box(x, n);
    int named = n->tag != GUMBO_TAG_BODY && n->tag != GUMBO_TAG_HTML && n->tag != GUMBO_TAG_IMG
        ? byline_named(n) : 0;
    if (named == 1 && c->nbyline < 6)
        c->byline_el[c->nbyline++] = n;
    if (named == 2 && c->nuser < 3 && !in_boilerplate(n))
        c->user_el[c->nuser++] = n; /* a thread's first poster */
}

static void collect(ls_xctx *x, collected *c)
{
    ls_buf tmp;
    ls_buf_init(&tmp, 4 << 20);
    const ls_node *root = x->dom->root;
    for (ls_node *n = (ls_node *)root; n; n = ls_node_next(n, root))
        if (n->type == LS_NODE_ELEMENT)
            take_element(x, c, n, &tmp);
    ls_buf_release(&tmp);
}

static void set(char **dst, const char *v)
{
    if (*dst || !v)
        return;
    char *s = ls_text_squash(v, strlen(v));
    if (s && *s)
        *dst = s;
    else
        free(s);
}

static bool same_nocase(const char *a, const char *b)
{
    return a && b && !strcasecmp(a, b);
}

/* True when a title is the site's name: the metadata's or the host's. */
static bool names_site(const ls_xctx *x, const collected *c, const char *t)
{
    const char *names[] = {c->v[M_SITE], c->v[M_APP_NAME], c->ld.publisher};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (names[k] && ls_title_same_words(t, names[k]))
            return true;
    return ls_title_names_host(t, x->base_url);
}

/* h1 is a piece of the <title> between the headline title cleaning kept
 * at its start and the site's name it cut off at its end, the pieces
 * joined by '_' as Chinese sites join them ("Headline_老周的工控笔记_新浪博客":
 * a blog's name on its host). */
static bool middle_piece(const char *title, const char *clean, const char *h1)
{
    size_t cl = clean ? strlen(clean) : 0, hl = strlen(h1);
    if (!title || cl <= hl || strncmp(title, clean, cl))
        return false;
    const char *p = title + cl;
    if (*p != '_')
        return false;
    p++;
    if (strncmp(p, h1, hl))
        return false;
    return p[hl] == '_';
}

/* A blog's own name: a short line ending as Chinese blog hosts name their
 * blogs ("陈志远的博客", "张工的专栏"). */
static bool blog_name(const char *h1)
{
    static const char *const kinds[] = {"的博客", "的专栏", "的个人空间", "的个人博客",
                                        "的博客空间"};
    size_t n = strlen(h1);
    if (ls_utf8_len(h1, n) > 20)
        return false;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        size_t l = strlen(kinds[k]);
        if (n > l && !strcmp(h1 + n - l, kinds[k]))
            return true;
    }
    return false;
}

/* True when an h1 names the site rather than the page (a blog's or forum's
 * name in its header): it is the site's name (names_site()), the piece of
 * the <title> that title cleaning cuts off as the site, or a link to the
 * site's front page. */
static bool h1_names_site(const ls_xctx *x, const collected *c, const ls_node *h, const char *h1,
                          const char *title_site)
{
    return names_site(x, c, h1) || (title_site && ls_title_same_words(h1, title_site))
        || ls_heading_links_home(h) || blog_name(h1);
}

/* True when a title holds the h1's text. */
static bool holds(const char *title, const char *h1)
{
    return same_nocase(title, h1) || strstr(title, h1);
}

/* The title is a Chinese app's name alone ("人民日报客户端", "某某APP"). */
static bool app_name(const char *title)
{
    size_t n;
    const char *t = ls_trim(title, &n);
    static const char *const apps[] = {"客户端", "APP", "App"};
    for (size_t k = 0; k < sizeof apps / sizeof apps[0]; k++) {
        size_t l = strlen(apps[k]);
        if (n > l && ls_utf8_len(t, n) <= 12 && !memcmp(t + n - l, apps[k], l)
            && (unsigned char)t[0] >= 0x80 && !memchr(t, ' ', n))
            return true;
    }
    return false;
}

/* True when a <title> names only the site, not the page: nothing stands
 * before its first separator ("| Site"), it is a Chinese app's name alone
 * ("人民日报客户端" on the app's share page), or one end piece is the host's
 * name and nothing else in it shares a word with the page's lone h1
 * ("Site - the site's slogan" over every page). */
static bool title_names_only_site(const ls_xctx *x, const char *title, const char *h1)
{
    size_t n;
    const char *t = ls_trim(title, &n);
    static const char *const lead[] = {"| ", "- ", ": ", "\xe2\x80\x93 ", "\xe2\x80\x94 ",
                                       "\xc2\xbb "};
    for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
        if (!strncmp(t, lead[k], strlen(lead[k])))
            return true;
    /* an app's name alone on its share page ("人民日报客户端") */
    if (app_name(title)) {
        const char *own[1] = {title};
        return ls_title_shared_words(h1, own, 1) < 0.2;
    }
    static const char *const seps[] = {" | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ",
                                       " \xc2\xb7 "};
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        const char *a = strstr(t, seps[k]);
        if (!a || (size_t)(a - t) >= n || strstr(a + 1, seps[k]))
            continue; /* two pieces exactly */
        char *head = ls_strndup(t, (size_t)(a - t));
        const char *tail = a + strlen(seps[k]);
        char *other = NULL;
        if (head && ls_title_names_host(head, x->base_url))
            other = ls_strndup(tail, n - (size_t)(tail - t));
        else if (head && ls_title_names_host(tail, x->base_url))
            other = ls_strdup(head);
        free(head);
        if (!other)
            continue;
        for (size_t j = 0; j < sizeof seps / sizeof seps[0]; j++)
            if (strstr(other, seps[j])) { /* more pieces: more than a slogan */
                free(other);
                return false;
            }
        const char *own[1] = {other};
        bool r = ls_title_shared_words(h1, own, 1) == 0.0;
        free(other);
        return r;
    }
    return false;
}

enum { NMETA = 5 };

/* What the page says its title is, read once for pick_title(). */
typedef struct {
    char *metas[NMETA]; /* JSON-LD headline, og:, CMS, twitter:, DC titles */
    char *title_site;   /* what title cleaning cuts off the <title>'s end */
    char *h1t[MAX_H1];  /* the h1s' texts; NULL for junk or the site's name */
    ls_node *site_h1;   /* the site's name as the page's top heading */
    int best;           /* the h1 that is the headline, or -1 */
    size_t best_len;
    char *spelt;        /* the headline as the page's metadata spells it */
    int guess, nguess;  /* a plausible h1 that no metadata confirms */
    bool labelled;      /* the headline is the h1 after a label of its own */
} titles;

static void titles_read(ls_xctx *x, collected *c, titles *t)
{
    const char *raw[NMETA] = {c->ld.headline, c->v[M_OG_TITLE], c->v[M_CMS_TITLE],
                              c->v[M_TW_TITLE], c->v[M_DC_TITLE]};
    for (size_t k = 0; k < NMETA; k++)
        t->metas[k] = ls_title_unref(raw[k]);
    /* a JSON-LD headline of 100 characters or more that another meta title
     * goes on from was cut to the length search engines once asked for
     * (110): the longer one is whole */
    for (size_t k = 1; t->metas[0] && k < NMETA; k++) {
        size_t n = strlen(t->metas[0]);
        if (n >= 100 && t->metas[k] && strlen(t->metas[k]) > n
            && !strncmp(t->metas[k], t->metas[0], n)) {
            free(t->metas[0]);
            t->metas[0] = NULL;
        }
    }
    /* a JSON-LD name that shares no word with the page's own titles names
     * something else the page shows (a live stream's VideoObject on a
     * listing, a zip code) */
    if (t->metas[0] && (c->title_tag || t->metas[1])) {
        const char *own[2] = {c->title_tag, t->metas[1]};
        if (ls_title_shared_words(t->metas[0], own, 2) == 0.0) {
            free(t->metas[0]);
            t->metas[0] = NULL;
        }
    }
    /* a meta title that is only the site's name (og:title = og:site_name,
     * the host) names no page when the <title> names one, except on the
     * site's front page, which the site's name does name */
    bool front = !x->base_url || ls_heading_home_href(x->base_url);
    for (size_t k = 0; !front && c->title_tag && !names_site(x, c, c->title_tag) && k < NMETA;
         k++)
        if (t->metas[k] && names_site(x, c, t->metas[k])) {
            free(t->metas[k]);
            t->metas[k] = NULL;
        }
    char *clean = NULL;
    if (c->title_tag) {
        clean = ls_title_clean(c->title_tag, NULL, 0, &t->title_site);
        size_t tn = strlen(c->title_tag), sn = t->title_site ? strlen(t->title_site) : 0;
        while (tn && isspace((unsigned char)c->title_tag[tn - 1]))
            tn--;
        if (t->title_site && (sn > tn || strncmp(c->title_tag + tn - sn, t->title_site, sn))) {
            free(t->title_site);
            t->title_site = NULL;
        }
    }
    for (int i = 0; i < c->nh1; i++) {
        if (!ls_xs(c->h1[i]) || (c->h1[i]->flags & LS_XF_JUNK))
            continue;
        t->h1t[i] = ls_heading_text(c->h1[i]);
        if (t->h1t[i]
            && (!*t->h1t[i] || h1_names_site(x, c, c->h1[i], t->h1t[i], t->title_site)
                || middle_piece(c->title_tag, clean, t->h1t[i]))) {
            if (*t->h1t[i] && !t->site_h1)
                t->site_h1 = c->h1[i];
            free(t->h1t[i]);
            t->h1t[i] = NULL;
        }
    }
    free(clean);
}

/* Nothing, or a separator of a title's pieces, after spaces. */
static bool separator_at(const char *s)
{
    while (*s == ' ')
        s++;
    return !*s || *s == ':' || *s == '|' || *s == '-' || *s == '_'
        || !strncmp(s, "\u2013", 3) || !strncmp(s, "\u2014", 3);
}

/* The text of h's first child when that is an element (white space
 * before it aside), or NULL. */
static char *leading_element_text(const ls_node *h)
{
    const ls_node *c = h->first_child;
    while (c && c->type == LS_NODE_TEXT && ls_x_blank_text(c))
        c = c->next;
    return c && c->type == LS_NODE_ELEMENT ? ls_heading_text(c) : NULL;
}

/* Sets t->best to the h1 the page's metadata confirms as its headline
 * (and t->spelt to its metadata spelling), and t->guess to a plausible
 * h1 nothing confirms. */
static void confirm_h1(collected *c, titles *t)
{
    char *const *metas = t->metas;
    char **h1t = t->h1t;
    /* an h1 that starts with a label of its own (a badge, a category, the
     * date) and whose rest is what a meta title or the <title> says, the
     * label cut there as a piece of its own: the rest is the headline */
    for (int i = 0; t->best < 0 && i < c->nh1; i++) {
        char *rest = h1t[i] ? ls_heading_after_label(c->h1[i], h1t[i]) : NULL;
        const char *hints[1] = {rest};
        for (size_t k = 0; rest && k <= NMETA && t->best < 0; k++) {
            const char *m = k < NMETA ? metas[k] : c->title_tag;
            char *cut = m ? ls_title_clean(m, hints, 1, NULL) : NULL;
            if (cut && ls_title_same_words(rest, cut)) {
                t->best = i;
                t->labelled = true;
                t->spelt = cut;
                cut = NULL;
            }
            free(cut);
        }
        free(rest);
    }
    /* an h1 whose first element is the name and whose others add its
     * particulars (a book's binding and date after its title), when a meta
     * title or the <title> is that name or starts with it and a separator,
     * and does not carry the rest too (a subtitle) */
    for (int i = 0; t->best < 0 && i < c->nh1; i++) {
        char *lead = h1t[i] ? leading_element_text(c->h1[i]) : NULL;
        size_t ll = lead ? strlen(lead) : 0;
        for (size_t k = 0; ll >= 10 && ll < strlen(h1t[i]) && k <= NMETA && t->best < 0; k++) {
            const char *m = k < NMETA ? metas[k] : c->title_tag;
            char *sq = m ? ls_text_squash(m, strlen(m)) : NULL;
            /* the rest of the h1 is not in that title: particulars, not
             * a subtitle the title carries too */
            const char *rest = h1t[i] + ll;
            while (*rest == ' ')
                rest++;
            if (sq && !strncasecmp(sq, lead, ll) && separator_at(sq + ll)
                && !strncmp(h1t[i], lead, ll) && !strstr(sq + ll, rest)) {
                t->best = i;
                t->spelt = lead;
                lead = NULL;
            }
            free(sq);
        }
        free(lead);
    }
    /* an h1 a meta title holds, else one the <title> holds; of several,
     * the longest; where the page has many h1s (rendered Markdown, whose
     * sections are h1s), not one that is a mere word of the meta title */
    int nh1t = 0;
    for (int i = 0; i < c->nh1; i++)
        nh1t += h1t[i] != NULL;
    for (int i = 0; !t->spelt && i < c->nh1; i++) {
        size_t len = h1t[i] ? strlen(h1t[i]) : 0;
        for (size_t k = 0; len > t->best_len && k < NMETA; k++)
            if (metas[k] && holds(metas[k], h1t[i])
                && (nh1t < 3 || 2 * len >= strlen(metas[k]))) {
                t->best = i;
                t->best_len = len;
            }
    }
    /* when the <title> is a meta title plus more, an h1 only that more
     * matches is the site's or the section's name */
    if (t->best < 0 && c->title_tag) {
        char *tt = ls_text_squash(c->title_tag, strlen(c->title_tag));
        bool meta_inside = false;
        for (size_t k = 0; tt && k < NMETA; k++)
            meta_inside = meta_inside || (metas[k] && *metas[k] && strstr(tt, metas[k]));
        for (int i = 0; tt && !meta_inside && i < c->nh1; i++)
            if (h1t[i] && holds(tt, h1t[i]) && strlen(h1t[i]) > t->best_len) {
                t->best = i;
                t->best_len = strlen(h1t[i]);
            }
        free(tt);
    }
    /* of two held h1s, one that is the other and a section's name after a
     * separator ("Tips for a first visit - Travel Forum") names the
     * section too: the shorter is the headline */
    for (int i = 0; t->best >= 0 && i < c->nh1; i++) {
        const char *b = h1t[t->best];
        size_t l = h1t[i] ? strlen(h1t[i]) : 0;
        if (i != t->best && l >= 6 && l < strlen(b) && !strncmp(b, h1t[i], l)
            && (!strncmp(b + l, " - ", 3) || !strncmp(b + l, " | ", 3))) {
            t->best = i;
            t->best_len = l;
        }
    }
    /* an h1 with the same words as a meta title or the <title> (site name
     * cut), typography aside */
    for (int i = 0; t->best < 0 && i < c->nh1; i++) {
        if (!h1t[i] || ls_utf8_len(h1t[i], strlen(h1t[i])) < 6)
            continue;
        const char *hints[1] = {h1t[i]};
        for (size_t k = 0; k <= NMETA && t->best < 0; k++) {
            const char *m = k < NMETA ? metas[k] : c->title_tag;
            char *cut = m ? ls_title_clean(m, hints, 1, NULL) : NULL;
            if (m && ls_title_same_words(h1t[i], m)) {
                t->best = i;
                t->spelt = ls_text_squash(m, strlen(m));
            } else if (m && ls_title_same_words(h1t[i], cut)) {
                t->best = i;
                t->spelt = cut;
                cut = NULL;
            }
            free(cut);
        }
    }
    for (int i = 0; i < c->nh1; i++)
        if (h1t[i] && ls_utf8_len(h1t[i], strlen(h1t[i])) >= 6
            && !ls_node_is(c->h1[i]->first_child, GUMBO_TAG_IMG)) {
            if (t->guess < 0)
                t->guess = i;
            if (t->guess == i || strcmp(h1t[i], h1t[t->guess])) /* copies for other screens */
                t->nguess++;
        }
    /* a lone h1 on a page marked up as an article (in the DOM, or by a
     * JSON-LD Article, BlogPosting, Review ...) that keeps a third of the
     * page's title words is its headline */
    if (t->best < 0 && t->nguess == 1
        && (ls_heading_in_article(c->h1[t->guess]) || c->ld.rank >= 3)) {
        const char *own[2] = {c->title_tag, metas[1]};
        if (ls_title_shared_words(h1t[t->guess], own, 2) >= 1.0 / 3)
            t->best = t->guess;
    }
}

static char *logo_name(const ls_xctx *x, bool named);

/* Is every title of the page (the meta titles read, the <title>) the
 * site's own name, as og:site_name, the host or the logo gives it, on a
 * page that is not the site's front? (application-name and the publisher
 * are left out: some pages set them to the headline.) */
static bool all_titles_site(const ls_xctx *x, const collected *c, const titles *t)
{
    if (!x->base_url || ls_heading_home_href(x->base_url))
        return false;
    const char *site = c->v[M_SITE];
    char *logo = NULL;
    bool logo_read = false;
    int n = 0;
    for (size_t k = 0; k <= NMETA; k++) {
        const char *m = k < NMETA ? t->metas[k] : c->title_tag;
        if (!m)
            continue;
        if (!(site && ls_title_same_words(m, site)) && !ls_title_names_host(m, x->base_url)) {
            /* (or the name of the logo that links to the front page: a
             * paper's e-edition titles every page "经济日报") */
            if (!logo_read)
                logo = logo_name(x, true);
            logo_read = true;
            if (!logo || !ls_title_same_words(m, logo)) {
                free(logo);
                return false;
            }
        }
        n++;
    }
    free(logo);
    return n > 0;
}

/* No h1 confirmed: an unconfirmed h1 is often a slogan (product and
 * service pages), so the page's own title is the better name, and the h1
 * stays text; an h2 that is a piece of the <title> tells which piece names
 * the page. */
static void title_from_metadata(ls_xctx *x, collected *c, titles *t, ls_article *out)
{
    int guess = t->guess;
    char *h2t[2] = {NULL, NULL};
    for (int i = 0; i < c->nh2; i++)
        if (ls_xs(c->h2[i])) {
            h2t[i] = ls_heading_text(c->h2[i]);
            if (h2t[i] && h1_names_site(x, c, c->h2[i], h2t[i], t->title_site)) {
                free(h2t[i]); /* the site's name in its header */
                h2t[i] = NULL;
            }
        }
    const char *hints[5] = {t->metas[0], t->metas[1], guess >= 0 ? t->h1t[guess] : NULL,
                            h2t[0], h2t[1]};
    for (size_t k = 0; k < NMETA && !out->title; k++)
        if (t->metas[k])
            out->title = ls_title_clean(t->metas[k], hints + 2, 3, NULL);
    if (!out->title && c->title_tag
        && !(guess >= 0 && t->nguess == 1
             && title_names_only_site(x, c->title_tag, t->h1t[guess])))
        out->title = ls_title_clean(c->title_tag, hints, 5, NULL);
    /* every title the page has is the og:site_name (or the host), on a
     * page that is not the site's front: a lone h1 names the page */
    if (out->title && guess >= 0 && t->nguess == 1 && all_titles_site(x, c, t)) {
        free(out->title);
        out->title = NULL;
    }
    /* no title anywhere but the site's name in the h1: the first h2 heads
     * the page (a blog post under the blog's name) */
    ls_node *post_h2 = NULL;
    if ((!out->title || !*out->title) && guess < 0 && t->site_h1 && h2t[0] && *h2t[0]) {
        free(out->title);
        out->title = ls_title_clean(h2t[0], NULL, 0, NULL);
        post_h2 = c->h2[0];
    }
    free(h2t[0]);
    free(h2t[1]);
    /* the info line is read below the page's top heading, even when that
     * names the site; a post's h2 that gave the title is that heading */
    if (post_h2) {
        x->title_node = post_h2;
        post_h2->flags |= LS_XF_TITLE;
    } else if (guess < 0 && t->site_h1) {
        x->title_node = t->site_h1;
    }
    x->title_tag_only = !post_h2 && guess < 0;
    for (size_t k = 0; k < NMETA; k++)
        x->title_tag_only = x->title_tag_only && !t->metas[k];
    if (guess >= 0) {
        x->title_node = c->h1[guess];
        if (!out->title || !*out->title) {
            free(out->title);
            out->title = t->h1t[guess];
            t->h1t[guess] = NULL;
            c->h1[guess]->flags |= LS_XF_TITLE;
        }
    }
}

/* Nothing names the page, not even a <title>: an h1 that opens with an
 * icon (an old forum's <h1><img> 主题: …</h1>), which is no guess
 * otherwise, is the headline, its subject label cut. */
static void title_from_any_h1(ls_xctx *x, collected *c, titles *t, ls_article *out)
{
    if (c->title_tag && *c->title_tag)
        return;
    for (int i = 0; i < c->nh1; i++)
        if (t->h1t[i] && ls_utf8_len(t->h1t[i], strlen(t->h1t[i])) >= 6) {
            free(out->title);
            out->title = t->h1t[i];
            t->h1t[i] = NULL;
            ls_title_cut_subject_label(out->title);
            x->title_node = c->h1[i];
            c->h1[i]->flags |= LS_XF_TITLE;
            return;
        }
}

/* A headline whose characters the page lost on the way ('?' for "’s"
 * where the site's encoding failed) while its metadata kept them: the
 * metadata's spelling, its site name cut. */
static void title_restore_lost(collected *c, titles *t, ls_article *out)
{
    if (!out->title || (!strchr(out->title, '?') && !strstr(out->title, "\xEF\xBF\xBD")))
        return;
    for (size_t k = 0; k <= NMETA; k++) {
        const char *m = k < NMETA ? t->metas[k] : c->title_tag;
        char *cut = m ? ls_title_clean(m, NULL, 0, NULL) : NULL;
        const char *whole = ls_title_lost_chars(out->title, m) ? m
            : ls_title_lost_chars(out->title, cut)           ? cut
                                                              : NULL;
        if (whole) {
            char *w = ls_strdup(whole);
            free(out->title);
            out->title = w;
            free(cut);
            return;
        }
        free(cut);
    }
}

/* What is left around the chosen title: Markdown emphasis, the source an
 * aggregator prints after a headline ("... (example.com) 87"), a site
 * name it still ends with ("... | WRAL"). */
static void title_finish(ls_xctx *x, collected *c, ls_article *out)
{
    ls_title_unmark(out->title);
    ls_title_drop_private(out->title);
    /* the same words twice, as a heading drawn once per screen size
     * ("News News"): once */
    size_t n = out->title ? strlen(out->title) : 0;
    if (n >= 3 && n % 2 == 1 && out->title[n / 2] == ' '
        && !memcmp(out->title, out->title + n / 2 + 1, n / 2))
        out->title[n / 2] = 0;
    char *src = ls_title_cut_source(out->title);
    if (src) {
        free(out->title);
        out->title = src;
    }
    const char *names[] = {c->v[M_SITE], c->v[M_APP_NAME], c->ld.publisher};
    for (int k = 0; k < 2 && out->title; k++) {
        char *cut = ls_title_cut_site(out->title, names, 3, x->base_url);
        if (!cut)
            break;
        free(out->title);
        out->title = cut;
    }
}

/* A page's generic name, which says nothing of it: "Home", "README". */
static bool generic_title(const char *t)
{
    static const char *const words[] = {"home", "homepage", "home page", "index", "readme",
                                        "welcome", "untitled", "首页", "主页"};
    for (size_t k = 0; t && k < sizeof words / sizeof words[0]; k++)
        if (!strcasecmp(t, words[k]))
            return true;
    return false;
}

/* A generic title gives way to the rest of the <title> ("Home - The GitHub
 * Blog", "README | mostly-adequate-guide"): the piece that names what the
 * page belongs to. */
static void title_not_generic(collected *c, ls_article *out)
{
    if (!generic_title(out->title) || !c->title_tag)
        return;
    char *site = NULL;
    const char *hints[1] = {out->title};
    free(ls_title_clean(c->title_tag, hints, 1, &site));
    if (site && *site && !generic_title(site)) {
        free(out->title);
        out->title = site;
        site = NULL;
    }
    free(site);
}

/* The metadata's spelling of the headline is the h1's without its final
 * question mark, exclamation mark or full stop ("… What's Next in 2025"
 * for "… What's Next in 2025?"): the mark is the title's. */
static bool dropped_final_mark(const char *spelt, const char *h1)
{
    size_t n = strlen(spelt);
    return h1 && strlen(h1) == n + 1 && !strncmp(h1, spelt, n) && strchr("?!.", h1[n]);
}

/* The headline: an <h1> that agrees with a meta title, else metadata. */
static void pick_title(ls_xctx *x, collected *c, ls_article *out)
{
    titles t;
    memset(&t, 0, sizeof t);
    t.best = t.guess = -1;
    titles_read(x, c, &t);
    confirm_h1(c, &t);
    if (t.best >= 0) {
        if (t.spelt && *t.spelt && !dropped_final_mark(t.spelt, t.h1t[t.best])) {
            out->title = t.spelt;
            t.spelt = NULL;
        } else {
            out->title = t.h1t[t.best];
            t.h1t[t.best] = NULL;
        }
        x->title_node = c->h1[t.best];
        if (!t.labelled) /* with a label it says more than the title: it stays text */
            c->h1[t.best]->flags |= LS_XF_TITLE;
    } else {
        title_from_metadata(x, c, &t, out);
    }
    if (!out->title || !*out->title)
        title_from_any_h1(x, c, &t, out);
    title_restore_lost(c, &t, out);
    title_finish(x, c, out);
    title_not_generic(c, out);
    for (int i = 0; i < c->nh1; i++)
        free(t.h1t[i]);
    for (size_t k = 0; k < NMETA; k++)
        free(t.metas[k]);
    free(t.spelt);
    free(t.title_site);
}

static bool url_like(const char *s)
{
    return !strncmp(s, "http", 4) || strchr(s, '/') || strchr(s, '@');
}

static int words(const char *s)
{
    int w = 0;
    for (bool in = false; *s; s++) {
        bool sp = *s == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* Is this "author" the site or its publisher? Pages name their site as the
 * author of everything in <meta name=author> and JSON-LD; that is not a
 * byline (the site has its own field). Compared without case, spaces and
 * punctuation, also against the host name ("example.com"). */
static void squeeze(const char *s, char *out, size_t outsz)
{
    size_t o = 0;
    for (; s && *s && o + 1 < outsz; s++)
        if ((unsigned char)*s >= 0x80 || isalnum((unsigned char)*s))
            out[o++] = (char)tolower((unsigned char)*s);
    out[o] = 0;
}

static bool is_site(const char *name, const char *const *sites, size_t nsites)
{
    char a[256], b[256];
    squeeze(name, a, sizeof a);
    if (!a[0])
        return false;
    /* a Chinese outlet's name, whatever site carries it: four Han
     * characters or more ending as outlets do (红星新闻, 科技日报, 中新网);
     * no person's name ends so */
    size_t al = strlen(a);
    if (ls_info_name_chars(a, al) >= 4 && (unsigned char)a[0] >= 0x80
        && ls_info_outlet_mark(a, al, false))
        return true;
    /* an organisation or a platform's account, no person: 省工业和信息化厅,
     * 边缘计算社区, CSDN资讯, 中国电子报官方账号 */
    static const char *const orgs[] = {"厅", "局", "委员会", "政府", "办公室", "中心", "协会",
                                       "学会", "研究院", "研究所", "公司", "集团", "大学",
                                       "学院", "社区", "资讯", "官方账号", "官方号"};
    for (size_t k = 0; k < sizeof orgs / sizeof orgs[0]; k++) {
        size_t ol = strlen(orgs[k]);
        if (al > ol && ls_utf8_len(a, al) >= 4 && !strcmp(a + al - ol, orgs[k]))
            return true;
    }
    /* the site's own people: 36氪的朋友们, 新华网编辑部 */
    static const char *const own[] = {"的", "编辑部", "小编", "团队", "官方"};
    for (size_t k = 0; k < nsites; k++) {
        if (!sites[k])
            continue;
        squeeze(sites[k], b, sizeof b);
        size_t bl = strlen(b);
        if (b[0] && !strcmp(a, b))
            return true;
        /* a Chinese site's brand at its name's start (网易 of 网易订阅; not
         * the owner of 老周的工控笔记) */
        if ((unsigned char)a[0] >= 0x80 && al >= 6 && al < bl && !strncmp(a, b, al)
            && (unsigned char)b[al] >= 0x80 && strncmp(b + al, "的", strlen("的")))
            return true;
        for (size_t o = 0; bl && o < sizeof own / sizeof own[0]; o++)
            if (!strncmp(a, b, bl) && !strncmp(a + bl, own[o], strlen(own[o])))
                return true;
    }
    return false;
}

/* The next run of ASCII letters and digits at or after *p: its start, its
 * length in *n, *p moved past it; NULL at the end. */
static const char *next_alnum_word(const char **p, size_t *n)
{
    const char *s = *p;
    while (*s && !isalnum((unsigned char)*s))
        s++;
    const char *w = s;
    while (isalnum((unsigned char)*s))
        s++;
    *p = s;
    *n = (size_t)(s - w);
    return *n ? w : NULL;
}

/* The number of runs of ASCII letters and digits in s. */
static size_t alnum_words(const char *s)
{
    size_t n = 0, len;
    while (next_alnum_word(&s, &len))
        n++;
    return n;
}

/* A name=author that names the maker of the software that made the page
 * (generator "Discuz! X3.4", author "Discuz! Team and Comsenz UI Team";
 * 大汉版通 and 大汉网络): a word of three letters or more in both (the
 * parts of a web address aside), or the same two Han characters first.
 * A person's name is no maker: a short name that only begins with the
 * word ("Hugo Smith" beside generator Hugo), three Han characters or
 * fewer. */
static bool names_generator(const char *author, const char *generator)
{
    if (!author || !generator)
        return false;
    uint32_t a0, a1, g0, g1;
    size_t ka = ls_utf8_next(author, strlen(author), &a0);
    size_t kg = ls_utf8_next(generator, strlen(generator), &g0);
    if (ls_is_cjk(a0) && a0 == g0 && author[ka] && generator[kg]
        && ls_utf8_len(author, strlen(author)) > 3) {
        ls_utf8_next(author + ka, strlen(author + ka), &a1);
        ls_utf8_next(generator + kg, strlen(generator + kg), &g1);
        if (ls_is_cjk(a1) && a1 == g1)
            return true;
    }
    static const char *const web[] = {"http", "https", "www", "com", "org", "net"};
    size_t words = alnum_words(author), n, m;
    for (const char *p = generator, *w; (w = next_alnum_word(&p, &n));) {
        bool skip = n < 3;
        for (size_t k = 0; k < sizeof web / sizeof web[0] && !skip; k++)
            skip = strlen(web[k]) == n && !strncasecmp(w, web[k], n);
        if (skip)
            continue;
        size_t nth = 0;
        for (const char *q = author, *v; (v = next_alnum_word(&q, &m)); nth++)
            if (m == n && !strncasecmp(v, w, n) && !(nth == 0 && words <= 3))
                return true;
    }
    return false;
}

/* A name cleaned from s: short, and not a sentence or a list of links.
 * A line of labelled credits ("本文来源：中国新闻网　作者：张三　责任编辑：…")
 * gives its author's value, and none when it names only a source or an
 * editor. */
static bool byline_of(const char *s, char *buf, size_t bufsz)
{
    ls_info in;
    memset(&in, 0, sizeof in);
    ls_info_parse(s, strlen(s), NULL, &in);
    if (in.source[0] || in.editor[0]) {
        if (!in.author[0])
            return false;
        s = in.author;
    }
    return ls_byline_clean(s, buf, bufsz) && ls_utf8_len(buf, strlen(buf)) <= 60
        && words(buf) <= 8;
}

/* A line that only waits for the name on the next one: "By", "Written
 * by:", "Insights from", "作者：", "por". */
static bool label_line(const char *l)
{
    size_t n = strlen(l);
    for (bool again = true; again && n;) {
        again = false;
        if (l[n - 1] == ':' || l[n - 1] == ' ') {
            n--;
            again = true;
        } else if (n >= 3 && !memcmp(l + n - 3, "\xEF\xBC\x9A", 3)) { /* ： */
            n -= 3;
            again = true;
        }
    }
    static const char *const ends[] = {"by", "from", "por", "von", "par",
                                       "\xE4\xBD\x9C\xE8\x80\x85" /* 作者 */};
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t el = strlen(ends[k]);
        if (n >= el && !strncasecmp(l + n - el, ends[k], el)
            && (n == el || l[n - el - 1] == ' ' || (unsigned char)ends[k][0] >= 0x80))
            return true;
    }
    return false;
}

/* The name a card gives: an element of a few short lines (the name, the
 * role, the date) whose first line past a label alone cleans to a name. */
static bool card_byline(const ls_node *el, char *buf, size_t bufsz)
{
    char *lines = ls_x_node_lines(el, 1024);
    bool ok = false;
    char line[512];
    /* a card is short: a box of more (a biography, a list of posts) names
     * its author some other way */
    size_t nl = 0;
    for (const char *p = lines; p && (p = strchr(p, '\n')); p++)
        nl++;
    bool card = lines && nl < 4 && ls_utf8_len(lines, strlen(lines)) <= 120;
    for (const char *p = card ? lines : NULL; p && *p && !ok;) {
        size_t len = strcspn(p, "\n");
        snprintf(line, sizeof line, "%.*s", (int)len, p);
        if (!label_line(line))
            ok = byline_of(line, buf, bufsz);
        p += len + (p[len] == '\n');
    }
    free(lines);
    return ok;
}

/* n's class or id names a part of a name, not a whole one: papers set a
 * name's parts apart ("<span class=nlm-given-names>Amara</span>
 * <span class=nlm-surname>Nwosu</span>", "given-name", "family-name",
 * "first_name"), and the name is the text of the element around them. */
static bool name_part_named(const ls_node *n)
{
    static const char *const parts[] = {"given", "surname", "family", "first",
                                        "last",  "forename", "middle"};
    const char *vals[2] = {ls_node_attr(n, "class"), ls_node_attr(n, "id")};
    char tok[64];
    for (int v = 0; v < 2; v++)
        for (const char *p = vals[v]; p && next_class_word(&p, tok, sizeof tok);)
            for (size_t k = 0; strstr(tok, "name") && k < sizeof parts / sizeof parts[0]; k++)
                if (strstr(tok, parts[k]))
                    return true;
    return false;
}

/* d is named for a whole name ("author-name", "username"). */
static bool named_for_name(const ls_node *d)
{
    return d->type == LS_NODE_ELEMENT && ls_x_class_or_id_has(d, "name") && !name_part_named(d);
}

/* An element below n is named for a name too (n is its wrapper,
 * "author-name-wrap"). */
static bool named_inside(const ls_node *n)
{
    int budget = 32;
    for (const ls_node *d = n->first_child; d && budget--; d = ls_node_next(d, n))
        if (named_for_name(d))
            return true;
    return false;
}

/* The name an element gives: the one an element inside it is named for
 * ("author-name", "username", "nickname": a forum's box adds the rank and
 * 楼主 after it), else a card's (card_byline()), else, as for a longer box,
 * the whole text's. */
static bool element_byline(ls_node *el, char *buf, size_t bufsz)
{
    bool ok = false;
    int budget = 64;
    for (const ls_node *d = el->first_child; d && budget-- && !ok; d = ls_node_next(d, el))
        if (named_for_name(d) && !named_inside(d)) {
            char *t = ls_x_node_text(d, 256);
            ok = t && byline_of(t, buf, bufsz);
            free(t);
        }
    char card[256];
    /* the card is the article's metadata, which the reader shows above
     * the text, not a part of the text (a longer box may hold more than
     * its name: it stays) */
    if (card_byline(el, ok ? card : buf, ok ? sizeof card : bufsz)) {
        el->flags |= LS_XF_DROP;
        return true;
    }
    if (!ok) {
        char *t = ls_x_node_text(el, 1024);
        ok = t && byline_of(t, buf, bufsz);
        free(t);
    }
    return ok;
}

/* A login name: lower-case Latin letters, digits, '_' '.' '-', no space
 * ("wangwu", "li_na2"). */
static bool login_like(const char *s)
{
    size_t n = 0;
    bool letter = false;
    for (; s[n]; n++) {
        unsigned char ch = (unsigned char)s[n];
        if (islower(ch))
            letter = true;
        else if (!isdigit(ch) && ch != '_' && ch != '.' && ch != '-')
            return false;
    }
    return letter && n >= 2;
}

/* A login (login_like()) the metadata value v gives is the account that
 * posted the page, not its writer: a Chinese CMS's name=author
 * ("wangwu"), a site's JSON-LD author ("webteam"). Where members sign
 * what they post, a login is how they are named: a thread's or an
 * answer's page (its JSON-LD says it is a discussion), or the poster a
 * forum writes into its post's data-author. */
static bool metadata_login(const ls_xctx *x, const collected *c, const char *v)
{
    if (x->zh && v == c->v[M_AUTHOR])
        return true;
    return v != c->data_author && !c->ld.discussion;
}

/* The name of a Person described in microdata (itemprop="author"
 * itemscope, with an itemprop="name" inside), or NULL. */
static const ls_node *person_name(const ls_node *author)
{
    if (!ls_node_has_attr(author, "itemscope"))
        return NULL;
    int budget = 200;
    for (const ls_node *n = author->first_child; n && budget--; n = ls_node_next(n, author)) {
        const char *ip = n->type == LS_NODE_ELEMENT ? ls_node_attr(n, "itemprop") : NULL;
        if (ip && !strcmp(ip, "name"))
            return n;
    }
    return NULL;
}

/* byline is the name, or opens with it and runs on past it: an authors'
 * box read whole gives the first author with their institution ("Elena
 * Varga University of Chicago") or with the others ("Elena Varga and
 * Marcus Holt"). */
static bool opens_with_name(const char *byline, const char *name)
{
    size_t n = strlen(name);
    if (!n || strncasecmp(byline, name, n))
        return false;
    unsigned char next = (unsigned char)byline[n];
    return !next || next == ' ' || next == ',' || next == ';';
}

/* A paper's authors, when its tags name two or more and there is no
 * byline or it is the first of them (opens_with_name()): all of them, "Hannah Brenner, Tobias
 * Aurich, Mei-Ling Chou" ("Brenner, Hannah" read first name first). */
static void paper_authors(const collected *c, ls_article *out)
{
    if (c->npaper_author < 2)
        return;
    char one[128];
    bool first = false;
    ls_buf b;
    ls_buf_init(&b, 1024);
    for (int k = 0; k < c->npaper_author; k++) {
        const char *a = c->paper_author[k], *comma = strchr(a, ',');
        if (comma && !strchr(comma + 1, ','))
            snprintf(one, sizeof one, "%s %.*s", comma + 1, (int)(comma - a), a);
        else
            snprintf(one, sizeof one, "%s", a);
        char *sq = ls_text_squash(one, strlen(one));
        if (sq && *sq) {
            if (b.len)
                ls_buf_adds(&b, ", ");
            ls_buf_adds(&b, sq);
            first = first || (k == 0 && out->byline && opens_with_name(out->byline, sq));
        }
        free(sq);
    }
    if (!b.err && b.len && (!out->byline || first)) {
        free(out->byline);
        out->byline = ls_buf_detach(&b, NULL);
    }
    ls_buf_release(&b);
}

/* Text between two names of one byline: a comma, "and", "&". */
static bool names_joint(const ls_node *t)
{
    char *sq = ls_text_squash(t->text, t->text_len);
    bool ok = sq && (!*sq || !strcmp(sq, ",") || !strcmp(sq, "and") || !strcmp(sq, ", and")
                     || !strcmp(sq, "&"));
    free(sq);
    return ok;
}

/* The names of the author links that follow link in its line, set apart
 * from it by a comma or "and" ("By <a href=/author/james-whitfield/>James
 * Whitfield</a>, <a href=/author/aisha-khan/>Aisha Khan</a>"), added to
 * buf's name: co-authors are credited alike. */
static void add_coauthor_links(const ls_node *link, char *buf, size_t bufsz)
{
    int added = 0;
    for (const ls_node *n = link->next; n && added < 6; n = n->next) {
        if (n->type == LS_NODE_TEXT && names_joint(n))
            continue;
        if (n->type != LS_NODE_ELEMENT || n->tag != GUMBO_TAG_A
            || !author_href(ls_node_attr(n, "href")))
            return;
        char *t = ls_x_node_text(n, 256), name[128];
        size_t len = strlen(buf);
        if (t && byline_of(t, name, sizeof name) && !strstr(buf, name)
            && len + 2 + strlen(name) < bufsz) {
            snprintf(buf + len, bufsz - len, ", %s", name);
            added++;
        }
        free(t);
    }
}

static void pick_byline(ls_xctx *x, collected *c, ls_article *out)
{
    char buf[256], host[256] = "";
    if (!x->base_url || !ls_x_url_host(x->base_url, host, sizeof host))
        host[0] = 0;
    const char *sites[] = {out->site_name, c->ld.publisher, c->v[M_SITE], c->v[M_APP_NAME],
                           host[0] ? host : NULL};
    const size_t nsites = sizeof sites / sizeof sites[0];
    /* Dublin Core's creator is always a person or body credited with the
     * work; name=author is often the site's or the template's */
    const char *written_by = NULL;
    for (int k = 1; k <= 3 && !written_by; k++)
        if (c->tw_label[k] && c->tw_data[k]
            && (!strcasecmp(c->tw_label[k], "written by") || !strcasecmp(c->tw_label[k], "author")
                || !strcmp(c->tw_label[k], "作者")))
            written_by = c->tw_data[k];
    const char *cands[] = {c->ld.author, c->v[M_DC_CREATOR],
                           names_generator(c->v[M_AUTHOR], c->v[M_GENERATOR]) ? NULL
                                                                              : c->v[M_AUTHOR],
                           c->v[M_ART_AUTHOR], c->v[M_PARSELY_AUTHOR], written_by,
                           c->data_author};
    for (size_t k = 0; k < sizeof cands / sizeof cands[0] && !out->byline; k++) {
        if (!cands[k] || url_like(cands[k]) || !ls_byline_clean(cands[k], buf, sizeof buf))
            continue;
        if (login_like(buf) && metadata_login(x, c, cands[k])) {
            /* a CMS writes the account that posted the page ("wangwu",
             * "webteam"): a reporter named on the page comes first */
            if (strlen(buf) < sizeof x->login_author)
                memcpy(x->login_author, buf, strlen(buf) + 1);
            continue;
        }
        if (!is_site(buf, sites, nsites))
            out->byline = ls_strdup(buf);
        else if (!x->site_author[0] && strlen(buf) < sizeof x->site_author)
            memcpy(x->site_author, buf, strlen(buf) + 1); /* when no person is named */
    }
    ls_node *els[12] = {c->itemprop_author, c->rel_author};
    int nels = 2;
    for (int k = 0; k < c->nbyline; k++)
        els[nels++] = c->byline_el[k];
    if (c->author_link)
        els[nels++] = c->author_link;
    for (int k = 0; k < c->nuser; k++)
        els[nels++] = c->user_el[k]; /* last: no element names the author */
    for (int k = 0; k < nels && !out->byline; k++) {
        if (!els[k] || !ls_xs(els[k]) || (els[k]->flags & LS_XF_JUNK)
            || in_readers_replies(els[k]))
            continue;
        const char *cont = ls_node_attr(els[k], "content");
        char *t = NULL;
        bool named = false;
        const ls_node *name = els[k] == c->itemprop_author ? person_name(els[k]) : NULL;
        const char *name_cont = name ? ls_node_attr(name, "content") : NULL;
        if (name_cont)
            cont = name_cont; /* <meta itemprop=name content=…> */
        if (name && !name_cont) {
            /* (shown or not: a copy for machines is often hidden) */
            const ls_node *f = name->first_child;
            t = f && f->type == LS_NODE_TEXT ? ls_text_squash(f->text, f->text_len) : NULL;
            named = t && byline_of(t, buf, sizeof buf);
        } else if (cont) {
            named = byline_of(cont, buf, sizeof buf);
        } else if (els[k] == c->author_link) {
            /* a card linked whole (name, then role): the name's own text */
            const ls_node *f = ls_x_next_text(els[k], els[k]);
            while (f && ls_x_blank_text(f))
                f = ls_x_next_text(f, els[k]);
            t = f ? ls_text_squash(f->text, f->text_len) : NULL;
            named = t && byline_of(t, buf, sizeof buf);
            if (named)
                add_coauthor_links(els[k], buf, sizeof buf);
        } else {
            named = element_byline(els[k], buf, sizeof buf);
        }
        if (named) {
            if (!is_site(buf, sites, nsites))
                out->byline = ls_strdup(buf);
            else if (!x->site_author[0] && strlen(buf) < sizeof x->site_author)
                memcpy(x->site_author, buf, strlen(buf) + 1);
        }
        free(t);
    }
    paper_authors(c, out);
    /* byline cards that name the author metadata gave: the first in the
     * article is dropped once it is chosen (ls_x_meta_infoline()) */
    for (int k = 0; k < c->nbyline && out->byline; k++)
        if (!(c->byline_el[k]->flags & LS_XF_JUNK) && ls_xs(c->byline_el[k])
            && card_byline(c->byline_el[k], buf, sizeof buf) && same_nocase(buf, out->byline))
            x->byline_cards[x->nbyline_cards++] = c->byline_el[k];
}

/* The key at p stands in a review's, a comment's or an answer's object of
 * the script's data: the nearest "@type" before it, within the object's
 * few hundred bytes, names one (or a review's Rating). */
static bool in_reply_object(const char *s, const char *p)
{
    const char *from = p - s > 400 ? p - 400 : s;
    const char *t = NULL;
    for (const char *u = from; (u = memmem(u, (size_t)(p - u), "\"@type\"", 7)); u += 7)
        t = u;
    if (!t)
        return false;
    t += 7;
    while (t < p && (*t == ' ' || *t == ':' || *t == '"'))
        t++;
    /* (a review's rating, nested in it, may come first: "Rating\"") */
    static const char *const replies[] = {"Review", "Comment", "Answer", "Rating\""};
    for (size_t k = 0; k < sizeof replies / sizeof replies[0]; k++)
        if ((size_t)(p - t) >= strlen(replies[k]) && !strncmp(t, replies[k], strlen(replies[k])))
            return true;
    return false;
}

/* A publication date in a script's data when nothing else gives one: the
 * state a page's framework hydrates from ("publishDate":"2025-05-27"),
 * also escaped inside a string (\"datePublished\":\"…\"). */
static bool date_in_scripts(ls_xctx *x, collected *c, char *d)
{
    /* every key holds "ublish": one search a script, then the key around it */
    static const char *const keys[] = {"datePublished", "publishDate", "publishedDate",
                                       "published_at", "publishedAt", "date_published",
                                       "firstPublishedDate"};
    for (int i = 0; i < c->nscripts; i++) {
        const ls_node *t = c->scripts[i]->first_child;
        const char *s = t->text, *end = t->text + t->text_len;
        for (const char *u = s; (u = memmem(u, (size_t)(end - u), "ublish", 6)); u += 6) {
            const char *p = NULL, *q = NULL;
            for (size_t k = 0; k < sizeof keys / sizeof keys[0] && !q; k++) {
                size_t kl = strlen(keys[k]), at = (size_t)(strstr(keys[k], "ublish") - keys[k]);
                if ((size_t)(u - s) >= at && (size_t)(end - (u - at)) >= kl
                    && !memcmp(u - at, keys[k], kl)) {
                    p = u - at;
                    q = p + kl;
                }
            }
            if (!q || p == s || (p[-1] != '"' && p[-1] != '\\'))
                continue; /* another word, or a longer key */
            if (q < end && *q == '\\')
                q++;
            if (q >= end || *q != '"')
                continue; /* a longer key, or no JSON key */
            q++;
            while (q < end && (*q == ' ' || *q == '\t'))
                q++;
            if (q >= end || *q != ':')
                continue;
            q++;
            while (q < end && (*q == ' ' || *q == '\t' || *q == '\\'))
                q++;
            if (q >= end || *q != '"')
                continue;
            q++;
            size_t n = 0;
            while (q + n < end && n < 40 && q[n] != '"' && q[n] != '\\')
                n++;
            if (n < 8 || n >= 40)
                continue;
            if (in_reply_object(s, p))
                continue; /* a review's or a comment's day, not the page's */
            char v[40];
            memcpy(v, q, n);
            v[n] = 0;
            if (ls_date_parse(v, &x->dctx, d))
                return true;
        }
    }
    return false;
}

static void pick_date(ls_xctx *x, collected *c, ls_article *out)
{
    char d[LS_DATE_MAX];
    const char *td = c->time_el ? ls_node_attr(c->time_el, "datetime") : NULL;
    if (td)
        ls_date_parse(td, &x->dctx, x->time_date);
    const char *mods[] = {c->ld.date_modified, c->v[M_MODIFIED]};
    for (size_t k = 0; k < 2 && !x->meta_modified[0]; k++)
        if (mods[k])
            ls_date_parse(mods[k], &x->dctx, x->meta_modified);
    /* a paper is published when it goes online: its citation_publication_date
     * is the issue's, weeks later, or only its year ("2024/01/01") */
    const char *cands[] = {c->ld.date_published, c->v[M_PUBLISHED], c->v[M_ONLINE_DATE],
                           c->v[M_PUBDATE], c->v[M_DC_DATE], c->v[M_OTHER_DATE]};
    for (size_t k = 0; k < sizeof cands / sizeof cands[0]; k++)
        if (cands[k] && ls_date_parse(cands[k], &x->dctx, d)) {
            out->published = ls_strdup(d);
            return;
        }
    ls_node *els[] = {c->itemprop_date, c->time_el};
    for (int k = 0; k < 2; k++) {
        if (!els[k])
            continue;
        const char *v = ls_node_attr(els[k], "datetime");
        if (!v)
            v = ls_node_attr(els[k], "content");
        if (!v && els[k]->tag == GUMBO_TAG_ABBR)
            v = ls_node_attr(els[k], "title"); /* <abbr title="2024-05-01T09:12">9:12 AM</abbr> */
        if (v && ls_date_parse(v, &x->dctx, d)) {
            out->published = ls_strdup(d);
            return;
        }
    }
    if (date_in_scripts(x, c, d))
        out->published = ls_strdup(d);
}

/* Removes the tags of HTML written into a description or a body, in
 * place: an inline element's tags go, any other tag leaves gap (a space in
 * a description, a line break between a body's paragraphs); a script's,
 * a style's or a template's content goes with its tags. */
static void strip_tags(char *s, char gap)
{
    static const char *const inl[] = {"a", "b", "i", "em", "strong", "span", "code", "u"};
    static const char *const raw[] = {"script", "style", "template"};
    char *w = s;
    for (char *p = s; *p;) {
        const char *e = *p == '<' && (isalpha((unsigned char)p[1]) || p[1] == '/')
            ? strchr(p, '>') : NULL;
        if (!e) {
            *w++ = *p++;
            continue;
        }
        const char *name = p + 1 + (p[1] == '/');
        size_t nl = strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        for (size_t k = 0; p[1] != '/' && k < sizeof raw / sizeof raw[0]; k++)
            if (strlen(raw[k]) == nl && !strncasecmp(name, raw[k], nl)) {
                char close[16];
                snprintf(close, sizeof close, "</%s", raw[k]);
                const char *c = strcasestr(e, close);
                const char *ce = c ? strchr(c, '>') : NULL;
                e = ce ? ce : s + strlen(s) - 1; /* (never closed: the rest goes) */
                break;
            }
        bool inline_tag = false;
        for (size_t k = 0; k < sizeof inl / sizeof inl[0]; k++)
            inline_tag = inline_tag || (strlen(inl[k]) == nl && !strncasecmp(name, inl[k], nl));
        if (!inline_tag)
            *w++ = gap;
        p = (char *)e + 1;
    }
    *w = 0;
}

/* Where the opening words of the text data (HTML or not; its first 60
 * bytes or so, whole characters) stand in text: their offset, or -1. */
static long opening_at(const char *text, const char *data)
{
    char *d = ls_strdup(data);
    if (!d)
        return -1;
    strip_tags(d, ' ');
    char *sq = ls_text_squash(d, strlen(d));
    free(d);
    long at = -1;
    size_t n = sq ? strlen(sq) : 0;
    if (n >= 20) {
        if (n > 60)
            for (n = 60; n > 40 && ((unsigned char)sq[n] & 0xC0) == 0x80; n--)
                ;
        sq[n] = 0;
        const char *p = strstr(text, sq);
        at = p ? (long)(p - text) : -1;
    }
    free(sq);
    return at;
}

/* (extract_int.h) */
void ls_x_meta_answer(ls_xctx *x, ls_article *out)
{
    const ls_jsonld_answer *a = &x->answer;
    if (!a->text || !out->text || (!a->author && !a->date))
        return;
    char *text = ls_text_squash(out->text, strlen(out->text));
    long answer = text ? opening_at(text, a->text) : -1;
    long question = text && a->question_text ? opening_at(text, a->question_text) : -1;
    free(text);
    /* the answer opens the text (after a heading or two), and the question
     * is not shown above it, as a thread shows it */
    if (answer < 0 || answer > 400 || (question >= 0 && question < answer))
        return;
    char buf[256], d[LS_DATE_MAX];
    if (a->author && ls_byline_clean(a->author, buf, sizeof buf)) {
        free(out->byline);
        out->byline = ls_strdup(buf);
    }
    if (a->date && ls_date_parse(a->date, &x->dctx, d)) {
        free(out->published);
        out->published = ls_strdup(d);
    }
}

/* (extract_int.h) */
char *ls_x_script_body(const ls_xctx *x, ls_script_meta *meta)
{
    static const char *const marks[] = {"<p", "<br", "\\u003cp", "\\u003Cp", "\\u003cbr",
                                        "\\u003Cbr"};
    char *best = NULL;
    size_t best_len = 0;
    const ls_node *root = x->dom->root;
    for (const ls_node *n = root; n; n = ls_node_next(n, root)) {
        if (n->type != LS_NODE_ELEMENT
            || (n->tag != GUMBO_TAG_SCRIPT && n->tag != GUMBO_TAG_TEXTAREA) || !n->first_child
            || n->first_child->type != LS_NODE_TEXT || n->first_child->text_len < 200)
            continue;
        const char *t = n->first_child->text;
        size_t tl = n->first_child->text_len;
        bool html = false;
        for (size_t k = 0; k < sizeof marks / sizeof marks[0] && !html; k++)
            html = memmem(t, tl, marks[k], strlen(marks[k])) != NULL;
        /* a hidden <textarea> holding the article's HTML for a script to
         * place (a portal's server-drawn page) is that HTML itself */
        ls_script_meta m = {0};
        char *h = !html ? NULL
            : n->tag == GUMBO_TAG_TEXTAREA ? ls_strndup(t, tl)
                                           : ls_jsonld_longest_html(t, tl, meta ? &m : NULL);
        if (h && strlen(h) > best_len) {
            free(best);
            best = h;
            best_len = strlen(h);
            if (meta) {
                ls_script_meta_release(meta);
                *meta = m;
                memset(&m, 0, sizeof m);
            }
        } else {
            free(h);
        }
        ls_script_meta_release(&m);
    }
    if (best) {
        strip_tags(best, '\n');
        ls_html_unref(best);
    }
    return best;
}

/* A letter or a digit in s, of any script. */
static bool has_word(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        if (ls_is_word_cp(cp))
            return true;
    }
    return false;
}

/* A Chinese description that is a name, not a summary: a few characters
 * and no punctuation ("广东省工业互联网产业协会"). */
static bool name_not_summary(const char *d)
{
    size_t n = strlen(d), chars = ls_utf8_len(d, n);
    if ((unsigned char)d[0] < 0x80 || chars > 16)
        return false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(d + i, n - i, &cp);
        if (ls_is_cjk_punct(cp) || (cp < 0x80 && ispunct((int)cp)))
            return false;
    }
    return true;
}

/* A CMS's description made of the title and its site's and tags' names
 * ("数字孪生不是3D大屏_陈志远_新浪博客,陈志远,", "标题 ,科学网"): the title,
 * then short pieces after '_' or ',' and nothing of a sentence. */
static bool title_and_tags(const char *d, const char *title)
{
    size_t tl = title ? strlen(title) : 0;
    if (tl < 4 || strncasecmp(d, title, tl))
        return false;
    const char *r = d + tl;
    while (*r == ' ')
        r++;
    if (*r != '_' && *r != ',' && strncmp(r, "，", 3) && *r != '|' && *r != '-')
        return false;
    return ls_utf8_len(r, strlen(r)) <= 40 && !strstr(r, "。") && !strstr(r, ". ");
}

/* A description as the page means it (malloc'd), or NULL when it says
 * nothing the reader does not see already: characters encoded twice
 * repaired, references escaped twice decoded ("aren&rsquo;t"), the tags
 * of HTML written into it removed (only when it closes one: "The <table>
 * element" is text); no words, or only the title or the site's name,
 * is none. */
static char *description_of(const char *v, const char *title, const char *site)
{
    if (!v)
        return NULL;
    char *d = ls_strdup(v);
    if (!d)
        return NULL;
    d[ls_mojibake_repair_page(d, strlen(d))] = 0;
    ls_html_unref(d);
    if (strstr(d, "</"))
        strip_tags(d, ' ');
    char *sq = ls_text_squash(d, strlen(d));
    free(d);
    size_t label = sq ? ls_info_summary_label(sq, strlen(sq)) : 0;
    if (label) /* ("导语：…": the summary, without its label) */
        memmove(sq, sq + label, strlen(sq + label) + 1);
    if (sq && (!has_word(sq) || (title && !strcasecmp(sq, title))
               || (site && !strcasecmp(sq, site)) || name_not_summary(sq)
               || title_and_tags(sq, title))) {
        free(sq);
        sq = NULL;
    }
    return sq;
}

bool ls_x_site_icon(const char *url)
{
    char name[128];
    if (!url || !ls_x_url_file(url, name, sizeof name))
        return false;
    /* a forum's folders of members' and ranks' pictures and of icons */
    static const char *const dirs[] = {"/avatars/", "/avatar/", "/ranks/", "/icons/",
                                       "/smilies/", "/badges/"};
    const char *path = ls_x_url_path(url);
    size_t pl = strcspn(path, "?#");
    for (size_t k = 0; k < sizeof dirs / sizeof dirs[0]; k++) {
        const char *d = strstr(path, dirs[k]);
        if (d && (size_t)(d - path) < pl)
            return true;
    }
    if (strstr(name, "touch-icon") || strstr(name, "favicon") || strstr(name, "placeholder"))
        return true;
    /* "logo" as a word of the name: logo.png, logo_2x.png, v2_logo_share.png */
    for (const char *p = strstr(name, "logo"); p; p = strstr(p + 1, "logo"))
        if ((p == name || p[-1] == '_' || p[-1] == '-' || p[-1] == '.')
            && (p[4] == '.' || p[4] == '_' || p[4] == '-' || isdigit((unsigned char)p[4]))
            && !(p - name >= 3 && !strncmp(p - 3, "no", 2))) /* "…-but-no-logo_v2.png" */
            return true;
    return false;
}

static void pick_rest(ls_xctx *x, collected *c, ls_article *out)
{
    set(&out->site_name, c->v[M_SITE]);
    set(&out->site_name, c->ld.publisher);
    set(&out->site_name, c->v[M_APP_NAME]);
    if (c->v[M_SOURCE] && strncmp(c->v[M_SOURCE], "http", 4)) {
        /* the tag's value may carry the page's label: "来源：人民网－人民日报" */
        ls_info in;
        memset(&in, 0, sizeof in);
        const char *v = c->v[M_SOURCE];
        bool labelled = ls_info_parse(v, strlen(v), &x->dctx, &in) && in.source[0];
        set(&out->source, labelled ? in.source : v);
    }
    /* a story another outlet provided: a portal's copy of a wire's story
     * ("provider": {"name": "Reuters"} under the portal's own publisher) */
    const char *sites[] = {out->site_name, c->ld.publisher, c->v[M_SITE], c->v[M_APP_NAME]};
    if (!out->source && c->ld.provider && !is_site(c->ld.provider, sites, 4))
        set(&out->source, c->ld.provider);
    const char *descs[] = {c->v[M_OG_DESC], c->v[M_DESC], c->ld.description};
    for (int k = 0; k < 3 && !out->excerpt; k++)
        out->excerpt = description_of(descs[k], out->title, out->site_name);
    const char *img[] = {c->v[M_IMAGE], c->v[M_TW_IMAGE], c->ld.image};
    for (int k = 0; k < 3 && !out->lead_image; k++)
        if (!ls_x_site_icon(img[k]))
            out->lead_image = ls_x_resolve(x->link_base, img[k]);
    const char *canon[] = {c->canonical, c->v[M_OG_URL], c->ld.url};
    for (int k = 0; k < 3 && !out->canonical_url; k++)
        out->canonical_url = ls_x_resolve(x->link_base, canon[k]);
    if (out->canonical_url) /* (a canonical address names no place in the page) */
        out->canonical_url[strcspn(out->canonical_url, "#")] = 0;
    const char *lang = c->html_lang && *c->html_lang ? c->html_lang
        : c->v[M_LANG] ? c->v[M_LANG] : c->ld.lang;
    if (lang) {
        char l[36];
        size_t n = strcspn(lang, " ,;");
        if (n >= sizeof l)
            n = sizeof l - 1;
        memcpy(l, lang, n);
        l[n] = 0;
        for (char *p = l; *p; p++)
            if (*p == '_')
                *p = '-';
        if (n >= 2)
            out->lang = ls_strdup(l);
    }
}

/* The language the first few thousand bytes of the body's text are in,
 * told by their script: kana for Japanese, Hangul for Korean; NULL for
 * any other. */
static const char *body_script(const ls_xctx *x)
{
    char buf[6000];
    size_t len = 0;
    const ls_node *body = x->dom->body;
    for (const ls_node *t = body ? ls_x_next_text(body, body) : NULL; t && len < sizeof buf - 1;
         t = ls_x_next_text(t, body)) {
        size_t k = t->text_len < sizeof buf - 1 - len ? t->text_len : sizeof buf - 1 - len;
        memcpy(buf + len, t->text, k);
        len += k;
    }
    /* Japanese is a third kana or more, Korean mostly Hangul: a Chinese
     * page teaching Japanese quotes some kana and stays Chinese */
    ls_scripts c;
    ls_script_counts(buf, ls_utf8_clip(buf, len, len), &c); /* (no character cut in two) */
    if (c.hangul > c.han + c.kana)
        return "ko";
    return c.kana * 3 >= c.kana + c.han + c.hangul && c.kana >= 20 ? "ja" : NULL;
}

/* Is this a Chinese page? Its lang says so, or most of its text is Han
 * without the kana or Hangul of Japanese or Korean, whose pages get their
 * own zone. */
static void decide_zh(ls_xctx *x, collected *c)
{
    const char *lang = c->html_lang ? c->html_lang : c->v[M_LANG];
    ls_xstat *b = x->dom->body ? ls_xs(x->dom->body) : NULL;
    bool ja_ko = lang && (!strncasecmp(lang, "ja", 2) || !strncasecmp(lang, "ko", 2));
    const char *zone_lang = ja_ko ? lang : NULL;
    if (lang && !strncasecmp(lang, "zh", 2)) {
        x->zh = true;
    } else if (b && b->cjk * 4 > b->chars - b->cjk && b->cjk > 20 && !ja_ko) {
        /* Han characters without a language named: Chinese, unless kana
         * or Hangul among them say Japanese or Korean */
        const char *script = body_script(x);
        ja_ko = script && (!strcmp(script, "ja") || !strcmp(script, "ko"));
        x->zh = !ja_ko;
        zone_lang = ja_ko ? script : NULL;
    }
    if (x->zh)
        zone_lang = "zh";
    else if (!b || b->cjk <= 20)
        zone_lang = NULL;
    if (ls_date_lang_zone(zone_lang, &x->dctx)) {
        /* dates of elements read while collecting, before the page was
         * known to be Chinese, take the zone too */
        char d[LS_DATE_MAX];
        if (x->class_date[0] && ls_date_parse(x->class_date, &x->dctx, d))
            memcpy(x->class_date, d, sizeof d);
        if (x->titled_date[0] && ls_date_parse(x->titled_date, &x->dctx, d))
            memcpy(x->titled_date, d, sizeof d);
    }
}

unsigned ls_x_visible_chars(const char *s)
{
    unsigned c = 0;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        if (!ls_is_space_cp(cp))
            c++;
    }
    return c;
}

/* Without an <h1>, the headline is the first short block whose text is the
 * title (old table layouts: <td><font><b>标题</b></font></td>); the info
 * line is read after it. Only elements with the same number of visible
 * characters are compared, so this stays cheap. */
static void find_title_node(ls_xctx *x, const char *title)
{
    unsigned want = ls_x_visible_chars(title);
    if (want < 4 || want > 200)
        return;
    for (size_t i = 0; i < x->nst; i++) {
        ls_xstat *s = &x->st[i];
        if (s->chars != want || (s->node->flags & LS_XF_JUNK) || s->node->tag == GUMBO_TAG_TITLE
            || s->node->tag == GUMBO_TAG_A || s->link_chars)
            continue;
        char *t = ls_x_node_text(s->node, 4096);
        bool same = t && !strcmp(t, title);
        free(t);
        if (same) {
            x->title_node = s->node;
            s->node->flags |= LS_XF_TITLE;
            return;
        }
    }
}

void ls_x_read_jsonld(ls_xctx *x, const ls_node *script)
{
    const char *t = ls_node_attr(script, "type");
    if (!t || strcasecmp(t, "application/ld+json") || !script->first_child
        || script->first_child->type != LS_NODE_TEXT)
        return;
    ls_buf b;
    ls_buf_init(&b, 4u << 20);
    ls_node_text(script, &b);
    if (!b.err && b.len)
        ls_jsonld_read(b.data, b.len, &x->ld);
    ls_buf_release(&b);
}

/* Separators of a title's pieces, without the spaces around them: those
 * that set a site's name apart from the page's, and those a Chinese title
 * joins its pieces with. */
static const char *const name_seps[] = {"|", "-", "_", ":", "/", "\u00bb", "\u2013", "\u2014"};
static const char *const zh_title_seps[] = {"_", "|", "-", "\u2014", "\u2013", "\u00b7",
                                            "\uff5c", "\uff0d"};

/* The length of one of the n separators seps at s, else 0. */
static size_t sep_of(const char *s, const char *const *seps, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!strncmp(s, seps[k], strlen(seps[k])))
            return strlen(seps[k]);
    return 0;
}

static size_t piece_sep(const char *s)
{
    return sep_of(s, name_seps, sizeof name_seps / sizeof name_seps[0]);
}

static size_t title_piece_sep(const char *s)
{
    return sep_of(s, zh_title_seps, sizeof zh_title_seps / sizeof zh_title_seps[0]);
}

/* A site name that holds the page's title and more, set apart by a
 * separator ("Create resources | Terraform | HashiCorp Developer": an
 * og:site_name set to the whole <title>): the site is what stands beside
 * the title, the last piece after it, else what comes before it.
 * ("Spotify Engineering" for a page titled "Engineering" is a name.) */
static void site_beside_title(ls_article *out)
{
    const char *t = out->title, *s = out->site_name;
    size_t tl = t ? strlen(t) : 0;
    const char *at = tl >= 4 && s && strlen(s) > tl ? strstr(s, t) : NULL;
    if (!at)
        return;
    char *site = NULL;
    const char *after = at + tl;
    bool sep = false;
    for (size_t l; *after == ' ' || (l = piece_sep(after));)
        if (*after == ' ') {
            after++;
        } else {
            after += l;
            sep = true;
        }
    if (*after) {
        if (!sep)
            return;
        char *rest = NULL;
        free(ls_title_clean(after, NULL, 0, &rest));
        site = rest ? rest : ls_strdup(after);
    } else {
        size_t n = (size_t)(at - s);
        while (n && s[n - 1] == ' ')
            n--;
        size_t k = n;
        while (k && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
            k--; /* to the start of the last character */
        size_t l = k ? piece_sep(s + k - 1) : 0;
        if (!l || k - 1 + l != n)
            return;
        n = k - 1;
        while (n && s[n - 1] == ' ')
            n--;
        site = n ? ls_strndup(s, n) : NULL;
    }
    if (!site || !has_word(site)) {
        free(site);
        return;
    }
    free(out->site_name);
    out->site_name = site;
}

/* The owner a Chinese blog's <title> names in a piece after the post's
 * ("边缘计算入门笔记_张工的博客-CSDN博客": 张工, "… - 刘明轩的日志 - 网易博客",
 * "… - 黄振华的博文"), into out; "" when none. */
static void blog_owner(const char *title, char *out, size_t outsz)
{
    static const char *const kinds[] = {"的博客", "的专栏", "的个人空间", "的个人博客",
                                        "的日志", "的博文"};
    out[0] = 0;
    for (size_t k = 0; title && k < sizeof kinds / sizeof kinds[0] && !out[0]; k++) {
        for (const char *p = strstr(title, kinds[k]); p && !out[0];
             p = strstr(p + 1, kinds[k])) {
            const char *e = p + strlen(kinds[k]);
            while (*e == ' ')
                e++;
            if (*e && !title_piece_sep(e))
                continue; /* the words go on: "…的博客推荐" */
            /* back to the separator that starts the piece */
            const char *st = NULL;
            for (const char *q = title; q < p; q++)
                if (title_piece_sep(q))
                    st = q + title_piece_sep(q);
            if (!st)
                continue; /* the piece is the headline itself */
            while (*st == ' ')
                st++;
            size_t n = (size_t)(p - st);
            while (n && st[n - 1] == ' ')
                n--;
            char name[128];
            if (!n || n >= sizeof name || ls_utf8_len(st, n) > 20)
                continue;
            memcpy(name, st, n);
            name[n] = 0;
            if (!ls_byline_clean(name, out, outsz))
                out[0] = 0;
        }
    }
}

/* A blog's <title> that puts its name before the post's, set apart by a
 * colon ("Shop Floor Notes: Retrofitting a lathe"), names the site when an
 * h1 linking to the front page says the same name. */
static void site_before_colon(const collected *c, ls_article *out)
{
    if (out->site_name || !c->title_tag || !out->title)
        return;
    char *t = ls_text_squash(c->title_tag, strlen(c->title_tag));
    size_t n = t ? strlen(t) : 0, tl = strlen(out->title);
    if (n > tl + 2 && !strcmp(t + n - tl, out->title) && t[n - tl - 1] == ' '
        && t[n - tl - 2] == ':') {
        t[n - tl - 2] = 0;
        for (int i = 0; i < c->nh1 && !out->site_name; i++) {
            char *h = ls_heading_text(c->h1[i]);
            if (h && *t && !strcasecmp(h, t) && ls_heading_links_home(c->h1[i]))
                out->site_name = ls_strdup(t);
            free(h);
        }
    }
    free(t);
}


/* href leads to the front page of the site at base ("/", or the same
 * host's root). */
static bool front_page_href(const char *href, const char *base)
{
    if (!strcmp(href, "/") || !strcmp(href, "./"))
        return true;
    char hh[256], bh[256];
    if (!base || !ls_x_url_host(href, hh, sizeof hh) || !ls_x_url_host(base, bh, sizeof bh)
        || strcmp(hh, bh))
        return false;
    const char *p = ls_x_url_path(href);
    return !*p || !strcmp(p, "/");
}

/* href stays on the site at base (a path, or the same host). */
static bool same_site_href(const char *href, const char *base)
{
    if (!strstr(href, "//"))
        return strncmp(href, "javascript:", 11) != 0;
    char hh[256], bh[256];
    return base && ls_x_url_host(href, hh, sizeof hh) && ls_x_url_host(base, bh, sizeof bh)
        && !strcmp(hh, bh);
}

/* No name for the site anywhere else: the words of the logo that links to
 * its front page (<a href="/"><img alt="第一财经"></a>), or, when named is
 * set, of the first link or picture named a logo wherever on the site it
 * leads (an e-edition's logo leads to its first page: <a class="logo"
 * href="/pc/layout/…/node_01.html">), unless they only say it is a logo, an
 * icon or the front page, or are a phrase in lower case. */
static char *logo_name(const ls_xctx *x, bool named)
{
    const ls_node *root = x->dom->body ? x->dom->body : x->dom->root;
    int budget = 3000;
    for (const ls_node *n = root; n && budget; n = ls_node_next(n, root), budget--) {
        if (n->type != LS_NODE_ELEMENT || n->tag != GUMBO_TAG_IMG)
            continue;
        const ls_node *a = n->parent;
        for (int d = 0; a && d < 3 && a->tag != GUMBO_TAG_A; d++)
            a = a->parent;
        const char *href = a && a->tag == GUMBO_TAG_A ? ls_node_attr(a, "href") : NULL;
        const char *alt = ls_node_attr(n, "alt");
        bool logo = named && href && same_site_href(href, x->base_url)
            && (ls_x_class_or_id_has(a, "logo") || ls_x_class_or_id_has(n, "logo"));
        if (!href || !alt || !(logo || front_page_href(href, x->base_url)))
            continue;
        char *name = ls_text_squash(alt, strlen(alt));
        size_t chars = name ? ls_utf8_len(name, strlen(name)) : 0;
        static const char *const generic[] = {"logo", "home", "icon", "menu", "image", "首页",
                                              "主页", "标志", "图标"};
        /* (a name, not a phrase: "hire a virtual assistant") */
        bool ok = chars >= 2 && chars <= 30 && !islower((unsigned char)name[0]);
        for (size_t k = 0; ok && k < sizeof generic / sizeof generic[0]; k++)
            ok = !strcasestr(name, generic[k]);
        if (ok)
            return name;
        free(name);
        return NULL; /* the first logo decides */
    }
    return NULL;
}

int ls_x_meta(ls_xctx *x, ls_article *out)
{
    collected c;
    memset(&c, 0, sizeof c);
    c.ld = x->ld; /* read with the stats; freed here */
    memset(&x->ld, 0, sizeof x->ld);
    collect(x, &c);
    /* the page's own title, repaired when it was encoded twice */
    char *title_tag = c.title_tag ? ls_strdup(c.title_tag) : NULL;
    ls_text_unmojibake(title_tag);
    c.title_tag = title_tag;
    decide_zh(x, &c);
    pick_title(x, &c, out);
    if (!x->title_node && out->title)
        find_title_node(x, out->title);
    pick_date(x, &c, out);
    pick_rest(x, &c, out);
    const char *urls[2] = {c.canonical, c.v[M_OG_URL]};
    ls_x_wechat(x, urls, 2, out);
    /* the site the <title> names after the headline: when nothing else
     * names one, or when JSON-LD's publisher (the organisation) does and
     * that piece is the host's name ("… - Wikipedia" on wikipedia.org,
     * published by the Wikimedia Foundation) */
    bool publisher_only = out->site_name && !c.v[M_SITE] && c.ld.publisher && x->base_url
        && !ls_title_names_host(out->site_name, x->base_url);
    if (c.title_tag && (!out->site_name || publisher_only)) {
        char *site = NULL;
        const char *hints[1] = {out->title};
        free(ls_title_clean(c.title_tag, hints, 1, &site));
        ls_title_site_by_host(site, x->base_url);
        if (!out->site_name || (site && ls_title_names_host(site, x->base_url))) {
            free(out->site_name);
            out->site_name = site;
        } else {
            free(site);
        }
    }
    site_beside_title(out);
    site_before_colon(&c, out);
    if (!out->site_name && c.title_tag && app_name(c.title_tag) && out->title
        && strcmp(out->title, c.title_tag)) {
        size_t n;
        const char *t = ls_trim(c.title_tag, &n);
        out->site_name = ls_strndup(t, n); /* the app the page was shared from */
    }
    if (!out->site_name)
        out->site_name = logo_name(x, true);
    pick_byline(x, &c, out);
    blog_owner(c.title_tag, x->blog_owner, sizeof x->blog_owner);
    ls_text_unmojibake(out->byline);
    ls_text_unmojibake(out->site_name);
    x->ld_body = c.ld.body; /* for a page whose text a script draws */
    c.ld.body = NULL;
    x->answer = c.ld.answer; /* for a Q&A page that shows its answer */
    memset(&c.ld.answer, 0, sizeof c.ld.answer);
    if (x->ld_body && (strstr(x->ld_body, "</") || strstr(x->ld_body, "<br")))
        strip_tags(x->ld_body, '\n');
    if (x->ld_body)
        ls_html_unref(x->ld_body); /* ("The &lt;br&gt; tag" is text) */
    ls_jsonld_release(&c.ld);
    free(title_tag);
    return LS_OK;
}
