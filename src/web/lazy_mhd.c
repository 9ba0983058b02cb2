/*
 * lazy_mhd.c - libmicrohttpd, loaded on first use (see util/dynload.h).
 *
 * Only `serve` needs the HTTP server (and the GnuTLS stack it links); the
 * other commands never load it. Without the library MHD_start_daemon
 * returns NULL, which serve reports as "cannot listen".
 */
#include <microhttpd.h>

#include <stdarg.h>

#include "util/dynload.h"

#ifndef LS_MHD_SONAME
#define LS_MHD_SONAME "libmicrohttpd.so.12"
#endif

#define MHD_FUNCS(X)                                                                   \
    X(MHD_start_daemon_va) X(MHD_stop_daemon) X(MHD_get_daemon_info)                   \
    X(MHD_get_connection_info) X(MHD_get_connection_values)                            \
    X(MHD_lookup_connection_value) X(MHD_create_response_from_buffer)                  \
    X(MHD_add_response_header) X(MHD_queue_response) X(MHD_destroy_response)

LS_DYNLIB_DEFINE(mhd_lib, LS_MHD_SONAME, MHD_FUNCS);

#define FN(f) LS_DYNLIB_FN(mhd_lib, f)
#define READY() ls_dynlib_ready(&mhd_lib)

const char *ls_mhd_load_error(void)
{
    return ls_dynlib_error(&mhd_lib);
}

struct MHD_Daemon *MHD_start_daemon(unsigned int flags, uint16_t port,
                                    MHD_AcceptPolicyCallback apc, void *apc_cls,
                                    MHD_AccessHandlerCallback dh, void *dh_cls, ...)
{
    if (!READY())
        return NULL;
    va_list ap;
    va_start(ap, dh_cls);
    struct MHD_Daemon *d = FN(MHD_start_daemon_va)(flags, port, apc, apc_cls, dh, dh_cls, ap);
    va_end(ap);
    return d;
}

void MHD_stop_daemon(struct MHD_Daemon *d)
{
    if (d && READY())
        FN(MHD_stop_daemon)(d);
}

/* The info kinds linksnap asks for (MHD_DAEMON_INFO_BIND_PORT,
 * MHD_CONNECTION_INFO_CLIENT_ADDRESS) take no further argument, so none is
 * passed on. */
const union MHD_DaemonInfo *MHD_get_daemon_info(struct MHD_Daemon *d,
                                                enum MHD_DaemonInfoType type, ...)
{
    return READY() ? FN(MHD_get_daemon_info)(d, type) : NULL;
}

const union MHD_ConnectionInfo *MHD_get_connection_info(struct MHD_Connection *c,
                                                        enum MHD_ConnectionInfoType type, ...)
{
    return READY() ? FN(MHD_get_connection_info)(c, type) : NULL;
}

int MHD_get_connection_values(struct MHD_Connection *c, enum MHD_ValueKind kind,
                              MHD_KeyValueIterator it, void *it_cls)
{
    return READY() ? FN(MHD_get_connection_values)(c, kind, it, it_cls) : -1;
}

const char *MHD_lookup_connection_value(struct MHD_Connection *c, enum MHD_ValueKind kind,
                                        const char *key)
{
    return READY() ? FN(MHD_lookup_connection_value)(c, kind, key) : NULL;
}

struct MHD_Response *MHD_create_response_from_buffer(size_t size, void *buffer,
                                                     enum MHD_ResponseMemoryMode mode)
{
    return READY() ? FN(MHD_create_response_from_buffer)(size, buffer, mode) : NULL;
}

enum MHD_Result MHD_add_response_header(struct MHD_Response *r, const char *header,
                                        const char *content)
{
    return READY() ? FN(MHD_add_response_header)(r, header, content) : MHD_NO;
}

enum MHD_Result MHD_queue_response(struct MHD_Connection *c, unsigned int status,
                                   struct MHD_Response *r)
{
    return READY() ? FN(MHD_queue_response)(c, status, r) : MHD_NO;
}

void MHD_destroy_response(struct MHD_Response *r)
{
    if (r && READY())
        FN(MHD_destroy_response)(r);
}
