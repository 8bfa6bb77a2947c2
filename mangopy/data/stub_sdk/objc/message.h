#ifndef MANGOPY_STUB_OBJC_MESSAGE_H
#define MANGOPY_STUB_OBJC_MESSAGE_H
#include <objc/objc.h>
#include <objc/runtime.h>
/* As with OBJC_OLD_DISPATCH_PROTOTYPES=0 (Xcode's default): cast before calling. */
OBJC_EXPORT void objc_msgSend(void);
OBJC_EXPORT void objc_msgSendSuper(void);
OBJC_EXPORT void objc_msgSend_stret(void);
OBJC_EXPORT void objc_msgSendSuper_stret(void);
OBJC_EXPORT void method_invoke(void);
OBJC_EXPORT void _objc_msgForward(void);
#endif
