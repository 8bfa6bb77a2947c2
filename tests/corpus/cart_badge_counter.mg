// Brewly 4.9.1: the cart badge drifted from the real item count when items
// were removed with swipe-to-delete. Track the count explicitly and allow a
// full recount from the cart lines.

class BRWCartBadgeController : NSObject {

@property (atomic, assign) NSInteger itemCount;
@property (nonatomic, weak) UIButton *badgeButton;
@property () NSDate *lastChange;

- (void)cartDidAddItem:(id)item quantity:(NSInteger)quantity {
    self.ORGcartDidAddItem:quantity:(item, quantity);
    self.itemCount += quantity;
    self.lastChange = NSDate.date();
    self.refreshBadge();
}

- (void)cartDidRemoveItem:(id)item {
    self.ORGcartDidRemoveItem:(item);
    self.itemCount--;
    if (self.itemCount < 0) {
        self.itemCount = 0;
    }
    self.lastChange = NSDate.date();
    self.refreshBadge();
}

- (void)recountFromCart:(NSArray *)lines {
    NSInteger total = 0;
    NSInteger index = 0;
    while (index < lines.count()) {
        id line = lines[index];
        total += line.quantity().integerValue();
        index++;
    }
    self.itemCount = total;
    self.refreshBadge();
}

- (NSInteger)analyticsBucketForCount:(NSInteger)count {
    NSInteger bucket = count;
    bucket -= 1;
    bucket /= 5;
    bucket *= 5;
    bucket %= 100;
    return bucket < 0 ? 0 : bucket;
}

- (void)refreshBadge {
    NSInteger count = self.itemCount;
    UIButton *button = self.badgeButton;
    NSString *title = count > 9 ? @"9+" : (@"" + count);
    button.setTitle:forState:(title, UIControlStateNormal);
    button.hidden = count == 0;
    button.accessibilityLabel = count + @" items in cart";
}

}
