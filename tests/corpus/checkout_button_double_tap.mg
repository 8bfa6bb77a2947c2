// Brewly 4.8.2: tapping "Place order" twice quickly submitted two orders.
// Ignore taps while a submission is in flight and re-enable the button when
// the request finishes, or after a safety timeout.

double kCheckoutSafetyDelay = 8.0;

class BRWCheckoutViewController : UIViewController {

@property (nonatomic, assign) BOOL isSubmitting;
@property (nonatomic, copy) Block onSubmitFinished;

- (void)placeOrderTapped:(UIButton *)sender {
    if (self.isSubmitting) {
        NSLog(@"[BRW] ignored duplicate checkout tap");
        return;
    }
    self.isSubmitting = YES;
    sender.enabled = NO;
    sender.alpha = 0.5;

    __weak id weakSelf = self;
    __weak UIButton *weakButton = sender;
    self.onSubmitFinished = ^(BOOL success) {
        __strong id strongSelf = weakSelf;
        if (!strongSelf) {
            return;
        }
        strongSelf.setIsSubmitting:(NO);
        weakButton.enabled = YES;
        weakButton.alpha = 1.0;
        if (!success) {
            strongSelf.showRetryBanner();
        }
    };
    self.ORGplaceOrderTapped:(sender);

    dispatch_after(dispatch_time(DISPATCH_TIME_NOW, kCheckoutSafetyDelay * NSEC_PER_SEC), dispatch_get_main_queue(), ^{
        __strong id strongSelf = weakSelf;
        if (strongSelf && strongSelf.isSubmitting()) {
            Block finish = strongSelf.onSubmitFinished();
            if (finish) {
                finish(NO);
            }
        }
    });
}

- (void)orderService:(id)service didFinishWithResult:(id)result error:(NSError *)error {
    self.ORGorderService:didFinishWithResult:error:(service, result, error);
    Block finish = self.onSubmitFinished;
    if (finish) {
        finish(error == nil);
    }
    self.onSubmitFinished = nil;
}

}
