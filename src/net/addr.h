/*
 * addr.h - is this socket address somewhere the fetcher may connect to?
 *
 * Classifies an IPv4 or IPv6 address as public or one of the special
 * ranges below. IPv6 forms that carry an IPv4 address (IPv4-mapped
 * ::ffff:0:0/96, IPv4-translated ::ffff:0:0:0/96, IPv4-compatible ::/96,
 * NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32 client) are
 * classified by that IPv4 address, so [::ffff:127.0.0.1] is loopback.
 * IPv6 outside 2000::/3 that is not otherwise named is reserved.
 * Cloud metadata endpoints (169.254.169.254, fd00:ec2::254,
 * 100.100.100.200, 168.63.129.16) are LS_ADDR_METADATA.
 *
 * The fetcher refuses everything but LS_ADDR_PUBLIC unless the operator
 * allows private targets. Pure functions, thread-safe.
 */
#ifndef LS_NET_ADDR_H
#define LS_NET_ADDR_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

typedef enum {
    LS_ADDR_PUBLIC = 0,
    LS_ADDR_UNSPECIFIED,   /* 0.0.0.0, :: */
    LS_ADDR_THIS_NETWORK,  /* 0.0.0.0/8 */
    LS_ADDR_LOOPBACK,      /* 127/8, ::1 */
    LS_ADDR_PRIVATE,       /* 10/8, 172.16/12, 192.168/16, fec0::/10, 64:ff9b:1::/48 */
    LS_ADDR_LINK_LOCAL,    /* 169.254/16, fe80::/10 */
    LS_ADDR_CGNAT,         /* 100.64/10 */
    LS_ADDR_ULA,           /* fc00::/7 */
    LS_ADDR_MULTICAST,     /* 224/4, ff00::/8 */
    LS_ADDR_BROADCAST,     /* 255.255.255.255 */
    LS_ADDR_BENCHMARKING,  /* 198.18/15, 2001:2::/48 */
    LS_ADDR_DOCUMENTATION, /* 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20 */
    LS_ADDR_RESERVED,      /* 240/4, 192.0.0/24, 192.88.99/24, unallocated IPv6 ... */
    LS_ADDR_METADATA,      /* cloud instance metadata services */
    LS_ADDR_UNSUPPORTED,   /* not AF_INET / AF_INET6, or a bad length */
} ls_addr_class;

/* Classifies sa (len bytes: sockaddr_in or sockaddr_in6). */
ls_addr_class ls_addr_classify(const struct sockaddr *sa, size_t len);

/* "a link-local address", "a cloud metadata address", "a public address"... */
const char *ls_addr_class_name(ls_addr_class c);

/* The numeric form of sa ("127.0.0.1", "::1") into out; "?" if unknown. */
void ls_addr_format(const struct sockaddr *sa, size_t len, char *out, size_t sz);

/*
 * A one-line reason naming the address and its class, e.g.
 * "169.254.169.254 is a cloud metadata address" or
 * "::ffff:127.0.0.1 is a loopback address (IPv4 127.0.0.1 embedded in IPv6)".
 * Returns the class.
 */
ls_addr_class ls_addr_describe(const struct sockaddr *sa, size_t len, char *out, size_t sz);

/*
 * Parses a numeric host the way libcurl's resolver would (getaddrinfo with
 * AI_NUMERICHOST: "2130706433", "0x7f.1", "127.1", "017700000001", "::1";
 * IPv6 may be in brackets) into *ss. Returns 0, or -1 when not numeric.
 */
int ls_addr_parse(const char *text, struct sockaddr_storage *ss, size_t *len_out);

#endif
