#ifndef MANGOPY_STUB_STRING_H
#define MANGOPY_STUB_STRING_H
#include <stddef.h>
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
char *strcpy(char *dst, const char *src);
char *strncpy(char *dst, const char *src, size_t n);
size_t strlcpy(char *dst, const char *src, size_t size);
size_t strlcat(char *dst, const char *src, size_t size);
char *strcat(char *dst, const char *src);
char *strncat(char *dst, const char *src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *big, const char *little);
char *strnstr(const char *big, const char *little, size_t len);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
char *strtok(char *s, const char *sep);
char *strtok_r(char *s, const char *sep, char **last);
char *strsep(char **stringp, const char *delim);
char *strerror(int errnum);
int strerror_r(int errnum, char *buf, size_t len);
size_t strspn(const char *s, const char *charset);
size_t strcspn(const char *s, const char *charset);
char *strpbrk(const char *s, const char *charset);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *b, int c, size_t len);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
int memset_s(void *s, size_t smax, int c, size_t n);
#endif
