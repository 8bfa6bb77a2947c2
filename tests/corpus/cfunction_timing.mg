// ReadMore 8.1.0: page turns stuttered on older devices. Measure how long a
// page takes to render and log slow pages for a small sample of sessions.

CFunction<double> mediaTime = CFunction("CACurrentMediaTime");
CFunction<u_int, u_int> uniformRandom = CFunction("arc4random_uniform");
CFunction<id, struct CGRect> rectDescription = CFunction("NSStringFromCGRect");
CFunction<id, Class> classNameOf = CFunction("NSStringFromClass");
CFunction<size_t, char *> cStringLength = CFunction("strlen");

uint sampleBucket = uniformRandom(100);
BOOL sampleThisSession = sampleBucket < 5;
double slowPageThreshold = 0.032;

class RDMPageRenderer : NSObject {

- (void)renderPage:(NSInteger)pageIndex intoView:(UIView *)pageView {
    double start = mediaTime();
    self.ORGrenderPage:intoView:(pageIndex, pageView);
    double elapsed = mediaTime() - start;
    if (sampleThisSession && elapsed > slowPageThreshold) {
        NSString *info = @"[RDM] slow page " + pageIndex + @" in " + classNameOf(pageView.class()) + @" frame " + rectDescription(pageView.frame) + @" took " + fmt_num(@"%.1f", @(elapsed * 1000)) + @" ms";
        NSLog(info);
        RDMDiagnostics.shared().recordEvent:value:(@"slow_page", @(elapsed));
    }
}

- (BOOL)isUsableAnchor:(CString)anchor {
    if (!anchor) {
        return NO;
    }
    return cStringLength(anchor) > 0;
}

}
