#ifndef MANGOPY_STUB_XLOCALE_H
#define MANGOPY_STUB_XLOCALE_H
struct _xlocale;
typedef struct _xlocale *locale_t;
#define LC_GLOBAL_LOCALE ((locale_t)-1)
locale_t newlocale(int mask, const char *locale, locale_t base);
void freelocale(locale_t loc);
locale_t uselocale(locale_t loc);
#endif
