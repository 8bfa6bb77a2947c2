// FitTrail 5.1.0: the live workout screen was never deallocated because the
// repeating timer retained it. Use a block-based timer with a weak owner and
// invalidate it when the screen goes away.

class FTRLiveWorkoutViewController : UIViewController {

@property (nonatomic, strong) NSTimer *tickTimer;
@property (nonatomic, assign) double elapsedSeconds;

- (void)viewWillAppear:(BOOL)animated {
    self.ORGviewWillAppear:(animated);
    self.startTicking();
}

- (void)viewWillDisappear:(BOOL)animated {
    self.ORGviewWillDisappear:(animated);
    self.tickTimer.invalidate();
    self.tickTimer = nil;
}

- (void)startTicking {
    if (self.tickTimer) {
        return;
    }
    __weak FTRLiveWorkoutViewController *weakSelf = self;
    self.tickTimer = NSTimer.scheduledTimerWithTimeInterval:repeats:block:(1.0, YES, ^(NSTimer *timer) {
        __strong FTRLiveWorkoutViewController *strongSelf = weakSelf;
        if (!strongSelf) {
            timer.invalidate();
            return;
        }
        strongSelf.elapsedSeconds += 1.0;
        strongSelf.updateElapsedLabel();
    });
    NSRunLoop.mainRunLoop().addTimer:forMode:(self.tickTimer, NSRunLoopCommonModes);
}

- (void)updateElapsedLabel {
    int total = self.elapsedSeconds;
    int hours = total / 3600;
    int minutes = (total % 3600) / 60;
    int seconds = total % 60;
    NSString *text = fmt_num(@"%02d", @(minutes)) + @":" + fmt_num(@"%02d", @(seconds));
    if (hours > 0) {
        text = hours + @":" + text;
    }
    self.elapsedLabel.text = text;
}

}
