/*
 * gumbo_parse.c - the floor for `linksnap extract`: CPU time gumbo alone
 * takes to parse each page (gumbo_parse + gumbo_destroy_output), files read
 * into memory first and not timed. One process for all pages.
 *
 *   gumbo_parse FILE...   prints pages, MB, CPU seconds, ms/page, MB/s
 */
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    size_t k;
    while (p && (k = fread(p + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
            }
            p = q;
        }
    }
    fclose(f);
    *len = n;
    return p;
}

int main(int argc, char **argv)
{
    double cpu = 0, bytes = 0;
    int pages = 0;
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *p = slurp(argv[i], &len);
        if (!p) {
            fprintf(stderr, "gumbo_parse: cannot read %s\n", argv[i]);
            continue;
        }
        double t0 = cpu_now();
        GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, p, len);
        gumbo_destroy_output(&kGumboDefaultOptions, g);
        cpu += cpu_now() - t0;
        bytes += len;
        pages++;
        free(p);
    }
    printf("pages %d  MB %.1f  CPU s %.3f  ms/page %.2f  MB/s %.1f\n", pages, bytes / 1e6, cpu,
           pages ? 1000 * cpu / pages : 0, cpu > 0 ? bytes / 1e6 / cpu : 0);
    return 0;
}
