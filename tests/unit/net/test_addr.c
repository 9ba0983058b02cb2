/* Tests for net/addr: every literal of SECURITY.md cases 2, 3 and 4, parsed
 * the way libcurl's resolver parses numeric hosts, then classified. */
#include "harness.h"

#include <netinet/in.h>
#include <stdio.h>

#include "net/addr.h"

static ls_addr_class cls_of(const char *text)
{
    struct sockaddr_storage ss;
    size_t len = 0;
    if (ls_addr_parse(text, &ss, &len) != 0) {
        ls_test_fail(__FILE__, __LINE__, "could not parse %s", text);
        return LS_ADDR_UNSUPPORTED;
    }
    return ls_addr_classify((struct sockaddr *)&ss, len);
}

#define CHECK_CLASS(text, want)                                           \
    do {                                                                  \
        ls_addr_class c_ = cls_of(text);                                  \
        if (c_ != (want))                                                 \
            ls_test_fail(__FILE__, __LINE__, "%s is %s, expected %s", text, \
                         ls_addr_class_name(c_), ls_addr_class_name(want)); \
    } while (0)

TEST(addr_case2_loopback_spellings)
{
    CHECK_CLASS("127.0.0.1", LS_ADDR_LOOPBACK);
    CHECK_CLASS("127.255.255.254", LS_ADDR_LOOPBACK);
    CHECK_CLASS("[::1]", LS_ADDR_LOOPBACK);
    CHECK_CLASS("0.0.0.0", LS_ADDR_UNSPECIFIED);
    CHECK_CLASS("::", LS_ADDR_UNSPECIFIED);
    CHECK_CLASS("2130706433", LS_ADDR_LOOPBACK);
    CHECK_CLASS("0x7f.1", LS_ADDR_LOOPBACK);
    CHECK_CLASS("127.1", LS_ADDR_LOOPBACK);
    CHECK_CLASS("017700000001", LS_ADDR_LOOPBACK);
    CHECK_CLASS("0x7f000001", LS_ADDR_LOOPBACK);
}

TEST(addr_case3_embedded_ipv4)
{
    CHECK_CLASS("[::ffff:127.0.0.1]", LS_ADDR_LOOPBACK);
    CHECK_CLASS("[::ffff:7f00:1]", LS_ADDR_LOOPBACK);
    CHECK_CLASS("[64:ff9b::a9fe:a9fe]", LS_ADDR_METADATA); /* 169.254.169.254 */
    CHECK_CLASS("[64:ff9b::10.0.0.1]", LS_ADDR_PRIVATE);
    CHECK_CLASS("[2002:a9fe:a9fe::]", LS_ADDR_METADATA);
    CHECK_CLASS("[2002:c0a8:0101::1]", LS_ADDR_PRIVATE); /* 192.168.1.1 */
    CHECK_CLASS("::127.0.0.1", LS_ADDR_LOOPBACK);        /* IPv4-compatible */
    CHECK_CLASS("::ffff:0:127.0.0.1", LS_ADDR_LOOPBACK); /* IPv4-translated */
    /* Teredo: client 127.0.0.1 obfuscated as 80ff:fffe. */
    CHECK_CLASS("2001:0:4136:e378:8000:63bf:80ff:fffe", LS_ADDR_LOOPBACK);
    /* Embedded public addresses stay public. */
    CHECK_CLASS("::ffff:8.8.8.8", LS_ADDR_PUBLIC);
    CHECK_CLASS("64:ff9b::808:808", LS_ADDR_PUBLIC);
    CHECK_CLASS("2002:808:808::1", LS_ADDR_PUBLIC);
    CHECK_CLASS("64:ff9b:1::1", LS_ADDR_PRIVATE);
}

TEST(addr_case4_special_ranges)
{
    CHECK_CLASS("169.254.169.254", LS_ADDR_METADATA);
    CHECK_CLASS("[fd00:ec2::254]", LS_ADDR_METADATA);
    CHECK_CLASS("100.100.100.200", LS_ADDR_METADATA);
    CHECK_CLASS("169.254.1.1", LS_ADDR_LINK_LOCAL);
    CHECK_CLASS("10.0.0.1", LS_ADDR_PRIVATE);
    CHECK_CLASS("10.255.255.255", LS_ADDR_PRIVATE);
    CHECK_CLASS("172.16.0.1", LS_ADDR_PRIVATE);
    CHECK_CLASS("172.31.255.255", LS_ADDR_PRIVATE);
    CHECK_CLASS("172.32.0.1", LS_ADDR_PUBLIC);
    CHECK_CLASS("172.15.255.255", LS_ADDR_PUBLIC);
    CHECK_CLASS("192.168.0.1", LS_ADDR_PRIVATE);
    CHECK_CLASS("100.64.0.1", LS_ADDR_CGNAT);
    CHECK_CLASS("100.127.255.255", LS_ADDR_CGNAT);
    CHECK_CLASS("100.128.0.1", LS_ADDR_PUBLIC);
    CHECK_CLASS("198.18.0.1", LS_ADDR_BENCHMARKING);
    CHECK_CLASS("198.19.255.255", LS_ADDR_BENCHMARKING);
    CHECK_CLASS("198.20.0.1", LS_ADDR_PUBLIC);
    CHECK_CLASS("224.0.0.1", LS_ADDR_MULTICAST);
    CHECK_CLASS("239.255.255.250", LS_ADDR_MULTICAST);
    CHECK_CLASS("240.0.0.1", LS_ADDR_RESERVED);
    CHECK_CLASS("255.255.255.254", LS_ADDR_RESERVED);
    CHECK_CLASS("255.255.255.255", LS_ADDR_BROADCAST);
    CHECK_CLASS("0.1.2.3", LS_ADDR_THIS_NETWORK);
    CHECK_CLASS("192.0.2.1", LS_ADDR_DOCUMENTATION);
    CHECK_CLASS("198.51.100.1", LS_ADDR_DOCUMENTATION);
    CHECK_CLASS("203.0.113.1", LS_ADDR_DOCUMENTATION);
    CHECK_CLASS("192.0.0.192", LS_ADDR_RESERVED);
    CHECK_CLASS("fc00::1", LS_ADDR_ULA);
    CHECK_CLASS("fdff:ffff::1", LS_ADDR_ULA);
    CHECK_CLASS("fe80::1", LS_ADDR_LINK_LOCAL);
    CHECK_CLASS("febf::1", LS_ADDR_LINK_LOCAL);
    CHECK_CLASS("ff02::1", LS_ADDR_MULTICAST);
    CHECK_CLASS("2001:db8::1", LS_ADDR_DOCUMENTATION);
    CHECK_CLASS("100::1", LS_ADDR_RESERVED);
    CHECK_CLASS("4000::1", LS_ADDR_RESERVED);
}

TEST(addr_public_addresses)
{
    CHECK_CLASS("8.8.8.8", LS_ADDR_PUBLIC);
    CHECK_CLASS("1.1.1.1", LS_ADDR_PUBLIC);
    CHECK_CLASS("223.5.5.5", LS_ADDR_PUBLIC);
    CHECK_CLASS("2606:4700:4700::1111", LS_ADDR_PUBLIC);
    CHECK_CLASS("2400:3200::1", LS_ADDR_PUBLIC);
}

TEST(addr_describe_and_format)
{
    struct sockaddr_storage ss;
    size_t len;
    char why[160];
    CHECK_INT_EQ(ls_addr_parse("169.254.1.2", &ss, &len), 0);
    CHECK_INT_EQ(ls_addr_describe((struct sockaddr *)&ss, len, why, sizeof why),
                 LS_ADDR_LINK_LOCAL);
    CHECK_STR_EQ(why, "169.254.1.2 is a link-local address");
    CHECK_INT_EQ(ls_addr_parse("[::ffff:127.0.0.1]", &ss, &len), 0);
    ls_addr_describe((struct sockaddr *)&ss, len, why, sizeof why);
    CHECK_STR_EQ(why, "::ffff:127.0.0.1 is a loopback address (IPv4 127.0.0.1 embedded in IPv6)");
    CHECK(ls_addr_parse("example.com", &ss, &len) != 0);
    CHECK(ls_addr_parse("", &ss, &len) != 0);
    CHECK(ls_addr_parse(NULL, &ss, &len) != 0);
    struct sockaddr sa = {.sa_family = AF_UNIX};
    CHECK_INT_EQ(ls_addr_classify(&sa, sizeof sa), LS_ADDR_UNSUPPORTED);
    CHECK_INT_EQ(ls_addr_classify(NULL, 0), LS_ADDR_UNSUPPORTED);
    /* A truncated sockaddr_in6 is not read past its length. */
    CHECK_INT_EQ(ls_addr_parse("::1", &ss, &len), 0);
    CHECK_INT_EQ(ls_addr_classify((struct sockaddr *)&ss, 8), LS_ADDR_UNSUPPORTED);
}
