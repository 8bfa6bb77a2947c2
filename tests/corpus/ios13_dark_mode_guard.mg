// TuneNest 2.11.0: on iOS 13 and later the now-playing screen forced light
// colors and ignored dark mode. The patch is only installed on iOS 13+;
// older systems keep the shipped behaviour.

@If($systemVersion.doubleValue() >= 13.0)
class TNSNowPlayingViewController : UIViewController {

- (void)viewDidLoad {
    self.ORGviewDidLoad();
    self.view.backgroundColor = UIColor.systemBackgroundColor();
    self.titleLabel.textColor = UIColor.labelColor();
    self.artistLabel.textColor = UIColor.secondaryLabelColor();
    if (self.respondsToSelector:(@selector(updateProgressTint))) {
        self.updateProgressTint();
    }
}

- (void)traitCollectionDidChange:(UITraitCollection *)previous {
    self.ORGtraitCollectionDidChange:(previous);
    BOOL isDark = self.traitCollection.userInterfaceStyle() == 2;
    self.artworkShadowView.layer.shadowOpacity = isDark ? 0.0 : 0.35;
}

@If($systemVersion.doubleValue() >= 15.0)
- (void)updateProgressTint {
    self.progressView.progressTintColor = UIColor.tintColor();
}

}
