@protocol Quoted <NSObject>
- (void)quote;
@end
