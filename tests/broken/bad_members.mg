class Shelf : NSObject {
@property NSString *title;
- (void)place:(id)item in:(id)box { }
- (void)refresh;
@property (nonatomic) NSInteger count;
- (void)reset { self.count = 0; }
}
