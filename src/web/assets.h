/*
 * assets.h - the stylesheet and the small enhancement script, compiled into
 * the binary (no files to deploy). Served at /static/app.css and
 * /static/app.js with a long cache lifetime; the URL carries a version so a
 * new binary's assets are fetched again.
 */
#ifndef LS_WEB_ASSETS_H
#define LS_WEB_ASSETS_H

#include <stddef.h>

extern const char ls_asset_css[];
extern const char ls_asset_js[];
/* Changes when either asset changes (a hash of both), for cache busting. */
const char *ls_asset_version(void);

#endif
