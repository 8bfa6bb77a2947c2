// Fixture written for mangopy's converter tests: what MangoFix cannot express.
#import <UIKit/UIKit.h>

@interface Ledger : NSObject
@property (nonatomic, assign) NSInteger flags;
@end

@implementation Ledger

- (void)record:(NSString *)entry amount:(double)amount {
    @try {
        [self description];
    } @catch (NSException *e) {
        NSLog(@"%@", e);
    }
    int cents = (int)(amount * 100);
    self.flags = self.flags | 4;
    NSString *line = [NSString stringWithFormat:@"%@: %5d", entry, cents];
    int values[3] = {1, 2, 3};
    @synchronized (self) {
        self.flags = 0;
    }
    NSLog(@"%@ %x", line, cents);
    int next = cents++;
    ++cents;
}

@end
