// Imports nothing: relies on the prefix header for NSObject and ShopCount.
@interface Order : NSObject
@property (nonatomic, copy) NSString *title;
- (ShopCount)count;
#ifdef DEBUG
- (void)debugDump;
#endif
@end
