#import "CartViewController.h"
#import "Order.h"

@interface CartViewController ()
@property (nonatomic, readwrite) NSInteger badge;
@property (nonatomic, strong) NSMutableArray<Order *> *orders;
- (void)updateBadge;
@end

@implementation CartViewController

- (void)viewDidLoad {
    [super viewDidLoad];
    [self updateBadge];
}

- (void)updateBadge {
    self.badge = self.orders.count;
}

- (void)notDeclaredInAnInterface {
}

@end
