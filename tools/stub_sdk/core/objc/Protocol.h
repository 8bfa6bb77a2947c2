#ifndef MANGOPY_STUB_OBJC_PROTOCOL_H
#define MANGOPY_STUB_OBJC_PROTOCOL_H
#include <objc/NSObject.h>
@interface Protocol : NSObject
@end
#endif
