/*
 * MangoPatchLoader.h: fetch, verify and apply MangoFix patches published by `mangopy release`.
 * Part of mangopy; write it with `mangopy sdk loader --out DIR`; see docs/releasing.md
 * ("The app side").  The implementation (MangoPatchLoader.m) compiles with or without ARC, with
 * clang on Apple platforms (Security framework + CommonCrypto) and with GCC + GNUstep Base +
 * OpenSSL (libcrypto) elsewhere, which is how mangopy's tests run it.
 *
 * Typical use (AppDelegate):
 *
 *     loader = [[MangoPatchLoader alloc] initWithIndexURL:url appVersion:nil build:nil
 *                                               osVersion:nil installId:nil stateDirectory:nil];
 *     loader.publicKeys = @{@"1f2e3d4c5b6a7988": @"BDi...", @"<next key id>": @"BF0..."};
 *     loader.aesKey = @"...";              // only for encrypted packages
 *     [loader applyCachedPatch];           // first thing in application:didFinishLaunching...
 *     dispatch_async(background, ^{ [loader checkForUpdates]; });
 *     ... once the app is known to be healthy (first screen shown, a few seconds later):
 *     [loader markHealthy];
 */

#import <Foundation/Foundation.h>

#if defined(__has_feature)
#if __has_feature(objc_arc)
#define MANGO_PATCH_LOADER_UNRETAINED __unsafe_unretained
#endif
#endif
#ifndef MANGO_PATCH_LOADER_UNRETAINED
#define MANGO_PATCH_LOADER_UNRETAINED
#endif

@class MangoPatchLoader;

/* Optional: receives scripts and log lines.  With neither a delegate that implements
 * -patchLoader:evaluateScript:patchId: nor a scriptHandler block, the loader creates MangoFix's
 * MFContext (found at run time: no header needed) with `aesKey` and evaluates the script. */
@protocol MangoPatchLoaderDelegate <NSObject>
@optional
- (void)patchLoader:(MangoPatchLoader *)loader evaluateScript:(NSString *)script patchId:(NSString *)patchId;
- (void)patchLoader:(MangoPatchLoader *)loader log:(NSString *)message;
@end

#if defined(__BLOCKS__)
typedef void (^MangoPatchScriptHandler)(NSString *script, NSString *patchId);
typedef void (^MangoPatchLogHandler)(NSString *message);
#endif

@interface MangoPatchLoader : NSObject {
@private
    NSURL *_indexURL;
    NSString *_appVersion;
    NSString *_build;
    NSString *_osVersion;
    NSString *_installId;
    NSString *_stateDirectory;
    NSString *_bundleIdentifier;
    NSDictionary *_publicKeys;
    NSString *_aesKey;
    NSUInteger _maxCrashes;
    NSDate *_currentDate;
    MANGO_PATCH_LOADER_UNRETAINED id<MangoPatchLoaderDelegate> _delegate;
    NSString *_lastResult;
    NSMutableArray *_log;
    NSString *_appliedPatchId;
#if defined(__BLOCKS__)
    MangoPatchScriptHandler _scriptHandler;
    MangoPatchLogHandler _logHandler;
#endif
}

/* nil arguments take the defaults: appVersion and build from the main bundle's Info.plist
 * (CFBundleShortVersionString, CFBundleVersion), osVersion from UIDevice (iOS) or the process
 * info, installId a random UUID kept in the state directory, stateDirectory
 * Library/Application Support/MangoPatchLoader.  The index URL is the release's index.json. */
- (id)initWithIndexURL:(NSURL *)indexURL
            appVersion:(NSString *)appVersion
                 build:(NSString *)build
             osVersion:(NSString *)osVersion
             installId:(NSString *)installId
        stateDirectory:(NSString *)stateDirectory;

/* Pinned keys: key id (16 hex digits) -> base64 of the 65-byte X9.63 point (`mangopy keys
 * generate` prints both).  Pin the current key and the next one.  An entry whose id does not
 * match its point is ignored. */
@property (nonatomic, copy) NSDictionary *publicKeys;
/* The MangoFix AES-128 key string, for encrypted packages (and the default MFContext). */
@property (nonatomic, copy) NSString *aesKey;
/* The index's "app" must equal this; default: the main bundle's identifier (nil: not checked). */
@property (nonatomic, copy) NSString *bundleIdentifier;
/* Launches that end before -markHealthy after which a patch is disabled on this device (2). */
@property (nonatomic, assign) NSUInteger maxCrashes;
/* The clock used for `expires` (nil: now).  For tests. */
@property (nonatomic, copy) NSDate *currentDate;
@property (nonatomic, assign) id<MangoPatchLoaderDelegate> delegate;
#if defined(__BLOCKS__)
@property (nonatomic, copy) MangoPatchScriptHandler scriptHandler;
@property (nonatomic, copy) MangoPatchLogHandler logHandler;
#endif

@property (nonatomic, readonly) NSURL *indexURL;
@property (nonatomic, readonly) NSString *appVersion;
@property (nonatomic, readonly) NSString *build;
@property (nonatomic, readonly) NSString *osVersion;
@property (nonatomic, readonly) NSString *installId;
@property (nonatomic, readonly) NSString *stateDirectory;
/* What the last call did, one line: "applied <id>", "scheduled <id>", "unchanged <id>", "none",
 * "disabled <id>[: crashed N times]", "dropped <id>: ...", "rejected: <reason>" (the index),
 * "rejected <id>: <reason> (kept <previous id>)" (the blob), "fetch failed: ...", "healthy <id>". */
@property (nonatomic, readonly) NSString *lastResult;
/* Every log line of the last call (the delegate / logHandler see them as they come). */
@property (nonatomic, readonly) NSArray *lastLog;
/* The patch evaluated by this process (nil: none). */
@property (nonatomic, readonly) NSString *appliedPatchId;

/* At launch: counts a crash if the last applied patch was never marked healthy, disables it after
 * maxCrashes such launches, otherwise applies the last verified patch (checked again against this
 * app version, build and OS, and its stored bytes against their SHA-256).  YES if a patch ran. */
- (BOOL)applyCachedPatch;
/* Synchronous (call it off the main thread): fetches and verifies the index, selects the patch
 * for this install, downloads and verifies its blob, keeps it, and applies it now ("immediate")
 * or at the next launch ("next-launch").  Anything rejected keeps the previous patch.  YES if
 * the index verified. */
- (BOOL)checkForUpdates;
/* The app ran well with the applied patch: clears the crash guard's marker and count. */
- (void)markHealthy;

/* The fetcher: override to use your own networking.  nil on failure. */
- (NSData *)fetchURL:(NSURL *)url error:(NSString **)error;

/* The rollout algorithm (docs/releasing.md): the bucket in 0..9999, and whether it takes it. */
+ (NSUInteger)bucketForInstallId:(NSString *)installId patchId:(NSString *)patchId salt:(NSString *)salt;
+ (BOOL)rolloutTakesInstallId:(NSString *)installId patchId:(NSString *)patchId salt:(NSString *)salt
                      percent:(double)percent;
/* -1, 0, 1: dotted versions compared numerically, missing components 0. */
+ (NSComparisonResult)compareVersion:(NSString *)a with:(NSString *)b;
/* The key id of a base64 X9.63 point: first 16 hex digits of its SHA-256 (nil if not 65 bytes). */
+ (NSString *)keyIdForPublicKey:(NSString *)base64Point;
@end
