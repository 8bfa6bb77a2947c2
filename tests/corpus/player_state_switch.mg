// TuneNest 2.11.1: the mini player showed "Paused" while buffering and never
// updated after a network stall. Map every playback state explicitly.

int kStateStopped = 0;
int kStatePlaying = 1;
int kStatePaused = 2;
int kStateBuffering = 3;
int kStateFailed = 4;

class TNSMiniPlayerView : UIView {

- (void)updateForPlaybackState:(NSInteger)state {
    NSString *caption = nil;
    NSString *iconName = @"play.fill";
    BOOL showSpinner = NO;
    switch (state) {
        case kStatePlaying: {
            caption = @"Playing";
            iconName = @"pause.fill";
            break;
        }
        case kStatePaused: {
            caption = @"Paused";
            break;
        }
        case kStateBuffering: {
            caption = @"Buffering...";
            showSpinner = YES;
            break;
        }
        case kStateFailed: {
            caption = @"Can't play this track";
            iconName = @"exclamationmark.triangle";
            break;
        }
        case kStateStopped: {
            caption = @"";
            break;
        }
        default: {
            caption = @"";
        }
    }
    self.captionLabel.text = caption;
    self.playButton.setImage:forState:(UIImage.systemImageNamed:(iconName), UIControlStateNormal);
    if (showSpinner) {
        self.spinner.startAnimating();
    } else {
        self.spinner.stopAnimating();
    }
}

- (void)playerDidStall:(NSNotification *)note {
    self.ORGplayerDidStall:(note);
    self.updateForPlaybackState:(kStateBuffering);
}

}
