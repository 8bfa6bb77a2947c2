class CartController : UIViewController {
- (void)viewDidLoad {
    self.ORGviewDidLoad()
    self.title = @"Cart";
    int count = self.items.count()
    NSLog(@"items: " + count);
}
}
