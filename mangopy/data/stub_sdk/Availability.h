#ifndef MANGOPY_STUB_AVAILABILITY_H
#define MANGOPY_STUB_AVAILABILITY_H
#include <AvailabilityInternal.h>
#endif
