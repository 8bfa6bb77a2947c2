#import <Foundation/Foundation.h>

@interface SEGAnalytics : NSObject
@end
