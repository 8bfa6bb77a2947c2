// LedgerLite 1.8.1: the export progress HUD was shown from a background
// queue and sometimes never disappeared. Force every HUD call onto the main
// queue and clamp the progress value.

class LGLProgressHUD : UIView {

+ (void)showWithStatus:(NSString *)status {
    if (NSThread.isMainThread()) {
        self.ORGshowWithStatus:(status);
        return;
    }
    dispatch_async(dispatch_get_main_queue(), ^{
        self.ORGshowWithStatus:(status);
    });
}

+ (void)dismissAfterDelay:(double)delay {
    double safeDelay = delay > 0.0 ? delay : 0.0;
    dispatch_after(dispatch_time(DISPATCH_TIME_NOW, safeDelay * NSEC_PER_SEC), dispatch_get_main_queue(), ^{
        self.ORGdismissAfterDelay:(0.0);
    });
}

- (void)setProgress:(double)progress {
    double clamped = progress < 0.0 ? 0.0 : progress > 1.0 ? 1.0 : progress;
    if (NSThread.isMainThread()) {
        self.ORGsetProgress:(clamped);
    } else {
        dispatch_async(dispatch_get_main_queue(), ^{
            self.ORGsetProgress:(clamped);
        });
    }
}

}

class LGLExportViewController : UIViewController {

- (void)exportTapped:(id)sender {
    LGLProgressHUD.showWithStatus:(@"Exporting...");
    __weak id weakSelf = self;
    LGLExportService.shared().exportCSVWithProgress:completion:(^(double fraction) {
        LGLProgressHUD.sharedView().setProgress:(fraction);
    }, ^(NSURL *fileURL, NSError *error) {
        LGLProgressHUD.dismissAfterDelay:(0.3);
        if (fileURL) {
            dispatch_async(dispatch_get_main_queue(), ^{
                weakSelf.presentShareSheetForURL:(fileURL);
            });
        }
    });
}

}
