// FitTrail 5.0.3: analytics events were missing the workout type and sent
// durations in milliseconds instead of seconds. Normalise the payload before
// handing it to the original tracker.

NSString *kAnalyticsPrefix = @"ftr_";
int patchedEventCount = 0;

class FTRAnalyticsTracker : NSObject {

- (void)trackEvent:(NSString *)name properties:(NSDictionary *)properties {
    NSMutableDictionary *fixed = properties ? properties.mutableCopy() : NSMutableDictionary.dictionary();
    id duration = fixed[@"duration_ms"];
    if (duration) {
        double seconds = duration.doubleValue() / 1000.0;
        fixed[@"duration_s"] = @(seconds);
        fixed.removeObjectForKey:(@"duration_ms");
    }
    if (!fixed[@"workout_type"]) {
        id workout = FTRWorkoutSession.current();
        fixed[@"workout_type"] = workout ? workout.typeIdentifier() : @"unknown";
    }
    NSDictionary *context = @{
        @"app_version": ($appVersion ?: @"unknown"),
        @"os_version": $systemVersion,
        @"patched": @(YES),
        @"event_index": @(patchedEventCount + 1)
    };
    fixed.addEntriesFromDictionary:(context);
    patchedEventCount += 1;
    NSString *eventName = name.hasPrefix:(kAnalyticsPrefix) ? name : kAnalyticsPrefix + name;
    self.ORGtrackEvent:properties:(eventName, fixed);
}

- (NSArray *)defaultSuperProperties {
    NSArray *base = self.ORGdefaultSuperProperties();
    NSMutableArray *all = base ? base.mutableCopy() : NSMutableArray.array();
    all.addObjectsFromArray:(@[@"device_model", @"locale"]);
    return all;
}

}
