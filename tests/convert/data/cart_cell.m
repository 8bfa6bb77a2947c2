// Fixture written for mangopy's converter tests: a cell, with a few things MangoFix lacks.
#import <UIKit/UIKit.h>

@interface CartCell : UITableViewCell
@property (nonatomic, strong) UILabel *priceLabel;
@property (nonatomic, assign) double price;
@end

@implementation CartCell

+ (NSString *)reuseIdentifier {
    return @"CartCell";
}

- (void)setPrice:(double)price {
    _price = price;
    self.priceLabel.text = [NSString stringWithFormat:@"%.2f", price];
    self.priceLabel.hidden = price <= 0 ? YES : NO;
}

- (void)layoutSubviews {
    [super layoutSubviews];
    CGRect frame = self.contentView.bounds;
    frame.origin.x += 15;
    frame.size.width -= 30;
    self.priceLabel.frame = frame;
    for (int i = 0; i < 3; i++) {
        if (i == 1) {
            continue;
        } else if (i == 2) {
            break;
        }
    }
    switch ((NSInteger)self.price) {
        case 0:
            self.backgroundColor = [UIColor whiteColor];
            break;
        default: {
            self.backgroundColor = [UIColor redColor];
            break;
        }
    }
    NSMutableArray *names = [NSMutableArray array];
    [names addObject:@"x"];
    NSString *first = names[0];
    NSDictionary *info = @{@"price": @(self.price), @"count": @(names.count + 1)};
    id value = info[@"price"];
    [UIView animateWithDuration:0.25 animations:^{
        self.alpha = 1.0;
    } completion:^(BOOL finished) {
        NSLog(@"done");
    }];
    void (^handler)(NSString *) = ^(NSString *text) { self.priceLabel.text = text; };
    handler(first);
    int flags = 1 | 2;
}
@end
