/*
 * MangoManifestDumper.m: write a mangopy class manifest (app_classes.json) from the Objective-C
 * runtime of a running app.  Part of mangopy (https://github.com/YPLiang19/Mango is MangoFix; this
 * file is mangopy's own).  Print it with `mangopy manifest runtime-dumper`; see
 * docs/runtime-dumper.md.
 *
 * Add this one file to a DEBUG build of the app (it needs Foundation and <objc/runtime.h> only;
 * it compiles with or without ARC).  Then either call
 *
 *     NSString *json = MangoManifestDumperJSON();
 *     [json writeToFile:... ];          // or MangoManifestDumperWriteToPath(path, &error)
 *
 * or launch the app with the environment variable MANGOPY_DUMP_MANIFEST=/path/app_classes.json
 * (a relative path is taken relative to the app's Documents directory).  Optional:
 * MANGOPY_DUMP_MANIFEST_ALL=1 (every loaded image, not only the app's) and
 * MANGOPY_DUMP_MANIFEST_PREFIXES=Shop,ABC (only classes and protocols with these name prefixes).
 *
 * What is exported: the classes of the app's own images (Apple: class_getImageName under the main
 * bundle, i.e. the executable, Xcode's debug dylib and embedded frameworks), their superclass,
 * adopted protocols, instance and class methods (categories included: the runtime merges them),
 * the selector's raw type encoding and readable type spellings derived from it, properties with
 * mangopy's attribute words, and the protocols of the same images (methods required and
 * optional, adopted protocols, properties).  Swift classes get `Module.Class` keys and
 * `swift_module`.
 *
 * Tested by mangopy's test suite on Debian 12 with GCC 12 (gobjc), GCC's GNU Objective-C runtime
 * (libobjc4) and GNUstep Base 1.28 (tests/export/test_runtime_dumper.py).  NOT tested there:
 *   - everything under `#if defined(__APPLE__)`: class_getImageName and the main-bundle image
 *     filter, objc_copyClassList, NSJSONWritingSortedKeys, the launch-time dump on the main queue;
 *   - reading properties and optional protocol methods from the runtime: GCC's GNU ABI does not
 *     store them in the binary (class_copyPropertyList / protocol_copyPropertyList return nothing,
 *     optional protocol methods are absent).  The attribute-string decoder they go through IS
 *     tested, on Apple-style attribute strings (MangoManifestDumperDescribeProperty);
 *   - Swift classes (no Swift there): the name demangling is tested on names
 *     (MangoManifestDumperRuntimeName), not on real Swift classes;
 *   - blocks: GCC has no -fblocks, so `@?` is tested through the encoding speller only.
 * On the GNU runtime the image filter uses dladdr(): "the app" is the image holding this file's
 * code, which is what the tests use.
 */

#if !defined(__APPLE__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1 /* glibc: dladdr() */
#endif

#import <Foundation/Foundation.h>
#include <objc/runtime.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#if defined(__APPLE__)
#include <dlfcn.h>
#include <dispatch/dispatch.h>
#define MMD_HAVE_IMAGE_NAMES 1
#define MMD_HAVE_DLADDR 1
#elif defined(__has_include)
#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define MMD_HAVE_DLADDR 1
#endif
#endif

#ifndef __has_feature
#define __has_feature(x) 0
#endif

#if !__has_feature(objc_arc) && !defined(__clang__)
#define __unsafe_unretained /* GCC: no ownership qualifiers */
#endif

#if __has_feature(objc_arc)
#define MMD_ADDRESS(x) ((__bridge const void *)(x))
#define MMD_AUTORELEASE(x) (x)
#define MMD_POOL_BEGIN @autoreleasepool {
#define MMD_POOL_END }
#else
#define MMD_ADDRESS(x) ((const void *)(x))
#define MMD_AUTORELEASE(x) [(x) autorelease]
#define MMD_POOL_BEGIN { NSAutoreleasePool *mmd_pool = [[NSAutoreleasePool alloc] init];
#define MMD_POOL_END [mmd_pool drain]; }
#endif

/* ------------------------------------------------------------------------------ public API */

/* A caller-provided filter: return YES to export the class or protocol `name` (its runtime name,
 * after Swift demangling).  `isProtocol` tells which kind `name` is. */
typedef BOOL (*MangoManifestDumperFilter)(const char *name, BOOL isProtocol, void *context);

typedef struct {
    /* Export classes and protocols of every loaded image, not only the app's own. */
    BOOL includeAllImages;
    /* NULL-terminated list of name prefixes ("Shop", "ABC"); NULL: no prefix filter. */
    const char *const *prefixes;
    /* Called for each candidate that passed the image and prefix filters; NULL: none. */
    MangoManifestDumperFilter filter;
    void *filterContext;
} MangoManifestDumperOptions;

NSDictionary *MangoManifestDumperManifest(const MangoManifestDumperOptions *options);
NSString *MangoManifestDumperJSONWithOptions(const MangoManifestDumperOptions *options);
NSString *MangoManifestDumperJSON(void);
BOOL MangoManifestDumperWriteToPathWithOptions(NSString *path, const MangoManifestDumperOptions *options,
                                               NSError **error);
BOOL MangoManifestDumperWriteToPath(NSString *path, NSError **error);
/* Helpers, public for tools and tests. */
NSString *MangoManifestDumperSpellEncoding(const char *encoding);
NSDictionary *MangoManifestDumperDescribeProperty(const char *attributes);
NSString *MangoManifestDumperRuntimeName(const char *name, NSString **swiftModule);

/* ------------------------------------------------------------------------- type encodings */

static const char *mmd_skip_qualifiers(const char *p) {
    while (*p && strchr("rnNoORVA", *p) != NULL) p++;
    return p;
}

/* Just after the one type starting at p (qualifiers included). */
static const char *mmd_skip_type(const char *p) {
    p = mmd_skip_qualifiers(p);
    switch (*p) {
    case '\0':
        return p;
    case '^':
        return mmd_skip_type(p + 1);
    case '@':
        if (p[1] == '?') {
            p += 2;
            if (*p == '<') { /* extended block signature @?<v@?> */
                int depth = 0;
                for (; *p; p++) {
                    if (*p == '<') depth++;
                    else if (*p == '>' && --depth == 0) return p + 1;
                }
            }
            return p;
        }
        if (p[1] == '"') {
            const char *end = strchr(p + 2, '"');
            return end ? end + 1 : p + strlen(p);
        }
        return p + 1;
    case '{': case '(': case '[': {
        char open = *p, close = open == '{' ? '}' : open == '(' ? ')' : ']';
        int depth = 0;
        for (; *p; p++) {
            if (*p == '"') { /* quoted field names */
                const char *end = strchr(p + 1, '"');
                if (end == NULL) return p + strlen(p);
                p = end;
            } else if (*p == open) depth++;
            else if (*p == close && --depth == 0) return p + 1;
        }
        return p;
    }
    case 'b':
        p++;
        while (isdigit((unsigned char)*p)) p++;
        return p;
    default:
        return p + 1;
    }
}

static const char *mmd_skip_offset(const char *p) {
    if (*p == '+' || *p == '-') p++;
    while (isdigit((unsigned char)*p)) p++;
    return p;
}

static BOOL mmd_same_code(char code, const char *encoded) {
    return encoded[0] == code && encoded[1] == '\0';
}

static NSString *mmd_spell(const char *p, const char *end);

static NSString *mmd_string(const char *p, const char *end) {
    NSString *s = [[NSString alloc] initWithBytes:p length:(NSUInteger)(end - p) encoding:NSUTF8StringEncoding];
    return s ? MMD_AUTORELEASE(s) : @"?";
}

static NSString *mmd_spell_integer(char code) {
    /* The letter this platform uses for BOOL is BOOL: `B` on 64-bit iOS and arm64 macOS, `c` on
     * Intel macOS and 32-bit iOS, `C` on GNUstep.  Same for NSInteger/NSUInteger (`q`/`Q` on
     * 64-bit platforms, `i`/`I` or `l`/`L` on 32-bit ones). */
    if (code == 'B' || mmd_same_code(code, @encode(BOOL))) return @"BOOL";
    if (mmd_same_code(code, @encode(NSInteger))) return @"NSInteger";
    if (mmd_same_code(code, @encode(NSUInteger))) return @"NSUInteger";
    switch (code) {
    case 'c': return @"char";
    case 'C': return @"unsigned char";
    case 's': return @"short";
    case 'S': return @"unsigned short";
    case 'i': return @"int";
    case 'I': return @"unsigned int";
    case 'l': return @"long";
    case 'L': return @"unsigned long";
    case 'q': return @"long long";
    case 'Q': return @"unsigned long long";
    case 't': return @"__int128";
    case 'T': return @"unsigned __int128";
    case 'f': return @"float";
    case 'd': return @"double";
    case 'D': return @"long double";
    case 'v': return @"void";
    case '*': return @"char *";
    case '#': return @"Class";
    case ':': return @"SEL";
    case '?': return @"void *";
    default: return nil;
    }
}

/* Struct tags spelled bare, as the SDK's typedefs (mangopy knows them as structs). */
static const char *const mmd_known_structs[] = {
    "CGRect", "CGPoint", "CGSize", "CGVector", "CGAffineTransform", "CATransform3D", "UIEdgeInsets",
    "UIOffset", "NSRange", "NSDirectionalEdgeInsets", "NSOperatingSystemVersion", NULL,
};

static BOOL mmd_known_struct(NSString *tag) {
    for (const char *const *known = mmd_known_structs; *known != NULL; known++) {
        if (strcmp([tag UTF8String], *known) == 0) return YES;
    }
    return NO;
}

static NSString *mmd_spell_aggregate(const char *p, const char *end, BOOL pointee) {
    /* {CGRect=...} -> CGRect, {_NSRange=QQ} -> NSRange, {Spot=qq} -> struct Spot, (u=...) ->
     * union u; anonymous ones keep their encoding: struct {?=dd}.  Behind a pointer, an opaque
     * struct is the SDK's Ref typedef: ^{CGColor=} -> CGColorRef, ^{__CFString=} -> CFStringRef. */
    const char *name = p + 1, *stop = name;
    while (stop < end && *stop != '=' && *stop != '}' && *stop != ')') stop++;
    if (stop == name || (stop - name == 1 && *name == '?')) {
        return [(*p == '{' ? @"struct " : @"union ") stringByAppendingString:mmd_string(p, end)];
    }
    NSString *tag = mmd_string(name, stop);
    if (*p == '(') return [@"union " stringByAppendingString:tag];
    if ([tag hasPrefix:@"_NS"]) tag = [tag substringFromIndex:1]; /* _NSRange, _NSZone */
    if (pointee && [tag isEqualToString:@"NSZone"]) return tag;
    BOOL opaque = *stop != '=' || stop + 1 >= end || stop[1] == '}';
    if (pointee && opaque) {
        NSUInteger skip = 0;
        while (skip < [tag length] && [tag characterAtIndex:skip] == '_') skip++;
        return [[tag substringFromIndex:skip] stringByAppendingString:@"Ref"];
    }
    if (mmd_known_struct(tag)) return tag;
    return [@"struct " stringByAppendingString:tag];
}

/* The declared-type spelling of the one type in [p, end). */
static NSString *mmd_spell(const char *p, const char *end) {
    const char *q = mmd_skip_qualifiers(p);
    BOOL isConst = NO;
    for (const char *c = p; c < q; c++) {
        if (*c == 'r') isConst = YES;
    }
    p = q;
    if (p >= end) return @"void";
    switch (*p) {
    case '@':
        if (p + 1 < end && p[1] == '?') return @"id"; /* a block: an object holding it */
        if (p + 1 < end && p[1] == '"') {
            const char *name = p + 2, *close = end - 1;
            if (close <= name) return @"id";
            if (*name == '<') return [@"id" stringByAppendingString:mmd_string(name, close)]; /* id<P> */
            return [mmd_string(name, close) stringByAppendingString:@" *"];
        }
        return @"id";
    case '^': {
        if (p + 1 < end && p[1] == '?') return @"void (*)(void)"; /* a function pointer */
        if (p + 1 < end && p[1] == '{') {
            NSString *pointee = mmd_spell_aggregate(p + 1, end, YES);
            if ([pointee hasSuffix:@"Ref"]) return pointee;
            return [pointee stringByAppendingString:@" *"];
        }
        NSString *pointee = mmd_spell(p + 1, end);
        NSString *spelled = [pointee hasSuffix:@"*"] ? [pointee stringByAppendingString:@"*"]
                                                     : [pointee stringByAppendingString:@" *"];
        return isConst ? [@"const " stringByAppendingString:spelled] : spelled;
    }
    case '*':
        return isConst ? @"const char *" : @"char *";
    case '{': case '(':
        return mmd_spell_aggregate(p, end, NO);
    case '[': {
        const char *elem = p + 1;
        while (elem < end && isdigit((unsigned char)*elem)) elem++;
        NSString *count = mmd_string(p + 1, elem);
        return [NSString stringWithFormat:@"%@[%@]", mmd_spell(elem, end - 1), count];
    }
    case 'b':
        return @"unsigned int";
    default: {
        NSString *word = end - p == 1 ? mmd_spell_integer(*p) : nil;
        return word ? word : mmd_string(p, end);
    }
    }
}

NSString *MangoManifestDumperSpellEncoding(const char *encoding) {
    if (encoding == NULL || *encoding == '\0') return @"void";
    return mmd_spell(encoding, mmd_skip_type(encoding));
}

/* Return type then parameter types (self and _cmd left out), or nil for a malformed encoding. */
static NSArray *mmd_method_types(const char *enc) {
    NSMutableArray *out = [NSMutableArray array];
    const char *p = enc;
    while (p != NULL && *p) {
        const char *end = mmd_skip_type(p);
        if (end == p) return nil;
        [out addObject:mmd_spell(p, end)];
        p = mmd_skip_offset(end);
    }
    if ([out count] < 3) return nil;
    [out removeObjectsInRange:NSMakeRange(1, 2)];
    return out;
}

/* ------------------------------------------------------------------------------- properties */

NSDictionary *MangoManifestDumperDescribeProperty(const char *attributes) {
    /* Apple's format: T<type>,<letters...>,V<ivar>: R readonly, C copy, & strong, W weak,
     * N nonatomic, G<getter>, S<setter>, D dynamic, P garbage-collected, V ivar. */
    NSString *type = @"id";
    BOOL readonly = NO, copy = NO, strong = NO, weak = NO, nonatomic = NO, object = NO;
    NSString *getter = nil, *setter = nil;
    const char *p = attributes ? attributes : "";
    while (*p) {
        const char *end;
        if (*p == 'T') {
            end = mmd_skip_type(p + 1);
            const char *typeStart = mmd_skip_qualifiers(p + 1);
            type = mmd_spell(p + 1, end);
            object = *typeStart == '@';
        } else {
            end = strchr(p, ',');
            if (end == NULL) end = p + strlen(p);
            switch (*p) {
            case 'R': readonly = YES; break;
            case 'C': copy = YES; break;
            case '&': strong = YES; break;
            case 'W': weak = YES; break;
            case 'N': nonatomic = YES; break;
            case 'G': getter = mmd_string(p + 1, end); break;
            case 'S': setter = mmd_string(p + 1, end); break;
            default: break;
            }
        }
        while (*end && *end != ',') end++; /* tolerate junk after a type */
        p = *end == ',' ? end + 1 : end;
    }
    NSMutableArray *words = [NSMutableArray array];
    if (nonatomic) [words addObject:@"nonatomic"];
    if (copy) [words addObject:@"copy"];
    else if (weak) [words addObject:@"weak"];
    else if (strong) [words addObject:@"strong"];
    else if (!readonly || !object) [words addObject:@"assign"];
    if (readonly) [words addObject:@"readonly"];
    if (getter) [words addObject:[@"getter=" stringByAppendingString:getter]];
    if (setter) [words addObject:[@"setter=" stringByAppendingString:setter]];
    return [NSDictionary dictionaryWithObjectsAndKeys:type, @"type", words, @"attributes", nil];
}

/* ------------------------------------------------------------------------------------ names */

static BOOL mmd_identifier(const char *p, const char *end) {
    if (p >= end || !(isalpha((unsigned char)*p) || *p == '_' || *p == '$')) return NO;
    for (; p < end; p++) {
        if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '$')) return NO;
    }
    return YES;
}

/* A dotted name such as the manifest's className pattern accepts. */
static BOOL mmd_valid_name(const char *name) {
    const char *p = name;
    for (;;) {
        const char *dot = strchr(p, '.');
        const char *end = dot ? dot : p + strlen(p);
        if (!mmd_identifier(p, end)) return NO;
        if (dot == NULL) return YES;
        p = dot + 1;
    }
}

static BOOL mmd_valid_selector(const char *sel) {
    if (strchr(sel, ':') == NULL) return mmd_identifier(sel, sel + strlen(sel));
    const char *p = sel;
    while (*p) {
        const char *colon = strchr(p, ':');
        if (colon == NULL) return NO; /* text after the last colon */
        if (colon != p && !mmd_identifier(p, colon)) return NO;
        p = colon + 1;
    }
    return YES;
}

/* Reads <digits><that many bytes> from *p; NO if malformed. */
static BOOL mmd_length_prefixed(const char **p, NSMutableArray *parts) {
    const char *s = *p;
    if (!isdigit((unsigned char)*s)) return NO;
    long n = strtol(s, (char **)&s, 10);
    if (n <= 0 || (long)strlen(s) < n || !mmd_identifier(s, s + n)) return NO;
    [parts addObject:mmd_string(s, s + n)];
    *p = s + n;
    return YES;
}

NSString *MangoManifestDumperRuntimeName(const char *name, NSString **swiftModule) {
    /* Swift: _TtC<len><Module><len><Class> (and nested _TtCC...), _TtP<len><Module><len><Proto>_,
     * `s` standing for the module Swift; or an already demangled Module.Class.  Objective-C names
     * come back unchanged with no module.  nil: a name the manifest cannot hold (generic or
     * private Swift classes, runtime-made names). */
    if (swiftModule) *swiftModule = nil;
    if (strncmp(name, "_TtC", 4) == 0 || strncmp(name, "_TtP", 4) == 0) {
        const char *p = name + 3;
        NSUInteger nesting = 0;
        while (*p == 'C' || *p == 'P') {
            nesting++;
            p++;
        }
        NSMutableArray *parts = [NSMutableArray array];
        if (*p == 's') {
            [parts addObject:@"Swift"];
            p++;
        } else if (!mmd_length_prefixed(&p, parts)) {
            return nil;
        }
        for (NSUInteger i = 0; i < nesting; i++) {
            if (!mmd_length_prefixed(&p, parts)) return nil;
        }
        if (name[3] == 'P' && *p == '_') p++;
        if (*p != '\0') return nil;
        if (swiftModule) *swiftModule = [parts objectAtIndex:0];
        return [parts componentsJoinedByString:@"."];
    }
    if (strncmp(name, "_Tt", 3) == 0 || !mmd_valid_name(name)) return nil; /* other Swift manglings */
    const char *dot = strchr(name, '.');
    if (dot != NULL && swiftModule) *swiftModule = mmd_string(name, dot);
    return [NSString stringWithUTF8String:name];
}

/* ----------------------------------------------------------------------------------- images */

#if defined(MMD_HAVE_IMAGE_NAMES)
static NSString *mmd_normalised_path(NSString *path) {
    if (path == nil) return nil;
    path = [path stringByStandardizingPath];
    if ([path hasPrefix:@"/private/"]) path = [path substringFromIndex:8]; /* /private/var == /var */
    return path;
}

static NSString *mmd_app_root(void) {
    /* Everything inside the .app: the executable, Xcode's debug dylib, Frameworks/, PlugIns/. */
    return mmd_normalised_path([[NSBundle mainBundle] bundlePath]);
}

static BOOL mmd_in_app_path(const char *image, NSString *root) {
    if (image == NULL || root == nil) return NO;
    NSString *path = mmd_normalised_path([NSString stringWithUTF8String:image]);
    return [path isEqualToString:root] || [path hasPrefix:[root stringByAppendingString:@"/"]];
}
#elif defined(MMD_HAVE_DLADDR)
/* Other platforms: the app is the image this file is linked into. */
static const void *mmd_own_image(void) {
    Dl_info info;
    if (dladdr((const void *)&mmd_skip_type, &info) == 0) return NULL;
    return info.dli_fbase;
}
#endif

static BOOL mmd_address_in_app(const void *address) {
#if defined(MMD_HAVE_IMAGE_NAMES)
    Dl_info info;
    if (address == NULL || dladdr(address, &info) == 0) return NO;
    return mmd_in_app_path(info.dli_fname, mmd_app_root());
#elif defined(MMD_HAVE_DLADDR)
    Dl_info info;
    const void *own = mmd_own_image();
    if (address == NULL || own == NULL || dladdr(address, &info) == 0) return NO;
    return info.dli_fbase == own;
#else
    (void)address;
    return YES; /* no image information: rely on the caller's prefixes / filter */
#endif
}

static BOOL mmd_class_in_app(Class cls) {
#if defined(MMD_HAVE_IMAGE_NAMES)
    return mmd_in_app_path(class_getImageName(cls), mmd_app_root());
#else
    return mmd_address_in_app(MMD_ADDRESS(cls));
#endif
}

static BOOL mmd_wanted(const MangoManifestDumperOptions *options, const char *name, BOOL isProtocol) {
    if (options->prefixes != NULL) {
        BOOL matched = NO;
        for (const char *const *prefix = options->prefixes; *prefix != NULL; prefix++) {
            if (strncmp(name, *prefix, strlen(*prefix)) == 0) {
                matched = YES;
                break;
            }
        }
        if (!matched) return NO;
    }
    return options->filter == NULL || options->filter(name, isProtocol, options->filterContext);
}

/* ---------------------------------------------------------------------------------- classes */

static void mmd_add_method(NSMutableDictionary *methods, const char *sel, const char *types) {
    if (sel == NULL || types == NULL || !mmd_valid_selector(sel)) return; /* .cxx_destruct etc. */
    NSString *key = [NSString stringWithUTF8String:sel];
    if ([methods objectForKey:key] != nil) return; /* the first in the list is the one that runs */
    NSArray *spelled = mmd_method_types(types);
    NSUInteger colons = 0;
    for (const char *c = sel; *c; c++) colons += *c == ':';
    if (spelled == nil || [spelled count] != colons + 1) return; /* not a usable signature */
    NSDictionary *method = [NSDictionary dictionaryWithObjectsAndKeys:
        [spelled objectAtIndex:0], @"returns",
        [spelled subarrayWithRange:NSMakeRange(1, colons)], @"params",
        [NSString stringWithUTF8String:types], @"encoding", nil];
    [methods setObject:method forKey:key];
}

static NSDictionary *mmd_methods_of(Class cls) {
    NSMutableDictionary *methods = [NSMutableDictionary dictionary];
    unsigned int count = 0;
    Method *list = class_copyMethodList(cls, &count);
    for (unsigned int i = 0; i < count; i++) {
        mmd_add_method(methods, sel_getName(method_getName(list[i])), method_getTypeEncoding(list[i]));
    }
    free(list);
    return methods;
}

static NSDictionary *mmd_properties(objc_property_t *list, unsigned int count) {
    NSMutableDictionary *properties = [NSMutableDictionary dictionary];
    for (unsigned int i = 0; i < count; i++) {
        const char *name = property_getName(list[i]);
        if (name == NULL || [properties objectForKey:[NSString stringWithUTF8String:name]] != nil) continue;
        [properties setObject:MangoManifestDumperDescribeProperty(property_getAttributes(list[i]))
                       forKey:[NSString stringWithUTF8String:name]];
    }
    free(list);
    return properties;
}

static NSArray *mmd_protocol_names(Protocol *__unsafe_unretained *list, unsigned int count) {
    NSMutableArray *names = [NSMutableArray array];
    for (unsigned int i = 0; i < count; i++) {
        NSString *name = MangoManifestDumperRuntimeName(protocol_getName(list[i]), NULL);
        if (name != nil && ![names containsObject:name]) [names addObject:name];
    }
    free(list);
    return [names sortedArrayUsingSelector:@selector(compare:)];
}

static id mmd_or_null(id value) {
    return value != nil ? value : (id)[NSNull null];
}

static NSDictionary *mmd_class_entry(Class cls) {
    unsigned int count = 0;
    NSMutableDictionary *entry = [NSMutableDictionary dictionary];
    Class superclass = class_getSuperclass(cls);
    NSString *module = nil;
    MangoManifestDumperRuntimeName(class_getName(cls), &module);
    [entry setObject:mmd_or_null(superclass ? MangoManifestDumperRuntimeName(class_getName(superclass), NULL) : nil)
              forKey:@"superclass"];
    [entry setObject:mmd_or_null(module) forKey:@"swift_module"];
    Protocol *__unsafe_unretained *protocols = class_copyProtocolList(cls, &count);
    [entry setObject:mmd_protocol_names(protocols, count) forKey:@"protocols"];
    [entry setObject:mmd_methods_of(cls) forKey:@"instance_methods"];
    [entry setObject:mmd_methods_of(object_getClass((id)cls)) forKey:@"class_methods"];
    objc_property_t *properties = class_copyPropertyList(cls, &count);
    [entry setObject:mmd_properties(properties, count) forKey:@"properties"];
    return entry;
}

static NSDictionary *mmd_protocol_entry(Protocol *protocol) {
    unsigned int count = 0;
    NSMutableDictionary *entry = [NSMutableDictionary dictionary];
    Protocol *__unsafe_unretained *inherited = protocol_copyProtocolList(protocol, &count);
    [entry setObject:mmd_protocol_names(inherited, count) forKey:@"protocols"];
    for (int instance = 1; instance >= 0; instance--) {
        NSMutableDictionary *methods = [NSMutableDictionary dictionary];
        for (int required = 1; required >= 0; required--) {
            struct objc_method_description *list =
                protocol_copyMethodDescriptionList(protocol, (BOOL)required, (BOOL)instance, &count);
            for (unsigned int i = 0; i < count; i++) {
                mmd_add_method(methods, list[i].name ? sel_getName(list[i].name) : NULL, list[i].types);
            }
            free(list);
        }
        [entry setObject:methods forKey:instance ? @"instance_methods" : @"class_methods"];
    }
    objc_property_t *properties = protocol_copyPropertyList(protocol, &count);
    [entry setObject:mmd_properties(properties, count) forKey:@"properties"];
    return entry;
}

static Class *mmd_copy_classes(unsigned int *count) {
#if defined(__APPLE__)
    return objc_copyClassList(count);
#else
    /* GCC's libobjc has no objc_copyClassList. */
    int total = objc_getClassList(NULL, 0), got = 0;
    Class *classes = NULL;
    while (total > 0) {
        classes = (Class *)realloc(classes, sizeof(Class) * (size_t)total);
        got = objc_getClassList(classes, total);
        if (got <= total) break;
        total = got;
    }
    *count = got > 0 ? (unsigned int)got : 0;
    return classes;
#endif
}

static NSDictionary *mmd_app_info(void) {
    NSDictionary *info = [[NSBundle mainBundle] infoDictionary];
    NSString *name = [info objectForKey:@"CFBundleName"];
    NSString *version = [info objectForKey:@"CFBundleShortVersionString"];
    if (![name isKindOfClass:[NSString class]]) return nil;
    NSMutableDictionary *app = [NSMutableDictionary dictionaryWithObject:name forKey:@"name"];
    if ([version isKindOfClass:[NSString class]]) [app setObject:version forKey:@"version"];
    return app;
}

NSDictionary *MangoManifestDumperManifest(const MangoManifestDumperOptions *options) {
    MangoManifestDumperOptions defaults;
    memset(&defaults, 0, sizeof defaults);
    if (options == NULL) options = &defaults;
    NSMutableDictionary *classes = [NSMutableDictionary dictionary];
    NSMutableDictionary *protocols = [NSMutableDictionary dictionary];

    unsigned int count = 0;
    Class *list = mmd_copy_classes(&count);
    for (unsigned int i = 0; i < count; i++) {
        Class cls = list[i];
        const char *raw = class_getName(cls);
        NSString *name = raw ? MangoManifestDumperRuntimeName(raw, NULL) : nil;
        if (name == nil || [classes objectForKey:name] != nil) continue;
        if (!options->includeAllImages && !mmd_class_in_app(cls)) continue;
        if (!mmd_wanted(options, [name UTF8String], NO)) continue;
        [classes setObject:mmd_class_entry(cls) forKey:name];
    }
    free(list);

    Protocol *__unsafe_unretained *all = objc_copyProtocolList(&count);
    for (unsigned int i = 0; i < count; i++) {
        NSString *name = MangoManifestDumperRuntimeName(protocol_getName(all[i]), NULL);
        if (name == nil || [protocols objectForKey:name] != nil) continue;
        if (!options->includeAllImages && !mmd_address_in_app(MMD_ADDRESS(all[i]))) continue;
        if (!mmd_wanted(options, [name UTF8String], YES)) continue;
        [protocols setObject:mmd_protocol_entry(all[i]) forKey:name];
    }
    free(all);

    NSMutableDictionary *manifest = [NSMutableDictionary dictionary];
    [manifest setObject:@"mangopy-manifest" forKey:@"format"];
    [manifest setObject:[NSNumber numberWithInt:1] forKey:@"version"];
    [manifest setObject:classes forKey:@"classes"];
    [manifest setObject:protocols forKey:@"protocols"];
    NSDictionary *app = mmd_app_info();
    if (app != nil) [manifest setObject:app forKey:@"app"];
    return manifest;
}

/* --------------------------------------------------------------------------------- writing */

static NSData *mmd_json_data(NSDictionary *manifest, NSError **error) {
    NSJSONWritingOptions flags = NSJSONWritingPrettyPrinted;
#if defined(__APPLE__)
    if (@available(iOS 11.0, macOS 10.13, tvOS 11.0, watchOS 4.0, *)) flags |= NSJSONWritingSortedKeys;
#endif
    /* GNUstep Base 1.28 has no NSJSONWritingSortedKeys: keys come out in dictionary order. */
    return [NSJSONSerialization dataWithJSONObject:manifest options:flags error:error];
}

NSString *MangoManifestDumperJSONWithOptions(const MangoManifestDumperOptions *options) {
    NSData *data = mmd_json_data(MangoManifestDumperManifest(options), NULL);
    if (data == nil) return nil;
    return MMD_AUTORELEASE([[NSString alloc] initWithData:data encoding:NSUTF8StringEncoding]);
}

NSString *MangoManifestDumperJSON(void) {
    return MangoManifestDumperJSONWithOptions(NULL);
}

static BOOL mmd_write(NSDictionary *manifest, NSString *path, NSError **error) {
    NSData *data = mmd_json_data(manifest, error);
    if (data == nil) return NO;
    return [data writeToFile:path options:NSDataWritingAtomic error:error];
}

BOOL MangoManifestDumperWriteToPathWithOptions(NSString *path, const MangoManifestDumperOptions *options,
                                               NSError **error) {
    return mmd_write(MangoManifestDumperManifest(options), path, error);
}

BOOL MangoManifestDumperWriteToPath(NSString *path, NSError **error) {
    return MangoManifestDumperWriteToPathWithOptions(path, NULL, error);
}

/* ------------------------------------------------------------------- the dump at launch */

static void mmd_dump_from_environment(void) {
    const char *target = getenv("MANGOPY_DUMP_MANIFEST");
    if (target == NULL || *target == '\0') return;
    MMD_POOL_BEGIN
    NSString *path = [NSString stringWithUTF8String:target];
    if (![path isAbsolutePath]) {
        NSArray *dirs = NSSearchPathForDirectoriesInDomains(NSDocumentDirectory, NSUserDomainMask, YES);
        NSString *base = [dirs count] ? [dirs objectAtIndex:0] : NSTemporaryDirectory();
        [[NSFileManager defaultManager] createDirectoryAtPath:base withIntermediateDirectories:YES
                                                   attributes:nil error:NULL];
        path = [base stringByAppendingPathComponent:path];
    }
    MangoManifestDumperOptions options;
    memset(&options, 0, sizeof options);
    const char *all = getenv("MANGOPY_DUMP_MANIFEST_ALL");
    options.includeAllImages = all != NULL && *all != '\0' && strcmp(all, "0") != 0;
    const char *prefixText = getenv("MANGOPY_DUMP_MANIFEST_PREFIXES");
    NSMutableArray *prefixObjects = [NSMutableArray array];
    const char **prefixes = NULL;
    if (prefixText != NULL && *prefixText != '\0') {
        for (NSString *piece in [[NSString stringWithUTF8String:prefixText] componentsSeparatedByString:@","]) {
            NSString *trimmed = [piece stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceCharacterSet]];
            if ([trimmed length]) [prefixObjects addObject:trimmed];
        }
        prefixes = (const char **)calloc([prefixObjects count] + 1, sizeof(char *));
        for (NSUInteger i = 0; i < [prefixObjects count]; i++) {
            prefixes[i] = [[prefixObjects objectAtIndex:i] UTF8String];
        }
        options.prefixes = prefixes;
    }
    NSError *error = nil;
    NSDictionary *manifest = MangoManifestDumperManifest(&options);
    if (mmd_write(manifest, path, &error)) {
        NSLog(@"MangoManifestDumper: wrote %lu classes and %lu protocols to %@",
              (unsigned long)[[manifest objectForKey:@"classes"] count],
              (unsigned long)[[manifest objectForKey:@"protocols"] count], path);
    } else {
        NSLog(@"MangoManifestDumper: could not write %@: %@", path, error);
    }
    free(prefixes);
    MMD_POOL_END
}

__attribute__((constructor)) static void mmd_schedule_dump(void) {
    if (getenv("MANGOPY_DUMP_MANIFEST") == NULL) return;
#if defined(__APPLE__)
    /* After launch, once every image is loaded and the main run loop turns. */
    dispatch_async(dispatch_get_main_queue(), ^{
        mmd_dump_from_environment();
    });
#else
    /* Other platforms (no main queue to rely on): when the program exits normally. */
    atexit(mmd_dump_from_environment);
#endif
}
