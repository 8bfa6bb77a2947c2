class Receipt {
- (void)print { NSLog(@"printing"); }
}

class Wallet : NSObject {
- (void)pay:(double)amount { total = total + ; }
}

typedef void Nothing;
int ok = 1;
