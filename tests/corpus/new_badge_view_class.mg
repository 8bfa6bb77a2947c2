// PawPal 3.2.1: show an unread-messages badge on the vet chat tab without an
// App Store release. The badge view is a new class created by this script;
// the tab bar controller creates and updates it.

class PWPCountBadgeView : UIView {

@property (nonatomic, strong) UILabel *countLabel;
@property (nonatomic, assign) NSInteger count;

+ (id)badgeWithCount:(NSInteger)count {
    PWPCountBadgeView *badge = PWPCountBadgeView.alloc().initWithFrame:(CGRectMake(0, 0, 20, 20));
    badge.updateCount:(count);
    return badge;
}

- (id)initWithFrame:(struct CGRect)frame {
    self = super.initWithFrame:(frame);
    if (self) {
        self.backgroundColor = UIColor.systemRedColor();
        self.layer.cornerRadius = frame.size.height / 2;
        self.clipsToBounds = YES;
        UILabel *label = UILabel.alloc().initWithFrame:(self.bounds);
        label.textAlignment = 1;
        label.font = UIFont.boldSystemFontOfSize:(12);
        label.textColor = UIColor.whiteColor();
        self.addSubview:(label);
        self.countLabel = label;
    }
    return self;
}

- (void)updateCount:(NSInteger)count {
    self.count = count;
    self.hidden = count <= 0;
    self.countLabel.text = count > 99 ? @"99+" : (@"" + count);
    self.setNeedsLayout();
}

- (void)layoutSubviews {
    super.layoutSubviews();
    struct CGRect bounds = self.bounds;
    CGFloat minWidth = bounds.size.height;
    CGFloat textWidth = self.countLabel.intrinsicContentSize().width + 8;
    bounds.size.width = textWidth > minWidth ? textWidth : minWidth;
    self.countLabel.frame = bounds;
}

}

class PWPMainTabBarController : UITabBarController {

- (void)chatService:(id)service didUpdateUnreadCount:(NSInteger)unread {
    self.ORGchatService:didUpdateUnreadCount:(service, unread);
    dispatch_async(dispatch_get_main_queue(), ^{
        UIView *tabView = self.chatTabButtonView();
        PWPCountBadgeView *badge = tabView.viewWithTag:(4242);
        if (!badge) {
            badge = PWPCountBadgeView.badgeWithCount:(unread);
            badge.tag = 4242;
            struct CGRect frame = badge.frame;
            frame.origin.x = tabView.bounds.size.width - 24;
            frame.origin.y = 4;
            badge.frame = frame;
            tabView.addSubview:(badge);
        }
        badge.updateCount:(unread);
    });
}

}
