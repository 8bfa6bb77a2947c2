#ifndef MANGOPY_STUB_OS_BASE_H
#define MANGOPY_STUB_OS_BASE_H
#include <sys/cdefs.h>
#define OS_EXPORT extern
#define OS_INLINE static inline
#define OS_ALWAYS_INLINE __attribute__((__always_inline__))
#define OS_NOINLINE __attribute__((__noinline__))
#define OS_NOTHROW __attribute__((__nothrow__))
#define OS_NONNULL1 __attribute__((__nonnull__(1)))
#define OS_NONNULL_ALL __attribute__((__nonnull__))
#define OS_WARN_RESULT __attribute__((__warn_unused_result__))
#define OS_NORETURN __attribute__((__noreturn__))
#define OS_UNUSED __attribute__((__unused__))
#define OS_FORMAT_PRINTF(x, y) __attribute__((__format__(__printf__, x, y)))
#define OS_ENUM(_name, _type, ...) typedef enum : _type { __VA_ARGS__ } _name##_t
#define OS_CLOSED_ENUM(_name, _type, ...) typedef enum : _type { __VA_ARGS__ } _name##_t
#define OS_OPTIONS(_name, _type, ...) typedef enum : _type { __VA_ARGS__ } _name##_t
#define OS_CLOSED_OPTIONS(_name, _type, ...) typedef enum : _type { __VA_ARGS__ } _name##_t
#define OS_SWIFT_UNAVAILABLE(msg)
#define OS_REFINED_FOR_SWIFT
#define OS_ASSUME_NONNULL_BEGIN _Pragma("clang assume_nonnull begin")
#define OS_ASSUME_NONNULL_END _Pragma("clang assume_nonnull end")
#endif
