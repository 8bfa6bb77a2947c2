// Hand-written overlay for tools/gen_sdk_baseline.py: Objective-C declarations of iOS SDK API
// that the xamarin-macios bindings do not describe as bindings, copied from the public iOS SDK
// headers (Foundation/NSObject.h, NSKeyValueCoding.h, NSKeyValueObserving.h, NSThread.h,
// NSRunLoop.h, objc/NSObject.h).  Keep it small: everything the bindings express comes from them.
//
// Syntax: `@interface Name : Super <Protocols>` (a class; no `: Super` = a root class),
// `@interface Name (Category)` (members added to a class), `@protocol Name <Protocols>`, member
// declarations one per line, `@end`; `typedef TYPE NAME;` lines go to sdk_types.json; a
// `// framework: NAME` line sets the framework of what follows.  Nullability is dropped.

// framework: Foundation

// NSObject is bound by hand in C# (src/Foundation/NSObject2.cs), not in foundation.cs.
@interface NSObject <NSObject>
+ (void)load;
+ (void)initialize;
+ (instancetype)new;
+ (instancetype)alloc;
+ (instancetype)allocWithZone:(NSZone *)arg;
+ (Class)class;
+ (Class)superclass;
+ (NSString *)description;
+ (NSString *)debugDescription;
+ (NSUInteger)hash;
+ (BOOL)instancesRespondToSelector:(SEL)arg;
+ (BOOL)conformsToProtocol:(Protocol *)arg;
+ (BOOL)isSubclassOfClass:(Class)arg;
+ (BOOL)resolveClassMethod:(SEL)arg;
+ (BOOL)resolveInstanceMethod:(SEL)arg;
+ (void)cancelPreviousPerformRequestsWithTarget:(id)arg selector:(SEL)arg2 object:(id)arg3;
+ (void)cancelPreviousPerformRequestsWithTarget:(id)arg;
+ (BOOL)automaticallyNotifiesObserversForKey:(NSString *)arg;
+ (NSSet<NSString *> *)keyPathsForValuesAffectingValueForKey:(NSString *)arg;
- (instancetype)init;
- (void)dealloc;
- (BOOL)isEqual:(id)arg;
- (NSUInteger)hash;
- (NSString *)description;
- (Class)class;
- (instancetype)self;
- (Class)superclass;
- (BOOL)respondsToSelector:(SEL)arg;
- (BOOL)isKindOfClass:(Class)arg;
- (BOOL)isMemberOfClass:(Class)arg;
- (BOOL)conformsToProtocol:(Protocol *)arg;
- (id)performSelector:(SEL)arg;
- (id)performSelector:(SEL)arg withObject:(id)arg2;
- (id)performSelector:(SEL)arg withObject:(id)arg2 withObject:(id)arg3;
- (void)performSelector:(SEL)arg withObject:(id)arg2 afterDelay:(NSTimeInterval)arg3;
- (void)performSelectorOnMainThread:(SEL)arg withObject:(id)arg2 waitUntilDone:(BOOL)arg3;
- (void)performSelectorInBackground:(SEL)arg withObject:(id)arg2;
- (id)copy;
- (id)mutableCopy;
- (id)forwardingTargetForSelector:(SEL)arg;
- (void)forwardInvocation:(NSInvocation *)arg;
- (NSMethodSignature *)methodSignatureForSelector:(SEL)arg;
- (void)doesNotRecognizeSelector:(SEL)arg;
- (id)valueForKey:(NSString *)arg;
- (void)setValue:(id)arg forKey:(NSString *)arg2;
- (id)valueForKeyPath:(NSString *)arg;
- (void)setValue:(id)arg forKeyPath:(NSString *)arg2;
- (id)valueForUndefinedKey:(NSString *)arg;
- (void)setValue:(id)arg forUndefinedKey:(NSString *)arg2;
- (void)setNilValueForKey:(NSString *)arg;
- (void)setValuesForKeysWithDictionary:(NSDictionary<NSString *, id> *)arg;
- (NSDictionary<NSString *, id> *)dictionaryWithValuesForKeys:(NSArray<NSString *> *)arg;
- (void)addObserver:(NSObject *)arg forKeyPath:(NSString *)arg2 options:(NSKeyValueObservingOptions)arg3 context:(void *)arg4;
- (void)removeObserver:(NSObject *)arg forKeyPath:(NSString *)arg2 context:(void *)arg3;
- (void)removeObserver:(NSObject *)arg forKeyPath:(NSString *)arg2;
- (void)observeValueForKeyPath:(NSString *)arg ofObject:(id)arg2 change:(NSDictionary<NSKeyValueChangeKey, id> *)arg3 context:(void *)arg4;
- (void)willChangeValueForKey:(NSString *)arg;
- (void)didChangeValueForKey:(NSString *)arg;
- (void)awakeFromNib;
@property (readonly, copy) NSString *debugDescription;
@property (nonatomic, copy) NSString *accessibilityLabel;
@property (nonatomic, copy) NSString *accessibilityHint;
@property (nonatomic, copy) NSString *accessibilityValue;
@property (nonatomic, copy) NSString *accessibilityIdentifier;
@property (nonatomic) BOOL isAccessibilityElement;
@property (nonatomic) UIAccessibilityTraits accessibilityTraits;
@end

// Members that xamarin-macios binds by hand in C# (or not at all), so the bindings do not show
// them: taken over from mangopy's former hand-written baseline (tools/gen_baseline.py, written
// from the iOS 17 SDK headers).  A class that receives members here is marked partial.

// framework: Foundation

@interface NSProxy <NSObject>
+ (id)alloc;
+ (id)allocWithZone:(NSZone *)a0;
+ (Class)class;
+ (BOOL)respondsToSelector:(SEL)a0;
- (void)forwardInvocation:(NSInvocation *)a0;
- (NSMethodSignature *)methodSignatureForSelector:(SEL)a0;
- (void)dealloc;
@property (readonly, copy) NSString *description;
@property (readonly, copy) NSString *debugDescription;
@end

@interface NSString (SDK)
+ (instancetype)string;
+ (instancetype)stringWithString:(NSString *)a0;
+ (instancetype)stringWithFormat:(NSString *)a0;
+ (instancetype)stringWithUTF8String:(const char *)a0;
+ (instancetype)stringWithCString:(const char *)a0 encoding:(NSStringEncoding)a1;
+ (instancetype)stringWithContentsOfFile:(NSString *)a0 encoding:(NSStringEncoding)a1 error:(NSError **)a2;
+ (instancetype)stringWithContentsOfURL:(NSURL *)a0 encoding:(NSStringEncoding)a1 error:(NSError **)a2;
+ (NSString *)localizedStringWithFormat:(NSString *)a0;
- (instancetype)initWithString:(NSString *)a0;
- (instancetype)initWithFormat:(NSString *)a0;
- (instancetype)initWithUTF8String:(const char *)a0;
- (instancetype)initWithBytes:(const void *)a0 length:(NSUInteger)a1 encoding:(NSStringEncoding)a2;
- (NSString *)substringFromIndex:(NSUInteger)a0;
- (NSString *)substringToIndex:(NSUInteger)a0;
- (NSString *)substringWithRange:(NSRange)a0;
- (NSComparisonResult)caseInsensitiveCompare:(NSString *)a0;
- (NSComparisonResult)localizedCompare:(NSString *)a0;
- (NSComparisonResult)localizedCaseInsensitiveCompare:(NSString *)a0;
- (NSComparisonResult)localizedStandardCompare:(NSString *)a0;
- (BOOL)isEqualToString:(NSString *)a0;
- (NSRange)rangeOfString:(NSString *)a0;
- (NSRange)rangeOfString:(NSString *)a0 options:(NSStringCompareOptions)a1;
- (NSRange)rangeOfString:(NSString *)a0 options:(NSStringCompareOptions)a1 range:(NSRange)a2;
- (NSRange)rangeOfCharacterFromSet:(NSCharacterSet *)a0;
- (NSString *)stringByAppendingString:(NSString *)a0;
- (NSString *)stringByAppendingFormat:(NSString *)a0;
- (NSString *)stringByTrimmingCharactersInSet:(NSCharacterSet *)a0;
- (NSString *)stringByPaddingToLength:(NSUInteger)a0 withString:(NSString *)a1 startingAtIndex:(NSUInteger)a2;
- (NSString *)stringByReplacingOccurrencesOfString:(NSString *)a0 withString:(NSString *)a1;
- (NSString *)stringByReplacingOccurrencesOfString:(NSString *)a0 withString:(NSString *)a1 options:(NSStringCompareOptions)a2 range:(NSRange)a3;
- (NSData *)dataUsingEncoding:(NSStringEncoding)a0;
- (NSUInteger)lengthOfBytesUsingEncoding:(NSStringEncoding)a0;
- (BOOL)writeToFile:(NSString *)a0 atomically:(BOOL)a1 encoding:(NSStringEncoding)a2 error:(NSError **)a3;
- (BOOL)writeToURL:(NSURL *)a0 atomically:(BOOL)a1 encoding:(NSStringEncoding)a2 error:(NSError **)a3;
- (void)enumerateLinesUsingBlock:(void (^)(NSString *line, BOOL *stop))a0;
@property (readonly) double doubleValue;
@property (readonly) float floatValue;
@property (readonly) int intValue;
@property (readonly) NSInteger integerValue;
@property (readonly) long long longLongValue;
@property (readonly) BOOL boolValue;
@property (readonly, copy) NSString *uppercaseString;
@property (readonly, copy) NSString *lowercaseString;
@property (readonly, copy) NSString *capitalizedString;
@property (readonly) const char *UTF8String;
@end

@interface NSMutableString (SDK)
+ (NSMutableString *)stringWithCapacity:(NSUInteger)a0;
- (void)appendFormat:(NSString *)a0;
@end

@interface NSAttributedString (SDK)
- (NSDictionary<NSAttributedStringKey, id> *)attributesAtIndex:(NSUInteger)a0 effectiveRange:(NSRange *)a1;
@end

@interface NSMutableAttributedString (SDK)
- (void)setAttributes:(NSDictionary<NSAttributedStringKey, id> *)a0 range:(NSRange)a1;
@end

@interface NSValue (SDK)
+ (NSValue *)valueWithBytes:(const void *)a0 objCType:(const char *)a1;
+ (NSValue *)valueWithPointer:(const void *)a0;
- (void)getValue:(void *)a0 size:(NSUInteger)a1;
- (instancetype)initWithBytes:(const void *)a0 objCType:(const char *)a1;
@end

@interface NSNumber (SDK)
- (BOOL)isEqualToNumber:(NSNumber *)a0;
@end

@interface NSArray (SDK)
+ (instancetype)array;
+ (instancetype)arrayWithObject:(id)a0;
+ (instancetype)arrayWithObjects:(id)a0;
+ (instancetype)arrayWithArray:(NSArray *)a0;
- (instancetype)initWithArray:(NSArray *)a0;
- (instancetype)initWithArray:(NSArray *)a0 copyItems:(BOOL)a1;
- (instancetype)initWithObjects:(id)a0;
- (id)objectAtIndex:(NSUInteger)a0;
- (id)objectAtIndexedSubscript:(NSUInteger)a0;
- (NSArray *)arrayByAddingObject:(id)a0;
- (NSArray *)arrayByAddingObjectsFromArray:(NSArray *)a0;
- (NSString *)componentsJoinedByString:(NSString *)a0;
- (BOOL)containsObject:(id)a0;
- (id)firstObjectCommonWithArray:(NSArray *)a0;
- (NSUInteger)indexOfObject:(id)a0;
- (NSUInteger)indexOfObject:(id)a0 inRange:(NSRange)a1;
- (NSUInteger)indexOfObjectIdenticalTo:(id)a0;
- (BOOL)isEqualToArray:(NSArray *)a0;
- (NSEnumerator *)objectEnumerator;
- (NSEnumerator *)reverseObjectEnumerator;
- (NSArray *)sortedArrayUsingSelector:(SEL)a0;
- (NSArray *)sortedArrayUsingDescriptors:(NSArray<NSSortDescriptor *> *)a0;
- (NSArray *)subarrayWithRange:(NSRange)a0;
- (NSArray *)objectsAtIndexes:(NSIndexSet *)a0;
- (void)makeObjectsPerformSelector:(SEL)a0;
- (void)makeObjectsPerformSelector:(SEL)a0 withObject:(id)a1;
- (void)enumerateObjectsUsingBlock:(void (^)(id obj, NSUInteger idx, BOOL *stop))a0;
- (void)enumerateObjectsWithOptions:(NSEnumerationOptions)a0 usingBlock:(void (^)(id obj, NSUInteger idx, BOOL *stop))a1;
- (NSUInteger)indexOfObjectPassingTest:(BOOL (^)(id obj, NSUInteger idx, BOOL *stop))a0;
- (NSIndexSet *)indexesOfObjectsPassingTest:(BOOL (^)(id obj, NSUInteger idx, BOOL *stop))a0;
@property (nonatomic, readonly) id firstObject;
@property (nonatomic, readonly) id lastObject;
@end

@interface NSMutableArray (SDK)
+ (instancetype)arrayWithCapacity:(NSUInteger)a0;
- (void)addObject:(id)a0;
- (void)insertObject:(id)a0 atIndex:(NSUInteger)a1;
- (void)replaceObjectAtIndex:(NSUInteger)a0 withObject:(id)a1;
- (void)exchangeObjectAtIndex:(NSUInteger)a0 withObjectAtIndex:(NSUInteger)a1;
- (void)removeObject:(id)a0;
- (void)removeObjectIdenticalTo:(id)a0;
- (void)removeObjectsInArray:(NSArray *)a0;
- (void)removeObjectsInRange:(NSRange)a0;
- (void)insertObjects:(NSArray *)a0 atIndexes:(NSIndexSet *)a1;
- (void)replaceObjectsAtIndexes:(NSIndexSet *)a0 withObjects:(NSArray *)a1;
- (void)setArray:(NSArray *)a0;
- (void)sortUsingSelector:(SEL)a0;
- (void)sortUsingComparator:(NSComparisonResult (^)(id obj1, id obj2))a0;
- (void)setObject:(id)a0 atIndexedSubscript:(NSUInteger)a1;
@end

@interface NSDictionary (SDK)
+ (instancetype)dictionary;
+ (instancetype)dictionaryWithObjectsAndKeys:(id)a0;
+ (instancetype)dictionaryWithObjects:(NSArray *)a0 forKeys:(NSArray<id<NSCopying>> *)a1;
- (instancetype)initWithObjectsAndKeys:(id)a0;
- (id)objectForKey:(id)a0;
- (id)objectForKeyedSubscript:(id)a0;
- (NSEnumerator *)keyEnumerator;
- (NSArray *)allKeysForObject:(id)a0;
- (NSArray *)objectsForKeys:(NSArray *)a0 notFoundMarker:(id)a1;
- (NSArray *)keysSortedByValueUsingSelector:(SEL)a0;
- (void)enumerateKeysAndObjectsUsingBlock:(void (^)(id key, id obj, BOOL *stop))a0;
- (NSSet *)keysOfEntriesPassingTest:(BOOL (^)(id key, id obj, BOOL *stop))a0;
@end

@interface NSMutableDictionary (SDK)
+ (instancetype)dictionaryWithCapacity:(NSUInteger)a0;
- (instancetype)initWithCapacity:(NSUInteger)a0;
- (void)removeObjectForKey:(id)a0;
- (void)setObject:(id)a0 forKey:(id<NSCopying>)a1;
- (void)setObject:(id)a0 forKeyedSubscript:(id<NSCopying>)a1;
- (void)removeObjectsForKeys:(NSArray *)a0;
- (void)setDictionary:(NSDictionary *)a0;
@end

@interface NSSet (SDK)
+ (instancetype)setWithObject:(id)a0;
+ (instancetype)setWithObjects:(id)a0;
+ (instancetype)setWithArray:(NSArray *)a0;
+ (instancetype)setWithSet:(NSSet *)a0;
- (id)member:(id)a0;
- (BOOL)containsObject:(id)a0;
- (NSSet *)setByAddingObject:(id)a0;
- (NSSet *)setByAddingObjectsFromSet:(NSSet *)a0;
- (NSSet *)setByAddingObjectsFromArray:(NSArray *)a0;
- (void)makeObjectsPerformSelector:(SEL)a0;
- (NSSet *)objectsPassingTest:(BOOL (^)(id obj, BOOL *stop))a0;
@end

@interface NSMutableSet (SDK)
+ (instancetype)setWithCapacity:(NSUInteger)a0;
- (void)addObject:(id)a0;
- (void)removeObject:(id)a0;
- (void)addObjectsFromArray:(NSArray *)a0;
- (void)intersectSet:(NSSet *)a0;
- (void)setSet:(NSSet *)a0;
@end

@interface NSData (SDK)
+ (instancetype)data;
+ (instancetype)dataWithBytes:(const void *)a0 length:(NSUInteger)a1;
+ (instancetype)dataWithBytesNoCopy:(void *)a0 length:(NSUInteger)a1;
- (instancetype)initWithBytes:(const void *)a0 length:(NSUInteger)a1;
- (instancetype)initWithData:(NSData *)a0;
- (instancetype)initWithContentsOfFile:(NSString *)a0;
- (instancetype)initWithContentsOfURL:(NSURL *)a0;
- (void)getBytes:(void *)a0 length:(NSUInteger)a1;
- (void)getBytes:(void *)a0 range:(NSRange)a1;
- (BOOL)isEqualToData:(NSData *)a0;
- (BOOL)writeToFile:(NSString *)a0 options:(NSDataWritingOptions)a1 error:(NSError **)a2;
- (BOOL)writeToURL:(NSURL *)a0 options:(NSDataWritingOptions)a1 error:(NSError **)a2;
@end

@interface NSDate (SDK)
+ (instancetype)dateWithTimeInterval:(NSTimeInterval)a0 sinceDate:(NSDate *)a1;
+ (NSDate *)now;
- (instancetype)initWithTimeIntervalSinceReferenceDate:(NSTimeInterval)a0;
- (instancetype)initWithTimeIntervalSinceNow:(NSTimeInterval)a0;
- (instancetype)initWithTimeIntervalSince1970:(NSTimeInterval)a0;
- (instancetype)initWithTimeInterval:(NSTimeInterval)a0 sinceDate:(NSDate *)a1;
@end

@interface NSURL (SDK)
- (instancetype)initFileURLWithPath:(NSString *)a0;
- (NSURL *)URLByAppendingPathComponent:(NSString *)a0;
- (BOOL)checkResourceIsReachableAndReturnError:(NSError **)a0;
@property (readonly, getter=isFileURL) BOOL fileURL;
@end

@interface NSURLRequest (SDK)
+ (instancetype)requestWithURL:(NSURL *)a0 cachePolicy:(NSURLRequestCachePolicy)a1 timeoutInterval:(NSTimeInterval)a2;
@end

@interface NSMutableURLRequest (SDK)
- (void)addValue:(NSString *)a0 forHTTPHeaderField:(NSString *)a1;
@end

@interface NSNotification (SDK)
- (instancetype)initWithName:(NSString *)a0 object:(id)a1 userInfo:(NSDictionary *)a2;
@end

@interface NSUserDefaults (SDK)
- (instancetype)initWithSuiteName:(NSString *)a0;
@end

@interface NSBundle (SDK)
@property (readonly, getter=isLoaded) BOOL loaded;
@property (readonly, copy) NSDictionary<NSString *, id> *localizedInfoDictionary;
@end

@interface NSTimer (SDK)
+ (NSTimer *)timerWithTimeInterval:(NSTimeInterval)a0 invocation:(NSInvocation *)a1 repeats:(BOOL)a2;
+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)a0 invocation:(NSInvocation *)a1 repeats:(BOOL)a2;
@property (readonly, getter=isValid) BOOL valid;
@end

@interface NSRunLoop (SDK)
- (void)addPort:(NSPort *)a0 forMode:(NSString *)a1;
- (void)removePort:(NSPort *)a0 forMode:(NSString *)a1;
- (void)performSelector:(SEL)a0 target:(id)a1 argument:(id)a2 order:(NSUInteger)a3 modes:(NSArray<NSRunLoopMode> *)a4;
- (void)cancelPerformSelector:(SEL)a0 target:(id)a1 argument:(id)a2;
- (void)cancelPerformSelectorsWithTarget:(id)a0;
@end

@interface NSThread (SDK)
+ (void)detachNewThreadWithBlock:(void (^)(void))a0;
+ (void)detachNewThreadSelector:(SEL)a0 toTarget:(id)a1 withObject:(id)a2;
+ (NSArray<NSNumber *> *)callStackReturnAddresses;
- (instancetype)initWithTarget:(id)a0 selector:(SEL)a1 object:(id)a2;
- (instancetype)initWithBlock:(void (^)(void))a0;
@property (readonly, retain) NSMutableDictionary *threadDictionary;
@property () double threadPriority;
@property (readonly, getter=isExecuting) BOOL executing;
@property (readonly, getter=isFinished) BOOL finished;
@property (readonly, getter=isCancelled) BOOL cancelled;
@end

@interface NSOperation (SDK)
@property (readonly, getter=isCancelled) BOOL cancelled;
@property (readonly, getter=isExecuting) BOOL executing;
@property (readonly, getter=isFinished) BOOL finished;
@property (readonly, getter=isConcurrent) BOOL concurrent;
@property (readonly, getter=isReady) BOOL ready;
@end

@interface NSIndexPath (SDK)
- (instancetype)initWithIndex:(NSUInteger)a0;
@end

@interface NSIndexSet (SDK)
+ (instancetype)indexSet;
- (instancetype)initWithIndexesInRange:(NSRange)a0;
- (BOOL)containsIndexesInRange:(NSRange)a0;
- (BOOL)intersectsIndexesInRange:(NSRange)a0;
@end

@interface NSFileManager (SDK)
- (NSDictionary<NSFileAttributeKey, id> *)attributesOfFileSystemForPath:(NSString *)a0 error:(NSError **)a1;
@end

@interface NSLocale (SDK)
- (NSString *)localizedStringForLocaleIdentifier:(NSString *)a0;
- (NSString *)localizedStringForLanguageCode:(NSString *)a0;
- (NSString *)localizedStringForCountryCode:(NSString *)a0;
@property (readonly, copy) NSString *languageCode;
@property (readonly, copy) NSString *countryCode;
@property (readonly, copy) NSString *scriptCode;
@property (readonly, copy) NSString *currencyCode;
@property (readonly, copy) NSString *currencySymbol;
@property (readonly, copy) NSString *decimalSeparator;
@property (readonly) BOOL usesMetricSystem;
@end

@interface NSCalendar (SDK)
+ (NSCalendar *)calendarWithIdentifier:(NSString *)a0;
+ (NSCalendar *)autoupdatingCurrentCalendar;
@end

@interface NSUUID (SDK)
+ (instancetype)UUID;
@end

@interface NSCoder (SDK)
- (void)encodeValueOfObjCType:(const char *)a0 at:(const void *)a1;
- (void)encodeDataObject:(NSData *)a0;
- (NSData *)decodeDataObject;
- (void)decodeValueOfObjCType:(const char *)a0 at:(void *)a1 size:(NSUInteger)a2;
- (void)encodeInt:(int)a0 forKey:(NSString *)a1;
- (void)encodeBytes:(const uint8_t *)a0 length:(NSUInteger)a1 forKey:(NSString *)a2;
- (int)decodeIntForKey:(NSString *)a0;
- (id)decodeObjectOfClass:(Class)a0 forKey:(NSString *)a1;
- (id)decodeObjectOfClasses:(NSSet<Class> *)a0 forKey:(NSString *)a1;
@property (readonly) BOOL allowsKeyedCoding;
@end

@interface NSDecimalNumber (SDK)
+ (NSDecimalNumber *)decimalNumberWithString:(NSString *)a0;
@end

@protocol NSSecureCoding
+ (BOOL)supportsSecureCoding;
@end

@protocol UIAppearance
+ (instancetype)appearance;
+ (instancetype)appearanceWhenContainedInInstancesOfClasses:(NSArray<Class<UIAppearanceContainer>> *)a0;
+ (instancetype)appearanceForTraitCollection:(UITraitCollection *)a0;
+ (instancetype)appearanceForTraitCollection:(UITraitCollection *)a0 whenContainedInInstancesOfClasses:(NSArray<Class<UIAppearanceContainer>> *)a1;
@end

@protocol NSFastEnumeration
- (NSUInteger)countByEnumeratingWithState:(void *)a0 objects:(id __unsafe_unretained *)a1 count:(NSUInteger)a2;
@end

// framework: QuartzCore

@interface CALayer (SDK)
- (instancetype)initWithLayer:(id)a0;
- (BOOL)shouldArchiveValueForKey:(NSString *)a0;
@end

// framework: UIKit

@interface UIView (SDK)
+ (Class)layerClass;
@end

@interface UIViewController (SDK)
@property (nonatomic, readonly, getter=isViewLoaded) BOOL viewLoaded;
@property (nonatomic, readonly, getter=isBeingPresented) BOOL beingPresented;
@property (nonatomic, readonly, getter=isBeingDismissed) BOOL beingDismissed;
@property (nonatomic, readonly, getter=isMovingToParentViewController) BOOL movingToParentViewController;
@property (nonatomic, readonly, getter=isMovingFromParentViewController) BOOL movingFromParentViewController;
@end

@interface UIControl (SDK)
@property (nonatomic, readonly, getter=isTracking) BOOL tracking;
@property (nonatomic, readonly, getter=isTouchInside) BOOL touchInside;
@end

@interface UIImageView (SDK)
@property (nonatomic, readonly, getter=isAnimating) BOOL animating;
@end

@interface UITableView (SDK)
- (NSArray<NSIndexPath *> *)indexPathsForRowsInRect:(CGRect)a0;
- (void)registerClass:(Class)a0 forCellReuseIdentifier:(NSString *)a1;
- (void)registerClass:(Class)a0 forHeaderFooterViewReuseIdentifier:(NSString *)a1;
@end

@interface UICollectionView (SDK)
- (void)registerClass:(Class)a0 forCellWithReuseIdentifier:(NSString *)a1;
- (void)registerClass:(Class)a0 forSupplementaryViewOfKind:(NSString *)a1 withReuseIdentifier:(NSString *)a2;
@end

@interface UINavigationController (SDK)
- (instancetype)initWithNavigationBarClass:(Class)a0 toolbarClass:(Class)a1;
@end

@interface UIWindow (SDK)
@property (nonatomic, readonly, getter=isKeyWindow) BOOL keyWindow;
@end

@interface UIApplication (SDK)
@property (nonatomic, readonly, getter=isRegisteredForRemoteNotifications) BOOL registeredForRemoteNotifications;
@end

@interface UIColor (SDK)
- (UIColor *)initWithHue:(CGFloat)a0 saturation:(CGFloat)a1 brightness:(CGFloat)a2 alpha:(CGFloat)a3;
- (BOOL)getHue:(CGFloat *)a0 saturation:(CGFloat *)a1 brightness:(CGFloat *)a2 alpha:(CGFloat *)a3;
- (BOOL)getRed:(CGFloat *)a0 green:(CGFloat *)a1 blue:(CGFloat *)a2 alpha:(CGFloat *)a3;
@end

@interface UIFont (SDK)
+ (UIFont *)preferredFontForTextStyle:(NSString *)a0;
+ (UIFont *)preferredFontForTextStyle:(NSString *)a0 compatibleWithTraitCollection:(UITraitCollection *)a1;
+ (UIFont *)fontWithName:(NSString *)a0 size:(CGFloat)a1;
+ (UIFont *)systemFontOfSize:(CGFloat)a0;
+ (UIFont *)boldSystemFontOfSize:(CGFloat)a0;
+ (UIFont *)italicSystemFontOfSize:(CGFloat)a0;
+ (UIFont *)systemFontOfSize:(CGFloat)a0 weight:(CGFloat)a1;
+ (UIFont *)monospacedDigitSystemFontOfSize:(CGFloat)a0 weight:(CGFloat)a1;
+ (UIFont *)monospacedSystemFontOfSize:(CGFloat)a0 weight:(CGFloat)a1;
+ (UIFont *)fontWithDescriptor:(UIFontDescriptor *)a0 size:(CGFloat)a1;
- (UIFont *)fontWithSize:(CGFloat)a0;
@end

@interface UITextField (SDK)
@property (nonatomic, readonly, getter=isEditing) BOOL editing;
@end

@interface UICollectionViewLayout (SDK)
- (void)registerClass:(Class)a0 forDecorationViewOfKind:(NSString *)a1;
@end

@interface UIActivityIndicatorView (SDK)
@property (nonatomic, readonly, getter=isAnimating) BOOL animating;
@end

@interface UIGestureRecognizer (SDK)
- (instancetype)initWithCoder:(NSCoder *)a0;
@end

@interface UIBarButtonItem (SDK)
- (instancetype)initWithTitle:(NSString *)a0 image:(UIImage *)a1 primaryAction:(UIAction *)a2 menu:(UIMenu *)a3;
@end

@interface UIDevice (SDK)
@property (nonatomic, readonly, getter=isMultitaskingSupported) BOOL multitaskingSupported;
@end

@interface UIPasteboard (SDK)
@property (nonatomic, copy) NSArray<UIImage *> *images;
@end

@interface UIBezierPath (SDK)
- (void)setLineDash:(const CGFloat *)a0 count:(NSInteger)a1 phase:(CGFloat)a2;
@end
