#import <Foundation/Foundation.h>

NS_ASSUME_NONNULL_BEGIN

@interface Order : NSObject <NSCopying>

@property (nonatomic, copy, readonly) NSString *identifier;
@property (nonatomic, assign) NSInteger quantity;
@property (nonatomic, copy) NSArray<NSString *> *items;

- (double)totalPrice;
- (BOOL)isPaid;
- (void)addItem:(NSString *)item quantity:(NSInteger)quantity;

@end

NS_ASSUME_NONNULL_END
