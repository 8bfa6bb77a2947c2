// Brewly 4.9.0 (Swift): the cart total ignored the loyalty discount cap and
// also discounted gift cards. CartStore and CartSummaryView are Swift classes
// exposed to Objective-C, reached through aliases.

@SwiftClassAlias BrewlyKit.CartStore CartStore;
@SwiftClassAlias BrewlyKit.Checkout.CartSummaryView CartSummaryView;

double kLoyaltyCap = 0.25;

class CartStore : NSObject {

@MethodName("totalWithDiscounts")
- (double)patchedTotal {
    double subtotal = self.subtotal();
    double discount = self.loyaltyDiscountRate();
    if (discount > kLoyaltyCap) {
        discount = kLoyaltyCap;
    }
    double giftCards = 0.0;
    for (id line in self.lines()) {
        if (line.isGiftCard()) {
            giftCards += line.price().doubleValue();
        }
    }
    double discounted = (subtotal - giftCards) * (1.0 - discount);
    return discounted + giftCards;
}

@MethodName("applyPromoCode:completion:")
- (void)applyPromo:(NSString *)code done:(Block)completion {
    NSString *trimmed = code.stringByTrimmingCharactersInSet:(NSCharacterSet.whitespaceAndNewlineCharacterSet());
    self.ORGapplyPromoCode:completion:(trimmed.uppercaseString(), completion);
}

}

class CartSummaryView : UIView {

- (void)refreshTotals {
    self.ORGrefreshTotals();
    double total = CartStore.shared().totalWithDiscounts();
    self.totalLabel.text = @"Total: " + fmt_num(@"%.2f", @(total));
    self.totalLabel.accessibilityLabel = @"Order total " + fmt_num(@"%.2f", @(total));
}

}
