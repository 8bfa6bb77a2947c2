// A fix that wraps the original implementation: `[self ORG<selector>]` is MangoFix's call of it.
#import <UIKit/UIKit.h>
@interface FeedViewController : UITableViewController
@end
@implementation FeedViewController
- (void)viewDidLoad {
    [self ORGviewDidLoad];
    self.tableView.rowHeight = 44;
}
- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
    if (section < 0) {
        return 0;
    }
    return [self ORGtableView:tableView numberOfRowsInSection:section];
}
@end
