// StaySpot 6.3.2: the phone number field accepted letters pasted from the
// clipboard, and the sign-in button stayed enabled for 9-digit numbers.

int kPhoneDigits = 10;
int kMinPasswordLength = 8;

class STYSignInViewController : UIViewController <UITextFieldDelegate> {

- (BOOL)textField:(UITextField *)textField shouldChangeCharactersInRange:(struct NSRange)range replacementString:(NSString *)string {
    if (textField != self.phoneField) {
        return self.ORGtextField:shouldChangeCharactersInRange:replacementString:(textField, range, string);
    }
    NSCharacterSet *nonDigits = NSCharacterSet.decimalDigitCharacterSet().invertedSet();
    if (string.rangeOfCharacterFromSet:(nonDigits).length > 0) {
        return NO;
    }
    NSString *current = textField.text ?: @"";
    NSString *updated = current.stringByReplacingCharactersInRange:withString:(range, string);
    if (updated.length() > kPhoneDigits) {
        return NO;
    }
    self.signInButton.enabled = updated.length() == kPhoneDigits && self.passwordField.text.length() >= kMinPasswordLength;
    return YES;
}

- (BOOL)textFieldShouldReturn:(UITextField *)textField {
    if (textField == self.phoneField) {
        self.passwordField.becomeFirstResponder();
        return NO;
    }
    textField.resignFirstResponder();
    if (self.signInButton.isEnabled()) {
        self.signInTapped:(self.signInButton);
    }
    return YES;
}

}
