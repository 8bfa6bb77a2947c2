#import <Foundation/Foundation.h>

@interface Good : NSObject
- (void)fine;
@end
