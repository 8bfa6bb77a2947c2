// FitTrail 5.0.3: section headers in Settings overlapped the first row on
// iOS 15 because of the new default header padding. Build the headers in
// script and drop the extra padding.

NSArray *kSettingsSectionTitles = @[@"Account", @"Workouts", @"Privacy", @"About"];

class FTRSettingsViewController : UITableViewController {

- (void)viewDidLoad {
    self.ORGviewDidLoad();
    if (self.tableView.respondsToSelector:(@selector(setSectionHeaderTopPadding:))) {
        self.tableView.sectionHeaderTopPadding = 0.0;
    }
}

- (CGFloat)tableView:(UITableView *)tableView heightForHeaderInSection:(NSInteger)section {
    return section == 0 ? 44.0 : 36.0;
}

- (UIView *)tableView:(UITableView *)tableView viewForHeaderInSection:(NSInteger)section {
    if (section >= kSettingsSectionTitles.count()) {
        return nil;
    }
    struct CGRect frame = CGRectMake(0, 0, tableView.bounds.size.width, 36);
    UIView *header = UIView.alloc().initWithFrame:(frame);
    header.backgroundColor = UIColor.systemGroupedBackgroundColor();
    UILabel *label = UILabel.alloc().initWithFrame:(CGRectMake(20, 12, frame.size.width - 40, 20));
    label.text = kSettingsSectionTitles[section].uppercaseString();
    label.font = UIFont.systemFontOfSize:weight:(13, 0.23);
    label.textColor = UIColor.secondaryLabelColor();
    header.addSubview:(label);
    return header;
}

- (CGFloat)tableView:(UITableView *)tableView heightForFooterInSection:(NSInteger)section {
    return section == kSettingsSectionTitles.count() - 1 ? 60.0 : 8.0;
}

}
