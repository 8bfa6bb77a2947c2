class ProfileViewController : UIViewController {
- (void)viewDidLoad {
    [super viewDidLoad];
    NSNumber *visible = @YES;
    self.view.hidden = NO;
}

- (BOOL)isReady {
    return self.loaded ? self.user.name : nil;
}
}
