@interface Inner : NSObject
@end
