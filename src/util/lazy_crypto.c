/*
 * lazy_crypto.c - OpenSSL's libcrypto, loaded on first use (see
 * util/dynload.h), for its SHA-256: with the CPU's SHA instructions it is
 * about ten times libsodium's portable code, and a capture hashes every
 * byte it keeps several times. Without the library EVP_MD_CTX_new returns
 * NULL and util/hash.c falls back to libsodium.
 */
#ifdef LS_HAVE_LIBCRYPTO
#include <openssl/evp.h>

#include "util/dynload.h"

#ifndef LS_CRYPTO_SONAME
#define LS_CRYPTO_SONAME "libcrypto.so.3"
#endif

#define CRYPTO_FUNCS(X)                                                                \
    X(EVP_MD_CTX_new) X(EVP_MD_CTX_free) X(EVP_sha256) X(EVP_DigestInit_ex)             \
    X(EVP_DigestUpdate) X(EVP_DigestFinal_ex)

LS_DYNLIB_DEFINE(crypto_lib, LS_CRYPTO_SONAME, CRYPTO_FUNCS);

#define FN(f) LS_DYNLIB_FN(crypto_lib, f)
#define READY() ls_dynlib_ready(&crypto_lib)

EVP_MD_CTX *EVP_MD_CTX_new(void)
{
    return READY() ? FN(EVP_MD_CTX_new)() : NULL;
}

void EVP_MD_CTX_free(EVP_MD_CTX *c)
{
    if (c && READY())
        FN(EVP_MD_CTX_free)(c);
}

const EVP_MD *EVP_sha256(void)
{
    return READY() ? FN(EVP_sha256)() : NULL;
}

int EVP_DigestInit_ex(EVP_MD_CTX *c, const EVP_MD *type, ENGINE *impl)
{
    return READY() ? FN(EVP_DigestInit_ex)(c, type, impl) : 0;
}

int EVP_DigestUpdate(EVP_MD_CTX *c, const void *d, size_t n)
{
    return READY() ? FN(EVP_DigestUpdate)(c, d, n) : 0;
}

int EVP_DigestFinal_ex(EVP_MD_CTX *c, unsigned char *md, unsigned int *n)
{
    return READY() ? FN(EVP_DigestFinal_ex)(c, md, n) : 0;
}
#else
typedef int ls_lazy_crypto_unused; /* built without OpenSSL's headers */
#endif
