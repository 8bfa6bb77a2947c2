#import "Order.h"

@interface Order (Pricing)
- (double)discountedPrice;
+ (double)taxRate;
@property (nonatomic, readonly) double discount;
@end
