/* no include guard: assert.h may be included again after changing NDEBUG */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
void __assert_rtn(const char *func, const char *file, int line, const char *expr) __attribute__((__noreturn__));
#define assert(e) (__builtin_expect(!(e), 0) ? __assert_rtn(__func__, __FILE__, __LINE__, #e) : (void)0)
#endif
#ifndef static_assert
#define static_assert _Static_assert
#endif
