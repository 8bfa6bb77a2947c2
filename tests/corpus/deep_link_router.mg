// StaySpot 6.4.0: universal links with a trailing slash or an upper-case
// host opened the home screen instead of the hotel page. Normalise the URL
// and route it explicitly.

int kRouteUnknown = 0;
int kRouteHotel = 1;
int kRouteBooking = 2;
int kRouteOffers = 3;

class STYDeepLinkRouter : NSObject {

- (NSInteger)routeKindForComponents:(NSArray *)components {
    if (components.count() == 0) {
        return kRouteUnknown;
    }
    NSString *head = components[0].lowercaseString();
    if (head.isEqualToString:(@"hotel") || head.isEqualToString:(@"hotels")) {
        return kRouteHotel;
    }
    if (head.isEqualToString:(@"trips")) {
        return kRouteBooking;
    }
    return head.hasPrefix:(@"offer") ? kRouteOffers : kRouteUnknown;
}

- (BOOL)handleURL:(NSURL *)url {
    NSString *host = url.host.lowercaseString() ?: @"";
    if (!host.hasSuffix:(@"stayspot.com")) {
        return self.ORGhandleURL:(url);
    }
    NSMutableArray *parts = NSMutableArray.array();
    for (NSString *component in url.pathComponents()) {
        if (component.length() == 0 || component.isEqualToString:(@"/")) {
            continue;
        }
        parts.addObject:(component);
    }
    NSInteger kind = self.routeKindForComponents:(parts);
    NSString *identifier = parts.count() > 1 ? parts[1] : nil;
    switch (kind) {
        case kRouteHotel: {
            if (identifier) {
                STYNavigator.shared().openHotelWithId:(identifier);
                return YES;
            }
            break;
        }
        case kRouteBooking: {
            STYNavigator.shared().openBookingWithId:(identifier);
            return YES;
        }
        case kRouteOffers: {
            STYNavigator.shared().openOffers();
            return YES;
        }
        default: {
            NSLog(@"[STY] unhandled deep link " + url.absoluteString());
        }
    }
    return self.ORGhandleURL:(url);
}

}
