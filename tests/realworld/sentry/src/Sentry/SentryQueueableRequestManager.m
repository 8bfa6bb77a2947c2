#import "SentryQueueableRequestManager.h"
#import "SentryLogC.h"
#import "SentryRequestOperation.h"

NS_ASSUME_NONNULL_BEGIN

@interface SentryQueueableRequestManager ()

@property (nonatomic, strong) NSOperationQueue *queue;
@property (nonatomic, strong) NSURLSession *session;

@end

@implementation SentryQueueableRequestManager

// [excerpt: method bodies elided]
- (BOOL)isReady
{
    return YES;
}

- (void)addRequest:(NSURLRequest *)request
    completionHandler:(_Nullable SentryRequestOperationFinished)completionHandler
{
}

@end

NS_ASSUME_NONNULL_END
