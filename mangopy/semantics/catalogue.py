"""The rule catalogue: every diagnostic code mangopy reports, with its documentation.

Each entry has a stable code, a name, a default severity, a summary, an explanation and two
examples: ``bad`` triggers the rule and ``good`` is the same intent written correctly.  The test
suite checks both against ``examples/app_classes.json``; ``docs/rules.md`` is generated from this
list (``python -m mangopy.semantics.catalogue``), and ``mangopy rules`` prints it.

Codes: ``MF0xx`` are found by the front end (upstream rejects the script while loading it, or
silently misreads it); ``MF1xx`` by the semantic checker (classes, methods, scopes, declarations).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from mangopy.diagnostics import RuleInfo, Severity
from mangopy.syntax import errors

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741


def _front(code: errors.Code, explanation: str, bad: str, good: str) -> RuleInfo:
    return RuleInfo(code.code, code.name, code.severity, code.summary, explanation, bad, good)


_FRONT_END = [
    _front(
        errors.ILLEGAL_CHARACTER,
        "Outside strings and comments MangoFix accepts only ASCII letters, digits, `_`, `$`, its punctuation, "
        "space, tab and line feed. `|`, `'`, `~`, `#` (except `#If`), carriage returns (CRLF files), a "
        "byte-order mark and non-ASCII text stop the whole script from loading.",
        "uint mask = UIControlEventTouchDown | UIControlEventTouchUpInside;\n",
        "uint mask = UIControlEventTouchDown + UIControlEventTouchUpInside;\n",
    ),
    _front(
        errors.UNTERMINATED_COMMENT,
        "A `/*` comment must be closed; MangoFix rejects the script at the end of the file.",
        "int retries = 3; /* TODO: tune\n",
        "int retries = 3; /* TODO: tune */\n",
    ),
    _front(
        errors.SYNTAX_ERROR,
        "The script does not follow the MangoFix grammar, so upstream rejects it as a whole. MangoFix is "
        "not Objective-C: messages are `receiver.sel:with:(a, b)`, bodies need braces, `@YES` is an "
        "annotation, a member access right before `:` starts a selector.",
        "NSNumber *flag = @YES;\n",
        "NSNumber *flag = @(YES);\n",
    ),
    _front(
        errors.UNEXPECTED_EOF,
        "The file ends inside a construct (a missing `;` or `}` at the end).",
        "Block done = ^{ }\n",
        "Block done = ^{ };\n",
    ),
    _front(
        errors.ARGUMENT_COUNT,
        "A selector takes one argument per colon. MangoFix never checks: missing arguments crash (the "
        "runtime reads past the argument list), extra ones are silently dropped. `obj.name(x)` sends "
        "`name` and ignores `x` — to call a block returned by `name`, write `obj.name()(x)`.",
        'id list = NSMutableArray.array();\nlist.insertObject:atIndex:(@"a");\n',
        'id list = NSMutableArray.array();\nlist.insertObject:atIndex:(@"a", 0);\n',
    ),
    _front(
        errors.UNTERMINATED_STRING,
        "A string still open at the end of the file: upstream silently drops it and everything after it, "
        "so the script may load without the code you think it has.",
        'int a = 1;\nNSLog(@"done);\n',
        'int a = 1;\nNSLog(@"done");\n',
    ),
    _front(
        errors.NEWLINE_IN_STRING,
        "A raw line break inside a string is dropped from its value (and upstream's line numbers are one "
        "too small after it).",
        'NSString *text = @"first\nsecond";\n',
        'NSString *text = @"first\\nsecond";\n',
    ),
    _front(
        errors.FOR_WITHOUT_CONDITION,
        "MangoFix does not treat a missing `for` condition as true: release builds skip the body, debug builds assert.",
        "int tick = 0;\nfor (;;) { tick++; if (tick > 9) { break; } }\n",
        "int tick = 0;\nwhile (YES) { tick++; if (tick > 9) { break; } }\n",
    ),
    _front(
        errors.UNKNOWN_TYPE,
        "A bare type name that is neither a keyword type nor a typedef known at that point is *untyped*: "
        "harmless for a local variable (reported as a note), but a new method, property or block with "
        "such a type has no type encoding and crashes when installed. `instancetype`, `CGRect` (write "
        "`struct CGRect`) and `NSTimeInterval` (write `double`) are the usual cases.",
        "class Order : NSObject {\n@property (nonatomic) NSTimeInterval createdAt;\n}\n",
        "class Order : NSObject {\n@property (nonatomic) double createdAt;\n}\n",
    ),
    _front(
        errors.UNKNOWN_ANNOTATION,
        "MangoFix knows `@If`, `#If`, `@SwiftModule`, `@MethodName`, `@Selector` and `@Signature` "
        "(case-sensitive); any other annotation is silently ignored — an `@if(...)` never guards anything.",
        '@if($appVersion.isEqualToString:(@"4.2.0"))\nclass Order : NSObject { }\n',
        '@If($appVersion.isEqualToString:(@"4.2.0"))\nclass Order : NSObject { }\n',
    ),
    _front(
        errors.SWALLOWED_ESCAPE,
        "Upstream's string scanner copies some byte pairs of legacy double-byte encodings, so a backslash "
        "right after certain CJK characters (e.g. 了) is taken as part of the character.",
        'NSString *s = @"完成了\\n";\n',
        'NSString *s = @"完成了 \\n";\n',
    ),
    _front(
        errors.STRUCT_FIELDS,
        "The two entries of `declare struct` must be named exactly `typeEncoding` and `keys`; upstream "
        "rejects the script while parsing it.",
        'declare struct Spot { encoding: "{Spot=qq}", keys: row, column }\n',
        'declare struct Spot { typeEncoding: "{Spot=qq}", keys: row, column }\n',
    ),
    _front(
        errors.TYPEDEF_UNKNOWN,
        "`typedef OLD NEW` needs `OLD` to be a keyword type or a name typedef'd earlier in the file "
        "(typedefs apply in source order while parsing).",
        "typedef Money Price;\ntypedef double Money;\n",
        "typedef double Money;\ntypedef Money Price;\n",
    ),
    _front(
        errors.CFUNCTION_TYPE,
        "`CFunction<...>` element names come from a fixed table: `uint`, `NSInteger`, `uint32_t`... are "
        "rejected while parsing. Use `u_int`, `long`, `u_int32_t`, `size_t`, `int`, `double`...",
        'CFunction<uint, int> hash = CFunction("my_hash");\n',
        'CFunction<u_int, int> hash = CFunction("my_hash");\n',
    ),
    _front(
        errors.CFUNCTION_STRUCT,
        "Inside `CFunction<...>` a `struct X` is resolved while parsing, before the script's own "
        "`declare struct`s exist: only built-in structs work, and NSRange is spelled `_NSRange`.",
        'CFunction<struct NSRange, id> rangeOf = CFunction("my_range_of");\n',
        'CFunction<struct _NSRange, id> rangeOf = CFunction("my_range_of");\n',
    ),
]


def _rule(code: str, name: str, severity: Severity, summary: str, explanation: str, bad: str, good: str) -> RuleInfo:
    return RuleInfo(code, name, severity, summary, explanation, bad, good)


_SEMANTIC = [
    # ------------------------------------------------------------------ classes
    _rule(
        "MF101",
        "superclass-mismatch",
        E,
        "A class the app has is declared with a different superclass than the app's.",
        "MangoFix ignores the superclass written for an existing class: `super` and every inherited "
        "behaviour follow the app's real superclass. A different superclass in the script means the "
        "fix was written against another version of the app (or another class).",
        "class OrderCell : UICollectionViewCell {\n- (void)prepareForReuse { super.prepareForReuse(); }\n}\n",
        "class OrderCell : UITableViewCell {\n- (void)prepareForReuse { super.prepareForReuse(); }\n}\n",
    ),
    _rule(
        "MF102",
        "unknown-superclass",
        E,
        "A new class whose superclass is a misspelling of a known class.",
        "A class the app does not have is created at load time as a subclass of the written superclass; "
        'if that cannot be found, loading fails with "not found super class". A superclass in neither the '
        "manifest nor the script may still exist (the manifest can lack a pod or an SDK class), so it is "
        "reported only when it is almost certainly a typo: a known class is one or two letters away (the "
        "same words with another prefix, suffix or digits do not count: `OrderCellV2` is not a typo of "
        "`OrderCell`). Any other unknown superclass is the note MF107.",
        "class PaymentSheet : UIViewControler {\n- (void)show { }\n}\n",
        "class PaymentSheet : UIViewController {\n- (void)show { }\n}\n",
    ),
    _rule(
        "MF103",
        "new-class",
        I,
        "A class that is not in the manifest: unless the app has it, the script creates it.",
        "Not a problem in itself, but if you meant to patch an existing class, its name is misspelt or "
        "the manifest is out of date. A name one or two letters away from a class of the manifest is the "
        "warning MF106 instead.",
        "class OrderBadge : UIView {\n- (void)layoutSubviews { super.layoutSubviews(); }\n}\n",
        "class OrderCell : UITableViewCell {\n- (void)layoutSubviews { super.layoutSubviews(); }\n}\n",
    ),
    _rule(
        "MF104",
        "unknown-protocol",
        W,
        "A protocol in a class header that is a misspelling of a protocol the manifest knows.",
        "The protocol list has no effect at run time, and the manifest may lack a protocol, so only a name "
        "one or two letters away from a known protocol is reported (a probable typo).",
        "class OrderListController : UIViewController <UITableViewDataSorce> { }\n",
        "class OrderListController : UIViewController <UITableViewDataSource> { }\n",
    ),
    _rule(
        "MF105",
        "swift-module",
        W,
        "A Swift class used without (or with another) `@SwiftModule` than the app's module.",
        'Swift classes exist at run time as `Module.Class`. Without `@SwiftModule("Module")` (or an '
        "`@SwiftClassAlias`), MangoFix looks for a class that does not exist and creates a new one: the "
        "fix patches nothing.",
        "class CartStore : NSObject {\n- (NSInteger)itemCount { return 0; }\n}\n",
        '@SwiftModule("Shop")\nclass CartStore : NSObject {\n- (NSInteger)itemCount { return 0; }\n}\n',
    ),
    _rule(
        "MF106",
        "new-class-typo",
        W,
        "A class that is not in the manifest but whose name is a misspelling of one that is.",
        "MangoFix patches the class of the written name if the app has it, and otherwise creates a new "
        "class: a misspelt class name makes the whole fix a new, unused class. Reported when a class of "
        "the manifest is one or two letters away (a transposition, a wrong, missing or extra letter; names "
        "of at least 6 characters); the same words with another prefix, suffix or digits (`OrderCellV2` "
        "next to `OrderCell`) are taken as a deliberately new class (MF103).",
        "class OrderListControler : UIViewController {\n- (void)viewDidLoad { super.viewDidLoad(); }\n}\n",
        "class OrderListController : UIViewController {\n- (void)viewDidLoad { self.ORGviewDidLoad(); }\n}\n",
    ),
    _rule(
        "MF107",
        "not-in-manifest",
        I,
        "Something a check needs is not in the manifest, so it was not checked.",
        "A manifest may describe the app only in part: an export that could not read a file, a pod left "
        "out, an SDK class listed with some of its members (`partial`). Where the manifest does not "
        "settle a question (does this class, with its superclasses and protocols, have this selector? "
        "is this name a class?), mangopy neither reports an error nor stays silent: this note says what "
        'is missing, e.g. "`UIActivity` is not in the manifest, so whether `ShareActivity` has '
        '`canPerformWithActivityItems:` cannot be checked". A name one or two letters away from a known '
        "one is still reported by its rule, as a probable typo. Export the missing module (or the "
        "runtime dump) into the manifest to have these checked.",
        "class ShareActivity : PaymentActivityBase {\n- (void)performActivity { }\n}\n",
        "class ShareActivity : UIViewController {\n- (void)performActivity { }\n}\n",
    ),
    # ------------------------------------------------------------------ methods
    _rule(
        "MF110",
        "parameter-type-mismatch",
        E,
        "A method's parameter type differs in kind from the app's declaration.",
        "A replacement keeps the native calling convention, so each argument arrives as its native kind "
        "(an object, an integer, a struct...) whatever the script declares; code written for the declared "
        "type then misbehaves or crashes. For a method added to implement a protocol, a wrong type is "
        "a wrong calling convention.",
        "class OrderListController : UIViewController {\n"
        "- (void)reloadOrdersAnimated:(id)animated { self.ORGreloadOrdersAnimated:(animated); }\n}\n",
        "class OrderListController : UIViewController {\n"
        "- (void)reloadOrdersAnimated:(BOOL)animated { self.ORGreloadOrdersAnimated:(animated); }\n}\n",
    ),
    _rule(
        "MF111",
        "return-type-mismatch",
        W,
        "A replaced method's return type differs in kind from the app's declaration.",
        "The returned value is converted to the native return type anyway, but a script declaring "
        "another kind usually returns the wrong thing.",
        "class Order : NSObject {\n- (id)totalPrice { return @(0); }\n}\n",
        "class Order : NSObject {\n- (double)totalPrice { return 0.0; }\n}\n",
    ),
    _rule(
        "MF112",
        "method-kind-mismatch",
        E,
        "An instance method (`-`) written for a class method (`+`), or the reverse.",
        "`-` methods are installed on the class, `+` methods on its metaclass: the wrong marker adds a new "
        "method on the other side and the app's method is never replaced.",
        "class OrderListController : UIViewController {\n- (id)sharedFormatter { return nil; }\n}\n",
        "class OrderListController : UIViewController {\n+ (id)sharedFormatter { return nil; }\n}\n",
    ),
    _rule(
        "MF113",
        "new-method",
        W,
        "A method of an existing class whose selector the app does not have: it is added, not replaced.",
        "When the selector is misspelt, the fix never runs: the app keeps calling its own method. The "
        "message lists the closest selectors the class has. Methods the class declares in its interface "
        "or only in its `@implementation`, property accessors and the methods of adopted protocols all "
        "exist. Every new method is reported when the manifest knows the class whole (its superclass "
        "chain up to a root and its protocols, none `partial`); otherwise only a selector that no class "
        "of the manifest declares and that is one or two letters away from one the class has (a "
        "probable typo), and the rest is the note MF107.",
        "class OrderListController : UIViewController {\n- (void)reloadOrdersAnimate:(BOOL)animated { }\n}\n",
        "class OrderListController : UIViewController {\n- (void)reloadOrdersAnimated:(BOOL)animated { }\n}\n",
    ),
    _rule(
        "MF114",
        "untyped-new-method",
        E,
        "A method the script adds has an untyped parameter or return type.",
        "A new method's type encoding is built from the script's types; an untyped name (`instancetype`, "
        "`CGRect` without `struct`, `NSTimeInterval`) has none and installing the method crashes.",
        "class OrderSummary : NSObject {\n- (instancetype)initWithOrder:(Order *)order { return self; }\n}\n",
        "class OrderSummary : NSObject {\n- (id)initWithOrder:(Order *)order { return self; }\n}\n",
    ),
    _rule(
        "MF115",
        "org-without-original",
        E,
        "`self.ORGsel()` where `sel` is not a method of the app that this script replaces.",
        "`ORGsel` is the saved original implementation, created only when the script replaces an existing "
        "method `sel`. For a method the script does not replace, a new method, or a misspelt one, the call "
        "is an unrecognized selector: a crash. When the manifest knows the class only in part, whether "
        "`sel` exists cannot be settled: only a probable typo (one or two letters away from a method the "
        "class has, declared nowhere) is reported, as a warning; the rest is the note MF107.",
        "class OrderListController : UIViewController {\n"
        "- (void)viewDidLoad { self.ORGreloadOrdersAnimated:(YES); }\n}\n",
        "class OrderListController : UIViewController {\n- (void)showEmptyState { self.ORGshowEmptyState(); }\n}\n",
    ),
    _rule(
        "MF116",
        "super-without-method",
        E,
        "`super.sel()` where no superclass of the class has `sel`.",
        "The send starts in the superclass; if no ancestor implements it, it is an unrecognized selector. "
        "When the manifest knows the superclasses only in part, only a probable typo is reported, as a "
        "warning (see MF115); the rest is the note MF107.",
        "class OrderCell : UITableViewCell {\n- (void)prepareForReuse { super.prepareForReues(); }\n}\n",
        "class OrderCell : UITableViewCell {\n- (void)prepareForReuse { super.prepareForReuse(); }\n}\n",
    ),
    _rule(
        "MF117",
        "unknown-selector",
        W,
        "A message to an object of a known class with a selector its class hierarchy does not have.",
        "Receivers whose class is known (class names, `self`, `super`, typed variables, properties and "
        "methods typed in the manifest) are checked against the manifest: an unknown selector is an "
        "unrecognized-selector crash at run time. The closest selectors are suggested. A declared type is "
        "only a hint (the object may be of a subclass), so a selector some class of the manifest declares "
        "is never reported; when the manifest knows the class only in part, only a probable typo is (see "
        "MF113).",
        "Order *order = Order.alloc().init();\ndouble total = order.totalPrise();\n",
        "Order *order = Order.alloc().init();\ndouble total = order.totalPrice();\n",
    ),
    _rule(
        "MF118",
        "method-name-arity",
        E,
        "`@MethodName`/`@Selector` names a selector with another number of colons than the method's parameters.",
        "The annotation replaces the installed selector; with a different colon count every call fails "
        'with "expect count: N, pass in cout:M".',
        'class Order : NSObject {\n@MethodName("addItem:")\n- (void)add:(NSString *)item count:(NSInteger)n { }\n}\n',
        'class Order : NSObject {\n@MethodName("addItem:quantity:")\n'
        "- (void)add:(NSString *)item count:(NSInteger)n { }\n}\n",
    ),
    # ------------------------------------------------------------------ scopes
    _rule(
        "MF130",
        "undeclared-identifier",
        W,
        "A name that is not a variable, parameter, built-in or known class, and cannot be a class either.",
        "MangoFix resolves a name through the scopes (locals, parameters, globals, values the host app "
        "injects), the built-ins, then the Objective-C runtime: any class of that name, or a Swift alias. "
        'Reading a name none of these has fails at run time ("not found var"). Reported: a name that '
        "can only be a variable (not capitalised, or all capitals like a C macro: `CGFLOAT_MAX`), a name "
        "called like a C function (`NSLocalizedString(...)`: MangoFix predefines no SDK function), a "
        "capitalised name one or two letters away from a name in scope or a class of the manifest, and "
        "one that extends an SDK class or struct name like an SDK constant (`CGRectZero`, "
        "`UIViewContentModeTop`: MangoFix predefines no SDK constant). Any other capitalised name may be "
        "a class the manifest lacks: the note MF107. Because the host app may inject globals, this is a "
        "warning.",
        'NSInteger count = 0;\nNSLog(@"" + cuont);\n',
        'NSInteger count = 0;\nNSLog(@"" + count);\n',
    ),
    _rule(
        "MF131",
        "assign-undeclared",
        W,
        "An assignment to a name that was never declared.",
        "MangoFix silently drops an assignment to an unknown name: no variable is created.",
        "total = 5;\n",
        "NSInteger total = 5;\n",
    ),
    _rule(
        "MF132",
        "redeclaration",
        W,
        "A variable declared twice in the same scope.",
        "The second declaration silently replaces the first variable (its value and type).",
        "NSInteger count = 1;\nNSInteger count = 2;\n",
        "NSInteger count = 1;\ncount = 2;\n",
    ),
    _rule(
        "MF133",
        "call-arity",
        E,
        "A block, `CFunction<...>` variable or built-in function called with the wrong number of arguments.",
        'Calls check the argument count at run time ("expect count: N, pass in cout:M"). `NSLog` takes '
        "exactly one argument: build the text with `+`.",
        'NSInteger count = 3;\nNSLog(@"items: %d", count);\n',
        'NSInteger count = 3;\nNSLog(@"items: " + count);\n',
    ),
    _rule(
        "MF134",
        "jump-outside-loop",
        W,
        "`break` outside a loop or `switch`, or `continue` outside a loop.",
        "Upstream does not reject it: the statement silently ends the whole method or block body.",
        "class Order : NSObject {\n- (void)addItem:(NSString *)item quantity:(NSInteger)n {\n"
        "    if (n == 0) { break; }\n}\n}\n",
        "class Order : NSObject {\n- (void)addItem:(NSString *)item quantity:(NSInteger)n {\n"
        "    if (n == 0) { return; }\n}\n}\n",
    ),
    _rule(
        "MF135",
        "return-value-discarded",
        W,
        "`return value;` in a `void` method, or in a block literal written without a return type.",
        "A block literal without a return type returns `void`: its `return x;` value is discarded, so "
        "callers receive 0/nil. Write the return type: `^int (int n) { ... }`.",
        "Block twice = ^(int n) { return n * 2; };\n",
        "Block twice = ^int (int n) { return n * 2; };\n",
    ),
    _rule(
        "MF136",
        "missing-return",
        W,
        "A method or typed block that never returns a value although its type is not `void`.",
        "Falling off the end returns the zero value of the return type (0, NO, nil).",
        'class Order : NSObject {\n- (BOOL)isPaid { NSLog(@"checking"); }\n}\n',
        'class Order : NSObject {\n- (BOOL)isPaid { NSLog(@"checking"); return NO; }\n}\n',
    ),
    _rule(
        "MF137",
        "self-outside-class",
        E,
        "`self`, `super` or `_cmd` in top-level code.",
        'Top-level statements (and blocks created by them) run without a receiver: "not found var self".',
        "super.description();\n",
        "class Order : NSObject {\n- (NSString *)description { return super.description(); }\n}\n",
    ),
    _rule(
        "MF138",
        "super-in-class-method",
        W,
        "`super` inside a `+` method.",
        "Upstream builds super sends from the superclass itself, not its metaclass: in a class method they "
        "reach an *instance* method of that name (or crash). Call the superclass explicitly.",
        "class OrderCell : UITableViewCell {\n+ (NSString *)reuseIdentifier { return super.description(); }\n}\n",
        "class OrderCell : UITableViewCell {\n"
        "+ (NSString *)reuseIdentifier { return UITableViewCell.description(); }\n}\n",
    ),
    _rule(
        "MF139",
        "foreach-undeclared",
        W,
        "`for (x in ...)` where `x` was never declared.",
        "The untyped form assigns to an existing variable; if there is none, every assignment is dropped "
        "and reading `x` fails. Declare it in the loop: `for (id x in ...)`.",
        "NSArray *list = @[];\nfor (entry in list) { NSLog(entry); }\n",
        "NSArray *list = @[];\nfor (id entry in list) { NSLog(entry); }\n",
    ),
    # ------------------------------------------------------------------ values
    _rule(
        "MF140",
        "block-property-call",
        W,
        "`(obj.prop)(args)`: sends `prop` and ignores the arguments instead of calling the block it holds.",
        "Calling a block stored in a property needs the getter to be sent first: `obj.prop()(args)`. "
        "Both `obj.prop(args)` (see MF005) and `(obj.prop)(args)` send `prop` and drop the arguments.",
        "class OrderListController : UIViewController {\n- (void)viewDidLoad { (self.onReload)(YES); }\n}\n",
        "class OrderListController : UIViewController {\n- (void)viewDidLoad { self.onReload()(YES); }\n}\n",
    ),
    _rule(
        "MF141",
        "collection-non-object",
        E,
        "A number, BOOL or C string literal as an array element or a dictionary key or value.",
        'Collections hold objects: MangoFix asserts ("array element type can not bee type:int"). Box numbers '
        'with `@`, and write text as `@"..."`.',
        "NSArray *ids = @[1, 2];\n",
        "NSArray *ids = @[@1, @2];\n",
    ),
    _rule(
        "MF142",
        "struct-literal-object",
        E,
        "An object (boxed number, NSString, collection) as a struct-literal value.",
        "Struct fields take numbers, BOOLs, C strings, selectors, pointers and structs; objects are rejected at "
        "run time.",
        "struct CGPoint p = {x: @1.5, y: 2};\n",
        "struct CGPoint p = {x: 1.5, y: 2};\n",
    ),
    _rule(
        "MF143",
        "lossy-conversion",
        W,
        "A number, BOOL or C string literal assigned to an object variable at its declaration.",
        "Values are converted by the declared type: a number or a C string has no object value, so the "
        "variable becomes nil.",
        'id boxed = 7;\nNSString *title = "Checkout";\n',
        'id boxed = @7;\nNSString *title = @"Checkout";\n',
    ),
    _rule(
        "MF144",
        "catransform3d-m41",
        W,
        "`.m41` on a `struct CATransform3D`.",
        "MangoFix's built-in declaration lists the 13th key as `41` (an upstream typo), so `m41` cannot be read "
        "or written by name.",
        "struct CATransform3D t = CATransform3DMakeScale(1, 1, 1);\ndouble shift = t.m41;\n",
        "struct CATransform3D t = CATransform3DMakeScale(1, 1, 1);\ndouble scale = t.m11;\n",
    ),
    _rule(
        "MF145",
        "post-increment-value",
        I,
        "The value of `x++` or `x--` is used.",
        "MangoFix runs `x++` as `x = x + 1` and yields the new value, not the old one as C does.",
        "int x = 5;\nint before = x++;\n",
        "int x = 5;\nint before = x;\nx++;\n",
    ),
    _rule(
        "MF146",
        "compare-number-object",
        E,
        "`==`, `<`, ... between an object and a number.",
        "Objects are not unboxed for comparisons: MangoFix rejects number-object comparisons at run time. "
        "Unwrap the object first.",
        'NSNumber *qty = @3;\nif (qty == 3) { NSLog(@"three"); }\n',
        'NSNumber *qty = @3;\nif (qty.integerValue() == 3) { NSLog(@"three"); }\n',
    ),
    # ------------------------------------------------------------------ declarations
    _rule(
        "MF150",
        "struct-key-count",
        E,
        "A `declare struct` whose number of keys differs from the number of fields of its encoding.",
        "Fields and keys are matched by position; a different count maps values to the wrong fields.",
        'declare struct Spot { typeEncoding: "{Spot=qqq}", keys: row, column }\n',
        'declare struct Spot { typeEncoding: "{Spot=qq}", keys: row, column }\n',
    ),
    _rule(
        "MF151",
        "struct-encoding",
        E,
        "A `declare struct` encoding that is not `{TAG=fields}` with supported field codes.",
        "Fields must be `c i s l q C I S L Q f d B *` or nested `{...}`; objects and pointers are misread.",
        'declare struct Spot { typeEncoding: "Spot=qq", keys: row, column }\n',
        'declare struct Spot { typeEncoding: "{Spot=qq}", keys: row, column }\n',
    ),
    _rule(
        "MF152",
        "struct-tag",
        W,
        "A `declare struct` whose encoding tag differs from its name.",
        "Native struct values are identified by their encoding's tag: values coming from the app can only "
        "be used if a struct named like the tag is declared.",
        'declare struct Spot { typeEncoding: "{GridSpot=qq}", keys: row, column }\n',
        'declare struct GridSpot { typeEncoding: "{GridSpot=qq}", keys: row, column }\n',
    ),
    _rule(
        "MF153",
        "struct-undeclared",
        E,
        "`struct X` where X is neither a built-in struct nor declared with `declare struct`.",
        "Declaring a variable, property or method with an undeclared struct crashes when it is used.",
        "struct Spot where = {row: 1, column: 2};\n",
        'declare struct Spot { typeEncoding: "{Spot=qq}", keys: row, column }\n'
        "struct Spot where = {row: 1, column: 2};\n",
    ),
    _rule(
        "MF154",
        "swift-alias-order",
        W,
        "A class header uses a `@SwiftClassAlias` name declared only further down.",
        "Aliases are registered while parsing, so a class header sees only the aliases above it.",
        "class Store : NSObject { }\n@SwiftClassAlias Shop.CartStore Store;\n",
        "@SwiftClassAlias Shop.CartStore Store;\nclass Store : NSObject { }\n",
    ),
    _rule(
        "MF155",
        "property-redeclared",
        W,
        "A script property that the app's class already has natively.",
        "The script installs new accessors backed by associated storage, replacing the app's: the native "
        "backing variable is no longer read or written through the property.",
        "class OrderListController : UIViewController {\n@property (nonatomic, strong) UILabel *emptyLabel;\n}\n",
        "class OrderListController : UIViewController {\n@property (nonatomic, strong) UILabel *hintLabel;\n}\n",
    ),
    _rule(
        "MF156",
        "property-type-changed",
        E,
        "A script property that redeclares a native property with another kind of type.",
        "Other code of the app still uses the property with its native type.",
        "class Order : NSObject {\n@property (nonatomic) NSString *quantity;\n}\n",
        "class Order : NSObject {\n@property (nonatomic) NSString *note;\n}\n",
    ),
    _rule(
        "MF157",
        "property-modifiers",
        W,
        "More than one memory modifier (`weak strong copy assign`) or atomicity modifier on a property.",
        "Modifiers are combined as bit values: `weak, copy` silently becomes `assign`.",
        "class Order : NSObject {\n@property (weak, copy) NSString *note;\n}\n",
        "class Order : NSObject {\n@property (nonatomic, copy) NSString *note;\n}\n",
    ),
    # ------------------------------------------------------------------ mangopy's own comments
    _rule(
        "MF190",
        "unused-suppression",
        W,
        "A `// mangopy: ignore` comment that silences nothing, or names a code that is no rule.",
        "A suppression that no longer silences anything hides the next real finding on its line; a "
        "misspelt code (`MF1O1`) silences nothing at all. Only codes of rules that run are judged (a "
        "code deselected with `--select`/`--ignore` is left alone). The fix removes what is unused.",
        "int count = 0; // mangopy: ignore[MF131]\n",
        "count = 0; // mangopy: ignore[MF131]\n",
    ),
]

CATALOGUE: tuple[RuleInfo, ...] = tuple(_FRONT_END + _SEMANTIC)
RULES: dict[str, RuleInfo] = {r.code: r for r in CATALOGUE}

#: Findings that mean MangoFix refuses to load the script (lexer, parser, load-time checks) or
#: crashes it: they can be neither deselected nor suppressed, and `encrypt --force` refuses them.
LOAD_BLOCKING: frozenset[str] = frozenset(
    {"MF001", "MF002", "MF003", "MF004", "MF005", "MF020", "MF021", "MF022", "MF023"}
)
_NAMES = {r.name: r.code for r in CATALOGUE}
_CODE_PREFIX = re.compile(r"MF\d{0,3}")
_LOOKALIKE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def resolve_selectors(values: Iterable[str]) -> tuple[tuple[str, ...], list[str]]:
    """Rule selectors as written by a user, normalised (codes and prefixes upper-case, names
    lower-case), and a message for each one that selects no rule (with a "did you mean")."""
    out: list[str] = []
    problems: list[str] = []
    for value in values:
        written = value.strip()
        code, name = written.upper(), written.lower()
        if _CODE_PREFIX.fullmatch(code) and any(c.startswith(code) for c in RULES):
            out.append(code)
        elif name in _NAMES:
            out.append(name)
        else:
            from mangopy.semantics.fuzzy import NameIndex

            lookalike = code.translate(_LOOKALIKE)  # `MF1O1`: a letter O for a zero
            if lookalike in RULES:
                near = [lookalike]
            else:
                near = NameIndex([*RULES, *_NAMES]).similar(code if code.startswith("MF") else name, 1)
            hint = f" (did you mean `{near[0]}`?)" if near else ""
            problems.append(f"`{written}` is not a rule code, code prefix or rule name{hint}")
    return tuple(out), problems


def matches(code: str, selectors: tuple[str, ...]) -> bool:
    """Does ``code`` match one of ``selectors`` (codes, code prefixes such as ``MF1``, or rule names)?"""
    rule = RULES.get(code)
    return any(code.startswith(s) or (rule is not None and rule.name == s) for s in selectors)


def render_markdown() -> str:
    """``docs/rules.md``: the catalogue as a reference page."""
    out = [
        "# Rule reference",
        "",
        "Generated from `mangopy/semantics/catalogue.py` by `python -m mangopy.semantics.catalogue`; do not edit.",
        "Every bad example triggers its rule and every good one does not, checked by the test suite against",
        "`examples/app_classes.json` (plus the SDK baseline manifest).",
        "",
        "Select or ignore rules by code, code prefix (`MF1`) or name (`--select`, `--ignore`, `[tool.mangopy]`);",
        "silence one line with `// mangopy: ignore[MF101]` on that line or the line above, a whole file with",
        "`// mangopy: ignore-file[MF130]` (without `[...]`: every rule). Selectors are case-insensitive; one that",
        "selects no rule is a usage error. "
        + ", ".join(sorted(LOAD_BLOCKING))
        + " mean MangoFix would not load the script: they can be neither deselected nor suppressed.",
        "",
        "| Code | Name | Severity | Summary |",
        "| --- | --- | --- | --- |",
    ]
    for r in CATALOGUE:
        out.append(f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity} | {r.summary} |")
    for r in CATALOGUE:
        out += ["", f"## {r.code} {r.name}", "", f"**Severity:** {r.severity}. {r.summary}", "", r.explanation, ""]
        out += [
            "Bad:",
            "",
            "```mango",
            r.bad.rstrip("\n"),
            "```",
            "",
            "Good:",
            "",
            "```mango",
            r.good.rstrip("\n"),
            "```",
        ]
    return "\n".join(out) + "\n"


def main() -> int:
    from pathlib import Path

    target = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    target.write_text(render_markdown(), encoding="utf-8")
    print(f"wrote {target} ({len(CATALOGUE)} rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
