#ifndef MANGOPY_STUB_NSGEOMETRY_H
#define MANGOPY_STUB_NSGEOMETRY_H
#include <Foundation/NSObjCRuntime.h>
#include <CoreGraphics/CGBase.h>
#include <CoreGraphics/CGGeometry.h>
typedef CGPoint NSPoint;
typedef NSPoint *NSPointPointer;
typedef CGSize NSSize;
typedef CGRect NSRect;
typedef NS_ENUM(NSUInteger, NSRectEdge) { NSRectEdgeMinX = CGRectMinXEdge, NSRectEdgeMinY = CGRectMinYEdge, NSRectEdgeMaxX = CGRectMaxXEdge, NSRectEdgeMaxY = CGRectMaxYEdge };
typedef struct NSEdgeInsets { CGFloat top; CGFloat left; CGFloat bottom; CGFloat right; } NSEdgeInsets;
#endif
