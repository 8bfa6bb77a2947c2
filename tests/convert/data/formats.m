// Formats MangoFix's `+` prints alike, rewritten as concatenation; the others refused.
#import <UIKit/UIKit.h>

@interface BadgeView : UIView
@property (nonatomic, copy) NSString *name;
@property (nonatomic, strong) UILabel *label;
@end

@implementation BadgeView

- (NSString *)titleForCount:(NSInteger)count total:(double)total {
    NSLog(@"count %ld of %@", (long)count, self.name);
    NSMutableString *text = [NSMutableString stringWithFormat:@"%@: %d%%", self.name, (int)count];
    [text appendFormat:@" (%f)", total];
    NSString *items = [self.name stringByAppendingFormat:@"%lu items", (unsigned long)count];
    self.label.text = [NSString stringWithFormat:@"%@ / %@", text, items];
    return [NSString stringWithFormat:@"%.2f", total];
}

@end
