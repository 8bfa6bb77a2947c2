#ifndef MANGOPY_STUB_LIBGEN_H
#define MANGOPY_STUB_LIBGEN_H
char *basename(char *path);
char *dirname(char *path);
#endif
