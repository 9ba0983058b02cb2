/*
 * jsonld.h - the article fields of a JSON-LD (schema.org) block.
 *
 * Reads one <script type="application/ld+json"> body (an object, an array,
 * or an object with @graph) and fills the still-NULL fields of ls_jsonld
 * from the first article-like object (Article, NewsArticle, BlogPosting,
 * Report, WebPage, ...; articles are preferred over pages). Authors are
 * joined with ", ". Fields are malloc'd; ls_jsonld_release() frees them.
 * Invalid JSON is ignored (returns false), never an error.
 */
#ifndef LS_EXTRACT_JSONLD_H
#define LS_EXTRACT_JSONLD_H

#include <stdbool.h>
#include <stddef.h>

/* The answer a Q&A page's Question names (its acceptedAnswer, else its
 * first suggestedAnswer), and the question's own text: when the page shows
 * the answer, the answer's writer and date are the page's. */
typedef struct ls_jsonld_answer {
    char *text, *author, *date, *question_text;
} ls_jsonld_answer;

typedef struct ls_jsonld {
    char *headline, *author, *date_published, *date_modified, *publisher,
         *description, *image, *url, *lang;
    char *body; /* articleBody: the text itself, for a page drawn by script */
    /* the outlet an article says provided it (its provider): the wire or
     * paper a syndicating site took the story from */
    char *provider;
    ls_jsonld_answer answer;
    int rank; /* how article-like the object that filled it was (higher wins) */
    /* the page says it is a discussion: an object (at the top, in @graph or
     * as mainEntity) typed DiscussionForumPosting, QAPage or
     * SocialMediaPosting */
    bool discussion;
} ls_jsonld;

bool ls_jsonld_read(const char *json, size_t n, ls_jsonld *out);

/* What the object that holds a script's article says of it (malloc'd, or
 * NULL): its title, its writer's name, its source, and its date as the
 * data writes it (a string, or seconds or milliseconds since the epoch
 * written in decimal). */
typedef struct ls_script_meta {
    char *title, *author, *source, *date;
} ls_script_meta;

/* The longest string in the data a script holds (the JSON object from its
 * first '{' on: a Next.js page's __NEXT_DATA__, a store's initial state)
 * that is HTML with paragraphs ("<p>", "<br>"): the article the script
 * draws. malloc'd; NULL when there is none or the data is no JSON. When
 * meta is not NULL, its fields are filled from the object holding that
 * string ("title", "author" or "author": {"name"}, "publishTime", …);
 * release them with ls_script_meta_release(). */
char *ls_jsonld_longest_html(const char *script, size_t n, ls_script_meta *meta);
void ls_script_meta_release(ls_script_meta *m);
void ls_jsonld_release(ls_jsonld *j);
void ls_jsonld_answer_release(ls_jsonld_answer *a);

#endif
