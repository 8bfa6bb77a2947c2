// TuneNest 2.11.0: the album grid showed a single column in iPad split view
// and cells overlapped the section insets. Compute the item size from the
// collection view width instead of the cached screen width.

CGFloat kGridSpacing = 12.0;
int kMinColumns = 2;

class TNSAlbumGridViewController : UIViewController <UICollectionViewDataSource, UICollectionViewDelegateFlowLayout> {

- (NSInteger)collectionView:(UICollectionView *)collectionView numberOfItemsInSection:(NSInteger)section {
    NSArray *albums = self.albums;
    return albums.count();
}

- (UICollectionViewCell *)collectionView:(UICollectionView *)collectionView cellForItemAtIndexPath:(NSIndexPath *)indexPath {
    UICollectionViewCell *cell = collectionView.dequeueReusableCellWithReuseIdentifier:forIndexPath:(@"TNSAlbumCell", indexPath);
    NSArray *albums = self.albums;
    if (indexPath.item < albums.count()) {
        cell.configureWithAlbum:(albums[indexPath.item]);
    }
    return cell;
}

- (struct CGSize)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)layout sizeForItemAtIndexPath:(NSIndexPath *)indexPath {
    struct CGRect bounds = collectionView.bounds;
    CGFloat width = bounds.size.width;
    int columns = width > 700 ? 4 : kMinColumns;
    if (width > 1000) {
        columns = 5;
    }
    CGFloat available = width - kGridSpacing * (columns + 1);
    CGFloat side = available / columns;
    struct CGSize size = {width: side, height: (side + 48.0)};
    return size;
}

- (struct UIEdgeInsets)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)layout insetForSectionAtIndex:(NSInteger)section {
    struct UIEdgeInsets insets = {top: kGridSpacing, left: kGridSpacing, bottom: 24, right: kGridSpacing};
    return insets;
}

- (CGFloat)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)layout minimumInteritemSpacingForSectionAtIndex:(NSInteger)section {
    return kGridSpacing;
}

- (void)viewWillTransitionToSize:(struct CGSize)size withTransitionCoordinator:(id)coordinator {
    self.ORGviewWillTransitionToSize:withTransitionCoordinator:(size, coordinator);
    self.collectionView.collectionViewLayout.invalidateLayout();
}

}
