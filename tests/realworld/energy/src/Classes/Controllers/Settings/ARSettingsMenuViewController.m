#import "ARSettingsMenuViewController.h"
#import "ARSettingsSectionButton.h"
#import "ARToggleSwitch.h"
#import "ARStoryboardIdentifiers.h"
#import "ARSettingsSplitViewController.h"
#import "NSString+NiceAttributedStrings.h"

#import "UIViewController+SettingsNavigationItemHelpers.h"

typedef NS_ENUM(NSInteger, ARSettingsAlertViewButtonIndex) {
    ARSettingsAlertViewButtonIndexCancel,
    ARSettingsAlertViewButtonIndexLogout
};


@interface ARSettingsMenuViewController () <UIAlertViewDelegate>
@property (weak, nonatomic) IBOutlet UIButton *settingsIcon;
@property (weak, nonatomic) IBOutlet UILabel *presentationModeLabel;

@property (weak, nonatomic) IBOutlet ARSettingsSectionButton *syncContentButton;
@property (weak, nonatomic) IBOutlet ARSettingsSectionButton *presentationModeButton;
@property (weak, nonatomic) IBOutlet ARToggleSwitch *presentationModeToggle;
@property (weak, nonatomic) IBOutlet ARSettingsSectionButton *editPresentationModeButton;

@property (weak, nonatomic) IBOutlet ARSettingsSectionButton *backgroundButton;
@property (weak, nonatomic) IBOutlet ARSettingsSectionButton *emailButton;
@property (weak, nonatomic) IBOutlet ARSettingsSectionButton *supportButton;
@property (weak, nonatomic) IBOutlet ARSettingsSectionButton *logoutButton;
@end


@implementation ARSettingsMenuViewController
// [excerpt: method bodies elided]
- (void)viewDidLoad
{
}

- (void)registerForNotifications
{
}

- (void)setupNavigationBar
{
}

- (void)setupSectionButtons
{
}

- (void)setupPresentationModeButton
{
}

- (void)defaultsChanged
{
}

- (void)enablePresentationModeToggle:(BOOL)enable
{
}

- (IBAction)syncButtonPressed:(id)sender
{
}

- (IBAction)presentationModeButtonPressed:(id)sender
{
}

- (IBAction)editPresentationModeButtonPressed:(id)sender
{
}

- (IBAction)backgroundButtonPressed:(id)sender
{
}

- (IBAction)emailButtonPressed:(id)sender
{
}

- (IBAction)supportButtonPressed:(id)sender
{
}

- (IBAction)logoutButtonPressed:(id)sender
{
}

- (void)showLogoutAlertView
{
}

- (void)alertView:(UIAlertView *)alertView clickedButtonAtIndex:(NSInteger)buttonIndex
{
}

- (void)exitSettingsPanel
{
}

- (BOOL)prefersStatusBarHidden
{
}

@end
