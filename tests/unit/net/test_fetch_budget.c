/* The byte budget of a batch bounds what the batch holds in memory: a page
 * naming many small gzip bombs (each within one asset's decoded cap) must
 * not hold count x cap decoded bytes. Against tests/e2e/servers/hostile.py. */
#include "harness.h"

#include <stdio.h>

#include "hostile_server.h"
#include "net/fetch.h"
#include "util/err.h"

TEST(fetch_many_budget_counts_decoded_bytes_of_gzip_bombs)
{
    ls_fetch_opts o;
    ls_fetch_opts_default(&o);
    o.allow_private = true;
    o.timeout_ms = 15000;
    o.max_wire_bytes = 1 << 20;
    o.max_decoded_bytes = 4 << 20;
    enum { N = 8 };
    char bufs[N][128];
    const char *urls[N];
    ls_fetch_result rs[N];
    for (int i = 0; i < N; i++) {
        hostile_url(bufs[i], sizeof bufs[i], "/bomb/gzip");
        urls[i] = bufs[i];
    }
    /* Eight bombs are ~0.5 MB on the wire but 32 MB decoded. */
    ls_fetch_budget b = {.max_parallel = 2, .max_total_bytes = 6 << 20};
    CHECK_INT_EQ(ls_fetch_many(&o, urls, N, &b, rs), LS_OK);
    size_t held = 0;
    int over = 0;
    for (int i = 0; i < N; i++) {
        for (int k = 0; k < rs[i].n_exchanges; k++)
            held += rs[i].exchanges[k].body.len;
        over += rs[i].rc == LS_ETOOBIG || (rs[i].final && rs[i].final->truncated
                                           && rs[i].final->body.len < (size_t)(4 << 20));
        ls_fetch_result_release(&rs[i]);
    }
    /* At most the budget plus what one write of each running transfer
     * decodes past it. */
    CHECK(held <= (size_t)(6 << 20) + 2 * (size_t)(4 << 20));
    CHECK(over >= N - 3);
}

TEST(fetch_many_budget_unchanged_for_plain_bodies)
{
    ls_fetch_opts o;
    ls_fetch_opts_default(&o);
    o.allow_private = true;
    char bufs[4][128];
    const char *urls[4];
    ls_fetch_result rs[4];
    for (int i = 0; i < 4; i++) {
        hostile_url(bufs[i], sizeof bufs[i], "/big/100000");
        urls[i] = bufs[i];
    }
    /* Plain bodies count once (as received), not twice. */
    ls_fetch_budget b = {.max_parallel = 1, .max_total_bytes = 350000};
    CHECK_INT_EQ(ls_fetch_many(&o, urls, 4, &b, rs), LS_OK);
    int ok = 0;
    for (int i = 0; i < 4; i++) {
        ok += rs[i].rc == LS_OK;
        ls_fetch_result_release(&rs[i]);
    }
    CHECK_INT_EQ(ok, 3);
}
