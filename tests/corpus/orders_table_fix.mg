// Brewly 4.8.2 hot fix: the order history screen crashed when the server
// returned fewer rows than the cached row count. Guard every index and show
// a placeholder cell instead of reading past the end of the array.
// Builds 4.8.3 and later contain the native fix, so they are skipped.

int kOrderCellStyleSubtitle = 3;

@If($appVersion.compare:options:(@"4.8.3", 64) < 0)
class BRWOrderHistoryViewController : UIViewController <UITableViewDataSource, UITableViewDelegate> {

- (void)viewDidLoad {
    self.ORGviewDidLoad();
    self.tableView.estimatedRowHeight = 72.0;
    self.tableView.tableFooterView = UIView.alloc().init();
}

- (NSInteger)numberOfSectionsInTableView:(UITableView *)tableView {
    return 1;
}

- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
    NSArray *orders = self.orders;
    return orders ? orders.count() : 0;
}

- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath {
    NSArray *orders = self.orders;
    NSInteger row = indexPath.row;
    UITableViewCell *cell = tableView.dequeueReusableCellWithIdentifier:(@"BRWOrderCell");
    if (!cell) {
        cell = UITableViewCell.alloc().initWithStyle:reuseIdentifier:(kOrderCellStyleSubtitle, @"BRWOrderCell");
    }
    if (row >= orders.count()) {
        cell.textLabel.text = @"Loading order...";
        cell.detailTextLabel.text = nil;
        return cell;
    }
    id order = orders[row];
    NSString *title = order.drinkName() ?: @"Custom drink";
    cell.textLabel.text = title;
    cell.detailTextLabel.text = @"#" + order.orderNumber() + @" - " + order.statusText();
    return cell;
}

- (void)tableView:(UITableView *)tableView didSelectRowAtIndexPath:(NSIndexPath *)indexPath {
    tableView.deselectRowAtIndexPath:animated:(indexPath, YES);
    NSArray *orders = self.orders;
    if (indexPath.row < orders.count()) {
        self.ORGtableView:didSelectRowAtIndexPath:(tableView, indexPath);
    }
}

}
