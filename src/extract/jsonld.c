/*
 * jsonld.c - schema.org article fields from JSON-LD (see jsonld.h).
 * Walks the JSON with an explicit depth bound; jansson parses.
 */
#include "extract/jsonld.h"

#include <jansson.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "html/escape.h"
#include "util/buf.h"
#include "util/str.h"

#define MAX_DEPTH 8

/* 3 = article, 2 = other creative work, 1 = web page, 0 = not content */
static int type_rank(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    const char *s = NULL;
    if (json_is_array(t) && json_array_size(t))
        t = json_array_get(t, 0);
    if (json_is_string(t))
        s = json_string_value(t);
    if (!s)
        return 0;
    if (strstr(s, "Article") || strstr(s, "Posting") || !strcmp(s, "Report")
        || !strcmp(s, "Review") || !strcmp(s, "Recipe") || !strcmp(s, "HowTo")
        || !strcmp(s, "QAPage") || !strcmp(s, "Question"))
        return 3;
    if (!strcmp(s, "CreativeWork") || !strcmp(s, "Product") || !strcmp(s, "Course")
        || !strcmp(s, "Event") || !strcmp(s, "VideoObject") || !strcmp(s, "Book"))
        return 2;
    if (strstr(s, "Page"))
        return 1;
    return 0;
}

/* One of the object's @type values (a string or the first 8 of an array)
 * is one of kinds. */
static bool has_type(json_t *o, const char *const *kinds, size_t nkinds)
{
    json_t *t = json_object_get(o, "@type");
    size_t nt = json_is_array(t) ? json_array_size(t) : 1;
    for (size_t i = 0; i < nt && i < 8; i++) {
        json_t *v = json_is_array(t) ? json_array_get(t, i) : t;
        const char *s = json_is_string(v) ? json_string_value(v) : NULL;
        for (size_t k = 0; s && k < nkinds; k++)
            if (!strcmp(s, kinds[k]))
                return true;
    }
    return false;
}

/* One of the object's @type values names a discussion. */
static bool discussion_type(json_t *o)
{
    static const char *const kinds[] = {"DiscussionForumPosting", "QAPage", "SocialMediaPosting"};
    return has_type(o, kinds, sizeof kinds / sizeof kinds[0]);
}

static const char *str_of(json_t *v)
{
    if (json_is_array(v) && json_array_size(v))
        v = json_array_get(v, 0);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_object(v)) {
        json_t *u = json_object_get(v, "url");
        if (!json_is_string(u))
            u = json_object_get(v, "name");
        if (!json_is_string(u))
            u = json_object_get(v, "@id");
        return json_is_string(u) ? json_string_value(u) : NULL;
    }
    return NULL;
}

/* Some sites HTML-escape the strings inside their JSON-LD. */
static char *unescape(const char *v)
{
    char *r = ls_strdup(v);
    ls_html_unref(r);
    return r;
}

/* One of the object's @type values is Person. */
static bool person(json_t *o)
{
    static const char *const kinds[] = {"Person"};
    return has_type(o, kinds, 1);
}

/* The node whose @id is id, anywhere in v (a graph's node that another
 * points at: {"@id": ".../#author"}, {"@id": ".../#primaryimage"}). */
static json_t *node_by_id(json_t *v, const char *id, int depth)
{
    if (depth > MAX_DEPTH)
        return NULL;
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v) && i < 64; i++) {
            json_t *n = node_by_id(json_array_get(v, i), id, depth + 1);
            if (n)
                return n;
        }
        return NULL;
    }
    if (!json_is_object(v))
        return NULL;
    json_t *i = json_object_get(v, "@id");
    if (json_is_string(i) && !strcmp(json_string_value(i), id) && json_object_size(v) > 1)
        return v;
    return node_by_id(json_object_get(v, "@graph"), id, depth + 1);
}

/* The name of the Person whose @id is id, anywhere in v. */
static const char *name_by_id(json_t *v, const char *id, int depth)
{
    json_t *o = node_by_id(v, id, depth);
    json_t *n = o ? json_object_get(o, "name") : NULL;
    return json_is_string(n) && person(o) ? json_string_value(n) : NULL;
}

/* The address of an image value: a string, an ImageObject's url or
 * contentUrl, or the graph's node an {"@id": …} points at. */
static const char *image_of(json_t *v, json_t *root)
{
    if (json_is_array(v) && json_array_size(v))
        v = json_array_get(v, 0);
    if (json_is_string(v))
        return json_string_value(v);
    if (!json_is_object(v))
        return NULL;
    json_t *id = json_object_get(v, "@id");
    if (!json_object_get(v, "url") && !json_object_get(v, "contentUrl") && json_is_string(id))
        v = node_by_id(root, json_string_value(id), 0);
    if (!v)
        return NULL;
    json_t *u = json_object_get(v, "url");
    if (!json_is_string(u))
        u = json_object_get(v, "contentUrl");
    return json_is_string(u) ? json_string_value(u) : NULL;
}

static const char *name_at(json_t *v, size_t i, json_t *root)
{
    json_t *e = json_is_array(v) ? json_array_get(v, i) : v;
    const char *name = NULL;
    if (json_is_string(e)) {
        name = json_string_value(e);
    } else if (json_is_object(e) && json_is_string(json_object_get(e, "name"))) {
        name = json_string_value(json_object_get(e, "name"));
    } else if (json_is_object(e) && json_is_string(json_object_get(e, "@id"))) {
        name = name_by_id(root, json_string_value(json_object_get(e, "@id")), 0);
    }
    return name && *name && strncmp(name, "http", 4) ? name : NULL;
}

/* Names joined as a byline reads: "A and B", "A, B, and C"; names in
 * Chinese or Japanese script with "、". A name given by reference (@id) is
 * looked up in root. */
static char *names_of(json_t *v, json_t *root)
{
    ls_buf b;
    ls_buf_init(&b, 1024);
    size_t n = json_is_array(v) ? json_array_size(v) : 1;
    const char *names[8];
    size_t k = 0;
    bool latin = true;
    for (size_t i = 0; i < n && k < 8; i++) {
        const char *name = name_at(v, i, root);
        if (!name)
            continue;
        names[k++] = name;
        for (const char *p = name; *p; p++)
            if ((unsigned char)*p >= 0xE3 && (unsigned char)*p <= 0xE9)
                latin = false; /* a CJK lead byte (U+3000-U+9FFF) */
    }
    for (size_t i = 0; i < k; i++) {
        if (i && !latin)
            ls_buf_adds(&b, "、");
        else if (i && k == 2)
            ls_buf_adds(&b, " and ");
        else if (i && i == k - 1)
            ls_buf_adds(&b, ", and ");
        else if (i)
            ls_buf_adds(&b, ", ");
        ls_buf_adds(&b, names[i]);
    }
    char *r = (!b.err && b.len) ? unescape(b.data) : NULL;
    ls_buf_release(&b);
    return r;
}

static void set(char **dst, const char *v)
{
    if (!*dst && v && *v)
        *dst = unescape(v);
}

/* The answer of the Question o (ls_jsonld_answer), the first one read. */
static void take_answer(ls_jsonld_answer *a, json_t *o, json_t *root)
{
    static const char *const question[] = {"Question"};
    if (a->text || !has_type(o, question, 1))
        return;
    json_t *ans = json_object_get(o, "acceptedAnswer");
    if (!ans)
        ans = json_object_get(o, "suggestedAnswer");
    if (json_is_array(ans))
        ans = json_array_get(ans, 0);
    if (!json_is_object(ans) || !str_of(json_object_get(ans, "text")))
        return;
    set(&a->text, str_of(json_object_get(ans, "text")));
    json_t *who = json_object_get(ans, "author");
    if (who)
        a->author = names_of(who, root);
    set(&a->date, str_of(json_object_get(ans, "datePublished")));
    set(&a->date, str_of(json_object_get(ans, "dateCreated")));
    set(&a->question_text, str_of(json_object_get(o, "text")));
}

static void take(ls_jsonld *j, json_t *o, int rank, json_t *root)
{
    if (rank > j->rank) { /* a more article-like object replaces a page's values */
        int keep = j->rank;
        ls_jsonld_release(j);
        j->rank = keep;
    }
    if (rank < j->rank)
        return;
    j->rank = rank;
    set(&j->headline, str_of(json_object_get(o, "headline")));
    if (rank >= 2)
        set(&j->headline, str_of(json_object_get(o, "name")));
    if (!j->author) {
        json_t *a = json_object_get(o, "author");
        if (!a)
            a = json_object_get(o, "creator");
        if (a)
            j->author = names_of(a, root);
    }
    set(&j->date_published, str_of(json_object_get(o, "datePublished")));
    set(&j->date_published, str_of(json_object_get(o, "dateCreated")));
    set(&j->date_modified, str_of(json_object_get(o, "dateModified")));
    json_t *p = json_object_get(o, "publisher");
    if (json_is_object(p))
        set(&j->publisher, str_of(json_object_get(p, "name")));
    set(&j->description, str_of(json_object_get(o, "description")));
    set(&j->image, image_of(json_object_get(o, "image"), root));
    set(&j->image, str_of(json_object_get(o, "thumbnailUrl")));
    set(&j->url, str_of(json_object_get(o, "url")));
    set(&j->lang, str_of(json_object_get(o, "inLanguage")));
    /* (the body keeps its entities: markup written in it is taken out
     * first, then they are read, once) */
    const char *body = str_of(json_object_get(o, "articleBody"));
    if (!j->body && body && *body)
        j->body = ls_strdup(body);
    /* (a course's or a video's provider is who runs it, no outlet; an
     * article's sourceOrganization is whom its writer works for, the
     * site's own part: "DigitalOcean Community") */
    json_t *pv = rank >= 3 ? json_object_get(o, "provider") : NULL;
    if (json_is_array(pv))
        pv = json_array_get(pv, 0);
    if (json_is_object(pv))
        set(&j->provider, str_of(json_object_get(pv, "name")));
    take_answer(&j->answer, o, root);
}

/* Baidu's search format, which many Chinese news pages carry besides or
 * instead of schema.org's ("@context": "…/contexts/cambrian.jsonld"):
 * title, pubDate, images, description; it fills what is still empty. */
static void take_cambrian(ls_jsonld *j, json_t *o)
{
    const char *ctx = str_of(json_object_get(o, "@context"));
    if (!ctx || !strstr(ctx, "cambrian.jsonld"))
        return;
    set(&j->headline, str_of(json_object_get(o, "title")));
    set(&j->date_published, str_of(json_object_get(o, "pubDate")));
    set(&j->date_modified, str_of(json_object_get(o, "upDate")));
    set(&j->description, str_of(json_object_get(o, "description")));
    json_t *im = json_object_get(o, "images");
    set(&j->image, str_of(json_is_array(im) ? json_array_get(im, 0) : im));
}

static void visit(ls_jsonld *j, json_t *v, int depth, json_t *root)
{
    if (depth > MAX_DEPTH)
        return;
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v) && i < 64; i++)
            visit(j, json_array_get(v, i), depth + 1, root);
        return;
    }
    if (!json_is_object(v))
        return;
    int r = type_rank(v);
    if (r)
        take(j, v, r, root);
    else
        take_cambrian(j, v);
    j->discussion |= discussion_type(v);
    json_t *g = json_object_get(v, "@graph");
    if (g)
        visit(j, g, depth + 1, root);
    json_t *m = json_object_get(v, "mainEntity");
    if (json_is_object(m))
        visit(j, m, depth + 1, root);
}

/* The JSON inside a CDATA section an XHTML page wraps it in ("<![CDATA[
 * {…} ]]>", also behind "//" script comments): *json and *n narrowed. */
static void unwrap_cdata(const char **json, size_t *n)
{
    const char *s = *json, *e = s + *n;
    while (s < e && (isspace((unsigned char)*s) || *s == '/'))
        s++;
    if (e - s < 12 || memcmp(s, "<![CDATA[", 9))
        return;
    s += 9;
    const char *c = e;
    while (c - s >= 3 && memcmp(c - 3, "]]>", 3))
        c--;
    if (c - s < 3)
        return;
    c -= 3;
    while (c > s && (isspace((unsigned char)c[-1]) || c[-1] == '/'))
        c--;
    *json = s;
    *n = (size_t)(c - s);
}

/* The \uXXXX escape at s[i] (s[i] == '\\'), its value, else -1. */
static long u_escape(const char *s, size_t n, size_t i)
{
    if (i + 6 > n || s[i + 1] != 'u')
        return -1;
    long v = 0;
    for (size_t k = i + 2; k < i + 6; k++) {
        int c = (unsigned char)s[k];
        if (!isxdigit(c))
            return -1;
        v = v * 16 + (isdigit(c) ? c - '0' : tolower(c) - 'a' + 10);
    }
    return v;
}

/* The JSON as pages write it when they get it slightly wrong, mended into
 * out: a raw line break or control inside a string is escaped, a lone half
 * of a surrogate pair (an emoji cut in two) becomes U+FFFD, and a comma
 * before a closing bracket goes. One flaw dropped the whole block (its
 * headline, writer and date). */
static void mend_json(const char *s, size_t n, ls_buf *out)
{
    bool str = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!str) {
            if (c == ',') { /* (",}" and ", ]" close nothing more) */
                size_t j = i + 1;
                while (j < n && isspace((unsigned char)s[j]))
                    j++;
                if (j < n && (s[j] == '}' || s[j] == ']'))
                    continue;
            }
            str = c == '"';
            ls_buf_addc(out, (char)c);
            continue;
        }
        if (c == '"') {
            str = false;
            ls_buf_addc(out, '"');
        } else if (c == '\\' && i + 1 < n) {
            long u = u_escape(s, n, i);
            if (u >= 0xD800 && u <= 0xDBFF) {
                long low = i + 6 < n && s[i + 6] == '\\' ? u_escape(s, n, i + 6) : -1;
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    ls_buf_add(out, s + i, 12);
                    i += 11;
                } else {
                    ls_buf_adds(out, "\\ufffd");
                    i += 5;
                }
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                ls_buf_adds(out, "\\ufffd");
                i += 5;
            } else {
                ls_buf_add(out, s + i, 2);
                i++;
            }
        } else if (c < 0x20) {
            ls_buf_addf(out, "\\u%04x", c);
        } else {
            ls_buf_addc(out, (char)c);
        }
    }
}

bool ls_jsonld_read(const char *json, size_t n, ls_jsonld *out)
{
    unwrap_cdata(&json, &n);
    json_error_t e;
    json_t *root = json_loadb(json, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
    if (!root) {
        ls_buf m;
        ls_buf_init(&m, n * 6 + 16);
        mend_json(json, n, &m);
        if (!m.err && m.len)
            root = json_loadb(m.data, m.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
        ls_buf_release(&m);
    }
    if (!root)
        return false;
    visit(out, root, 0, root);
    json_decref(root);
    return true;
}

/* The longest string under v holding paragraphs of HTML, into *best. */
typedef struct {
    const char *best;
    size_t best_len;
    json_t *owner; /* the object holding best */
    int budget;    /* values looked at: a store's state can be large */
} html_search;

static void longest_html(json_t *v, json_t *parent, int depth, html_search *hs)
{
    if (depth > 3 * MAX_DEPTH || --hs->budget < 0)
        return;
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        size_t n = json_string_length(v);
        if (n > hs->best_len && (memmem(s, n, "<p", 2) || memmem(s, n, "<br", 3))) {
            hs->best = s;
            hs->best_len = n;
            hs->owner = json_is_object(parent) ? parent : NULL;
        }
    } else if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v); i++)
            longest_html(json_array_get(v, i), v, depth + 1, hs);
    } else if (json_is_object(v)) {
        const char *k;
        json_t *m;
        json_object_foreach(v, k, m)
            longest_html(m, v, depth + 1, hs);
    }
}

/* The first of keys in o that is a short string (or, with numbers, a
 * number written in decimal), malloc'd; NULL when none is. */
static char *string_of(json_t *o, const char *const *keys, size_t nkeys, bool numbers)
{
    for (size_t k = 0; k < nkeys; k++) {
        json_t *v = json_object_get(o, keys[k]);
        if (json_is_string(v) && json_string_length(v) && json_string_length(v) < 1024)
            return ls_strndup(json_string_value(v), json_string_length(v));
        if (numbers && json_is_integer(v) && json_integer_value(v) > 0) {
            char b[32];
            snprintf(b, sizeof b, "%lld", (long long)json_integer_value(v));
            return ls_strdup(b);
        }
    }
    return NULL;
}

static void script_meta(json_t *o, ls_script_meta *m)
{
    static const char *const titles[] = {"title", "headline", "articleTitle", "article_title"};
    static const char *const authors[] = {"authorName", "author_name", "author", "writer",
                                          "creator", "nickname"};
    static const char *const names[] = {"name", "nickname", "nick", "username", "displayName"};
    static const char *const dates[] = {"publishTime", "publish_time", "publishedAt",
                                        "published_at", "publishDate", "publish_date",
                                        "datePublished", "pubDate", "releaseTime", "date",
                                        "createdAt", "created_at", "ctime"};
    static const char *const sources[] = {"source", "sourceName", "source_name"};
    m->title = string_of(o, titles, sizeof titles / sizeof titles[0], false);
    m->author = string_of(o, authors, sizeof authors / sizeof authors[0], false);
    for (size_t k = 0; !m->author && k < sizeof authors / sizeof authors[0]; k++) {
        json_t *a = json_object_get(o, authors[k]); /* "author": {"name": …} */
        if (json_is_array(a))
            a = json_array_get(a, 0);
        if (json_is_object(a) && json_is_object(json_object_get(a, "node")))
            a = json_object_get(a, "node"); /* (GraphQL's edge: "author": {"node": {…}}) */
        if (json_is_object(a))
            m->author = string_of(a, names, sizeof names / sizeof names[0], false);
    }
    m->date = string_of(o, dates, sizeof dates / sizeof dates[0], true);
    m->source = string_of(o, sources, sizeof sources / sizeof sources[0], false);
}

char *ls_jsonld_longest_html(const char *script, size_t n, ls_script_meta *meta)
{
    const char *o = script ? memchr(script, '{', n) : NULL;
    if (!o)
        return NULL;
    json_error_t err;
    json_t *v = json_loadb(o, n - (size_t)(o - script), JSON_DISABLE_EOF_CHECK, &err);
    if (!v)
        return NULL;
    html_search hs = {.budget = 200000};
    longest_html(v, NULL, 0, &hs);
    char *r = hs.best ? ls_strndup(hs.best, hs.best_len) : NULL;
    if (r && meta && hs.owner)
        script_meta(hs.owner, meta);
    json_decref(v);
    return r;
}

void ls_script_meta_release(ls_script_meta *m)
{
    free(m->title);
    free(m->author);
    free(m->source);
    free(m->date);
    memset(m, 0, sizeof *m);
}

void ls_jsonld_release(ls_jsonld *j)
{
    free(j->headline);
    free(j->author);
    free(j->date_published);
    free(j->date_modified);
    free(j->publisher);
    free(j->description);
    free(j->image);
    free(j->url);
    free(j->lang);
    free(j->body);
    free(j->provider);
    ls_jsonld_answer_release(&j->answer);
    memset(j, 0, sizeof *j);
}

void ls_jsonld_answer_release(ls_jsonld_answer *a)
{
    free(a->text);
    free(a->author);
    free(a->date);
    free(a->question_text);
    memset(a, 0, sizeof *a);
}
