#ifndef MANGOPY_STUB_WCHAR_H
#define MANGOPY_STUB_WCHAR_H
#include <stddef.h>
#include <stdarg.h>
typedef int wint_t;
typedef union { char __mbstate8[128]; long long _mbstateL; } mbstate_t;
#define WEOF ((wint_t)-1)
#define WCHAR_MAX __WCHAR_MAX__
#define WCHAR_MIN (-__WCHAR_MAX__ - 1)
size_t wcslen(const wchar_t *s);
int wcscmp(const wchar_t *a, const wchar_t *b);
wchar_t *wcscpy(wchar_t *dst, const wchar_t *src);
size_t mbstowcs(wchar_t *dst, const char *src, size_t n);
size_t wcstombs(char *dst, const wchar_t *src, size_t n);
int swprintf(wchar_t *s, size_t n, const wchar_t *format, ...);
#endif
