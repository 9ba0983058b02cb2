/*
 * title.h - title rules beyond ls_title_clean() (infoline.h): the site's
 * name at the end of a headline, marks left in metadata, titles compared
 * by their words (the choice of the title is in meta.c).
 */
#ifndef LS_EXTRACT_TITLE_H
#define LS_EXTRACT_TITLE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * When title ends with a separator (| - – — • · » ::, spaced) and a last
 * piece that names the site, or with the site's name in brackets
 * ("Page [Site Wiki]"), returns the text before it (malloc'd); else
 * NULL. The piece names the site when its letters and digits (case aside)
 * are those of one of the names (og:site_name, publisher ...; NULLs
 * allowed), or of the host of url ("www." dropped) or of its main label
 * ("wral" in www.wral.com), or, in a piece of four words at most, begin
 * with that label ("ProMatcher Cost Report" on promatcher.com). What stays
 * must hold a word.
 */
char *ls_title_cut_site(const char *title, const char *const *names, size_t nnames,
                        const char *url);

/*
 * True when the letters and digits of s (case aside) are those of the host
 * of url ("www." dropped), of the host without its first label
 * ("example.org" on forum.example.org), or of its main label ("Example
 * Forum" is not, "Example" is).
 */
bool ls_title_names_host(const char *s, const char *url);

/* A site piece whose part after its last '-' (no spaces around it) begins
 * with the host's main label is that part, in place: "opc ua python-CSDN博客"
 * on blog.csdn.net -> "CSDN博客" (a keyword tail joined to the name). */
void ls_title_site_by_host(char *site, const char *url);

/*
 * Removes Markdown emphasis left in a title: a run of one or two '*' at a
 * word's start (after the start, a space or punctuation) closed by the same
 * run at a word's end ("*A Treatise* (1792)" -> "A Treatise (1792)"), in
 * place. A lone star or one between spaces ("5 * 3") stays. NULL allowed.
 */
void ls_title_unmark(char *t);

/* Drops private-use characters in place (U+E000..U+F8FF: an icon font's
 * glyph, or a character a legacy encoding's user-defined area gave, which
 * show as boxes), and the spaces they leave at either end. */
void ls_title_drop_private(char *t);

/*
 * When title ends with its source's host name in brackets, maybe followed
 * by a comment count, as link aggregators print it ("Rates rise again
 * (example.com) 87"), returns the headline before it (malloc'd); else NULL.
 * At least two words must stay.
 */
char *ls_title_cut_source(const char *title);

/*
 * A meta or JSON-LD title as the page means it (malloc'd; NULL for NULL):
 * character references escaped twice decoded ("What&#8217;s"), UTF-8
 * encoded twice repaired, Markdown emphasis removed. Never longer.
 */
char *ls_title_unref(const char *v);

/* True when a and b have the same words: they differ only in case,
 * punctuation and typography ("Beginner’s guide — 2025" and "Beginner's
 * guide - 2025"). NULLs give false. */
bool ls_title_same_words(const char *a, const char *b);

/* True when damaged is whole with characters lost: each '?' or U+FFFD
 * in it stands for one to three characters of whole other than spaces, at
 * least one of them a letter or digit ("Beginner? Guide" for "Beginner's
 * Guide", not "Why now? A guide" for "Why now: A guide"). NULLs give
 * false. */
bool ls_title_lost_chars(const char *damaged, const char *whole);

/* Cuts a forum's subject label at the start of a heading ("主题：", "标题:",
 * "Subject: "), in place, when a word stays. NULL allowed. */
void ls_title_cut_subject_label(char *t);

/* Share (0..1) of the h1's words of three letters or more (each CJK
 * character a word) that occur in any of the titles (NULLs allowed). */
double ls_title_shared_words(const char *h1, const char *const *titles, size_t nt);

#endif
