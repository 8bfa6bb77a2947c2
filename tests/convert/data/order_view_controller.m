// Fixture written for mangopy's converter tests: a view controller's usual first method.
#import <UIKit/UIKit.h>

@interface OrderViewController : UIViewController <UITableViewDataSource>
@property (nonatomic, strong) UITableView *tableView;
@property (nonatomic, copy) NSArray *items;
@property (nonatomic, assign) NSInteger count;
@end

@implementation OrderViewController {
    NSString *_title2;
}

- (void)viewDidLoad {
    [super viewDidLoad];
    self.tableView = [[UITableView alloc] initWithFrame:self.view.bounds style:UITableViewStylePlain];
    self.tableView.dataSource = self;
    [self.view addSubview:self.tableView];
    NSArray *list = @[@"a", @"b", @(3)];
    NSDictionary *d = @{@"k": @1};
    for (NSString *s in list) {
        if (s.length > 0 && !self.items) {
            NSLog(@"%@", s);
        }
    }
    CGRect r = CGRectMake(0, 0, 100, 44.5);
    int i = 0;
    while (i < 10) { i++; }
    dispatch_async(dispatch_get_main_queue(), ^{
        [self.tableView reloadData];
    });
    self.count = self.items.count + 1;
    _title2 = @"x";
}

- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
    return self.items.count;
}
@end
