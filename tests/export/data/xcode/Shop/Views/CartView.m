#import "CartView.h"
#import "Shop-Swift.h"
#import "Quoted.h"
@import Firebase;
@import Firebase.Analytics;

@interface CartView ()
@property (nonatomic, strong) CartModel *model;
@end

@implementation CartView
@end
