#import <UIKit/UIKit.h>

@class Order;

NS_ASSUME_NONNULL_BEGIN

// The list of the user's orders: a table with an empty state and pull to reload.
// Rows are OrderCells; reloading animates when the list was already on screen.
// Shown as the first tab.

@interface OrderListController : UIViewController <UITableViewDataSource, UITableViewDelegate>

@property (nonatomic, copy) NSArray<Order *> *orders;
@property (nonatomic, strong) UITableView *tableView;
@property (nonatomic, strong) UILabel *emptyLabel;
@property (nonatomic, copy, nullable) void (^onReload)(BOOL);

+ (NSDateFormatter *)sharedFormatter;
- (void)viewDidLoad;
- (void)viewWillAppear:(BOOL)animated;
- (void)reloadOrdersAnimated:(BOOL)animated;
- (void)showEmptyState;
- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section;
- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath;
- (Order *)orderAtIndex:(NSUInteger)index;

@end

NS_ASSUME_NONNULL_END
