#ifndef MANGOPY_STUB_OBJC_H
#define MANGOPY_STUB_OBJC_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
/* arm64: BOOL is bool (encoded `B`), as on every current iOS device. */
typedef bool BOOL;
#define YES ((BOOL)1)
#define NO ((BOOL)0)
#ifndef nil
#define nil ((id)0)
#endif
#define Nil ((Class)0)
typedef id (*IMP)(id, SEL, ...);
typedef struct objc_method *Method;
typedef struct objc_ivar *Ivar;
#define OBJC_EXPORT extern
#define OBJC_ROOT_CLASS __attribute__((objc_root_class))
#define NS_REQUIRES_NIL_TERMINATION __attribute__((sentinel(0, 1)))
#endif
