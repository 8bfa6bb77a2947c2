#ifndef MANGOPY_STUB_STDDEF_H
#define MANGOPY_STUB_STDDEF_H
typedef unsigned long size_t;
typedef long ptrdiff_t;
typedef int wchar_t;
typedef long double max_align_t;
#ifndef NULL
#define NULL ((void *)0)
#endif
#define offsetof(t, d) __builtin_offsetof(t, d)
#endif
