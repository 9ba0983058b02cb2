/*
 * cmd_extract.c - linksnap extract [--url URL] [--json] FILE
 *
 * Reads a saved page, decodes it to UTF-8 (BOM, <meta> charset, uchardet:
 * there is no HTTP header here), parses it once and prints the reader
 * article as one compact JSON object on stdout:
 *   {title, byline, published, site_name, source, editor, lang, excerpt,
 *    lead_image, canonical_url, word_count, text, html}
 * Missing fields are null. Exit 0 on success, 1 when the file cannot be read,
 * 2 on a usage error.
 */
#include <jansson.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "extract/extract.h"
#include "util/sniff.h"
#include "html/dom.h"
#include "net/charset.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/fs.h"
#include "util/mojibake.h"
#include "util/str.h"

#define MAX_PAGE (64u << 20)

static const char usage[] =
    "usage: linksnap extract [--url URL] [--json] FILE\n"
    "Prints the reader article of a saved HTML page as JSON: title, byline,\n"
    "published, site_name, source, editor, lang, excerpt, lead_image,\n"
    "canonical_url, word_count, text and html. --url resolves relative links.\n";

/* A JSON string of s, repaired to valid UTF-8 when needed; null for NULL. */
static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    size_t n = strlen(s);
    if (ls_utf8_valid(s, n))
        return json_stringn(s, n);
    ls_buf b;
    ls_buf_init(&b, n * 3 + 1);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ls_utf8_next(s + i, n - i, &cp);
        ls_buf_add_utf8(&b, cp);
    }
    json_t *j = b.err ? json_string("") : json_stringn(b.data ? b.data : "", b.len);
    ls_buf_release(&b);
    return j;
}

static int print_article(const ls_article *a)
{
    json_t *o = json_object();
    if (!o)
        return 1;
    json_object_set_new(o, "title", jstr(a->title));
    json_object_set_new(o, "byline", jstr(a->byline));
    json_object_set_new(o, "published", jstr(a->published));
    json_object_set_new(o, "site_name", jstr(a->site_name));
    json_object_set_new(o, "source", jstr(a->source));
    json_object_set_new(o, "editor", jstr(a->editor));
    json_object_set_new(o, "lang", jstr(a->lang));
    json_object_set_new(o, "excerpt", jstr(a->excerpt));
    json_object_set_new(o, "lead_image", jstr(a->lead_image));
    json_object_set_new(o, "canonical_url", jstr(a->canonical_url));
    json_object_set_new(o, "word_count", json_integer((json_int_t)a->word_count));
    json_object_set_new(o, "text", jstr(a->text ? a->text : ""));
    json_object_set_new(o, "html", jstr(a->html ? a->html : ""));
    int rc = json_dumpf(o, stdout, JSON_COMPACT) != 0;
    json_decref(o);
    if (fputc('\n', stdout) == EOF || fflush(stdout) != 0)
        rc = 1;
    return rc;
}

int cmd_extract(int argc, char **argv, const ls_cli *cli)
{
    (void)cli;
    if (ls_cli_wants_help(argc, argv)) {
        fputs(usage, stdout);
        return 0;
    }
    const char *url = NULL, *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json"))
            continue; /* JSON is the only output */
        if (!strcmp(argv[i], "--url") && i + 1 < argc)
            url = argv[++i];
        else if (!strncmp(argv[i], "--url=", 6))
            url = argv[i] + 6;
        else if (argv[i][0] == '-' && argv[i][1]) {
            ls_cli_error("extract: unknown option '%s'", argv[i]);
            return 2;
        } else if (!file)
            file = argv[i];
        else {
            ls_cli_error("extract: one FILE only");
            return 2;
        }
    }
    if (!file) {
        fputs(usage, stderr);
        return 2;
    }
    /* One short-lived page: keep freed memory in the process instead of
     * returning it to the kernel and faulting it back in (parse buffers are
     * large and grow by realloc). */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
    int rc = 1;
    ls_buf raw, html;
    ls_buf_init(&raw, MAX_PAGE);
    ls_buf_init(&html, MAX_PAGE * 2);
    ls_dom *dom = NULL;
    ls_article art;
    memset(&art, 0, sizeof art);
    int e = ls_read_file(file, &raw);
    if (e != LS_OK) {
        ls_cli_error("extract: cannot read '%s': %s", file, ls_strerror(e));
        goto out;
    }
    const char *binary = ls_sniff_binary(raw.data, raw.len);
    if (binary) {
        ls_cli_error("extract: '%s' is no HTML page: it is %s", file, binary);
        goto out;
    }
    char cs[32];
    e = ls_charset_to_utf8(raw.data ? raw.data : "", raw.len, NULL, &html, cs, sizeof cs);
    if (e != LS_OK && e != LS_ETOOBIG) {
        ls_cli_error("extract: cannot decode '%s': %s", file, ls_strerror(e));
        goto out;
    }
    ls_buf_release(&raw);
    e = ls_mojibake_repair(&html);
    if (e != LS_OK) {
        ls_cli_error("extract: cannot decode '%s': %s", file, ls_strerror(e));
        goto out;
    }
    e = ls_dom_parse(html.data ? html.data : "", html.len, &dom);
    if (e != LS_OK) {
        ls_cli_error("extract: cannot parse '%s': %s", file, ls_strerror(e));
        goto out;
    }
    e = ls_extract(dom, url, NULL, &art);
    if (e != LS_OK) {
        ls_cli_error("extract: %s", ls_strerror(e));
        goto out;
    }
    rc = print_article(&art);
out:
    ls_article_release(&art);
    ls_dom_free(dom);
    ls_buf_release(&raw);
    ls_buf_release(&html);
    return rc;
}
