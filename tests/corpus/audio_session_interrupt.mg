// TuneNest 2.12.1: playback did not resume after a phone call ended, and
// unplugging headphones kept playing through the speaker.

int kInterruptionBegan = 1;
int kInterruptionEnded = 0;
int kShouldResumeOption = 1;
int kRouteOldDeviceUnavailable = 2;

class TNSPlaybackController : NSObject {

@property (nonatomic, assign) BOOL wasPlayingBeforeInterruption;

- (void)handleAudioSessionInterruption:(NSNotification *)note {
    NSDictionary *info = note.userInfo;
    NSInteger type = info[@"AVAudioSessionInterruptionTypeKey"].integerValue();
    NSInteger options = info[@"AVAudioSessionInterruptionOptionKey"].integerValue();
    switch (type) {
        case kInterruptionBegan: {
            self.wasPlayingBeforeInterruption = self.isPlaying();
            self.pause();
            break;
        }
        case kInterruptionEnded: {
            BOOL shouldResume = options % 2 == kShouldResumeOption;
            if (shouldResume && self.wasPlayingBeforeInterruption) {
                dispatch_after(dispatch_time(DISPATCH_TIME_NOW, 0.5 * NSEC_PER_SEC), dispatch_get_main_queue(), ^{
                    self.play();
                });
            }
            self.wasPlayingBeforeInterruption = NO;
            break;
        }
        default: {
            self.ORGhandleAudioSessionInterruption:(note);
        }
    }
}

- (void)handleRouteChange:(NSNotification *)note {
    NSInteger reason = note.userInfo()[@"AVAudioSessionRouteChangeReasonKey"].integerValue();
    if (reason == kRouteOldDeviceUnavailable) {
        self.pause();
        return;
    }
    self.ORGhandleRouteChange:(note);
}

}
