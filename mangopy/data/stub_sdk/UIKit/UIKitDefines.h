#ifndef MANGOPY_STUB_UIKITDEFINES_H
#define MANGOPY_STUB_UIKITDEFINES_H
#include <Foundation/NSObjCRuntime.h>
@class NSString;
#define UIKIT_EXTERN extern
#define UIKIT_STATIC_INLINE static inline
#define UIKIT_CLASS_AVAILABLE_IOS_ONLY(_vers)
#define UIKIT_AVAILABLE_TVOS_ONLY(_vers)
#define UIKIT_SWIFT_FORWARD_DECLARE(_fwd)
#define UIKIT_EXTERN_CLASS
#define UIKIT_FINAL
#ifndef IBOutlet
#define IBOutlet __attribute__((iboutlet))
#endif
#ifndef IBOutletCollection
#define IBOutletCollection(ClassName) __attribute__((iboutletcollection(ClassName)))
#endif
#ifndef IBAction
#define IBAction void __attribute__((ibaction))
#endif
#ifndef IBInspectable
#define IBInspectable __attribute__((annotate("IBInspectable")))
#endif
#ifndef IB_DESIGNABLE
#define IB_DESIGNABLE __attribute__((annotate("IB_DESIGNABLE")))
#endif
#define IBSegueAction
#define UI_APPEARANCE_SELECTOR __attribute__((annotate("ui_appearance_selector")))
#define NS_SWIFT_UI_ACTOR
#define UIKIT_APP_EXTENSION_API_UNAVAILABLE(...)
UIKIT_EXTERN int UIApplicationMain(int argc, char * _Nullable argv[_Nonnull], NSString * _Nullable principalClassName, NSString * _Nullable delegateClassName);
#endif
