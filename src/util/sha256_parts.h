/*
 * sha256_parts.h - SHA-256 of several pieces taken as one, for the code
 * that hashes every byte of a capture (the blob store, the WARC digests).
 *
 * Header-only on purpose: when the build defines LS_HAVE_LIBCRYPTO (CMake
 * does when it finds libcrypto) it uses OpenSSL's implementation (SHA
 * instructions or AVX2: about ten times libsodium's portable C here), and
 * libsodium's otherwise, so only the code that includes it needs OpenSSL
 * and stand-alone builds of other layers link as before. Same digests
 * either way. libsodium must be initialised (ls_crypto_init()).
 */
#ifndef LS_UTIL_SHA256_PARTS_H
#define LS_UTIL_SHA256_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include <sodium.h>
#ifdef LS_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#endif

static inline void ls_sha256_parts(const void *const *parts, const size_t *lens, size_t k,
                                   unsigned char out[32])
{
#ifdef LS_HAVE_LIBCRYPTO
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    bool ok = c && EVP_DigestInit_ex(c, EVP_sha256(), NULL);
    for (size_t i = 0; ok && i < k; i++)
        ok = EVP_DigestUpdate(c, parts[i], lens[i]);
    unsigned int len = 0;
    ok = ok && EVP_DigestFinal_ex(c, out, &len) && len == 32;
    EVP_MD_CTX_free(c);
    if (ok)
        return;
#endif
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    for (size_t i = 0; i < k; i++)
        crypto_hash_sha256_update(&st, (const unsigned char *)parts[i], lens[i]);
    crypto_hash_sha256_final(&st, out);
}

#endif
