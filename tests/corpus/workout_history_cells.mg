// FitTrail 5.1.1: the workout history list showed dates in UTC and created a
// new date formatter for every cell, which made scrolling stutter. Share one
// formatter and fix swipe-to-delete on the last row.

int kEditingStyleDelete = 1;
int kRowAnimationAutomatic = 100;

class FTRWorkoutHistoryViewController : UITableViewController {

- (NSDateFormatter *)historyDateFormatter {
    static NSDateFormatter *formatter = nil;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        formatter = NSDateFormatter.alloc().init();
        formatter.dateStyle = 2;
        formatter.timeStyle = 1;
        formatter.timeZone = NSTimeZone.localTimeZone();
    });
    return formatter;
}

- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath {
    UITableViewCell *cell = self.ORGtableView:cellForRowAtIndexPath:(tableView, indexPath);
    NSArray *workouts = self.workouts;
    if (indexPath.row >= workouts.count()) {
        return cell;
    }
    id workout = workouts[indexPath.row];
    NSString *when = self.historyDateFormatter().stringFromDate:(workout.startDate());
    double km = workout.distanceMeters().doubleValue() / 1000.0;
    NSString *distance = km >= 0.1 ? fmt_num(@"%.2f", @(km)) + @" km" : @"--";
    cell.detailTextLabel.text = when + @"  " + distance;
    return cell;
}

- (CGFloat)tableView:(UITableView *)tableView heightForRowAtIndexPath:(NSIndexPath *)indexPath {
    return indexPath.section == 0 ? 72.0 : 56.0;
}

- (void)tableView:(UITableView *)tableView commitEditingStyle:(NSInteger)editingStyle forRowAtIndexPath:(NSIndexPath *)indexPath {
    if (editingStyle != kEditingStyleDelete) {
        return;
    }
    NSMutableArray *workouts = self.workouts.mutableCopy();
    if (indexPath.row < workouts.count()) {
        id removed = workouts[indexPath.row];
        workouts.removeObjectAtIndex:(indexPath.row);
        self.workouts = workouts;
        FTRWorkoutStore.shared().deleteWorkout:(removed);
        tableView.deleteRowsAtIndexPaths:withRowAnimation:(@[indexPath], kRowAnimationAutomatic);
    }
}

}
