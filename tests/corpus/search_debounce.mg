// Brewly 4.8.3: every keystroke in the store search fired a network request
// and older responses could overwrite newer ones. Debounce by 350 ms using a
// generation counter.

class BRWStoreSearchViewController : UIViewController <UISearchBarDelegate> {

@property (nonatomic, assign) NSInteger searchGeneration;
@property (nonatomic, copy) NSString *pendingQuery;

- (void)searchBar:(UISearchBar *)searchBar textDidChange:(NSString *)searchText {
    self.searchGeneration += 1;
    NSInteger generation = self.searchGeneration;
    NSString *query = searchText.stringByTrimmingCharactersInSet:(NSCharacterSet.whitespaceCharacterSet());
    self.pendingQuery = query;
    if (query.length() < 2) {
        self.clearResults();
        return;
    }
    __weak id weakSelf = self;
    dispatch_after(dispatch_time(DISPATCH_TIME_NOW, 350 * NSEC_PER_MSEC), dispatch_get_main_queue(), ^{
        __strong BRWStoreSearchViewController *strongSelf = weakSelf;
        if (strongSelf == nil) {
            return;
        }
        if (strongSelf.searchGeneration() != generation) {
            return;
        }
        strongSelf.performSearchWithQuery:(strongSelf.pendingQuery());
    });
}

- (void)searchBarSearchButtonClicked:(UISearchBar *)searchBar {
    self.searchGeneration += 1;
    searchBar.resignFirstResponder();
    self.performSearchWithQuery:(searchBar.text);
}

- (void)searchBarCancelButtonClicked:(UISearchBar *)searchBar {
    self.searchGeneration += 1;
    self.pendingQuery = nil;
    self.ORGsearchBarCancelButtonClicked:(searchBar);
}

}
