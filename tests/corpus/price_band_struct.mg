// LedgerLite 1.7.3: the budget bar drew the "over budget" band with the
// wrong bounds when a category had a zero limit, and VoiceOver read a
// meaningless percentage.

declare struct LGLBudgetBand {
    keys: lower, upper, spent,
    typeEncoding: "{LGLBudgetBand=ddd}"
}

class LGLBudgetBarView : UIView {

@property (nonatomic, assign) double limitAmount;

- (struct LGLBudgetBand)bandForSpent:(double)spent limit:(double)limit {
    struct LGLBudgetBand band = {lower: 0.0, upper: limit, spent: spent};
    if (limit <= 0.0) {
        band.upper = spent > 0.0 ? spent : 1.0;
    }
    return band;
}

- (void)updateWithSpent:(double)spent limit:(double)limit {
    self.limitAmount = limit;
    struct LGLBudgetBand band = self.bandForSpent:limit:(spent, limit);
    double ratio = band.spent / band.upper;
    struct CGRect bounds = self.bounds;
    CGFloat fillWidth = bounds.size.width * (ratio > 1.0 ? 1.0 : ratio);
    struct CGRect fillFrame = {origin: {x: 0, y: 0}, size: {width: fillWidth, height: bounds.size.height}};
    self.fillView.frame = fillFrame;
    UIColor *color = ratio > 1.0 ? UIColor.systemRedColor() : UIColor.systemGreenColor();
    self.fillView.backgroundColor = color;
    self.accessibilityValue = fmt_num(@"%.0f", @(ratio * 100)) + @" percent of budget";
}

}
