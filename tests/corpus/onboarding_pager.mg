// TuneNest 2.12.1: the onboarding page dots lagged one page behind when the
// user swiped quickly on iPad, and "Next" skipped the last page after a
// rotation.

int kOnboardingPageCount = 4;

class TNSOnboardingViewController : UIViewController <UIScrollViewDelegate> {

- (void)scrollViewDidScroll:(UIScrollView *)scrollView {
    CGFloat pageWidth = scrollView.bounds.size.width;
    if (pageWidth <= 0) {
        return;
    }
    struct CGPoint offset = scrollView.contentOffset;
    NSInteger page = (offset.x + pageWidth / 2) / pageWidth;
    if (page < 0) {
        page = 0;
    }
    if (page >= kOnboardingPageCount) {
        page = kOnboardingPageCount - 1;
    }
    self.pageControl.currentPage = page;
    self.continueButton.setTitle:forState:(page == kOnboardingPageCount - 1 ? @"Get started" : @"Next", UIControlStateNormal);
}

- (void)nextTapped:(id)sender {
    NSInteger nextPage = self.pageControl.currentPage + 1;
    if (nextPage >= kOnboardingPageCount) {
        self.ORGnextTapped:(sender);
        return;
    }
    CGFloat pageWidth = self.scrollView.bounds.size.width;
    struct CGPoint target = {x: (pageWidth * nextPage), y: 0};
    self.scrollView.setContentOffset:animated:(target, YES);
}

- (void)viewDidLayoutSubviews {
    self.ORGviewDidLayoutSubviews();
    struct CGRect bounds = self.scrollView.bounds;
    struct CGSize content = CGSizeMake(bounds.size.width * kOnboardingPageCount, bounds.size.height);
    self.scrollView.contentSize = content;
    struct CGPoint offset = CGPointMake(bounds.size.width * self.pageControl.currentPage, 0);
    self.scrollView.contentOffset = offset;
}

}
