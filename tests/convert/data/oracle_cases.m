// Fixture written for mangopy's converter tests (the oracle of tests/convert/test_oracle.py, which
// compares each method with its MangoFix event by event): an inbox screen as UIKit apps write it.
// `-refresh` holds a converter bug the oracle finds (see KNOWN_BUGS there): a two-element array
// literal whose first element is a literal is written as a subscript.
#import <UIKit/UIKit.h>

@interface InboxViewController : UIViewController <UITableViewDataSource, UITableViewDelegate>
@property (nonatomic, strong) UITableView *tableView;
@property (nonatomic, strong) NSMutableArray *messages;
@property (nonatomic, copy) NSString *filter;
@property (nonatomic, assign) NSInteger unread;
@property (nonatomic, assign) CGFloat rowHeight;
@property (nonatomic, assign) BOOL editingMode;
@property (nonatomic, copy) void (^onRefresh)(BOOL changed);
@end

@implementation InboxViewController {
    NSInteger _attempts;
    NSString *_lastError;
}

- (instancetype)initWithFilter:(NSString *)filter {
    self = [super initWithNibName:nil bundle:nil];
    if (self) {
        _filter = [filter copy];
        _messages = [NSMutableArray array];
        _attempts = 0;
    }
    return self;
}

- (NSInteger)numberOfSectionsInTableView:(UITableView *)tableView {
    return self.messages.count > 0 ? 2 : 1;
}

- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
    if (section == 0) {
        return self.unread;
    } else if (section == 1) {
        return self.messages.count - self.unread;
    } else {
        return -1;
    }
}

- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath {
    UITableViewCell *cell = [tableView dequeueReusableCellWithIdentifier:@"message" forIndexPath:indexPath];
    NSDictionary *message = [self.messages objectAtIndex:indexPath.row];
    cell.textLabel.text = message[@"subject"];
    cell.detailTextLabel.text = [message objectForKey:@"sender"];
    cell.selectionStyle = indexPath.section == 0 ? UITableViewCellSelectionStyleDefault : UITableViewCellSelectionStyleNone;
    cell.textLabel.font = [UIFont boldSystemFontOfSize:17.0];
    return cell;
}

- (CGFloat)tableView:(UITableView *)tableView heightForRowAtIndexPath:(NSIndexPath *)indexPath {
    CGFloat height = self.rowHeight;
    height *= 1.5;
    height -= 4;
    height /= 2;
    return height > 44.0 ? height : 44.0;
}

- (void)refresh {
    __weak InboxViewController *weakSelf = self;
    dispatch_async(dispatch_get_global_queue(DISPATCH_QUEUE_PRIORITY_DEFAULT, 0), ^{
        NSArray *loaded = @[@{@"subject": @"Hi", @"sender": @"Ann"}, @{@"subject": @"Re", @"sender": @"Bob"}];
        dispatch_async(dispatch_get_main_queue(), ^{
            [weakSelf.messages removeAllObjects];
            [weakSelf.messages addObjectsFromArray:loaded];
            [weakSelf.tableView reloadData];
            void (^done)(BOOL) = weakSelf.onRefresh;
            if (done != nil) {
                done(YES);
            }
        });
    });
}

- (void)observeValueForKeyPath:(NSString *)keyPath ofObject:(id)object change:(NSDictionary *)change context:(void *)context {
    if ([keyPath isEqualToString:@"contentOffset"]) {
        NSValue *value = change[@"new"];
        CGPoint offset = [value CGPointValue];
        self.editingMode = offset.y < -60.0 && !self.editingMode;
    } else {
        [super observeValueForKeyPath:keyPath ofObject:object change:change context:context];
    }
}

- (void)fetchFrom:(NSString *)address {
    NSURL *url = [NSURL URLWithString:address];
    NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
    request.HTTPMethod = @"GET";
    [request setValue:@"application/json" forHTTPHeaderField:@"Accept"];
    NSURLSessionDataTask *task = [[NSURLSession sharedSession] dataTaskWithRequest:request
        completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
            NSHTTPURLResponse *http = (NSHTTPURLResponse *)response;
            if (error != nil || http.statusCode != 200) {
                self.unread = 0;
                return;
            }
            id json = [NSJSONSerialization JSONObjectWithData:data options:NSJSONReadingMutableContainers error:nil];
            NSArray *items = json[@"items"];
            dispatch_async(dispatch_get_main_queue(), ^{
                [self.messages setArray:items];
                [self.tableView reloadData];
            });
        }];
    [task resume];
}

- (void)layoutBadge {
    CGRect frame = CGRectMake(0, 0, 20, 20);
    frame.origin.x = CGRectGetMaxX(self.view.bounds) - frame.size.width - 8.0;
    frame.origin.y += 10;
    CGSize size = frame.size;
    UIView *badge = [[UIView alloc] initWithFrame:frame];
    badge.layer.cornerRadius = size.height / 2;
    badge.backgroundColor = [UIColor colorWithRed:1.0 green:0.2 blue:0.2 alpha:1];
    [self.view addSubview:badge];
}

- (NSInteger)countUnread {
    NSInteger count = 0;
    for (NSDictionary *message in self.messages) {
        if ([message[@"read"] boolValue]) {
            continue;
        }
        count++;
    }
    return count;
}

- (NSString *)titleForState:(NSInteger)state {
    NSString *title = nil;
    switch (state) {
        case 0:
            title = @"Inbox";
            break;
        case 1: {
            title = @"Sent";
        }
            break;
        case 2:
            return @"Drafts";
        default:
            title = @"Other";
            break;
    }
    return title;
}

- (void)retry {
    NSInteger left = 3;
    while (left > 0 && _lastError != nil) {
        left--;
        _attempts = _attempts + 1;
    }
    do {
        left += 2;
        left %= 7;
    } while (left < 10 && left != 0);
    int i;
    for (i = 0; i < 4; ++i) {
        if (i % 2 == 0) {
            continue;
        }
        _lastError = i > 2 ? @"late" : nil;
    }
}

- (void)scrollToTop:(BOOL)animated {
    [self.tableView setContentOffset:CGPointMake(0, -self.tableView.contentInset.top) animated:animated];
    self.tableView.scrollEnabled = !animated;
    NSNumber *flag = @(animated);
    NSArray *empty = @[];
    NSDictionary *options = @{@"animated": flag, @"count": @(empty.count), @"ratio": @0.5};
    [[NSNotificationCenter defaultCenter] postNotificationName:@"InboxScrolled" object:self userInfo:options];
    [self performSelector:@selector(refresh) withObject:nil afterDelay:0.5];
}

- (void)confirmDelete:(NSIndexPath *)indexPath {
    UIAlertController *alert = [UIAlertController alertControllerWithTitle:@"Delete?" message:nil preferredStyle:UIAlertControllerStyleAlert];
    void (^remove)(NSInteger) = ^(NSInteger row) {
        [self.messages removeObjectAtIndex:row];
        [self.tableView reloadData];
    };
    [alert addAction:[UIAlertAction actionWithTitle:@"Delete" style:UIAlertActionStyleDestructive handler:^(UIAlertAction *action) {
        remove(indexPath.row);
    }]];
    [self presentViewController:alert animated:YES completion:nil];
}

+ (instancetype)controller {
    InboxViewController *controller = [[self alloc] initWithFilter:@"all"];
    controller.title = @"Inbox";
    controller.rowHeight = 60;
    return controller;
}

- (void)dealloc {
    [self.tableView removeObserver:self forKeyPath:@"contentOffset"];
    [[NSNotificationCenter defaultCenter] removeObserver:self];
}

@end
