#import "Order.h"

@implementation Order
- (ShopCount)count { return SHOP_TAX; }
@end
