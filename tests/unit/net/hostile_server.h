/*
 * hostile_server.h - starts tests/e2e/servers/hostile.py for the fetcher
 * tests (the tests run with the repository root as working directory).
 * One plain server and, on demand, one TLS server with a self-signed
 * certificate made by the openssl CLI; both stop when the test process
 * exits (their stdin is a pipe we hold, and we also signal them).
 */
#ifndef LS_TEST_HOSTILE_SERVER_H
#define LS_TEST_HOSTILE_SERVER_H

#include <stddef.h>

/* Port of the plain server, started on first use; 0 if it could not start. */
int hostile_port(void);
/* Port of a TLS server with a self-signed certificate for 127.0.0.1, valid
 * now or (expired != 0) only in January 2020; 0 if it or openssl could not
 * start. *cert_path gets the certificate file (for ca_file). */
int hostile_tls_port(int expired, const char **cert_path);
/* "http://127.0.0.1:<port><path>" into buf. */
void hostile_url(char *buf, size_t sz, const char *path);

#endif
