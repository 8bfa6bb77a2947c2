#import "WidgetView.h"

@implementation WidgetView
- (NSInteger)level { return WIDGET_LEVEL; }
@end
