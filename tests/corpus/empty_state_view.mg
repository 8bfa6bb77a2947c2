// Brewly 4.9.2: stores with no pickup slots left showed a blank screen.
// Add an empty-state view (a new class) and show it from the pickup-slot
// list, with a button that opens the store picker.

int kButtonTypeSystem = 1;
int kEmptyStateTag = 9001;

class BRWEmptyStateView : UIView {

@property (nonatomic, strong) UILabel *messageLabel;
@property (nonatomic, strong) UIButton *actionButton;
@property (nonatomic, copy) Block onAction;

- (id)initWithMessage:(NSString *)message actionTitle:(NSString *)actionTitle {
    self = super.initWithFrame:(CGRectMake(0, 0, 320, 240));
    if (!self) {
        return nil;
    }
    UILabel *label = UILabel.alloc().init();
    label.text = message;
    label.numberOfLines = 0;
    label.textAlignment = 1;
    label.textColor = UIColor.secondaryLabelColor();
    self.addSubview:(label);
    self.messageLabel = label;

    UIButton *button = UIButton.buttonWithType:(kButtonTypeSystem);
    button.setTitle:forState:(actionTitle, UIControlStateNormal);
    button.addTarget:action:forControlEvents:(self, @selector(actionTapped), UIControlEventTouchUpInside);
    self.addSubview:(button);
    self.actionButton = button;
    return self;
}

- (void)actionTapped {
    Block handler = self.onAction;
    if (handler) {
        handler();
    }
}

- (void)layoutSubviews {
    super.layoutSubviews();
    struct CGRect bounds = self.bounds;
    CGFloat width = bounds.size.width - 48;
    self.messageLabel.frame = CGRectMake(24, bounds.size.height / 2 - 60, width, 60);
    self.actionButton.frame = CGRectMake(24, bounds.size.height / 2 + 8, width, 44);
}

}

class BRWPickupSlotsViewController : UIViewController {

- (void)slotsDidLoad:(NSArray *)slots {
    self.ORGslotsDidLoad:(slots);
    UIView *existing = self.view.viewWithTag:(kEmptyStateTag);
    if (slots.count() > 0) {
        existing.removeFromSuperview();
        return;
    }
    if (existing) {
        return;
    }
    BRWEmptyStateView *emptyView = BRWEmptyStateView.alloc().initWithMessage:actionTitle:(@"No pickup slots left today.", @"Choose another store");
    emptyView.tag = kEmptyStateTag;
    emptyView.frame = self.view.bounds;
    __weak id weakSelf = self;
    emptyView.onAction = ^{
        weakSelf.showStorePicker();
    };
    self.view.addSubview:(emptyView);
}

}
