/*
 * hash.h - SHA-256 as raw bytes or lowercase hex, and random tokens.
 * ls_crypto_init() must run once before any of these.
 *
 * SHA-256 is OpenSSL's when the build has libcrypto's headers
 * (LS_HAVE_LIBCRYPTO; the library is loaded on first use by
 * util/lazy_crypto.c): with the CPU's SHA instructions it is about ten
 * times libsodium's portable code, and a capture hashes every byte it keeps
 * several times. libsodium's for inputs under 4 KiB, without libcrypto, or
 * when it cannot be loaded; the digests are the same.
 */
#ifndef LS_UTIL_HASH_H
#define LS_UTIL_HASH_H

#include <stddef.h>

#define LS_SHA256_LEN 32
#define LS_SHA256_HEX_LEN 64

/* Initialises libsodium; safe to call many times. Returns 0 or LS_EIO. */
int ls_crypto_init(void);
void ls_sha256(const void *p, size_t n, unsigned char out[LS_SHA256_LEN]);
/* SHA-256 of the k pieces (parts[i], lens[i]) taken as one. */
void ls_sha256_parts(const void *const *parts, const size_t *lens, size_t k,
                     unsigned char out[LS_SHA256_LEN]);
/* out gets 64 hex digits and a NUL. */
void ls_sha256_hex(const void *p, size_t n, char out[LS_SHA256_HEX_LEN + 1]);
void ls_hex(const unsigned char *p, size_t n, char *out /* 2n+1 */);
/* RFC 4648 base32 without padding stripping (padded), out needs
 * ((n+4)/5)*8+1 bytes. */
void ls_base32(const unsigned char *p, size_t n, char *out);
/* n random bytes as URL-safe base64 without padding into out (4n/3+4). */
void ls_random_token(size_t nbytes, char *out, size_t outsz);

#endif
