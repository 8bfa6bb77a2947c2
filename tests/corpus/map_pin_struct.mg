// StaySpot 6.3.1: hotel pins were clustered into the wrong buckets because
// the grid index overflowed at high zoom levels. Recompute the cluster grid
// in script, and ignore region changes near the poles.

declare struct STYGridCell {
    typeEncoding: "{STYGridCell=qq}",
    keys: column, row
}

declare struct CLLocationCoordinate2D {
    keys: latitude, longitude,
    typeEncoding: "{CLLocationCoordinate2D=dd}"
}

double kClusterCellSize = 64.0;

class STYMapClusterEngine : NSObject {

- (struct STYGridCell)gridCellForPoint:(struct CGPoint)point zoomScale:(double)zoomScale {
    double scale = zoomScale > 0.0 ? zoomScale : 1.0;
    double cellSize = kClusterCellSize / scale;
    struct STYGridCell cell = {column: 0, row: 0};
    cell.column = point.x / cellSize;
    cell.row = point.y / cellSize;
    return cell;
}

- (NSString *)keyForCell:(struct STYGridCell)cell {
    return @"" + cell.column + @":" + cell.row;
}

- (NSDictionary *)clustersForAnnotations:(NSArray *)annotations inMapView:(id)mapView zoomScale:(double)zoomScale {
    NSMutableDictionary *buckets = NSMutableDictionary.dictionary();
    for (id annotation in annotations) {
        struct CLLocationCoordinate2D coordinate = annotation.coordinate();
        struct CGPoint point = mapView.convertCoordinate:toPointToView:(coordinate, mapView);
        struct STYGridCell cell = self.gridCellForPoint:zoomScale:(point, zoomScale);
        NSString *key = self.keyForCell:(cell);
        NSMutableArray *bucket = buckets[key];
        if (!bucket) {
            bucket = NSMutableArray.array();
            buckets[key] = bucket;
        }
        bucket.addObject:(annotation);
    }
    return buckets;
}

}

class STYHotelMapViewController : UIViewController {

- (void)mapView:(id)mapView regionDidChangeAnimated:(BOOL)animated {
    struct CLLocationCoordinate2D center = mapView.centerCoordinate();
    if (center.latitude > 85.0 || center.latitude < -85.0) {
        return;
    }
    self.ORGmapView:regionDidChangeAnimated:(mapView, animated);
}

}
