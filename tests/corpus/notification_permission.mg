// PawPal 3.2.2: the walk reminder permission prompt appeared twice and the
// answer was never stored when the user denied it, so the app asked again
// on every launch.

int kAuthOptionBadge = 1;
int kAuthOptionSound = 2;
int kAuthOptionAlert = 4;

class PWPWalkReminderManager : NSObject {

@property (nonatomic, assign) BOOL isRequestingPermission;

- (void)requestPermissionIfNeeded {
    if (self.isRequestingPermission) {
        return;
    }
    NSUserDefaults *defaults = NSUserDefaults.standardUserDefaults();
    if (defaults.objectForKey:(@"pwp.walkReminder.permission")) {
        return;
    }
    self.isRequestingPermission = YES;
    id center = UNUserNotificationCenter.currentNotificationCenter();
    int options = kAuthOptionBadge + kAuthOptionSound + kAuthOptionAlert;
    __weak id weakSelf = self;
    center.requestAuthorizationWithOptions:completionHandler:(options, ^(BOOL granted, NSError *error) {
        defaults.setObject:forKey:(@(granted), @"pwp.walkReminder.permission");
        if (error) {
            NSLog(@"[PWP] notification permission error: " + error.localizedDescription());
        }
        dispatch_async(dispatch_get_main_queue(), ^{
            __strong PWPWalkReminderManager *strongSelf = weakSelf;
            strongSelf.setIsRequestingPermission:(NO);
            if (granted) {
                strongSelf.scheduleDailyWalkReminder();
            }
        });
    });
}

- (void)scheduleDailyWalkReminder {
    NSDateComponents *components = NSDateComponents.alloc().init();
    components.hour = 18;
    components.minute = 30;
    id trigger = UNCalendarNotificationTrigger.triggerWithDateMatchingComponents:repeats:(components, YES);
    id content = UNMutableNotificationContent.alloc().init();
    content.title = @"Walk time!";
    content.body = @"Your dog is waiting by the door.";
    id request = UNNotificationRequest.requestWithIdentifier:content:trigger:(@"pwp.walk.daily", content, trigger);
    UNUserNotificationCenter.currentNotificationCenter().addNotificationRequest:withCompletionHandler:(request, nil);
}

}
