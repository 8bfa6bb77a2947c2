#import "order.h"                      // the file is Order.h: fine on macOS, not on Linux
#import <Analytics/Analytics.h>        // Pods/Headers/Public/Analytics/Analytics.h
#import <Analytics/SEGTracker.h>       // only in the pod's sources: found by name
#import <Missing/Missing.h>            // a pod that is not installed
// #import "CommentedOut.h"
/* #import "AlsoCommentedOut.h" */

@interface CartView : UIView
@property (nonatomic, strong) Order *order;
@property (nonatomic, strong) SEGAnalytics *analytics;
@property (nonatomic, strong) SEGTracker *tracker;
@property (nonatomic, strong) MissingThing *missing;
@end
