/*
 * MangoPatchLoader.m: the app side of `mangopy release` (docs/releasing.md).  Part of mangopy;
 * write it with `mangopy sdk loader --out DIR`.
 *
 * Fetches the release's signed index.json, verifies it (ECDSA P-256 / SHA-256 over the payload
 * bytes, against pinned keys), refuses a lower version than the highest seen and an expired
 * index, selects the patch for this install (app version, build, OS range, rollout bucket,
 * revocations, the crash guard; the last listed wins), downloads its blob, checks its size and
 * SHA-256, decrypts it (AES-128-ECB, the MangoFix package format) and hands the script to
 * MangoFix.  Anything rejected keeps the previous patch.  State (highest version, the verified
 * patch and its blob, the crash guard) lives in the state directory.
 *
 * Apple platforms: Security framework (SecKeyCreateWithData, SecKeyVerifySignature) and
 * CommonCrypto; link Security.framework.  Elsewhere: OpenSSL's libcrypto (-lcrypto).  Compiles
 * with or without ARC, and with GCC's Objective-C compiler (no blocks, no literals).
 *
 * Tested by mangopy's test suite on Debian 12 with GCC 12 (gobjc), GNUstep Base 1.28 and
 * OpenSSL 3 against a local HTTP server (tests/release/test_loader.py).  NOT tested there:
 * everything under `#if defined(__APPLE__)` (Security framework, CommonCrypto, NSURLSession,
 * UIDevice) and the block-based handlers (GCC has no blocks).
 */

#import "MangoPatchLoader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#if defined(__APPLE__)
#include <TargetConditionals.h>
#include <CommonCrypto/CommonDigest.h>
#include <CommonCrypto/CommonCryptor.h>
#include <Security/Security.h>
#if TARGET_OS_IPHONE
#import <UIKit/UIKit.h>
#endif
#else
#include <openssl/evp.h>
#include <openssl/x509.h>
#endif

#ifndef __has_feature
#define __has_feature(x) 0
#endif

#if __has_feature(objc_arc)
#define MPL_RETAIN(x) (x)
#define MPL_RELEASE(x) ((void)0)
#define MPL_AUTORELEASE(x) (x)
#define MPL_BRIDGE __bridge
#define MPL_POOL_BEGIN @autoreleasepool {
#define MPL_POOL_END }
#else
#define MPL_RETAIN(x) [(x) retain]
#define MPL_RELEASE(x) [(x) release]
#define MPL_AUTORELEASE(x) [(x) autorelease]
#define MPL_BRIDGE
#define MPL_POOL_BEGIN { NSAutoreleasePool *mpl_pool = [[NSAutoreleasePool alloc] init];
#define MPL_POOL_END [mpl_pool drain]; }
#endif

#define MPL_STATE_FILE @"state.json" /* highest version, current patch, disabled ids */
#define MPL_GUARD_FILE @"guard.json" /* the crash guard: pending marker, crash counts */
#define MPL_BLOBS_DIR @"blobs"
#define MPL_MAX_INDEX_BYTES (8 * 1024 * 1024)

/* MangoFix's MFContext, found at run time (the app links MangoFix; this file needs no header).
 * Older SDKs evaluate source strings; current ones take AES-128 packages. */
@protocol MPLMangoContext
- (id)initWithAES128Key:(NSString *)key iv:(NSString *)iv;
- (void)evalMangoScriptWithSourceString:(NSString *)sourceString;
- (void)evalMangoScriptWithAES128Data:(NSData *)scriptData;
@end

/* --------------------------------------------------------------------------------- crypto */

static NSData *mpl_sha256(NSData *data) {
    unsigned char md[32];
#if defined(__APPLE__)
    CC_SHA256([data bytes], (CC_LONG)[data length], md);
#else
    unsigned int len = 0;
    if (EVP_Digest([data bytes], [data length], md, &len, EVP_sha256(), NULL) != 1 || len != 32) return nil;
#endif
    return [NSData dataWithBytes:md length:32];
}

static NSString *mpl_hex(NSData *data) {
    static const char digits[] = "0123456789abcdef";
    const unsigned char *bytes = (const unsigned char *)[data bytes];
    NSUInteger n = [data length];
    char *out = (char *)malloc(n * 2 + 1);
    NSUInteger i;
    if (out == NULL) return nil;
    for (i = 0; i < n; i++) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 15];
    }
    out[2 * n] = '\0';
    NSString *hex = [NSString stringWithUTF8String:out];
    free(out);
    return hex;
}

/* ECDSA P-256 / SHA-256 (DER signature) over `message` with the 65-byte X9.63 point. */
static BOOL mpl_verify(NSData *point, NSData *message, NSData *signature) {
    if ([point length] != 65 || ((const unsigned char *)[point bytes])[0] != 4) return NO;
#if defined(__APPLE__)
    NSDictionary *attributes = [NSDictionary dictionaryWithObjectsAndKeys:
        (MPL_BRIDGE id)kSecAttrKeyTypeECSECPrimeRandom, (MPL_BRIDGE id)kSecAttrKeyType,
        (MPL_BRIDGE id)kSecAttrKeyClassPublic, (MPL_BRIDGE id)kSecAttrKeyClass,
        [NSNumber numberWithInt:256], (MPL_BRIDGE id)kSecAttrKeySizeInBits, nil];
    CFErrorRef error = NULL;
    SecKeyRef key = SecKeyCreateWithData((MPL_BRIDGE CFDataRef)point, (MPL_BRIDGE CFDictionaryRef)attributes, &error);
    if (key == NULL) {
        if (error != NULL) CFRelease(error);
        return NO;
    }
    Boolean ok = SecKeyVerifySignature(key, kSecKeyAlgorithmECDSASignatureMessageX962SHA256,
                                       (MPL_BRIDGE CFDataRef)message, (MPL_BRIDGE CFDataRef)signature, &error);
    if (error != NULL) CFRelease(error);
    CFRelease(key);
    return ok ? YES : NO;
#else
    /* SubjectPublicKeyInfo for id-ecPublicKey / prime256v1, then the point. */
    static const unsigned char prefix[26] = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48,
                                             0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48,
                                             0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00};
    unsigned char der[91];
    const unsigned char *p = der;
    EVP_PKEY *key;
    EVP_MD_CTX *ctx;
    int rc = 0;
    memcpy(der, prefix, sizeof prefix);
    memcpy(der + sizeof prefix, [point bytes], 65);
    key = d2i_PUBKEY(NULL, &p, (long)sizeof der);
    if (key == NULL) return NO;
    ctx = EVP_MD_CTX_new();
    if (ctx != NULL && EVP_DigestVerifyInit(ctx, NULL, EVP_sha256(), NULL, key) == 1 &&
        EVP_DigestVerifyUpdate(ctx, [message bytes], [message length]) == 1) {
        rc = EVP_DigestVerifyFinal(ctx, (const unsigned char *)[signature bytes], [signature length]);
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return rc == 1;
#endif
}

/* The MangoFix key bytes: the key string's UTF-8, cut or zero-padded to 16 (docs/packaging.md). */
static void mpl_key_bytes(NSString *key, unsigned char out[16]) {
    const char *utf8 = [key UTF8String];
    size_t n = utf8 ? strlen(utf8) : 0;
    memset(out, 0, 16);
    memcpy(out, utf8, n < 16 ? n : 16);
}

/* AES-128-ECB with PKCS#7 padding; nil if the padding does not check out. */
static NSData *mpl_aes(NSData *input, NSString *key, BOOL encrypt) {
    unsigned char keyBytes[16];
    NSMutableData *output = [NSMutableData dataWithLength:[input length] + 16];
    mpl_key_bytes(key, keyBytes);
    if (!encrypt && ([input length] == 0 || [input length] % 16 != 0)) return nil;
#if defined(__APPLE__)
    size_t written = 0;
    CCCryptorStatus status = CCCrypt(encrypt ? kCCEncrypt : kCCDecrypt, kCCAlgorithmAES128,
                                     kCCOptionPKCS7Padding | kCCOptionECBMode, keyBytes, kCCKeySizeAES128, NULL,
                                     [input bytes], [input length], [output mutableBytes], [output length], &written);
    if (status != kCCSuccess) return nil;
    [output setLength:written];
    return output;
#else
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = 0, ok;
    unsigned char *out = (unsigned char *)[output mutableBytes];
    if (ctx == NULL) return nil;
    ok = EVP_CipherInit_ex(ctx, EVP_aes_128_ecb(), NULL, keyBytes, NULL, encrypt ? 1 : 0) == 1 &&
         EVP_CipherUpdate(ctx, out, &len, (const unsigned char *)[input bytes], (int)[input length]) == 1;
    total = len;
    ok = ok && EVP_CipherFinal_ex(ctx, out + total, &len) == 1;
    total += len;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) return nil;
    [output setLength:(NSUInteger)total];
    return output;
#endif
}

/* ------------------------------------------------------------------------------- helpers */

/* Typed lookups.  The value is retained and autoreleased: it outlives its removal from a mutable
 * state dictionary (without ARC). */
static id mpl_get(id dict, NSString *key, Class cls) {
    id value = [dict isKindOfClass:[NSDictionary class]] ? [dict objectForKey:key] : nil;
    return [value isKindOfClass:cls] ? MPL_AUTORELEASE(MPL_RETAIN(value)) : nil;
}

static NSString *mpl_string(id dict, NSString *key) {
    return mpl_get(dict, key, [NSString class]);
}

static NSNumber *mpl_number(id dict, NSString *key) {
    return mpl_get(dict, key, [NSNumber class]);
}

static NSArray *mpl_array(id dict, NSString *key) {
    return mpl_get(dict, key, [NSArray class]);
}

static NSDictionary *mpl_dict(id dict, NSString *key) {
    return mpl_get(dict, key, [NSDictionary class]);
}

static NSData *mpl_base64(NSString *text) {
    if (text == nil) return nil;
    return MPL_AUTORELEASE([[NSData alloc] initWithBase64EncodedString:text options:0]);
}

/* RFC 3339 UTC ("2027-01-15T00:00:00Z", fractions and "+00:00" accepted); nil otherwise. */
static NSDate *mpl_parse_date(NSString *text) {
    const char *s = [text UTF8String];
    struct tm tm;
    int year, month, day, hour, minute, consumed = 0;
    double second;
    time_t t;
    if (s == NULL) return nil;
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%lf%n", &year, &month, &day, &hour, &minute, &second, &consumed) != 6) {
        return nil;
    }
    s += consumed;
    if (!(strcmp(s, "Z") == 0 || strcmp(s, "z") == 0 || strcmp(s, "+00:00") == 0)) return nil;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = 0;
    t = timegm(&tm);
    return [NSDate dateWithTimeIntervalSince1970:(double)t + second];
}

/* A version component: its digits' value, 0 if it is not all digits ("13", "4", "0"). */
static long long mpl_component(NSString *part) {
    NSString *trimmed = [part stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceCharacterSet]];
    NSUInteger i;
    if ([trimmed length] == 0) return 0;
    for (i = 0; i < [trimmed length]; i++) {
        unichar c = [trimmed characterAtIndex:i];
        if (c < '0' || c > '9') return 0;
    }
    return [trimmed longLongValue];
}

static NSString *mpl_describe(id value) {
    if (value == nil || value == [NSNull null]) return @"null";
    return [value description];
}

/* ---------------------------------------------------------------------------------- class */

@interface MangoPatchLoader (Private)
- (void)log:(NSString *)message;
- (void)begin;
- (BOOL)finish:(NSString *)result returning:(BOOL)value;
- (NSMutableDictionary *)loadState;
- (void)saveState:(NSDictionary *)state;
- (NSMutableDictionary *)loadGuard;
- (void)saveGuard:(NSDictionary *)guard;
- (NSString *)blobPath:(NSString *)sha256;
- (NSString *)targetMismatch:(NSDictionary *)patch;
- (NSString *)scriptFromBlob:(NSData *)blob patch:(NSDictionary *)patch reason:(NSString **)reason;
- (BOOL)apply:(NSString *)script blob:(NSData *)blob patch:(NSDictionary *)patch state:(NSMutableDictionary *)state;
- (NSDictionary *)verifiedPayload:(NSData *)raw reason:(NSString **)reason;
- (BOOL)evaluate:(NSString *)script blob:(NSData *)blob patch:(NSDictionary *)patch;
- (BOOL)checkPayload:(NSDictionary *)payload;
- (BOOL)applyCachedPatchLocked;
@end

static NSMutableArray *mpl_contexts; /* MangoFix contexts stay alive with their patches */
static NSObject *mpl_guard_lock;     /* guard.json's lock */

@implementation MangoPatchLoader

@synthesize publicKeys = _publicKeys;
@synthesize aesKey = _aesKey;
@synthesize bundleIdentifier = _bundleIdentifier;
@synthesize maxCrashes = _maxCrashes;
@synthesize currentDate = _currentDate;
@synthesize delegate = _delegate;
#if defined(__BLOCKS__)
@synthesize scriptHandler = _scriptHandler;
@synthesize logHandler = _logHandler;
#endif
@synthesize indexURL = _indexURL;
@synthesize appVersion = _appVersion;
@synthesize build = _build;
@synthesize osVersion = _osVersion;
@synthesize installId = _installId;
@synthesize stateDirectory = _stateDirectory;
@synthesize lastResult = _lastResult;
@synthesize appliedPatchId = _appliedPatchId;

+ (void)initialize {
    if (self == [MangoPatchLoader class] && mpl_guard_lock == nil) mpl_guard_lock = [[NSObject alloc] init];
}

- (id)initWithIndexURL:(NSURL *)indexURL
            appVersion:(NSString *)appVersion
                 build:(NSString *)build
             osVersion:(NSString *)osVersion
             installId:(NSString *)installId
        stateDirectory:(NSString *)stateDirectory {
    self = [super init];
    if (self == nil) return nil;
    NSDictionary *info = [[NSBundle mainBundle] infoDictionary];
    if (appVersion == nil) appVersion = mpl_string(info, @"CFBundleShortVersionString");
    if (build == nil) build = mpl_string(info, @"CFBundleVersion");
    if (osVersion == nil) {
#if defined(__APPLE__) && TARGET_OS_IPHONE
        osVersion = [[UIDevice currentDevice] systemVersion];
#elif defined(__APPLE__)
        NSOperatingSystemVersion v = [[NSProcessInfo processInfo] operatingSystemVersion];
        osVersion = [NSString stringWithFormat:@"%ld.%ld.%ld", (long)v.majorVersion, (long)v.minorVersion,
                                               (long)v.patchVersion];
#else
        osVersion = @"0";
#endif
    }
    if (stateDirectory == nil) {
        NSArray *dirs = NSSearchPathForDirectoriesInDomains(NSApplicationSupportDirectory, NSUserDomainMask, YES);
        NSString *base = [dirs count] ? [dirs objectAtIndex:0] : NSTemporaryDirectory();
        stateDirectory = [base stringByAppendingPathComponent:@"MangoPatchLoader"];
    }
    _indexURL = MPL_RETAIN(indexURL);
    _appVersion = [appVersion copy];
    _build = [build copy];
    _osVersion = [osVersion copy];
    _stateDirectory = [stateDirectory copy];
    _bundleIdentifier = [[[NSBundle mainBundle] bundleIdentifier] copy];
    _maxCrashes = 2;
    _log = [[NSMutableArray alloc] init];
    [[NSFileManager defaultManager] createDirectoryAtPath:[stateDirectory stringByAppendingPathComponent:MPL_BLOBS_DIR]
                              withIntermediateDirectories:YES
                                               attributes:nil
                                                    error:NULL];
    if (installId == nil) {
        NSString *path = [stateDirectory stringByAppendingPathComponent:@"install_id"];
        installId = [NSString stringWithContentsOfFile:path encoding:NSUTF8StringEncoding error:NULL];
        if ([installId length] == 0) {
            installId = [[NSProcessInfo processInfo] globallyUniqueString];
            [installId writeToFile:path atomically:YES encoding:NSUTF8StringEncoding error:NULL];
        }
    }
    _installId = [installId copy];
    return self;
}

#if !__has_feature(objc_arc)
- (void)dealloc {
    [_indexURL release];
    [_appVersion release];
    [_build release];
    [_osVersion release];
    [_installId release];
    [_stateDirectory release];
    [_bundleIdentifier release];
    [_publicKeys release];
    [_aesKey release];
    [_currentDate release];
    [_lastResult release];
    [_log release];
    [_appliedPatchId release];
#if defined(__BLOCKS__)
    [_scriptHandler release];
    [_logHandler release];
#endif
    [super dealloc];
}
#endif

- (NSArray *)lastLog {
    return [NSArray arrayWithArray:_log];
}

/* ----------------------------------------------------------------------- class algorithms */

+ (NSUInteger)bucketForInstallId:(NSString *)installId patchId:(NSString *)patchId salt:(NSString *)salt {
    NSString *joined = [NSString stringWithFormat:@"%@\n%@\n%@", installId, patchId, salt];
    NSData *digest = mpl_sha256([joined dataUsingEncoding:NSUTF8StringEncoding]);
    const unsigned char *h = (const unsigned char *)[digest bytes];
    unsigned long long value = 0;
    int i;
    for (i = 0; i < 8; i++) value = (value << 8) | h[i];
    return (NSUInteger)(value % 10000ULL);
}

+ (BOOL)rolloutTakesInstallId:(NSString *)installId patchId:(NSString *)patchId salt:(NSString *)salt
                      percent:(double)percent {
    long long threshold = llround(percent * 100.0);
    return (long long)[self bucketForInstallId:installId patchId:patchId salt:salt] < threshold;
}

+ (NSComparisonResult)compareVersion:(NSString *)a with:(NSString *)b {
    NSArray *x = [a componentsSeparatedByString:@"."];
    NSArray *y = [b componentsSeparatedByString:@"."];
    NSUInteger n = [x count] > [y count] ? [x count] : [y count];
    NSUInteger i;
    for (i = 0; i < n; i++) {
        long long p = i < [x count] ? mpl_component([x objectAtIndex:i]) : 0;
        long long q = i < [y count] ? mpl_component([y objectAtIndex:i]) : 0;
        if (p < q) return NSOrderedAscending;
        if (p > q) return NSOrderedDescending;
    }
    return NSOrderedSame;
}

+ (NSString *)keyIdForPublicKey:(NSString *)base64Point {
    NSData *point = mpl_base64(base64Point);
    if ([point length] != 65) return nil;
    return [mpl_hex(mpl_sha256(point)) substringToIndex:16];
}

/* -------------------------------------------------------------------------------- logging */

- (void)log:(NSString *)message {
    [_log addObject:message];
    BOOL delivered = NO;
#if defined(__BLOCKS__)
    if (_logHandler != nil) {
        _logHandler(message);
        delivered = YES;
    }
#endif
    if (_delegate != nil && [_delegate respondsToSelector:@selector(patchLoader:log:)]) {
        [_delegate patchLoader:self log:message];
        delivered = YES;
    }
    if (!delivered) NSLog(@"MangoPatchLoader: %@", message);
}

- (void)begin {
    [_log removeAllObjects];
}

- (BOOL)finish:(NSString *)result returning:(BOOL)value {
    NSString *old = _lastResult;
    _lastResult = [result copy];
    MPL_RELEASE(old);
    [self log:result];
    return value;
}

/* ---------------------------------------------------------------------------------- state */

/* Two files: state.json (written by applyCachedPatch and checkForUpdates, under the loader's lock)
 * and guard.json (also written by markHealthy, under a short lock of its own, so that a check in
 * progress on another thread neither blocks markHealthy nor overwrites what it did). */
- (NSMutableDictionary *)loadFile:(NSString *)name {
    NSData *data = [NSData dataWithContentsOfFile:[_stateDirectory stringByAppendingPathComponent:name]];
    id doc = data ? [NSJSONSerialization JSONObjectWithData:data options:NSJSONReadingMutableContainers error:NULL]
                  : nil;
    return [doc isKindOfClass:[NSMutableDictionary class]] ? doc : [NSMutableDictionary dictionary];
}

- (void)saveFile:(NSString *)name object:(NSDictionary *)doc {
    NSData *data = [NSJSONSerialization dataWithJSONObject:doc options:0 error:NULL];
    if (data == nil || ![data writeToFile:[_stateDirectory stringByAppendingPathComponent:name] atomically:YES]) {
        [self log:[NSString stringWithFormat:@"cannot write %@", name]];
    }
}

- (NSMutableDictionary *)loadState {
    NSMutableDictionary *state = [self loadFile:MPL_STATE_FILE];
    if (![[state objectForKey:@"disabled"] isKindOfClass:[NSMutableArray class]]) {
        [state setObject:[NSMutableArray array] forKey:@"disabled"];
    }
    return state;
}

- (void)saveState:(NSDictionary *)state {
    [self saveFile:MPL_STATE_FILE object:state];
}

- (NSMutableDictionary *)loadGuard {
    NSMutableDictionary *guard = [self loadFile:MPL_GUARD_FILE];
    if (![[guard objectForKey:@"crashes"] isKindOfClass:[NSMutableDictionary class]]) {
        [guard setObject:[NSMutableDictionary dictionary] forKey:@"crashes"];
    }
    return guard;
}

- (void)saveGuard:(NSDictionary *)guard {
    [self saveFile:MPL_GUARD_FILE object:guard];
}

- (NSString *)blobPath:(NSString *)sha256 {
    return [[_stateDirectory stringByAppendingPathComponent:MPL_BLOBS_DIR] stringByAppendingPathComponent:sha256];
}

/* -------------------------------------------------------------------------------- network */

- (NSData *)fetchURL:(NSURL *)url error:(NSString **)error {
#if defined(__APPLE__)
    if (![[url scheme] isEqualToString:@"file"]) {
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url
                                                               cachePolicy:NSURLRequestReloadIgnoringLocalCacheData
                                                           timeoutInterval:30];
        __block NSData *body = nil;
        __block NSString *failure = nil;
        dispatch_semaphore_t done = dispatch_semaphore_create(0);
        NSURLSessionDataTask *task = [[NSURLSession sharedSession]
            dataTaskWithRequest:request
              completionHandler:^(NSData *data, NSURLResponse *response, NSError *taskError) {
                  NSInteger status = [response isKindOfClass:[NSHTTPURLResponse class]]
                                         ? [(NSHTTPURLResponse *)response statusCode]
                                         : 200;
                  if (taskError != nil) {
                      failure = MPL_RETAIN([taskError localizedDescription]);
                  } else if (status != 200) {
                      failure = MPL_RETAIN(([NSString stringWithFormat:@"HTTP %ld", (long)status]));
                  } else {
                      body = MPL_RETAIN(data);
                  }
                  dispatch_semaphore_signal(done);
              }];
        [task resume];
        dispatch_semaphore_wait(done, DISPATCH_TIME_FOREVER);
#if !__has_feature(objc_arc)
        dispatch_release(done);
#endif
        if (error != NULL) *error = MPL_AUTORELEASE(failure);
        else MPL_RELEASE(failure);
        return MPL_AUTORELEASE(body);
    }
    NSError *readError = nil;
    NSData *data = [NSData dataWithContentsOfURL:url options:0 error:&readError];
    if (data == nil && error != NULL) *error = [readError localizedDescription];
    return data;
#else
    /* GNUstep: a URL made relative to another is fetched as its base by the URL handle cache,
     * and the cache would serve a stale index: an absolute URL, uncached. */
    NSURL *absolute = [NSURL URLWithString:[url absoluteString]];
    NSData *data = [[url scheme] isEqualToString:@"file"] ? [NSData dataWithContentsOfURL:absolute]
                                                          : [absolute resourceDataUsingCache:NO];
    if (data == nil && error != NULL) *error = [NSString stringWithFormat:@"cannot read %@", [url absoluteString]];
    return data;
#endif
}

/* ---------------------------------------------------------------------------- verification */

- (NSDictionary *)verifiedPayload:(NSData *)raw reason:(NSString **)reason {
    id envelope = [NSJSONSerialization JSONObjectWithData:raw options:0 error:NULL];
    NSData *payload = mpl_base64(mpl_string(envelope, @"payload"));
    NSArray *signatures = mpl_array(envelope, @"signatures");
    if (payload == nil || signatures == nil) {
        *reason = @"not a signed index";
        return nil;
    }
    BOOL knownKey = NO, verified = NO;
    NSString *keyId = nil;
    NSEnumerator *e = [signatures objectEnumerator];
    id entry;
    while (!verified && (entry = [e nextObject]) != nil) {
        NSString *candidate = mpl_string(entry, @"keyid");
        NSString *pinned = candidate ? mpl_string(_publicKeys, candidate) : nil;
        if (pinned == nil) continue;
        if (![[MangoPatchLoader keyIdForPublicKey:pinned] isEqualToString:candidate]) {
            [self log:[NSString stringWithFormat:@"pinned key %@ does not match its point: ignored", candidate]];
            continue;
        }
        knownKey = YES;
        NSData *signature = mpl_base64(mpl_string(entry, @"sig"));
        if (signature != nil && mpl_verify(mpl_base64(pinned), payload, signature)) {
            verified = YES;
            keyId = candidate;
        }
    }
    if (!knownKey) {
        *reason = @"unknown key (no signature by a pinned key)";
        return nil;
    }
    if (!verified) {
        *reason = @"bad signature";
        return nil;
    }
    id doc = [NSJSONSerialization JSONObjectWithData:payload options:0 error:NULL];
    if (![doc isKindOfClass:[NSDictionary class]]) {
        *reason = @"the payload is not a JSON object";
        return nil;
    }
    [self log:[NSString stringWithFormat:@"signature verified with key %@", keyId]];
    return doc;
}

/* nil if the patch targets this install (app version, build, OS); otherwise why not. */
- (NSString *)targetMismatch:(NSDictionary *)patch {
    NSDictionary *target = mpl_dict(patch, @"target");
    NSString *appVersion = mpl_string(target, @"app_version");
    NSArray *builds = mpl_array(target, @"builds");
    NSString *osMin = mpl_string(target, @"os_min");
    NSString *osMax = mpl_string(target, @"os_max");
    if (target == nil) return @"no target";
    if (appVersion == nil || ![appVersion isEqualToString:_appVersion ? _appVersion : @""]) {
        return [NSString stringWithFormat:@"app version %@ (this app: %@)", mpl_describe(appVersion),
                                          mpl_describe(_appVersion)];
    }
    BOOL buildFound = NO;
    NSEnumerator *e = [builds objectEnumerator];
    id b;
    while ((b = [e nextObject]) != nil) {
        if (_build != nil && [[b description] isEqualToString:_build]) buildFound = YES;
    }
    if (!buildFound) {
        return [NSString stringWithFormat:@"build (this app: %@; targets %@)", mpl_describe(_build),
                                          builds ? [builds componentsJoinedByString:@","] : @"none"];
    }
    if (osMin != nil && [MangoPatchLoader compareVersion:_osVersion with:osMin] == NSOrderedAscending) {
        return [NSString stringWithFormat:@"OS %@ below %@", _osVersion, osMin];
    }
    if (osMax != nil && [MangoPatchLoader compareVersion:_osVersion with:osMax] == NSOrderedDescending) {
        return [NSString stringWithFormat:@"OS %@ above %@", _osVersion, osMax];
    }
    return nil;
}

/* The script of a verified blob (decrypted when the patch is encrypted); nil and a reason. */
- (NSString *)scriptFromBlob:(NSData *)blob patch:(NSDictionary *)patch reason:(NSString **)reason {
    NSData *bytes = blob;
    if ([mpl_number(patch, @"encrypted") boolValue]) {
        if (_aesKey == nil) {
            *reason = @"encrypted, and no aesKey set";
            return nil;
        }
        bytes = mpl_aes(blob, _aesKey, NO);
        if (bytes == nil) {
            *reason = @"cannot decrypt (wrong aesKey?)";
            return nil;
        }
    }
    NSString *script = MPL_AUTORELEASE([[NSString alloc] initWithData:bytes encoding:NSUTF8StringEncoding]);
    if (script == nil) *reason = @"the script is not UTF-8";
    return script;
}

/* ------------------------------------------------------------------------------- applying */

- (BOOL)evaluate:(NSString *)script blob:(NSData *)blob patch:(NSDictionary *)patch {
    NSString *patchId = mpl_string(patch, @"id");
#if defined(__BLOCKS__)
    if (_scriptHandler != nil) {
        _scriptHandler(script, patchId);
        return YES;
    }
#endif
    if (_delegate != nil && [_delegate respondsToSelector:@selector(patchLoader:evaluateScript:patchId:)]) {
        [_delegate patchLoader:self evaluateScript:script patchId:patchId];
        return YES;
    }
    Class cls = NSClassFromString(@"MFContext");
    if (cls == Nil) {
        [self log:@"MangoFix's MFContext is not linked into the app: nothing evaluated"];
        return NO;
    }
    NSString *key = _aesKey ? _aesKey : @"";
    id context = [(id<MPLMangoContext>)[cls alloc] initWithAES128Key:key iv:@""];
    if (context == nil) return NO;
    if ([context respondsToSelector:@selector(evalMangoScriptWithSourceString:)]) {
        [context evalMangoScriptWithSourceString:script];
    } else if ([context respondsToSelector:@selector(evalMangoScriptWithAES128Data:)]) {
        NSData *package = [mpl_number(patch, @"encrypted") boolValue]
                              ? blob
                              : mpl_aes([script dataUsingEncoding:NSUTF8StringEncoding], key, YES);
        [context evalMangoScriptWithAES128Data:package];
    } else {
        [self log:@"MFContext has no evalMangoScriptWithSourceString: or evalMangoScriptWithAES128Data:"];
        MPL_RELEASE(context);
        return NO;
    }
    @synchronized([MangoPatchLoader class]) {
        if (mpl_contexts == nil) mpl_contexts = [[NSMutableArray alloc] init];
        [mpl_contexts addObject:context];
    }
    MPL_RELEASE(context);
    return YES;
}

/* Arms the crash guard, then evaluates. */
- (BOOL)apply:(NSString *)script blob:(NSData *)blob patch:(NSDictionary *)patch state:(NSMutableDictionary *)state {
    NSString *patchId = mpl_string(patch, @"id");
    @synchronized(mpl_guard_lock) {
        NSMutableDictionary *guard = [self loadGuard];
        [guard setObject:patchId forKey:@"pending"];
        [self saveGuard:guard];
    }
    if (![self evaluate:script blob:blob patch:patch]) return NO;
    NSString *old = _appliedPatchId;
    _appliedPatchId = [patchId copy];
    MPL_RELEASE(old);
    return YES;
}

- (BOOL)applyCachedPatch {
    BOOL result = NO;
    MPL_POOL_BEGIN
    @synchronized(self) {
        result = [self applyCachedPatchLocked];
    }
    MPL_POOL_END
    return result;
}

- (BOOL)applyCachedPatchLocked {
    [self begin];
    NSMutableDictionary *state = [self loadState];
    NSMutableArray *disabled = [state objectForKey:@"disabled"];
    NSDictionary *current = mpl_dict(state, @"current");
    NSString *currentId = mpl_string(current, @"id");
    NSString *pending = nil;
    NSString *outcome = nil;
    NSUInteger limit = _maxCrashes ? _maxCrashes : 1;
    NSUInteger count = 0;
    @synchronized(mpl_guard_lock) {
        NSMutableDictionary *guard = [self loadGuard];
        NSMutableDictionary *crashes = [guard objectForKey:@"crashes"];
        pending = mpl_string(guard, @"pending");
        if (pending != nil) {
            count = [mpl_number(crashes, pending) unsignedIntegerValue] + 1;
            [crashes setObject:[NSNumber numberWithUnsignedInteger:count] forKey:pending];
            [guard removeObjectForKey:@"pending"];
            [self saveGuard:guard];
        }
    }
    if (pending != nil) {
        [self log:[NSString stringWithFormat:@"crash guard: %@ did not reach markHealthy (%lu of %lu)", pending,
                                             (unsigned long)count, (unsigned long)limit]];
        if (count >= limit && ![disabled containsObject:pending]) {
            [disabled addObject:pending];
            [self saveState:state];
            outcome = [NSString stringWithFormat:@"disabled %@: crashed %lu times", pending, (unsigned long)count];
        }
    }
    if (currentId == nil) {
        return [self finish:outcome ? outcome : @"none" returning:NO];
    }
    if ([disabled containsObject:currentId]) {
        return [self finish:outcome ? outcome : [NSString stringWithFormat:@"disabled %@", currentId] returning:NO];
    }
    if ([currentId isEqualToString:_appliedPatchId]) {
        return [self finish:[NSString stringWithFormat:@"unchanged %@", currentId] returning:NO];
    }
    NSString *mismatch = [self targetMismatch:current];
    if (mismatch != nil) {
        [state removeObjectForKey:@"current"];
        [self saveState:state];
        return [self finish:[NSString stringWithFormat:@"dropped %@: %@", currentId, mismatch] returning:NO];
    }
    NSString *sha = mpl_string(current, @"sha256");
    NSData *blob = sha ? [NSData dataWithContentsOfFile:[self blobPath:sha]] : nil;
    if (blob == nil || ![mpl_hex(mpl_sha256(blob)) isEqualToString:sha]) {
        [state removeObjectForKey:@"current"];
        [self saveState:state];
        return [self finish:[NSString stringWithFormat:@"dropped %@: the stored blob is missing or altered", currentId]
                  returning:NO];
    }
    NSString *reason = nil;
    NSString *script = [self scriptFromBlob:blob patch:current reason:&reason];
    if (script == nil) {
        return [self finish:[NSString stringWithFormat:@"rejected %@: %@", currentId, reason] returning:NO];
    }
    if ([self apply:script blob:blob patch:current state:state]) {
        return [self finish:[NSString stringWithFormat:@"applied %@", currentId] returning:YES];
    }
    return [self finish:[NSString stringWithFormat:@"not applied %@", currentId] returning:NO];
}

/* Only guard.json, under its own short lock: never waits for a check in progress. */
- (void)markHealthy {
    MPL_POOL_BEGIN
    NSString *which = nil;
    @synchronized(mpl_guard_lock) {
        NSMutableDictionary *guard = [self loadGuard];
        NSMutableDictionary *crashes = [guard objectForKey:@"crashes"];
        NSString *pending = mpl_string(guard, @"pending");
        which = pending ? pending : _appliedPatchId;
        if (pending != nil || (_appliedPatchId != nil && [crashes objectForKey:_appliedPatchId] != nil)) {
            [guard removeObjectForKey:@"pending"];
            if (pending != nil) [crashes removeObjectForKey:pending];
            if (_appliedPatchId != nil) [crashes removeObjectForKey:_appliedPatchId];
            [self saveGuard:guard];
        }
        NSString *old = _lastResult;
        _lastResult = [(which ? [NSString stringWithFormat:@"healthy %@", which] : @"healthy (no patch)") copy];
        MPL_RELEASE(old);
    }
    MPL_POOL_END
}

- (BOOL)checkForUpdates {
    BOOL result = NO;
    MPL_POOL_BEGIN
    [self begin];
    NSString *error = nil;
    NSString *reason = nil;
    NSData *raw = [self fetchURL:_indexURL error:&error];
    NSDictionary *payload = nil;
    if (raw == nil || [raw length] > MPL_MAX_INDEX_BYTES) {
        result = [self finish:[NSString stringWithFormat:@"fetch failed: %@", error ? error : @"index too large"]
                    returning:NO];
    } else if ((payload = [self verifiedPayload:raw reason:&reason]) == nil) {
        result = [self finish:[NSString stringWithFormat:@"rejected: %@", reason] returning:NO];
    } else {
        @synchronized(self) {
            result = [self checkPayload:payload];
        }
    }
    MPL_POOL_END
    return result;
}

/* The verified payload: version, expiry, revocations, selection, blob, apply. */
- (BOOL)checkPayload:(NSDictionary *)payload {
    NSMutableDictionary *state = [self loadState];
    NSMutableArray *disabled = [state objectForKey:@"disabled"];
    NSNumber *schema = mpl_number(payload, @"schema");
    NSString *app = mpl_string(payload, @"app");
    NSNumber *version = mpl_number(payload, @"version");
    NSDate *expires = mpl_parse_date(mpl_string(payload, @"expires"));
    NSArray *patches = mpl_array(payload, @"patches");
    NSArray *revoked = mpl_array(payload, @"revoked");
    NSNumber *highest = mpl_number(state, @"highest_version");
    NSDate *now = _currentDate ? _currentDate : [NSDate date];
    if (schema == nil || [schema intValue] != 1) {
        return [self finish:[NSString stringWithFormat:@"rejected: schema %@", mpl_describe(schema)] returning:NO];
    }
    if (version == nil || expires == nil || patches == nil) {
        return [self finish:@"rejected: malformed payload (version, expires, patches)" returning:NO];
    }
    if (_bundleIdentifier != nil && ![_bundleIdentifier isEqualToString:app ? app : @""]) {
        return [self finish:[NSString stringWithFormat:@"rejected: app %@ (this app: %@)", mpl_describe(app),
                                                       _bundleIdentifier]
                  returning:NO];
    }
    if (highest != nil && [version longLongValue] < [highest longLongValue]) {
        return [self finish:[NSString stringWithFormat:@"rejected: rollback (version %lld < %lld)",
                                                       [version longLongValue], [highest longLongValue]]
                  returning:NO];
    }
    if ([now compare:expires] != NSOrderedAscending) {
        return [self finish:[NSString stringWithFormat:@"rejected: expired (%@)", mpl_string(payload, @"expires")]
                  returning:NO];
    }
    [state setObject:version forKey:@"highest_version"];

    /* revocations: disable the kept patch if it is revoked */
    NSDictionary *current = mpl_dict(state, @"current");
    NSString *currentId = mpl_string(current, @"id");
    NSEnumerator *e = [revoked objectEnumerator];
    id rid;
    while ((rid = [e nextObject]) != nil) {
        if (![rid isKindOfClass:[NSString class]]) continue;
        if (currentId != nil && [rid isEqualToString:currentId]) {
            if (![disabled containsObject:rid]) [disabled addObject:rid];
            [state removeObjectForKey:@"current"];
            [self log:[NSString stringWithFormat:@"disabled %@: revoked", rid]];
            current = nil;
            currentId = nil;
        }
    }

    /* selection: the last listed patch that targets this install */
    NSDictionary *selected = nil;
    e = [patches objectEnumerator];
    id patch;
    while ((patch = [e nextObject]) != nil) {
        NSString *pid = mpl_string(patch, @"id");
        NSDictionary *rollout = mpl_dict(patch, @"rollout");
        NSString *mismatch = nil;
        if (pid == nil) continue;
        if ([revoked containsObject:pid]) {
            mismatch = @"revoked";
        } else if ([disabled containsObject:pid]) {
            mismatch = @"disabled on this device";
        } else if ((mismatch = [self targetMismatch:patch]) == nil && rollout != nil) {
            double percent = [mpl_number(rollout, @"percent") doubleValue];
            NSString *salt = mpl_string(rollout, @"salt");
            NSUInteger bucket = [MangoPatchLoader bucketForInstallId:_installId patchId:pid salt:salt ? salt : @""];
            if (![MangoPatchLoader rolloutTakesInstallId:_installId patchId:pid salt:salt ? salt : @"" percent:percent]) {
                mismatch = [NSString stringWithFormat:@"rollout (bucket %lu, %g%%)", (unsigned long)bucket, percent];
            }
        }
        if (mismatch != nil) {
            [self log:[NSString stringWithFormat:@"skip %@: %@", pid, mismatch]];
        } else {
            selected = patch;
        }
    }
    if (selected == nil) {
        if (current != nil) {
            [state removeObjectForKey:@"current"];
            [self log:[NSString stringWithFormat:@"dropped %@: no longer selected for this install", currentId]];
        }
        [self saveState:state];
        return [self finish:@"none" returning:YES];
    }
    NSString *selectedId = mpl_string(selected, @"id");
    NSString *sha = [mpl_string(selected, @"sha256") lowercaseString];
    if (currentId != nil && [currentId isEqualToString:selectedId] && [sha isEqualToString:mpl_string(current, @"sha256")]) {
        [state setObject:selected forKey:@"current"]; /* targeting may have been widened */
        [self saveState:state];
        return [self finish:[NSString stringWithFormat:@"unchanged %@", selectedId] returning:YES];
    }

    /* the blob */
    [self saveState:state]; /* the version and revocations count even if the blob is rejected */
    NSString *urlText = mpl_string(selected, @"url");
    NSURL *url = urlText ? [NSURL URLWithString:urlText relativeToURL:_indexURL] : nil;
    NSString *error = nil;
    NSData *blob = url ? [self fetchURL:[url absoluteURL] error:&error] : nil;
    NSString *kept = currentId ? [NSString stringWithFormat:@" (kept %@)", currentId] : @"";
    if (blob == nil) {
        return [self finish:[NSString stringWithFormat:@"rejected %@: blob fetch failed: %@%@", selectedId,
                                                       error ? error : @"no url", kept]
                  returning:YES];
    }
    NSNumber *size = mpl_number(selected, @"size");
    if (size == nil || [size unsignedIntegerValue] != [blob length]) {
        return [self finish:[NSString stringWithFormat:@"rejected %@: blob size %lu, index says %@%@", selectedId,
                                                       (unsigned long)[blob length], mpl_describe(size), kept]
                  returning:YES];
    }
    if (sha == nil || ![mpl_hex(mpl_sha256(blob)) isEqualToString:sha]) {
        return [self finish:[NSString stringWithFormat:@"rejected %@: blob sha256 mismatch%@", selectedId, kept]
                  returning:YES];
    }
    NSString *reason = nil;
    NSString *script = [self scriptFromBlob:blob patch:selected reason:&reason];
    if (script == nil) {
        return [self finish:[NSString stringWithFormat:@"rejected %@: %@%@", selectedId, reason, kept] returning:YES];
    }
    if (![blob writeToFile:[self blobPath:sha] atomically:YES]) {
        return [self finish:[NSString stringWithFormat:@"rejected %@: cannot store the blob%@", selectedId, kept]
                  returning:YES];
    }
    [state setObject:selected forKey:@"current"];
    [self saveState:state];
    if (currentId != nil) {
        NSString *oldSha = mpl_string(current, @"sha256");
        if (oldSha != nil && ![oldSha isEqualToString:sha]) {
            [[NSFileManager defaultManager] removeItemAtPath:[self blobPath:oldSha] error:NULL];
        }
    }
    if ([[mpl_string(selected, @"priority") lowercaseString] isEqualToString:@"next-launch"]) {
        return [self finish:[NSString stringWithFormat:@"scheduled %@", selectedId] returning:YES];
    }
    if ([self apply:script blob:blob patch:selected state:state]) {
        return [self finish:[NSString stringWithFormat:@"applied %@", selectedId] returning:YES];
    }
    return [self finish:[NSString stringWithFormat:@"not applied %@", selectedId] returning:YES];
}

@end
