// LedgerLite 1.7.3: the note editor's text view stayed hidden behind the
// keyboard on small phones. Adjust the content inset from the keyboard frame
// while the editor is visible.

extern NSString *UIKeyboardWillShowNotification;
extern NSString *UIKeyboardWillHideNotification;
extern NSString *UIKeyboardFrameEndUserInfoKey;

class LGLNoteEditorViewController : UIViewController {

@property (nonatomic, strong) id keyboardShowObserver;
@property (nonatomic, strong) id keyboardHideObserver;

- (void)viewWillAppear:(BOOL)animated {
    self.ORGviewWillAppear:(animated);
    NSNotificationCenter *center = NSNotificationCenter.defaultCenter();
    __weak id weakSelf = self;
    self.keyboardShowObserver = center.addObserverForName:object:queue:usingBlock:(UIKeyboardWillShowNotification, nil, NSOperationQueue.mainQueue(), ^(NSNotification *note) {
        NSValue *frameValue = note.userInfo()[UIKeyboardFrameEndUserInfoKey];
        struct CGRect keyboardFrame = frameValue.CGRectValue();
        weakSelf.applyBottomInset:(keyboardFrame.size.height);
    });
    self.keyboardHideObserver = center.addObserverForName:object:queue:usingBlock:(UIKeyboardWillHideNotification, nil, NSOperationQueue.mainQueue(), ^(NSNotification *note) {
        weakSelf.applyBottomInset:(0);
    });
}

- (void)viewWillDisappear:(BOOL)animated {
    self.ORGviewWillDisappear:(animated);
    NSNotificationCenter *center = NSNotificationCenter.defaultCenter();
    if (self.keyboardShowObserver) {
        center.removeObserver:(self.keyboardShowObserver);
        self.keyboardShowObserver = nil;
    }
    if (self.keyboardHideObserver) {
        center.removeObserver:(self.keyboardHideObserver);
        self.keyboardHideObserver = nil;
    }
}

- (void)applyBottomInset:(CGFloat)bottom {
    UITextView *textView = self.textView;
    struct UIEdgeInsets insets = textView.contentInset;
    insets.bottom = bottom;
    textView.contentInset = insets;
    textView.scrollIndicatorInsets = insets;
    if (bottom > 0) {
        textView.scrollRangeToVisible:(textView.selectedRange);
    }
}

}
