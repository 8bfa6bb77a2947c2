#ifndef MANGOPY_STUB_OS_OBJECT_H
#define MANGOPY_STUB_OS_OBJECT_H
#include <os/base.h>
#include <os/availability.h>
#include <objc/NSObject.h>
/* Objective-C (OS_OBJECT_USE_OBJC): os and dispatch objects are Objective-C objects, so
   `@property (strong) dispatch_queue_t queue;` is an object property, encoded `@`. */
#define OS_OBJECT_USE_OBJC 1
#define OS_OBJECT_HAVE_OBJC_SUPPORT 1
#define OS_OBJECT_USE_OBJC_RETAIN_RELEASE 1
#define OS_OBJECT_RETURNS_RETAINED __attribute__((__ns_returns_retained__))
#define OS_OBJECT_CLASS(name) OS_##name
#define OS_OBJECT_DECL_PROTOCOL(name, ...) @protocol OS_OBJECT_CLASS(name) __VA_ARGS__ @end
#define OS_OBJECT_DECL_IMPL(name, adhere, ...) OS_OBJECT_DECL_PROTOCOL(name, __VA_ARGS__) typedef adhere<OS_OBJECT_CLASS(name)> *name##_t
#define OS_OBJECT_DECL_BASE(name, ...) @interface OS_OBJECT_CLASS(name) : __VA_ARGS__ @end
#define OS_OBJECT_DECL(name, ...) OS_OBJECT_DECL_IMPL(name, NSObject, <NSObject>)
#define OS_OBJECT_DECL_CLASS(name) OS_OBJECT_DECL_IMPL(name, NSObject, <NSObject>)
#define OS_OBJECT_DECL_SUBCLASS(name, super) OS_OBJECT_DECL_IMPL(name, NSObject, <OS_OBJECT_CLASS(super)>)
#define OS_OBJECT_DECL_SENDABLE_CLASS(name, ...) OS_OBJECT_DECL_CLASS(name)
#endif
