#ifndef MANGOPY_STUB_SYS_CDEFS_H
#define MANGOPY_STUB_SYS_CDEFS_H
#define __BEGIN_DECLS
#define __END_DECLS
#define __P(protos) protos
#define __CONCAT(x, y) x ## y
#define __STRING(x) #x
#define __const const
#define __restrict restrict
#define __unused __attribute__((__unused__))
#define __used __attribute__((__used__))
#define __dead2 __attribute__((__noreturn__))
#define __pure2 __attribute__((__const__))
#define __printflike(fmtarg, firstvararg) __attribute__((__format__(__printf__, fmtarg, firstvararg)))
#define __scanflike(fmtarg, firstvararg) __attribute__((__format__(__scanf__, fmtarg, firstvararg)))
#define __deprecated __attribute__((__deprecated__))
#define __unavailable __attribute__((__unavailable__))
#define __DARWIN_ALIAS(sym)
#define __DARWIN_ALIAS_C(sym)
#define __DARWIN_INODE64(sym)
#define __DARWIN_EXTSN(sym)
#define __DARWIN_NULL ((void *)0)
#define __DARWIN_C_LEVEL 900000L
#include <Availability.h>
#endif
