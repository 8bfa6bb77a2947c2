class Timer : NSObject {
- (void)start {
    if (self.running) {
        return;
    
}
- (void)stop { self.running = NO; }
}
