// Fixture written for mangopy's converter tests: a feed screen as apps write them
// (table data source, networking callback, GCD, KVO-style bookkeeping, a category).
#import <UIKit/UIKit.h>

@interface FeedController : UITableViewController
@property (nonatomic, strong) NSMutableArray *posts;
@property (nonatomic, copy) NSString *cursor;
@property (nonatomic, assign) BOOL loading;
@end

@implementation FeedController

- (void)viewWillAppear:(BOOL)animated {
    [super viewWillAppear:animated];
    if (self.posts == nil) {
        self.posts = [NSMutableArray array];
    }
    [self.tableView reloadData];
}

- (NSInteger)numberOfSectionsInTableView:(UITableView *)tableView {
    return 1;
}

- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section {
    return self.loading ? self.posts.count + 1 : self.posts.count;
}

- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath {
    UITableViewCell *cell = [tableView dequeueReusableCellWithIdentifier:@"post"];
    if (!cell) {
        cell = [[UITableViewCell alloc] initWithStyle:UITableViewCellStyleSubtitle reuseIdentifier:@"post"];
    }
    NSDictionary *post = self.posts[indexPath.row];
    cell.textLabel.text = post[@"title"];
    cell.detailTextLabel.text = [post objectForKey:@"author"];
    return cell;
}

- (void)tableView:(UITableView *)tableView didSelectRowAtIndexPath:(NSIndexPath *)indexPath {
    [tableView deselectRowAtIndexPath:indexPath animated:YES];
    if (indexPath.row >= self.posts.count) {
        return;
    }
    __weak FeedController *weakSelf = self;
    dispatch_after(dispatch_time(DISPATCH_TIME_NOW, (int64_t)(0.3 * NSEC_PER_SEC)), dispatch_get_main_queue(), ^{
        [weakSelf.navigationController popViewControllerAnimated:YES];
    });
}

- (void)loadMore {
    if (self.loading) {
        return;
    }
    self.loading = YES;
    NSURL *url = [NSURL URLWithString:@"https://example.com/feed"];
    NSURLSessionDataTask *task = [[NSURLSession sharedSession] dataTaskWithURL:url
        completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
            if (error != nil || data == nil) {
                self.loading = NO;
                return;
            }
            id json = [NSJSONSerialization JSONObjectWithData:data options:0 error:nil];
            NSArray *items = json[@"items"];
            dispatch_async(dispatch_get_main_queue(), ^{
                [self.posts addObjectsFromArray:items];
                self.loading = NO;
                [self.tableView reloadData];
            });
        }];
    [task resume];
}

- (double)progressFor:(NSInteger)done of:(NSInteger)total {
    double ratio = 0;
    do {
        if (total <= 0) {
            break;
        }
        ratio = done * 1.0 / total;
    } while (NO);
    int steps = 0;
    for (; steps < 3; steps++) {
        ratio = ratio * 0.5;
    }
    return ratio > 1 ? 1 : ratio;
}

@end

@implementation FeedController (Sharing)

+ (instancetype)feedWithPosts:(NSArray *)posts {
    FeedController *feed = [[self alloc] initWithStyle:UITableViewStylePlain];
    feed.posts = [posts mutableCopy];
    return feed;
}

@end
