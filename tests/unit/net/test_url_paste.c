/* Pasted URLs: the scheme is judged after the surrounding spaces go. */
#include "harness.h"

#include <stdlib.h>

#include "net/url.h"
#include "util/err.h"

TEST(url_pasted_with_leading_space_keeps_its_scheme)
{
    char *out = NULL, err[200];
    CHECK_INT_EQ(ls_url_normalize(" file:///etc/passwd", LS_URL_GUESS_SCHEME, &out, err, sizeof err),
                 LS_EINVAL);
    CHECK(out == NULL);
    CHECK_INT_EQ(ls_url_normalize("\tjavascript:alert(1)", LS_URL_GUESS_SCHEME, &out, err, sizeof err),
                 LS_EINVAL);
    CHECK_INT_EQ(ls_url_normalize("  example.com/a\n", LS_URL_GUESS_SCHEME, &out, err, sizeof err),
                 LS_OK);
    CHECK_STR_EQ(out, "http://example.com/a");
    free(out);
}
