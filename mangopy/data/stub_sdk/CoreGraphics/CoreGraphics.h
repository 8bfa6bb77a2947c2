#ifndef MANGOPY_STUB_COREGRAPHICS_H
#define MANGOPY_STUB_COREGRAPHICS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CG_EXTERN extern
#define CG_INLINE static inline

typedef double CGFloat; /* 64-bit */
#define CGFLOAT_IS_DOUBLE 1

struct CGPoint { CGFloat x; CGFloat y; };
typedef struct CGPoint CGPoint;
struct CGSize { CGFloat width; CGFloat height; };
typedef struct CGSize CGSize;
struct CGVector { CGFloat dx; CGFloat dy; };
typedef struct CGVector CGVector;
struct CGRect { CGPoint origin; CGSize size; };
typedef struct CGRect CGRect;
struct CGAffineTransform { CGFloat a, b, c, d; CGFloat tx, ty; };
typedef struct CGAffineTransform CGAffineTransform;

typedef struct CGContext *CGContextRef;
typedef struct CGColor *CGColorRef;
typedef struct CGImage *CGImageRef;
typedef struct CGPath *CGPathRef;
typedef struct CGColorSpace *CGColorSpaceRef;

CG_EXTERN const CGRect CGRectZero;
CG_EXTERN const CGPoint CGPointZero;
CG_EXTERN const CGSize CGSizeZero;
CG_EXTERN const CGAffineTransform CGAffineTransformIdentity;

CG_INLINE CGRect CGRectMake(CGFloat x, CGFloat y, CGFloat width, CGFloat height) {
    CGRect r; r.origin.x = x; r.origin.y = y; r.size.width = width; r.size.height = height; return r;
}
CG_INLINE CGPoint CGPointMake(CGFloat x, CGFloat y) { CGPoint p; p.x = x; p.y = y; return p; }
CG_INLINE CGSize CGSizeMake(CGFloat width, CGFloat height) { CGSize s; s.width = width; s.height = height; return s; }
CG_EXTERN CGFloat CGRectGetWidth(CGRect rect);
CG_EXTERN CGFloat CGRectGetHeight(CGRect rect);
CG_EXTERN bool CGRectContainsPoint(CGRect rect, CGPoint point);
#endif
