#ifndef MANGOPY_STUB_AVAILABILITYMACROS_H
#define MANGOPY_STUB_AVAILABILITYMACROS_H
#include <Availability.h>
#define MAC_OS_X_VERSION_10_0 1000
#define MAC_OS_X_VERSION_10_10 101000
#define MAC_OS_X_VERSION_10_15 101500
#define DEPRECATED_ATTRIBUTE __attribute__((deprecated))
#define DEPRECATED_MSG_ATTRIBUTE(s) __attribute__((deprecated(s)))
#define UNAVAILABLE_ATTRIBUTE __attribute__((unavailable))
#define AVAILABLE_MAC_OS_X_VERSION_10_0_AND_LATER
#define WEAK_IMPORT_ATTRIBUTE __attribute__((weak_import))
#define DEPRECATED_IN_MAC_OS_X_VERSION_10_0_AND_LATER
#endif
