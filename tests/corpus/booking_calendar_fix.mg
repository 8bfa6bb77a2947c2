// StaySpot 6.4.1: the date picker let users pick a check-out date across a
// blocked night when the stay crossed a month boundary. Check every night of
// the requested range before accepting the selection.

int kMaxStayNights = 30;
double kSecondsPerDay = 86400.0;
int kCalendarUnitDay = 16;
int kFeedbackError = 2;

class STYDateRangePicker : UIView {

- (BOOL)rangeFrom:(NSDate *)checkIn to:(NSDate *)checkOut isFreeIn:(NSArray *)blockedDates {
    NSCalendar *calendar = NSCalendar.currentCalendar();
    NSInteger nights = calendar.components:fromDate:toDate:options:(kCalendarUnitDay, checkIn, checkOut, 0).day();
    if (nights <= 0 || nights > kMaxStayNights) {
        return NO;
    }
    for (int offset = 0; offset < nights; offset++) {
        NSDate *night = checkIn.dateByAddingTimeInterval:(offset * kSecondsPerDay);
        BOOL blocked = NO;
        for (NSDate *blockedDate in blockedDates) {
            if (calendar.isDate:inSameDayAsDate:(night, blockedDate)) {
                blocked = YES;
                break;
            }
        }
        if (blocked) {
            return NO;
        }
    }
    return YES;
}

- (void)didSelectDate:(NSDate *)date {
    if (!self.checkInDate || self.checkOutDate) {
        self.ORGdidSelectDate:(date);
        return;
    }
    if (!self.rangeFrom:to:isFreeIn:(self.checkInDate, date, self.blockedDates)) {
        self.shakeSelection();
        UINotificationFeedbackGenerator.alloc().init().notificationOccurred:(kFeedbackError);
        return;
    }
    self.ORGdidSelectDate:(date);
}

- (NSInteger)firstFreeNightAfter:(NSDate *)date {
    NSInteger night = 1;
    for (; night <= kMaxStayNights; night++) {
        NSDate *candidate = date.dateByAddingTimeInterval:(night * kSecondsPerDay);
        if (self.rangeFrom:to:isFreeIn:(date, candidate, self.blockedDates)) {
            break;
        }
    }
    return night;
}

}
