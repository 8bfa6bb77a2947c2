#!/usr/bin/env python3
"""Generate ``mangopy/data/sdk_baseline.json``: the iOS SDK classes and protocols mangopy knows.

The data below is written by hand from the declarations in the public iOS 17 SDK headers
(UIKit, Foundation, QuartzCore, WebKit).  Each class or protocol is one ``C(...)`` / ``P(...)``
call holding Objective-C declarations as they appear in the headers; a small parser turns them
into selectors, return and parameter types.  Only the commonly overridden or called members are
listed: this is a baseline, not a full SDK dump.

Conventions:

* Nullability (``nullable``, ``_Nullable``, ``__nullable``, ``null_resettable`` ...) and
  ``NS_NOESCAPE`` are left out of the stored types and attributes.
* A typedef of an object or floating type that mangopy's type categories cannot see through
  (``NSNotificationName``, ``UILayoutPriority``, ``NSComparator`` ...) is stored as its
  underlying type (see ``TYPEDEFS``); NS_ENUM / NS_OPTIONS names are kept as they are.
* ``@property (class ...)`` becomes class methods (getter, plus setter unless readonly); a
  ``getter=`` / ``setter=`` accessor is also stored as an instance method, because manifest
  consumers derive only ``name`` / ``setName:`` from a property.
* Protocol properties are stored as instance (or class) methods.

Run ``python tools/gen_baseline.py`` from the repository root; it validates the data (superclass
chain, adopted protocols, one parameter per colon) and fails loudly on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mangopy" / "data" / "sdk_baseline.json"

CLASSES: dict[str, dict] = {}
PROTOCOLS: dict[str, dict] = {}
ERRORS: list[str] = []

# Typedefs stored as their underlying type (mangopy cannot resolve typedef names).
_STRING = "NSString *"
TYPEDEFS = {
    **dict.fromkeys(
        [
            "NSNotificationName",
            "NSRunLoopMode",
            "NSErrorDomain",
            "NSErrorUserInfoKey",
            "NSAttributedStringKey",
            "NSKeyValueChangeKey",
            "UIApplicationLaunchOptionsKey",
            "UIApplicationOpenURLOptionsKey",
            "UIApplicationOpenExternalURLOptionsKey",
            "UIContentSizeCategory",
            "UIFontTextStyle",
            "UIFontDescriptorAttributeName",
            "UIPasteboardName",
            "UIActivityType",
            "UITextContentType",
            "NSURLResourceKey",
            "NSFileAttributeKey",
            "NSFileProtectionType",
            "NSLocaleKey",
            "NSCalendarIdentifier",
            "NSStringTransform",
            "CAMediaTimingFunctionName",
            "CALayerContentsGravity",
            "CALayerContentsFilter",
            "CALayerCornerCurve",
            "CAShapeLayerFillRule",
            "CAShapeLayerLineJoin",
            "CAShapeLayerLineCap",
            "CAGradientLayerType",
            "CAAnimationCalculationMode",
            "CAAnimationRotationMode",
            "CAMediaTimingFillMode",
            "CATransitionType",
            "CATransitionSubtype",
            "UITransitionContextViewControllerKey",
            "UITransitionContextViewKey",
            "NSURLFileResourceType",
            "NSFileAttributeType",
            "UIWindowSceneSessionRole",
            "UISceneSessionRole",
            "NSExceptionName",
            "UINibOptionsKey",
        ],
        _STRING,
    ),
    "UILayoutPriority": "float",
    "UIWindowLevel": "CGFloat",
    "UIFontWeight": "CGFloat",
    "UIFontWidth": "CGFloat",
    "UIScrollViewDecelerationRate": "CGFloat",
    "NSComparator": "NSComparisonResult (^)(id obj1, id obj2)",
    "NSRangePointer": "NSRange *",
    "dispatch_queue_t": "NSObject<OS_dispatch_queue> *",
    "UIActionHandler": "void (^)(UIAction *action)",
}

_DROP = re.compile(
    r"\b(nullable|nonnull|null_unspecified|_Nullable|_Nonnull|_Null_unspecified|__nullable|__nonnull|"
    r"NS_NOESCAPE|NS_SWIFT_SENDABLE)\b"
)
_DROP_ATTRS = {"nullable", "nonnull", "null_resettable", "null_unspecified"}
_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_SELECTOR = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$|^([A-Za-z_$][A-Za-z0-9_$]*)?:(([A-Za-z_$][A-Za-z0-9_$]*)?:)*$")


class DeclError(ValueError):
    pass


def norm_type(text: str) -> str:
    """A declared type without nullability, with canonical spacing (``NSString *``, ``void (^)(BOOL)``)."""
    t = _DROP.sub(" ", text)
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"\(\s*\^\s*\)", "(^)", t)
    t = re.sub(r"\s*\*", " *", t)  # "NSString*" -> "NSString *", "* *" -> " * *"
    t = t.replace("* *", "**")
    t = re.sub(r"\s*<\s*", "<", t)
    t = re.sub(r"\s*>", ">", t)
    t = re.sub(r"\s*,\s*", ", ", t)
    t = re.sub(r"\(\s+", "(", t)
    t = re.sub(r"\s+\)", ")", t)
    t = re.sub(r"\s+", " ", t).strip()
    if not t:
        raise DeclError(f"empty type in {text!r}")
    return TYPEDEFS.get(t, t)


def _paren(s: str, pos: int) -> tuple[str, int]:
    """The text inside the balanced parentheses starting at ``s[pos]`` and the index after them."""
    if pos >= len(s) or s[pos] != "(":
        raise DeclError(f"expected '(' at {pos} in {s!r}")
    depth = 0
    for j in range(pos, len(s)):
        if s[j] == "(":
            depth += 1
        elif s[j] == ")":
            depth -= 1
            if depth == 0:
                return s[pos + 1 : j], j + 1
    raise DeclError(f"unbalanced parentheses in {s!r}")


def _ws(s: str, pos: int) -> int:
    while pos < len(s) and s[pos].isspace():
        pos += 1
    return pos


def parse_method(decl: str) -> tuple[bool, str, dict]:
    """``- (void)insertSubview:(UIView *)view atIndex:(NSInteger)index`` -> (is_class, selector, method)."""
    s = decl.strip().rstrip(";").strip()
    if not s or s[0] not in "+-":
        raise DeclError(f"method must start with '-' or '+': {decl!r}")
    is_class = s[0] == "+"
    s = re.sub(r",\s*\.\.\.\s*$", "", s[1:]).strip()  # variadic: "arrayWithObjects:(id)firstObj, ..."
    ret, pos = _paren(s, 0)
    pieces: list[str] = []
    params: list[str] = []
    while True:
        pos = _ws(s, pos)
        if pos >= len(s):
            break
        m = _IDENT.match(s, pos)
        name = m.group(0) if m else ""
        after = _ws(s, m.end() if m else pos)
        if after < len(s) and s[after] == ":":
            pos = _ws(s, after + 1)
            ptype, pos = _paren(s, pos)
            pos = _ws(s, pos)
            arg = _IDENT.match(s, pos)
            if not arg:
                raise DeclError(f"missing argument name after {name}: in {decl!r}")
            pos = arg.end()
            pieces.append(name + ":")
            params.append(norm_type(ptype))
        elif m and not pieces and _ws(s, m.end()) >= len(s):
            pieces.append(name)
            pos = m.end()
        else:
            raise DeclError(f"cannot parse {decl!r} at {s[pos:]!r}")
    if not pieces:
        raise DeclError(f"no selector in {decl!r}")
    selector = "".join(pieces)
    return is_class, selector, {"returns": norm_type(ret), "params": params}


def parse_property(decl: str) -> tuple[str, dict, bool, str | None, str | None]:
    """``@property (nonatomic, copy) NSString *title`` -> (name, property, is_class, getter, setter)."""
    s = decl.strip().rstrip(";").strip()
    if not s.startswith("@property"):
        raise DeclError(f"property must start with @property: {decl!r}")
    s = s[len("@property") :].strip()
    attrs: list[str] = []
    if s.startswith("("):
        inner, pos = _paren(s, 0)
        attrs = [a.strip() for a in inner.split(",") if a.strip()]
        s = s[pos:].strip()
    block = re.search(r"\(\s*\^\s*([A-Za-z_$][A-Za-z0-9_$]*)\s*\)", s)
    if block:
        name = block.group(1)
        ptype = s[: block.start()] + "(^)" + s[block.end() :]
    else:
        m = re.search(r"([A-Za-z_$][A-Za-z0-9_$]*)\s*$", s)
        if not m:
            raise DeclError(f"no property name in {decl!r}")
        name = m.group(1)
        ptype = s[: m.start()]
    getter = setter = None
    kept: list[str] = []
    is_class = False
    for a in attrs:
        a = re.sub(r"\s*=\s*", "=", a)
        if a in _DROP_ATTRS:
            continue
        if a == "class":
            is_class = True
            continue
        if a.startswith("getter="):
            getter = a[len("getter=") :]
        if a.startswith("setter="):
            setter = a[len("setter=") :]
        kept.append(a)
    return name, {"type": norm_type(ptype), "attributes": kept}, is_class, getter, setter


def _add_method(where: str, table: dict, selector: str, method: dict) -> None:
    old = table.get(selector)
    if old is not None and old != method:
        ERRORS.append(f"{where}: {selector} declared twice with different types: {old} / {method}")
    table[selector] = method


def _setter(name: str) -> str:
    return "set" + name[:1].upper() + name[1:] + ":"


def _members(where: str, i, c, p, entry: dict, props_as_methods: bool) -> None:
    for decl in list(i) + list(c):
        try:
            is_class, sel, method = parse_method(decl)
        except DeclError as exc:
            ERRORS.append(f"{where}: {exc}")
            continue
        if (decl in c) != is_class:
            ERRORS.append(f"{where}: {decl!r} is in the wrong list (i= is for '-', c= for '+')")
        _add_method(where, entry["class_methods" if is_class else "instance_methods"], sel, method)
    for decl in p:
        try:
            name, prop, is_class, getter, setter = parse_property(decl)
        except DeclError as exc:
            ERRORS.append(f"{where}: {exc}")
            continue
        readonly = "readonly" in prop["attributes"]
        table = entry["class_methods" if is_class else "instance_methods"]
        if is_class or props_as_methods:
            _add_method(where, table, getter or name, {"returns": prop["type"], "params": []})
            if not readonly:
                _add_method(where, table, setter or _setter(name), {"returns": "void", "params": [prop["type"]]})
            continue
        if name in entry["properties"]:
            ERRORS.append(f"{where}: property {name} declared twice")
        entry["properties"][name] = prop
        if getter:
            _add_method(where, table, getter, {"returns": prop["type"], "params": []})
        if setter and not readonly:
            _add_method(where, table, setter, {"returns": "void", "params": [prop["type"]]})


def C(name: str, superclass: str | None, header: str, protocols=(), i=(), c=(), p=()) -> None:
    """One class: ``C("UIView", "UIResponder", "UIKit/UIView.h", protocols=[...], i=[...], c=[...], p=[...])``."""
    if name in CLASSES:
        ERRORS.append(f"class {name} defined twice")
    entry = {
        "superclass": superclass,
        "protocols": list(protocols),
        "swift_module": None,
        "instance_methods": {},
        "class_methods": {},
        "properties": {},
        "source": {"file": header, "line": 0},
    }
    _members(name, i, c, p, entry, props_as_methods=False)
    CLASSES[name] = entry


def P(name: str, protocols=("NSObject",), i=(), c=(), p=()) -> None:
    """One protocol; its properties are stored as accessor methods."""
    if name in PROTOCOLS:
        ERRORS.append(f"protocol {name} defined twice")
    entry = {"protocols": list(protocols), "instance_methods": {}, "class_methods": {}, "properties": {}}
    _members("@protocol " + name, i, c, p, entry, props_as_methods=True)
    del entry["properties"]
    PROTOCOLS[name] = entry


# ============================================================================ stage 1: NSObject, UIKit core

P(
    "NSObject",
    protocols=[],
    i=[
        "- (BOOL)isEqual:(id)object",
        "- (Class)class",
        "- (instancetype)self",
        "- (id)performSelector:(SEL)aSelector",
        "- (id)performSelector:(SEL)aSelector withObject:(id)object",
        "- (id)performSelector:(SEL)aSelector withObject:(id)object1 withObject:(id)object2",
        "- (BOOL)isProxy",
        "- (BOOL)isKindOfClass:(Class)aClass",
        "- (BOOL)isMemberOfClass:(Class)aClass",
        "- (BOOL)conformsToProtocol:(Protocol *)aProtocol",
        "- (BOOL)respondsToSelector:(SEL)aSelector",
    ],
    p=[
        "@property (readonly) NSUInteger hash",
        "@property (readonly) Class superclass",
        "@property (readonly, copy) NSString *description",
        "@property (readonly, copy, nullable) NSString *debugDescription",
    ],
)
P("NSCopying", protocols=[], i=["- (id)copyWithZone:(nullable NSZone *)zone"])
P("NSMutableCopying", protocols=[], i=["- (id)mutableCopyWithZone:(nullable NSZone *)zone"])
P(
    "NSCoding",
    protocols=[],
    i=["- (void)encodeWithCoder:(NSCoder *)coder", "- (nullable instancetype)initWithCoder:(NSCoder *)coder"],
)
P("NSSecureCoding", protocols=["NSCoding"], p=["@property (class, readonly) BOOL supportsSecureCoding"])

C(
    "NSObject",
    None,
    "Foundation/NSObject.h",
    protocols=["NSObject"],
    c=[
        "+ (void)load",
        "+ (void)initialize",
        "+ (instancetype)new",
        "+ (instancetype)alloc",
        "+ (instancetype)allocWithZone:(struct _NSZone *)zone",
        "+ (Class)class",
        "+ (Class)superclass",
        "+ (NSString *)description",
        "+ (NSString *)debugDescription",
        "+ (NSUInteger)hash",
        "+ (BOOL)instancesRespondToSelector:(SEL)aSelector",
        "+ (BOOL)conformsToProtocol:(Protocol *)protocol",
        "+ (BOOL)isSubclassOfClass:(Class)aClass",
        "+ (BOOL)resolveClassMethod:(SEL)sel",
        "+ (BOOL)resolveInstanceMethod:(SEL)sel",
        "+ (void)cancelPreviousPerformRequestsWithTarget:(id)aTarget selector:(SEL)aSelector object:(nullable id)anArgument",
        "+ (void)cancelPreviousPerformRequestsWithTarget:(id)aTarget",
        "+ (BOOL)automaticallyNotifiesObserversForKey:(NSString *)key",
        "+ (NSSet<NSString *> *)keyPathsForValuesAffectingValueForKey:(NSString *)key",
    ],
    i=[
        "- (instancetype)init",
        "- (void)dealloc",
        "- (BOOL)isEqual:(id)object",
        "- (NSUInteger)hash",
        "- (NSString *)description",
        "- (Class)class",
        "- (instancetype)self",
        "- (Class)superclass",
        "- (BOOL)respondsToSelector:(SEL)aSelector",
        "- (BOOL)isKindOfClass:(Class)aClass",
        "- (BOOL)isMemberOfClass:(Class)aClass",
        "- (BOOL)conformsToProtocol:(Protocol *)aProtocol",
        "- (id)performSelector:(SEL)aSelector",
        "- (id)performSelector:(SEL)aSelector withObject:(id)object",
        "- (id)performSelector:(SEL)aSelector withObject:(id)object1 withObject:(id)object2",
        "- (void)performSelector:(SEL)aSelector withObject:(nullable id)anArgument afterDelay:(NSTimeInterval)delay",
        "- (void)performSelectorOnMainThread:(SEL)aSelector withObject:(nullable id)arg waitUntilDone:(BOOL)wait",
        "- (void)performSelectorInBackground:(SEL)aSelector withObject:(nullable id)arg",
        "- (id)copy",
        "- (id)mutableCopy",
        "- (id)forwardingTargetForSelector:(SEL)aSelector",
        "- (void)forwardInvocation:(NSInvocation *)anInvocation",
        "- (NSMethodSignature *)methodSignatureForSelector:(SEL)aSelector",
        "- (void)doesNotRecognizeSelector:(SEL)aSelector",
        "- (nullable id)valueForKey:(NSString *)key",
        "- (void)setValue:(nullable id)value forKey:(NSString *)key",
        "- (nullable id)valueForKeyPath:(NSString *)keyPath",
        "- (void)setValue:(nullable id)value forKeyPath:(NSString *)keyPath",
        "- (nullable id)valueForUndefinedKey:(NSString *)key",
        "- (void)setValue:(nullable id)value forUndefinedKey:(NSString *)key",
        "- (void)setNilValueForKey:(NSString *)key",
        "- (void)setValuesForKeysWithDictionary:(NSDictionary<NSString *, id> *)keyedValues",
        "- (NSDictionary<NSString *, id> *)dictionaryWithValuesForKeys:(NSArray<NSString *> *)keys",
        "- (void)addObserver:(NSObject *)observer forKeyPath:(NSString *)keyPath options:(NSKeyValueObservingOptions)options context:(nullable void *)context",
        "- (void)removeObserver:(NSObject *)observer forKeyPath:(NSString *)keyPath context:(nullable void *)context",
        "- (void)removeObserver:(NSObject *)observer forKeyPath:(NSString *)keyPath",
        "- (void)observeValueForKeyPath:(nullable NSString *)keyPath ofObject:(nullable id)object change:(nullable NSDictionary<NSKeyValueChangeKey, id> *)change context:(nullable void *)context",
        "- (void)willChangeValueForKey:(NSString *)key",
        "- (void)didChangeValueForKey:(NSString *)key",
        "- (void)awakeFromNib",
    ],
    p=["@property (readonly, copy) NSString *debugDescription"],
)

C(
    "NSProxy",
    None,
    "Foundation/NSProxy.h",
    protocols=["NSObject"],
    c=[
        "+ (id)alloc",
        "+ (id)allocWithZone:(nullable NSZone *)zone",
        "+ (Class)class",
        "+ (BOOL)respondsToSelector:(SEL)aSelector",
    ],
    i=[
        "- (void)forwardInvocation:(NSInvocation *)invocation",
        "- (nullable NSMethodSignature *)methodSignatureForSelector:(SEL)sel",
        "- (void)dealloc",
    ],
    p=["@property (readonly, copy) NSString *description", "@property (readonly, copy) NSString *debugDescription"],
)

# ---- UIKit protocols used by the core classes
P(
    "UIAppearance",
    c=[
        "+ (instancetype)appearance",
        "+ (instancetype)appearanceWhenContainedInInstancesOfClasses:(NSArray<Class<UIAppearanceContainer>> *)containerTypes",
        "+ (instancetype)appearanceForTraitCollection:(UITraitCollection *)trait",
        "+ (instancetype)appearanceForTraitCollection:(UITraitCollection *)trait whenContainedInInstancesOfClasses:(NSArray<Class<UIAppearanceContainer>> *)containerTypes",
    ],
)
P("UIAppearanceContainer")
P(
    "UITraitEnvironment",
    i=["- (void)traitCollectionDidChange:(nullable UITraitCollection *)previousTraitCollection"],
    p=["@property (nonatomic, readonly) UITraitCollection *traitCollection"],
)
P(
    "UICoordinateSpace",
    i=[
        "- (CGPoint)convertPoint:(CGPoint)point toCoordinateSpace:(id<UICoordinateSpace>)coordinateSpace",
        "- (CGPoint)convertPoint:(CGPoint)point fromCoordinateSpace:(id<UICoordinateSpace>)coordinateSpace",
        "- (CGRect)convertRect:(CGRect)rect toCoordinateSpace:(id<UICoordinateSpace>)coordinateSpace",
        "- (CGRect)convertRect:(CGRect)rect fromCoordinateSpace:(id<UICoordinateSpace>)coordinateSpace",
    ],
    p=["@property (readonly, nonatomic) CGRect bounds"],
)
P(
    "UIFocusEnvironment",
    i=[
        "- (void)setNeedsFocusUpdate",
        "- (void)updateFocusIfNeeded",
        "- (BOOL)shouldUpdateFocusInContext:(UIFocusUpdateContext *)context",
        "- (void)didUpdateFocusInContext:(UIFocusUpdateContext *)context withAnimationCoordinator:(UIFocusAnimationCoordinator *)coordinator",
    ],
    p=[
        "@property (nonatomic, copy, readonly) NSArray<id<UIFocusEnvironment>> *preferredFocusEnvironments",
        "@property (nonatomic, weak, readonly, nullable) id<UIFocusEnvironment> parentFocusEnvironment",
        "@property (nonatomic, readonly, nullable) id<UIFocusItemContainer> focusItemContainer",
    ],
)
P(
    "UIFocusItem",
    protocols=["UIFocusEnvironment"],
    i=["- (void)didHintFocusMovement:(UIFocusMovementHint *)hint"],
    p=["@property (nonatomic, readonly) BOOL canBecomeFocused", "@property (nonatomic, readonly) CGRect frame"],
)
P(
    "UIFocusItemContainer",
    i=["- (NSArray<id<UIFocusItem>> *)focusItemsInRect:(CGRect)rect"],
    p=["@property (nonatomic, readonly, strong) id<UICoordinateSpace> coordinateSpace"],
)
P(
    "UIFocusItemScrollableContainer",
    protocols=["UIFocusItemContainer"],
    p=[
        "@property (nonatomic, readwrite) CGPoint contentOffset",
        "@property (nonatomic, readonly) CGSize contentSize",
        "@property (nonatomic, readonly) CGSize visibleSize",
    ],
)
P(
    "UIDynamicItem",
    p=[
        "@property (nonatomic, readwrite) CGPoint center",
        "@property (nonatomic, readonly) CGRect bounds",
        "@property (nonatomic, readwrite) CGAffineTransform transform",
        "@property (nonatomic, readonly) UIDynamicItemCollisionBoundsType collisionBoundsType",
        "@property (nonatomic, readonly) UIBezierPath *collisionBoundingPath",
    ],
)
P(
    "CALayerDelegate",
    i=[
        "- (void)displayLayer:(CALayer *)layer",
        "- (void)drawLayer:(CALayer *)layer inContext:(CGContextRef)ctx",
        "- (void)layerWillDraw:(CALayer *)layer",
        "- (void)layoutSublayersOfLayer:(CALayer *)layer",
        "- (nullable id<CAAction>)actionForLayer:(CALayer *)layer forKey:(NSString *)event",
    ],
)
P(
    "UIContentContainer",
    i=[
        "- (void)preferredContentSizeDidChangeForChildContentContainer:(id<UIContentContainer>)container",
        "- (void)systemLayoutFittingSizeDidChangeForChildContentContainer:(id<UIContentContainer>)container",
        "- (CGSize)sizeForChildContentContainer:(id<UIContentContainer>)container withParentContainerSize:(CGSize)parentSize",
        "- (void)viewWillTransitionToSize:(CGSize)size withTransitionCoordinator:(id<UIViewControllerTransitionCoordinator>)coordinator",
        "- (void)willTransitionToTraitCollection:(UITraitCollection *)newCollection withTransitionCoordinator:(id<UIViewControllerTransitionCoordinator>)coordinator",
    ],
    p=["@property (nonatomic, readonly) CGSize preferredContentSize"],
)
P(
    "UIResponderStandardEditActions",
    i=[
        f"- (void){a}:(nullable id)sender"
        for a in (
            "cut",
            "copy",
            "paste",
            "pasteAndMatchStyle",
            "select",
            "selectAll",
            "delete",
            "makeTextWritingDirectionLeftToRight",
            "makeTextWritingDirectionRightToLeft",
            "toggleBoldface",
            "toggleItalics",
            "toggleUnderline",
            "increaseSize",
            "decreaseSize",
        )
    ],
)
P("UIContentSizeCategoryAdjusting", p=["@property (nonatomic) BOOL adjustsFontForContentSizeCategory"])
P(
    "UIDataSourceTranslating",
    i=[
        "- (NSInteger)presentationSectionIndexForDataSourceSectionIndex:(NSInteger)dataSourceSectionIndex",
        "- (NSInteger)dataSourceSectionIndexForPresentationSectionIndex:(NSInteger)presentationSectionIndex",
        "- (nullable NSIndexPath *)presentationIndexPathForDataSourceIndexPath:(nullable NSIndexPath *)dataSourceIndexPath",
        "- (nullable NSIndexPath *)dataSourceIndexPathForPresentationIndexPath:(nullable NSIndexPath *)presentationIndexPath",
        "- (void)performUsingPresentationValues:(void (NS_NOESCAPE ^)(void))actionsToTranslate",
    ],
)
P(
    "UIGestureRecognizerDelegate",
    i=[
        "- (BOOL)gestureRecognizerShouldBegin:(UIGestureRecognizer *)gestureRecognizer",
        "- (BOOL)gestureRecognizer:(UIGestureRecognizer *)gestureRecognizer shouldRecognizeSimultaneouslyWithGestureRecognizer:(UIGestureRecognizer *)otherGestureRecognizer",
        "- (BOOL)gestureRecognizer:(UIGestureRecognizer *)gestureRecognizer shouldRequireFailureOfGestureRecognizer:(UIGestureRecognizer *)otherGestureRecognizer",
        "- (BOOL)gestureRecognizer:(UIGestureRecognizer *)gestureRecognizer shouldBeRequiredToFailByGestureRecognizer:(UIGestureRecognizer *)otherGestureRecognizer",
        "- (BOOL)gestureRecognizer:(UIGestureRecognizer *)gestureRecognizer shouldReceiveTouch:(UITouch *)touch",
        "- (BOOL)gestureRecognizer:(UIGestureRecognizer *)gestureRecognizer shouldReceivePress:(UIPress *)press",
        "- (BOOL)gestureRecognizer:(UIGestureRecognizer *)gestureRecognizer shouldReceiveEvent:(UIEvent *)event",
    ],
)

P(
    "UIScrollViewDelegate",
    i=[
        "- (void)scrollViewDidScroll:(UIScrollView *)scrollView",
        "- (void)scrollViewDidZoom:(UIScrollView *)scrollView",
        "- (void)scrollViewWillBeginDragging:(UIScrollView *)scrollView",
        "- (void)scrollViewWillEndDragging:(UIScrollView *)scrollView withVelocity:(CGPoint)velocity targetContentOffset:(inout CGPoint *)targetContentOffset",
        "- (void)scrollViewDidEndDragging:(UIScrollView *)scrollView willDecelerate:(BOOL)decelerate",
        "- (void)scrollViewWillBeginDecelerating:(UIScrollView *)scrollView",
        "- (void)scrollViewDidEndDecelerating:(UIScrollView *)scrollView",
        "- (void)scrollViewDidEndScrollingAnimation:(UIScrollView *)scrollView",
        "- (nullable UIView *)viewForZoomingInScrollView:(UIScrollView *)scrollView",
        "- (void)scrollViewWillBeginZooming:(UIScrollView *)scrollView withView:(nullable UIView *)view",
        "- (void)scrollViewDidEndZooming:(UIScrollView *)scrollView withView:(nullable UIView *)view atScale:(CGFloat)scale",
        "- (BOOL)scrollViewShouldScrollToTop:(UIScrollView *)scrollView",
        "- (void)scrollViewDidScrollToTop:(UIScrollView *)scrollView",
        "- (void)scrollViewDidChangeAdjustedContentInset:(UIScrollView *)scrollView",
    ],
)
P(
    "UITableViewDataSource",
    i=[
        "- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section",
        "- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (NSInteger)numberOfSectionsInTableView:(UITableView *)tableView",
        "- (nullable NSString *)tableView:(UITableView *)tableView titleForHeaderInSection:(NSInteger)section",
        "- (nullable NSString *)tableView:(UITableView *)tableView titleForFooterInSection:(NSInteger)section",
        "- (BOOL)tableView:(UITableView *)tableView canEditRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (BOOL)tableView:(UITableView *)tableView canMoveRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable NSArray<NSString *> *)sectionIndexTitlesForTableView:(UITableView *)tableView",
        "- (NSInteger)tableView:(UITableView *)tableView sectionForSectionIndexTitle:(NSString *)title atIndex:(NSInteger)index",
        "- (void)tableView:(UITableView *)tableView commitEditingStyle:(UITableViewCellEditingStyle)editingStyle forRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView moveRowAtIndexPath:(NSIndexPath *)sourceIndexPath toIndexPath:(NSIndexPath *)destinationIndexPath",
    ],
)
P(
    "UITableViewDelegate",
    protocols=["NSObject", "UIScrollViewDelegate"],
    i=[
        "- (void)tableView:(UITableView *)tableView willDisplayCell:(UITableViewCell *)cell forRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView willDisplayHeaderView:(UIView *)view forSection:(NSInteger)section",
        "- (void)tableView:(UITableView *)tableView willDisplayFooterView:(UIView *)view forSection:(NSInteger)section",
        "- (void)tableView:(UITableView *)tableView didEndDisplayingCell:(UITableViewCell *)cell forRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (CGFloat)tableView:(UITableView *)tableView heightForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (CGFloat)tableView:(UITableView *)tableView heightForHeaderInSection:(NSInteger)section",
        "- (CGFloat)tableView:(UITableView *)tableView heightForFooterInSection:(NSInteger)section",
        "- (CGFloat)tableView:(UITableView *)tableView estimatedHeightForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (CGFloat)tableView:(UITableView *)tableView estimatedHeightForHeaderInSection:(NSInteger)section",
        "- (CGFloat)tableView:(UITableView *)tableView estimatedHeightForFooterInSection:(NSInteger)section",
        "- (nullable UIView *)tableView:(UITableView *)tableView viewForHeaderInSection:(NSInteger)section",
        "- (nullable UIView *)tableView:(UITableView *)tableView viewForFooterInSection:(NSInteger)section",
        "- (void)tableView:(UITableView *)tableView accessoryButtonTappedForRowWithIndexPath:(NSIndexPath *)indexPath",
        "- (BOOL)tableView:(UITableView *)tableView shouldHighlightRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView didHighlightRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView didUnhighlightRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable NSIndexPath *)tableView:(UITableView *)tableView willSelectRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable NSIndexPath *)tableView:(UITableView *)tableView willDeselectRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView didSelectRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView didDeselectRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (UITableViewCellEditingStyle)tableView:(UITableView *)tableView editingStyleForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable NSString *)tableView:(UITableView *)tableView titleForDeleteConfirmationButtonForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable NSArray<UITableViewRowAction *> *)tableView:(UITableView *)tableView editActionsForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable UISwipeActionsConfiguration *)tableView:(UITableView *)tableView leadingSwipeActionsConfigurationForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable UISwipeActionsConfiguration *)tableView:(UITableView *)tableView trailingSwipeActionsConfigurationForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (BOOL)tableView:(UITableView *)tableView shouldIndentWhileEditingRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView willBeginEditingRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)tableView:(UITableView *)tableView didEndEditingRowAtIndexPath:(nullable NSIndexPath *)indexPath",
        "- (nullable UIContextMenuConfiguration *)tableView:(UITableView *)tableView contextMenuConfigurationForRowAtIndexPath:(NSIndexPath *)indexPath point:(CGPoint)point",
    ],
)
P(
    "UICollectionViewDataSource",
    i=[
        "- (NSInteger)collectionView:(UICollectionView *)collectionView numberOfItemsInSection:(NSInteger)section",
        "- (__kindof UICollectionViewCell *)collectionView:(UICollectionView *)collectionView cellForItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (NSInteger)numberOfSectionsInCollectionView:(UICollectionView *)collectionView",
        "- (UICollectionReusableView *)collectionView:(UICollectionView *)collectionView viewForSupplementaryElementOfKind:(NSString *)kind atIndexPath:(NSIndexPath *)indexPath",
        "- (BOOL)collectionView:(UICollectionView *)collectionView canMoveItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView moveItemAtIndexPath:(NSIndexPath *)sourceIndexPath toIndexPath:(NSIndexPath *)destinationIndexPath",
    ],
)
P(
    "UICollectionViewDelegate",
    protocols=["UIScrollViewDelegate"],
    i=[
        "- (BOOL)collectionView:(UICollectionView *)collectionView shouldHighlightItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView didHighlightItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView didUnhighlightItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (BOOL)collectionView:(UICollectionView *)collectionView shouldSelectItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (BOOL)collectionView:(UICollectionView *)collectionView shouldDeselectItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView didSelectItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView didDeselectItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView willDisplayCell:(UICollectionViewCell *)cell forItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView willDisplaySupplementaryView:(UICollectionReusableView *)view forElementKind:(NSString *)elementKind atIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView didEndDisplayingCell:(UICollectionViewCell *)cell forItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (void)collectionView:(UICollectionView *)collectionView didEndDisplayingSupplementaryView:(UICollectionReusableView *)view forElementOfKind:(NSString *)elementKind atIndexPath:(NSIndexPath *)indexPath",
        "- (nullable UIContextMenuConfiguration *)collectionView:(UICollectionView *)collectionView contextMenuConfigurationForItemsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths point:(CGPoint)point",
    ],
)
P(
    "UIApplicationDelegate",
    i=[
        "- (BOOL)application:(UIApplication *)application willFinishLaunchingWithOptions:(nullable NSDictionary<UIApplicationLaunchOptionsKey, id> *)launchOptions",
        "- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(nullable NSDictionary<UIApplicationLaunchOptionsKey, id> *)launchOptions",
        "- (void)applicationDidFinishLaunching:(UIApplication *)application",
        "- (void)applicationDidBecomeActive:(UIApplication *)application",
        "- (void)applicationWillResignActive:(UIApplication *)application",
        "- (void)applicationDidEnterBackground:(UIApplication *)application",
        "- (void)applicationWillEnterForeground:(UIApplication *)application",
        "- (void)applicationWillTerminate:(UIApplication *)application",
        "- (void)applicationDidReceiveMemoryWarning:(UIApplication *)application",
        "- (void)applicationSignificantTimeChange:(UIApplication *)application",
        "- (BOOL)application:(UIApplication *)app openURL:(NSURL *)url options:(NSDictionary<UIApplicationOpenURLOptionsKey, id> *)options",
        "- (void)application:(UIApplication *)application didRegisterForRemoteNotificationsWithDeviceToken:(NSData *)deviceToken",
        "- (void)application:(UIApplication *)application didFailToRegisterForRemoteNotificationsWithError:(NSError *)error",
        "- (void)application:(UIApplication *)application didReceiveRemoteNotification:(NSDictionary *)userInfo fetchCompletionHandler:(void (^)(UIBackgroundFetchResult result))completionHandler",
        "- (void)application:(UIApplication *)application performActionForShortcutItem:(UIApplicationShortcutItem *)shortcutItem completionHandler:(void (^)(BOOL succeeded))completionHandler",
        "- (void)application:(UIApplication *)application handleEventsForBackgroundURLSession:(NSString *)identifier completionHandler:(void (^)(void))completionHandler",
        "- (BOOL)application:(UIApplication *)application continueUserActivity:(NSUserActivity *)userActivity restorationHandler:(void (^)(NSArray<id<UIUserActivityRestoring>> * _Nullable restorableObjects))restorationHandler",
        "- (UIInterfaceOrientationMask)application:(UIApplication *)application supportedInterfaceOrientationsForWindow:(nullable UIWindow *)window",
        "- (UISceneConfiguration *)application:(UIApplication *)application configurationForConnectingSceneSession:(UISceneSession *)connectingSceneSession options:(UISceneConnectionOptions *)options",
        "- (void)application:(UIApplication *)application didDiscardSceneSessions:(NSSet<UISceneSession *> *)sceneSessions",
    ],
    p=["@property (nullable, nonatomic, strong) UIWindow *window"],
)

# ---- UIKit classes
C(
    "UIResponder",
    "NSObject",
    "UIKit/UIResponder.h",
    protocols=["UIResponderStandardEditActions"],
    i=[
        "- (BOOL)becomeFirstResponder",
        "- (BOOL)resignFirstResponder",
        "- (void)touchesBegan:(NSSet<UITouch *> *)touches withEvent:(nullable UIEvent *)event",
        "- (void)touchesMoved:(NSSet<UITouch *> *)touches withEvent:(nullable UIEvent *)event",
        "- (void)touchesEnded:(NSSet<UITouch *> *)touches withEvent:(nullable UIEvent *)event",
        "- (void)touchesCancelled:(NSSet<UITouch *> *)touches withEvent:(nullable UIEvent *)event",
        "- (void)pressesBegan:(NSSet<UIPress *> *)presses withEvent:(nullable UIPressesEvent *)event",
        "- (void)pressesEnded:(NSSet<UIPress *> *)presses withEvent:(nullable UIPressesEvent *)event",
        "- (void)motionBegan:(UIEventSubtype)motion withEvent:(nullable UIEvent *)event",
        "- (void)motionEnded:(UIEventSubtype)motion withEvent:(nullable UIEvent *)event",
        "- (void)motionCancelled:(UIEventSubtype)motion withEvent:(nullable UIEvent *)event",
        "- (BOOL)canPerformAction:(SEL)action withSender:(nullable id)sender",
        "- (nullable id)targetForAction:(SEL)action withSender:(nullable id)sender",
        "- (void)reloadInputViews",
    ],
    p=[
        "@property (nonatomic, readonly, nullable) UIResponder *nextResponder",
        "@property (nonatomic, readonly) BOOL canBecomeFirstResponder",
        "@property (nonatomic, readonly) BOOL canResignFirstResponder",
        "@property (nonatomic, readonly) BOOL isFirstResponder",
        "@property (nullable, nonatomic, readonly, strong) UIView *inputView",
        "@property (nullable, nonatomic, readonly, strong) UIView *inputAccessoryView",
        "@property (nullable, nonatomic, readonly) NSUndoManager *undoManager",
    ],
)

C(
    "UIView",
    "UIResponder",
    "UIKit/UIView.h",
    protocols=[
        "NSCoding",
        "UIAppearance",
        "UIAppearanceContainer",
        "UIDynamicItem",
        "UITraitEnvironment",
        "UICoordinateSpace",
        "UIFocusItem",
        "UIFocusItemContainer",
        "CALayerDelegate",
    ],
    c=[
        "+ (void)animateWithDuration:(NSTimeInterval)duration delay:(NSTimeInterval)delay options:(UIViewAnimationOptions)options animations:(void (^)(void))animations completion:(void (^ _Nullable)(BOOL finished))completion",
        "+ (void)animateWithDuration:(NSTimeInterval)duration animations:(void (^)(void))animations completion:(void (^ _Nullable)(BOOL finished))completion",
        "+ (void)animateWithDuration:(NSTimeInterval)duration animations:(void (^)(void))animations",
        "+ (void)animateWithDuration:(NSTimeInterval)duration delay:(NSTimeInterval)delay usingSpringWithDamping:(CGFloat)dampingRatio initialSpringVelocity:(CGFloat)velocity options:(UIViewAnimationOptions)options animations:(void (^)(void))animations completion:(void (^ _Nullable)(BOOL finished))completion",
        "+ (void)transitionWithView:(UIView *)view duration:(NSTimeInterval)duration options:(UIViewAnimationOptions)options animations:(void (^ _Nullable)(void))animations completion:(void (^ _Nullable)(BOOL finished))completion",
        "+ (void)transitionFromView:(UIView *)fromView toView:(UIView *)toView duration:(NSTimeInterval)duration options:(UIViewAnimationOptions)options completion:(void (^ _Nullable)(BOOL finished))completion",
        "+ (void)performWithoutAnimation:(void (NS_NOESCAPE ^)(void))actionsWithoutAnimation",
        "+ (void)setAnimationsEnabled:(BOOL)enabled",
    ],
    i=[
        "- (instancetype)initWithFrame:(CGRect)frame",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (nullable UIView *)hitTest:(CGPoint)point withEvent:(nullable UIEvent *)event",
        "- (BOOL)pointInside:(CGPoint)point withEvent:(nullable UIEvent *)event",
        "- (CGPoint)convertPoint:(CGPoint)point toView:(nullable UIView *)view",
        "- (CGPoint)convertPoint:(CGPoint)point fromView:(nullable UIView *)view",
        "- (CGRect)convertRect:(CGRect)rect toView:(nullable UIView *)view",
        "- (CGRect)convertRect:(CGRect)rect fromView:(nullable UIView *)view",
        "- (CGSize)sizeThatFits:(CGSize)size",
        "- (void)sizeToFit",
        "- (void)removeFromSuperview",
        "- (void)insertSubview:(UIView *)view atIndex:(NSInteger)index",
        "- (void)exchangeSubviewAtIndex:(NSInteger)index1 withSubviewAtIndex:(NSInteger)index2",
        "- (void)addSubview:(UIView *)view",
        "- (void)insertSubview:(UIView *)view belowSubview:(UIView *)siblingSubview",
        "- (void)insertSubview:(UIView *)view aboveSubview:(UIView *)siblingSubview",
        "- (void)bringSubviewToFront:(UIView *)view",
        "- (void)sendSubviewToBack:(UIView *)view",
        "- (void)didAddSubview:(UIView *)subview",
        "- (void)willRemoveSubview:(UIView *)subview",
        "- (void)willMoveToSuperview:(nullable UIView *)newSuperview",
        "- (void)didMoveToSuperview",
        "- (void)willMoveToWindow:(nullable UIWindow *)newWindow",
        "- (void)didMoveToWindow",
        "- (BOOL)isDescendantOfView:(UIView *)view",
        "- (nullable __kindof UIView *)viewWithTag:(NSInteger)tag",
        "- (void)setNeedsLayout",
        "- (void)layoutIfNeeded",
        "- (void)layoutSubviews",
        "- (void)layoutMarginsDidChange",
        "- (void)safeAreaInsetsDidChange",
        "- (void)drawRect:(CGRect)rect",
        "- (void)setNeedsDisplay",
        "- (void)setNeedsDisplayInRect:(CGRect)rect",
        "- (void)tintColorDidChange",
        "- (void)addGestureRecognizer:(UIGestureRecognizer *)gestureRecognizer",
        "- (void)removeGestureRecognizer:(UIGestureRecognizer *)gestureRecognizer",
        "- (BOOL)gestureRecognizerShouldBegin:(UIGestureRecognizer *)gestureRecognizer",
        "- (void)addConstraint:(NSLayoutConstraint *)constraint",
        "- (void)addConstraints:(NSArray<__kindof NSLayoutConstraint *> *)constraints",
        "- (void)removeConstraint:(NSLayoutConstraint *)constraint",
        "- (void)removeConstraints:(NSArray<__kindof NSLayoutConstraint *> *)constraints",
        "- (void)updateConstraints",
        "- (void)setNeedsUpdateConstraints",
        "- (void)updateConstraintsIfNeeded",
        "- (void)invalidateIntrinsicContentSize",
        "- (CGSize)systemLayoutSizeFittingSize:(CGSize)targetSize",
        "- (CGSize)systemLayoutSizeFittingSize:(CGSize)targetSize withHorizontalFittingPriority:(UILayoutPriority)horizontalFittingPriority verticalFittingPriority:(UILayoutPriority)verticalFittingPriority",
        "- (void)setContentHuggingPriority:(UILayoutPriority)priority forAxis:(UILayoutConstraintAxis)axis",
        "- (void)setContentCompressionResistancePriority:(UILayoutPriority)priority forAxis:(UILayoutConstraintAxis)axis",
        "- (BOOL)endEditing:(BOOL)force",
        "- (nullable UIView *)snapshotViewAfterScreenUpdates:(BOOL)afterUpdates",
        "- (BOOL)drawViewHierarchyInRect:(CGRect)rect afterScreenUpdates:(BOOL)afterUpdates",
        "- (void)traitCollectionDidChange:(nullable UITraitCollection *)previousTraitCollection",
    ],
    p=[
        "@property (class, nonatomic, readonly) Class layerClass",
        "@property (nonatomic, getter=isUserInteractionEnabled) BOOL userInteractionEnabled",
        "@property (nonatomic) NSInteger tag",
        "@property (nonatomic, readonly, strong) CALayer *layer",
        "@property (nonatomic) CGRect frame",
        "@property (nonatomic) CGRect bounds",
        "@property (nonatomic) CGPoint center",
        "@property (nonatomic) CGAffineTransform transform",
        "@property (nonatomic) CGFloat contentScaleFactor",
        "@property (nonatomic, getter=isMultipleTouchEnabled) BOOL multipleTouchEnabled",
        "@property (nonatomic, getter=isExclusiveTouch) BOOL exclusiveTouch",
        "@property (nonatomic) BOOL autoresizesSubviews",
        "@property (nonatomic) UIViewAutoresizing autoresizingMask",
        "@property (nullable, nonatomic, readonly) UIView *superview",
        "@property (nonatomic, readonly, copy) NSArray<__kindof UIView *> *subviews",
        "@property (nullable, nonatomic, readonly) UIWindow *window",
        "@property (nonatomic) UIEdgeInsets layoutMargins",
        "@property (nonatomic) NSDirectionalEdgeInsets directionalLayoutMargins",
        "@property (nonatomic, readonly) UIEdgeInsets safeAreaInsets",
        "@property (nonatomic) BOOL clipsToBounds",
        "@property (nullable, nonatomic, copy) UIColor *backgroundColor",
        "@property (nonatomic) CGFloat alpha",
        "@property (nonatomic, getter=isOpaque) BOOL opaque",
        "@property (nonatomic, getter=isHidden) BOOL hidden",
        "@property (nonatomic) UIViewContentMode contentMode",
        "@property (null_resettable, nonatomic, strong) UIColor *tintColor",
        "@property (nonatomic) UIViewTintAdjustmentMode tintAdjustmentMode",
        "@property (nullable, nonatomic, strong) UIView *maskView",
        "@property (nullable, nonatomic, copy) NSArray<__kindof UIGestureRecognizer *> *gestureRecognizers",
        "@property (nonatomic, readonly) NSArray<__kindof NSLayoutConstraint *> *constraints",
        "@property (nonatomic) BOOL translatesAutoresizingMaskIntoConstraints",
        "@property (nonatomic, readonly) CGSize intrinsicContentSize",
        "@property (nonatomic, readonly, strong) NSLayoutXAxisAnchor *leadingAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutXAxisAnchor *trailingAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutXAxisAnchor *leftAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutXAxisAnchor *rightAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutYAxisAnchor *topAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutYAxisAnchor *bottomAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutDimension *widthAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutDimension *heightAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutXAxisAnchor *centerXAnchor",
        "@property (nonatomic, readonly, strong) NSLayoutYAxisAnchor *centerYAnchor",
        "@property (nonatomic, readonly, strong) UILayoutGuide *safeAreaLayoutGuide",
        "@property (nonatomic) UIUserInterfaceStyle overrideUserInterfaceStyle",
        "@property (nonatomic) UISemanticContentAttribute semanticContentAttribute",
    ],
)

C(
    "UIViewController",
    "UIResponder",
    "UIKit/UIViewController.h",
    protocols=["NSCoding", "UIAppearanceContainer", "UITraitEnvironment", "UIContentContainer", "UIFocusEnvironment"],
    i=[
        "- (instancetype)initWithNibName:(nullable NSString *)nibNameOrNil bundle:(nullable NSBundle *)nibBundleOrNil",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)loadView",
        "- (void)loadViewIfNeeded",
        "- (void)viewDidLoad",
        "- (void)performSegueWithIdentifier:(NSString *)identifier sender:(nullable id)sender",
        "- (BOOL)shouldPerformSegueWithIdentifier:(NSString *)identifier sender:(nullable id)sender",
        "- (void)prepareForSegue:(UIStoryboardSegue *)segue sender:(nullable id)sender",
        "- (void)viewWillAppear:(BOOL)animated",
        "- (void)viewIsAppearing:(BOOL)animated",
        "- (void)viewDidAppear:(BOOL)animated",
        "- (void)viewWillDisappear:(BOOL)animated",
        "- (void)viewDidDisappear:(BOOL)animated",
        "- (void)viewWillLayoutSubviews",
        "- (void)viewDidLayoutSubviews",
        "- (void)viewSafeAreaInsetsDidChange",
        "- (void)viewLayoutMarginsDidChange",
        "- (void)updateViewConstraints",
        "- (void)didReceiveMemoryWarning",
        "- (void)presentViewController:(UIViewController *)viewControllerToPresent animated:(BOOL)flag completion:(void (^ _Nullable)(void))completion",
        "- (void)dismissViewControllerAnimated:(BOOL)flag completion:(void (^ _Nullable)(void))completion",
        "- (void)showViewController:(UIViewController *)vc sender:(nullable id)sender",
        "- (void)showDetailViewController:(UIViewController *)vc sender:(nullable id)sender",
        "- (void)setNeedsStatusBarAppearanceUpdate",
        "- (void)addChildViewController:(UIViewController *)childController",
        "- (void)removeFromParentViewController",
        "- (void)willMoveToParentViewController:(nullable UIViewController *)parent",
        "- (void)didMoveToParentViewController:(nullable UIViewController *)parent",
        "- (void)setEditing:(BOOL)editing animated:(BOOL)animated",
        "- (void)setToolbarItems:(nullable NSArray<UIBarButtonItem *> *)toolbarItems animated:(BOOL)animated",
        "- (void)traitCollectionDidChange:(nullable UITraitCollection *)previousTraitCollection",
        "- (void)viewWillTransitionToSize:(CGSize)size withTransitionCoordinator:(id<UIViewControllerTransitionCoordinator>)coordinator",
    ],
    p=[
        "@property (null_resettable, nonatomic, strong) UIView *view",
        "@property (nullable, nonatomic, readonly, strong) UIView *viewIfLoaded",
        "@property (nonatomic, readonly, getter=isViewLoaded) BOOL viewLoaded",
        "@property (nullable, nonatomic, readonly, copy) NSString *nibName",
        "@property (nullable, nonatomic, readonly, strong) NSBundle *nibBundle",
        "@property (nullable, nonatomic, readonly, strong) UIStoryboard *storyboard",
        "@property (nullable, nonatomic, copy) NSString *title",
        "@property (nullable, nonatomic, weak, readonly) UIViewController *parentViewController",
        "@property (nullable, nonatomic, readonly) UIViewController *presentedViewController",
        "@property (nullable, nonatomic, readonly) UIViewController *presentingViewController",
        "@property (nonatomic, readonly, getter=isBeingPresented) BOOL beingPresented",
        "@property (nonatomic, readonly, getter=isBeingDismissed) BOOL beingDismissed",
        "@property (nonatomic, readonly, getter=isMovingToParentViewController) BOOL movingToParentViewController",
        "@property (nonatomic, readonly, getter=isMovingFromParentViewController) BOOL movingFromParentViewController",
        "@property (nonatomic, assign) UIModalTransitionStyle modalTransitionStyle",
        "@property (nonatomic, assign) UIModalPresentationStyle modalPresentationStyle",
        "@property (nonatomic, getter=isModalInPresentation) BOOL modalInPresentation",
        "@property (nullable, nonatomic, weak) id<UIViewControllerTransitioningDelegate> transitioningDelegate",
        "@property (nonatomic, readonly) BOOL prefersStatusBarHidden",
        "@property (nonatomic, readonly) UIStatusBarStyle preferredStatusBarStyle",
        "@property (nonatomic, readonly) UIStatusBarAnimation preferredStatusBarUpdateAnimation",
        "@property (nonatomic, readonly, nullable) UIViewController *childViewControllerForStatusBarStyle",
        "@property (nonatomic, readonly, nullable) UIViewController *childViewControllerForStatusBarHidden",
        "@property (nonatomic, readonly) BOOL prefersHomeIndicatorAutoHidden",
        "@property (nonatomic, readonly) BOOL shouldAutorotate",
        "@property (nonatomic, readonly) UIInterfaceOrientationMask supportedInterfaceOrientations",
        "@property (nonatomic, readonly) UIInterfaceOrientation preferredInterfaceOrientationForPresentation",
        "@property (nonatomic, readonly) NSArray<__kindof UIViewController *> *childViewControllers",
        "@property (nonatomic) UIRectEdge edgesForExtendedLayout",
        "@property (nonatomic) BOOL extendedLayoutIncludesOpaqueBars",
        "@property (nonatomic) BOOL automaticallyAdjustsScrollViewInsets",
        "@property (nonatomic) CGSize preferredContentSize",
        "@property (nonatomic) UIEdgeInsets additionalSafeAreaInsets",
        "@property (nonatomic, getter=isEditing) BOOL editing",
        "@property (nonatomic, readonly, strong) UINavigationItem *navigationItem",
        "@property (nullable, nonatomic, readonly, strong) UINavigationController *navigationController",
        "@property (nonatomic) BOOL hidesBottomBarWhenPushed",
        "@property (nullable, nonatomic, readonly, strong) UITabBarController *tabBarController",
        "@property (null_resettable, nonatomic, strong) UITabBarItem *tabBarItem",
        "@property (nullable, nonatomic, strong) NSArray<__kindof UIBarButtonItem *> *toolbarItems",
        "@property (nonatomic) UIUserInterfaceStyle overrideUserInterfaceStyle",
        "@property (nonatomic) BOOL definesPresentationContext",
    ],
)

C(
    "UIControl",
    "UIView",
    "UIKit/UIControl.h",
    i=[
        "- (BOOL)beginTrackingWithTouch:(UITouch *)touch withEvent:(nullable UIEvent *)event",
        "- (BOOL)continueTrackingWithTouch:(UITouch *)touch withEvent:(nullable UIEvent *)event",
        "- (void)endTrackingWithTouch:(nullable UITouch *)touch withEvent:(nullable UIEvent *)event",
        "- (void)cancelTrackingWithEvent:(nullable UIEvent *)event",
        "- (void)addTarget:(nullable id)target action:(SEL)action forControlEvents:(UIControlEvents)controlEvents",
        "- (void)removeTarget:(nullable id)target action:(nullable SEL)action forControlEvents:(UIControlEvents)controlEvents",
        "- (void)addAction:(UIAction *)action forControlEvents:(UIControlEvents)controlEvents",
        "- (void)removeAction:(UIAction *)action forControlEvents:(UIControlEvents)controlEvents",
        "- (nullable NSArray<NSString *> *)actionsForTarget:(nullable id)target forControlEvent:(UIControlEvents)controlEvent",
        "- (void)sendAction:(SEL)action to:(nullable id)target forEvent:(nullable UIEvent *)event",
        "- (void)sendActionsForControlEvents:(UIControlEvents)controlEvents",
    ],
    p=[
        "@property (nonatomic, getter=isEnabled) BOOL enabled",
        "@property (nonatomic, getter=isSelected) BOOL selected",
        "@property (nonatomic, getter=isHighlighted) BOOL highlighted",
        "@property (nonatomic) UIControlContentVerticalAlignment contentVerticalAlignment",
        "@property (nonatomic) UIControlContentHorizontalAlignment contentHorizontalAlignment",
        "@property (nonatomic, readonly) UIControlState state",
        "@property (nonatomic, readonly, getter=isTracking) BOOL tracking",
        "@property (nonatomic, readonly, getter=isTouchInside) BOOL touchInside",
        "@property (nonatomic, readonly) NSSet *allTargets",
        "@property (nonatomic, readonly) UIControlEvents allControlEvents",
    ],
)

C(
    "UIButton",
    "UIControl",
    "UIKit/UIButton.h",
    protocols=["NSCoding"],
    c=[
        "+ (instancetype)buttonWithType:(UIButtonType)buttonType",
        "+ (instancetype)systemButtonWithImage:(UIImage *)image target:(nullable id)target action:(nullable SEL)action",
        "+ (instancetype)buttonWithConfiguration:(UIButtonConfiguration *)configuration primaryAction:(nullable UIAction *)primaryAction",
    ],
    i=[
        "- (void)setTitle:(nullable NSString *)title forState:(UIControlState)state",
        "- (void)setTitleColor:(nullable UIColor *)color forState:(UIControlState)state",
        "- (void)setTitleShadowColor:(nullable UIColor *)color forState:(UIControlState)state",
        "- (void)setImage:(nullable UIImage *)image forState:(UIControlState)state",
        "- (void)setBackgroundImage:(nullable UIImage *)image forState:(UIControlState)state",
        "- (void)setAttributedTitle:(nullable NSAttributedString *)title forState:(UIControlState)state",
        "- (nullable NSString *)titleForState:(UIControlState)state",
        "- (nullable UIColor *)titleColorForState:(UIControlState)state",
        "- (nullable UIImage *)imageForState:(UIControlState)state",
        "- (nullable UIImage *)backgroundImageForState:(UIControlState)state",
        "- (nullable NSAttributedString *)attributedTitleForState:(UIControlState)state",
        "- (void)setNeedsUpdateConfiguration",
        "- (void)updateConfiguration",
        "- (CGRect)backgroundRectForBounds:(CGRect)bounds",
        "- (CGRect)contentRectForBounds:(CGRect)bounds",
        "- (CGRect)titleRectForContentRect:(CGRect)contentRect",
        "- (CGRect)imageRectForContentRect:(CGRect)contentRect",
    ],
    p=[
        "@property (nonatomic, readonly) UIButtonType buttonType",
        "@property (nullable, nonatomic, readonly, strong) UILabel *titleLabel",
        "@property (nullable, nonatomic, readonly, strong) UIImageView *imageView",
        "@property (nullable, nonatomic, readonly, strong) NSString *currentTitle",
        "@property (nonatomic, readonly, strong) UIColor *currentTitleColor",
        "@property (nullable, nonatomic, readonly, strong) UIImage *currentImage",
        "@property (nullable, nonatomic, readonly, strong) UIImage *currentBackgroundImage",
        "@property (nullable, nonatomic, readonly, strong) NSAttributedString *currentAttributedTitle",
        "@property (nonatomic) UIEdgeInsets contentEdgeInsets",
        "@property (nonatomic) UIEdgeInsets titleEdgeInsets",
        "@property (nonatomic) UIEdgeInsets imageEdgeInsets",
        "@property (nonatomic) BOOL adjustsImageWhenHighlighted",
        "@property (nonatomic) BOOL adjustsImageWhenDisabled",
        "@property (nullable, nonatomic, copy) UIButtonConfiguration *configuration",
        "@property (nonatomic) BOOL showsMenuAsPrimaryAction",
        "@property (nullable, nonatomic, copy) UIMenu *menu",
    ],
)

C(
    "UILabel",
    "UIView",
    "UIKit/UILabel.h",
    protocols=["NSCoding", "UIContentSizeCategoryAdjusting"],
    i=[
        "- (CGRect)textRectForBounds:(CGRect)bounds limitedToNumberOfLines:(NSInteger)numberOfLines",
        "- (void)drawTextInRect:(CGRect)rect",
    ],
    p=[
        "@property (nullable, nonatomic, copy) NSString *text",
        "@property (null_resettable, nonatomic, strong) UIFont *font",
        "@property (null_resettable, nonatomic, strong) UIColor *textColor",
        "@property (nullable, nonatomic, strong) UIColor *shadowColor",
        "@property (nonatomic) CGSize shadowOffset",
        "@property (nonatomic) NSTextAlignment textAlignment",
        "@property (nonatomic) NSLineBreakMode lineBreakMode",
        "@property (nullable, nonatomic, copy) NSAttributedString *attributedText",
        "@property (nullable, nonatomic, strong) UIColor *highlightedTextColor",
        "@property (nonatomic, getter=isHighlighted) BOOL highlighted",
        "@property (nonatomic, getter=isEnabled) BOOL enabled",
        "@property (nonatomic) NSInteger numberOfLines",
        "@property (nonatomic) BOOL adjustsFontSizeToFitWidth",
        "@property (nonatomic) CGFloat minimumScaleFactor",
        "@property (nonatomic) UIBaselineAdjustment baselineAdjustment",
        "@property (nonatomic) CGFloat preferredMaxLayoutWidth",
    ],
)

C(
    "UIImageView",
    "UIView",
    "UIKit/UIImageView.h",
    i=[
        "- (instancetype)initWithImage:(nullable UIImage *)image",
        "- (instancetype)initWithImage:(nullable UIImage *)image highlightedImage:(nullable UIImage *)highlightedImage",
        "- (void)startAnimating",
        "- (void)stopAnimating",
    ],
    p=[
        "@property (nullable, nonatomic, strong) UIImage *image",
        "@property (nullable, nonatomic, strong) UIImage *highlightedImage",
        "@property (nonatomic, getter=isHighlighted) BOOL highlighted",
        "@property (nullable, nonatomic, copy) NSArray<UIImage *> *animationImages",
        "@property (nonatomic) NSTimeInterval animationDuration",
        "@property (nonatomic) NSInteger animationRepeatCount",
        "@property (nonatomic, readonly, getter=isAnimating) BOOL animating",
        "@property (nullable, nonatomic, copy) UIImageSymbolConfiguration *preferredSymbolConfiguration",
    ],
)

C(
    "UIScrollView",
    "UIView",
    "UIKit/UIScrollView.h",
    protocols=["NSCoding", "UIFocusItemScrollableContainer"],
    i=[
        "- (void)adjustedContentInsetDidChange",
        "- (void)setContentOffset:(CGPoint)contentOffset animated:(BOOL)animated",
        "- (void)scrollRectToVisible:(CGRect)rect animated:(BOOL)animated",
        "- (void)flashScrollIndicators",
        "- (BOOL)touchesShouldBegin:(NSSet<UITouch *> *)touches withEvent:(nullable UIEvent *)event inContentView:(UIView *)view",
        "- (BOOL)touchesShouldCancelInContentView:(UIView *)view",
        "- (void)setZoomScale:(CGFloat)scale animated:(BOOL)animated",
        "- (void)zoomToRect:(CGRect)rect animated:(BOOL)animated",
    ],
    p=[
        "@property (nonatomic) CGPoint contentOffset",
        "@property (nonatomic) CGSize contentSize",
        "@property (nonatomic) UIEdgeInsets contentInset",
        "@property (nonatomic, readonly) UIEdgeInsets adjustedContentInset",
        "@property (nonatomic) UIScrollViewContentInsetAdjustmentBehavior contentInsetAdjustmentBehavior",
        "@property (nullable, nonatomic, weak) id<UIScrollViewDelegate> delegate",
        "@property (nonatomic, getter=isDirectionalLockEnabled) BOOL directionalLockEnabled",
        "@property (nonatomic) BOOL bounces",
        "@property (nonatomic) BOOL alwaysBounceVertical",
        "@property (nonatomic) BOOL alwaysBounceHorizontal",
        "@property (nonatomic, getter=isPagingEnabled) BOOL pagingEnabled",
        "@property (nonatomic, getter=isScrollEnabled) BOOL scrollEnabled",
        "@property (nonatomic) BOOL showsVerticalScrollIndicator",
        "@property (nonatomic) BOOL showsHorizontalScrollIndicator",
        "@property (nonatomic) UIScrollViewIndicatorStyle indicatorStyle",
        "@property (nonatomic) UIEdgeInsets verticalScrollIndicatorInsets",
        "@property (nonatomic) UIEdgeInsets horizontalScrollIndicatorInsets",
        "@property (nonatomic) UIEdgeInsets scrollIndicatorInsets",
        "@property (nonatomic) UIScrollViewDecelerationRate decelerationRate",
        "@property (nonatomic, readonly, getter=isTracking) BOOL tracking",
        "@property (nonatomic, readonly, getter=isDragging) BOOL dragging",
        "@property (nonatomic, readonly, getter=isDecelerating) BOOL decelerating",
        "@property (nonatomic) BOOL delaysContentTouches",
        "@property (nonatomic) BOOL canCancelContentTouches",
        "@property (nonatomic) CGFloat minimumZoomScale",
        "@property (nonatomic) CGFloat maximumZoomScale",
        "@property (nonatomic) CGFloat zoomScale",
        "@property (nonatomic) BOOL bouncesZoom",
        "@property (nonatomic, readonly, getter=isZooming) BOOL zooming",
        "@property (nonatomic) BOOL scrollsToTop",
        "@property (nonatomic, readonly) UIPanGestureRecognizer *panGestureRecognizer",
        "@property (nonatomic) UIScrollViewKeyboardDismissMode keyboardDismissMode",
        "@property (nonatomic, strong, nullable) UIRefreshControl *refreshControl",
    ],
)

C(
    "UITableView",
    "UIScrollView",
    "UIKit/UITableView.h",
    protocols=["NSCoding", "UIDataSourceTranslating"],
    i=[
        "- (instancetype)initWithFrame:(CGRect)frame style:(UITableViewStyle)style",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)reloadData",
        "- (void)reloadSectionIndexTitles",
        "- (NSInteger)numberOfRowsInSection:(NSInteger)section",
        "- (CGRect)rectForSection:(NSInteger)section",
        "- (CGRect)rectForHeaderInSection:(NSInteger)section",
        "- (CGRect)rectForFooterInSection:(NSInteger)section",
        "- (CGRect)rectForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable NSIndexPath *)indexPathForRowAtPoint:(CGPoint)point",
        "- (nullable NSIndexPath *)indexPathForCell:(UITableViewCell *)cell",
        "- (nullable NSArray<NSIndexPath *> *)indexPathsForRowsInRect:(CGRect)rect",
        "- (nullable __kindof UITableViewCell *)cellForRowAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable UITableViewHeaderFooterView *)headerViewForSection:(NSInteger)section",
        "- (nullable UITableViewHeaderFooterView *)footerViewForSection:(NSInteger)section",
        "- (void)scrollToRowAtIndexPath:(NSIndexPath *)indexPath atScrollPosition:(UITableViewScrollPosition)scrollPosition animated:(BOOL)animated",
        "- (void)scrollToNearestSelectedRowAtScrollPosition:(UITableViewScrollPosition)scrollPosition animated:(BOOL)animated",
        "- (void)performBatchUpdates:(void (NS_NOESCAPE ^ _Nullable)(void))updates completion:(void (^ _Nullable)(BOOL finished))completion",
        "- (void)beginUpdates",
        "- (void)endUpdates",
        "- (void)insertSections:(NSIndexSet *)sections withRowAnimation:(UITableViewRowAnimation)animation",
        "- (void)deleteSections:(NSIndexSet *)sections withRowAnimation:(UITableViewRowAnimation)animation",
        "- (void)reloadSections:(NSIndexSet *)sections withRowAnimation:(UITableViewRowAnimation)animation",
        "- (void)moveSection:(NSInteger)section toSection:(NSInteger)newSection",
        "- (void)insertRowsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths withRowAnimation:(UITableViewRowAnimation)animation",
        "- (void)deleteRowsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths withRowAnimation:(UITableViewRowAnimation)animation",
        "- (void)reloadRowsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths withRowAnimation:(UITableViewRowAnimation)animation",
        "- (void)moveRowAtIndexPath:(NSIndexPath *)indexPath toIndexPath:(NSIndexPath *)newIndexPath",
        "- (void)reconfigureRowsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths",
        "- (void)setEditing:(BOOL)editing animated:(BOOL)animated",
        "- (void)selectRowAtIndexPath:(nullable NSIndexPath *)indexPath animated:(BOOL)animated scrollPosition:(UITableViewScrollPosition)scrollPosition",
        "- (void)deselectRowAtIndexPath:(NSIndexPath *)indexPath animated:(BOOL)animated",
        "- (nullable __kindof UITableViewCell *)dequeueReusableCellWithIdentifier:(NSString *)identifier",
        "- (__kindof UITableViewCell *)dequeueReusableCellWithIdentifier:(NSString *)identifier forIndexPath:(NSIndexPath *)indexPath",
        "- (nullable __kindof UITableViewHeaderFooterView *)dequeueReusableHeaderFooterViewWithIdentifier:(NSString *)identifier",
        "- (void)registerNib:(nullable UINib *)nib forCellReuseIdentifier:(NSString *)identifier",
        "- (void)registerClass:(nullable Class)cellClass forCellReuseIdentifier:(NSString *)identifier",
        "- (void)registerNib:(nullable UINib *)nib forHeaderFooterViewReuseIdentifier:(NSString *)identifier",
        "- (void)registerClass:(nullable Class)aClass forHeaderFooterViewReuseIdentifier:(NSString *)identifier",
    ],
    p=[
        "@property (nonatomic, readonly) UITableViewStyle style",
        "@property (nonatomic, weak, nullable) id<UITableViewDataSource> dataSource",
        "@property (nonatomic, weak, nullable) id<UITableViewDelegate> delegate",
        "@property (nonatomic) CGFloat rowHeight",
        "@property (nonatomic) CGFloat sectionHeaderHeight",
        "@property (nonatomic) CGFloat sectionFooterHeight",
        "@property (nonatomic) CGFloat estimatedRowHeight",
        "@property (nonatomic) CGFloat estimatedSectionHeaderHeight",
        "@property (nonatomic) CGFloat estimatedSectionFooterHeight",
        "@property (nonatomic) CGFloat sectionHeaderTopPadding",
        "@property (nonatomic) UIEdgeInsets separatorInset",
        "@property (nonatomic, strong, nullable) UIView *backgroundView",
        "@property (nonatomic, readonly) NSInteger numberOfSections",
        "@property (nonatomic, readonly) NSArray<__kindof UITableViewCell *> *visibleCells",
        "@property (nonatomic, readonly, nullable) NSArray<NSIndexPath *> *indexPathsForVisibleRows",
        "@property (nonatomic, getter=isEditing) BOOL editing",
        "@property (nonatomic) BOOL allowsSelection",
        "@property (nonatomic) BOOL allowsSelectionDuringEditing",
        "@property (nonatomic) BOOL allowsMultipleSelection",
        "@property (nonatomic, readonly, nullable) NSIndexPath *indexPathForSelectedRow",
        "@property (nonatomic, readonly, nullable) NSArray<NSIndexPath *> *indexPathsForSelectedRows",
        "@property (nonatomic) UITableViewCellSeparatorStyle separatorStyle",
        "@property (nonatomic, strong, nullable) UIColor *separatorColor",
        "@property (nonatomic, strong, nullable) UIView *tableHeaderView",
        "@property (nonatomic, strong, nullable) UIView *tableFooterView",
    ],
)

C(
    "UITableViewCell",
    "UIView",
    "UIKit/UITableViewCell.h",
    protocols=["NSCoding", "UIGestureRecognizerDelegate"],
    i=[
        "- (instancetype)initWithStyle:(UITableViewCellStyle)style reuseIdentifier:(nullable NSString *)reuseIdentifier",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)prepareForReuse",
        "- (void)setSelected:(BOOL)selected animated:(BOOL)animated",
        "- (void)setHighlighted:(BOOL)highlighted animated:(BOOL)animated",
        "- (void)setEditing:(BOOL)editing animated:(BOOL)animated",
        "- (void)willTransitionToState:(UITableViewCellStateMask)state",
        "- (void)didTransitionToState:(UITableViewCellStateMask)state",
        "- (void)setNeedsUpdateConfiguration",
        "- (void)updateConfigurationUsingState:(UICellConfigurationState *)state",
        "- (UIListContentConfiguration *)defaultContentConfiguration",
    ],
    p=[
        "@property (nonatomic, readonly, strong, nullable) UIImageView *imageView",
        "@property (nonatomic, readonly, strong, nullable) UILabel *textLabel",
        "@property (nonatomic, readonly, strong, nullable) UILabel *detailTextLabel",
        "@property (nonatomic, readonly, strong) UIView *contentView",
        "@property (nonatomic, strong, nullable) UIView *backgroundView",
        "@property (nonatomic, strong, nullable) UIView *selectedBackgroundView",
        "@property (nonatomic, readonly, copy, nullable) NSString *reuseIdentifier",
        "@property (nonatomic) UITableViewCellSelectionStyle selectionStyle",
        "@property (nonatomic, getter=isSelected) BOOL selected",
        "@property (nonatomic, getter=isHighlighted) BOOL highlighted",
        "@property (nonatomic, readonly) UITableViewCellEditingStyle editingStyle",
        "@property (nonatomic) BOOL showsReorderControl",
        "@property (nonatomic) BOOL shouldIndentWhileEditing",
        "@property (nonatomic) UITableViewCellAccessoryType accessoryType",
        "@property (nonatomic, strong, nullable) UIView *accessoryView",
        "@property (nonatomic) UITableViewCellAccessoryType editingAccessoryType",
        "@property (nonatomic) NSInteger indentationLevel",
        "@property (nonatomic) CGFloat indentationWidth",
        "@property (nonatomic) UIEdgeInsets separatorInset",
        "@property (nonatomic, getter=isEditing) BOOL editing",
        "@property (nonatomic, readonly) BOOL showingDeleteConfirmation",
        "@property (nonatomic, copy, nullable) id<UIContentConfiguration> contentConfiguration",
        "@property (nonatomic, copy, nullable) UIBackgroundConfiguration *backgroundConfiguration",
        "@property (nonatomic) BOOL automaticallyUpdatesContentConfiguration",
    ],
)

C(
    "UITableViewController",
    "UIViewController",
    "UIKit/UITableViewController.h",
    protocols=["UITableViewDelegate", "UITableViewDataSource"],
    i=[
        "- (instancetype)initWithStyle:(UITableViewStyle)style",
        "- (instancetype)initWithNibName:(nullable NSString *)nibNameOrNil bundle:(nullable NSBundle *)nibBundleOrNil",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
    ],
    p=[
        "@property (nonatomic, strong, null_resettable) UITableView *tableView",
        "@property (nonatomic) BOOL clearsSelectionOnViewWillAppear",
        "@property (nonatomic, strong, nullable) UIRefreshControl *refreshControl",
    ],
)

C(
    "UICollectionView",
    "UIScrollView",
    "UIKit/UICollectionView.h",
    protocols=["UIDataSourceTranslating"],
    i=[
        "- (instancetype)initWithFrame:(CGRect)frame collectionViewLayout:(UICollectionViewLayout *)layout",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)registerClass:(nullable Class)cellClass forCellWithReuseIdentifier:(NSString *)identifier",
        "- (void)registerNib:(nullable UINib *)nib forCellWithReuseIdentifier:(NSString *)identifier",
        "- (void)registerClass:(nullable Class)viewClass forSupplementaryViewOfKind:(NSString *)elementKind withReuseIdentifier:(NSString *)identifier",
        "- (void)registerNib:(nullable UINib *)nib forSupplementaryViewOfKind:(NSString *)kind withReuseIdentifier:(NSString *)identifier",
        "- (__kindof UICollectionViewCell *)dequeueReusableCellWithReuseIdentifier:(NSString *)identifier forIndexPath:(NSIndexPath *)indexPath",
        "- (__kindof UICollectionReusableView *)dequeueReusableSupplementaryViewOfKind:(NSString *)elementKind withReuseIdentifier:(NSString *)identifier forIndexPath:(NSIndexPath *)indexPath",
        "- (void)selectItemAtIndexPath:(nullable NSIndexPath *)indexPath animated:(BOOL)animated scrollPosition:(UICollectionViewScrollPosition)scrollPosition",
        "- (void)deselectItemAtIndexPath:(NSIndexPath *)indexPath animated:(BOOL)animated",
        "- (void)reloadData",
        "- (void)setCollectionViewLayout:(UICollectionViewLayout *)layout animated:(BOOL)animated",
        "- (NSInteger)numberOfItemsInSection:(NSInteger)section",
        "- (nullable UICollectionViewLayoutAttributes *)layoutAttributesForItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable NSIndexPath *)indexPathForItemAtPoint:(CGPoint)point",
        "- (nullable NSIndexPath *)indexPathForCell:(UICollectionViewCell *)cell",
        "- (nullable UICollectionViewCell *)cellForItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable UICollectionReusableView *)supplementaryViewForElementKind:(NSString *)elementKind atIndexPath:(NSIndexPath *)indexPath",
        "- (void)scrollToItemAtIndexPath:(NSIndexPath *)indexPath atScrollPosition:(UICollectionViewScrollPosition)scrollPosition animated:(BOOL)animated",
        "- (void)insertSections:(NSIndexSet *)sections",
        "- (void)deleteSections:(NSIndexSet *)sections",
        "- (void)reloadSections:(NSIndexSet *)sections",
        "- (void)moveSection:(NSInteger)section toSection:(NSInteger)newSection",
        "- (void)insertItemsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths",
        "- (void)deleteItemsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths",
        "- (void)reloadItemsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths",
        "- (void)reconfigureItemsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths",
        "- (void)moveItemAtIndexPath:(NSIndexPath *)indexPath toIndexPath:(NSIndexPath *)newIndexPath",
        "- (void)performBatchUpdates:(void (NS_NOESCAPE ^ _Nullable)(void))updates completion:(void (^ _Nullable)(BOOL finished))completion",
    ],
    p=[
        "@property (nonatomic, strong) UICollectionViewLayout *collectionViewLayout",
        "@property (nonatomic, weak, nullable) id<UICollectionViewDelegate> delegate",
        "@property (nonatomic, weak, nullable) id<UICollectionViewDataSource> dataSource",
        "@property (nonatomic, getter=isPrefetchingEnabled) BOOL prefetchingEnabled",
        "@property (nonatomic, strong, nullable) UIView *backgroundView",
        "@property (nonatomic) BOOL allowsSelection",
        "@property (nonatomic) BOOL allowsMultipleSelection",
        "@property (nonatomic, readonly, nullable) NSArray<NSIndexPath *> *indexPathsForSelectedItems",
        "@property (nonatomic, readonly) NSInteger numberOfSections",
        "@property (nonatomic, readonly) NSArray<__kindof UICollectionViewCell *> *visibleCells",
        "@property (nonatomic, readonly) NSArray<NSIndexPath *> *indexPathsForVisibleItems",
    ],
)

C(
    "UICollectionReusableView",
    "UIView",
    "UIKit/UICollectionViewCell.h",
    i=[
        "- (void)prepareForReuse",
        "- (void)applyLayoutAttributes:(UICollectionViewLayoutAttributes *)layoutAttributes",
        "- (void)willTransitionFromLayout:(UICollectionViewLayout *)oldLayout toLayout:(UICollectionViewLayout *)newLayout",
        "- (void)didTransitionFromLayout:(UICollectionViewLayout *)oldLayout toLayout:(UICollectionViewLayout *)newLayout",
        "- (UICollectionViewLayoutAttributes *)preferredLayoutAttributesFittingAttributes:(UICollectionViewLayoutAttributes *)layoutAttributes",
    ],
    p=["@property (nonatomic, readonly, copy, nullable) NSString *reuseIdentifier"],
)

C(
    "UICollectionViewCell",
    "UICollectionReusableView",
    "UIKit/UICollectionViewCell.h",
    i=[
        "- (void)setNeedsUpdateConfiguration",
        "- (void)updateConfigurationUsingState:(UICellConfigurationState *)state",
        "- (void)dragStateDidChange:(UICollectionViewCellDragState)dragState",
    ],
    p=[
        "@property (nonatomic, readonly) UIView *contentView",
        "@property (nonatomic, getter=isSelected) BOOL selected",
        "@property (nonatomic, getter=isHighlighted) BOOL highlighted",
        "@property (nonatomic, strong, nullable) UIView *backgroundView",
        "@property (nonatomic, strong, nullable) UIView *selectedBackgroundView",
        "@property (nonatomic, copy, nullable) id<UIContentConfiguration> contentConfiguration",
        "@property (nonatomic, copy, nullable) UIBackgroundConfiguration *backgroundConfiguration",
        "@property (nonatomic) BOOL automaticallyUpdatesContentConfiguration",
    ],
)

C(
    "UINavigationController",
    "UIViewController",
    "UIKit/UINavigationController.h",
    i=[
        "- (instancetype)initWithNavigationBarClass:(nullable Class)navigationBarClass toolbarClass:(nullable Class)toolbarClass",
        "- (instancetype)initWithRootViewController:(UIViewController *)rootViewController",
        "- (void)pushViewController:(UIViewController *)viewController animated:(BOOL)animated",
        "- (nullable UIViewController *)popViewControllerAnimated:(BOOL)animated",
        "- (nullable NSArray<__kindof UIViewController *> *)popToViewController:(UIViewController *)viewController animated:(BOOL)animated",
        "- (nullable NSArray<__kindof UIViewController *> *)popToRootViewControllerAnimated:(BOOL)animated",
        "- (void)setViewControllers:(NSArray<UIViewController *> *)viewControllers animated:(BOOL)animated",
        "- (void)setNavigationBarHidden:(BOOL)hidden animated:(BOOL)animated",
        "- (void)setToolbarHidden:(BOOL)hidden animated:(BOOL)animated",
    ],
    p=[
        "@property (nullable, nonatomic, readonly, strong) UIViewController *topViewController",
        "@property (nullable, nonatomic, readonly, strong) UIViewController *visibleViewController",
        "@property (nonatomic, copy) NSArray<__kindof UIViewController *> *viewControllers",
        "@property (nonatomic, getter=isNavigationBarHidden) BOOL navigationBarHidden",
        "@property (nonatomic, readonly) UINavigationBar *navigationBar",
        "@property (nonatomic, getter=isToolbarHidden) BOOL toolbarHidden",
        "@property (null_resettable, nonatomic, readonly) UIToolbar *toolbar",
        "@property (nullable, nonatomic, weak) id<UINavigationControllerDelegate> delegate",
        "@property (nullable, nonatomic, readonly) UIGestureRecognizer *interactivePopGestureRecognizer",
        "@property (nonatomic) BOOL hidesBarsOnSwipe",
    ],
)

C(
    "UIWindow",
    "UIView",
    "UIKit/UIWindow.h",
    i=[
        "- (instancetype)initWithWindowScene:(UIWindowScene *)windowScene",
        "- (instancetype)initWithFrame:(CGRect)frame",
        "- (void)becomeKeyWindow",
        "- (void)resignKeyWindow",
        "- (void)makeKeyWindow",
        "- (void)makeKeyAndVisible",
        "- (void)sendEvent:(UIEvent *)event",
        "- (CGPoint)convertPoint:(CGPoint)point toWindow:(nullable UIWindow *)window",
        "- (CGPoint)convertPoint:(CGPoint)point fromWindow:(nullable UIWindow *)window",
        "- (CGRect)convertRect:(CGRect)rect toWindow:(nullable UIWindow *)window",
        "- (CGRect)convertRect:(CGRect)rect fromWindow:(nullable UIWindow *)window",
    ],
    p=[
        "@property (nullable, nonatomic, weak) UIWindowScene *windowScene",
        "@property (nonatomic, strong) UIScreen *screen",
        "@property (nonatomic) UIWindowLevel windowLevel",
        "@property (nonatomic, readonly, getter=isKeyWindow) BOOL keyWindow",
        "@property (nonatomic, readonly) BOOL canBecomeKeyWindow",
        "@property (nullable, nonatomic, strong) UIViewController *rootViewController",
    ],
)

C(
    "UIApplication",
    "UIResponder",
    "UIKit/UIApplication.h",
    i=[
        "- (BOOL)sendAction:(SEL)action to:(nullable id)target from:(nullable id)sender forEvent:(nullable UIEvent *)event",
        "- (void)sendEvent:(UIEvent *)event",
        "- (BOOL)canOpenURL:(NSURL *)url",
        "- (BOOL)openURL:(NSURL *)url",
        "- (void)openURL:(NSURL *)url options:(NSDictionary<UIApplicationOpenExternalURLOptionsKey, id> *)options completionHandler:(void (^ _Nullable)(BOOL success))completion",
        "- (UIBackgroundTaskIdentifier)beginBackgroundTaskWithExpirationHandler:(void (^ _Nullable)(void))handler",
        "- (UIBackgroundTaskIdentifier)beginBackgroundTaskWithName:(nullable NSString *)taskName expirationHandler:(void (^ _Nullable)(void))handler",
        "- (void)endBackgroundTask:(UIBackgroundTaskIdentifier)identifier",
        "- (void)registerForRemoteNotifications",
        "- (void)unregisterForRemoteNotifications",
        "- (void)beginIgnoringInteractionEvents",
        "- (void)endIgnoringInteractionEvents",
    ],
    p=[
        "@property (class, nonatomic, readonly) UIApplication *sharedApplication",
        "@property (nullable, nonatomic, assign) id<UIApplicationDelegate> delegate",
        "@property (nullable, nonatomic, readonly) UIWindow *keyWindow",
        "@property (nonatomic, readonly) NSArray<__kindof UIWindow *> *windows",
        "@property (nonatomic, getter=isIdleTimerDisabled) BOOL idleTimerDisabled",
        "@property (nonatomic, readonly) UIApplicationState applicationState",
        "@property (nonatomic, readonly) NSTimeInterval backgroundTimeRemaining",
        "@property (nonatomic) NSInteger applicationIconBadgeNumber",
        "@property (nonatomic, readonly, getter=isRegisteredForRemoteNotifications) BOOL registeredForRemoteNotifications",
        "@property (nonatomic, readonly) UIStatusBarStyle statusBarStyle",
        "@property (nonatomic, readonly, getter=isStatusBarHidden) BOOL statusBarHidden",
        "@property (nonatomic, getter=isNetworkActivityIndicatorVisible) BOOL networkActivityIndicatorVisible",
        "@property (nonatomic, readonly) NSSet<UIScene *> *connectedScenes",
        "@property (nonatomic, readonly) NSSet<UISceneSession *> *openSessions",
        "@property (nonatomic, readonly) BOOL supportsMultipleScenes",
        "@property (nonatomic, readonly) UIUserInterfaceLayoutDirection userInterfaceLayoutDirection",
        "@property (nonatomic, readonly) UIContentSizeCategory preferredContentSizeCategory",
    ],
)

# ============================================================================ stage 2: Foundation

P(
    "NSFastEnumeration",
    protocols=[],
    i=[
        "- (NSUInteger)countByEnumeratingWithState:(NSFastEnumerationState *)state objects:(id __unsafe_unretained *)buffer count:(NSUInteger)len"
    ],
)
P("NSProgressReporting", p=["@property (readonly) NSProgress *progress"])

C(
    "NSString",
    "NSObject",
    "Foundation/NSString.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)string",
        "+ (instancetype)stringWithString:(NSString *)string",
        "+ (instancetype)stringWithFormat:(NSString *)format, ...",
        "+ (nullable instancetype)stringWithUTF8String:(const char *)nullTerminatedCString",
        "+ (nullable instancetype)stringWithCString:(const char *)cString encoding:(NSStringEncoding)enc",
        "+ (nullable instancetype)stringWithContentsOfFile:(NSString *)path encoding:(NSStringEncoding)enc error:(NSError **)error",
        "+ (nullable instancetype)stringWithContentsOfURL:(NSURL *)url encoding:(NSStringEncoding)enc error:(NSError **)error",
        "+ (NSString *)localizedStringWithFormat:(NSString *)format, ...",
    ],
    i=[
        "- (instancetype)init",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (instancetype)initWithString:(NSString *)aString",
        "- (instancetype)initWithFormat:(NSString *)format, ...",
        "- (nullable instancetype)initWithData:(NSData *)data encoding:(NSStringEncoding)encoding",
        "- (nullable instancetype)initWithUTF8String:(const char *)nullTerminatedCString",
        "- (nullable instancetype)initWithBytes:(const void *)bytes length:(NSUInteger)len encoding:(NSStringEncoding)encoding",
        "- (unichar)characterAtIndex:(NSUInteger)index",
        "- (NSString *)substringFromIndex:(NSUInteger)from",
        "- (NSString *)substringToIndex:(NSUInteger)to",
        "- (NSString *)substringWithRange:(NSRange)range",
        "- (NSComparisonResult)compare:(NSString *)string",
        "- (NSComparisonResult)compare:(NSString *)string options:(NSStringCompareOptions)mask",
        "- (NSComparisonResult)caseInsensitiveCompare:(NSString *)string",
        "- (NSComparisonResult)localizedCompare:(NSString *)string",
        "- (NSComparisonResult)localizedCaseInsensitiveCompare:(NSString *)string",
        "- (NSComparisonResult)localizedStandardCompare:(NSString *)string",
        "- (BOOL)isEqualToString:(NSString *)aString",
        "- (BOOL)hasPrefix:(NSString *)str",
        "- (BOOL)hasSuffix:(NSString *)str",
        "- (BOOL)containsString:(NSString *)str",
        "- (BOOL)localizedCaseInsensitiveContainsString:(NSString *)str",
        "- (NSRange)rangeOfString:(NSString *)searchString",
        "- (NSRange)rangeOfString:(NSString *)searchString options:(NSStringCompareOptions)mask",
        "- (NSRange)rangeOfString:(NSString *)searchString options:(NSStringCompareOptions)mask range:(NSRange)rangeOfReceiverToSearch",
        "- (NSRange)rangeOfCharacterFromSet:(NSCharacterSet *)searchSet",
        "- (NSString *)stringByAppendingString:(NSString *)aString",
        "- (NSString *)stringByAppendingFormat:(NSString *)format, ...",
        "- (NSArray<NSString *> *)componentsSeparatedByString:(NSString *)separator",
        "- (NSArray<NSString *> *)componentsSeparatedByCharactersInSet:(NSCharacterSet *)separator",
        "- (NSString *)stringByTrimmingCharactersInSet:(NSCharacterSet *)set",
        "- (NSString *)stringByPaddingToLength:(NSUInteger)newLength withString:(NSString *)padString startingAtIndex:(NSUInteger)padIndex",
        "- (NSString *)stringByReplacingOccurrencesOfString:(NSString *)target withString:(NSString *)replacement",
        "- (NSString *)stringByReplacingOccurrencesOfString:(NSString *)target withString:(NSString *)replacement options:(NSStringCompareOptions)options range:(NSRange)searchRange",
        "- (NSString *)stringByReplacingCharactersInRange:(NSRange)range withString:(NSString *)replacement",
        "- (nullable NSData *)dataUsingEncoding:(NSStringEncoding)encoding",
        "- (NSUInteger)lengthOfBytesUsingEncoding:(NSStringEncoding)enc",
        "- (BOOL)writeToFile:(NSString *)path atomically:(BOOL)useAuxiliaryFile encoding:(NSStringEncoding)enc error:(NSError **)error",
        "- (BOOL)writeToURL:(NSURL *)url atomically:(BOOL)useAuxiliaryFile encoding:(NSStringEncoding)enc error:(NSError **)error",
        "- (NSString *)stringByAppendingPathComponent:(NSString *)str",
        "- (nullable NSString *)stringByAppendingPathExtension:(NSString *)str",
        "- (nullable NSString *)stringByAddingPercentEncodingWithAllowedCharacters:(NSCharacterSet *)allowedCharacters",
        "- (void)enumerateLinesUsingBlock:(void (NS_NOESCAPE ^)(NSString *line, BOOL *stop))block",
        "- (CGSize)sizeWithAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attrs",
        "- (void)drawAtPoint:(CGPoint)point withAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attrs",
        "- (void)drawInRect:(CGRect)rect withAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attrs",
        "- (CGRect)boundingRectWithSize:(CGSize)size options:(NSStringDrawingOptions)options attributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attributes context:(nullable NSStringDrawingContext *)context",
    ],
    p=[
        "@property (readonly) NSUInteger length",
        "@property (readonly) double doubleValue",
        "@property (readonly) float floatValue",
        "@property (readonly) int intValue",
        "@property (readonly) NSInteger integerValue",
        "@property (readonly) long long longLongValue",
        "@property (readonly) BOOL boolValue",
        "@property (readonly, copy) NSString *uppercaseString",
        "@property (readonly, copy) NSString *lowercaseString",
        "@property (readonly, copy) NSString *capitalizedString",
        "@property (nullable, readonly) const char *UTF8String",
        "@property (readonly, copy) NSString *lastPathComponent",
        "@property (readonly, copy) NSString *stringByDeletingLastPathComponent",
        "@property (readonly, copy) NSString *pathExtension",
        "@property (readonly, copy) NSString *stringByDeletingPathExtension",
        "@property (readonly, copy) NSArray<NSString *> *pathComponents",
        "@property (readonly, copy) NSString *stringByExpandingTildeInPath",
        "@property (nullable, readonly, copy) NSString *stringByRemovingPercentEncoding",
    ],
)

C(
    "NSMutableString",
    "NSString",
    "Foundation/NSString.h",
    c=["+ (NSMutableString *)stringWithCapacity:(NSUInteger)capacity"],
    i=[
        "- (instancetype)initWithCapacity:(NSUInteger)capacity",
        "- (void)replaceCharactersInRange:(NSRange)range withString:(NSString *)aString",
        "- (void)insertString:(NSString *)aString atIndex:(NSUInteger)loc",
        "- (void)deleteCharactersInRange:(NSRange)range",
        "- (void)appendString:(NSString *)aString",
        "- (void)appendFormat:(NSString *)format, ...",
        "- (void)setString:(NSString *)aString",
        "- (NSUInteger)replaceOccurrencesOfString:(NSString *)target withString:(NSString *)replacement options:(NSStringCompareOptions)options range:(NSRange)searchRange",
    ],
)

C(
    "NSAttributedString",
    "NSObject",
    "Foundation/NSAttributedString.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding"],
    i=[
        "- (instancetype)initWithString:(NSString *)str",
        "- (instancetype)initWithString:(NSString *)str attributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attrs",
        "- (instancetype)initWithAttributedString:(NSAttributedString *)attrStr",
        "- (NSDictionary<NSAttributedStringKey, id> *)attributesAtIndex:(NSUInteger)location effectiveRange:(nullable NSRangePointer)range",
        "- (nullable id)attribute:(NSAttributedStringKey)attrName atIndex:(NSUInteger)location effectiveRange:(nullable NSRangePointer)range",
        "- (NSAttributedString *)attributedSubstringFromRange:(NSRange)range",
        "- (BOOL)isEqualToAttributedString:(NSAttributedString *)other",
        "- (void)enumerateAttributesInRange:(NSRange)enumerationRange options:(NSAttributedStringEnumerationOptions)opts usingBlock:(void (NS_NOESCAPE ^)(NSDictionary<NSAttributedStringKey, id> *attrs, NSRange range, BOOL *stop))block",
        "- (void)enumerateAttribute:(NSAttributedStringKey)attrName inRange:(NSRange)enumerationRange options:(NSAttributedStringEnumerationOptions)opts usingBlock:(void (NS_NOESCAPE ^)(id _Nullable value, NSRange range, BOOL *stop))block",
        "- (CGSize)size",
        "- (CGRect)boundingRectWithSize:(CGSize)size options:(NSStringDrawingOptions)options context:(nullable NSStringDrawingContext *)context",
    ],
    p=["@property (readonly, copy) NSString *string", "@property (readonly) NSUInteger length"],
)

C(
    "NSMutableAttributedString",
    "NSAttributedString",
    "Foundation/NSAttributedString.h",
    i=[
        "- (void)replaceCharactersInRange:(NSRange)range withString:(NSString *)str",
        "- (void)setAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attrs range:(NSRange)range",
        "- (void)addAttribute:(NSAttributedStringKey)name value:(id)value range:(NSRange)range",
        "- (void)addAttributes:(NSDictionary<NSAttributedStringKey, id> *)attrs range:(NSRange)range",
        "- (void)removeAttribute:(NSAttributedStringKey)name range:(NSRange)range",
        "- (void)replaceCharactersInRange:(NSRange)range withAttributedString:(NSAttributedString *)attrString",
        "- (void)insertAttributedString:(NSAttributedString *)attrString atIndex:(NSUInteger)loc",
        "- (void)appendAttributedString:(NSAttributedString *)attrString",
        "- (void)deleteCharactersInRange:(NSRange)range",
        "- (void)setAttributedString:(NSAttributedString *)attrString",
        "- (void)beginEditing",
        "- (void)endEditing",
    ],
    p=["@property (readonly, retain) NSMutableString *mutableString"],
)

C(
    "NSValue",
    "NSObject",
    "Foundation/NSValue.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (NSValue *)valueWithBytes:(const void *)value objCType:(const char *)type",
        "+ (NSValue *)valueWithNonretainedObject:(nullable id)anObject",
        "+ (NSValue *)valueWithPointer:(nullable const void *)pointer",
        "+ (NSValue *)valueWithRange:(NSRange)range",
        "+ (NSValue *)valueWithCGPoint:(CGPoint)point",
        "+ (NSValue *)valueWithCGSize:(CGSize)size",
        "+ (NSValue *)valueWithCGRect:(CGRect)rect",
        "+ (NSValue *)valueWithCGAffineTransform:(CGAffineTransform)transform",
        "+ (NSValue *)valueWithUIEdgeInsets:(UIEdgeInsets)insets",
        "+ (NSValue *)valueWithCATransform3D:(CATransform3D)t",
    ],
    i=[
        "- (void)getValue:(void *)value size:(NSUInteger)size",
        "- (instancetype)initWithBytes:(const void *)value objCType:(const char *)type",
        "- (BOOL)isEqualToValue:(NSValue *)value",
    ],
    p=[
        "@property (readonly) const char *objCType",
        "@property (nullable, readonly) id nonretainedObjectValue",
        "@property (nullable, readonly) void *pointerValue",
        "@property (readonly) NSRange rangeValue",
        "@property (nonatomic, readonly) CGPoint CGPointValue",
        "@property (nonatomic, readonly) CGSize CGSizeValue",
        "@property (nonatomic, readonly) CGRect CGRectValue",
        "@property (nonatomic, readonly) CGAffineTransform CGAffineTransformValue",
        "@property (nonatomic, readonly) UIEdgeInsets UIEdgeInsetsValue",
        "@property (readonly) CATransform3D CATransform3DValue",
    ],
)

C(
    "NSNumber",
    "NSValue",
    "Foundation/NSValue.h",
    c=[
        "+ (NSNumber *)numberWithChar:(char)value",
        "+ (NSNumber *)numberWithInt:(int)value",
        "+ (NSNumber *)numberWithUnsignedInt:(unsigned int)value",
        "+ (NSNumber *)numberWithLong:(long)value",
        "+ (NSNumber *)numberWithLongLong:(long long)value",
        "+ (NSNumber *)numberWithUnsignedLongLong:(unsigned long long)value",
        "+ (NSNumber *)numberWithFloat:(float)value",
        "+ (NSNumber *)numberWithDouble:(double)value",
        "+ (NSNumber *)numberWithBool:(BOOL)value",
        "+ (NSNumber *)numberWithInteger:(NSInteger)value",
        "+ (NSNumber *)numberWithUnsignedInteger:(NSUInteger)value",
    ],
    i=[
        "- (NSNumber *)initWithInt:(int)value",
        "- (NSNumber *)initWithLongLong:(long long)value",
        "- (NSNumber *)initWithFloat:(float)value",
        "- (NSNumber *)initWithDouble:(double)value",
        "- (NSNumber *)initWithBool:(BOOL)value",
        "- (NSNumber *)initWithInteger:(NSInteger)value",
        "- (NSNumber *)initWithUnsignedInteger:(NSUInteger)value",
        "- (NSComparisonResult)compare:(NSNumber *)otherNumber",
        "- (BOOL)isEqualToNumber:(NSNumber *)number",
        "- (NSString *)descriptionWithLocale:(nullable id)locale",
    ],
    p=[
        "@property (readonly) char charValue",
        "@property (readonly) int intValue",
        "@property (readonly) unsigned int unsignedIntValue",
        "@property (readonly) long longValue",
        "@property (readonly) long long longLongValue",
        "@property (readonly) unsigned long long unsignedLongLongValue",
        "@property (readonly) float floatValue",
        "@property (readonly) double doubleValue",
        "@property (readonly) BOOL boolValue",
        "@property (readonly) NSInteger integerValue",
        "@property (readonly) NSUInteger unsignedIntegerValue",
        "@property (readonly, copy) NSString *stringValue",
    ],
)

C(
    "NSArray",
    "NSObject",
    "Foundation/NSArray.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding", "NSFastEnumeration"],
    c=[
        "+ (instancetype)array",
        "+ (instancetype)arrayWithObject:(id)anObject",
        "+ (instancetype)arrayWithObjects:(id)firstObj, ...",
        "+ (instancetype)arrayWithArray:(NSArray *)array",
        "+ (nullable NSArray *)arrayWithContentsOfFile:(NSString *)path",
    ],
    i=[
        "- (instancetype)init",
        "- (instancetype)initWithArray:(NSArray *)array",
        "- (instancetype)initWithArray:(NSArray *)array copyItems:(BOOL)flag",
        "- (instancetype)initWithObjects:(id)firstObj, ...",
        "- (id)objectAtIndex:(NSUInteger)index",
        "- (id)objectAtIndexedSubscript:(NSUInteger)idx",
        "- (NSArray *)arrayByAddingObject:(id)anObject",
        "- (NSArray *)arrayByAddingObjectsFromArray:(NSArray *)otherArray",
        "- (NSString *)componentsJoinedByString:(NSString *)separator",
        "- (BOOL)containsObject:(id)anObject",
        "- (nullable id)firstObjectCommonWithArray:(NSArray *)otherArray",
        "- (NSUInteger)indexOfObject:(id)anObject",
        "- (NSUInteger)indexOfObject:(id)anObject inRange:(NSRange)range",
        "- (NSUInteger)indexOfObjectIdenticalTo:(id)anObject",
        "- (BOOL)isEqualToArray:(NSArray *)otherArray",
        "- (NSEnumerator *)objectEnumerator",
        "- (NSEnumerator *)reverseObjectEnumerator",
        "- (NSArray *)sortedArrayUsingSelector:(SEL)comparator",
        "- (NSArray *)sortedArrayUsingComparator:(NSComparator NS_NOESCAPE)cmptr",
        "- (NSArray *)sortedArrayUsingDescriptors:(NSArray<NSSortDescriptor *> *)sortDescriptors",
        "- (NSArray *)filteredArrayUsingPredicate:(NSPredicate *)predicate",
        "- (NSArray *)subarrayWithRange:(NSRange)range",
        "- (NSArray *)objectsAtIndexes:(NSIndexSet *)indexes",
        "- (void)makeObjectsPerformSelector:(SEL)aSelector",
        "- (void)makeObjectsPerformSelector:(SEL)aSelector withObject:(nullable id)argument",
        "- (void)enumerateObjectsUsingBlock:(void (NS_NOESCAPE ^)(id obj, NSUInteger idx, BOOL *stop))block",
        "- (void)enumerateObjectsWithOptions:(NSEnumerationOptions)opts usingBlock:(void (NS_NOESCAPE ^)(id obj, NSUInteger idx, BOOL *stop))block",
        "- (NSUInteger)indexOfObjectPassingTest:(BOOL (NS_NOESCAPE ^)(id obj, NSUInteger idx, BOOL *stop))predicate",
        "- (NSIndexSet *)indexesOfObjectsPassingTest:(BOOL (NS_NOESCAPE ^)(id obj, NSUInteger idx, BOOL *stop))predicate",
        "- (BOOL)writeToURL:(NSURL *)url error:(NSError **)error",
    ],
    p=[
        "@property (readonly) NSUInteger count",
        "@property (nullable, nonatomic, readonly) id firstObject",
        "@property (nullable, nonatomic, readonly) id lastObject",
    ],
)

C(
    "NSMutableArray",
    "NSArray",
    "Foundation/NSArray.h",
    c=["+ (instancetype)arrayWithCapacity:(NSUInteger)numItems"],
    i=[
        "- (instancetype)initWithCapacity:(NSUInteger)numItems",
        "- (void)addObject:(id)anObject",
        "- (void)insertObject:(id)anObject atIndex:(NSUInteger)index",
        "- (void)removeLastObject",
        "- (void)removeObjectAtIndex:(NSUInteger)index",
        "- (void)replaceObjectAtIndex:(NSUInteger)index withObject:(id)anObject",
        "- (void)addObjectsFromArray:(NSArray *)otherArray",
        "- (void)exchangeObjectAtIndex:(NSUInteger)idx1 withObjectAtIndex:(NSUInteger)idx2",
        "- (void)removeAllObjects",
        "- (void)removeObject:(id)anObject",
        "- (void)removeObjectIdenticalTo:(id)anObject",
        "- (void)removeObjectsInArray:(NSArray *)otherArray",
        "- (void)removeObjectsInRange:(NSRange)range",
        "- (void)removeObjectsAtIndexes:(NSIndexSet *)indexes",
        "- (void)insertObjects:(NSArray *)objects atIndexes:(NSIndexSet *)indexes",
        "- (void)replaceObjectsAtIndexes:(NSIndexSet *)indexes withObjects:(NSArray *)objects",
        "- (void)setArray:(NSArray *)otherArray",
        "- (void)sortUsingSelector:(SEL)comparator",
        "- (void)sortUsingComparator:(NSComparator NS_NOESCAPE)cmptr",
        "- (void)sortUsingDescriptors:(NSArray<NSSortDescriptor *> *)sortDescriptors",
        "- (void)filterUsingPredicate:(NSPredicate *)predicate",
        "- (void)setObject:(id)obj atIndexedSubscript:(NSUInteger)idx",
    ],
)

C(
    "NSDictionary",
    "NSObject",
    "Foundation/NSDictionary.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding", "NSFastEnumeration"],
    c=[
        "+ (instancetype)dictionary",
        "+ (instancetype)dictionaryWithObject:(id)object forKey:(id<NSCopying>)key",
        "+ (instancetype)dictionaryWithObjectsAndKeys:(id)firstObject, ...",
        "+ (instancetype)dictionaryWithDictionary:(NSDictionary *)dict",
        "+ (instancetype)dictionaryWithObjects:(NSArray *)objects forKeys:(NSArray<id<NSCopying>> *)keys",
    ],
    i=[
        "- (instancetype)init",
        "- (instancetype)initWithDictionary:(NSDictionary *)otherDictionary",
        "- (instancetype)initWithObjectsAndKeys:(id)firstObject, ...",
        "- (instancetype)initWithObjects:(NSArray *)objects forKeys:(NSArray<id<NSCopying>> *)keys",
        "- (nullable id)objectForKey:(id)aKey",
        "- (nullable id)objectForKeyedSubscript:(id)key",
        "- (nullable id)valueForKey:(NSString *)key",
        "- (NSEnumerator *)keyEnumerator",
        "- (NSEnumerator *)objectEnumerator",
        "- (NSArray *)allKeysForObject:(id)anObject",
        "- (BOOL)isEqualToDictionary:(NSDictionary *)otherDictionary",
        "- (NSArray *)objectsForKeys:(NSArray *)keys notFoundMarker:(id)marker",
        "- (NSArray *)keysSortedByValueUsingSelector:(SEL)comparator",
        "- (void)enumerateKeysAndObjectsUsingBlock:(void (NS_NOESCAPE ^)(id key, id obj, BOOL *stop))block",
        "- (NSSet *)keysOfEntriesPassingTest:(BOOL (NS_NOESCAPE ^)(id key, id obj, BOOL *stop))predicate",
    ],
    p=[
        "@property (readonly) NSUInteger count",
        "@property (readonly, copy) NSArray *allKeys",
        "@property (readonly, copy) NSArray *allValues",
    ],
)

C(
    "NSMutableDictionary",
    "NSDictionary",
    "Foundation/NSDictionary.h",
    c=["+ (instancetype)dictionaryWithCapacity:(NSUInteger)numItems"],
    i=[
        "- (instancetype)initWithCapacity:(NSUInteger)numItems",
        "- (void)removeObjectForKey:(id)aKey",
        "- (void)setObject:(id)anObject forKey:(id<NSCopying>)aKey",
        "- (void)setObject:(nullable id)obj forKeyedSubscript:(id<NSCopying>)key",
        "- (void)setValue:(nullable id)value forKey:(NSString *)key",
        "- (void)addEntriesFromDictionary:(NSDictionary *)otherDictionary",
        "- (void)removeAllObjects",
        "- (void)removeObjectsForKeys:(NSArray *)keyArray",
        "- (void)setDictionary:(NSDictionary *)otherDictionary",
    ],
)

C(
    "NSSet",
    "NSObject",
    "Foundation/NSSet.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding", "NSFastEnumeration"],
    c=[
        "+ (instancetype)set",
        "+ (instancetype)setWithObject:(id)object",
        "+ (instancetype)setWithObjects:(id)firstObj, ...",
        "+ (instancetype)setWithArray:(NSArray *)array",
        "+ (instancetype)setWithSet:(NSSet *)set",
    ],
    i=[
        "- (instancetype)init",
        "- (instancetype)initWithArray:(NSArray *)array",
        "- (instancetype)initWithSet:(NSSet *)set",
        "- (nullable id)member:(id)object",
        "- (NSEnumerator *)objectEnumerator",
        "- (nullable id)anyObject",
        "- (BOOL)containsObject:(id)anObject",
        "- (BOOL)intersectsSet:(NSSet *)otherSet",
        "- (BOOL)isEqualToSet:(NSSet *)otherSet",
        "- (BOOL)isSubsetOfSet:(NSSet *)otherSet",
        "- (NSSet *)setByAddingObject:(id)anObject",
        "- (NSSet *)setByAddingObjectsFromSet:(NSSet *)other",
        "- (NSSet *)setByAddingObjectsFromArray:(NSArray *)other",
        "- (void)makeObjectsPerformSelector:(SEL)aSelector",
        "- (void)enumerateObjectsUsingBlock:(void (NS_NOESCAPE ^)(id obj, BOOL *stop))block",
        "- (NSSet *)objectsPassingTest:(BOOL (NS_NOESCAPE ^)(id obj, BOOL *stop))predicate",
    ],
    p=["@property (readonly) NSUInteger count", "@property (readonly, copy) NSArray *allObjects"],
)

C(
    "NSMutableSet",
    "NSSet",
    "Foundation/NSSet.h",
    c=["+ (instancetype)setWithCapacity:(NSUInteger)numItems"],
    i=[
        "- (instancetype)initWithCapacity:(NSUInteger)numItems",
        "- (void)addObject:(id)object",
        "- (void)removeObject:(id)object",
        "- (void)addObjectsFromArray:(NSArray *)array",
        "- (void)intersectSet:(NSSet *)otherSet",
        "- (void)minusSet:(NSSet *)otherSet",
        "- (void)removeAllObjects",
        "- (void)unionSet:(NSSet *)otherSet",
        "- (void)setSet:(NSSet *)otherSet",
    ],
)

C(
    "NSData",
    "NSObject",
    "Foundation/NSData.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)data",
        "+ (instancetype)dataWithBytes:(nullable const void *)bytes length:(NSUInteger)length",
        "+ (instancetype)dataWithBytesNoCopy:(void *)bytes length:(NSUInteger)length",
        "+ (nullable instancetype)dataWithContentsOfFile:(NSString *)path",
        "+ (nullable instancetype)dataWithContentsOfURL:(NSURL *)url",
        "+ (nullable instancetype)dataWithContentsOfFile:(NSString *)path options:(NSDataReadingOptions)readOptionsMask error:(NSError **)errorPtr",
        "+ (nullable instancetype)dataWithContentsOfURL:(NSURL *)url options:(NSDataReadingOptions)readOptionsMask error:(NSError **)errorPtr",
        "+ (instancetype)dataWithData:(NSData *)data",
    ],
    i=[
        "- (instancetype)initWithBytes:(nullable const void *)bytes length:(NSUInteger)length",
        "- (instancetype)initWithData:(NSData *)data",
        "- (nullable instancetype)initWithContentsOfFile:(NSString *)path",
        "- (nullable instancetype)initWithContentsOfURL:(NSURL *)url",
        "- (nullable instancetype)initWithBase64EncodedString:(NSString *)base64String options:(NSDataBase64DecodingOptions)options",
        "- (nullable instancetype)initWithBase64EncodedData:(NSData *)base64Data options:(NSDataBase64DecodingOptions)options",
        "- (NSString *)base64EncodedStringWithOptions:(NSDataBase64EncodingOptions)options",
        "- (NSData *)base64EncodedDataWithOptions:(NSDataBase64EncodingOptions)options",
        "- (void)getBytes:(void *)buffer length:(NSUInteger)length",
        "- (void)getBytes:(void *)buffer range:(NSRange)range",
        "- (BOOL)isEqualToData:(NSData *)other",
        "- (NSData *)subdataWithRange:(NSRange)range",
        "- (BOOL)writeToFile:(NSString *)path atomically:(BOOL)useAuxiliaryFile",
        "- (BOOL)writeToURL:(NSURL *)url atomically:(BOOL)atomically",
        "- (BOOL)writeToFile:(NSString *)path options:(NSDataWritingOptions)writeOptionsMask error:(NSError **)errorPtr",
        "- (BOOL)writeToURL:(NSURL *)url options:(NSDataWritingOptions)writeOptionsMask error:(NSError **)errorPtr",
        "- (NSRange)rangeOfData:(NSData *)dataToFind options:(NSDataSearchOptions)mask range:(NSRange)searchRange",
    ],
    p=["@property (readonly) NSUInteger length", "@property (readonly) const void *bytes"],
)

C(
    "NSDate",
    "NSObject",
    "Foundation/NSDate.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)date",
        "+ (instancetype)dateWithTimeIntervalSinceNow:(NSTimeInterval)secs",
        "+ (instancetype)dateWithTimeIntervalSinceReferenceDate:(NSTimeInterval)ti",
        "+ (instancetype)dateWithTimeIntervalSince1970:(NSTimeInterval)secs",
        "+ (instancetype)dateWithTimeInterval:(NSTimeInterval)secsToBeAdded sinceDate:(NSDate *)date",
    ],
    i=[
        "- (instancetype)init",
        "- (instancetype)initWithTimeIntervalSinceReferenceDate:(NSTimeInterval)ti",
        "- (instancetype)initWithTimeIntervalSinceNow:(NSTimeInterval)secs",
        "- (instancetype)initWithTimeIntervalSince1970:(NSTimeInterval)secs",
        "- (instancetype)initWithTimeInterval:(NSTimeInterval)secsToBeAdded sinceDate:(NSDate *)date",
        "- (NSTimeInterval)timeIntervalSinceDate:(NSDate *)anotherDate",
        "- (instancetype)dateByAddingTimeInterval:(NSTimeInterval)ti",
        "- (NSDate *)earlierDate:(NSDate *)anotherDate",
        "- (NSDate *)laterDate:(NSDate *)anotherDate",
        "- (NSComparisonResult)compare:(NSDate *)other",
        "- (BOOL)isEqualToDate:(NSDate *)otherDate",
        "- (NSString *)descriptionWithLocale:(nullable id)locale",
    ],
    p=[
        "@property (readonly) NSTimeInterval timeIntervalSinceReferenceDate",
        "@property (readonly) NSTimeInterval timeIntervalSinceNow",
        "@property (readonly) NSTimeInterval timeIntervalSince1970",
        "@property (class, readonly, copy) NSDate *distantFuture",
        "@property (class, readonly, copy) NSDate *distantPast",
        "@property (class, readonly, copy) NSDate *now",
    ],
)

C(
    "NSFormatter",
    "NSObject",
    "Foundation/NSFormatter.h",
    protocols=["NSCopying", "NSCoding"],
    i=[
        "- (nullable NSString *)stringForObjectValue:(nullable id)obj",
        "- (nullable NSAttributedString *)attributedStringForObjectValue:(id)obj withDefaultAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attrs",
        "- (nullable NSString *)editingStringForObjectValue:(id)obj",
        "- (BOOL)getObjectValue:(out id _Nullable * _Nullable)obj forString:(NSString *)string errorDescription:(out NSString * _Nullable * _Nullable)error",
    ],
)

C(
    "NSDateFormatter",
    "NSFormatter",
    "Foundation/NSDateFormatter.h",
    c=[
        "+ (NSString *)localizedStringFromDate:(NSDate *)date dateStyle:(NSDateFormatterStyle)dstyle timeStyle:(NSDateFormatterStyle)tstyle",
        "+ (nullable NSString *)dateFormatFromTemplate:(NSString *)tmplate options:(NSUInteger)opts locale:(nullable NSLocale *)locale",
    ],
    i=[
        "- (NSString *)stringFromDate:(NSDate *)date",
        "- (nullable NSDate *)dateFromString:(NSString *)string",
        "- (void)setLocalizedDateFormatFromTemplate:(NSString *)dateFormatTemplate",
    ],
    p=[
        "@property (null_resettable, copy) NSString *dateFormat",
        "@property NSDateFormatterStyle dateStyle",
        "@property NSDateFormatterStyle timeStyle",
        "@property (null_resettable, copy) NSLocale *locale",
        "@property (null_resettable, copy) NSTimeZone *timeZone",
        "@property (null_resettable, copy) NSCalendar *calendar",
        "@property (getter=isLenient) BOOL lenient",
        "@property BOOL doesRelativeDateFormatting",
        "@property NSFormattingContext formattingContext",
        "@property (null_resettable, copy) NSString *AMSymbol",
        "@property (null_resettable, copy) NSString *PMSymbol",
    ],
)

C(
    "NSNumberFormatter",
    "NSFormatter",
    "Foundation/NSNumberFormatter.h",
    c=["+ (NSString *)localizedStringFromNumber:(NSNumber *)num numberStyle:(NSNumberFormatterStyle)nstyle"],
    i=[
        "- (nullable NSString *)stringFromNumber:(NSNumber *)number",
        "- (nullable NSNumber *)numberFromString:(NSString *)string",
    ],
    p=[
        "@property NSNumberFormatterStyle numberStyle",
        "@property (null_resettable, copy) NSLocale *locale",
        "@property BOOL generatesDecimalNumbers",
        "@property BOOL allowsFloats",
        "@property NSUInteger minimumIntegerDigits",
        "@property NSUInteger maximumIntegerDigits",
        "@property NSUInteger minimumFractionDigits",
        "@property NSUInteger maximumFractionDigits",
        "@property BOOL usesSignificantDigits",
        "@property NSUInteger minimumSignificantDigits",
        "@property NSUInteger maximumSignificantDigits",
        "@property NSNumberFormatterRoundingMode roundingMode",
        "@property (null_resettable, copy) NSString *positivePrefix",
        "@property (null_resettable, copy) NSString *positiveSuffix",
        "@property (null_resettable, copy) NSString *negativePrefix",
        "@property (null_resettable, copy) NSString *negativeSuffix",
        "@property (null_resettable, copy) NSString *decimalSeparator",
        "@property (null_resettable, copy) NSString *groupingSeparator",
        "@property BOOL usesGroupingSeparator",
        "@property NSUInteger groupingSize",
        "@property (null_resettable, copy) NSString *currencySymbol",
        "@property (null_resettable, copy) NSString *currencyCode",
        "@property (nullable, copy) NSNumber *multiplier",
        "@property (nullable, copy) NSNumber *minimum",
        "@property (nullable, copy) NSNumber *maximum",
    ],
)

C(
    "NSURL",
    "NSObject",
    "Foundation/NSURL.h",
    protocols=["NSSecureCoding", "NSCopying"],
    c=[
        "+ (nullable instancetype)URLWithString:(NSString *)URLString",
        "+ (nullable instancetype)URLWithString:(NSString *)URLString relativeToURL:(nullable NSURL *)baseURL",
        "+ (NSURL *)fileURLWithPath:(NSString *)path",
        "+ (NSURL *)fileURLWithPath:(NSString *)path isDirectory:(BOOL)isDir",
    ],
    i=[
        "- (nullable instancetype)initWithString:(NSString *)URLString",
        "- (nullable instancetype)initWithString:(NSString *)URLString relativeToURL:(nullable NSURL *)baseURL",
        "- (instancetype)initFileURLWithPath:(NSString *)path",
        "- (instancetype)initFileURLWithPath:(NSString *)path isDirectory:(BOOL)isDir",
        "- (nullable NSURL *)URLByAppendingPathComponent:(NSString *)pathComponent",
        "- (nullable NSURL *)URLByAppendingPathComponent:(NSString *)pathComponent isDirectory:(BOOL)isDirectory",
        "- (nullable NSURL *)URLByAppendingPathExtension:(NSString *)pathExtension",
        "- (BOOL)checkResourceIsReachableAndReturnError:(NSError **)error",
        "- (BOOL)getResourceValue:(out id _Nullable * _Nonnull)value forKey:(NSURLResourceKey)key error:(out NSError **)error",
        "- (BOOL)isFileReferenceURL",
    ],
    p=[
        "@property (nullable, readonly, copy) NSString *absoluteString",
        "@property (readonly, copy) NSString *relativeString",
        "@property (nullable, readonly, copy) NSURL *baseURL",
        "@property (nullable, readonly, copy) NSURL *absoluteURL",
        "@property (nullable, readonly, copy) NSString *scheme",
        "@property (nullable, readonly, copy) NSString *resourceSpecifier",
        "@property (nullable, readonly, copy) NSString *host",
        "@property (nullable, readonly, copy) NSNumber *port",
        "@property (nullable, readonly, copy) NSString *user",
        "@property (nullable, readonly, copy) NSString *password",
        "@property (nullable, readonly, copy) NSString *path",
        "@property (nullable, readonly, copy) NSString *fragment",
        "@property (nullable, readonly, copy) NSString *query",
        "@property (nullable, readonly, copy) NSString *relativePath",
        "@property (readonly, getter=isFileURL) BOOL fileURL",
        "@property (nullable, readonly, copy) NSArray<NSString *> *pathComponents",
        "@property (nullable, readonly, copy) NSString *lastPathComponent",
        "@property (nullable, readonly, copy) NSString *pathExtension",
        "@property (nullable, readonly, copy) NSURL *URLByDeletingLastPathComponent",
        "@property (nullable, readonly, copy) NSURL *URLByDeletingPathExtension",
        "@property (nullable, readonly, copy) NSURL *standardizedURL",
    ],
)

C(
    "NSURLRequest",
    "NSObject",
    "Foundation/NSURLRequest.h",
    protocols=["NSSecureCoding", "NSCopying", "NSMutableCopying"],
    c=[
        "+ (instancetype)requestWithURL:(NSURL *)URL",
        "+ (instancetype)requestWithURL:(NSURL *)URL cachePolicy:(NSURLRequestCachePolicy)cachePolicy timeoutInterval:(NSTimeInterval)timeoutInterval",
    ],
    i=[
        "- (instancetype)initWithURL:(NSURL *)URL",
        "- (instancetype)initWithURL:(NSURL *)URL cachePolicy:(NSURLRequestCachePolicy)cachePolicy timeoutInterval:(NSTimeInterval)timeoutInterval",
        "- (nullable NSString *)valueForHTTPHeaderField:(NSString *)field",
    ],
    p=[
        "@property (nullable, readonly, copy) NSURL *URL",
        "@property (readonly) NSURLRequestCachePolicy cachePolicy",
        "@property (readonly) NSTimeInterval timeoutInterval",
        "@property (nullable, readonly, copy) NSURL *mainDocumentURL",
        "@property (readonly) NSURLRequestNetworkServiceType networkServiceType",
        "@property (readonly) BOOL allowsCellularAccess",
        "@property (nullable, readonly, copy) NSString *HTTPMethod",
        "@property (nullable, readonly, copy) NSDictionary<NSString *, NSString *> *allHTTPHeaderFields",
        "@property (nullable, readonly, copy) NSData *HTTPBody",
        "@property (nullable, readonly, retain) NSInputStream *HTTPBodyStream",
        "@property (readonly) BOOL HTTPShouldHandleCookies",
    ],
)

C(
    "NSMutableURLRequest",
    "NSURLRequest",
    "Foundation/NSURLRequest.h",
    i=[
        "- (void)setValue:(nullable NSString *)value forHTTPHeaderField:(NSString *)field",
        "- (void)addValue:(NSString *)value forHTTPHeaderField:(NSString *)field",
    ],
    p=[
        "@property (nullable, copy) NSURL *URL",
        "@property NSURLRequestCachePolicy cachePolicy",
        "@property NSTimeInterval timeoutInterval",
        "@property (nullable, copy) NSURL *mainDocumentURL",
        "@property NSURLRequestNetworkServiceType networkServiceType",
        "@property BOOL allowsCellularAccess",
        "@property (copy) NSString *HTTPMethod",
        "@property (nullable, copy) NSDictionary<NSString *, NSString *> *allHTTPHeaderFields",
        "@property (nullable, copy) NSData *HTTPBody",
        "@property (nullable, retain) NSInputStream *HTTPBodyStream",
        "@property BOOL HTTPShouldHandleCookies",
    ],
)

C(
    "NSURLResponse",
    "NSObject",
    "Foundation/NSURLResponse.h",
    protocols=["NSSecureCoding", "NSCopying"],
    i=[
        "- (instancetype)initWithURL:(NSURL *)URL MIMEType:(nullable NSString *)MIMEType expectedContentLength:(NSInteger)length textEncodingName:(nullable NSString *)name"
    ],
    p=[
        "@property (nullable, readonly, copy) NSURL *URL",
        "@property (nullable, readonly, copy) NSString *MIMEType",
        "@property (readonly) long long expectedContentLength",
        "@property (nullable, readonly, copy) NSString *textEncodingName",
        "@property (nullable, readonly, copy) NSString *suggestedFilename",
    ],
)

C(
    "NSHTTPURLResponse",
    "NSURLResponse",
    "Foundation/NSURLResponse.h",
    c=["+ (NSString *)localizedStringForStatusCode:(NSInteger)statusCode"],
    i=[
        "- (nullable instancetype)initWithURL:(NSURL *)url statusCode:(NSInteger)statusCode HTTPVersion:(nullable NSString *)HTTPVersion headerFields:(nullable NSDictionary<NSString *, NSString *> *)headerFields",
        "- (nullable NSString *)valueForHTTPHeaderField:(NSString *)field",
    ],
    p=["@property (readonly) NSInteger statusCode", "@property (readonly, copy) NSDictionary *allHeaderFields"],
)

C(
    "NSURLSession",
    "NSObject",
    "Foundation/NSURLSession.h",
    c=[
        "+ (NSURLSession *)sessionWithConfiguration:(NSURLSessionConfiguration *)configuration",
        "+ (NSURLSession *)sessionWithConfiguration:(NSURLSessionConfiguration *)configuration delegate:(nullable id<NSURLSessionDelegate>)delegate delegateQueue:(nullable NSOperationQueue *)queue",
    ],
    i=[
        "- (void)finishTasksAndInvalidate",
        "- (void)invalidateAndCancel",
        "- (void)resetWithCompletionHandler:(void (^)(void))completionHandler",
        "- (void)flushWithCompletionHandler:(void (^)(void))completionHandler",
        "- (void)getTasksWithCompletionHandler:(void (^)(NSArray<NSURLSessionDataTask *> *dataTasks, NSArray<NSURLSessionUploadTask *> *uploadTasks, NSArray<NSURLSessionDownloadTask *> *downloadTasks))completionHandler",
        "- (void)getAllTasksWithCompletionHandler:(void (^)(NSArray<__kindof NSURLSessionTask *> *tasks))completionHandler",
        "- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request",
        "- (NSURLSessionDataTask *)dataTaskWithURL:(NSURL *)url",
        "- (NSURLSessionUploadTask *)uploadTaskWithRequest:(NSURLRequest *)request fromFile:(NSURL *)fileURL",
        "- (NSURLSessionUploadTask *)uploadTaskWithRequest:(NSURLRequest *)request fromData:(NSData *)bodyData",
        "- (NSURLSessionDownloadTask *)downloadTaskWithRequest:(NSURLRequest *)request",
        "- (NSURLSessionDownloadTask *)downloadTaskWithURL:(NSURL *)url",
        "- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request completionHandler:(void (^)(NSData * _Nullable data, NSURLResponse * _Nullable response, NSError * _Nullable error))completionHandler",
        "- (NSURLSessionDataTask *)dataTaskWithURL:(NSURL *)url completionHandler:(void (^)(NSData * _Nullable data, NSURLResponse * _Nullable response, NSError * _Nullable error))completionHandler",
        "- (NSURLSessionUploadTask *)uploadTaskWithRequest:(NSURLRequest *)request fromData:(nullable NSData *)bodyData completionHandler:(void (^)(NSData * _Nullable data, NSURLResponse * _Nullable response, NSError * _Nullable error))completionHandler",
        "- (NSURLSessionDownloadTask *)downloadTaskWithRequest:(NSURLRequest *)request completionHandler:(void (^)(NSURL * _Nullable location, NSURLResponse * _Nullable response, NSError * _Nullable error))completionHandler",
        "- (NSURLSessionDownloadTask *)downloadTaskWithURL:(NSURL *)url completionHandler:(void (^)(NSURL * _Nullable location, NSURLResponse * _Nullable response, NSError * _Nullable error))completionHandler",
    ],
    p=[
        "@property (class, readonly, strong) NSURLSession *sharedSession",
        "@property (readonly, retain) NSOperationQueue *delegateQueue",
        "@property (nullable, readonly, retain) id<NSURLSessionDelegate> delegate",
        "@property (readonly, copy) NSURLSessionConfiguration *configuration",
        "@property (nullable, copy) NSString *sessionDescription",
    ],
)

C(
    "NSURLSessionTask",
    "NSObject",
    "Foundation/NSURLSession.h",
    protocols=["NSCopying", "NSProgressReporting"],
    i=["- (void)cancel", "- (void)suspend", "- (void)resume"],
    p=[
        "@property (readonly) NSUInteger taskIdentifier",
        "@property (nullable, readonly, copy) NSURLRequest *originalRequest",
        "@property (nullable, readonly, copy) NSURLRequest *currentRequest",
        "@property (nullable, readonly, copy) NSURLResponse *response",
        "@property (nullable, retain) id<NSURLSessionTaskDelegate> delegate",
        "@property (readonly, strong) NSProgress *progress",
        "@property (readonly) int64_t countOfBytesReceived",
        "@property (readonly) int64_t countOfBytesSent",
        "@property (readonly) int64_t countOfBytesExpectedToSend",
        "@property (readonly) int64_t countOfBytesExpectedToReceive",
        "@property (nullable, copy) NSString *taskDescription",
        "@property (readonly) NSURLSessionTaskState state",
        "@property (nullable, readonly, copy) NSError *error",
        "@property float priority",
    ],
)
C("NSURLSessionDataTask", "NSURLSessionTask", "Foundation/NSURLSession.h")
C("NSURLSessionUploadTask", "NSURLSessionDataTask", "Foundation/NSURLSession.h")
C(
    "NSURLSessionDownloadTask",
    "NSURLSessionTask",
    "Foundation/NSURLSession.h",
    i=["- (void)cancelByProducingResumeData:(void (^)(NSData * _Nullable resumeData))completionHandler"],
)

C(
    "NSError",
    "NSObject",
    "Foundation/NSError.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)errorWithDomain:(NSErrorDomain)domain code:(NSInteger)code userInfo:(nullable NSDictionary<NSErrorUserInfoKey, id> *)dict"
    ],
    i=[
        "- (instancetype)initWithDomain:(NSErrorDomain)domain code:(NSInteger)code userInfo:(nullable NSDictionary<NSErrorUserInfoKey, id> *)dict"
    ],
    p=[
        "@property (readonly, copy) NSErrorDomain domain",
        "@property (readonly) NSInteger code",
        "@property (readonly, copy) NSDictionary<NSErrorUserInfoKey, id> *userInfo",
        "@property (readonly, copy) NSString *localizedDescription",
        "@property (nullable, readonly, copy) NSString *localizedFailureReason",
        "@property (nullable, readonly, copy) NSString *localizedRecoverySuggestion",
        "@property (nullable, readonly, copy) NSArray<NSString *> *localizedRecoveryOptions",
        "@property (readonly, copy) NSArray<NSError *> *underlyingErrors",
    ],
)

C(
    "NSNotification",
    "NSObject",
    "Foundation/NSNotification.h",
    protocols=["NSCopying", "NSCoding"],
    c=[
        "+ (instancetype)notificationWithName:(NSNotificationName)aName object:(nullable id)anObject",
        "+ (instancetype)notificationWithName:(NSNotificationName)aName object:(nullable id)anObject userInfo:(nullable NSDictionary *)aUserInfo",
    ],
    i=[
        "- (instancetype)initWithName:(NSNotificationName)name object:(nullable id)object userInfo:(nullable NSDictionary *)userInfo"
    ],
    p=[
        "@property (readonly, copy) NSNotificationName name",
        "@property (nullable, readonly, retain) id object",
        "@property (nullable, readonly, copy) NSDictionary *userInfo",
    ],
)

C(
    "NSNotificationCenter",
    "NSObject",
    "Foundation/NSNotification.h",
    i=[
        "- (void)addObserver:(id)observer selector:(SEL)aSelector name:(nullable NSNotificationName)aName object:(nullable id)anObject",
        "- (void)postNotification:(NSNotification *)notification",
        "- (void)postNotificationName:(NSNotificationName)aName object:(nullable id)anObject",
        "- (void)postNotificationName:(NSNotificationName)aName object:(nullable id)anObject userInfo:(nullable NSDictionary *)aUserInfo",
        "- (void)removeObserver:(id)observer",
        "- (void)removeObserver:(id)observer name:(nullable NSNotificationName)aName object:(nullable id)anObject",
        "- (id<NSObject>)addObserverForName:(nullable NSNotificationName)name object:(nullable id)obj queue:(nullable NSOperationQueue *)queue usingBlock:(void (NS_SWIFT_SENDABLE ^)(NSNotification *notification))block",
    ],
    p=["@property (class, readonly, strong) NSNotificationCenter *defaultCenter"],
)

C(
    "NSUserDefaults",
    "NSObject",
    "Foundation/NSUserDefaults.h",
    c=["+ (void)resetStandardUserDefaults"],
    i=[
        "- (instancetype)init",
        "- (nullable instancetype)initWithSuiteName:(nullable NSString *)suitename",
        "- (nullable id)objectForKey:(NSString *)defaultName",
        "- (void)setObject:(nullable id)value forKey:(NSString *)defaultName",
        "- (void)removeObjectForKey:(NSString *)defaultName",
        "- (nullable NSString *)stringForKey:(NSString *)defaultName",
        "- (nullable NSArray *)arrayForKey:(NSString *)defaultName",
        "- (nullable NSDictionary<NSString *, id> *)dictionaryForKey:(NSString *)defaultName",
        "- (nullable NSData *)dataForKey:(NSString *)defaultName",
        "- (nullable NSArray<NSString *> *)stringArrayForKey:(NSString *)defaultName",
        "- (NSInteger)integerForKey:(NSString *)defaultName",
        "- (float)floatForKey:(NSString *)defaultName",
        "- (double)doubleForKey:(NSString *)defaultName",
        "- (BOOL)boolForKey:(NSString *)defaultName",
        "- (nullable NSURL *)URLForKey:(NSString *)defaultName",
        "- (void)setInteger:(NSInteger)value forKey:(NSString *)defaultName",
        "- (void)setFloat:(float)value forKey:(NSString *)defaultName",
        "- (void)setDouble:(double)value forKey:(NSString *)defaultName",
        "- (void)setBool:(BOOL)value forKey:(NSString *)defaultName",
        "- (void)setURL:(nullable NSURL *)url forKey:(NSString *)defaultName",
        "- (void)registerDefaults:(NSDictionary<NSString *, id> *)registrationDictionary",
        "- (void)addSuiteNamed:(NSString *)suiteName",
        "- (void)removeSuiteNamed:(NSString *)suiteName",
        "- (NSDictionary<NSString *, id> *)dictionaryRepresentation",
        "- (void)removePersistentDomainForName:(NSString *)domainName",
        "- (BOOL)synchronize",
    ],
    p=["@property (class, readonly, strong) NSUserDefaults *standardUserDefaults"],
)

C(
    "NSBundle",
    "NSObject",
    "Foundation/NSBundle.h",
    c=[
        "+ (nullable instancetype)bundleWithPath:(NSString *)path",
        "+ (nullable instancetype)bundleWithURL:(NSURL *)url",
        "+ (NSBundle *)bundleForClass:(Class)aClass",
        "+ (nullable NSBundle *)bundleWithIdentifier:(NSString *)identifier",
    ],
    i=[
        "- (nullable instancetype)initWithPath:(NSString *)path",
        "- (nullable instancetype)initWithURL:(NSURL *)url",
        "- (BOOL)load",
        "- (BOOL)unload",
        "- (nullable NSURL *)URLForResource:(nullable NSString *)name withExtension:(nullable NSString *)ext",
        "- (nullable NSURL *)URLForResource:(nullable NSString *)name withExtension:(nullable NSString *)ext subdirectory:(nullable NSString *)subpath",
        "- (nullable NSString *)pathForResource:(nullable NSString *)name ofType:(nullable NSString *)ext",
        "- (nullable NSString *)pathForResource:(nullable NSString *)name ofType:(nullable NSString *)ext inDirectory:(nullable NSString *)subpath",
        "- (NSArray<NSString *> *)pathsForResourcesOfType:(nullable NSString *)ext inDirectory:(nullable NSString *)subpath",
        "- (NSString *)localizedStringForKey:(NSString *)key value:(nullable NSString *)value table:(nullable NSString *)tableName",
        "- (nullable id)objectForInfoDictionaryKey:(NSString *)key",
        "- (nullable Class)classNamed:(NSString *)className",
        "- (nullable NSArray *)loadNibNamed:(NSString *)name owner:(nullable id)owner options:(nullable NSDictionary<UINibOptionsKey, id> *)options",
    ],
    p=[
        "@property (class, readonly, strong) NSBundle *mainBundle",
        "@property (class, readonly, copy) NSArray<NSBundle *> *allBundles",
        "@property (readonly, getter=isLoaded) BOOL loaded",
        "@property (readonly, copy) NSURL *bundleURL",
        "@property (nullable, readonly, copy) NSURL *resourceURL",
        "@property (nullable, readonly, copy) NSURL *executableURL",
        "@property (readonly, copy) NSString *bundlePath",
        "@property (nullable, readonly, copy) NSString *resourcePath",
        "@property (nullable, readonly, copy) NSString *executablePath",
        "@property (nullable, readonly, copy) NSString *bundleIdentifier",
        "@property (nullable, readonly, copy) NSDictionary<NSString *, id> *infoDictionary",
        "@property (nullable, readonly, copy) NSDictionary<NSString *, id> *localizedInfoDictionary",
        "@property (nullable, readonly) Class principalClass",
        "@property (readonly, copy) NSArray<NSString *> *localizations",
        "@property (readonly, copy) NSArray<NSString *> *preferredLocalizations",
    ],
)

C(
    "NSTimer",
    "NSObject",
    "Foundation/NSTimer.h",
    c=[
        "+ (NSTimer *)timerWithTimeInterval:(NSTimeInterval)ti invocation:(NSInvocation *)invocation repeats:(BOOL)yesOrNo",
        "+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)ti invocation:(NSInvocation *)invocation repeats:(BOOL)yesOrNo",
        "+ (NSTimer *)timerWithTimeInterval:(NSTimeInterval)ti target:(id)aTarget selector:(SEL)aSelector userInfo:(nullable id)userInfo repeats:(BOOL)yesOrNo",
        "+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)ti target:(id)aTarget selector:(SEL)aSelector userInfo:(nullable id)userInfo repeats:(BOOL)yesOrNo",
        "+ (NSTimer *)timerWithTimeInterval:(NSTimeInterval)interval repeats:(BOOL)repeats block:(void (NS_SWIFT_SENDABLE ^)(NSTimer *timer))block",
        "+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)interval repeats:(BOOL)repeats block:(void (NS_SWIFT_SENDABLE ^)(NSTimer *timer))block",
    ],
    i=[
        "- (instancetype)initWithFireDate:(NSDate *)date interval:(NSTimeInterval)interval repeats:(BOOL)repeats block:(void (NS_SWIFT_SENDABLE ^)(NSTimer *timer))block",
        "- (instancetype)initWithFireDate:(NSDate *)date interval:(NSTimeInterval)ti target:(id)t selector:(SEL)s userInfo:(nullable id)ui repeats:(BOOL)rep",
        "- (void)fire",
        "- (void)invalidate",
    ],
    p=[
        "@property (copy) NSDate *fireDate",
        "@property (readonly) NSTimeInterval timeInterval",
        "@property NSTimeInterval tolerance",
        "@property (readonly, getter=isValid) BOOL valid",
        "@property (nullable, readonly, retain) id userInfo",
    ],
)

C(
    "NSRunLoop",
    "NSObject",
    "Foundation/NSRunLoop.h",
    i=[
        "- (void)addTimer:(NSTimer *)timer forMode:(NSRunLoopMode)mode",
        "- (void)addPort:(NSPort *)aPort forMode:(NSRunLoopMode)mode",
        "- (void)removePort:(NSPort *)aPort forMode:(NSRunLoopMode)mode",
        "- (nullable NSDate *)limitDateForMode:(NSRunLoopMode)mode",
        "- (void)acceptInputForMode:(NSRunLoopMode)mode beforeDate:(NSDate *)limitDate",
        "- (void)run",
        "- (void)runUntilDate:(NSDate *)limitDate",
        "- (BOOL)runMode:(NSRunLoopMode)mode beforeDate:(NSDate *)limitDate",
        "- (void)performBlock:(void (NS_SWIFT_SENDABLE ^)(void))block",
        "- (void)performInModes:(NSArray<NSRunLoopMode> *)modes block:(void (NS_SWIFT_SENDABLE ^)(void))block",
        "- (void)performSelector:(SEL)aSelector target:(id)target argument:(nullable id)arg order:(NSUInteger)order modes:(NSArray<NSRunLoopMode> *)modes",
        "- (void)cancelPerformSelector:(SEL)aSelector target:(id)target argument:(nullable id)arg",
        "- (void)cancelPerformSelectorsWithTarget:(id)target",
    ],
    p=[
        "@property (class, readonly, strong) NSRunLoop *currentRunLoop",
        "@property (class, readonly, strong) NSRunLoop *mainRunLoop",
        "@property (nullable, readonly, copy) NSRunLoopMode currentMode",
    ],
)

C(
    "NSThread",
    "NSObject",
    "Foundation/NSThread.h",
    c=[
        "+ (void)detachNewThreadWithBlock:(void (NS_SWIFT_SENDABLE ^)(void))block",
        "+ (void)detachNewThreadSelector:(SEL)selector toTarget:(id)target withObject:(nullable id)argument",
        "+ (BOOL)isMultiThreaded",
        "+ (void)sleepUntilDate:(NSDate *)date",
        "+ (void)sleepForTimeInterval:(NSTimeInterval)ti",
        "+ (void)exit",
        "+ (double)threadPriority",
        "+ (BOOL)setThreadPriority:(double)p",
    ],
    i=[
        "- (instancetype)init",
        "- (instancetype)initWithTarget:(id)target selector:(SEL)selector object:(nullable id)argument",
        "- (instancetype)initWithBlock:(void (NS_SWIFT_SENDABLE ^)(void))block",
        "- (void)cancel",
        "- (void)start",
        "- (void)main",
    ],
    p=[
        "@property (class, readonly, strong) NSThread *currentThread",
        "@property (class, readonly, strong) NSThread *mainThread",
        "@property (class, readonly) BOOL isMainThread",
        "@property (class, readonly, copy) NSArray<NSNumber *> *callStackReturnAddresses",
        "@property (class, readonly, copy) NSArray<NSString *> *callStackSymbols",
        "@property (readonly, retain) NSMutableDictionary *threadDictionary",
        "@property double threadPriority",
        "@property NSQualityOfService qualityOfService",
        "@property (nullable, copy) NSString *name",
        "@property NSUInteger stackSize",
        "@property (readonly) BOOL isMainThread",
        "@property (readonly, getter=isExecuting) BOOL executing",
        "@property (readonly, getter=isFinished) BOOL finished",
        "@property (readonly, getter=isCancelled) BOOL cancelled",
    ],
)

C(
    "NSOperation",
    "NSObject",
    "Foundation/NSOperation.h",
    i=[
        "- (void)start",
        "- (void)main",
        "- (void)cancel",
        "- (void)addDependency:(NSOperation *)op",
        "- (void)removeDependency:(NSOperation *)op",
        "- (void)waitUntilFinished",
    ],
    p=[
        "@property (readonly, getter=isCancelled) BOOL cancelled",
        "@property (readonly, getter=isExecuting) BOOL executing",
        "@property (readonly, getter=isFinished) BOOL finished",
        "@property (readonly, getter=isConcurrent) BOOL concurrent",
        "@property (readonly, getter=isAsynchronous) BOOL asynchronous",
        "@property (readonly, getter=isReady) BOOL ready",
        "@property (readonly, copy) NSArray<NSOperation *> *dependencies",
        "@property NSOperationQueuePriority queuePriority",
        "@property (nullable, copy) void (^completionBlock)(void)",
        "@property NSQualityOfService qualityOfService",
        "@property (nullable, copy) NSString *name",
    ],
)

C(
    "NSBlockOperation",
    "NSOperation",
    "Foundation/NSOperation.h",
    c=["+ (instancetype)blockOperationWithBlock:(void (NS_SWIFT_SENDABLE ^)(void))block"],
    i=["- (void)addExecutionBlock:(void (NS_SWIFT_SENDABLE ^)(void))block"],
)

C(
    "NSOperationQueue",
    "NSObject",
    "Foundation/NSOperation.h",
    protocols=["NSProgressReporting"],
    i=[
        "- (void)addOperation:(NSOperation *)op",
        "- (void)addOperations:(NSArray<NSOperation *> *)ops waitUntilFinished:(BOOL)wait",
        "- (void)addOperationWithBlock:(void (NS_SWIFT_SENDABLE ^)(void))block",
        "- (void)addBarrierBlock:(void (NS_SWIFT_SENDABLE ^)(void))barrier",
        "- (void)cancelAllOperations",
        "- (void)waitUntilAllOperationsAreFinished",
    ],
    p=[
        "@property (class, readonly, strong, nullable) NSOperationQueue *currentQueue",
        "@property (class, readonly, strong) NSOperationQueue *mainQueue",
        "@property (readonly, strong) NSProgress *progress",
        "@property NSInteger maxConcurrentOperationCount",
        "@property (getter=isSuspended) BOOL suspended",
        "@property (nullable, copy) NSString *name",
        "@property NSQualityOfService qualityOfService",
        "@property (nullable, assign) dispatch_queue_t underlyingQueue",
        "@property (readonly, copy) NSArray<__kindof NSOperation *> *operations",
        "@property (readonly) NSUInteger operationCount",
    ],
)

C(
    "NSIndexPath",
    "NSObject",
    "Foundation/NSIndexPath.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)indexPathWithIndex:(NSUInteger)index",
        "+ (instancetype)indexPathForRow:(NSInteger)row inSection:(NSInteger)section",
        "+ (instancetype)indexPathForItem:(NSInteger)item inSection:(NSInteger)section",
    ],
    i=[
        "- (instancetype)initWithIndex:(NSUInteger)index",
        "- (NSIndexPath *)indexPathByAddingIndex:(NSUInteger)index",
        "- (NSIndexPath *)indexPathByRemovingLastIndex",
        "- (NSUInteger)indexAtPosition:(NSUInteger)position",
        "- (NSComparisonResult)compare:(NSIndexPath *)otherObject",
    ],
    p=[
        "@property (readonly) NSUInteger length",
        "@property (nonatomic, readonly) NSInteger section",
        "@property (nonatomic, readonly) NSInteger row",
        "@property (nonatomic, readonly) NSInteger item",
    ],
)

C(
    "NSIndexSet",
    "NSObject",
    "Foundation/NSIndexSet.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)indexSet",
        "+ (instancetype)indexSetWithIndex:(NSUInteger)value",
        "+ (instancetype)indexSetWithIndexesInRange:(NSRange)range",
    ],
    i=[
        "- (instancetype)initWithIndexesInRange:(NSRange)range",
        "- (instancetype)initWithIndexSet:(NSIndexSet *)indexSet",
        "- (instancetype)initWithIndex:(NSUInteger)value",
        "- (BOOL)isEqualToIndexSet:(NSIndexSet *)indexSet",
        "- (NSUInteger)indexGreaterThanIndex:(NSUInteger)value",
        "- (NSUInteger)indexLessThanIndex:(NSUInteger)value",
        "- (NSUInteger)indexGreaterThanOrEqualToIndex:(NSUInteger)value",
        "- (NSUInteger)indexLessThanOrEqualToIndex:(NSUInteger)value",
        "- (BOOL)containsIndex:(NSUInteger)value",
        "- (BOOL)containsIndexesInRange:(NSRange)range",
        "- (BOOL)containsIndexes:(NSIndexSet *)indexSet",
        "- (BOOL)intersectsIndexesInRange:(NSRange)range",
        "- (void)enumerateIndexesUsingBlock:(void (NS_NOESCAPE ^)(NSUInteger idx, BOOL *stop))block",
        "- (void)enumerateRangesUsingBlock:(void (NS_NOESCAPE ^)(NSRange range, BOOL *stop))block",
    ],
    p=[
        "@property (readonly) NSUInteger count",
        "@property (readonly) NSUInteger firstIndex",
        "@property (readonly) NSUInteger lastIndex",
    ],
)

C(
    "NSMutableIndexSet",
    "NSIndexSet",
    "Foundation/NSIndexSet.h",
    i=[
        "- (void)addIndexes:(NSIndexSet *)indexSet",
        "- (void)removeIndexes:(NSIndexSet *)indexSet",
        "- (void)removeAllIndexes",
        "- (void)addIndex:(NSUInteger)value",
        "- (void)removeIndex:(NSUInteger)value",
        "- (void)addIndexesInRange:(NSRange)range",
        "- (void)removeIndexesInRange:(NSRange)range",
        "- (void)shiftIndexesStartingAtIndex:(NSUInteger)index by:(NSInteger)delta",
    ],
)

C(
    "NSJSONSerialization",
    "NSObject",
    "Foundation/NSJSONSerialization.h",
    c=[
        "+ (BOOL)isValidJSONObject:(id)obj",
        "+ (nullable NSData *)dataWithJSONObject:(id)obj options:(NSJSONWritingOptions)opt error:(NSError **)error",
        "+ (nullable id)JSONObjectWithData:(NSData *)data options:(NSJSONReadingOptions)opt error:(NSError **)error",
        "+ (NSInteger)writeJSONObject:(id)obj toStream:(NSOutputStream *)stream options:(NSJSONWritingOptions)opt error:(NSError **)error",
        "+ (nullable id)JSONObjectWithStream:(NSInputStream *)stream options:(NSJSONReadingOptions)opt error:(NSError **)error",
    ],
)

C(
    "NSFileManager",
    "NSObject",
    "Foundation/NSFileManager.h",
    i=[
        "- (nullable NSArray<NSString *> *)contentsOfDirectoryAtPath:(NSString *)path error:(NSError **)error",
        "- (nullable NSArray<NSURL *> *)contentsOfDirectoryAtURL:(NSURL *)url includingPropertiesForKeys:(nullable NSArray<NSURLResourceKey> *)keys options:(NSDirectoryEnumerationOptions)mask error:(NSError **)error",
        "- (NSArray<NSURL *> *)URLsForDirectory:(NSSearchPathDirectory)directory inDomains:(NSSearchPathDomainMask)domainMask",
        "- (nullable NSURL *)URLForDirectory:(NSSearchPathDirectory)directory inDomain:(NSSearchPathDomainMask)domain appropriateForURL:(nullable NSURL *)url create:(BOOL)shouldCreate error:(NSError **)error",
        "- (BOOL)createDirectoryAtURL:(NSURL *)url withIntermediateDirectories:(BOOL)createIntermediates attributes:(nullable NSDictionary<NSFileAttributeKey, id> *)attributes error:(NSError **)error",
        "- (BOOL)createDirectoryAtPath:(NSString *)path withIntermediateDirectories:(BOOL)createIntermediates attributes:(nullable NSDictionary<NSFileAttributeKey, id> *)attributes error:(NSError **)error",
        "- (nullable NSArray<NSString *> *)subpathsOfDirectoryAtPath:(NSString *)path error:(NSError **)error",
        "- (nullable NSDictionary<NSFileAttributeKey, id> *)attributesOfItemAtPath:(NSString *)path error:(NSError **)error",
        "- (nullable NSDictionary<NSFileAttributeKey, id> *)attributesOfFileSystemForPath:(NSString *)path error:(NSError **)error",
        "- (BOOL)copyItemAtPath:(NSString *)srcPath toPath:(NSString *)dstPath error:(NSError **)error",
        "- (BOOL)moveItemAtPath:(NSString *)srcPath toPath:(NSString *)dstPath error:(NSError **)error",
        "- (BOOL)removeItemAtPath:(NSString *)path error:(NSError **)error",
        "- (BOOL)copyItemAtURL:(NSURL *)srcURL toURL:(NSURL *)dstURL error:(NSError **)error",
        "- (BOOL)moveItemAtURL:(NSURL *)srcURL toURL:(NSURL *)dstURL error:(NSError **)error",
        "- (BOOL)removeItemAtURL:(NSURL *)URL error:(NSError **)error",
        "- (BOOL)fileExistsAtPath:(NSString *)path",
        "- (BOOL)fileExistsAtPath:(NSString *)path isDirectory:(nullable BOOL *)isDirectory",
        "- (BOOL)isReadableFileAtPath:(NSString *)path",
        "- (BOOL)isWritableFileAtPath:(NSString *)path",
        "- (BOOL)isDeletableFileAtPath:(NSString *)path",
        "- (nullable NSData *)contentsAtPath:(NSString *)path",
        "- (BOOL)createFileAtPath:(NSString *)path contents:(nullable NSData *)data attributes:(nullable NSDictionary<NSFileAttributeKey, id> *)attr",
        "- (nullable NSDirectoryEnumerator<NSString *> *)enumeratorAtPath:(NSString *)path",
        "- (nullable NSURL *)containerURLForSecurityApplicationGroupIdentifier:(NSString *)groupIdentifier",
    ],
    p=[
        "@property (class, readonly, strong) NSFileManager *defaultManager",
        "@property (nullable, weak) id<NSFileManagerDelegate> delegate",
        "@property (readonly, copy) NSString *currentDirectoryPath",
        "@property (readonly, copy) NSURL *temporaryDirectory",
    ],
)

C(
    "NSProcessInfo",
    "NSObject",
    "Foundation/NSProcessInfo.h",
    i=[
        "- (BOOL)isOperatingSystemAtLeastVersion:(NSOperatingSystemVersion)version",
        "- (id<NSObject>)beginActivityWithOptions:(NSActivityOptions)options reason:(NSString *)reason",
        "- (void)endActivity:(id<NSObject>)activity",
    ],
    p=[
        "@property (class, readonly, strong) NSProcessInfo *processInfo",
        "@property (readonly, copy) NSDictionary<NSString *, NSString *> *environment",
        "@property (readonly, copy) NSArray<NSString *> *arguments",
        "@property (readonly, copy) NSString *hostName",
        "@property (copy) NSString *processName",
        "@property (readonly) int processIdentifier",
        "@property (readonly, copy) NSString *globallyUniqueString",
        "@property (readonly, copy) NSString *operatingSystemVersionString",
        "@property (readonly) NSOperatingSystemVersion operatingSystemVersion",
        "@property (readonly) NSUInteger processorCount",
        "@property (readonly) NSUInteger activeProcessorCount",
        "@property (readonly) unsigned long long physicalMemory",
        "@property (readonly) NSTimeInterval systemUptime",
        "@property (readonly) NSProcessInfoThermalState thermalState",
        "@property (readonly, getter=isLowPowerModeEnabled) BOOL lowPowerModeEnabled",
        "@property (readonly, getter=isMacCatalystApp) BOOL macCatalystApp",
        "@property (readonly, getter=isiOSAppOnMac) BOOL iOSAppOnMac",
    ],
)

C(
    "NSLocale",
    "NSObject",
    "Foundation/NSLocale.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)localeWithLocaleIdentifier:(NSString *)ident",
        "+ (NSLocaleLanguageDirection)characterDirectionForLanguage:(NSString *)isoLangCode",
    ],
    i=[
        "- (instancetype)initWithLocaleIdentifier:(NSString *)string",
        "- (nullable id)objectForKey:(NSLocaleKey)key",
        "- (nullable NSString *)displayNameForKey:(NSLocaleKey)key value:(id)value",
        "- (nullable NSString *)localizedStringForLocaleIdentifier:(NSString *)localeIdentifier",
        "- (nullable NSString *)localizedStringForLanguageCode:(NSString *)languageCode",
        "- (nullable NSString *)localizedStringForCountryCode:(NSString *)countryCode",
    ],
    p=[
        "@property (class, readonly, strong) NSLocale *autoupdatingCurrentLocale",
        "@property (class, readonly, copy) NSLocale *currentLocale",
        "@property (class, readonly, copy) NSLocale *systemLocale",
        "@property (class, readonly, copy) NSArray<NSString *> *availableLocaleIdentifiers",
        "@property (class, readonly, copy) NSArray<NSString *> *ISOLanguageCodes",
        "@property (class, readonly, copy) NSArray<NSString *> *ISOCountryCodes",
        "@property (class, readonly, copy) NSArray<NSString *> *preferredLanguages",
        "@property (readonly, copy) NSString *localeIdentifier",
        "@property (readonly, copy) NSString *languageCode",
        "@property (nullable, readonly, copy) NSString *countryCode",
        "@property (nullable, readonly, copy) NSString *regionCode",
        "@property (nullable, readonly, copy) NSString *scriptCode",
        "@property (nullable, readonly, copy) NSString *currencyCode",
        "@property (nullable, readonly, copy) NSString *currencySymbol",
        "@property (readonly, copy) NSString *decimalSeparator",
        "@property (readonly) BOOL usesMetricSystem",
    ],
)

C(
    "NSCalendar",
    "NSObject",
    "Foundation/NSCalendar.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=["+ (nullable NSCalendar *)calendarWithIdentifier:(NSCalendarIdentifier)calendarIdentifierConstant"],
    i=[
        "- (nullable id)initWithCalendarIdentifier:(NSCalendarIdentifier)ident",
        "- (NSInteger)component:(NSCalendarUnit)unit fromDate:(NSDate *)date",
        "- (NSDateComponents *)components:(NSCalendarUnit)unitFlags fromDate:(NSDate *)date",
        "- (NSDateComponents *)components:(NSCalendarUnit)unitFlags fromDate:(NSDate *)startingDate toDate:(NSDate *)resultDate options:(NSCalendarOptions)opts",
        "- (nullable NSDate *)dateFromComponents:(NSDateComponents *)comps",
        "- (nullable NSDate *)dateByAddingComponents:(NSDateComponents *)comps toDate:(NSDate *)date options:(NSCalendarOptions)opts",
        "- (nullable NSDate *)dateByAddingUnit:(NSCalendarUnit)unit value:(NSInteger)value toDate:(NSDate *)date options:(NSCalendarOptions)options",
        "- (nullable NSDate *)dateBySettingHour:(NSInteger)h minute:(NSInteger)m second:(NSInteger)s ofDate:(NSDate *)date options:(NSCalendarOptions)opts",
        "- (NSDate *)startOfDayForDate:(NSDate *)date",
        "- (BOOL)isDateInToday:(NSDate *)date",
        "- (BOOL)isDateInYesterday:(NSDate *)date",
        "- (BOOL)isDateInTomorrow:(NSDate *)date",
        "- (BOOL)isDateInWeekend:(NSDate *)date",
        "- (BOOL)isDate:(NSDate *)date1 inSameDayAsDate:(NSDate *)date2",
        "- (BOOL)isDate:(NSDate *)date1 equalToDate:(NSDate *)date2 toUnitGranularity:(NSCalendarUnit)unit",
        "- (NSComparisonResult)compareDate:(NSDate *)date1 toDate:(NSDate *)date2 toUnitGranularity:(NSCalendarUnit)unit",
        "- (NSRange)rangeOfUnit:(NSCalendarUnit)smaller inUnit:(NSCalendarUnit)larger forDate:(NSDate *)date",
    ],
    p=[
        "@property (class, readonly, copy) NSCalendar *currentCalendar",
        "@property (class, readonly, strong) NSCalendar *autoupdatingCurrentCalendar",
        "@property (readonly, copy) NSCalendarIdentifier calendarIdentifier",
        "@property (nullable, copy) NSLocale *locale",
        "@property (copy) NSTimeZone *timeZone",
        "@property NSUInteger firstWeekday",
        "@property NSUInteger minimumDaysInFirstWeek",
    ],
)

C(
    "NSDateComponents",
    "NSObject",
    "Foundation/NSCalendar.h",
    protocols=["NSCopying", "NSSecureCoding"],
    i=[
        "- (NSInteger)valueForComponent:(NSCalendarUnit)unit",
        "- (void)setValue:(NSInteger)value forComponent:(NSCalendarUnit)unit",
    ],
    p=[
        "@property (nullable, copy) NSCalendar *calendar",
        "@property (nullable, copy) NSTimeZone *timeZone",
        "@property NSInteger era",
        "@property NSInteger year",
        "@property NSInteger month",
        "@property NSInteger day",
        "@property NSInteger hour",
        "@property NSInteger minute",
        "@property NSInteger second",
        "@property NSInteger nanosecond",
        "@property NSInteger weekday",
        "@property NSInteger weekOfYear",
        "@property (nullable, readonly, copy) NSDate *date",
    ],
)

C(
    "NSUUID",
    "NSObject",
    "Foundation/NSUUID.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=["+ (instancetype)UUID"],
    i=[
        "- (instancetype)init",
        "- (nullable instancetype)initWithUUIDString:(NSString *)string",
        "- (NSComparisonResult)compare:(NSUUID *)otherUUID",
    ],
    p=["@property (readonly, copy) NSString *UUIDString"],
)

C(
    "NSCache",
    "NSObject",
    "Foundation/NSCache.h",
    i=[
        "- (nullable id)objectForKey:(id)key",
        "- (void)setObject:(id)obj forKey:(id)key",
        "- (void)setObject:(id)obj forKey:(id)key cost:(NSUInteger)g",
        "- (void)removeObjectForKey:(id)key",
        "- (void)removeAllObjects",
    ],
    p=[
        "@property (copy) NSString *name",
        "@property (nullable, assign) id<NSCacheDelegate> delegate",
        "@property NSUInteger totalCostLimit",
        "@property NSUInteger countLimit",
        "@property BOOL evictsObjectsWithDiscardedContent",
    ],
)

C(
    "NSCharacterSet",
    "NSObject",
    "Foundation/NSCharacterSet.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding"],
    c=[
        "+ (NSCharacterSet *)characterSetWithCharactersInString:(NSString *)aString",
        "+ (NSCharacterSet *)characterSetWithRange:(NSRange)aRange",
    ],
    i=["- (BOOL)characterIsMember:(unichar)aCharacter", "- (BOOL)isSupersetOfSet:(NSCharacterSet *)theOtherSet"],
    p=[
        "@property (readonly, class, copy) NSCharacterSet *whitespaceCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *whitespaceAndNewlineCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *newlineCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *decimalDigitCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *letterCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *alphanumericCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *punctuationCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *URLQueryAllowedCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *URLPathAllowedCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *URLHostAllowedCharacterSet",
        "@property (readonly, class, copy) NSCharacterSet *URLFragmentAllowedCharacterSet",
        "@property (readonly, copy) NSCharacterSet *invertedSet",
    ],
)

C(
    "NSCoder",
    "NSObject",
    "Foundation/NSCoder.h",
    i=[
        "- (void)encodeValueOfObjCType:(const char *)type at:(const void *)addr",
        "- (void)encodeDataObject:(NSData *)data",
        "- (nullable NSData *)decodeDataObject",
        "- (void)decodeValueOfObjCType:(const char *)type at:(void *)data size:(NSUInteger)size",
        "- (void)encodeObject:(nullable id)object",
        "- (nullable id)decodeObject",
        "- (void)encodeObject:(nullable id)object forKey:(NSString *)key",
        "- (void)encodeConditionalObject:(nullable id)object forKey:(NSString *)key",
        "- (void)encodeBool:(BOOL)value forKey:(NSString *)key",
        "- (void)encodeInt:(int)value forKey:(NSString *)key",
        "- (void)encodeInt32:(int32_t)value forKey:(NSString *)key",
        "- (void)encodeInt64:(int64_t)value forKey:(NSString *)key",
        "- (void)encodeFloat:(float)value forKey:(NSString *)key",
        "- (void)encodeDouble:(double)value forKey:(NSString *)key",
        "- (void)encodeInteger:(NSInteger)value forKey:(NSString *)key",
        "- (void)encodeBytes:(nullable const uint8_t *)bytes length:(NSUInteger)length forKey:(NSString *)key",
        "- (BOOL)containsValueForKey:(NSString *)key",
        "- (nullable id)decodeObjectForKey:(NSString *)key",
        "- (BOOL)decodeBoolForKey:(NSString *)key",
        "- (int)decodeIntForKey:(NSString *)key",
        "- (int32_t)decodeInt32ForKey:(NSString *)key",
        "- (int64_t)decodeInt64ForKey:(NSString *)key",
        "- (float)decodeFloatForKey:(NSString *)key",
        "- (double)decodeDoubleForKey:(NSString *)key",
        "- (NSInteger)decodeIntegerForKey:(NSString *)key",
        "- (nullable id)decodeObjectOfClass:(Class)aClass forKey:(NSString *)key",
        "- (nullable id)decodeObjectOfClasses:(nullable NSSet<Class> *)classes forKey:(NSString *)key",
        "- (void)encodeCGPoint:(CGPoint)point forKey:(NSString *)key",
        "- (void)encodeCGSize:(CGSize)size forKey:(NSString *)key",
        "- (void)encodeCGRect:(CGRect)rect forKey:(NSString *)key",
        "- (CGPoint)decodeCGPointForKey:(NSString *)key",
        "- (CGSize)decodeCGSizeForKey:(NSString *)key",
        "- (CGRect)decodeCGRectForKey:(NSString *)key",
    ],
    p=["@property (readonly) BOOL allowsKeyedCoding", "@property (readonly) BOOL requiresSecureCoding"],
)

# ============================================================================ stage 3: more UIKit, WebKit, QuartzCore

P(
    "UITextInputTraits",
    p=[
        "@property (nonatomic) UITextAutocapitalizationType autocapitalizationType",
        "@property (nonatomic) UITextAutocorrectionType autocorrectionType",
        "@property (nonatomic) UITextSpellCheckingType spellCheckingType",
        "@property (nonatomic) UIKeyboardType keyboardType",
        "@property (nonatomic) UIKeyboardAppearance keyboardAppearance",
        "@property (nonatomic) UIReturnKeyType returnKeyType",
        "@property (nonatomic) BOOL enablesReturnKeyAutomatically",
        "@property (nonatomic, getter=isSecureTextEntry) BOOL secureTextEntry",
        "@property (null_unspecified, nonatomic, copy) UITextContentType textContentType",
    ],
)
P(
    "UIKeyInput",
    protocols=["UITextInputTraits"],
    i=["- (void)insertText:(NSString *)text", "- (void)deleteBackward"],
    p=["@property (nonatomic, readonly) BOOL hasText"],
)
P(
    "UITextInput",
    protocols=["UIKeyInput"],
    i=[
        "- (nullable NSString *)textInRange:(UITextRange *)range",
        "- (void)replaceRange:(UITextRange *)range withText:(NSString *)text",
        "- (void)setMarkedText:(nullable NSString *)markedText selectedRange:(NSRange)selectedRange",
        "- (void)unmarkText",
        "- (nullable UITextRange *)textRangeFromPosition:(UITextPosition *)fromPosition toPosition:(UITextPosition *)toPosition",
        "- (nullable UITextPosition *)positionFromPosition:(UITextPosition *)position offset:(NSInteger)offset",
        "- (NSComparisonResult)comparePosition:(UITextPosition *)position toPosition:(UITextPosition *)other",
        "- (NSInteger)offsetFromPosition:(UITextPosition *)from toPosition:(UITextPosition *)toPosition",
        "- (CGRect)firstRectForRange:(UITextRange *)range",
        "- (CGRect)caretRectForPosition:(UITextPosition *)position",
        "- (NSArray<UITextSelectionRect *> *)selectionRectsForRange:(UITextRange *)range",
        "- (nullable UITextPosition *)closestPositionToPoint:(CGPoint)point",
    ],
    p=[
        "@property (nullable, readwrite, copy) UITextRange *selectedTextRange",
        "@property (nullable, nonatomic, readonly) UITextRange *markedTextRange",
        "@property (nonatomic, readonly) UITextPosition *beginningOfDocument",
        "@property (nonatomic, readonly) UITextPosition *endOfDocument",
        "@property (nullable, nonatomic, weak) id<UITextInputDelegate> inputDelegate",
        "@property (nonatomic, readonly) id<UITextInputTokenizer> tokenizer",
    ],
)

P(
    "UITextFieldDelegate",
    i=[
        "- (BOOL)textFieldShouldBeginEditing:(UITextField *)textField",
        "- (void)textFieldDidBeginEditing:(UITextField *)textField",
        "- (BOOL)textFieldShouldEndEditing:(UITextField *)textField",
        "- (void)textFieldDidEndEditing:(UITextField *)textField",
        "- (void)textFieldDidEndEditing:(UITextField *)textField reason:(UITextFieldDidEndEditingReason)reason",
        "- (BOOL)textField:(UITextField *)textField shouldChangeCharactersInRange:(NSRange)range replacementString:(NSString *)string",
        "- (void)textFieldDidChangeSelection:(UITextField *)textField",
        "- (BOOL)textFieldShouldClear:(UITextField *)textField",
        "- (BOOL)textFieldShouldReturn:(UITextField *)textField",
    ],
)
P(
    "UITextViewDelegate",
    protocols=["NSObject", "UIScrollViewDelegate"],
    i=[
        "- (BOOL)textViewShouldBeginEditing:(UITextView *)textView",
        "- (BOOL)textViewShouldEndEditing:(UITextView *)textView",
        "- (void)textViewDidBeginEditing:(UITextView *)textView",
        "- (void)textViewDidEndEditing:(UITextView *)textView",
        "- (BOOL)textView:(UITextView *)textView shouldChangeTextInRange:(NSRange)range replacementText:(NSString *)text",
        "- (void)textViewDidChange:(UITextView *)textView",
        "- (void)textViewDidChangeSelection:(UITextView *)textView",
        "- (BOOL)textView:(UITextView *)textView shouldInteractWithURL:(NSURL *)URL inRange:(NSRange)characterRange interaction:(UITextItemInteraction)interaction",
        "- (BOOL)textView:(UITextView *)textView shouldInteractWithTextAttachment:(NSTextAttachment *)textAttachment inRange:(NSRange)characterRange interaction:(UITextItemInteraction)interaction",
        "- (BOOL)textView:(UITextView *)textView shouldInteractWithURL:(NSURL *)URL inRange:(NSRange)characterRange",
    ],
)
P(
    "UICollectionViewDelegateFlowLayout",
    protocols=["UICollectionViewDelegate"],
    i=[
        "- (CGSize)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)collectionViewLayout sizeForItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (UIEdgeInsets)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)collectionViewLayout insetForSectionAtIndex:(NSInteger)section",
        "- (CGFloat)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)collectionViewLayout minimumLineSpacingForSectionAtIndex:(NSInteger)section",
        "- (CGFloat)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)collectionViewLayout minimumInteritemSpacingForSectionAtIndex:(NSInteger)section",
        "- (CGSize)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)collectionViewLayout referenceSizeForHeaderInSection:(NSInteger)section",
        "- (CGSize)collectionView:(UICollectionView *)collectionView layout:(UICollectionViewLayout *)collectionViewLayout referenceSizeForFooterInSection:(NSInteger)section",
    ],
)
P(
    "UITabBarDelegate",
    i=[
        "- (void)tabBar:(UITabBar *)tabBar didSelectItem:(UITabBarItem *)item",
        "- (void)tabBar:(UITabBar *)tabBar willBeginCustomizingItems:(NSArray<UITabBarItem *> *)items",
        "- (void)tabBar:(UITabBar *)tabBar didEndCustomizingItems:(NSArray<UITabBarItem *> *)items changed:(BOOL)changed",
    ],
)
P(
    "UITabBarControllerDelegate",
    i=[
        "- (BOOL)tabBarController:(UITabBarController *)tabBarController shouldSelectViewController:(UIViewController *)viewController",
        "- (void)tabBarController:(UITabBarController *)tabBarController didSelectViewController:(UIViewController *)viewController",
    ],
)

C(
    "UIScreen",
    "NSObject",
    "UIKit/UIScreen.h",
    protocols=["UITraitEnvironment"],
    i=[
        "- (nullable CADisplayLink *)displayLinkWithTarget:(id)target selector:(SEL)sel",
        "- (UIView *)snapshotViewAfterScreenUpdates:(BOOL)afterUpdates",
    ],
    p=[
        "@property (class, nonatomic, readonly) NSArray<UIScreen *> *screens",
        "@property (class, nonatomic, readonly) UIScreen *mainScreen",
        "@property (nonatomic, readonly) CGRect bounds",
        "@property (nonatomic, readonly) CGFloat scale",
        "@property (nonatomic, readonly) CGRect nativeBounds",
        "@property (nonatomic, readonly) CGFloat nativeScale",
        "@property (nonatomic) CGFloat brightness",
        "@property (nonatomic, readonly) NSInteger maximumFramesPerSecond",
        "@property (nonatomic, readonly, getter=isCaptured) BOOL captured",
        "@property (nullable, nonatomic, readonly, weak) UIScreen *mirroredScreen",
        "@property (readonly) id<UICoordinateSpace> coordinateSpace",
        "@property (readonly) id<UICoordinateSpace> fixedCoordinateSpace",
    ],
)

C(
    "UIImage",
    "NSObject",
    "UIKit/UIImage.h",
    protocols=["NSSecureCoding"],
    c=[
        "+ (nullable UIImage *)imageNamed:(NSString *)name",
        "+ (nullable UIImage *)imageNamed:(NSString *)name inBundle:(nullable NSBundle *)bundle compatibleWithTraitCollection:(nullable UITraitCollection *)traitCollection",
        "+ (nullable UIImage *)systemImageNamed:(NSString *)name",
        "+ (nullable UIImage *)systemImageNamed:(NSString *)name withConfiguration:(nullable UIImageConfiguration *)configuration",
        "+ (nullable UIImage *)imageWithContentsOfFile:(NSString *)path",
        "+ (nullable UIImage *)imageWithData:(NSData *)data",
        "+ (nullable UIImage *)imageWithData:(NSData *)data scale:(CGFloat)scale",
        "+ (UIImage *)imageWithCGImage:(CGImageRef)cgImage",
        "+ (UIImage *)imageWithCGImage:(CGImageRef)cgImage scale:(CGFloat)scale orientation:(UIImageOrientation)orientation",
        "+ (nullable UIImage *)animatedImageWithImages:(NSArray<UIImage *> *)images duration:(NSTimeInterval)duration",
    ],
    i=[
        "- (nullable instancetype)initWithContentsOfFile:(NSString *)path",
        "- (nullable instancetype)initWithData:(NSData *)data",
        "- (nullable instancetype)initWithData:(NSData *)data scale:(CGFloat)scale",
        "- (instancetype)initWithCGImage:(CGImageRef)cgImage",
        "- (UIImage *)resizableImageWithCapInsets:(UIEdgeInsets)capInsets",
        "- (UIImage *)resizableImageWithCapInsets:(UIEdgeInsets)capInsets resizingMode:(UIImageResizingMode)resizingMode",
        "- (UIImage *)stretchableImageWithLeftCapWidth:(NSInteger)leftCapWidth topCapHeight:(NSInteger)topCapHeight",
        "- (UIImage *)imageWithRenderingMode:(UIImageRenderingMode)renderingMode",
        "- (UIImage *)imageWithTintColor:(UIColor *)color",
        "- (UIImage *)imageWithTintColor:(UIColor *)color renderingMode:(UIImageRenderingMode)renderingMode",
        "- (UIImage *)imageWithAlignmentRectInsets:(UIEdgeInsets)alignmentInsets",
        "- (UIImage *)imageWithConfiguration:(UIImageConfiguration *)configuration",
        "- (nullable UIImage *)imageByPreparingThumbnailOfSize:(CGSize)size",
        "- (void)drawAtPoint:(CGPoint)point",
        "- (void)drawInRect:(CGRect)rect",
        "- (void)drawInRect:(CGRect)rect blendMode:(CGBlendMode)blendMode alpha:(CGFloat)alpha",
    ],
    p=[
        "@property (nonatomic, readonly) CGSize size",
        "@property (nullable, nonatomic, readonly) CGImageRef CGImage",
        "@property (nonatomic, readonly) UIImageOrientation imageOrientation",
        "@property (nonatomic, readonly) CGFloat scale",
        "@property (nullable, nonatomic, readonly) NSArray<UIImage *> *images",
        "@property (nonatomic, readonly) NSTimeInterval duration",
        "@property (nonatomic, readonly) UIEdgeInsets capInsets",
        "@property (nonatomic, readonly) UIImageResizingMode resizingMode",
        "@property (nonatomic, readonly) UIImageRenderingMode renderingMode",
        "@property (nonatomic, readonly, getter=isSymbolImage) BOOL symbolImage",
    ],
)

_COLORS = [
    "black",
    "darkGray",
    "lightGray",
    "white",
    "gray",
    "red",
    "green",
    "blue",
    "cyan",
    "yellow",
    "magenta",
    "orange",
    "purple",
    "brown",
    "clear",
    "systemRed",
    "systemGreen",
    "systemBlue",
    "systemOrange",
    "systemYellow",
    "systemPink",
    "systemPurple",
    "systemTeal",
    "systemIndigo",
    "systemGray",
    "systemBackground",
    "secondarySystemBackground",
    "tertiarySystemBackground",
    "systemGroupedBackground",
    "label",
    "secondaryLabel",
    "tertiaryLabel",
    "placeholderText",
    "separator",
    "link",
]
C(
    "UIColor",
    "NSObject",
    "UIKit/UIColor.h",
    protocols=["NSSecureCoding", "NSCopying"],
    c=[
        "+ (UIColor *)colorWithWhite:(CGFloat)white alpha:(CGFloat)alpha",
        "+ (UIColor *)colorWithHue:(CGFloat)hue saturation:(CGFloat)saturation brightness:(CGFloat)brightness alpha:(CGFloat)alpha",
        "+ (UIColor *)colorWithRed:(CGFloat)red green:(CGFloat)green blue:(CGFloat)blue alpha:(CGFloat)alpha",
        "+ (UIColor *)colorWithDisplayP3Red:(CGFloat)displayP3Red green:(CGFloat)green blue:(CGFloat)blue alpha:(CGFloat)alpha",
        "+ (UIColor *)colorWithCGColor:(CGColorRef)cgColor",
        "+ (UIColor *)colorWithPatternImage:(UIImage *)image",
        "+ (UIColor *)colorWithDynamicProvider:(UIColor * (^)(UITraitCollection *traitCollection))dynamicProvider",
        "+ (nullable UIColor *)colorNamed:(NSString *)name",
    ],
    i=[
        "- (UIColor *)initWithWhite:(CGFloat)white alpha:(CGFloat)alpha",
        "- (UIColor *)initWithHue:(CGFloat)hue saturation:(CGFloat)saturation brightness:(CGFloat)brightness alpha:(CGFloat)alpha",
        "- (UIColor *)initWithRed:(CGFloat)red green:(CGFloat)green blue:(CGFloat)blue alpha:(CGFloat)alpha",
        "- (UIColor *)initWithCGColor:(CGColorRef)cgColor",
        "- (void)set",
        "- (void)setFill",
        "- (void)setStroke",
        "- (BOOL)getWhite:(nullable CGFloat *)white alpha:(nullable CGFloat *)alpha",
        "- (BOOL)getHue:(nullable CGFloat *)hue saturation:(nullable CGFloat *)saturation brightness:(nullable CGFloat *)brightness alpha:(nullable CGFloat *)alpha",
        "- (BOOL)getRed:(nullable CGFloat *)red green:(nullable CGFloat *)green blue:(nullable CGFloat *)blue alpha:(nullable CGFloat *)alpha",
        "- (UIColor *)colorWithAlphaComponent:(CGFloat)alpha",
        "- (UIColor *)resolvedColorWithTraitCollection:(UITraitCollection *)traitCollection",
    ],
    p=[f"@property (class, nonatomic, readonly) UIColor *{n}Color" for n in _COLORS]
    + ["@property (nonatomic, readonly) CGColorRef CGColor", "@property (nonatomic, readonly) CIColor *CIColor"],
)

C(
    "UIFont",
    "NSObject",
    "UIKit/UIFont.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (UIFont *)preferredFontForTextStyle:(UIFontTextStyle)style",
        "+ (UIFont *)preferredFontForTextStyle:(UIFontTextStyle)style compatibleWithTraitCollection:(nullable UITraitCollection *)traitCollection",
        "+ (nullable UIFont *)fontWithName:(NSString *)fontName size:(CGFloat)fontSize",
        "+ (NSArray<NSString *> *)fontNamesForFamilyName:(NSString *)familyName",
        "+ (UIFont *)systemFontOfSize:(CGFloat)fontSize",
        "+ (UIFont *)boldSystemFontOfSize:(CGFloat)fontSize",
        "+ (UIFont *)italicSystemFontOfSize:(CGFloat)fontSize",
        "+ (UIFont *)systemFontOfSize:(CGFloat)fontSize weight:(UIFontWeight)weight",
        "+ (UIFont *)monospacedDigitSystemFontOfSize:(CGFloat)fontSize weight:(UIFontWeight)weight",
        "+ (UIFont *)monospacedSystemFontOfSize:(CGFloat)fontSize weight:(UIFontWeight)weight",
        "+ (UIFont *)fontWithDescriptor:(UIFontDescriptor *)descriptor size:(CGFloat)pointSize",
    ],
    i=["- (UIFont *)fontWithSize:(CGFloat)fontSize"],
    p=[
        "@property (class, nonatomic, readonly) NSArray<NSString *> *familyNames",
        "@property (class, nonatomic, readonly) CGFloat labelFontSize",
        "@property (class, nonatomic, readonly) CGFloat buttonFontSize",
        "@property (class, nonatomic, readonly) CGFloat smallSystemFontSize",
        "@property (class, nonatomic, readonly) CGFloat systemFontSize",
        "@property (nonatomic, readonly, strong) NSString *familyName",
        "@property (nonatomic, readonly, strong) NSString *fontName",
        "@property (nonatomic, readonly) CGFloat pointSize",
        "@property (nonatomic, readonly) CGFloat ascender",
        "@property (nonatomic, readonly) CGFloat descender",
        "@property (nonatomic, readonly) CGFloat capHeight",
        "@property (nonatomic, readonly) CGFloat xHeight",
        "@property (nonatomic, readonly) CGFloat lineHeight",
        "@property (nonatomic, readonly) CGFloat leading",
        "@property (nonatomic, readonly) UIFontDescriptor *fontDescriptor",
    ],
)

C(
    "UITextField",
    "UIControl",
    "UIKit/UITextField.h",
    protocols=["UITextInput", "NSCoding", "UIContentSizeCategoryAdjusting"],
    i=[
        "- (CGRect)borderRectForBounds:(CGRect)bounds",
        "- (CGRect)textRectForBounds:(CGRect)bounds",
        "- (CGRect)placeholderRectForBounds:(CGRect)bounds",
        "- (CGRect)editingRectForBounds:(CGRect)bounds",
        "- (CGRect)clearButtonRectForBounds:(CGRect)bounds",
        "- (CGRect)leftViewRectForBounds:(CGRect)bounds",
        "- (CGRect)rightViewRectForBounds:(CGRect)bounds",
        "- (void)drawTextInRect:(CGRect)rect",
        "- (void)drawPlaceholderInRect:(CGRect)rect",
    ],
    p=[
        "@property (nullable, nonatomic, copy) NSString *text",
        "@property (nullable, nonatomic, copy) NSAttributedString *attributedText",
        "@property (nullable, nonatomic, strong) UIColor *textColor",
        "@property (nullable, nonatomic, strong) UIFont *font",
        "@property (nonatomic) NSTextAlignment textAlignment",
        "@property (nonatomic) UITextBorderStyle borderStyle",
        "@property (nonatomic, copy) NSDictionary<NSAttributedStringKey, id> *defaultTextAttributes",
        "@property (nullable, nonatomic, copy) NSString *placeholder",
        "@property (nullable, nonatomic, copy) NSAttributedString *attributedPlaceholder",
        "@property (nonatomic) BOOL clearsOnBeginEditing",
        "@property (nonatomic) BOOL adjustsFontSizeToFitWidth",
        "@property (nonatomic) CGFloat minimumFontSize",
        "@property (nullable, nonatomic, weak) id<UITextFieldDelegate> delegate",
        "@property (nullable, nonatomic, strong) UIImage *background",
        "@property (nullable, nonatomic, strong) UIImage *disabledBackground",
        "@property (nonatomic, readonly, getter=isEditing) BOOL editing",
        "@property (nonatomic) BOOL allowsEditingTextAttributes",
        "@property (nullable, nonatomic, copy) NSDictionary<NSAttributedStringKey, id> *typingAttributes",
        "@property (nonatomic) UITextFieldViewMode clearButtonMode",
        "@property (nullable, nonatomic, strong) UIView *leftView",
        "@property (nonatomic) UITextFieldViewMode leftViewMode",
        "@property (nullable, nonatomic, strong) UIView *rightView",
        "@property (nonatomic) UITextFieldViewMode rightViewMode",
        "@property (nullable, readwrite, strong) UIView *inputView",
        "@property (nullable, readwrite, strong) UIView *inputAccessoryView",
        "@property (nonatomic) BOOL clearsOnInsertion",
    ],
)

C(
    "UITextView",
    "UIScrollView",
    "UIKit/UITextView.h",
    protocols=["UITextInput", "UIContentSizeCategoryAdjusting"],
    i=[
        "- (instancetype)initWithFrame:(CGRect)frame textContainer:(nullable NSTextContainer *)textContainer",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)scrollRangeToVisible:(NSRange)range",
    ],
    p=[
        "@property (nullable, nonatomic, weak) id<UITextViewDelegate> delegate",
        "@property (null_resettable, nonatomic, copy) NSString *text",
        "@property (nullable, nonatomic, strong) UIFont *font",
        "@property (nullable, nonatomic, strong) UIColor *textColor",
        "@property (nonatomic) NSTextAlignment textAlignment",
        "@property (nonatomic) NSRange selectedRange",
        "@property (nonatomic, getter=isEditable) BOOL editable",
        "@property (nonatomic, getter=isSelectable) BOOL selectable",
        "@property (nonatomic) UIDataDetectorTypes dataDetectorTypes",
        "@property (nonatomic) BOOL allowsEditingTextAttributes",
        "@property (null_resettable, copy) NSAttributedString *attributedText",
        "@property (nonatomic, copy) NSDictionary<NSAttributedStringKey, id> *typingAttributes",
        "@property (nullable, readwrite, strong) UIView *inputView",
        "@property (nullable, readwrite, strong) UIView *inputAccessoryView",
        "@property (nonatomic) BOOL clearsOnInsertion",
        "@property (nonatomic, readonly) NSTextContainer *textContainer",
        "@property (nonatomic, assign) UIEdgeInsets textContainerInset",
        "@property (nonatomic, readonly) NSLayoutManager *layoutManager",
        "@property (nonatomic, readonly, strong) NSTextStorage *textStorage",
        "@property (null_resettable, nonatomic, copy) NSDictionary<NSAttributedStringKey, id> *linkTextAttributes",
    ],
)

C(
    "UITableViewHeaderFooterView",
    "UIView",
    "UIKit/UITableViewHeaderFooterView.h",
    i=[
        "- (instancetype)initWithReuseIdentifier:(nullable NSString *)reuseIdentifier",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)prepareForReuse",
        "- (void)setNeedsUpdateConfiguration",
        "- (void)updateConfigurationUsingState:(UIViewConfigurationState *)state",
        "- (UIListContentConfiguration *)defaultContentConfiguration",
    ],
    p=[
        "@property (nonatomic, readonly, strong, nullable) UILabel *textLabel",
        "@property (nonatomic, readonly, strong, nullable) UILabel *detailTextLabel",
        "@property (nonatomic, readonly, strong) UIView *contentView",
        "@property (nonatomic, strong, nullable) UIView *backgroundView",
        "@property (nonatomic, readonly, copy, nullable) NSString *reuseIdentifier",
        "@property (nonatomic, copy, nullable) id<UIContentConfiguration> contentConfiguration",
        "@property (nonatomic, copy, nullable) UIBackgroundConfiguration *backgroundConfiguration",
        "@property (nonatomic) BOOL automaticallyUpdatesContentConfiguration",
    ],
)

C(
    "UICollectionViewLayout",
    "NSObject",
    "UIKit/UICollectionViewLayout.h",
    protocols=["NSCoding"],
    i=[
        "- (instancetype)init",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)invalidateLayout",
        "- (void)invalidateLayoutWithContext:(UICollectionViewLayoutInvalidationContext *)context",
        "- (void)registerClass:(nullable Class)viewClass forDecorationViewOfKind:(NSString *)elementKind",
        "- (void)registerNib:(nullable UINib *)nib forDecorationViewOfKind:(NSString *)elementKind",
        "- (void)prepareLayout",
        "- (nullable NSArray<__kindof UICollectionViewLayoutAttributes *> *)layoutAttributesForElementsInRect:(CGRect)rect",
        "- (nullable UICollectionViewLayoutAttributes *)layoutAttributesForItemAtIndexPath:(NSIndexPath *)indexPath",
        "- (nullable UICollectionViewLayoutAttributes *)layoutAttributesForSupplementaryViewOfKind:(NSString *)elementKind atIndexPath:(NSIndexPath *)indexPath",
        "- (nullable UICollectionViewLayoutAttributes *)layoutAttributesForDecorationViewOfKind:(NSString *)elementKind atIndexPath:(NSIndexPath *)indexPath",
        "- (BOOL)shouldInvalidateLayoutForBoundsChange:(CGRect)newBounds",
        "- (UICollectionViewLayoutInvalidationContext *)invalidationContextForBoundsChange:(CGRect)newBounds",
        "- (BOOL)shouldInvalidateLayoutForPreferredLayoutAttributes:(UICollectionViewLayoutAttributes *)preferredAttributes withOriginalAttributes:(UICollectionViewLayoutAttributes *)originalAttributes",
        "- (CGPoint)targetContentOffsetForProposedContentOffset:(CGPoint)proposedContentOffset withScrollingVelocity:(CGPoint)velocity",
        "- (CGPoint)targetContentOffsetForProposedContentOffset:(CGPoint)proposedContentOffset",
        "- (void)prepareForCollectionViewUpdates:(NSArray<UICollectionViewUpdateItem *> *)updateItems",
        "- (void)finalizeCollectionViewUpdates",
        "- (nullable UICollectionViewLayoutAttributes *)initialLayoutAttributesForAppearingItemAtIndexPath:(NSIndexPath *)itemIndexPath",
        "- (nullable UICollectionViewLayoutAttributes *)finalLayoutAttributesForDisappearingItemAtIndexPath:(NSIndexPath *)itemIndexPath",
    ],
    p=[
        "@property (class, nonatomic, readonly) Class layoutAttributesClass",
        "@property (class, nonatomic, readonly) Class invalidationContextClass",
        "@property (nullable, nonatomic, readonly) UICollectionView *collectionView",
        "@property (nonatomic, readonly) CGSize collectionViewContentSize",
    ],
)

C(
    "UICollectionViewFlowLayout",
    "UICollectionViewLayout",
    "UIKit/UICollectionViewFlowLayout.h",
    p=[
        "@property (nonatomic) CGFloat minimumLineSpacing",
        "@property (nonatomic) CGFloat minimumInteritemSpacing",
        "@property (nonatomic) CGSize itemSize",
        "@property (nonatomic) CGSize estimatedItemSize",
        "@property (nonatomic) UICollectionViewScrollDirection scrollDirection",
        "@property (nonatomic) CGSize headerReferenceSize",
        "@property (nonatomic) CGSize footerReferenceSize",
        "@property (nonatomic) UIEdgeInsets sectionInset",
        "@property (nonatomic) UICollectionViewFlowLayoutSectionInsetReference sectionInsetReference",
        "@property (nonatomic) BOOL sectionHeadersPinToVisibleBounds",
        "@property (nonatomic) BOOL sectionFootersPinToVisibleBounds",
    ],
)

C(
    "UICollectionViewController",
    "UIViewController",
    "UIKit/UICollectionViewController.h",
    protocols=["UICollectionViewDelegate", "UICollectionViewDataSource"],
    i=[
        "- (instancetype)initWithCollectionViewLayout:(UICollectionViewLayout *)layout",
        "- (instancetype)initWithNibName:(nullable NSString *)nibNameOrNil bundle:(nullable NSBundle *)nibBundleOrNil",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
    ],
    p=[
        "@property (null_resettable, nonatomic, strong) UICollectionView *collectionView",
        "@property (nonatomic) BOOL clearsSelectionOnViewWillAppear",
        "@property (nonatomic) BOOL useLayoutToLayoutNavigationTransitions",
        "@property (nonatomic, readonly) UICollectionViewLayout *collectionViewLayout",
        "@property (nonatomic) BOOL installsStandardGestureForInteractiveMovement",
    ],
)

C(
    "UITabBarController",
    "UIViewController",
    "UIKit/UITabBarController.h",
    protocols=["UITabBarDelegate", "NSCoding"],
    i=[
        "- (void)setViewControllers:(nullable NSArray<__kindof UIViewController *> *)viewControllers animated:(BOOL)animated"
    ],
    p=[
        "@property (nullable, nonatomic, copy) NSArray<__kindof UIViewController *> *viewControllers",
        "@property (nullable, nonatomic, assign) __kindof UIViewController *selectedViewController",
        "@property (nonatomic) NSUInteger selectedIndex",
        "@property (nonatomic, readonly) UINavigationController *moreNavigationController",
        "@property (nullable, nonatomic, copy) NSArray<__kindof UIViewController *> *customizableViewControllers",
        "@property (nonatomic, readonly) UITabBar *tabBar",
        "@property (nullable, nonatomic, weak) id<UITabBarControllerDelegate> delegate",
    ],
)

C(
    "UIAlertController",
    "UIViewController",
    "UIKit/UIAlertController.h",
    c=[
        "+ (instancetype)alertControllerWithTitle:(nullable NSString *)title message:(nullable NSString *)message preferredStyle:(UIAlertControllerStyle)preferredStyle"
    ],
    i=[
        "- (void)addAction:(UIAlertAction *)action",
        "- (void)addTextFieldWithConfigurationHandler:(void (^ _Nullable)(UITextField *textField))configurationHandler",
    ],
    p=[
        "@property (nonatomic, readonly) NSArray<UIAlertAction *> *actions",
        "@property (nonatomic, strong, nullable) UIAlertAction *preferredAction",
        "@property (nullable, nonatomic, readonly) NSArray<UITextField *> *textFields",
        "@property (nullable, nonatomic, copy) NSString *title",
        "@property (nullable, nonatomic, copy) NSString *message",
        "@property (nonatomic, readonly) UIAlertControllerStyle preferredStyle",
    ],
)

C(
    "UIAlertAction",
    "NSObject",
    "UIKit/UIAlertController.h",
    protocols=["NSCopying"],
    c=[
        "+ (instancetype)actionWithTitle:(nullable NSString *)title style:(UIAlertActionStyle)style handler:(void (^ _Nullable)(UIAlertAction *action))handler"
    ],
    p=[
        "@property (nullable, nonatomic, readonly) NSString *title",
        "@property (nonatomic, readonly) UIAlertActionStyle style",
        "@property (nonatomic, getter=isEnabled) BOOL enabled",
    ],
)

P("UIBarPositioning", p=["@property (nonatomic, readonly) UIBarPosition barPosition"])

C(
    "UIActivityIndicatorView",
    "UIView",
    "UIKit/UIActivityIndicatorView.h",
    protocols=["NSCoding"],
    i=[
        "- (instancetype)initWithActivityIndicatorStyle:(UIActivityIndicatorViewStyle)style",
        "- (instancetype)initWithFrame:(CGRect)frame",
        "- (instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)startAnimating",
        "- (void)stopAnimating",
    ],
    p=[
        "@property (nonatomic) UIActivityIndicatorViewStyle activityIndicatorViewStyle",
        "@property (nonatomic) BOOL hidesWhenStopped",
        "@property (null_resettable, readwrite, nonatomic, strong) UIColor *color",
        "@property (nonatomic, readonly, getter=isAnimating) BOOL animating",
    ],
)

C(
    "UIRefreshControl",
    "UIControl",
    "UIKit/UIRefreshControl.h",
    i=["- (instancetype)init", "- (void)beginRefreshing", "- (void)endRefreshing"],
    p=[
        "@property (nonatomic, readonly, getter=isRefreshing) BOOL refreshing",
        "@property (null_resettable, nonatomic, strong) UIColor *tintColor",
        "@property (nullable, nonatomic, strong) NSAttributedString *attributedTitle",
    ],
)

C(
    "UISwitch",
    "UIControl",
    "UIKit/UISwitch.h",
    protocols=["NSCoding"],
    i=[
        "- (instancetype)initWithFrame:(CGRect)frame",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)setOn:(BOOL)on animated:(BOOL)animated",
    ],
    p=[
        "@property (nullable, nonatomic, strong) UIColor *onTintColor",
        "@property (nullable, nonatomic, strong) UIColor *thumbTintColor",
        "@property (nullable, nonatomic, strong) UIImage *onImage",
        "@property (nullable, nonatomic, strong) UIImage *offImage",
        "@property (nonatomic, getter=isOn) BOOL on",
        "@property (nonatomic, readonly) UISwitchStyle style",
        "@property (nonatomic) UISwitchStyle preferredStyle",
        "@property (nullable, nonatomic, copy) NSString *title",
    ],
)

C(
    "UISlider",
    "UIControl",
    "UIKit/UISlider.h",
    protocols=["NSCoding"],
    i=[
        "- (void)setValue:(float)value animated:(BOOL)animated",
        "- (void)setThumbImage:(nullable UIImage *)image forState:(UIControlState)state",
        "- (void)setMinimumTrackImage:(nullable UIImage *)image forState:(UIControlState)state",
        "- (void)setMaximumTrackImage:(nullable UIImage *)image forState:(UIControlState)state",
        "- (nullable UIImage *)thumbImageForState:(UIControlState)state",
        "- (CGRect)minimumValueImageRectForBounds:(CGRect)bounds",
        "- (CGRect)maximumValueImageRectForBounds:(CGRect)bounds",
        "- (CGRect)trackRectForBounds:(CGRect)bounds",
        "- (CGRect)thumbRectForBounds:(CGRect)bounds trackRect:(CGRect)rect value:(float)value",
    ],
    p=[
        "@property (nonatomic) float value",
        "@property (nonatomic) float minimumValue",
        "@property (nonatomic) float maximumValue",
        "@property (nullable, nonatomic, strong) UIImage *minimumValueImage",
        "@property (nullable, nonatomic, strong) UIImage *maximumValueImage",
        "@property (nonatomic, getter=isContinuous) BOOL continuous",
        "@property (nullable, nonatomic, strong) UIColor *minimumTrackTintColor",
        "@property (nullable, nonatomic, strong) UIColor *maximumTrackTintColor",
        "@property (nullable, nonatomic, strong) UIColor *thumbTintColor",
        "@property (nullable, nonatomic, readonly) UIImage *currentThumbImage",
    ],
)

C(
    "UISegmentedControl",
    "UIControl",
    "UIKit/UISegmentedControl.h",
    protocols=["NSCoding"],
    i=[
        "- (instancetype)initWithItems:(nullable NSArray *)items",
        "- (void)insertSegmentWithTitle:(nullable NSString *)title atIndex:(NSUInteger)segment animated:(BOOL)animated",
        "- (void)insertSegmentWithImage:(nullable UIImage *)image atIndex:(NSUInteger)segment animated:(BOOL)animated",
        "- (void)removeSegmentAtIndex:(NSUInteger)segment animated:(BOOL)animated",
        "- (void)removeAllSegments",
        "- (void)setTitle:(nullable NSString *)title forSegmentAtIndex:(NSUInteger)segment",
        "- (nullable NSString *)titleForSegmentAtIndex:(NSUInteger)segment",
        "- (void)setImage:(nullable UIImage *)image forSegmentAtIndex:(NSUInteger)segment",
        "- (nullable UIImage *)imageForSegmentAtIndex:(NSUInteger)segment",
        "- (void)setWidth:(CGFloat)width forSegmentAtIndex:(NSUInteger)segment",
        "- (CGFloat)widthForSegmentAtIndex:(NSUInteger)segment",
        "- (void)setEnabled:(BOOL)enabled forSegmentAtIndex:(NSUInteger)segment",
        "- (BOOL)isEnabledForSegmentAtIndex:(NSUInteger)segment",
        "- (void)setTitleTextAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attributes forState:(UIControlState)state",
        "- (nullable NSDictionary<NSAttributedStringKey, id> *)titleTextAttributesForState:(UIControlState)state",
    ],
    p=[
        "@property (nonatomic, readonly) NSUInteger numberOfSegments",
        "@property (nonatomic) BOOL apportionsSegmentWidthsByContent",
        "@property (nonatomic, getter=isMomentary) BOOL momentary",
        "@property (nonatomic) NSInteger selectedSegmentIndex",
        "@property (nullable, nonatomic, strong) UIColor *selectedSegmentTintColor",
    ],
)

C(
    "UIStackView",
    "UIView",
    "UIKit/UIStackView.h",
    i=[
        "- (instancetype)initWithArrangedSubviews:(NSArray<__kindof UIView *> *)views",
        "- (instancetype)initWithFrame:(CGRect)frame",
        "- (instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)addArrangedSubview:(UIView *)view",
        "- (void)removeArrangedSubview:(UIView *)view",
        "- (void)insertArrangedSubview:(UIView *)view atIndex:(NSUInteger)stackIndex",
        "- (void)setCustomSpacing:(CGFloat)spacing afterView:(UIView *)arrangedSubview",
        "- (CGFloat)customSpacingAfterView:(UIView *)arrangedSubview",
    ],
    p=[
        "@property (nonatomic, readonly, copy) NSArray<__kindof UIView *> *arrangedSubviews",
        "@property (nonatomic) UILayoutConstraintAxis axis",
        "@property (nonatomic) UIStackViewDistribution distribution",
        "@property (nonatomic) UIStackViewAlignment alignment",
        "@property (nonatomic) CGFloat spacing",
        "@property (nonatomic, getter=isBaselineRelativeArrangement) BOOL baselineRelativeArrangement",
        "@property (nonatomic, getter=isLayoutMarginsRelativeArrangement) BOOL layoutMarginsRelativeArrangement",
    ],
)

C(
    "UIGestureRecognizer",
    "NSObject",
    "UIKit/UIGestureRecognizer.h",
    i=[
        "- (instancetype)initWithTarget:(nullable id)target action:(nullable SEL)action",
        "- (instancetype)init",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)addTarget:(id)target action:(SEL)action",
        "- (void)removeTarget:(nullable id)target action:(nullable SEL)action",
        "- (void)requireGestureRecognizerToFail:(UIGestureRecognizer *)otherGestureRecognizer",
        "- (CGPoint)locationInView:(nullable UIView *)view",
        "- (CGPoint)locationOfTouch:(NSUInteger)touchIndex inView:(nullable UIView *)view",
        "- (void)reset",
        "- (BOOL)canPreventGestureRecognizer:(UIGestureRecognizer *)preventedGestureRecognizer",
        "- (BOOL)canBePreventedByGestureRecognizer:(UIGestureRecognizer *)preventingGestureRecognizer",
        "- (BOOL)shouldRequireFailureOfGestureRecognizer:(UIGestureRecognizer *)otherGestureRecognizer",
        "- (BOOL)shouldBeRequiredToFailByGestureRecognizer:(UIGestureRecognizer *)otherGestureRecognizer",
        "- (void)ignoreTouch:(UITouch *)touch forEvent:(UIEvent *)event",
        "- (void)touchesBegan:(NSSet<UITouch *> *)touches withEvent:(UIEvent *)event",
        "- (void)touchesMoved:(NSSet<UITouch *> *)touches withEvent:(UIEvent *)event",
        "- (void)touchesEnded:(NSSet<UITouch *> *)touches withEvent:(UIEvent *)event",
        "- (void)touchesCancelled:(NSSet<UITouch *> *)touches withEvent:(UIEvent *)event",
    ],
    p=[
        "@property (nonatomic, readwrite) UIGestureRecognizerState state",
        "@property (nullable, nonatomic, weak) id<UIGestureRecognizerDelegate> delegate",
        "@property (nonatomic, getter=isEnabled) BOOL enabled",
        "@property (nullable, nonatomic, readonly) UIView *view",
        "@property (nonatomic) BOOL cancelsTouchesInView",
        "@property (nonatomic) BOOL delaysTouchesBegan",
        "@property (nonatomic) BOOL delaysTouchesEnded",
        "@property (nonatomic, copy) NSArray<NSNumber *> *allowedTouchTypes",
        "@property (nonatomic) BOOL requiresExclusiveTouchType",
        "@property (nonatomic, readonly) NSUInteger numberOfTouches",
        "@property (nullable, nonatomic, copy) NSString *name",
    ],
)

C(
    "UITapGestureRecognizer",
    "UIGestureRecognizer",
    "UIKit/UITapGestureRecognizer.h",
    p=[
        "@property (nonatomic) NSUInteger numberOfTapsRequired",
        "@property (nonatomic) NSUInteger numberOfTouchesRequired",
        "@property (nonatomic) UIEventButtonMask buttonMaskRequired",
    ],
)

C(
    "UIPanGestureRecognizer",
    "UIGestureRecognizer",
    "UIKit/UIPanGestureRecognizer.h",
    i=[
        "- (CGPoint)translationInView:(nullable UIView *)view",
        "- (void)setTranslation:(CGPoint)translation inView:(nullable UIView *)view",
        "- (CGPoint)velocityInView:(nullable UIView *)view",
    ],
    p=[
        "@property (nonatomic) NSUInteger minimumNumberOfTouches",
        "@property (nonatomic) NSUInteger maximumNumberOfTouches",
        "@property (nonatomic) UIScrollTypeMask allowedScrollTypesMask",
    ],
)

C(
    "UILongPressGestureRecognizer",
    "UIGestureRecognizer",
    "UIKit/UILongPressGestureRecognizer.h",
    p=[
        "@property (nonatomic) NSUInteger numberOfTapsRequired",
        "@property (nonatomic) NSUInteger numberOfTouchesRequired",
        "@property (nonatomic) NSTimeInterval minimumPressDuration",
        "@property (nonatomic) CGFloat allowableMovement",
    ],
)

C(
    "UIBarItem",
    "NSObject",
    "UIKit/UIBarItem.h",
    protocols=["NSCoding", "UIAppearance"],
    i=[
        "- (instancetype)init",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)setTitleTextAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)attributes forState:(UIControlState)state",
        "- (nullable NSDictionary<NSAttributedStringKey, id> *)titleTextAttributesForState:(UIControlState)state",
    ],
    p=[
        "@property (nonatomic, getter=isEnabled) BOOL enabled",
        "@property (nullable, nonatomic, copy) NSString *title",
        "@property (nullable, nonatomic, strong) UIImage *image",
        "@property (nullable, nonatomic, strong) UIImage *landscapeImagePhone",
        "@property (nullable, nonatomic, strong) UIImage *largeContentSizeImage",
        "@property (nonatomic) UIEdgeInsets imageInsets",
        "@property (nonatomic) NSInteger tag",
    ],
)

C(
    "UIBarButtonItem",
    "UIBarItem",
    "UIKit/UIBarButtonItem.h",
    protocols=["NSCoding"],
    c=["+ (instancetype)fixedSpaceItemOfWidth:(CGFloat)width", "+ (instancetype)flexibleSpaceItem"],
    i=[
        "- (instancetype)init",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (instancetype)initWithImage:(nullable UIImage *)image style:(UIBarButtonItemStyle)style target:(nullable id)target action:(nullable SEL)action",
        "- (instancetype)initWithTitle:(nullable NSString *)title style:(UIBarButtonItemStyle)style target:(nullable id)target action:(nullable SEL)action",
        "- (instancetype)initWithBarButtonSystemItem:(UIBarButtonSystemItem)systemItem target:(nullable id)target action:(nullable SEL)action",
        "- (instancetype)initWithCustomView:(UIView *)customView",
        "- (instancetype)initWithBarButtonSystemItem:(UIBarButtonSystemItem)systemItem primaryAction:(nullable UIAction *)primaryAction",
        "- (instancetype)initWithTitle:(nullable NSString *)title image:(nullable UIImage *)image primaryAction:(nullable UIAction *)primaryAction menu:(nullable UIMenu *)menu",
    ],
    p=[
        "@property (nonatomic) UIBarButtonItemStyle style",
        "@property (nonatomic) CGFloat width",
        "@property (nullable, nonatomic, strong) __kindof UIView *customView",
        "@property (nullable, nonatomic) SEL action",
        "@property (nullable, nonatomic, weak) id target",
        "@property (nullable, nonatomic, copy) UIMenu *menu",
        "@property (nullable, nonatomic, copy) UIAction *primaryAction",
        "@property (nullable, nonatomic, strong) UIColor *tintColor",
        "@property (nonatomic, readwrite, assign, getter=isHidden) BOOL hidden",
    ],
)

C(
    "UINavigationBar",
    "UIView",
    "UIKit/UINavigationBar.h",
    protocols=["UIBarPositioning"],
    i=[
        "- (void)pushNavigationItem:(UINavigationItem *)item animated:(BOOL)animated",
        "- (nullable UINavigationItem *)popNavigationItemAnimated:(BOOL)animated",
        "- (void)setItems:(nullable NSArray<UINavigationItem *> *)items animated:(BOOL)animated",
        "- (void)setBackgroundImage:(nullable UIImage *)backgroundImage forBarPosition:(UIBarPosition)barPosition barMetrics:(UIBarMetrics)barMetrics",
        "- (void)setBackgroundImage:(nullable UIImage *)backgroundImage forBarMetrics:(UIBarMetrics)barMetrics",
        "- (nullable UIImage *)backgroundImageForBarMetrics:(UIBarMetrics)barMetrics",
    ],
    p=[
        "@property (nonatomic, assign) UIBarStyle barStyle",
        "@property (nullable, nonatomic, weak) id<UINavigationBarDelegate> delegate",
        "@property (nonatomic, assign, getter=isTranslucent) BOOL translucent",
        "@property (nullable, nonatomic, readonly, strong) UINavigationItem *topItem",
        "@property (nullable, nonatomic, readonly, strong) UINavigationItem *backItem",
        "@property (nullable, nonatomic, copy) NSArray<UINavigationItem *> *items",
        "@property (nonatomic, readwrite, assign) BOOL prefersLargeTitles",
        "@property (null_resettable, nonatomic, strong) UIColor *tintColor",
        "@property (nullable, nonatomic, strong) UIColor *barTintColor",
        "@property (nullable, nonatomic, strong) UIImage *shadowImage",
        "@property (nullable, nonatomic, copy) NSDictionary<NSAttributedStringKey, id> *titleTextAttributes",
        "@property (nullable, nonatomic, copy) NSDictionary<NSAttributedStringKey, id> *largeTitleTextAttributes",
        "@property (nullable, nonatomic, strong) UIImage *backIndicatorImage",
        "@property (nullable, nonatomic, strong) UIImage *backIndicatorTransitionMaskImage",
        "@property (nonatomic, readwrite, copy) UINavigationBarAppearance *standardAppearance",
        "@property (nonatomic, readwrite, copy, nullable) UINavigationBarAppearance *compactAppearance",
        "@property (nonatomic, readwrite, copy, nullable) UINavigationBarAppearance *scrollEdgeAppearance",
    ],
)

C(
    "UINavigationItem",
    "NSObject",
    "UIKit/UINavigationItem.h",
    protocols=["NSCoding"],
    i=[
        "- (instancetype)initWithTitle:(NSString *)title",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)setHidesBackButton:(BOOL)hidesBackButton animated:(BOOL)animated",
        "- (void)setLeftBarButtonItems:(nullable NSArray<UIBarButtonItem *> *)items animated:(BOOL)animated",
        "- (void)setRightBarButtonItems:(nullable NSArray<UIBarButtonItem *> *)items animated:(BOOL)animated",
        "- (void)setLeftBarButtonItem:(nullable UIBarButtonItem *)item animated:(BOOL)animated",
        "- (void)setRightBarButtonItem:(nullable UIBarButtonItem *)item animated:(BOOL)animated",
    ],
    p=[
        "@property (nullable, nonatomic, copy) NSString *title",
        "@property (nullable, nonatomic, strong) UIBarButtonItem *backBarButtonItem",
        "@property (nullable, nonatomic, copy) NSString *backButtonTitle",
        "@property (nonatomic, assign) BOOL hidesBackButton",
        "@property (nullable, nonatomic, copy) NSArray<UIBarButtonItem *> *leftBarButtonItems",
        "@property (nullable, nonatomic, copy) NSArray<UIBarButtonItem *> *rightBarButtonItems",
        "@property (nonatomic) BOOL leftItemsSupplementBackButton",
        "@property (nullable, nonatomic, strong) UIView *titleView",
        "@property (nullable, nonatomic, copy) NSString *prompt",
        "@property (nullable, nonatomic, strong) UIBarButtonItem *leftBarButtonItem",
        "@property (nullable, nonatomic, strong) UIBarButtonItem *rightBarButtonItem",
        "@property (nonatomic, readwrite, assign) UINavigationItemLargeTitleDisplayMode largeTitleDisplayMode",
        "@property (nonatomic, retain, nullable) UISearchController *searchController",
        "@property (nonatomic, readwrite, assign) BOOL hidesSearchBarWhenScrolling",
        "@property (nonatomic, readwrite, copy, nullable) UINavigationBarAppearance *standardAppearance",
        "@property (nonatomic, readwrite, copy, nullable) UINavigationBarAppearance *scrollEdgeAppearance",
    ],
)

C(
    "UITabBar",
    "UIView",
    "UIKit/UITabBar.h",
    i=["- (void)setItems:(nullable NSArray<UITabBarItem *> *)items animated:(BOOL)animated"],
    p=[
        "@property (nullable, nonatomic, weak) id<UITabBarDelegate> delegate",
        "@property (nullable, nonatomic, copy) NSArray<UITabBarItem *> *items",
        "@property (nullable, nonatomic, weak) UITabBarItem *selectedItem",
        "@property (null_resettable, nonatomic, strong) UIColor *tintColor",
        "@property (nullable, nonatomic, strong) UIColor *barTintColor",
        "@property (nullable, nonatomic, readwrite, copy) UIColor *unselectedItemTintColor",
        "@property (nullable, nonatomic, strong) UIImage *backgroundImage",
        "@property (nullable, nonatomic, strong) UIImage *selectionIndicatorImage",
        "@property (nullable, nonatomic, strong) UIImage *shadowImage",
        "@property (nonatomic) UIBarStyle barStyle",
        "@property (nonatomic, getter=isTranslucent) BOOL translucent",
        "@property (nonatomic, copy) UITabBarAppearance *standardAppearance",
        "@property (nonatomic, copy, nullable) UITabBarAppearance *scrollEdgeAppearance",
    ],
)

C(
    "UITabBarItem",
    "UIBarItem",
    "UIKit/UITabBarItem.h",
    i=[
        "- (instancetype)init",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (instancetype)initWithTitle:(nullable NSString *)title image:(nullable UIImage *)image tag:(NSInteger)tag",
        "- (instancetype)initWithTitle:(nullable NSString *)title image:(nullable UIImage *)image selectedImage:(nullable UIImage *)selectedImage",
        "- (instancetype)initWithTabBarSystemItem:(UITabBarSystemItem)systemItem tag:(NSInteger)tag",
        "- (void)setBadgeTextAttributes:(nullable NSDictionary<NSAttributedStringKey, id> *)textAttributes forState:(UIControlState)state",
    ],
    p=[
        "@property (nullable, nonatomic, strong) UIImage *selectedImage",
        "@property (nullable, nonatomic, copy) NSString *badgeValue",
        "@property (nonatomic, readwrite, copy, nullable) UIColor *badgeColor",
        "@property (nonatomic, readwrite, assign) UIOffset titlePositionAdjustment",
    ],
)

C(
    "UIDevice",
    "NSObject",
    "UIKit/UIDevice.h",
    i=[
        "- (void)beginGeneratingDeviceOrientationNotifications",
        "- (void)endGeneratingDeviceOrientationNotifications",
        "- (void)playInputClick",
    ],
    p=[
        "@property (class, nonatomic, readonly) UIDevice *currentDevice",
        "@property (nonatomic, readonly, strong) NSString *name",
        "@property (nonatomic, readonly, strong) NSString *model",
        "@property (nonatomic, readonly, strong) NSString *localizedModel",
        "@property (nonatomic, readonly, strong) NSString *systemName",
        "@property (nonatomic, readonly, strong) NSString *systemVersion",
        "@property (nonatomic, readonly) UIDeviceOrientation orientation",
        "@property (nullable, nonatomic, readonly, strong) NSUUID *identifierForVendor",
        "@property (nonatomic, readonly, getter=isGeneratingDeviceOrientationNotifications) BOOL generatesDeviceOrientationNotifications",
        "@property (nonatomic, getter=isBatteryMonitoringEnabled) BOOL batteryMonitoringEnabled",
        "@property (nonatomic, readonly) UIDeviceBatteryState batteryState",
        "@property (nonatomic, readonly) float batteryLevel",
        "@property (nonatomic, getter=isProximityMonitoringEnabled) BOOL proximityMonitoringEnabled",
        "@property (nonatomic, readonly) BOOL proximityState",
        "@property (nonatomic, readonly, getter=isMultitaskingSupported) BOOL multitaskingSupported",
        "@property (nonatomic, readonly) UIUserInterfaceIdiom userInterfaceIdiom",
    ],
)

C(
    "UIPasteboard",
    "NSObject",
    "UIKit/UIPasteboard.h",
    c=[
        "+ (nullable UIPasteboard *)pasteboardWithName:(UIPasteboardName)pasteboardName create:(BOOL)create",
        "+ (UIPasteboard *)pasteboardWithUniqueName",
        "+ (void)removePasteboardWithName:(UIPasteboardName)pasteboardName",
    ],
    i=[
        "- (nullable NSData *)dataForPasteboardType:(NSString *)pasteboardType",
        "- (void)setData:(NSData *)data forPasteboardType:(NSString *)pasteboardType",
        "- (nullable id)valueForPasteboardType:(NSString *)pasteboardType",
        "- (void)setValue:(id)value forPasteboardType:(NSString *)pasteboardType",
        "- (BOOL)containsPasteboardTypes:(NSArray<NSString *> *)pasteboardTypes",
    ],
    p=[
        "@property (class, nonatomic, readonly) UIPasteboard *generalPasteboard",
        "@property (readonly, nonatomic) UIPasteboardName name",
        "@property (readonly, nonatomic) NSInteger changeCount",
        "@property (readonly, nonatomic) NSArray<NSString *> *pasteboardTypes",
        "@property (readonly, nonatomic) NSInteger numberOfItems",
        "@property (nonatomic, copy) NSArray<NSDictionary<NSString *, id> *> *items",
        "@property (nullable, nonatomic, copy) NSString *string",
        "@property (nullable, nonatomic, copy) NSArray<NSString *> *strings",
        "@property (nullable, nonatomic, copy) NSURL *URL",
        "@property (nullable, nonatomic, copy) NSArray<NSURL *> *URLs",
        "@property (nullable, nonatomic, copy) UIImage *image",
        "@property (nullable, nonatomic, copy) NSArray<UIImage *> *images",
        "@property (nullable, nonatomic, copy) UIColor *color",
        "@property (nonatomic, readonly) BOOL hasStrings",
        "@property (nonatomic, readonly) BOOL hasURLs",
        "@property (nonatomic, readonly) BOOL hasImages",
        "@property (nonatomic, readonly) BOOL hasColors",
    ],
)

C(
    "UIBezierPath",
    "NSObject",
    "UIKit/UIBezierPath.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)bezierPath",
        "+ (instancetype)bezierPathWithRect:(CGRect)rect",
        "+ (instancetype)bezierPathWithOvalInRect:(CGRect)rect",
        "+ (instancetype)bezierPathWithRoundedRect:(CGRect)rect cornerRadius:(CGFloat)cornerRadius",
        "+ (instancetype)bezierPathWithRoundedRect:(CGRect)rect byRoundingCorners:(UIRectCorner)corners cornerRadii:(CGSize)cornerRadii",
        "+ (instancetype)bezierPathWithArcCenter:(CGPoint)center radius:(CGFloat)radius startAngle:(CGFloat)startAngle endAngle:(CGFloat)endAngle clockwise:(BOOL)clockwise",
        "+ (instancetype)bezierPathWithCGPath:(CGPathRef)CGPath",
    ],
    i=[
        "- (void)moveToPoint:(CGPoint)point",
        "- (void)addLineToPoint:(CGPoint)point",
        "- (void)addCurveToPoint:(CGPoint)endPoint controlPoint1:(CGPoint)controlPoint1 controlPoint2:(CGPoint)controlPoint2",
        "- (void)addQuadCurveToPoint:(CGPoint)endPoint controlPoint:(CGPoint)controlPoint",
        "- (void)addArcWithCenter:(CGPoint)center radius:(CGFloat)radius startAngle:(CGFloat)startAngle endAngle:(CGFloat)endAngle clockwise:(BOOL)clockwise",
        "- (void)closePath",
        "- (void)removeAllPoints",
        "- (void)appendPath:(UIBezierPath *)bezierPath",
        "- (UIBezierPath *)bezierPathByReversingPath",
        "- (void)applyTransform:(CGAffineTransform)transform",
        "- (BOOL)containsPoint:(CGPoint)point",
        "- (void)setLineDash:(nullable const CGFloat *)pattern count:(NSInteger)count phase:(CGFloat)phase",
        "- (void)fill",
        "- (void)stroke",
        "- (void)fillWithBlendMode:(CGBlendMode)blendMode alpha:(CGFloat)alpha",
        "- (void)strokeWithBlendMode:(CGBlendMode)blendMode alpha:(CGFloat)alpha",
        "- (void)addClip",
    ],
    p=[
        "@property (nonatomic) CGPathRef CGPath",
        "@property (readonly, getter=isEmpty) BOOL empty",
        "@property (nonatomic, readonly) CGRect bounds",
        "@property (nonatomic, readonly) CGPoint currentPoint",
        "@property (nonatomic) CGFloat lineWidth",
        "@property (nonatomic) CGLineCap lineCapStyle",
        "@property (nonatomic) CGLineJoin lineJoinStyle",
        "@property (nonatomic) CGFloat miterLimit",
        "@property (nonatomic) CGFloat flatness",
        "@property (nonatomic) BOOL usesEvenOddFillRule",
    ],
)

P("UIBarPositioningDelegate", i=["- (UIBarPosition)positionForBar:(id<UIBarPositioning>)bar"])
P(
    "UISearchBarDelegate",
    protocols=["UIBarPositioningDelegate"],
    i=[
        "- (BOOL)searchBarShouldBeginEditing:(UISearchBar *)searchBar",
        "- (void)searchBarTextDidBeginEditing:(UISearchBar *)searchBar",
        "- (BOOL)searchBarShouldEndEditing:(UISearchBar *)searchBar",
        "- (void)searchBarTextDidEndEditing:(UISearchBar *)searchBar",
        "- (void)searchBar:(UISearchBar *)searchBar textDidChange:(NSString *)searchText",
        "- (BOOL)searchBar:(UISearchBar *)searchBar shouldChangeTextInRange:(NSRange)range replacementText:(NSString *)text",
        "- (void)searchBarSearchButtonClicked:(UISearchBar *)searchBar",
        "- (void)searchBarBookmarkButtonClicked:(UISearchBar *)searchBar",
        "- (void)searchBarCancelButtonClicked:(UISearchBar *)searchBar",
        "- (void)searchBarResultsListButtonClicked:(UISearchBar *)searchBar",
        "- (void)searchBar:(UISearchBar *)searchBar selectedScopeButtonIndexDidChange:(NSInteger)selectedScope",
    ],
)
P(
    "UIPickerViewDataSource",
    i=[
        "- (NSInteger)numberOfComponentsInPickerView:(UIPickerView *)pickerView",
        "- (NSInteger)pickerView:(UIPickerView *)pickerView numberOfRowsInComponent:(NSInteger)component",
    ],
)
P(
    "UIPickerViewDelegate",
    i=[
        "- (CGFloat)pickerView:(UIPickerView *)pickerView widthForComponent:(NSInteger)component",
        "- (CGFloat)pickerView:(UIPickerView *)pickerView rowHeightForComponent:(NSInteger)component",
        "- (nullable NSString *)pickerView:(UIPickerView *)pickerView titleForRow:(NSInteger)row forComponent:(NSInteger)component",
        "- (nullable NSAttributedString *)pickerView:(UIPickerView *)pickerView attributedTitleForRow:(NSInteger)row forComponent:(NSInteger)component",
        "- (UIView *)pickerView:(UIPickerView *)pickerView viewForRow:(NSInteger)row forComponent:(NSInteger)component reusingView:(nullable UIView *)view",
        "- (void)pickerView:(UIPickerView *)pickerView didSelectRow:(NSInteger)row inComponent:(NSInteger)component",
    ],
)
P(
    "UIPageViewControllerDataSource",
    i=[
        "- (nullable UIViewController *)pageViewController:(UIPageViewController *)pageViewController viewControllerBeforeViewController:(UIViewController *)viewController",
        "- (nullable UIViewController *)pageViewController:(UIPageViewController *)pageViewController viewControllerAfterViewController:(UIViewController *)viewController",
        "- (NSInteger)presentationCountForPageViewController:(UIPageViewController *)pageViewController",
        "- (NSInteger)presentationIndexForPageViewController:(UIPageViewController *)pageViewController",
    ],
)
P(
    "UIPageViewControllerDelegate",
    i=[
        "- (void)pageViewController:(UIPageViewController *)pageViewController willTransitionToViewControllers:(NSArray<UIViewController *> *)pendingViewControllers",
        "- (void)pageViewController:(UIPageViewController *)pageViewController didFinishAnimating:(BOOL)finished previousViewControllers:(NSArray<UIViewController *> *)previousViewControllers transitionCompleted:(BOOL)completed",
    ],
)
P(
    "WKNavigationDelegate",
    i=[
        "- (void)webView:(WKWebView *)webView decidePolicyForNavigationAction:(WKNavigationAction *)navigationAction decisionHandler:(void (^)(WKNavigationActionPolicy))decisionHandler",
        "- (void)webView:(WKWebView *)webView decidePolicyForNavigationAction:(WKNavigationAction *)navigationAction preferences:(WKWebpagePreferences *)preferences decisionHandler:(void (^)(WKNavigationActionPolicy, WKWebpagePreferences *))decisionHandler",
        "- (void)webView:(WKWebView *)webView decidePolicyForNavigationResponse:(WKNavigationResponse *)navigationResponse decisionHandler:(void (^)(WKNavigationResponsePolicy))decisionHandler",
        "- (void)webView:(WKWebView *)webView didStartProvisionalNavigation:(null_unspecified WKNavigation *)navigation",
        "- (void)webView:(WKWebView *)webView didReceiveServerRedirectForProvisionalNavigation:(null_unspecified WKNavigation *)navigation",
        "- (void)webView:(WKWebView *)webView didFailProvisionalNavigation:(null_unspecified WKNavigation *)navigation withError:(NSError *)error",
        "- (void)webView:(WKWebView *)webView didCommitNavigation:(null_unspecified WKNavigation *)navigation",
        "- (void)webView:(WKWebView *)webView didFinishNavigation:(null_unspecified WKNavigation *)navigation",
        "- (void)webView:(WKWebView *)webView didFailNavigation:(null_unspecified WKNavigation *)navigation withError:(NSError *)error",
        "- (void)webView:(WKWebView *)webView didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition, NSURLCredential * _Nullable credential))completionHandler",
        "- (void)webViewWebContentProcessDidTerminate:(WKWebView *)webView",
    ],
)
P(
    "NSURLSessionDelegate",
    i=[
        "- (void)URLSession:(NSURLSession *)session didBecomeInvalidWithError:(nullable NSError *)error",
        "- (void)URLSession:(NSURLSession *)session didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition, NSURLCredential * _Nullable credential))completionHandler",
        "- (void)URLSessionDidFinishEventsForBackgroundURLSession:(NSURLSession *)session",
    ],
)
P(
    "NSURLSessionTaskDelegate",
    protocols=["NSURLSessionDelegate"],
    i=[
        "- (void)URLSession:(NSURLSession *)session didCreateTask:(NSURLSessionTask *)task",
        "- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task willBeginDelayedRequest:(NSURLRequest *)request completionHandler:(void (^)(NSURLSessionDelayedRequestDisposition disposition, NSURLRequest * _Nullable newRequest))completionHandler",
        "- (void)URLSession:(NSURLSession *)session taskIsWaitingForConnectivity:(NSURLSessionTask *)task",
        "- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task willPerformHTTPRedirection:(NSHTTPURLResponse *)response newRequest:(NSURLRequest *)request completionHandler:(void (^)(NSURLRequest * _Nullable))completionHandler",
        "- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task didReceiveChallenge:(NSURLAuthenticationChallenge *)challenge completionHandler:(void (^)(NSURLSessionAuthChallengeDisposition disposition, NSURLCredential * _Nullable credential))completionHandler",
        "- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task needNewBodyStream:(void (^)(NSInputStream * _Nullable bodyStream))completionHandler",
        "- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task didSendBodyData:(int64_t)bytesSent totalBytesSent:(int64_t)totalBytesSent totalBytesExpectedToSend:(int64_t)totalBytesExpectedToSend",
        "- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task didFinishCollectingMetrics:(NSURLSessionTaskMetrics *)metrics",
        "- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task didCompleteWithError:(nullable NSError *)error",
    ],
)
P(
    "NSURLSessionDataDelegate",
    protocols=["NSURLSessionTaskDelegate"],
    i=[
        "- (void)URLSession:(NSURLSession *)session dataTask:(NSURLSessionDataTask *)dataTask didReceiveResponse:(NSURLResponse *)response completionHandler:(void (^)(NSURLSessionResponseDisposition disposition))completionHandler",
        "- (void)URLSession:(NSURLSession *)session dataTask:(NSURLSessionDataTask *)dataTask didBecomeDownloadTask:(NSURLSessionDownloadTask *)downloadTask",
        "- (void)URLSession:(NSURLSession *)session dataTask:(NSURLSessionDataTask *)dataTask didBecomeStreamTask:(NSURLSessionStreamTask *)streamTask",
        "- (void)URLSession:(NSURLSession *)session dataTask:(NSURLSessionDataTask *)dataTask didReceiveData:(NSData *)data",
        "- (void)URLSession:(NSURLSession *)session dataTask:(NSURLSessionDataTask *)dataTask willCacheResponse:(NSCachedURLResponse *)proposedResponse completionHandler:(void (^)(NSCachedURLResponse * _Nullable cachedResponse))completionHandler",
    ],
)
P(
    "CAMediaTiming",
    protocols=[],
    p=[
        "@property CFTimeInterval beginTime",
        "@property CFTimeInterval duration",
        "@property float speed",
        "@property CFTimeInterval timeOffset",
        "@property float repeatCount",
        "@property CFTimeInterval repeatDuration",
        "@property BOOL autoreverses",
        "@property (copy) CAMediaTimingFillMode fillMode",
    ],
)
P(
    "CAAction",
    protocols=[],
    i=["- (void)runActionForKey:(NSString *)event object:(id)anObject arguments:(nullable NSDictionary *)dict"],
)
P(
    "CAAnimationDelegate",
    i=[
        "- (void)animationDidStart:(CAAnimation *)anim",
        "- (void)animationDidStop:(CAAnimation *)anim finished:(BOOL)flag",
    ],
)

C(
    "UISearchBar",
    "UIView",
    "UIKit/UISearchBar.h",
    protocols=["UIBarPositioning", "UITextInputTraits"],
    i=[
        "- (instancetype)init",
        "- (instancetype)initWithFrame:(CGRect)frame",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)setShowsCancelButton:(BOOL)showsCancelButton animated:(BOOL)animated",
        "- (void)setImage:(nullable UIImage *)iconImage forSearchBarIcon:(UISearchBarIcon)icon state:(UIControlState)state",
        "- (void)setBackgroundImage:(nullable UIImage *)backgroundImage forBarPosition:(UIBarPosition)barPosition barMetrics:(UIBarMetrics)barMetrics",
        "- (void)setSearchFieldBackgroundImage:(nullable UIImage *)backgroundImage forState:(UIControlState)state",
    ],
    p=[
        "@property (nonatomic) UIBarStyle barStyle",
        "@property (nullable, nonatomic, weak) id<UISearchBarDelegate> delegate",
        "@property (nullable, nonatomic, copy) NSString *text",
        "@property (nullable, nonatomic, copy) NSString *prompt",
        "@property (nullable, nonatomic, copy) NSString *placeholder",
        "@property (nonatomic) BOOL showsBookmarkButton",
        "@property (nonatomic) BOOL showsCancelButton",
        "@property (nonatomic) BOOL showsSearchResultsButton",
        "@property (nonatomic, readonly) UISearchTextField *searchTextField",
        "@property (null_resettable, nonatomic, strong) UIColor *tintColor",
        "@property (nullable, nonatomic, strong) UIColor *barTintColor",
        "@property (nonatomic) UISearchBarStyle searchBarStyle",
        "@property (nonatomic, assign, getter=isTranslucent) BOOL translucent",
        "@property (nullable, nonatomic, copy) NSArray<NSString *> *scopeButtonTitles",
        "@property (nonatomic) NSInteger selectedScopeButtonIndex",
        "@property (nonatomic) BOOL showsScopeBar",
        "@property (nullable, nonatomic, readwrite, strong) UIView *inputAccessoryView",
        "@property (nullable, nonatomic, strong) UIImage *backgroundImage",
        "@property (nonatomic) UIOffset searchTextPositionAdjustment",
    ],
)

C(
    "UIDatePicker",
    "UIControl",
    "UIKit/UIDatePicker.h",
    protocols=["NSCoding"],
    i=["- (void)setDate:(NSDate *)date animated:(BOOL)animated"],
    p=[
        "@property (nonatomic) UIDatePickerMode datePickerMode",
        "@property (nonatomic, readwrite, assign) UIDatePickerStyle preferredDatePickerStyle",
        "@property (nonatomic, readonly, assign) UIDatePickerStyle datePickerStyle",
        "@property (nullable, nonatomic, strong) NSLocale *locale",
        "@property (null_resettable, nonatomic, copy) NSCalendar *calendar",
        "@property (nullable, nonatomic, strong) NSTimeZone *timeZone",
        "@property (nonatomic, strong) NSDate *date",
        "@property (nullable, nonatomic, strong) NSDate *minimumDate",
        "@property (nullable, nonatomic, strong) NSDate *maximumDate",
        "@property (nonatomic) NSTimeInterval countDownDuration",
        "@property (nonatomic) NSInteger minuteInterval",
    ],
)

C(
    "UIPickerView",
    "UIView",
    "UIKit/UIPickerView.h",
    protocols=["NSCoding"],
    i=[
        "- (NSInteger)numberOfRowsInComponent:(NSInteger)component",
        "- (CGSize)rowSizeForComponent:(NSInteger)component",
        "- (nullable UIView *)viewForRow:(NSInteger)row forComponent:(NSInteger)component",
        "- (void)reloadAllComponents",
        "- (void)reloadComponent:(NSInteger)component",
        "- (void)selectRow:(NSInteger)row inComponent:(NSInteger)component animated:(BOOL)animated",
        "- (NSInteger)selectedRowInComponent:(NSInteger)component",
    ],
    p=[
        "@property (nullable, nonatomic, weak) id<UIPickerViewDataSource> dataSource",
        "@property (nullable, nonatomic, weak) id<UIPickerViewDelegate> delegate",
        "@property (nonatomic) BOOL showsSelectionIndicator",
        "@property (nonatomic, readonly) NSInteger numberOfComponents",
    ],
)

C(
    "UIProgressView",
    "UIView",
    "UIKit/UIProgressView.h",
    protocols=["NSCoding"],
    i=[
        "- (instancetype)initWithFrame:(CGRect)frame",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (instancetype)initWithProgressViewStyle:(UIProgressViewStyle)style",
        "- (void)setProgress:(float)progress animated:(BOOL)animated",
    ],
    p=[
        "@property (nonatomic) UIProgressViewStyle progressViewStyle",
        "@property (nonatomic) float progress",
        "@property (nonatomic, strong, nullable) UIColor *progressTintColor",
        "@property (nonatomic, strong, nullable) UIColor *trackTintColor",
        "@property (nonatomic, strong, nullable) UIImage *progressImage",
        "@property (nonatomic, strong, nullable) UIImage *trackImage",
        "@property (nonatomic, strong, nullable) NSProgress *observedProgress",
    ],
)

C(
    "UIPageViewController",
    "UIViewController",
    "UIKit/UIPageViewController.h",
    i=[
        "- (instancetype)initWithTransitionStyle:(UIPageViewControllerTransitionStyle)style navigationOrientation:(UIPageViewControllerNavigationOrientation)navigationOrientation options:(nullable NSDictionary<UIPageViewControllerOptionsKey, id> *)options",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (void)setViewControllers:(nullable NSArray<UIViewController *> *)viewControllers direction:(UIPageViewControllerNavigationDirection)direction animated:(BOOL)animated completion:(void (^ _Nullable)(BOOL finished))completion",
    ],
    p=[
        "@property (nullable, nonatomic, weak) id<UIPageViewControllerDelegate> delegate",
        "@property (nullable, nonatomic, weak) id<UIPageViewControllerDataSource> dataSource",
        "@property (nonatomic, readonly) UIPageViewControllerTransitionStyle transitionStyle",
        "@property (nonatomic, readonly) UIPageViewControllerNavigationOrientation navigationOrientation",
        "@property (nonatomic, readonly) UIPageViewControllerSpineLocation spineLocation",
        "@property (nonatomic, getter=isDoubleSided) BOOL doubleSided",
        "@property (nonatomic, readonly) NSArray<__kindof UIGestureRecognizer *> *gestureRecognizers",
        "@property (nullable, nonatomic, readonly) NSArray<__kindof UIViewController *> *viewControllers",
    ],
)

C(
    "WKWebView",
    "UIView",
    "WebKit/WKWebView.h",
    c=["+ (BOOL)handlesURLScheme:(NSString *)urlScheme"],
    i=[
        "- (instancetype)initWithFrame:(CGRect)frame configuration:(WKWebViewConfiguration *)configuration",
        "- (nullable instancetype)initWithCoder:(NSCoder *)coder",
        "- (nullable WKNavigation *)loadRequest:(NSURLRequest *)request",
        "- (nullable WKNavigation *)loadFileURL:(NSURL *)URL allowingReadAccessToURL:(NSURL *)readAccessURL",
        "- (nullable WKNavigation *)loadHTMLString:(NSString *)string baseURL:(nullable NSURL *)baseURL",
        "- (nullable WKNavigation *)loadData:(NSData *)data MIMEType:(NSString *)MIMEType characterEncodingName:(NSString *)characterEncodingName baseURL:(NSURL *)baseURL",
        "- (nullable WKNavigation *)goToBackForwardListItem:(WKBackForwardListItem *)item",
        "- (nullable WKNavigation *)goBack",
        "- (nullable WKNavigation *)goForward",
        "- (nullable WKNavigation *)reload",
        "- (nullable WKNavigation *)reloadFromOrigin",
        "- (void)stopLoading",
        "- (void)evaluateJavaScript:(NSString *)javaScriptString completionHandler:(void (^ _Nullable)(_Nullable id, NSError * _Nullable error))completionHandler",
        "- (void)takeSnapshotWithConfiguration:(nullable WKSnapshotConfiguration *)snapshotConfiguration completionHandler:(void (^)(UIImage * _Nullable snapshotImage, NSError * _Nullable error))completionHandler",
    ],
    p=[
        "@property (nonatomic, readonly, copy) WKWebViewConfiguration *configuration",
        "@property (nullable, nonatomic, weak) id<WKNavigationDelegate> navigationDelegate",
        "@property (nullable, nonatomic, weak) id<WKUIDelegate> UIDelegate",
        "@property (nonatomic, readonly, strong) WKBackForwardList *backForwardList",
        "@property (nullable, nonatomic, readonly, copy) NSString *title",
        "@property (nullable, nonatomic, readonly, copy) NSURL *URL",
        "@property (nonatomic, readonly, getter=isLoading) BOOL loading",
        "@property (nonatomic, readonly) double estimatedProgress",
        "@property (nonatomic, readonly) BOOL hasOnlySecureContent",
        "@property (nonatomic, readonly) BOOL canGoBack",
        "@property (nonatomic, readonly) BOOL canGoForward",
        "@property (nonatomic) BOOL allowsBackForwardNavigationGestures",
        "@property (nullable, nonatomic, copy) NSString *customUserAgent",
        "@property (nonatomic) BOOL allowsLinkPreview",
        "@property (nonatomic, readonly, strong) UIScrollView *scrollView",
        "@property (nonatomic) CGFloat pageZoom",
        "@property (nonatomic, readwrite, getter=isInspectable) BOOL inspectable",
    ],
)

C(
    "CALayer",
    "NSObject",
    "QuartzCore/CALayer.h",
    protocols=["NSSecureCoding", "CAMediaTiming"],
    c=[
        "+ (instancetype)layer",
        "+ (nullable id)defaultValueForKey:(NSString *)key",
        "+ (BOOL)needsDisplayForKey:(NSString *)key",
        "+ (nullable id<CAAction>)defaultActionForKey:(NSString *)event",
    ],
    i=[
        "- (instancetype)init",
        "- (instancetype)initWithLayer:(id)layer",
        "- (nullable instancetype)presentationLayer",
        "- (instancetype)modelLayer",
        "- (BOOL)shouldArchiveValueForKey:(NSString *)key",
        "- (CGAffineTransform)affineTransform",
        "- (void)setAffineTransform:(CGAffineTransform)m",
        "- (void)removeFromSuperlayer",
        "- (void)addSublayer:(CALayer *)layer",
        "- (void)insertSublayer:(CALayer *)layer atIndex:(unsigned)idx",
        "- (void)insertSublayer:(CALayer *)layer below:(nullable CALayer *)sibling",
        "- (void)insertSublayer:(CALayer *)layer above:(nullable CALayer *)sibling",
        "- (void)replaceSublayer:(CALayer *)oldLayer with:(CALayer *)newLayer",
        "- (CGPoint)convertPoint:(CGPoint)p fromLayer:(nullable CALayer *)l",
        "- (CGPoint)convertPoint:(CGPoint)p toLayer:(nullable CALayer *)l",
        "- (CGRect)convertRect:(CGRect)r fromLayer:(nullable CALayer *)l",
        "- (CGRect)convertRect:(CGRect)r toLayer:(nullable CALayer *)l",
        "- (nullable __kindof CALayer *)hitTest:(CGPoint)p",
        "- (BOOL)containsPoint:(CGPoint)p",
        "- (void)display",
        "- (void)setNeedsDisplay",
        "- (void)setNeedsDisplayInRect:(CGRect)r",
        "- (BOOL)needsDisplay",
        "- (void)displayIfNeeded",
        "- (void)drawInContext:(CGContextRef)ctx",
        "- (void)renderInContext:(CGContextRef)ctx",
        "- (CGSize)preferredFrameSize",
        "- (void)setNeedsLayout",
        "- (BOOL)needsLayout",
        "- (void)layoutIfNeeded",
        "- (void)layoutSublayers",
        "- (nullable id<CAAction>)actionForKey:(NSString *)event",
        "- (void)addAnimation:(CAAnimation *)anim forKey:(nullable NSString *)key",
        "- (void)removeAllAnimations",
        "- (void)removeAnimationForKey:(NSString *)key",
        "- (nullable NSArray<NSString *> *)animationKeys",
        "- (nullable __kindof CAAnimation *)animationForKey:(NSString *)key",
    ],
    p=[
        "@property CGRect bounds",
        "@property CGPoint position",
        "@property CGFloat zPosition",
        "@property CGPoint anchorPoint",
        "@property CGFloat anchorPointZ",
        "@property CATransform3D transform",
        "@property CATransform3D sublayerTransform",
        "@property CGRect frame",
        "@property (getter=isHidden) BOOL hidden",
        "@property (getter=isDoubleSided) BOOL doubleSided",
        "@property (getter=isGeometryFlipped) BOOL geometryFlipped",
        "@property (nullable, readonly) CALayer *superlayer",
        "@property (nullable, copy) NSArray<__kindof CALayer *> *sublayers",
        "@property (nullable, strong) __kindof CALayer *mask",
        "@property BOOL masksToBounds",
        "@property (nullable, strong) id contents",
        "@property CGRect contentsRect",
        "@property (copy) CALayerContentsGravity contentsGravity",
        "@property CGFloat contentsScale",
        "@property CGRect contentsCenter",
        "@property (getter=isOpaque) BOOL opaque",
        "@property BOOL needsDisplayOnBoundsChange",
        "@property BOOL drawsAsynchronously",
        "@property (nullable) CGColorRef backgroundColor",
        "@property CGFloat cornerRadius",
        "@property CACornerMask maskedCorners",
        "@property (copy) CALayerCornerCurve cornerCurve",
        "@property CGFloat borderWidth",
        "@property (nullable) CGColorRef borderColor",
        "@property float opacity",
        "@property BOOL allowsGroupOpacity",
        "@property (nullable, copy) NSArray *filters",
        "@property (nullable, copy) NSArray *backgroundFilters",
        "@property BOOL shouldRasterize",
        "@property CGFloat rasterizationScale",
        "@property (nullable) CGColorRef shadowColor",
        "@property float shadowOpacity",
        "@property CGSize shadowOffset",
        "@property CGFloat shadowRadius",
        "@property (nullable) CGPathRef shadowPath",
        "@property (nullable, copy) NSDictionary<NSString *, id<CAAction>> *actions",
        "@property (nullable, copy) NSString *name",
        "@property (nullable, weak) id<CALayerDelegate> delegate",
    ],
)

C(
    "CAShapeLayer",
    "CALayer",
    "QuartzCore/CAShapeLayer.h",
    p=[
        "@property (nullable) CGPathRef path",
        "@property (nullable) CGColorRef fillColor",
        "@property (copy) CAShapeLayerFillRule fillRule",
        "@property (nullable) CGColorRef strokeColor",
        "@property CGFloat strokeStart",
        "@property CGFloat strokeEnd",
        "@property CGFloat lineWidth",
        "@property CGFloat miterLimit",
        "@property (copy) CAShapeLayerLineCap lineCap",
        "@property (copy) CAShapeLayerLineJoin lineJoin",
        "@property CGFloat lineDashPhase",
        "@property (nullable, copy) NSArray<NSNumber *> *lineDashPattern",
    ],
)

C(
    "CAGradientLayer",
    "CALayer",
    "QuartzCore/CAGradientLayer.h",
    p=[
        "@property (nullable, copy) NSArray *colors",
        "@property (nullable, copy) NSArray<NSNumber *> *locations",
        "@property CGPoint startPoint",
        "@property CGPoint endPoint",
        "@property (copy) CAGradientLayerType type",
    ],
)

C(
    "CAAnimation",
    "NSObject",
    "QuartzCore/CAAnimation.h",
    protocols=["NSSecureCoding", "NSCopying", "CAMediaTiming", "CAAction"],
    c=["+ (instancetype)animation", "+ (nullable id)defaultValueForKey:(NSString *)key"],
    i=["- (BOOL)shouldArchiveValueForKey:(NSString *)key"],
    p=[
        "@property (nullable, strong) CAMediaTimingFunction *timingFunction",
        "@property (nullable, strong) id<CAAnimationDelegate> delegate",
        "@property (getter=isRemovedOnCompletion) BOOL removedOnCompletion",
    ],
)

C(
    "CAPropertyAnimation",
    "CAAnimation",
    "QuartzCore/CAAnimation.h",
    c=["+ (instancetype)animationWithKeyPath:(nullable NSString *)path"],
    p=[
        "@property (nullable, copy) NSString *keyPath",
        "@property (getter=isAdditive) BOOL additive",
        "@property (getter=isCumulative) BOOL cumulative",
        "@property (nullable, strong) CAValueFunction *valueFunction",
    ],
)

C(
    "CABasicAnimation",
    "CAPropertyAnimation",
    "QuartzCore/CAAnimation.h",
    p=[
        "@property (nullable, strong) id fromValue",
        "@property (nullable, strong) id toValue",
        "@property (nullable, strong) id byValue",
    ],
)

C(
    "CAKeyframeAnimation",
    "CAPropertyAnimation",
    "QuartzCore/CAAnimation.h",
    p=[
        "@property (nullable, copy) NSArray *values",
        "@property (nullable) CGPathRef path",
        "@property (nullable, copy) NSArray<NSNumber *> *keyTimes",
        "@property (nullable, copy) NSArray<CAMediaTimingFunction *> *timingFunctions",
        "@property (copy) CAAnimationCalculationMode calculationMode",
        "@property (nullable, copy) CAAnimationRotationMode rotationMode",
    ],
)

C(
    "CAAnimationGroup",
    "CAAnimation",
    "QuartzCore/CAAnimation.h",
    p=["@property (nullable, copy) NSArray<CAAnimation *> *animations"],
)

C(
    "CADisplayLink",
    "NSObject",
    "QuartzCore/CADisplayLink.h",
    c=["+ (CADisplayLink *)displayLinkWithTarget:(id)target selector:(SEL)sel"],
    i=[
        "- (void)addToRunLoop:(NSRunLoop *)runloop forMode:(NSRunLoopMode)mode",
        "- (void)removeFromRunLoop:(NSRunLoop *)runloop forMode:(NSRunLoopMode)mode",
        "- (void)invalidate",
    ],
    p=[
        "@property (readonly, nonatomic) CFTimeInterval timestamp",
        "@property (readonly, nonatomic) CFTimeInterval duration",
        "@property (readonly, nonatomic) CFTimeInterval targetTimestamp",
        "@property (getter=isPaused, nonatomic) BOOL paused",
        "@property (nonatomic) NSInteger frameInterval",
        "@property (nonatomic) NSInteger preferredFramesPerSecond",
    ],
)

# ============================================================================ stage 4: gaps found by the corpus
# UIAccessibility is a category on NSObject: its properties belong to every object.
_members(
    "NSObject",
    (),
    (),
    [
        "@property (nullable, nonatomic, copy) NSString *accessibilityLabel",
        "@property (nullable, nonatomic, copy) NSString *accessibilityHint",
        "@property (nullable, nonatomic, copy) NSString *accessibilityValue",
        "@property (nullable, nonatomic, copy) NSString *accessibilityIdentifier",
        "@property (nonatomic) BOOL isAccessibilityElement",
        "@property (nonatomic) UIAccessibilityTraits accessibilityTraits",
    ],
    CLASSES["NSObject"],
    props_as_methods=False,
)

P(
    "UICollectionViewDataSourcePrefetching",
    i=[
        "- (void)collectionView:(UICollectionView *)collectionView prefetchItemsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths",
        "- (void)collectionView:(UICollectionView *)collectionView cancelPrefetchingForItemsAtIndexPaths:(NSArray<NSIndexPath *> *)indexPaths",
    ],
)

C("UIFeedbackGenerator", "NSObject", "UIKit/UIFeedbackGenerator.h", i=["- (void)prepare"])

C(
    "UIImpactFeedbackGenerator",
    "UIFeedbackGenerator",
    "UIKit/UIImpactFeedbackGenerator.h",
    i=[
        "- (instancetype)initWithStyle:(UIImpactFeedbackStyle)style",
        "- (void)impactOccurred",
        "- (void)impactOccurredWithIntensity:(CGFloat)intensity",
    ],
)

C(
    "UINotificationFeedbackGenerator",
    "UIFeedbackGenerator",
    "UIKit/UINotificationFeedbackGenerator.h",
    i=["- (void)notificationOccurred:(UINotificationFeedbackType)notificationType"],
)

C(
    "NSTimeZone",
    "NSObject",
    "Foundation/NSTimeZone.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (NSTimeZone *)localTimeZone",
        "+ (NSTimeZone *)systemTimeZone",
        "+ (NSTimeZone *)defaultTimeZone",
        "+ (nullable instancetype)timeZoneWithName:(NSString *)tzName",
        "+ (nullable instancetype)timeZoneWithAbbreviation:(NSString *)abbreviation",
        "+ (instancetype)timeZoneForSecondsFromGMT:(NSInteger)seconds",
    ],
    i=["- (NSInteger)secondsFromGMTForDate:(NSDate *)aDate"],
    p=[
        "@property (readonly, copy) NSString *name",
        "@property (readonly) NSInteger secondsFromGMT",
        "@property (nullable, readonly, copy) NSString *abbreviation",
    ],
)

C(
    "SKStoreReviewController",
    "NSObject",
    "StoreKit/SKStoreReviewController.h",
    c=["+ (void)requestReview", "+ (void)requestReviewInScene:(UIWindowScene *)windowScene"],
)

C(
    "UNUserNotificationCenter",
    "NSObject",
    "UserNotifications/UNUserNotificationCenter.h",
    c=["+ (UNUserNotificationCenter *)currentNotificationCenter"],
    i=[
        "- (void)requestAuthorizationWithOptions:(UNAuthorizationOptions)options completionHandler:(void (^)(BOOL granted, NSError *error))completionHandler",
        "- (void)getNotificationSettingsWithCompletionHandler:(void (^)(UNNotificationSettings *settings))completionHandler",
        "- (void)addNotificationRequest:(UNNotificationRequest *)request withCompletionHandler:(void (^)(NSError *error))completionHandler",
        "- (void)removePendingNotificationRequestsWithIdentifiers:(NSArray<NSString *> *)identifiers",
        "- (void)removeAllPendingNotificationRequests",
        "- (void)removeAllDeliveredNotifications",
    ],
    p=["@property (nullable, nonatomic, weak) id delegate"],
)

C(
    "UNNotificationContent",
    "NSObject",
    "UserNotifications/UNNotificationContent.h",
    protocols=["NSCopying", "NSMutableCopying", "NSSecureCoding"],
    p=[
        "@property (readonly, copy) NSString *title",
        "@property (readonly, copy) NSString *subtitle",
        "@property (readonly, copy) NSString *body",
        "@property (readonly, copy) NSDictionary *userInfo",
        "@property (readonly, copy) NSNumber *badge",
    ],
)

C(
    "UNMutableNotificationContent",
    "UNNotificationContent",
    "UserNotifications/UNNotificationContent.h",
    p=[
        "@property (copy) NSString *title",
        "@property (copy) NSString *subtitle",
        "@property (copy) NSString *body",
        "@property (copy) NSDictionary *userInfo",
        "@property (copy) NSNumber *badge",
        "@property (copy) UNNotificationSound *sound",
    ],
)

C(
    "UNNotificationTrigger",
    "NSObject",
    "UserNotifications/UNNotificationTrigger.h",
    p=["@property (readonly) BOOL repeats"],
)

C(
    "UNCalendarNotificationTrigger",
    "UNNotificationTrigger",
    "UserNotifications/UNNotificationTrigger.h",
    c=["+ (instancetype)triggerWithDateMatchingComponents:(NSDateComponents *)dateComponents repeats:(BOOL)repeats"],
    p=["@property (readonly, copy) NSDateComponents *dateComponents"],
)

C(
    "UNTimeIntervalNotificationTrigger",
    "UNNotificationTrigger",
    "UserNotifications/UNNotificationTrigger.h",
    c=["+ (instancetype)triggerWithTimeInterval:(NSTimeInterval)timeInterval repeats:(BOOL)repeats"],
    p=["@property (readonly) NSTimeInterval timeInterval"],
)

C(
    "UNNotificationRequest",
    "NSObject",
    "UserNotifications/UNNotificationRequest.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=[
        "+ (instancetype)requestWithIdentifier:(NSString *)identifier content:(UNNotificationContent *)content trigger:(nullable UNNotificationTrigger *)trigger",
    ],
    p=["@property (readonly, copy) NSString *identifier", "@property (readonly, copy) UNNotificationContent *content"],
)

C(
    "UITraitCollection",
    "NSObject",
    "UIKit/UITraitCollection.h",
    protocols=["NSCopying", "NSSecureCoding"],
    c=["+ (UITraitCollection *)currentTraitCollection"],
    i=["- (BOOL)hasDifferentColorAppearanceComparedToTraitCollection:(nullable UITraitCollection *)traitCollection"],
    p=[
        "@property (nonatomic, readonly) UIUserInterfaceStyle userInterfaceStyle",
        "@property (nonatomic, readonly) UIUserInterfaceSizeClass horizontalSizeClass",
        "@property (nonatomic, readonly) UIUserInterfaceSizeClass verticalSizeClass",
        "@property (nonatomic, readonly) CGFloat displayScale",
        "@property (nonatomic, readonly) UIContentSizeCategory preferredContentSizeCategory",
    ],
)

C(
    "UIPageControl",
    "UIControl",
    "UIKit/UIPageControl.h",
    i=["- (CGSize)sizeForNumberOfPages:(NSInteger)pageCount"],
    p=[
        "@property (nonatomic) NSInteger numberOfPages",
        "@property (nonatomic) NSInteger currentPage",
        "@property (nonatomic) BOOL hidesForSinglePage",
        "@property (nullable, nonatomic, strong) UIColor *pageIndicatorTintColor",
        "@property (nullable, nonatomic, strong) UIColor *currentPageIndicatorTintColor",
    ],
)

C("WKNavigation", "NSObject", "WebKit/WKNavigation.h")

C(
    "WKNavigationAction",
    "NSObject",
    "WebKit/WKNavigationAction.h",
    p=[
        "@property (nonatomic, readonly, copy) NSURLRequest *request",
        "@property (nonatomic, readonly) WKNavigationType navigationType",
        "@property (nullable, nonatomic, readonly, copy) WKFrameInfo *targetFrame",
    ],
)

C(
    "NSDecimalNumber",
    "NSNumber",
    "Foundation/NSDecimalNumber.h",
    c=[
        "+ (NSDecimalNumber *)decimalNumberWithString:(nullable NSString *)numberValue",
        "+ (NSDecimalNumber *)zero",
        "+ (NSDecimalNumber *)one",
        "+ (NSDecimalNumber *)notANumber",
    ],
    i=[
        "- (instancetype)initWithString:(nullable NSString *)numberValue",
        "- (NSDecimalNumber *)decimalNumberByAdding:(NSDecimalNumber *)decimalNumber",
        "- (NSDecimalNumber *)decimalNumberBySubtracting:(NSDecimalNumber *)decimalNumber",
        "- (NSDecimalNumber *)decimalNumberByMultiplyingBy:(NSDecimalNumber *)decimalNumber",
        "- (NSDecimalNumber *)decimalNumberByDividingBy:(NSDecimalNumber *)decimalNumber",
        "- (NSComparisonResult)compare:(NSNumber *)decimalNumber",
    ],
    p=["@property (readonly) double doubleValue"],
)

# ---- END OF DATA ----


def validate() -> None:
    for name, cls in CLASSES.items():
        sup = cls["superclass"]
        if sup is None:
            if name not in ("NSObject", "NSProxy"):
                ERRORS.append(f"{name}: superclass is null (only NSObject and NSProxy are roots)")
        elif sup not in CLASSES:
            ERRORS.append(f"{name}: superclass {sup} is not in the baseline")
        seen = {name}
        cur = sup
        while cur is not None and cur in CLASSES:
            if cur in seen:
                ERRORS.append(f"{name}: superclass cycle through {cur}")
                break
            seen.add(cur)
            cur = CLASSES[cur]["superclass"]
        if not str(cls["source"]["file"]).endswith(".h") or "/" not in cls["source"]["file"]:
            ERRORS.append(f"{name}: bad source file {cls['source']['file']!r}")
    for kind, table in (("class", CLASSES), ("protocol", PROTOCOLS)):
        for name, entry in table.items():
            for proto in entry["protocols"]:
                if proto not in PROTOCOLS:
                    ERRORS.append(f"{kind} {name} adopts protocol {proto}, which is not in the baseline")
            for key in ("instance_methods", "class_methods"):
                for sel, m in entry[key].items():
                    if not _SELECTOR.match(sel):
                        ERRORS.append(f"{kind} {name}: bad selector {sel!r}")
                    if sel.count(":") != len(m["params"]):
                        ERRORS.append(f"{kind} {name}: {sel} has {len(m['params'])} params")
                    for t in [m["returns"], *m["params"]]:
                        if not t or t.count("(") != t.count(")") or t.count("<") != t.count(">"):
                            ERRORS.append(f"{kind} {name}: {sel}: bad type {t!r}")
            for pname, prop in entry.get("properties", {}).items():
                if not _IDENT.fullmatch(pname) or not prop["type"]:
                    ERRORS.append(f"{kind} {name}: bad property {pname!r}: {prop}")
    # protocol inheritance cycles
    for name in PROTOCOLS:
        stack, seen = list(PROTOCOLS[name]["protocols"]), set()
        while stack:
            cur = stack.pop()
            if cur == name:
                ERRORS.append(f"protocol {name}: inheritance cycle")
                break
            if cur in seen or cur not in PROTOCOLS:
                continue
            seen.add(cur)
            stack.extend(PROTOCOLS[cur]["protocols"])


def main() -> int:
    validate()
    if ERRORS:
        for e in ERRORS:
            print("error:", e, file=sys.stderr)
        print(f"{len(ERRORS)} problem(s); {OUT} not written", file=sys.stderr)
        return 1
    doc = {
        "format": "mangopy-manifest",
        "version": 1,
        "app": {"name": "iOS SDK baseline", "version": "17.0"},
        "classes": CLASSES,
        "protocols": PROTOCOLS,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    n_im = sum(len(c["instance_methods"]) for c in CLASSES.values())
    n_cm = sum(len(c["class_methods"]) for c in CLASSES.values())
    n_pr = sum(len(c["properties"]) for c in CLASSES.values())
    n_pm = sum(len(p["instance_methods"]) + len(p["class_methods"]) for p in PROTOCOLS.values())
    print(
        f"wrote {OUT}: {len(CLASSES)} classes ({n_im} instance methods, {n_cm} class methods, "
        f"{n_pr} properties), {len(PROTOCOLS)} protocols ({n_pm} methods)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
