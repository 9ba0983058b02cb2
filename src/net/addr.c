/*
 * addr.c - special-purpose address ranges (IANA IPv4 and IPv6
 * special-purpose registries, plus cloud metadata endpoints). Contract in
 * addr.h. Tables are small; a linear scan per connection is nothing next
 * to the connect itself.
 */
#include "net/addr.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    uint32_t net;
    int bits;
    ls_addr_class cls;
} v4_range;

#define IP4(a, b, c, d) (((uint32_t)(a) << 24) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 8) | (uint32_t)(d))

/* Most specific first: the first match wins. */
static const v4_range k_v4[] = {
    {IP4(169, 254, 169, 254), 32, LS_ADDR_METADATA},
    {IP4(100, 100, 100, 200), 32, LS_ADDR_METADATA}, /* Alibaba Cloud */
    {IP4(168, 63, 129, 16), 32, LS_ADDR_METADATA},   /* Azure WireServer */
    {IP4(0, 0, 0, 0), 32, LS_ADDR_UNSPECIFIED},
    {IP4(255, 255, 255, 255), 32, LS_ADDR_BROADCAST},
    {IP4(0, 0, 0, 0), 8, LS_ADDR_THIS_NETWORK},
    {IP4(10, 0, 0, 0), 8, LS_ADDR_PRIVATE},
    {IP4(100, 64, 0, 0), 10, LS_ADDR_CGNAT},
    {IP4(127, 0, 0, 0), 8, LS_ADDR_LOOPBACK},
    {IP4(169, 254, 0, 0), 16, LS_ADDR_LINK_LOCAL},
    {IP4(172, 16, 0, 0), 12, LS_ADDR_PRIVATE},
    {IP4(192, 0, 0, 0), 24, LS_ADDR_RESERVED},
    {IP4(192, 0, 2, 0), 24, LS_ADDR_DOCUMENTATION},
    {IP4(192, 88, 99, 0), 24, LS_ADDR_RESERVED},
    {IP4(192, 168, 0, 0), 16, LS_ADDR_PRIVATE},
    {IP4(198, 18, 0, 0), 15, LS_ADDR_BENCHMARKING},
    {IP4(198, 51, 100, 0), 24, LS_ADDR_DOCUMENTATION},
    {IP4(203, 0, 113, 0), 24, LS_ADDR_DOCUMENTATION},
    {IP4(224, 0, 0, 0), 4, LS_ADDR_MULTICAST},
    {IP4(240, 0, 0, 0), 4, LS_ADDR_RESERVED},
};

static ls_addr_class classify_v4(uint32_t a)
{
    for (size_t i = 0; i < sizeof k_v4 / sizeof k_v4[0]; i++) {
        uint32_t mask = k_v4[i].bits == 0 ? 0 : 0xFFFFFFFFu << (32 - k_v4[i].bits);
        if ((a & mask) == k_v4[i].net)
            return k_v4[i].cls;
    }
    return LS_ADDR_PUBLIC;
}

typedef struct {
    uint8_t net[16];
    int bits;
    ls_addr_class cls;
} v6_range;

static const v6_range k_v6[] = {
    {{0xfd, 0x00, 0x0e, 0xc2, [15] = 0x54, [14] = 0x02}, 128, LS_ADDR_METADATA},
    {{0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}, 48, LS_ADDR_PRIVATE}, /* local NAT64 */
    {{0x01, 0x00}, 64, LS_ADDR_RESERVED},                         /* discard-only */
    {{0x20, 0x01, 0x00, 0x02, 0x00, 0x00}, 48, LS_ADDR_BENCHMARKING},
    {{0x20, 0x01, 0x0d, 0xb8}, 32, LS_ADDR_DOCUMENTATION},
    {{0x20, 0x01, 0x00, 0x10}, 28, LS_ADDR_RESERVED}, /* ORCHID */
    {{0x20, 0x01, 0x00, 0x20}, 28, LS_ADDR_RESERVED}, /* ORCHIDv2 */
    {{0x3f, 0xff}, 20, LS_ADDR_DOCUMENTATION},
    {{0x5f, 0x00}, 16, LS_ADDR_RESERVED}, /* SRv6 SIDs */
    {{0xfc, 0x00}, 7, LS_ADDR_ULA},
    {{0xfe, 0x80}, 10, LS_ADDR_LINK_LOCAL},
    {{0xfe, 0xc0}, 10, LS_ADDR_PRIVATE}, /* deprecated site-local */
    {{0xff, 0x00}, 8, LS_ADDR_MULTICAST},
};

static int prefix_match(const uint8_t *a, const uint8_t *net, int bits)
{
    int full = bits / 8, rest = bits % 8;
    if (memcmp(a, net, (size_t)full) != 0)
        return 0;
    if (rest == 0)
        return 1;
    uint8_t mask = (uint8_t)(0xFF << (8 - rest));
    return (a[full] & mask) == (net[full] & mask);
}

static uint32_t be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

/* The IPv4 address carried by an IPv6 address, if any (see addr.h). */
static int embedded_v4(const uint8_t *a, uint32_t *v4)
{
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    static const uint8_t translated[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0};
    static const uint8_t nat64[12] = {0x00, 0x64, 0xff, 0x9b};
    static const uint8_t zero12[12] = {0};
    if (!memcmp(a, mapped, 12) || !memcmp(a, translated, 12) || !memcmp(a, nat64, 12) ||
        (!memcmp(a, zero12, 12) && be32(a + 12) > 1)) {
        *v4 = be32(a + 12);
        return 1;
    }
    if (a[0] == 0x20 && a[1] == 0x02) { /* 6to4: 2002:AABB:CCDD::/48 */
        *v4 = be32(a + 2);
        return 1;
    }
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0 && a[3] == 0) {
        /* Teredo: the client's address, obfuscated by inverting its bits. */
        *v4 = ~be32(a + 12);
        return 1;
    }
    return 0;
}

static ls_addr_class classify_v6(const uint8_t *a, int *embedded, uint32_t *v4)
{
    static const uint8_t zero[16] = {0};
    *embedded = 0;
    if (!memcmp(a, zero, 16))
        return LS_ADDR_UNSPECIFIED;
    if (!memcmp(a, zero, 15) && a[15] == 1)
        return LS_ADDR_LOOPBACK;
    if (embedded_v4(a, v4)) {
        *embedded = 1;
        return classify_v4(*v4);
    }
    for (size_t i = 0; i < sizeof k_v6 / sizeof k_v6[0]; i++)
        if (prefix_match(a, k_v6[i].net, k_v6[i].bits))
            return k_v6[i].cls;
    /* Only 2000::/3 is allocated for global unicast. */
    if ((a[0] & 0xE0) != 0x20)
        return LS_ADDR_RESERVED;
    return LS_ADDR_PUBLIC;
}

static ls_addr_class classify_full(const struct sockaddr *sa, size_t len, int *embedded,
                                   uint32_t *v4)
{
    *embedded = 0;
    if (!sa)
        return LS_ADDR_UNSUPPORTED;
    if (sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        *v4 = ntohl(s4->sin_addr.s_addr);
        return classify_v4(*v4);
    }
    if (sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
        return classify_v6(s6->sin6_addr.s6_addr, embedded, v4);
    }
    return LS_ADDR_UNSUPPORTED;
}

ls_addr_class ls_addr_classify(const struct sockaddr *sa, size_t len)
{
    int embedded;
    uint32_t v4;
    return classify_full(sa, len, &embedded, &v4);
}

const char *ls_addr_class_name(ls_addr_class c)
{
    switch (c) {
    case LS_ADDR_PUBLIC: return "a public address";
    case LS_ADDR_UNSPECIFIED: return "the unspecified address";
    case LS_ADDR_THIS_NETWORK: return "a \"this network\" (0.0.0.0/8) address";
    case LS_ADDR_LOOPBACK: return "a loopback address";
    case LS_ADDR_PRIVATE: return "a private address";
    case LS_ADDR_LINK_LOCAL: return "a link-local address";
    case LS_ADDR_CGNAT: return "a carrier-grade NAT (100.64.0.0/10) address";
    case LS_ADDR_ULA: return "a unique local IPv6 address";
    case LS_ADDR_MULTICAST: return "a multicast address";
    case LS_ADDR_BROADCAST: return "the broadcast address";
    case LS_ADDR_BENCHMARKING: return "a benchmarking address";
    case LS_ADDR_DOCUMENTATION: return "a documentation address";
    case LS_ADDR_RESERVED: return "a reserved address";
    case LS_ADDR_METADATA: return "a cloud metadata address";
    case LS_ADDR_UNSUPPORTED: break;
    }
    return "an unsupported address";
}

void ls_addr_format(const struct sockaddr *sa, size_t len, char *out, size_t sz)
{
    if (!out || sz == 0)
        return;
    const void *src = NULL;
    if (sa && sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in))
        src = &((const struct sockaddr_in *)sa)->sin_addr;
    else if (sa && sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6))
        src = &((const struct sockaddr_in6 *)sa)->sin6_addr;
    if (!src || !inet_ntop(sa->sa_family, src, out, (socklen_t)sz))
        snprintf(out, sz, "?");
}

ls_addr_class ls_addr_describe(const struct sockaddr *sa, size_t len, char *out, size_t sz)
{
    int embedded;
    uint32_t v4 = 0;
    char text[INET6_ADDRSTRLEN];
    ls_addr_class c = classify_full(sa, len, &embedded, &v4);
    ls_addr_format(sa, len, text, sizeof text);
    if (embedded)
        snprintf(out, sz, "%s is %s (IPv4 %u.%u.%u.%u embedded in IPv6)", text,
                 ls_addr_class_name(c), v4 >> 24, (v4 >> 16) & 255, (v4 >> 8) & 255, v4 & 255);
    else
        snprintf(out, sz, "%s is %s", text, ls_addr_class_name(c));
    return c;
}

int ls_addr_parse(const char *text, struct sockaddr_storage *ss, size_t *len_out)
{
    char host[INET6_ADDRSTRLEN + 16];
    size_t n = text ? strlen(text) : 0;
    if (n == 0 || n >= sizeof host)
        return -1;
    if (text[0] == '[' && text[n - 1] == ']') {
        text++;
        n -= 2;
    }
    memcpy(host, text, n);
    host[n] = '\0';
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_flags = AI_NUMERICHOST;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, NULL, &hints, &res) != 0 || !res)
        return -1;
    memset(ss, 0, sizeof *ss);
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    if (len_out)
        *len_out = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}
