// TuneNest 2.12.2: the "Recently played" header duplicated its title each
// time the section was reloaded, and empty sections still reserved space for
// a footer.

NSString *kSectionHeaderKind = @"UICollectionElementKindSectionHeader";
int kHeaderTitleTag = 7301;

class TNSLibraryViewController : UIViewController <UICollectionViewDataSource, UICollectionViewDelegateFlowLayout> {

- (UICollectionReusableView *)collectionView:(UICollectionView *)collectionView viewForSupplementaryElementOfKind:(NSString *)kind atIndexPath:(NSIndexPath *)indexPath {
    UICollectionReusableView *view = self.ORGcollectionView:viewForSupplementaryElementOfKind:atIndexPath:(collectionView, kind, indexPath);
    if (!kind.isEqualToString:(kSectionHeaderKind)) {
        return view;
    }
    for (UIView *subview in view.subviews().copy()) {
        if (subview.tag == kHeaderTitleTag) {
            subview.removeFromSuperview();
        }
    }
    struct CGRect bounds = view.bounds;
    UILabel *title = UILabel.alloc().initWithFrame:(CGRectMake(16, 0, bounds.size.width - 32, bounds.size.height));
    title.tag = kHeaderTitleTag;
    title.font = UIFont.boldSystemFontOfSize:(20);
    NSArray *titles = self.sectionTitles;
    title.text = indexPath.section < titles.count() ? titles[indexPath.section] : @"";
    view.addSubview:(title);
    return view;
}

- (struct CGSize)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)layout referenceSizeForFooterInSection:(NSInteger)section {
    NSInteger items = collectionView.numberOfItemsInSection:(section);
    if (items == 0) {
        return CGSizeMake(0, 0);
    }
    return CGSizeMake(collectionView.bounds.size.width, 24);
}

- (struct CGSize)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)layout referenceSizeForHeaderInSection:(NSInteger)section {
    struct CGSize size = {width: collectionView.bounds.size.width, height: 44};
    return size;
}

}
