#ifndef GLOSSARY_FILE_SWAP_H
#define GLOSSARY_FILE_SWAP_H

/// Atomically exchanges two paths (both must exist). Returns 0 on success, or -1 with errno
/// set (ENOSYS or EINVAL where the system or file system cannot exchange).
int glossary_exchange_paths(const char *first, const char *second);

#endif
