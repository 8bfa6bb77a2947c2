// ReadMore 8.1.0: the Swift download manager hands out completion blocks
// that carry no type signature, so calling them from a patch aborted. Tag
// every block parameter with @Signature and clamp progress values.

class RDMBookDownloader : NSObject {

- (void)downloadBook:(NSString *)bookId progress:(@Signature("v@?d") Block)progress completion:(@Signature("v@?@@") Block)completion {
    if (bookId.length() == 0) {
        NSDictionary *info = @{@"NSLocalizedDescription": @"Missing book identifier"};
        completion(nil, NSError.errorWithDomain:code:userInfo:(@"RDMDownload", 400, info));
        return;
    }
    Block safeProgress = ^(double fraction) {
        double clamped = fraction > 1.0 ? 1.0 : fraction;
        dispatch_async(dispatch_get_main_queue(), ^{
            progress(clamped);
        });
    };
    self.ORGdownloadBook:progress:completion:(bookId, safeProgress, completion);
}

- (void)cancelDownload:(NSString *)bookId completion:(@Signature("v@?B") Block)completion {
    id task = self.activeTasks()[bookId];
    if (task) {
        task.cancel();
        self.activeTasks().removeObjectForKey:(bookId);
    }
    completion(task != nil);
}

- (void)resumeAllWithCompletion:(@Signature("v@?q") Block)completion {
    @Signature("v@?q") Block finish = completion;
    NSInteger resumed = 0;
    for (id task in self.pausedTasks()) {
        task.resume();
        resumed++;
    }
    if (finish) {
        finish(resumed);
    }
}

}
