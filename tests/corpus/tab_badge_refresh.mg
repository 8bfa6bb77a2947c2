// FitTrail 5.0.2: the "Challenges" tab badge kept an old count after the app
// came back from the background, and selecting the tab did not clear it.

int kChallengesTabIndex = 2;

class FTRHomeTabBarController : UITabBarController {

- (void)viewDidLoad {
    self.ORGviewDidLoad();
    SEL refreshSelector = @selector(refreshChallengeBadge);
    NSNotificationCenter.defaultCenter().addObserver:selector:name:object:(self, refreshSelector, @"UIApplicationDidBecomeActiveNotification", nil);
}

- (void)viewWillAppear:(BOOL)animated {
    self.ORGviewWillAppear:(animated);
    self.refreshChallengeBadge();
}

- (void)refreshChallengeBadge {
    NSArray *items = self.tabBar.items;
    if (items.count() <= kChallengesTabIndex) {
        return;
    }
    UITabBarItem *challengesItem = items[kChallengesTabIndex];
    Class storeClass = FTRChallengeStore.class();
    storeClass.shared().fetchOpenCountWithCompletion:(^(NSInteger openCount) {
        dispatch_async(dispatch_get_main_queue(), ^{
            challengesItem.badgeValue = openCount > 0 ? (@"" + openCount) : nil;
        });
    });
}

- (void)tabBarController:(UITabBarController *)tabBarController didSelectViewController:(UIViewController *)viewController {
    self.ORGtabBarController:didSelectViewController:(tabBarController, viewController);
    if (tabBarController.selectedIndex == kChallengesTabIndex) {
        viewController.tabBarItem.badgeValue = nil;
        FTRChallengeStore.shared().markAllSeen();
    }
}

}
