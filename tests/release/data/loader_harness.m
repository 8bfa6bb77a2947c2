/* Drives MangoPatchLoader for tests/release/test_loader.py.  One process run is one app launch.
 *
 *   loader_harness [options] STEP...        STEP: apply (applyCachedPatch), check (checkForUpdates),
 *                                           healthy (markHealthy); run in order
 *     --index URL --state DIR --app-version V --build B --os V --install ID --app BUNDLE_ID
 *     --key KEYID=BASE64 (repeatable) --aes KEY --now EPOCH_SECONDS --max-crashes N
 *     --handler delegate|source|data      who evaluates: the delegate, or the fake MFContext
 *                                           through evalMangoScriptWithSourceString: (source) or
 *                                           evalMangoScriptWithAES128Data: (data)
 *   loader_harness bucket PATCH_ID SALT PERCENT   install ids on stdin, "bucket take" lines out
 *   loader_harness fleet [options]          install ids on stdin as "ID BUILD OS" lines: one
 *                                           fresh loader per install (state under --state/ID),
 *                                           checkForUpdates, "ID lastResult" lines out
 *   loader_harness keyid BASE64             +keyIdForPublicKey:
 *
 * Every event is one JSON object per line on stdout: {"event": "eval"|"log"|"result"|
 * "mfcontext-init"|"mfcontext-source"|"mfcontext-data", ...}.
 */
#import "MangoPatchLoader.h"
#import <Foundation/Foundation.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void emit(NSDictionary *event) {
    NSData *data = [NSJSONSerialization dataWithJSONObject:event options:0 error:NULL];
    fwrite([data bytes], 1, [data length], stdout);
    fputc('\n', stdout);
    fflush(stdout);
}

static NSString *str(const char *s) {
    return [NSString stringWithUTF8String:s];
}

static NSString *hex(NSData *data) {
    NSMutableString *out = [NSMutableString string];
    const unsigned char *b = (const unsigned char *)[data bytes];
    NSUInteger i;
    for (i = 0; i < [data length]; i++) [out appendFormat:@"%02x", b[i]];
    return out;
}

/* ------------------------------------------------------------ the MangoFix test double */

static const char *contextMode = "source"; /* which eval method the fake MFContext has */

@interface MFContext : NSObject {
    NSString *_key;
}
- (id)initWithAES128Key:(NSString *)key iv:(NSString *)iv;
- (void)evalMangoScriptWithSourceString:(NSString *)sourceString;
- (void)evalMangoScriptWithAES128Data:(NSData *)scriptData;
@end

@implementation MFContext
- (id)initWithAES128Key:(NSString *)key iv:(NSString *)iv {
    self = [super init];
    _key = [key copy];
    emit([NSDictionary dictionaryWithObjectsAndKeys:@"mfcontext-init", @"event", key, @"key", iv, @"iv", nil]);
    return self;
}
- (void)dealloc {
    [_key release];
    [super dealloc];
}
- (BOOL)respondsToSelector:(SEL)selector {
    if (sel_isEqual(selector, @selector(evalMangoScriptWithSourceString:))) return strcmp(contextMode, "source") == 0;
    if (sel_isEqual(selector, @selector(evalMangoScriptWithAES128Data:))) return strcmp(contextMode, "data") == 0;
    return [super respondsToSelector:selector];
}
- (void)evalMangoScriptWithSourceString:(NSString *)sourceString {
    emit([NSDictionary dictionaryWithObjectsAndKeys:@"mfcontext-source", @"event", sourceString, @"script", nil]);
}
- (void)evalMangoScriptWithAES128Data:(NSData *)scriptData {
    emit([NSDictionary dictionaryWithObjectsAndKeys:@"mfcontext-data", @"event", hex(scriptData), @"hex", nil]);
}
@end

/* ---------------------------------------------------------------------------- delegates */

@interface LogDelegate : NSObject <MangoPatchLoaderDelegate>
@end
@implementation LogDelegate
- (void)patchLoader:(MangoPatchLoader *)loader log:(NSString *)message {
    emit([NSDictionary dictionaryWithObjectsAndKeys:@"log", @"event", message, @"message", nil]);
}
@end

@interface EvalDelegate : LogDelegate
@end
@implementation EvalDelegate
- (void)patchLoader:(MangoPatchLoader *)loader evaluateScript:(NSString *)script patchId:(NSString *)patchId {
    emit([NSDictionary dictionaryWithObjectsAndKeys:@"eval", @"event", patchId, @"patch", script, @"script", nil]);
}
@end

/* fleet: evaluates nothing, logs nothing */
@interface SilentDelegate : NSObject <MangoPatchLoaderDelegate>
@end
@implementation SilentDelegate
- (void)patchLoader:(MangoPatchLoader *)loader log:(NSString *)message {
}
- (void)patchLoader:(MangoPatchLoader *)loader evaluateScript:(NSString *)script patchId:(NSString *)patchId {
}
@end

/* -------------------------------------------------------------------------------- main */

typedef struct {
    NSURL *index;
    NSString *state, *appVersion, *build, *os, *install, *app, *aes;
    NSMutableDictionary *keys;
    NSDate *now;
    long maxCrashes;
} Options;

static MangoPatchLoader *makeLoader(Options *o, NSString *install, NSString *build, NSString *os, NSString *state,
                                    id delegate) {
    MangoPatchLoader *loader = [[[MangoPatchLoader alloc] initWithIndexURL:o->index
                                                                appVersion:o->appVersion
                                                                     build:build
                                                                 osVersion:os
                                                                 installId:install
                                                            stateDirectory:state] autorelease];
    loader.publicKeys = o->keys;
    loader.bundleIdentifier = o->app;
    loader.delegate = delegate;
    if (o->aes) loader.aesKey = o->aes;
    if (o->now) loader.currentDate = o->now;
    if (o->maxCrashes > 0) loader.maxCrashes = (NSUInteger)o->maxCrashes;
    return loader;
}

static char *readLine(char *buffer, size_t size) {
    if (fgets(buffer, (int)size, stdin) == NULL) return NULL;
    buffer[strcspn(buffer, "\r\n")] = '\0';
    return buffer;
}

int main(int argc, char **argv) {
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    Options o;
    const char *handler = "delegate";
    char line[1024];
    int i;
    memset(&o, 0, sizeof o);
    o.keys = [NSMutableDictionary dictionary];
    o.appVersion = @"4.2.0";
    o.build = @"412";
    o.os = @"14.1";
    o.app = @"com.example.shop";

    if (argc >= 3 && strcmp(argv[1], "keyid") == 0) {
        NSString *keyId = [MangoPatchLoader keyIdForPublicKey:str(argv[2])];
        printf("%s\n", keyId ? [keyId UTF8String] : "(nil)");
        [pool drain];
        return 0;
    }
    if (argc >= 5 && strcmp(argv[1], "bucket") == 0) {
        NSString *patch = str(argv[2]), *salt = str(argv[3]);
        double percent = atof(argv[4]);
        while (readLine(line, sizeof line) != NULL) {
            NSAutoreleasePool *inner = [[NSAutoreleasePool alloc] init];
            NSString *install = str(line);
            printf("%lu %d\n", (unsigned long)[MangoPatchLoader bucketForInstallId:install patchId:patch salt:salt],
                   (int)[MangoPatchLoader rolloutTakesInstallId:install patchId:patch salt:salt percent:percent]);
            [inner drain];
        }
        [pool drain];
        return 0;
    }
    BOOL fleet = argc > 1 && strcmp(argv[1], "fleet") == 0;
    for (i = fleet ? 2 : 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strncmp(a, "--", 2) == 0 && v == NULL) {
            fprintf(stderr, "%s needs a value\n", a);
            return 2;
        }
        if (strcmp(a, "--index") == 0) o.index = [NSURL URLWithString:str(v)];
        else if (strcmp(a, "--state") == 0) o.state = str(v);
        else if (strcmp(a, "--app-version") == 0) o.appVersion = str(v);
        else if (strcmp(a, "--build") == 0) o.build = str(v);
        else if (strcmp(a, "--os") == 0) o.os = str(v);
        else if (strcmp(a, "--install") == 0) o.install = str(v);
        else if (strcmp(a, "--app") == 0) o.app = str(v);
        else if (strcmp(a, "--aes") == 0) o.aes = str(v);
        else if (strcmp(a, "--now") == 0) o.now = [NSDate dateWithTimeIntervalSince1970:atof(v)];
        else if (strcmp(a, "--max-crashes") == 0) o.maxCrashes = atol(v);
        else if (strcmp(a, "--handler") == 0) handler = v;
        else if (strcmp(a, "--key") == 0) {
            const char *eq = strchr(v, '=');
            if (eq == NULL) return 2;
            [o.keys setObject:str(eq + 1) forKey:[[str(v) substringToIndex:(NSUInteger)(eq - v)] copy]];
        } else {
            break; /* the steps */
        }
        i++;
    }
    if (o.index == nil || o.state == nil) {
        fprintf(stderr, "--index and --state are required\n");
        return 2;
    }
    if (fleet) {
        SilentDelegate *quiet = [[[SilentDelegate alloc] init] autorelease];
        char install[256], build[64], os[64];
        while (readLine(line, sizeof line) != NULL) {
            NSAutoreleasePool *inner = [[NSAutoreleasePool alloc] init];
            if (sscanf(line, "%255s %63s %63s", install, build, os) != 3) return 2;
            NSString *state = [o.state stringByAppendingPathComponent:str(install)];
            MangoPatchLoader *loader = makeLoader(&o, str(install), str(build), str(os), state, quiet);
            [loader checkForUpdates];
            printf("%s %s\n", install, [loader.lastResult UTF8String]);
            fflush(stdout);
            [inner drain];
        }
        [pool drain];
        return 0;
    }
    if (strcmp(handler, "source") == 0 || strcmp(handler, "data") == 0) contextMode = handler;
    id delegate = strcmp(handler, "delegate") == 0 ? [[EvalDelegate alloc] init] : [[LogDelegate alloc] init];
    MangoPatchLoader *loader = makeLoader(&o, o.install, o.build, o.os, o.state, delegate);
    for (; i < argc; i++) {
        NSAutoreleasePool *inner = [[NSAutoreleasePool alloc] init];
        BOOL returned = NO;
        if (strcmp(argv[i], "apply") == 0) returned = [loader applyCachedPatch];
        else if (strcmp(argv[i], "check") == 0) returned = [loader checkForUpdates];
        else if (strcmp(argv[i], "healthy") == 0) [loader markHealthy];
        else {
            fprintf(stderr, "unknown step %s\n", argv[i]);
            return 2;
        }
        emit([NSDictionary dictionaryWithObjectsAndKeys:@"result", @"event", str(argv[i]), @"step",
                                                        loader.lastResult ? loader.lastResult : @"", @"result",
                                                        [NSNumber numberWithBool:returned], @"returned",
                                                        loader.appliedPatchId ? loader.appliedPatchId : @"",
                                                        @"applied", nil]);
        [inner drain];
    }
    [delegate release];
    [pool drain];
    return 0;
}
