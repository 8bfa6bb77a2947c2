"""tools/gen_sdk_baseline.py on an excerpt of the xamarin-macios bindings (tests/tools/data/xamarin_excerpt)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from mangopy.semantics import types
from mangopy.semantics.manifest import load_all, load_manifest, parse_document, parse_manifest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "data" / "xamarin_excerpt"
COMMIT = "12d38e23899929e7bdd8db2938c5c150f030bae8"


def _load_tool() -> Any:
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location("gen_sdk_baseline", ROOT / "tools" / "gen_sdk_baseline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_sdk_baseline"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


gen = _load_tool()


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out_dir = tmp_path_factory.mktemp("baseline")
    rc = gen.main(
        [
            "--source",
            str(FIXTURE),
            "--commit",
            COMMIT,
            "--overlay",
            str(FIXTURE / "overlay.h"),
            "--out-dir",
            str(out_dir),
        ]
    )
    assert rc == 0
    return {
        "baseline": json.loads((out_dir / "sdk_baseline.json").read_text()),
        "types": json.loads((out_dir / "sdk_types.json").read_text()),
        "bytes": (out_dir / "sdk_baseline.json").read_bytes(),
    }


def test_classes_superclasses_and_renames(out: dict[str, Any]) -> None:
    classes = out["baseline"]["classes"]
    assert classes["UITableView"]["superclass"] == "UIScrollView"
    assert classes["UIView"]["superclass"] == "UIResponder"
    assert classes["NSObject"]["superclass"] is None
    assert "NSURL" in classes and "NSUrl" not in classes  # [BaseType (..., Name = "NSURL")]
    assert classes["CALayer"]["source"] == {"file": "QuartzCore/QuartzCore.h"}  # namespace CoreAnimation
    assert classes["UIView"]["source"] == {"file": "UIKit/UIKit.h"}
    assert classes["UIView"]["protocols"] == ["UIAppearance", "NSCoding"]


def test_methods_properties_and_types(out: dict[str, Any]) -> None:
    view = out["baseline"]["classes"]["UIView"]
    assert view["class_methods"]["animateWithDuration:animations:completion:"] == {
        "returns": "void",
        "params": ["double", "void (^)(void)", "void (^)(BOOL)"],  # Action, delegate UIOperationHandler
    }
    assert view["instance_methods"]["initWithFrame:"] == {"returns": "instancetype", "params": ["CGRect"]}
    assert view["instance_methods"]["convertPoint:toView:"]["params"] == ["CGPoint", "UIView *"]
    assert view["properties"]["userInteractionEnabled"] == {
        "type": "BOOL",
        "attributes": ["getter=isUserInteractionEnabled"],
    }
    assert view["instance_methods"]["isUserInteractionEnabled"]["returns"] == "BOOL"
    assert view["properties"]["backgroundColor"] == {"type": "UIColor *", "attributes": ["strong"]}
    assert view["properties"]["subviews"] == {"type": "NSArray<UIView *> *", "attributes": ["readonly"]}
    assert view["properties"]["maskedCorners"]["type"] == "UIRectCorner"
    color = out["baseline"]["classes"]["UIColor"]
    assert color["properties"]["redColor"]["attributes"] == ["class", "readonly"]
    assert color["class_methods"]["redColor"]["returns"] == "UIColor *"
    assert color["instance_methods"]["colorWithAlphaComponent:"]["params"] == ["CGFloat"]  # [Category]
    scroll = out["baseline"]["classes"]["UIScrollView"]
    assert scroll["properties"]["delegate"] == {"type": "id<UIScrollViewDelegate>", "attributes": ["weak"]}
    # NativeHandle may be an object, a class or a C pointer: unknown, not guessed.
    assert out["baseline"]["classes"]["UITableView"]["instance_methods"]["objectAtIndex:"]["returns"] == "?"
    assert types.objc_category("?") == types.UNKNOWN


def test_availability_and_preprocessor(out: dict[str, Any]) -> None:
    classes = out["baseline"]["classes"]
    methods = classes["UIView"]["instance_methods"]
    assert "iosConditional" in methods
    assert not {"macConditional", "macOnlyThing", "anotherMacOnlyThing"} & set(methods)
    assert "UIMacOnlyClass" not in classes


def test_protocols(out: dict[str, Any]) -> None:
    protocols = out["baseline"]["protocols"]
    delegate = protocols["UITableViewDelegate"]
    assert delegate["protocols"] == ["UIScrollViewDelegate"]  # through [BaseType (typeof (UIScrollViewDelegate))]
    assert delegate["instance_methods"]["tableView:heightForRowAtIndexPath:"] == {
        "returns": "CGFloat",
        "params": ["UITableView *", "NSIndexPath *"],
    }
    assert protocols["NSCoding"]["protocols"] == ["NSObject"]
    assert "UIScrollViewDelegate" not in out["baseline"]["classes"]  # [Model]: not an Objective-C class


def test_completeness(out: dict[str, Any]) -> None:
    classes = out["baseline"]["classes"]
    # xtro: +colorWithHue:... is in the SDK but not bound: known, with types unknown; the entry stays complete
    color = classes["UIColor"]
    assert color["class_methods"]["colorWithHue:saturation:brightness:alpha:"] == {
        "returns": "?",
        "params": ["?", "?", "?", "?"],
    }
    assert "partial" not in color
    # members the overlay adds (+layerClass) complete an entry, they do not make it partial
    assert classes["UIView"]["class_methods"]["layerClass"] == {"returns": "Class", "params": []}
    assert "partial" not in classes["UIView"] and "partial" not in classes["UITableView"]
    # only a category is bound: the class is listed, partial, without a superclass
    scene = classes["UIWindowScene"]
    assert scene["partial"] is True and "superclass" not in scene
    assert "extraSceneThing" in scene["instance_methods"]
    # xtro's missing conformance is added, and the protocol exists.
    assert "UIFocusItemScrollableContainer" in classes["UIScrollView"]["protocols"]


def test_types_file(out: dict[str, Any]) -> None:
    doc = out["types"]
    assert doc["source"]["commit"] == COMMIT
    assert doc["source"]["licence"] == "MIT"
    uikit = doc["frameworks"]["UIKit"]
    corner = uikit["enums"]["UIRectCorner"]
    assert corner["underlying"] == "NSUInteger" and corner["options"] is True
    assert corner["values"]["UIRectCornerTopRight"] == 2
    assert corner["values"]["UIRectCornerAllCorners"] == 2**64 - 1
    direction = uikit["enums"]["UIUserInterfaceLayoutDirection"]
    assert direction == {
        "underlying": "NSInteger",
        "options": False,
        "values": {"UIUserInterfaceLayoutDirectionLeftToRight": 0, "UIUserInterfaceLayoutDirectionRightToLeft": 1},
    }
    assert uikit["enums"]["UIPlainEnum"]["underlying"] == "int"
    assert uikit["enums"]["UIPlainEnum"]["values"] == {"UIPlainEnumFirst": -1, "UIPlainEnumSecond": 0}
    assert uikit["typedefs"]["UIFontTextStyle"] == "NSString *"
    assert uikit["structs"]["UIEdgeInsets"] == [
        ["CGFloat", "top"],
        ["CGFloat", "left"],
        ["CGFloat", "bottom"],
        ["CGFloat", "right"],
    ]
    assert doc["frameworks"]["Foundation"]["typedefs"]["NSTimeInterval"] == "double"


def test_output_is_a_valid_compact_manifest(out: dict[str, Any], tmp_path: Path) -> None:
    lines = out["bytes"].decode().split("\n")
    classes = out["baseline"]["classes"]
    assert len(lines) == len(classes) + 3  # the rest, one line a class, the closing braces, ""
    assert lines[0].endswith(',"classes":{') and lines[-2:] == ["}}", ""]
    manifest = parse_manifest(out["bytes"], "sdk_baseline.json")
    # loaded as the baseline is (each entry validated when read): the same classes
    path = tmp_path / "sdk_baseline.json"
    path.write_bytes(out["bytes"])
    os.environ["MANGOPY_CACHE_DIR"] = str(tmp_path / "cache")
    try:
        cut = load_manifest(path)
    finally:
        del os.environ["MANGOPY_CACHE_DIR"]
    assert {n: c.raw for n, c in cut.classes.items()} == classes
    assert cut.protocols == out["baseline"]["protocols"]
    assert manifest.root_known("UITableView")
    assert out["baseline"]["app"]["source"]["repository"] == "https://github.com/xamarin/xamarin-macios"


def test_validation_refuses_a_broken_chain(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.h"
    overlay.write_text("@interface Orphan : Missing\n- (void)foo;\n@end\n@interface NSObject <NSObject>\n@end\n")
    rc = gen.main(["--source", str(FIXTURE), "--commit", COMMIT, "--overlay", str(overlay), "--out-dir", str(tmp_path)])
    assert rc == 1
    assert not (tmp_path / "sdk_baseline.json").exists()


def test_preprocessor_expressions() -> None:
    sb = sys.modules["sdk_bindings"]
    text = "#if IOS && !(MONOMAC || TVOS)\na\n#elif NET\nb\n#else\nc\n#endif\n#if !NET\nd\n#endif\n"
    assert sb.preprocess(text, "x.cs").split() == ["a"]
    with pytest.raises(sb.BindingError, match=r"x\.cs: #if without #endif"):
        sb.preprocess("#if NET\n", "x.cs")


def test_shipped_baseline_is_generated_and_complete_enough() -> None:
    """The committed data: generated from the bindings, with the classes hot fixes use most."""
    data = (ROOT / "mangopy" / "data" / "sdk_baseline.json").read_bytes()
    doc = parse_document(data, "sdk_baseline.json")  # valid: mangopy loads it without validating
    assert doc["app"]["source"]["repository"] == "https://github.com/xamarin/xamarin-macios"
    assert len(doc["classes"]) > 3000 and len(doc["protocols"]) > 800
    m = load_all([])
    for name in (
        "UIButton",
        "WKWebView",
        "AVPlayer",
        "CLLocationManager",
        "MKMapView",
        "PHAsset",
        "UNUserNotificationCenter",
    ):
        assert m.root_known(name), name
    assert m.find_method("UIButton", "setTitle:forState:", False) is not None
    assert m.find_property("UIButton", "enabled") is not None
    types_doc = json.loads((ROOT / "mangopy" / "data" / "sdk_types.json").read_text())
    assert types_doc["frameworks"]["UIKit"]["enums"]["UIControlState"]["underlying"] == "NSUInteger"


CONSTANTS_CS = """\
using System;
using Foundation;

namespace Foundation {
	[Static]
	interface NSErrorUserInfoKeys {
		[Field ("NSLocalizedDescriptionKey")]
		NSString LocalizedDescriptionKey { get; }

		[Field ("UITrackingRunLoopMode", "UIKit")]
		NSString UITrackingRunLoopMode { get; }

		[Field ("NSSomePointer")]
		IntPtr SomePointer { get; }

		[NoiOS]
		[Field ("NSMacOnlyKey")]
		NSString MacOnlyKey { get; }

		[Field ("MyAppKey", "__Internal")]
		NSString AppKey { get; }
	}

	[ErrorDomain ("NSFakeErrorDomain")]
	public enum NSFakeError : long {
		One = 1,
	}
}

namespace UIKit {
	[Static]
	interface UIFontWeightConstants {
		[Field ("UIFontWeightBold")]
		nfloat Bold { get; }

		[Field ("UIAccessibilityTraitButton")]
		long TraitButton { get; }
	}

	public enum UIAccessibilityTraits : long {
		[Field ("UIAccessibilityTraitButton")]
		Button,

		[Field ("UIAccessibilityTraitToggleButton")]
		ToggleButton,
	}

	[BackingFieldType (typeof (nint))]
	public enum UIPriorityLevel {
		[Field ("UIPriorityLevelHigh")]
		High,
	}
}

namespace ImageIO {
	[Static]
	interface CGImageProperties {
		[Field ("kCGImagePropertyOrientation")]
		NSString Orientation { get; }
	}
}
"""


def test_constants(tmp_path: Path) -> None:
    """[Field] properties, [ErrorDomain]s, smart enum members and xtro's unbound fields -> ``constants``."""
    source = tmp_path / "xamarin"
    shutil.copytree(FIXTURE, source)
    (source / "src" / "constants.cs").write_text(CONSTANTS_CS, encoding="utf-8")
    frameworks = source / "tools" / "common" / "Frameworks.cs"
    text = frameworks.read_text(encoding="utf-8")
    frameworks.write_text(
        text.replace('{ "UIKit", "UIKit", 3 },', '{ "UIKit", "UIKit", 3 },\n{ "ImageIO", "ImageIO", 3 },')
    )
    annotations = source / "tests" / "xtro-sharpie" / "api-annotations-dotnet"
    (annotations / "common-Foundation.ignore").write_text(
        "!missing-field! NSInternalInconsistencyException not bound\n!missing-field! NSLoadedClasses not bound\n"
        "!missing-field! NSLocalizedDescriptionKey not bound\n",
        encoding="utf-8",
    )
    out_dir = tmp_path / "out"
    args = ["--source", str(source), "--commit", COMMIT, "--overlay", str(FIXTURE / "overlay.h")]
    assert gen.main([*args, "--out-dir", str(out_dir)]) == 0
    frameworks_doc = json.loads((out_dir / "sdk_types.json").read_text())["frameworks"]
    constants = {fw: t["constants"] for fw, t in frameworks_doc.items()}
    assert constants["Foundation"] == {
        "NSLocalizedDescriptionKey": "NSString *",
        "NSFakeErrorDomain": "NSString *",  # [ErrorDomain]
        "NSInternalInconsistencyException": "NSString *",  # xtro: not bound, a string by its name
    }  # not NSSomePointer (IntPtr: unknown), NSMacOnlyKey ([NoiOS]), MyAppKey (__Internal), NSLoadedClasses
    assert constants["UIKit"] == {
        "UITrackingRunLoopMode": "NSString *",  # the library says UIKit
        "UIFontWeightBold": "CGFloat",
        "UIAccessibilityTraitButton": "long long",
        "UIAccessibilityTraitToggleButton": "long long",  # a smart enum typed as its [Field] properties
        "UIPriorityLevelHigh": "NSInteger",  # [BackingFieldType (typeof (nint))]
        "UIFontTextStyleHeadline": "NSString *",  # members of a smart enum: NSString by default
        "UIFontTextStyleBody": "NSString *",
    }
    assert constants["ImageIO"] == {"kCGImagePropertyOrientation": "CFStringRef"}  # a C framework's key
    assert frameworks_doc["ImageIO"] == {"constants": constants["ImageIO"], "enums": {}, "structs": {}, "typedefs": {}}
