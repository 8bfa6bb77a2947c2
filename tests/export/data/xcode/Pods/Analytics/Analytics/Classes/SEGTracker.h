#import <Foundation/Foundation.h>

@interface SEGTracker : NSObject
@end
