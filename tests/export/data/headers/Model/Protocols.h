@import Foundation;

@class Order;

@protocol OrderObserver <NSObject>
- (void)orderDidChange:(Order *)order;
@optional
- (void)orderWillChange:(Order *)order;
+ (BOOL)observesAll;
@property (nonatomic, readonly) NSString *observerName;
@end

@protocol PriceSource <OrderObserver, NSCopying>
@required
- (double)priceForOrder:(Order *)order;
@end
