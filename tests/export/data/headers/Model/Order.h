#import <Foundation/Foundation.h>
#import <CoreGraphics/CoreGraphics.h>

NS_ASSUME_NONNULL_BEGIN

typedef NS_ENUM(NSInteger, OrderStatus) {
    OrderStatusOpen,
    OrderStatusPaid,
};

typedef void (^OrderCompletion)(BOOL ok, NSError *_Nullable error);

// A macro that declares a getter/setter pair, as some apps do for their model layer.
#define SHOP_FLAG(name, Name) - (BOOL)is##Name; - (void)set##Name:(BOOL)name;

@interface Order : NSObject <NSCopying, NSCoding>

@property (nonatomic, copy, readonly) NSString *identifier;
@property (nonatomic, assign) NSInteger quantity;
@property (nonatomic, copy) NSArray<NSString *> *items;
@property (nonatomic, getter=isPaid, setter=markPaid:) BOOL paid;
@property (nonatomic, copy, nullable) void (^onChange)(Order *order);
@property (class, nonatomic, readonly) NSUInteger orderCount;
@property (nonatomic, strong, nullable) LegacyToken *token;

+ (instancetype)orderWithIdentifier:(NSString *)identifier;
- (instancetype)initWithIdentifier:(NSString *)identifier NS_DESIGNATED_INITIALIZER;
- (instancetype)init NS_UNAVAILABLE;
- (double)totalPrice;
- (void)addItem:(NSString *)item quantity:(NSInteger)quantity;
- (nullable NSString *)noteForItem:(NSString *_Nullable)item;
- (void)layoutInRect:(CGRect)rect;
- (void)submitWithCompletion:(void (^)(BOOL ok, NSError *_Nullable error))completion;
- (void)submitLater:(OrderCompletion)completion;
- (OrderStatus)status;
- (BOOL)save:(NSError **)error;
- (void)applyToken:(LegacyToken *)token;
SHOP_FLAG(gift, Gift)
#if SHOP_COUPONS
- (void)applyCoupon:(NSString *)code;
#endif

@end

NS_ASSUME_NONNULL_END
