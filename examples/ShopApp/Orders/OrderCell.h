#import <UIKit/UIKit.h>

@class Order;

NS_ASSUME_NONNULL_BEGIN

@interface OrderCell : UITableViewCell
@property (nonatomic, strong) UILabel *priceLabel;
+ (NSString *)reuseIdentifier;
- (void)configureWithOrder:(Order *)order;
- (void)prepareForReuse;
@end

NS_ASSUME_NONNULL_END
