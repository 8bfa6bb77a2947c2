/* Drives MangoManifestDumper.m for tests/export/test_runtime_dumper.py.
 *   harness dump                  MangoManifestDumperJSON() (default image filter)
 *   harness all                   every image (includeAllImages)
 *   harness prefixes P...         name prefixes
 *   harness filter                a predicate that leaves out names containing "Leaf"
 *   harness write PATH            MangoManifestDumperWriteToPath
 *   harness spell ENC...          JSON array of spellings
 *   harness property ATTRS...     JSON array of {"type", "attributes"}
 *   harness name NAME...          JSON array of [runtime name or null, swift module or null]
 *   harness noop                  nothing (the MANGOPY_DUMP_MANIFEST dump at exit)
 */
/* The dumper as shipped (one .m, no header): its own declarations, not copies of them.  First,
 * as when it is compiled on its own (it sets feature macros before the system headers). */
#import "MangoManifestDumper.m"
#import <Foundation/Foundation.h>
#include <stdio.h>
#include <string.h>
#import "Shapes.h"

static int filterCalls;

static BOOL noLeaf(const char *name, BOOL isProtocol, void *context) {
    filterCalls++;
    return strstr(name, (const char *)context) == NULL;
}

static void print(id object) {
    NSData *data = [NSJSONSerialization dataWithJSONObject:object options:0 error:NULL];
    fwrite([data bytes], 1, [data length], stdout);
    fputc('\n', stdout);
}

static void printText(NSString *text) {
    fputs(text ? [text UTF8String] : "(nil)", stdout);
    fputc('\n', stdout);
}

int main(int argc, char **argv) {
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    MangoManifestDumperOptions options;
    memset(&options, 0, sizeof options);
    const char *mode = argc > 1 ? argv[1] : "dump";
    int status = 0;
    if (strcmp(mode, "dump") == 0) {
        printText(MangoManifestDumperJSON());
    } else if (strcmp(mode, "all") == 0) {
        options.includeAllImages = YES;
        printText(MangoManifestDumperJSONWithOptions(&options));
    } else if (strcmp(mode, "prefixes") == 0) {
        argv[argc] = NULL;
        options.includeAllImages = YES; /* the prefixes alone choose */
        options.prefixes = (const char *const *)(argv + 2);
        printText(MangoManifestDumperJSONWithOptions(&options));
    } else if (strcmp(mode, "filter") == 0) {
        options.filter = noLeaf;
        options.filterContext = (void *)"Leaf";
        printText(MangoManifestDumperJSONWithOptions(&options));
        fprintf(stderr, "filter calls: %d\n", filterCalls);
    } else if (strcmp(mode, "write") == 0 && argc > 2) {
        NSError *error = nil;
        if (!MangoManifestDumperWriteToPath([NSString stringWithUTF8String:argv[2]], &error)) {
            fprintf(stderr, "%s\n", [[error description] UTF8String]);
            status = 1;
        }
    } else if (strcmp(mode, "spell") == 0) {
        NSMutableArray *out = [NSMutableArray array];
        for (int i = 2; i < argc; i++) [out addObject:MangoManifestDumperSpellEncoding(argv[i])];
        print(out);
    } else if (strcmp(mode, "property") == 0) {
        NSMutableArray *out = [NSMutableArray array];
        for (int i = 2; i < argc; i++) [out addObject:MangoManifestDumperDescribeProperty(argv[i])];
        print(out);
    } else if (strcmp(mode, "name") == 0) {
        NSMutableArray *out = [NSMutableArray array];
        for (int i = 2; i < argc; i++) {
            NSString *module = nil;
            NSString *name = MangoManifestDumperRuntimeName(argv[i], &module);
            [out addObject:[NSArray arrayWithObjects:name ? (id)name : (id)[NSNull null],
                                                     module ? (id)module : (id)[NSNull null], nil]];
        }
        print(out);
    } else if (strcmp(mode, "noop") != 0) {
        fprintf(stderr, "unknown mode %s\n", mode);
        status = 2;
    }
    fflush(stdout);
    [pool drain];
    return status;
}
