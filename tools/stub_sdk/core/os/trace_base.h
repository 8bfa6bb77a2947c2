#ifndef MANGOPY_STUB_OS_TRACE_BASE_H
#define MANGOPY_STUB_OS_TRACE_BASE_H
#include <os/base.h>
#endif
