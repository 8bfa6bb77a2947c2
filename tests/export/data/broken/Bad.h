#import <Foundation/Foundation.h>
#import "Missing.h"

@interface Bad : NSObject
- (void)neverSeen;
@end
