// No imports: only ever included through the prefix header.
typedef NSInteger ShopCount;
#define SHOP_TAX 7
