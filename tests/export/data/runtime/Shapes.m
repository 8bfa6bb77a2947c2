#import "Shapes.h"

@implementation MGTRoot
+ (id)rootValue { return nil; }
@end

@implementation MGTLeaf
- (int)leafDepth { return 1; }
@end

@implementation MGTShape
- (NSString *)name { return _name; }
- (void)setName:(NSString *)name { _name = [name copy]; }
- (NSInteger)sides { return _sides; }
- (BOOL)isVisible { return _visible; }
- (void)setVisible:(BOOL)visible { _visible = visible; }
- (id)delegate { return _delegate; }
- (void)setDelegate:(id)delegate { _delegate = delegate; }
- (BOOL)containsPoint:(MGTPoint)point { return point.x >= 0; }
- (MGTPoint)center { MGTPoint p = {0, 0}; return p; }
- (double)scaleBy:(double)factor around:(MGTPoint)origin { return factor * origin.x; }
- (id)objectForSelector:(SEL)selector ofClass:(Class)cls { return nil; }
- (void)setTag:(NSInteger)tag count:(NSUInteger)count ratio:(float)ratio {}
- (const char *)cName { return "shape"; }
- (void *)rawPointer { return NULL; }
- (NSRange)rangeOfName:(NSString *)text { return NSMakeRange(0, 0); }
- (NSString *)greetingFor:(NSString *)name { return name; }
- (id)copyWithZone:(NSZone *)zone { return [self retain]; }
+ (NSInteger)greeterVersion { return 2; }
+ (id)shapeWithSides:(NSInteger)sides { return nil; }
+ (BOOL)isRegular { return NO; }
@end

@implementation MGTSquare
- (void)shoutTimes:(NSUInteger)times {}
- (NSString *)describeWithError:(NSError **)error { return nil; }
@end

@implementation MGTShape (MGTDrawing)
- (void)drawInContext:(void *)context {}
+ (NSUInteger)drawCount { return 0; }
@end
