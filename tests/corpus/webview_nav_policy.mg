// ReadMore 8.1.1: tapping a "mailto:" or App Store link inside the store web
// view did nothing. Hand those URLs to the system and cancel the in-app
// navigation; ignore the "cancelled" error when the user taps quickly.

int kNavigationPolicyCancel = 0;
int kURLErrorCancelled = -999;

class RDMStoreWebViewController : UIViewController <WKNavigationDelegate> {

- (void)webView:(WKWebView *)webView decidePolicyForNavigationAction:(WKNavigationAction *)navigationAction decisionHandler:(@Signature("v@?q") Block)decisionHandler {
    NSURL *url = navigationAction.request().URL();
    NSString *scheme = url.scheme.lowercaseString() ?: @"";
    NSArray *externalSchemes = @[@"mailto", @"tel", @"itms-apps", @"sms"];
    BOOL isExternal = externalSchemes.containsObject:(scheme);
    BOOL isAppStore = url.host.hasSuffix:(@"apps.apple.com");
    if (isExternal || isAppStore) {
        UIApplication.sharedApplication().openURL:options:completionHandler:(url, @{}, nil);
        decisionHandler(kNavigationPolicyCancel);
        return;
    }
    self.ORGwebView:decidePolicyForNavigationAction:decisionHandler:(webView, navigationAction, decisionHandler);
}

- (void)webView:(WKWebView *)webView didFailProvisionalNavigation:(WKNavigation *)navigation withError:(NSError *)error {
    if (error.code() == kURLErrorCancelled) {
        return;
    }
    self.ORGwebView:didFailProvisionalNavigation:withError:(webView, navigation, error);
}

}
