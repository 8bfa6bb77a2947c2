// TuneNest 2.12.0: music videos recorded in portrait were displayed rotated
// by 90 degrees in the full-screen player. Derive the rotation from the
// track's preferred transform.

class TNSVideoPlayerView : UIView {

- (void)applyPreferredTransform:(struct CGAffineTransform)transform {
    double angle = 0.0;
    if (transform.b == 1.0 && transform.c == -1.0) {
        angle = M_PI_2;
    } else if (transform.b == -1.0 && transform.c == 1.0) {
        angle = -M_PI_2;
    } else if (transform.a == -1.0 && transform.d == -1.0) {
        angle = M_PI;
    }
    struct CGAffineTransform rotation = CGAffineTransformMakeRotation(angle);
    BOOL isPortrait = angle != 0.0 && angle != M_PI;
    if (isPortrait) {
        struct CGRect bounds = self.bounds;
        double scale = CGRectGetHeight(bounds) / CGRectGetWidth(bounds);
        rotation = CGAffineTransformScale(rotation, scale, scale);
    }
    self.playerLayerView.transform = rotation;
}

- (void)resetTransformAnimated:(BOOL)animated {
    struct CGAffineTransform identity = CGAffineTransformMake(1, 0, 0, 1, 0, 0);
    if (!animated) {
        self.playerLayerView.transform = identity;
        return;
    }
    UIView.animateWithDuration:animations:(0.25, ^{
        self.playerLayerView.transform = identity;
    });
}

- (void)playerItemDidLoadTracks:(id)item {
    self.ORGplayerItemDidLoadTracks:(item);
    NSArray *tracks = item.asset().tracksWithMediaType:(@"vide");
    if (tracks.count() > 0) {
        self.applyPreferredTransform:(tracks.firstObject().preferredTransform());
    }
}

}
