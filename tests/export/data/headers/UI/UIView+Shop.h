#import <UIKit/UIKit.h>

@interface UIView (Shop)
- (void)shop_applyTheme;
@property (nonatomic, readonly) CGFloat shop_cornerRadius;
@end
