#ifndef MANGOPY_STUB_OBJC_H
#define MANGOPY_STUB_OBJC_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/cdefs.h>
#include <os/availability.h>
#include <TargetConditionals.h>
typedef struct objc_class *Class;
typedef struct objc_object *id;
typedef struct objc_selector *SEL;
/* arm64: BOOL is bool (encoded `B`), as on every current iOS device. */
#define OBJC_BOOL_IS_BOOL 1
typedef bool BOOL;
#define YES ((BOOL)1)
#define NO ((BOOL)0)
#ifndef nil
#define nil ((id)0)
#endif
#ifndef Nil
#define Nil ((Class)0)
#endif
typedef id (*IMP)(id, SEL, ...);
typedef struct objc_method *Method;
typedef struct objc_ivar *Ivar;
typedef struct objc_category *Category;
typedef struct objc_property *objc_property_t;
#define OBJC_EXPORT extern
#define OBJC_EXTERN extern
#define OBJC_VISIBLE
#define OBJC_INLINE static inline
#define OBJC_ROOT_CLASS __attribute__((objc_root_class))
#define OBJC_ISA_AVAILABILITY
#define OBJC_AVAILABLE(x, i, t, w, b)
#define OBJC_SWIFT_UNAVAILABLE(_msg)
#define OBJC_ARC_UNAVAILABLE
#define OBJC2_UNAVAILABLE
#define OBJC_RETURNS_RETAINED __attribute__((ns_returns_retained))
#define NS_REQUIRES_NIL_TERMINATION __attribute__((sentinel(0, 1)))
#define NS_RETURNS_INNER_POINTER __attribute__((objc_returns_inner_pointer))
#define NS_VALID_UNTIL_END_OF_SCOPE __attribute__((objc_precise_lifetime))
OBJC_EXPORT const char *sel_getName(SEL sel);
OBJC_EXPORT SEL sel_registerName(const char *str);
OBJC_EXPORT const char *object_getClassName(id obj);
OBJC_EXPORT void *object_getIndexedIvars(id obj);
OBJC_EXPORT BOOL sel_isMapped(SEL sel);
OBJC_EXPORT SEL sel_getUid(const char *str);
#endif
