// Macros as real code uses them: constants, MIN/MAX/ABS, assertions, a macro holding statements.
#import <UIKit/UIKit.h>

#define kRowHeight 44
#define kGoldenRatio (1.0 / 1.618)
#define kCacheKey @"feed.cache"
#define kShadowOpacity 0.25f
#define LOCK(lock) dispatch_semaphore_wait(lock, DISPATCH_TIME_FOREVER)

@interface PhotoCell : UITableViewCell
@property (nonatomic, assign) UIControlState lastState;
@property (nonatomic, strong) dispatch_semaphore_t lock;
@end

@implementation PhotoCell

- (CGFloat)heightForWidth:(CGFloat)width count:(NSInteger)count {
    NSParameterAssert(width > 0);
    CGFloat h = MAX(width, 44.0) * kGoldenRatio + kRowHeight;
    NSInteger rows = MIN(count, 3);
    NSInteger delta = ABS(count) - rows;
    self.layer.shadowOpacity = kShadowOpacity;
    return h * rows + delta;
}

- (NSString *)cacheKeyForState:(UIControlState)state {
    self.lastState = state;
    NSString *name = NSStringFromClass(self.class);
    return [kCacheKey stringByAppendingString:name];
}

- (void)reload {
    LOCK(self.lock);
    [self setNeedsLayout];
}

@end
