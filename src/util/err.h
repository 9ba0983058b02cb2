/*
 * err.h - the one result type of linksnap.
 *
 * Every function that can fail returns an int: LS_OK (0) or one of the
 * negative LS_E* kinds below. ls_strerror() names a kind for messages.
 */
#ifndef LS_UTIL_ERR_H
#define LS_UTIL_ERR_H

enum {
    LS_OK = 0,
    LS_ENOMEM = -1,    /* allocation failed */
    LS_EIO = -2,       /* file system or socket I/O */
    LS_EINVAL = -3,    /* bad input from the caller or the user */
    LS_ENOTFOUND = -4, /* no such object */
    LS_ETOOBIG = -5,   /* a size cap was reached */
    LS_EBLOCKED = -6,  /* refused by the fetch guard (address or protocol) */
    LS_ENET = -7,      /* network failure (connect, reset, TLS, DNS) */
    LS_ETIMEOUT = -8,  /* a time budget ran out */
    LS_EHTTP = -9,     /* the server answered with an error status */
    LS_EDB = -10,      /* the database refused */
    LS_EEXIST = -11,   /* already exists */
    LS_EPERM = -12,    /* not allowed */
};

/* A static English name of an error kind, never NULL. */
const char *ls_strerror(int rc);

#endif
