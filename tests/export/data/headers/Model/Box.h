#import <UIKit/UIKit.h>

@interface Box<ObjectType> : NSObject
- (ObjectType)object;
- (void)setObject:(ObjectType)object;
- (NSArray<ObjectType> *)all;
@end

@interface ViewBox<__covariant V : UIView *> : Box<V>
- (V)view;
@end
