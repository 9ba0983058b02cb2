#include "util/err.h"

const char *ls_strerror(int rc)
{
    switch (rc) {
    case LS_OK: return "ok";
    case LS_ENOMEM: return "out of memory";
    case LS_EIO: return "input/output error";
    case LS_EINVAL: return "invalid input";
    case LS_ENOTFOUND: return "not found";
    case LS_ETOOBIG: return "too big";
    case LS_EBLOCKED: return "blocked by the fetch guard";
    case LS_ENET: return "network error";
    case LS_ETIMEOUT: return "timed out";
    case LS_EHTTP: return "HTTP error status";
    case LS_EDB: return "database error";
    case LS_EEXIST: return "already exists";
    case LS_EPERM: return "permission denied";
    }
    return "unknown error";
}
