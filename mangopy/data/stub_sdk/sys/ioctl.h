#ifndef MANGOPY_STUB_SYS_IOCTL_H
#define MANGOPY_STUB_SYS_IOCTL_H
#include <sys/types.h>
#define FIONREAD 0x4004667f
#define FIONBIO 0x8004667e
int ioctl(int fd, unsigned long request, ...);
#endif
