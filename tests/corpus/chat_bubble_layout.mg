// PawPal 3.2.1: long replies from the vet were clipped because the bubble
// width was computed before the label font was applied. Lay the bubble out
// from the measured text size instead.

CGFloat kBubbleMaxRatio = 0.72;
CGFloat kBubblePadding = 12.0;

class PWPChatBubbleCell : UITableViewCell {

- (void)layoutSubviews {
    self.ORGlayoutSubviews();
    struct CGRect content = self.contentView.bounds;
    CGFloat maxWidth = CGRectGetWidth(content) * kBubbleMaxRatio;
    struct CGSize limit = CGSizeMake(maxWidth - kBubblePadding * 2, 10000);
    struct CGSize textSize = self.messageLabel.sizeThatFits:(limit);
    CGFloat bubbleWidth = textSize.width + kBubblePadding * 2;
    CGFloat bubbleHeight = textSize.height + kBubblePadding * 2;
    CGFloat originX = self.isOutgoing() ? CGRectGetMaxX(content) - bubbleWidth - 8 : 8;
    struct CGRect bubbleFrame = CGRectMake(originX, 4, bubbleWidth, bubbleHeight);
    self.bubbleView.frame = bubbleFrame;
    struct CGRect labelFrame = {origin: {x: kBubblePadding, y: kBubblePadding}, size: textSize};
    self.messageLabel.frame = labelFrame;
    struct CGPoint tail = CGPointMake(self.isOutgoing() ? CGRectGetMaxX(bubbleFrame) : CGRectGetMinX(bubbleFrame), CGRectGetMaxY(bubbleFrame) - 6);
    self.tailView.center = tail;
}

+ (CGFloat)preferredHeightForText:(NSString *)text tableWidth:(CGFloat)tableWidth {
    if (!text) {
        return 44.0;
    }
    CGFloat maxWidth = tableWidth * kBubbleMaxRatio - kBubblePadding * 2;
    NSDictionary *attributes = @{@"NSFont": UIFont.systemFontOfSize:(16)};
    struct CGRect rect = text.boundingRectWithSize:options:attributes:context:(CGSizeMake(maxWidth, 10000), 1, attributes, nil);
    return CGRectGetHeight(rect) + kBubblePadding * 2 + 8;
}

}
