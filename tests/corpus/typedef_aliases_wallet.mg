// LedgerLite 1.7.4: transfers between wallets rounded cents incorrectly
// (0.29 became 28 cents). Script-level type aliases keep the fix readable.

typedef BOOL LGLFlag;
typedef int LGLCents;
typedef uint LGLAccountMask;
typedef double LGLAmount;
typedef CString LGLRawCode;
typedef id LGLJSON;
typedef Block LGLCompletion;
typedef Class LGLModelClass;
typedef SEL LGLAction;
typedef Pointer LGLHandle;
typedef NSInteger LGLIndex;
typedef LGLAmount LGLRate;

LGLRate kCentsPerUnit = 100.0;

class LGLTransferService : NSObject {

- (LGLCents)centsFromAmount:(LGLAmount)amount {
    LGLAmount scaled = amount * kCentsPerUnit;
    LGLCents cents = scaled + (scaled >= 0 ? 0.5 : (-0.5));
    return cents;
}

- (void)transferAmount:(LGLAmount)amount fromWallet:(id)source toWallet:(id)target completion:(LGLCompletion)completion {
    LGLCents cents = self.centsFromAmount:(amount);
    LGLFlag valid = cents > 0 && source != target;
    if (!valid) {
        completion(NO, @"invalid transfer");
        return;
    }
    LGLJSON payload = @{@"from": source.walletId(), @"to": target.walletId(), @"cents": @(cents)};
    LGLAction action = @selector(postTransfer:completion:);
    if (self.respondsToSelector:(action)) {
        self.postTransfer:completion:(payload, completion);
    }
}

- (LGLFlag)canTransferWithMask:(LGLAccountMask)mask {
    LGLAccountMask transferBit = mask % 8;
    return transferBit >= 4;
}

- (LGLModelClass)modelClassForKind:(LGLIndex)kind {
    LGLRawCode code = kind == 1 ? "card" : "bank";
    NSString *name = @"LGL" + NSString.stringWithUTF8String:(code).capitalizedString() + @"Wallet";
    LGLModelClass modelClass = NSBundle.mainBundle().classNamed:(name);
    return modelClass ?: LGLWallet.class();
}

- (void)startObservingWallet:(id)wallet {
    LGLHandle context = NULL;
    wallet.addObserver:forKeyPath:options:context:(self, @"balance", 1, context);
}

}
