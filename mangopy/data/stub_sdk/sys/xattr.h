#ifndef MANGOPY_STUB_SYS_XATTR_H
#define MANGOPY_STUB_SYS_XATTR_H
#include <sys/types.h>
#define XATTR_NOFOLLOW 0x0001
ssize_t getxattr(const char *path, const char *name, void *value, size_t size, uint32_t position, int options);
int setxattr(const char *path, const char *name, const void *value, size_t size, uint32_t position, int options);
int removexattr(const char *path, const char *name, int options);
#endif
