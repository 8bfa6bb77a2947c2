#ifndef MANGOPY_STUB_CGBASE_H
#define MANGOPY_STUB_CGBASE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <float.h>
#include <CoreFoundation/CFBase.h>
#define CG_EXTERN extern
#define CG_EXTERN_C_BEGIN
#define CG_EXTERN_C_END
#define CG_INLINE static inline
#define CG_LOCAL __attribute__((visibility("hidden")))
#define CG_AVAILABLE_STARTING(...)
#define CG_AVAILABLE_BUT_DEPRECATED(...)
#define CG_OBSOLETE
#define CF_IMPLICIT_BRIDGING_ENABLED_CG
/* arm64: CGFloat is double */
typedef double CGFloat;
#define CGFLOAT_IS_DOUBLE 1
#define CGFLOAT_MIN DBL_MIN
#define CGFLOAT_MAX DBL_MAX
#define CGFLOAT_EPSILON DBL_EPSILON
#define CGFLOAT_DEFINED 1
typedef struct CF_BRIDGED_TYPE(id) CGContext *CGContextRef;
typedef struct CF_BRIDGED_TYPE(id) CGColor *CGColorRef;
typedef struct CF_BRIDGED_TYPE(id) CGColorSpace *CGColorSpaceRef;
typedef struct CF_BRIDGED_TYPE(id) CGImage *CGImageRef;
typedef struct CF_BRIDGED_TYPE(id) CGPath *CGMutablePathRef;
typedef const struct CF_BRIDGED_TYPE(id) CGPath *CGPathRef;
typedef struct CF_BRIDGED_TYPE(id) CGGradient *CGGradientRef;
typedef struct CF_BRIDGED_TYPE(id) CGFont *CGFontRef;
typedef struct CF_BRIDGED_TYPE(id) CGPattern *CGPatternRef;
typedef struct CF_BRIDGED_TYPE(id) CGLayer *CGLayerRef;
typedef struct CF_BRIDGED_TYPE(id) CGDataProvider *CGDataProviderRef;
typedef struct CF_BRIDGED_TYPE(id) CGDataConsumer *CGDataConsumerRef;
typedef struct CF_BRIDGED_TYPE(id) CGPDFDocument *CGPDFDocumentRef;
typedef struct CGPDFPage *CGPDFPageRef;
typedef struct CF_BRIDGED_TYPE(id) CGShading *CGShadingRef;
typedef struct CF_BRIDGED_TYPE(id) CGFunction *CGFunctionRef;
typedef uint16_t CGGlyph;
typedef uint16_t CGFontIndex;
typedef int32_t CGError;
typedef uint32_t CGBitmapInfo;
typedef uint32_t CGImageAlphaInfo;
typedef int32_t CGBlendMode;
typedef int32_t CGLineCap;
typedef int32_t CGLineJoin;
typedef int32_t CGInterpolationQuality;
typedef int32_t CGPathDrawingMode;
typedef int32_t CGTextDrawingMode;
typedef uint32_t CGImageByteOrderInfo;
typedef int32_t CGColorRenderingIntent;
typedef uint32_t CGGradientDrawingOptions;
enum { kCGImageAlphaNone = 0, kCGImageAlphaPremultipliedLast = 1, kCGImageAlphaPremultipliedFirst = 2, kCGImageAlphaLast = 3, kCGImageAlphaFirst = 4, kCGImageAlphaNoneSkipLast = 5, kCGImageAlphaNoneSkipFirst = 6, kCGImageAlphaOnly = 7 };
enum { kCGBitmapAlphaInfoMask = 0x1F, kCGBitmapByteOrderDefault = (0 << 12), kCGBitmapByteOrder16Little = (1 << 12), kCGBitmapByteOrder32Little = (2 << 12), kCGBitmapByteOrder16Big = (3 << 12), kCGBitmapByteOrder32Big = (4 << 12) };
enum { kCGBitmapFloatInfoMask = 0xF00, kCGBitmapFloatComponents = (1 << 8), kCGBitmapByteOrderMask = 0x7000 };
enum { kCGImageByteOrderMask = 0x7000, kCGImageByteOrderDefault = (0 << 12), kCGImageByteOrder16Little = (1 << 12), kCGImageByteOrder32Little = (2 << 12), kCGImageByteOrder16Big = (3 << 12), kCGImageByteOrder32Big = (4 << 12) };
enum { kCGImagePixelFormatMask = 0xF0000, kCGImagePixelFormatPacked = (0 << 16), kCGImagePixelFormatRGB555 = (1 << 16), kCGImagePixelFormatRGB565 = (2 << 16), kCGImagePixelFormatRGB101010 = (3 << 16), kCGImagePixelFormatRGBCIF10 = (4 << 16) };
/* arm64 is little-endian */
#define kCGBitmapByteOrder16Host kCGBitmapByteOrder16Little
#define kCGBitmapByteOrder32Host kCGBitmapByteOrder32Little
#define kCGImageByteOrder16Host kCGImageByteOrder16Little
#define kCGImageByteOrder32Host kCGImageByteOrder32Little
enum { kCGBlendModeNormal = 0, kCGBlendModeMultiply = 1, kCGBlendModeScreen = 2, kCGBlendModeOverlay = 3, kCGBlendModeDarken = 4, kCGBlendModeLighten = 5, kCGBlendModeColorDodge = 6, kCGBlendModeColorBurn = 7, kCGBlendModeSoftLight = 8, kCGBlendModeHardLight = 9, kCGBlendModeDifference = 10, kCGBlendModeExclusion = 11, kCGBlendModeHue = 12, kCGBlendModeSaturation = 13, kCGBlendModeColor = 14, kCGBlendModeLuminosity = 15,
       kCGBlendModeClear = 16, kCGBlendModeCopy = 17, kCGBlendModeSourceIn = 18, kCGBlendModeSourceOut = 19, kCGBlendModeSourceAtop = 20, kCGBlendModeDestinationOver = 21, kCGBlendModeDestinationIn = 22, kCGBlendModeDestinationOut = 23, kCGBlendModeDestinationAtop = 24, kCGBlendModeXOR = 25, kCGBlendModePlusDarker = 26, kCGBlendModePlusLighter = 27 };
enum { kCGLineCapButt = 0, kCGLineCapRound = 1, kCGLineCapSquare = 2 };
enum { kCGLineJoinMiter = 0, kCGLineJoinRound = 1, kCGLineJoinBevel = 2 };
enum { kCGInterpolationDefault = 0, kCGInterpolationNone = 1, kCGInterpolationLow = 2, kCGInterpolationMedium = 4, kCGInterpolationHigh = 3 };
enum { kCGPathFill = 0, kCGPathEOFill = 1, kCGPathStroke = 2, kCGPathFillStroke = 3, kCGPathEOFillStroke = 4 };
enum { kCGGradientDrawsBeforeStartLocation = 1, kCGGradientDrawsAfterEndLocation = 2 };
#endif
