#ifndef MANGOPY_STUB_STDLIB_H
#define MANGOPY_STUB_STDLIB_H
#include <sys/types.h>
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fffffff
typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *ptr, size_t size);
void *reallocf(void *ptr, size_t size);
void free(void *ptr);
int posix_memalign(void **memptr, size_t alignment, size_t size);
void *aligned_alloc(size_t alignment, size_t size);
void abort(void) __attribute__((__noreturn__));
void exit(int status) __attribute__((__noreturn__));
void _Exit(int status) __attribute__((__noreturn__));
int atexit(void (*func)(void));
int abs(int v);
long labs(long v);
long long llabs(long long v);
div_t div(int a, int b);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
long strtol(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int system(const char *command);
int rand(void);
void srand(unsigned seed);
long random(void);
void srandom(unsigned seed);
uint32_t arc4random(void);
uint32_t arc4random_uniform(uint32_t upper_bound);
void arc4random_buf(void *buf, size_t nbytes);
void qsort(void *base, size_t nel, size_t width, int (*compar)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t nel, size_t width, int (*compar)(const void *, const void *));
char *realpath(const char *path, char *resolved);
int mkstemp(char *tmpl);
char *mkdtemp(char *tmpl);
#endif
