// PawPal 3.3.0: the pet photo grid prefetched full-size images and used
// hundreds of megabytes. Prefetch thumbnails only, remember the tasks, and
// cancel them when the grid stops needing them.

class PWPPhotoGridViewController : UIViewController <UICollectionViewDataSourcePrefetching> {

@property (nonatomic, strong) NSMutableDictionary *prefetchTasks;

- (void)collectionView:(UICollectionView *)collectionView prefetchItemsAtIndexPaths:(NSArray *)indexPaths {
    if (!self.prefetchTasks) {
        self.prefetchTasks = NSMutableDictionary.dictionary();
    }
    NSArray *photos = self.photos;
    for (NSIndexPath *indexPath in indexPaths) {
        if (indexPath.item >= photos.count()) {
            continue;
        }
        id photo = photos[indexPath.item];
        NSString *key = photo.identifier();
        if (!key || self.prefetchTasks[key]) {
            continue;
        }
        id task = PWPImageLoader.shared().loadThumbnailForPhoto:size:completion:(photo, CGSizeMake(200, 200), nil);
        if (task) {
            self.prefetchTasks[key] = task;
        }
    }
}

- (void)collectionView:(UICollectionView *)collectionView cancelPrefetchingForItemsAtIndexPaths:(NSArray *)indexPaths {
    NSArray *photos = self.photos;
    for (NSIndexPath *indexPath in indexPaths) {
        if (indexPath.item < photos.count()) {
            NSString *key = photos[indexPath.item].identifier();
            if (key) {
                id task = self.prefetchTasks[key];
                task.cancel();
                self.prefetchTasks.removeObjectForKey:(key);
            }
        }
    }
}

- (void)didReceiveMemoryWarning {
    self.ORGdidReceiveMemoryWarning();
    for (id key in self.prefetchTasks.allKeys()) {
        self.prefetchTasks[key].cancel();
    }
    self.prefetchTasks.removeAllObjects();
}

}
