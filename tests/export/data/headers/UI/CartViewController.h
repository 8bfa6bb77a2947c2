@import UIKit;
#import "Protocols.h"

NS_ASSUME_NONNULL_BEGIN

@interface CartViewController : UIViewController <UITableViewDataSource, UITableViewDelegate, OrderObserver>
@property (nonatomic, weak, nullable) IBOutlet UITableView *tableView;
@property (nonatomic, readonly) NSInteger badge;
@property (nonatomic, copy, nullable) void (^onCheckout)(NSArray<Order *> *orders, BOOL express);
- (IBAction)checkout:(id)sender;
- (void)reloadAnimated:(BOOL)animated;
- (void)scrollToRect:(CGRect)rect insets:(UIEdgeInsets)insets;
- (void)loadWithCompletion:(void (^_Nullable)(BOOL finished))completion API_AVAILABLE(ios(13.0));
@end

NS_ASSUME_NONNULL_END
