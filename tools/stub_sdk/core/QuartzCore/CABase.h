#ifndef MANGOPY_STUB_CABASE_H
#define MANGOPY_STUB_CABASE_H
#include <CoreFoundation/CFBase.h>
#include <CoreGraphics/CGGeometry.h>
#include <objc/NSObject.h>
#define CA_EXTERN extern
#define CA_INLINE static inline
#define CA_HIDDEN
#define CA_PURE
#define CA_CONST
#define CA_WARN_UNUSED
#define CA_AVAILABLE_STARTING(...)
#define CA_AVAILABLE_BUT_DEPRECATED(...)
#define CA_CANONICAL_NAME(...)
CA_EXTERN CFTimeInterval CACurrentMediaTime(void);
#endif
