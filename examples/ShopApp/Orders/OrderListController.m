#import "OrderListController.h"
#import "OrderCell.h"
#import "Order.h"

@interface OrderListController ()
@property (nonatomic, assign) BOOL loading;
- (void)finishLoading;
@end

@implementation OrderListController

- (void)viewDidLoad {
    [super viewDidLoad];
    [self.tableView registerClass:[OrderCell class] forCellReuseIdentifier:[OrderCell reuseIdentifier]];
}

- (void)finishLoading {
    self.loading = NO;
}

@end
