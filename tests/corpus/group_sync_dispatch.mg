// FitTrail 5.1.0: the dashboard refreshed before all three health sources
// had finished syncing, briefly showing zero steps. Wait for every source
// with a dispatch group before calling back.

CString kSyncQueueLabel = "com.fittrail.dashboard.sync";

class FTRDashboardSyncCoordinator : NSObject {

@property (nonatomic, strong) id syncQueue;

- (id)workQueue {
    if (!self.syncQueue) {
        self.syncQueue = dispatch_queue_create(kSyncQueueLabel, DISPATCH_QUEUE_CONCURRENT);
    }
    return self.syncQueue;
}

- (void)syncAllWithCompletion:(Block)completion {
    id group = dispatch_group_create();
    id queue = self.workQueue();
    NSArray *sources = @[FTRStepSource.shared(), FTRHeartRateSource.shared(), FTRSleepSource.shared()];
    NSMutableArray *errors = NSMutableArray.array();
    id lock = dispatch_semaphore_create(1);
    for (id source in sources) {
        dispatch_group_enter(group);
        source.syncOnQueue:completion:(queue, ^(NSError *error) {
            if (error) {
                dispatch_semaphore_wait(lock, DISPATCH_TIME_FOREVER);
                errors.addObject:(error);
                dispatch_semaphore_signal(lock);
            }
            dispatch_group_leave(group);
        });
    }
    dispatch_group_notify(group, dispatch_get_main_queue(), ^{
        NSLog(@"[FTR] dashboard sync finished with " + errors.count() + @" errors");
        if (completion) {
            completion(errors.count() == 0);
        }
    });
}

- (void)warmCachesForDays:(NSInteger)days {
    id queue = self.workQueue();
    dispatch_apply(days, queue, ^(size_t index) {
        FTRDayCache.shared().warmDayAtOffset:(index);
    });
    dispatch_barrier_async(queue, ^{
        FTRDayCache.shared().compact();
    });
}

}
