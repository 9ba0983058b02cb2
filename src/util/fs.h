/*
 * fs.h - files: create folders, read with a cap, and write atomically
 * (temporary file, fsync, rename, fsync of the folder) so that a crash
 * leaves either the old file or the complete new one.
 */
#ifndef LS_UTIL_FS_H
#define LS_UTIL_FS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* mkdir -p with the given mode. */
int ls_mkdirs(const char *path, int mode);
/* Appends the file's bytes to out; LS_ETOOBIG past out->max. */
int ls_read_file(const char *path, ls_buf *out);
/* Writes p[0..n) to path atomically (mode 0644 or 0600 if private). */
int ls_write_file_atomic(const char *path, const void *p, size_t n, bool private_mode);
bool ls_file_exists(const char *path);
/* Fsyncs the folder holding path. */
int ls_fsync_dir_of(const char *path);

#endif
