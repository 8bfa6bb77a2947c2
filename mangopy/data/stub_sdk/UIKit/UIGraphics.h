#ifndef MANGOPY_STUB_UIGRAPHICS_H
#define MANGOPY_STUB_UIGRAPHICS_H
#include <Foundation/NSObjCRuntime.h>
#include <CoreGraphics/CGGeometry.h>
#include <UIKit/UIKitDefines.h>
@class UIImage, NSData;
NS_ASSUME_NONNULL_BEGIN
UIKIT_EXTERN CGContextRef _Nullable UIGraphicsGetCurrentContext(void);
UIKIT_EXTERN void UIGraphicsPushContext(CGContextRef context);
UIKIT_EXTERN void UIGraphicsPopContext(void);
UIKIT_EXTERN void UIRectFill(CGRect rect);
UIKIT_EXTERN void UIGraphicsBeginImageContext(CGSize size);
UIKIT_EXTERN void UIGraphicsBeginImageContextWithOptions(CGSize size, BOOL opaque, CGFloat scale);
UIKIT_EXTERN UIImage * _Nullable UIGraphicsGetImageFromCurrentImageContext(void);
UIKIT_EXTERN void UIGraphicsEndImageContext(void);
UIKIT_EXTERN NSData * _Nullable UIImagePNGRepresentation(UIImage *image);
UIKIT_EXTERN NSData * _Nullable UIImageJPEGRepresentation(UIImage *image, CGFloat compressionQuality);
UIKIT_EXTERN void UIImageWriteToSavedPhotosAlbum(UIImage *image, id _Nullable completionTarget, SEL _Nullable completionSelector, void * _Nullable contextInfo);
NS_ASSUME_NONNULL_END
#endif
