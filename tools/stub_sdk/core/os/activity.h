#ifndef MANGOPY_STUB_OS_ACTIVITY_H
#define MANGOPY_STUB_OS_ACTIVITY_H
#include <os/object.h>
OS_OBJECT_DECL(os_activity);
typedef uint64_t os_activity_id_t;
#endif
