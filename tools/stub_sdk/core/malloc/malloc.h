#ifndef MANGOPY_STUB_MALLOC_H
#define MANGOPY_STUB_MALLOC_H
#include <stddef.h>
typedef struct _malloc_zone_t malloc_zone_t;
size_t malloc_size(const void *ptr);
size_t malloc_good_size(size_t size);
malloc_zone_t *malloc_default_zone(void);
void *malloc_zone_malloc(malloc_zone_t *zone, size_t size);
void malloc_zone_free(malloc_zone_t *zone, void *ptr);
#endif
