#ifndef MANGOPY_STUB_LIMITS_H
#define MANGOPY_STUB_LIMITS_H
#define INT_MAX __INT_MAX__
#define LONG_MAX __LONG_MAX__
#endif
