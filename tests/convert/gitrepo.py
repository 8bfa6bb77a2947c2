"""A real git repository for the ``patch`` tests, and the Objective-C its commits hold."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

CART_H = """\
#import <UIKit/UIKit.h>
@interface CartController : UIViewController
@property (nonatomic, strong) NSArray *items;
- (void)reload;
@end
"""

CART_M = """\
#import "Cart.h"
@implementation CartController
- (void)reload {
    // lay out again
    [self.view setNeedsLayout];
}
- (NSInteger)count {
    return self.items.count;
}
- (void)clear {
    self.items = @[];
}
@end
"""

UTIL_M = """\
#import <UIKit/UIKit.h>
@interface Greeter : NSObject
@end
@implementation Greeter
+ (NSString *)greet:(NSString *)name {
    return [@"Hello " stringByAppendingString:name];
}
@end
"""


class Repo:
    """A real git repository in a temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(self.root)}
        identity = ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]
        done = subprocess.run(["git", *identity, *args], cwd=self.root, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def write(self, path: str, text: str) -> None:
        (self.root / path).parent.mkdir(parents=True, exist_ok=True)
        (self.root / path).write_text(text, encoding="utf-8")

    def commit(self, message: str, **files: str) -> str:
        for path, text in files.items():
            self.write(path.replace("__", "/"), text)
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "--short", "HEAD")
