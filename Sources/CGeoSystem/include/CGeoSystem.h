#ifndef CGEOSYSTEM_H
#define CGEOSYSTEM_H

#include "CGeoAbort.h"

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where unsupported).
int geo_exchange_paths(const char *first, const char *second);

#endif
