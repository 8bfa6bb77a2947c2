// LedgerLite 1.8.0: the high-contrast theme ignored the accessibility
// setting when the app was launched from a widget. Read the native globals
// directly, look up the theme function by symbol, and refresh the theme.

extern BOOL LGLHighContrastEnabled;
extern double LGLThemeAnimationDuration;
extern Pointer LGLThemeRegistryHandle;
extern NSString *UIAccessibilityDarkerSystemColorsStatusDidChangeNotification;

CFunction<BOOL> darkerColorsOn = CFunction("UIAccessibilityDarkerSystemColorsEnabled");
CFunction<BOOL> reduceTransparencyOn = CFunction("UIAccessibilityIsReduceTransparencyEnabled");
CFunction<void *, char *, int> openImage = CFunction("dlopen");
CFunction<void *, void *, char *> lookupSymbol = CFunction("dlsym");

Pointer mainImage = openImage(NULL, 2);
Pointer applyThemePtr = lookupSymbol(mainImage, "LGLApplyThemeNamed");
CFunction<void, char *> applyThemeNamed = CFunction(applyThemePtr);

class LGLThemeManager : NSObject {

- (BOOL)shouldUseHighContrast {
    BOOL fromSettings = self.ORGshouldUseHighContrast();
    return fromSettings || LGLHighContrastEnabled || darkerColorsOn();
}

- (void)applicationDidBecomeActive:(NSNotification *)note {
    self.ORGapplicationDidBecomeActive:(note);
    BOOL highContrast = self.shouldUseHighContrast();
    CString themeName = highContrast ? "high-contrast" : "standard";
    if (applyThemePtr) {
        applyThemeNamed(themeName);
    }
    double duration = reduceTransparencyOn() ? 0.0 : LGLThemeAnimationDuration;
    UIView.animateWithDuration:animations:(duration, ^{
        UIApplication.sharedApplication().keyWindow().tintColor = highContrast ? UIColor.labelColor() : LGLPalette.brandColor();
    });
}

- (void)startObservingAccessibility {
    self.ORGstartObservingAccessibility();
    NSNotificationCenter.defaultCenter().addObserver:selector:name:object:(self, @selector(applicationDidBecomeActive:), UIAccessibilityDarkerSystemColorsStatusDidChangeNotification, nil);
    NSLog(@"[LGL] theme registry handle present: " + (LGLThemeRegistryHandle != NULL));
}

}
