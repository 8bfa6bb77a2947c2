#ifndef MANGOPY_STUB_QUARTZCORE_H
#define MANGOPY_STUB_QUARTZCORE_H
#include <Foundation/Foundation.h>
NS_ASSUME_NONNULL_BEGIN
typedef double CFTimeInterval;
struct CATransform3D { CGFloat m11, m12, m13, m14, m21, m22, m23, m24, m31, m32, m33, m34, m41, m42, m43, m44; };
typedef struct CATransform3D CATransform3D;
@interface CALayer : NSObject
@property CGRect frame;
@property CGRect bounds;
@property CGFloat cornerRadius;
@property (nullable) CGColorRef backgroundColor;
@property CATransform3D transform;
- (void)addSublayer:(CALayer *)layer;
- (void)setNeedsDisplay;
@end
@interface CAAnimation : NSObject
@property CFTimeInterval duration;
@end
NS_ASSUME_NONNULL_END
#endif
