#ifndef CGEOSYSTEM_H
#define CGEOSYSTEM_H

#include "CGeoAbort.h"

/// Atomically exchanges two paths: renameat2(RENAME_EXCHANGE) on Linux, renamex_np(RENAME_SWAP)
/// on macOS. Returns 0 on success, or -1 with errno set; see geo_exchange_is_unsupported.
int geo_exchange_paths(const char *first, const char *second);

/// Whether an errno from geo_exchange_paths means the system or file system cannot exchange
/// (EINVAL, ENOSYS, ENOTSUP/EOPNOTSUPP) rather than that this exchange failed.
int geo_exchange_is_unsupported(int error);

#endif
