#ifndef MANGOPY_STUB_FOUNDATION_NSOBJECT_H
#define MANGOPY_STUB_FOUNDATION_NSOBJECT_H
#include <objc/NSObject.h>
#include <Foundation/NSObjCRuntime.h>
#include <CoreFoundation/CFBase.h>
NS_ASSUME_NONNULL_BEGIN
/* ARC bridging between Core Foundation and Objective-C objects */
NS_INLINE CF_RETURNS_RETAINED CFTypeRef _Nullable CFBridgingRetain(id _Nullable X) { return (__bridge_retained CFTypeRef)X; }
NS_INLINE id _Nullable CFBridgingRelease(CFTypeRef CF_CONSUMED _Nullable X) { return (__bridge_transfer id)X; }
FOUNDATION_EXPORT id NSAllocateObject(Class aClass, NSUInteger extraBytes, NSZone * _Nullable zone) NS_AUTOMATED_REFCOUNT_UNAVAILABLE;
FOUNDATION_EXPORT BOOL NSShouldRetainWithZone(id anObject, NSZone * _Nullable requestedZone) NS_AUTOMATED_REFCOUNT_UNAVAILABLE;
NS_ASSUME_NONNULL_END
#endif
