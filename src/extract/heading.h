/*
 * heading.h - how a page's headings (h1, h2) read, and what their markup
 * says: a label before the headline, a link to the front page, an article
 * around them.
 */
#ifndef LS_EXTRACT_HEADING_H
#define LS_EXTRACT_HEADING_H

#include <stdbool.h>

#include "html/dom.h"

/* True when href points at a site's front page: an absolute URL with no
 * path, "/" or an index file ("/index.php?sid=…"), or a relative "/",
 * "./", "index.html". "#top" and "page.html" are not. */
bool ls_heading_home_href(const char *href);

/* True when heading h sits in what the page marks up as one article or
 * post: an <article>, or a block whose class or id names a post, entry,
 * article, blog or story. */
bool ls_heading_in_article(const ls_node *h);

/* The text of heading h as it reads (malloc'd, squashed): a line break or
 * a block inside separates words, style, script and hidden text is not
 * read, a trailing permalink mark (pilcrow, icon-font glyph) is dropped,
 * UTF-8 encoded twice is repaired. */
char *ls_heading_text(const ls_node *h);

/* When heading h starts with an element of its own, a label drawn apart
 * from the headline (a thread's prefix badge, a category, the date), and
 * text follows it, returns text (h's ls_heading_text) after that label
 * (malloc'd); else NULL. Wrappers around the whole heading are looked
 * through. */
char *ls_heading_after_label(const ls_node *h, const char *text);

/* True when heading h is wholly a link to the front page, or sits in one:
 * the site's name or logo in its header. */
bool ls_heading_links_home(const ls_node *h);

#endif
