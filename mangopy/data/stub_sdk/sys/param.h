#ifndef MANGOPY_STUB_SYS_PARAM_H
#define MANGOPY_STUB_SYS_PARAM_H
#include <sys/types.h>
#include <limits.h>
#define MAXPATHLEN PATH_MAX
#define MAXHOSTNAMELEN 256
#define NBPG 16384
#define MIN(a, b) (((a) < (b)) ? (a) : (b))
#define MAX(a, b) (((a) > (b)) ? (a) : (b))
#endif
