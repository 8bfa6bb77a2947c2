#import "../models/ORDER.h"

@interface Legacy : Order
- (void)migrate;
@end
