// framework: Foundation
@interface NSObject <NSObject>
+ (instancetype)alloc;
- (id)valueForKey:(NSString *)key;
@end
typedef double NSTimeInterval;

// framework: UIKit
@interface UIView (Overlay)
+ (Class)layerClass;
@end
