/* Starting and stopping hostile.py for the fetcher tests (see the header). */
#include "hostile_server.h"

#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

typedef struct {
    pid_t pid;
    int in_fd;
    int port;
} server;

static server g_plain, g_tls[2];
static char g_cert[2][512];

static void stop(server *s)
{
    if (s->pid <= 0)
        return;
    close(s->in_fd);
    kill(s->pid, SIGTERM);
    waitpid(s->pid, NULL, 0);
    s->pid = 0;
}

static void stop_all(void)
{
    stop(&g_plain);
    stop(&g_tls[0]);
    stop(&g_tls[1]);
}

/* Reads "PORT n\n" from fd within 15 s. */
static int read_port(int fd)
{
    char line[64];
    size_t n = 0;
    while (n + 1 < sizeof line) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 15000) <= 0)
            return 0;
        ssize_t r = read(fd, line + n, 1);
        if (r <= 0)
            return 0;
        if (line[n] == '\n')
            break;
        n++;
    }
    line[n] = '\0';
    int port = 0;
    return sscanf(line, "PORT %d", &port) == 1 ? port : 0;
}

/* tests/e2e/servers/hostile.py from the repository root (ctest's working
 * directory), or next to a build folder when run by hand from elsewhere. */
static const char *script_path(void)
{
    static char path[1024];
    const char *rel = "tests/e2e/servers/hostile.py";
    if (access(rel, R_OK) == 0)
        return rel;
    char exe[900];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        snprintf(path, sizeof path, "%s/../%s", exe, rel);
        if (access(path, R_OK) == 0)
            return path;
    }
    return rel;
}

static int start(server *s, const char *cert, const char *key)
{
    const char *script = script_path();
    int in[2], out[2];
    if (pipe(in) || pipe(out))
        return 0;
    pid_t pid = fork();
    if (pid < 0)
        return 0;
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        if (cert)
            execlp("python3", "python3", script, "--watch-stdin", "--tls", cert, key,
                   (char *)NULL);
        else
            execlp("python3", "python3", script, "--watch-stdin", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    s->pid = pid;
    s->in_fd = in[1];
    s->port = read_port(out[0]);
    close(out[0]);
    static int registered;
    if (!registered++)
        atexit(stop_all);
    if (!s->port)
        stop(s);
    return s->port;
}

int hostile_port(void)
{
    if (!g_plain.port && !g_plain.pid) {
        signal(SIGPIPE, SIG_IGN);
        if (!start(&g_plain, NULL, NULL))
            ls_test_fail(__FILE__, __LINE__, "hostile.py did not start");
    }
    return g_plain.port;
}

/* A certificate valid now, made by `openssl req -x509`. */
static int make_cert(const char *dir, const char *cert, const char *key)
{
    char cmd[2048];
    (void)dir;
    snprintf(cmd, sizeof cmd,
             "openssl req -x509 -newkey rsa:2048 -nodes -keyout '%s' -out '%s' -days 2 "
             "-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1,DNS:localhost "
             ">/dev/null 2>&1",
             key, cert);
    return system(cmd) == 0;
}

/* A self-signed certificate that expired in 2020: `openssl req -x509` cannot
 * back-date, `openssl ca -selfsign` with explicit dates can. */
static int make_expired_cert(const char *dir, const char *cert, const char *key)
{
    char path[600], cmd[3072];
    snprintf(path, sizeof path, "%s/ca.cnf", dir);
    FILE *f = fopen(path, "w");
    if (!f)
        return 0;
    fprintf(f, "[ca]\ndefault_ca = d\n[d]\ndatabase = %s/index.txt\nnew_certs_dir = %s\n"
               "serial = %s/serial\ndefault_md = sha256\npolicy = p\ncopy_extensions = copy\n"
               "unique_subject = no\n[p]\ncommonName = supplied\n",
            dir, dir, dir);
    fclose(f);
    snprintf(cmd, sizeof cmd,
             "cd '%s' && : > index.txt && echo 01 > serial && "
             "openssl req -new -newkey rsa:2048 -nodes -keyout '%s' -out old.csr "
             "-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 && "
             "openssl ca -batch -notext -config ca.cnf -selfsign -keyfile '%s' -in old.csr "
             "-out '%s' -startdate 20200101000000Z -enddate 20200102000000Z",
             dir, key, key, cert);
    char full[3200];
    snprintf(full, sizeof full, "(%s) >/dev/null 2>&1", cmd);
    return system(full) == 0;
}

int hostile_tls_port(int expired, const char **cert_path)
{
    char key[512];
    int k = expired ? 1 : 0;
    server *s = &g_tls[k];
    if (!s->port && !s->pid) {
        const char *dir = ls_test_tmpdir();
        snprintf(g_cert[k], sizeof g_cert[k], "%s/cert%d.pem", dir, k);
        snprintf(key, sizeof key, "%s/key%d.pem", dir, k);
        int made = expired ? make_expired_cert(dir, g_cert[k], key)
                           : make_cert(dir, g_cert[k], key);
        if (!made || !start(s, g_cert[k], key)) {
            ls_test_fail(__FILE__, __LINE__, "TLS hostile.py did not start");
            return 0;
        }
    }
    *cert_path = g_cert[k];
    return s->port;
}

void hostile_url(char *buf, size_t sz, const char *path)
{
    snprintf(buf, sz, "http://127.0.0.1:%d%s", hostile_port(), path);
}
