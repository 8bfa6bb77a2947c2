// ReadMore 8.2.0: changing the font size re-paginated the whole book on the
// main thread and froze the reader for several seconds. Paginate on a
// background queue and apply the result on the main queue.

typedef CGFloat RDMPoints;

RDMPoints kMinFontSize = 12.0;
RDMPoints kMaxFontSize = 32.0;

class RDMReaderViewController : UIViewController {

@property (nonatomic, assign) BOOL isRepaginating;

- (RDMPoints)clampedFontSize:(RDMPoints)size {
    return size < kMinFontSize ? kMinFontSize : size > kMaxFontSize ? kMaxFontSize : size;
}

- (void)fontSizeSliderChanged:(UISlider *)slider {
    RDMPoints size = self.clampedFontSize:(slider.value);
    int steps = size + 0.5;
    RDMPoints rounded = steps;
    if (rounded == self.currentFontSize || self.isRepaginating) {
        return;
    }
    self.isRepaginating = YES;
    self.showPaginationSpinner();
    id book = self.book;
    NSInteger location = self.currentCharacterLocation;
    struct CGSize pageSize = self.pageContainerView.bounds.size;
    dispatch_async(dispatch_get_global_queue(DISPATCH_QUEUE_PRIORITY_DEFAULT, 0), ^{
        NSArray *pages = RDMPaginator.paginateBook:fontSize:pageSize:(book, rounded, pageSize);
        dispatch_async(dispatch_get_main_queue(), ^{
            self.setPages:(pages);
            self.setCurrentFontSize:(rounded);
            self.jumpToCharacterLocation:(location);
            self.hidePaginationSpinner();
            self.isRepaginating = NO;
        });
    });
}

}
