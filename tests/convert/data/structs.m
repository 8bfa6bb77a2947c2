// Structs of the app: declared for MangoFix from clang's layout, or refused when MangoFix cannot lay them out.
#import <UIKit/UIKit.h>

typedef struct PriceRange {
    double low;
    double high;
} PriceRange;

typedef struct GridSpot {
    NSInteger row;
    NSInteger column;
} GridSpot;

typedef struct Mixed {
    char flag;
    int count;
} Mixed;

@interface ShelfView : UIView
@end

@implementation ShelfView

- (double)spread:(PriceRange)range at:(GridSpot)spot {
    PriceRange copy = range;
    copy.low = spot.row;
    CGRect frame = self.bounds;
    return copy.high - copy.low + frame.size.width;
}

- (void)mark {
    Mixed m;
    m.count = 1;
}

@end
