// LedgerLite 1.8.1: transactions with the same timestamp appeared in a
// different order after every refresh. Sort by date (newest first), then by
// amount, then by identifier, and group the result by day.

class LGLTransactionListViewModel : NSObject {

- (NSArray *)sortedTransactions:(NSArray *)transactions {
    Block compareNumbers = ^NSInteger (double lhs, double rhs) {
        if (lhs < rhs) {
            return -1;
        }
        return lhs > rhs ? 1 : 0;
    };
    return transactions.sortedArrayUsingComparator:(^NSInteger (id first, id second) {
        double firstTime = first.date().timeIntervalSince1970();
        double secondTime = second.date().timeIntervalSince1970();
        NSInteger byDate = compareNumbers(secondTime, firstTime);
        if (byDate != 0) {
            return byDate;
        }
        NSInteger byAmount = compareNumbers(first.amount().doubleValue(), second.amount().doubleValue());
        if (byAmount != 0) {
            return byAmount;
        }
        return first.transactionId().compare:(second.transactionId());
    });
}

- (void)reloadWithTransactions:(NSArray *)transactions {
    NSArray *sorted = self.sortedTransactions:(transactions);
    self.ORGreloadWithTransactions:(sorted);
}

- (NSDictionary *)groupedByDay:(NSArray *)transactions {
    NSMutableDictionary *groups = NSMutableDictionary.dictionary();
    NSDateFormatter *formatter = NSDateFormatter.alloc().init();
    formatter.dateFormat = @"yyyy-MM-dd";
    for (id transaction in self.sortedTransactions:(transactions)) {
        NSString *day = formatter.stringFromDate:(transaction.date());
        NSMutableArray *bucket = groups[day];
        if (!bucket) {
            bucket = NSMutableArray.array();
            groups[day] = bucket;
        }
        bucket.addObject:(transaction);
    }
    return groups;
}

}
