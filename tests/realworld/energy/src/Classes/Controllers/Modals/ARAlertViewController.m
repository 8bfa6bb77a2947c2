

#import "ARAlertViewController.h"


@implementation ARAlertViewController
// [excerpt: method bodies elided]
- (instancetype)initWithCompletionBlock:(void (^)(enum ARModalAlertViewControllerStatus))completionBlock
{
}

- (void)viewDidLoad
{
}

- (IBAction)savePressed:(id)sender
{
}

- (IBAction)cancelPressed:(id)sender
{
}

- (BOOL)shouldAutorotateToInterfaceOrientation:(UIInterfaceOrientation)interfaceOrientation
{
}

@end
