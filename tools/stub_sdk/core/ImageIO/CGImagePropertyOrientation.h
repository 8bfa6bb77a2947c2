#ifndef MANGOPY_STUB_CGIMAGEPROPERTYORIENTATION_H
#define MANGOPY_STUB_CGIMAGEPROPERTYORIENTATION_H
#include <stdint.h>
#include <CoreFoundation/CFBase.h>
/* CGImageProperties.h: the SDK's value names (kCGImagePropertyOrientationUp): the bindings' are derived (CGImagePropertyOrientationUp).
   The property keys (kCGImagePropertyOrientation ...) are constants of the data (sdk_types.json). */
typedef CF_CLOSED_ENUM(uint32_t, CGImagePropertyOrientation) {
    kCGImagePropertyOrientationUp = 1,
    kCGImagePropertyOrientationUpMirrored = 2,
    kCGImagePropertyOrientationDown = 3,
    kCGImagePropertyOrientationDownMirrored = 4,
    kCGImagePropertyOrientationLeftMirrored = 5,
    kCGImagePropertyOrientationRight = 6,
    kCGImagePropertyOrientationRightMirrored = 7,
    kCGImagePropertyOrientationLeft = 8
};
#endif
