@interface WidgetView : UIView
- (NSInteger)level;
@end
