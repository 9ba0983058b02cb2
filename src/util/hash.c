#include "util/hash.h"

#include <sodium.h>
#include <stdbool.h>
#include <string.h>
#ifdef LS_HAVE_LIBCRYPTO
#include <openssl/evp.h>
#endif

#include "util/err.h"

int ls_crypto_init(void)
{
    return sodium_init() < 0 ? LS_EIO : 0;
}

void ls_sha256_parts(const void *const *parts, const size_t *lens, size_t k,
                     unsigned char out[LS_SHA256_LEN])
{
#ifdef LS_HAVE_LIBCRYPTO
    /* Short inputs (tokens, per request) stay with libsodium: no library
     * to load, no context to allocate. */
    size_t total = 0;
    for (size_t i = 0; i < k; i++)
        total += lens[i];
    EVP_MD_CTX *c = total >= 4096 ? EVP_MD_CTX_new() : NULL;
    bool ok = c && EVP_DigestInit_ex(c, EVP_sha256(), NULL);
    for (size_t i = 0; ok && i < k; i++)
        ok = EVP_DigestUpdate(c, parts[i], lens[i]);
    unsigned int len = 0;
    ok = ok && EVP_DigestFinal_ex(c, out, &len) && len == LS_SHA256_LEN;
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

void ls_sha256(const void *p, size_t n, unsigned char out[LS_SHA256_LEN])
{
    ls_sha256_parts(&p, &n, 1, out);
}

void ls_hex(const unsigned char *p, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    out[2 * n] = '\0';
}

void ls_sha256_hex(const void *p, size_t n, char out[LS_SHA256_HEX_LEN + 1])
{
    unsigned char d[LS_SHA256_LEN];
    ls_sha256(p, n, d);
    ls_hex(d, sizeof d, out);
}

void ls_base32(const unsigned char *p, size_t n, char *out)
{
    static const char alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    size_t o = 0;
    for (size_t i = 0; i < n; i += 5) {
        unsigned char blk[5] = {0};
        size_t k = n - i < 5 ? n - i : 5;
        memcpy(blk, p + i, k);
        unsigned long long v = 0;
        for (int j = 0; j < 5; j++)
            v = (v << 8) | blk[j];
        static const int chars_for[] = {0, 2, 4, 5, 7, 8};
        int nc = chars_for[k];
        for (int j = 0; j < 8; j++) {
            if (j < nc)
                out[o++] = alpha[(v >> (35 - 5 * j)) & 31];
            else
                out[o++] = '=';
        }
    }
    out[o] = '\0';
}

void ls_random_token(size_t nbytes, char *out, size_t outsz)
{
    unsigned char raw[64];
    if (nbytes > sizeof raw)
        nbytes = sizeof raw;
    randombytes_buf(raw, nbytes);
    sodium_bin2base64(out, outsz, raw, nbytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}
