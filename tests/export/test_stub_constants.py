"""The stub iOS SDK declares the SDK's global constants (``sdk_types.json`` ``constants``, from the
bindings' ``[Field]`` symbols) and the C-level constants of the hand-written core: app code
that uses them parses without error with the exporter's own flags (``mangopy.export.clang_args``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import clang.cindex as ci

from mangopy.export import clang_args
from mangopy.export.sdk import stub_sdk, stub_sdk_path

ROOT = Path(__file__).resolve().parents[2]


def _errors(text: str) -> list[str]:
    with tempfile.TemporaryDirectory() as cache:
        tu = ci.Index.create().parse("check.m", clang_args(stub_sdk(), (), cache), unsaved_files=[("check.m", text)])
    return [f"{d.location.line}: {d.spelling}" for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("gen_stub_sdk", ROOT / "tools" / "gen_stub_sdk.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_stub_sdk"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


APP = """\
#import <UIKit/UIKit.h>
#import <ImageIO/ImageIO.h>

#define SAME_TYPE(e, t) _Static_assert(__builtin_types_compatible_p(__typeof__(e), t), #e)
SAME_TYPE(NSLocalizedDescriptionKey, NSString *const);
SAME_TYPE(UIFontWeightBold, const CGFloat);
SAME_TYPE(UIViewNoIntrinsicMetric, const CGFloat);
SAME_TYPE(kCGImagePropertyOrientation, const CFStringRef);

// The stub's classes have no members (the export reads only the app's declarations): no message sends here.
static void use(CFDictionaryRef properties) {
    NSString *strings[] = {NSLocalizedDescriptionKey, NSPOSIXErrorDomain, NSInternalInconsistencyException,
                           UIApplicationDidReceiveMemoryWarningNotification, UIKeyboardWillShowNotification,
                           UIKeyboardFrameEndUserInfoKey, NSForegroundColorAttributeName, NSRunLoopCommonModes};
    NSInteger missing = NSNotFound;
    int error = errno;
    CGFloat big = CGFLOAT_MAX, small = CGFLOAT_MIN, angle = M_PI_2, wide = MAXFLOAT, weight = UIFontWeightBold;
    NSUInteger encoding = NSUTF8StringEncoding;
    long long traits = UIAccessibilityTraitButton | UIAccessibilityTraitSelected;
    // ImageIO's keys are CFStringRef (a bridged cast of an object would be an error under ARC)
    NSString *key = (__bridge NSString *)kCGImagePropertyOrientation;
    CFStringRef keys[] = {kCGImagePropertyOrientation, kCGImagePropertyPixelWidth};
    CGImagePropertyOrientation orientation = kCGImagePropertyOrientationUp;
    CGBitmapInfo bitmap = kCGBitmapByteOrder32Host | kCGImageAlphaPremultipliedFirst;
    (void)properties; (void)strings; (void)missing; (void)error; (void)big; (void)small; (void)angle; (void)wide;
    (void)weight; (void)encoding; (void)traits; (void)key; (void)keys; (void)orientation; (void)bitmap;
}
"""


def test_app_code_using_sdk_constants_parses() -> None:
    assert _errors(APP) == []


def test_a_constant_left_undeclared_is_still_an_error() -> None:
    # the check above is not vacuous: clang reports what the stub does not declare
    assert any("MangoNotAnSDKConstant" in e for e in _errors("@import Foundation;\nid x = MangoNotAnSDKConstant;\n"))


def test_umbrellas_declare_the_constants_of_the_data() -> None:
    root = stub_sdk_path()
    umbrella = {fw: (root / fw / f"{fw}.h").read_text(encoding="utf-8") for fw in ("Foundation", "UIKit", "ImageIO")}
    assert "extern NSString * const NSLocalizedDescriptionKey;" in umbrella["Foundation"]
    assert "extern NSString * const NSInternalInconsistencyException;" in umbrella["Foundation"]  # xtro: not bound
    assert "extern NSString * const UIApplicationDidReceiveMemoryWarningNotification;" in umbrella["UIKit"]
    assert "extern NSString * const NSForegroundColorAttributeName;" in umbrella["UIKit"]
    assert "extern const CGFloat UIFontWeightBold;" in umbrella["UIKit"]
    assert "extern const CFStringRef kCGImagePropertyOrientation;" in umbrella["ImageIO"]
    # a constant is declared after the types it uses: the umbrella of a C framework imports what it needs
    assert umbrella["ImageIO"].index("#import <CoreFoundation/CoreFoundation.h>") < umbrella["ImageIO"].index(
        "kCGImagePropertyOrientation;"
    )
    # the SDK's constant wins over the value of an enum that only C# has (its name was derived)
    assert "UIFontWeightBold =" not in umbrella["UIKit"]


def test_nearly_every_constant_of_the_data_is_declared() -> None:
    data = json.loads((ROOT / "mangopy" / "data" / "sdk_types.json").read_text(encoding="utf-8"))
    constants = {name: fw for fw, t in data["frameworks"].items() for name in t.get("constants", {})}
    assert len(constants) > 5000
    root = stub_sdk_path()
    text = "".join(p.read_text(encoding="utf-8") for p in root.rglob("*.h"))
    declared = [name for name in constants if f" {name};" in text]
    assert len(declared) > 0.99 * len(constants)


def test_constant_declarations() -> None:
    gen = _tool()
    assert gen.constant_text("NSString *", "NSFooKey") == "extern NSString * const NSFooKey;"
    assert gen.constant_text("NSArray<NSString *> *", "UIList") == "extern NSArray<NSString *> * const UIList;"
    assert gen.constant_text("CGFloat", "UIFontWeightBold") == "extern const CGFloat UIFontWeightBold;"
    assert gen.constant_text("struct CMTag", "kCMTagInvalid") == "extern const struct CMTag kCMTagInvalid;"
    assert gen.constant_text("void (^)(void)", "Block") is None
    assert gen.constant_text(["not", "a", "type"], "Bad") is None
