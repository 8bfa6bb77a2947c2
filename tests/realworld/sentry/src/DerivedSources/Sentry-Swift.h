// Sentry-Swift.h: what `swiftc -emit-objc-header` generates for the module `Sentry`, cut down by
// hand to the declarations the test cases use (see ../../NOTICE.md). Xcode writes this file to
// DerivedData/.../DerivedSources; it is not in the repository.
#import <Foundation/Foundation.h>

#if !defined(SWIFT_CLASS)
#define SWIFT_CLASS(SWIFT_NAME) __attribute__((objc_runtime_name(SWIFT_NAME))) __attribute__((objc_subclassing_restricted))
#endif
#if !defined(SWIFT_PROTOCOL_NAMED)
#define SWIFT_PROTOCOL_NAMED(SWIFT_NAME) __attribute__((swift_name(SWIFT_NAME)))
#endif
#if !defined(OBJC_DESIGNATED_INITIALIZER)
#define OBJC_DESIGNATED_INITIALIZER __attribute__((objc_designated_initializer))
#endif

@class SentryEnvelope;
@class SentryDsn;

SWIFT_PROTOCOL_NAMED("RequestManager")
@protocol SentryRequestManager <NSObject>
@property (nonatomic, readonly) BOOL isReady;
- (void)addRequest:(NSURLRequest * _Nonnull)request completionHandler:(SentryRequestOperationFinished _Nullable)completionHandler;
@end

SWIFT_CLASS("_TtC6Sentry19SentryThreadWrapper")
@interface SentryThreadWrapper : NSObject
- (void)sleepForTimeInterval:(NSTimeInterval)timeInterval;
- (void)threadStarted:(NSUUID * _Nonnull)threadID;
- (void)threadFinished:(NSUUID * _Nonnull)threadID;
- (nonnull instancetype)init OBJC_DESIGNATED_INITIALIZER;
@end

SWIFT_CLASS("_TtC6Sentry25SentryNSURLRequestBuilder")
@interface SentryNSURLRequestBuilder : NSObject
- (NSURLRequest * _Nullable)createEnvelopeRequest:(SentryEnvelope * _Nonnull)envelope dsn:(SentryDsn * _Nonnull)dsn error:(NSError * _Nullable * _Nullable)error;
- (NSURLRequest * _Nullable)createEnvelopeRequest:(SentryEnvelope * _Nonnull)envelope url:(NSURL * _Nonnull)url error:(NSError * _Nullable * _Nullable)error;
- (nonnull instancetype)init OBJC_DESIGNATED_INITIALIZER;
@end
