// PawPal 3.2.0: pet avatars were decoded again on every scroll. Add a shared
// in-memory cache (a new class created by this script) and use it from the
// avatar view. The cache is purged on memory warnings.

class PWPAvatarCache : NSObject {

@property (nonatomic, strong) NSCache *storage;
@property (atomic, assign) NSUInteger hits;
@property (atomic, assign) NSUInteger misses;

+ (id)sharedCache {
    static id sharedInstance = nil;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        sharedInstance = PWPAvatarCache.alloc().init();
        NSCache *cache = NSCache.alloc().init();
        cache.countLimit = 200;
        cache.name = @"com.pawpal.avatars";
        sharedInstance.setStorage:(cache);
    });
    return sharedInstance;
}

- (UIImage *)imageForKey:(NSString *)key {
    if (!key) {
        return nil;
    }
    UIImage *image = self.storage.objectForKey:(key);
    if (image) {
        self.hits++;
    } else {
        self.misses++;
    }
    return image;
}

- (void)storeImage:(UIImage *)image forKey:(NSString *)key {
    if (image && key) {
        self.storage.setObject:forKey:(image, key);
    }
}

- (void)purge {
    self.storage.removeAllObjects();
    NSLog(@"[PWP] avatar cache purged after " + self.hits + @" hits / " + self.misses + @" misses");
    self.hits = 0;
    self.misses = 0;
}

}

class PWPAvatarView : UIImageView {

- (void)setAvatarURL:(NSURL *)url {
    NSString *key = url.absoluteString;
    UIImage *cached = PWPAvatarCache.sharedCache().imageForKey:(key);
    if (cached) {
        self.image = cached;
        return;
    }
    self.ORGsetAvatarURL:(url);
}

- (void)didFinishDownloadingImage:(UIImage *)image forURL:(NSURL *)url {
    self.ORGdidFinishDownloadingImage:forURL:(image, url);
    PWPAvatarCache.sharedCache().storeImage:forKey:(image, url.absoluteString);
}

}

NSNotificationCenter.defaultCenter().addObserverForName:object:queue:usingBlock:(@"UIApplicationDidReceiveMemoryWarningNotification", nil, nil, ^(NSNotification *note) {
    PWPAvatarCache.sharedCache().purge();
});
