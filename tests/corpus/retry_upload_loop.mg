// FitTrail 5.0.2: workouts recorded offline were dropped after the first
// failed upload. Retry the pending queue with a bounded back-off once the
// network comes back, and keep whatever still fails for the next attempt.

int kMaxUploadAttempts = 4;

class FTRWorkoutUploader : NSObject {

@property (nonatomic, assign) BOOL isFlushing;

- (void)flushPendingWorkouts {
    NSMutableArray *pending = self.pendingWorkouts;
    if (!pending || pending.count() == 0) {
        return;
    }
    NSMutableArray *failed = NSMutableArray.array();
    while (pending.count() > 0) {
        id workout = pending.firstObject();
        pending.removeObjectAtIndex:(0);
        int attempts = 0;
        BOOL uploaded = NO;
        do {
            attempts++;
            uploaded = self.uploadWorkoutSynchronously:(workout);
            if (!uploaded) {
                NSThread.sleepForTimeInterval:(0.5 * attempts);
            }
        } while (!uploaded && attempts < kMaxUploadAttempts);
        if (!uploaded) {
            failed.addObject:(workout);
        }
    }
    pending.addObjectsFromArray:(failed);
    NSLog(@"[FTR] upload flush finished, " + failed.count() + @" workouts still pending");
}

- (void)networkReachabilityChanged:(NSNotification *)note {
    self.ORGnetworkReachabilityChanged:(note);
    if (self.isFlushing || !self.isReachable()) {
        return;
    }
    self.isFlushing = YES;
    dispatch_async(dispatch_get_global_queue(DISPATCH_QUEUE_PRIORITY_BACKGROUND, 0), ^{
        self.flushPendingWorkouts();
        self.isFlushing = NO;
    });
}

}
