// Brewly 4.8.4: menu prices showed "$4.5" instead of "$4.50" for stores
// whose menu payload had no currency code. Format prices with a shared
// currency formatter and fall back to the store's currency.

static NSNumberFormatter *priceFormatter = nil;
int kCurrencyStyle = 2;

class BRWMenuItemCell : UITableViewCell {

- (NSString *)formattedPrice:(NSNumber *)price currencyCode:(NSString *)currencyCode {
    if (!priceFormatter) {
        priceFormatter = NSNumberFormatter.alloc().init();
        priceFormatter.numberStyle = kCurrencyStyle;
        priceFormatter.minimumFractionDigits = 2;
        priceFormatter.maximumFractionDigits = 2;
    }
    priceFormatter.currencyCode = currencyCode.length() > 0 ? currencyCode : @"USD";
    NSString *text = priceFormatter.stringFromNumber:(price);
    return text ?: @"$" + fmt_num(@"%.2f", price);
}

- (void)configureWithItem:(id)item {
    self.ORGconfigureWithItem:(item);
    NSString *code = item.currencyCode() ?: BRWStoreContext.current().currencyCode();
    self.priceLabel.text = self.formattedPrice:currencyCode:(item.price(), code);
    NSInteger calories = item.calories().integerValue();
    self.caloriesLabel.text = calories > 0 ? fmt_num(@"%ld", @(calories)) + @" kcal" : @"";
}

}
