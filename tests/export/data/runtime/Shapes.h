/* Test classes for the runtime manifest dumper (tests/export/test_runtime_dumper.py).
 * Written for GCC's Objective-C (GNU runtime, traditional ABI, no ARC, no literals): every
 * property has an explicit instance variable and explicit accessors. */
#import <Foundation/Foundation.h>

typedef struct MGTPoint {
    double x;
    double y;
} MGTPoint;

@protocol MGTGreeter <NSObject>
- (NSString *)greetingFor:(NSString *)name;
+ (NSInteger)greeterVersion;
@optional
- (BOOL)shouldGreet;
@end

@protocol MGTLoud <MGTGreeter>
- (void)shoutTimes:(NSUInteger)times;
@end

/* A root class of its own (no NSObject) and a subclass of it. */
@interface MGTRoot {
    Class isa;
}
+ (id)rootValue;
@end

@interface MGTLeaf : MGTRoot
- (int)leafDepth;
@end

@interface MGTShape : NSObject <MGTGreeter, NSCopying> {
    NSString *_name;
    NSInteger _sides;
    BOOL _visible;
    id _delegate;
}
@property (nonatomic, copy) NSString *name;
@property (readonly) NSInteger sides;
@property (nonatomic, getter=isVisible) BOOL visible;
@property (nonatomic, assign) id delegate;
- (BOOL)containsPoint:(MGTPoint)point;
- (MGTPoint)center;
- (double)scaleBy:(double)factor around:(MGTPoint)origin;
- (id)objectForSelector:(SEL)selector ofClass:(Class)cls;
- (void)setTag:(NSInteger)tag count:(NSUInteger)count ratio:(float)ratio;
- (const char *)cName;
- (void *)rawPointer;
- (NSRange)rangeOfName:(NSString *)text;
+ (id)shapeWithSides:(NSInteger)sides;
+ (BOOL)isRegular;
@end

@interface MGTSquare : MGTShape <MGTLoud>
- (NSString *)describeWithError:(NSError **)error;
@end

@interface MGTShape (MGTDrawing)
- (void)drawInContext:(void *)context;
+ (NSUInteger)drawCount;
@end
