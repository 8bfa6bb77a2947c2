#ifndef MANGOPY_STUB_OS_AVAILABILITY_H
#define MANGOPY_STUB_OS_AVAILABILITY_H
#include <Availability.h>
/* API_AVAILABLE(ios(13.0)) and friends: no-ops in the stub. */
#define API_AVAILABLE(...)
#define API_UNAVAILABLE(...)
#define API_DEPRECATED(...)
#define API_DEPRECATED_WITH_REPLACEMENT(...)
#define API_AVAILABLE_BEGIN(...)
#define API_AVAILABLE_END
#define API_UNAVAILABLE_BEGIN(...)
#define API_UNAVAILABLE_END
#define API_DEPRECATED_BEGIN(...)
#define API_DEPRECATED_END
#define SPI_AVAILABLE(...)
#endif
