// Brewly 4.8.3: stacked coupons could push an order total below zero, and
// expired coupons were still applied. The validation rules are expressed as
// small blocks so they are easy to tweak in the next patch.

class BRWCouponValidator : NSObject {

- (NSArray *)validatedCoupons:(NSArray *)coupons forSubtotal:(double)subtotal {
    Block logRejection = ^(NSString *code, NSString *reason) {
        NSLog(@"[BRW] coupon " + code + @" rejected: " + reason);
    };
    Block isExpired = ^BOOL (id coupon) {
        NSDate *expiry = coupon.expiresAt();
        return expiry != nil && expiry.timeIntervalSinceNow() < 0;
    };
    Block maxCoupons = ^int () {
        return 2;
    };
    Block defaultCode = ^NSString * {
        return @"WELCOME";
    };
    Block resetBadge = ^() {
        BRWCouponBadge.shared().setCount:(0);
    };
    Block markChecked = ^{
        NSUserDefaults.standardUserDefaults().setDouble:forKey:(NSDate.date().timeIntervalSince1970(), @"brw.coupons.checkedAt");
    };

    NSMutableArray *accepted = NSMutableArray.array();
    double remaining = subtotal;
    for (id coupon in coupons) {
        NSString *code = coupon.code() ?: defaultCode();
        if (isExpired(coupon)) {
            logRejection(code, @"expired");
            continue;
        }
        if (accepted.count() >= maxCoupons()) {
            logRejection(code, @"limit reached");
            continue;
        }
        double value = coupon.discountValue().doubleValue();
        if (value > remaining) {
            logRejection(code, @"exceeds remaining total");
            continue;
        }
        remaining -= value;
        accepted.addObject:(coupon);
    }
    if (accepted.count() == 0) {
        resetBadge();
    }
    markChecked();
    return accepted;
}

- (void)applyCoupons:(NSArray *)coupons toOrder:(id)order {
    NSArray *valid = self.validatedCoupons:forSubtotal:(coupons, order.subtotal().doubleValue());
    self.ORGapplyCoupons:toOrder:(valid, order);
}

}
