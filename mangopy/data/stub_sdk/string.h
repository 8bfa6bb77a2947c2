#ifndef MANGOPY_STUB_STRING_H
#define MANGOPY_STUB_STRING_H
#include <stddef.h>
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
void *memcpy(void *dst, const void *src, size_t n);
#endif
