// StaySpot 6.3.2: ending the pull-to-refresh animation from a background
// callback crashed with "UI API called on a background thread". Route every
// UI update of the bookings list through the main queue.

class STYBookingsViewController : UITableViewController {

- (void)viewDidLoad {
    self.ORGviewDidLoad();
    UIRefreshControl *refresh = UIRefreshControl.alloc().init();
    refresh.addTarget:action:forControlEvents:(self, @selector(handlePullToRefresh:), UIControlEventValueChanged);
    self.refreshControl = refresh;
}

- (void)handlePullToRefresh:(UIRefreshControl *)sender {
    __weak id weakSelf = self;
    STYBookingService.shared().reloadBookingsWithCompletion:(^(NSArray *bookings, NSError *error) {
        dispatch_async(dispatch_get_main_queue(), ^{
            __strong STYBookingsViewController *strongSelf = weakSelf;
            sender.endRefreshing();
            if (!strongSelf) {
                return;
            }
            if (error) {
                strongSelf.showErrorBanner:(error.localizedDescription());
                return;
            }
            strongSelf.setBookings:(bookings ?: @[]);
            strongSelf.tableView.reloadData();
        });
    });
}

- (void)bookingService:(id)service didUpdateBookings:(NSArray *)bookings {
    if (NSThread.isMainThread()) {
        self.ORGbookingService:didUpdateBookings:(service, bookings);
        return;
    }
    dispatch_async(dispatch_get_main_queue(), ^{
        self.ORGbookingService:didUpdateBookings:(service, bookings);
    });
}

}
