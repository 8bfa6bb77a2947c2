"""mangopy.export: real libclang on real header files (tests/export/data/headers, broken, swift)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mangopy.export import ExportError, ExportReport, collect_inputs, export_headers
from mangopy.export.spelling import join_tokens, normalize, strip_param_names
from mangopy.export.swift import module_from_file, module_from_mangled
from mangopy.semantics.manifest import validate

DATA = Path(__file__).parent / "data"
HEADERS = DATA / "headers"


def _export(*paths: Path, **kwargs: Any) -> tuple[dict[str, Any], ExportReport]:
    manifest, report = export_headers(paths, sdk=kwargs.pop("sdk", "stub"), **kwargs)
    validate(manifest, "<test>")  # every exported manifest is valid
    assert report.classes == len(manifest["classes"])
    return manifest, report


@pytest.fixture(scope="module")
def shop() -> dict[str, Any]:
    manifest, report = _export(HEADERS, defines=["SHOP_COUPONS=1"], excludes=["Vendor"])
    assert report.problems == report.warnings == []
    assert (report.files, report.contributing) == (7, 7)
    return manifest


def m(returns: str, params: list[str], encoding: str | None = None, **source: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"returns": returns, "params": params}
    if encoding is not None:
        out["encoding"] = encoding
    if source:
        out["source"] = source
    return out


def test_top_level(shop: dict[str, Any]) -> None:
    assert shop["format"] == "mangopy-manifest"
    assert shop["version"] == 1
    assert list(shop["classes"]) == ["Box", "CartViewController", "Order", "UIView", "ViewBox"]
    assert list(shop["protocols"]) == ["OrderObserver", "PriceSource"]


def test_class_with_category_properties_blocks_structs_nullability(shop: dict[str, Any]) -> None:
    pricing = {"file": "Model/Order+Pricing.h"}
    assert shop["classes"]["Order"] == {
        "superclass": "NSObject",
        "protocols": ["NSCopying", "NSCoding"],
        "swift_module": None,
        "instance_methods": {
            "addItem:quantity:": m("void", ["NSString *", "NSInteger"], "v32@0:8@16q24"),
            "applyCoupon:": m("void", ["NSString *"], "v24@0:8@16"),  # -D SHOP_COUPONS=1
            "applyToken:": m("void", ["LegacyToken *"]),  # unknown type: source spelling, no encoding
            "discount": m("double", [], "d16@0:8", **pricing, line=6),
            "discountedPrice": m("double", [], "d16@0:8", **pricing, line=4),
            "identifier": m("NSString *", [], "@16@0:8"),
            "init": m("instancetype", [], "@16@0:8"),
            "initWithIdentifier:": m("instancetype", ["NSString *"], "@24@0:8@16"),
            "isGift": m("BOOL", [], "B16@0:8"),  # declared by a macro
            "isPaid": m("BOOL", [], "B16@0:8"),  # getter=isPaid
            "items": m("NSArray<NSString *> *", [], "@16@0:8"),
            "layoutInRect:": m("void", ["CGRect"], "v48@0:8{CGRect={CGPoint=dd}{CGSize=dd}}16"),
            "markPaid:": m("void", ["BOOL"], "v20@0:8B16"),  # setter=markPaid:
            "noteForItem:": m("NSString *", ["NSString *"], "@24@0:8@16"),
            "onChange": m("void (^)(Order *)", [], "@?16@0:8"),
            "quantity": m("NSInteger", [], "q16@0:8"),
            "save:": m("BOOL", ["NSError **"], "B24@0:8^@16"),
            "setGift:": m("void", ["BOOL"], "v20@0:8B16"),
            "setItems:": m("void", ["NSArray<NSString *> *"], "v24@0:8@16"),
            "setOnChange:": m("void", ["void (^)(Order *)"], "v24@0:8@?16"),
            "setQuantity:": m("void", ["NSInteger"], "v24@0:8q16"),
            "setToken:": m("void", ["LegacyToken *"]),
            "status": m("OrderStatus", [], "q16@0:8"),
            "submitLater:": m("void", ["OrderCompletion"], "v24@0:8@?16"),
            "submitWithCompletion:": m("void", ["void (^)(BOOL, NSError *)"], "v24@0:8@?16"),
            "token": m("LegacyToken *", []),
            "totalPrice": m("double", [], "d16@0:8"),
        },
        "class_methods": {
            "orderCount": m("NSUInteger", [], "Q16@0:8"),  # class property
            "orderWithIdentifier:": m("instancetype", ["NSString *"], "@24@0:8@16"),
            "taxRate": m("double", [], "d16@0:8", **pricing, line=5),
        },
        "properties": {
            "discount": {"type": "double", "attributes": ["nonatomic", "readonly"], "source": {**pricing, "line": 6}},
            "identifier": {"type": "NSString *", "attributes": ["nonatomic", "copy", "readonly"]},
            "items": {"type": "NSArray<NSString *> *", "attributes": ["nonatomic", "copy"]},
            "onChange": {"type": "void (^)(Order *)", "attributes": ["nonatomic", "copy"]},
            "orderCount": {"type": "NSUInteger", "attributes": ["class", "nonatomic", "readonly"]},
            "paid": {"type": "BOOL", "attributes": ["nonatomic", "getter=isPaid", "setter=markPaid:"]},
            "quantity": {"type": "NSInteger", "attributes": ["nonatomic", "assign"]},
            "token": {"type": "LegacyToken *", "attributes": ["nonatomic", "strong"]},
        },
        "source": {"file": "Model/Order.h", "line": 16},
    }


def test_class_extension_in_m_file_is_merged(shop: dict[str, Any]) -> None:
    ext = {"file": "UI/CartViewController.m"}
    assert shop["classes"]["CartViewController"] == {
        "superclass": "UIViewController",
        "protocols": ["UITableViewDataSource", "UITableViewDelegate", "OrderObserver"],
        "swift_module": None,
        "instance_methods": {
            "badge": m("NSInteger", [], "q16@0:8"),
            "checkout:": m("void", ["id"], "v24@0:8@16"),  # IBAction
            "loadWithCompletion:": m("void", ["void (^)(BOOL)"], "v24@0:8@?16"),
            # only in the @implementation (a private method, or an override of the SDK's)
            "notDeclaredInAnInterface": m("void", [], "v16@0:8", **ext, line=21) | {"declared": "implementation"},
            "onCheckout": m("void (^)(NSArray<Order *> *, BOOL)", [], "@?16@0:8"),
            "orders": m("NSMutableArray<Order *> *", [], "@16@0:8", **ext, line=6),
            "reloadAnimated:": m("void", ["BOOL"], "v20@0:8B16"),
            "scrollToRect:insets:": m(
                "void", ["CGRect", "UIEdgeInsets"], "v80@0:8{CGRect={CGPoint=dd}{CGSize=dd}}16{UIEdgeInsets=dddd}48"
            ),
            "setBadge:": m("void", ["NSInteger"], "v24@0:8q16", **ext, line=5),  # readwrite in the extension
            "setOnCheckout:": m("void", ["void (^)(NSArray<Order *> *, BOOL)"], "v24@0:8@?16"),
            "setOrders:": m("void", ["NSMutableArray<Order *> *"], "v24@0:8@16", **ext, line=6),
            "setTableView:": m("void", ["UITableView *"], "v24@0:8@16"),
            "tableView": m("UITableView *", [], "@16@0:8"),
            "updateBadge": m("void", [], "v16@0:8", **ext, line=7),
            "viewDidLoad": m("void", [], "v16@0:8", **ext, line=12) | {"declared": "implementation"},
        },
        "class_methods": {},
        "properties": {
            "badge": {"type": "NSInteger", "attributes": ["nonatomic"]},
            "onCheckout": {"type": "void (^)(NSArray<Order *> *, BOOL)", "attributes": ["nonatomic", "copy"]},
            "orders": {
                "type": "NSMutableArray<Order *> *",
                "attributes": ["nonatomic", "strong"],
                "source": {**ext, "line": 6},
            },
            "tableView": {"type": "UITableView *", "attributes": ["nonatomic", "weak"]},
        },
        "source": {"file": "UI/CartViewController.h", "line": 6},
    }


def test_category_on_sdk_class_records_only_what_it_adds(shop: dict[str, Any]) -> None:
    where = {"file": "UI/UIView+Shop.h", "line": 5}
    assert shop["classes"]["UIView"] == {
        "instance_methods": {
            "shop_applyTheme": m("void", [], "v16@0:8", file="UI/UIView+Shop.h", line=4),
            "shop_cornerRadius": m("CGFloat", [], "d16@0:8", **where),
        },
        "class_methods": {},
        "properties": {
            "shop_cornerRadius": {"type": "CGFloat", "attributes": ["nonatomic", "readonly"], "source": where}
        },
    }


def test_lightweight_generics(shop: dict[str, Any]) -> None:
    assert shop["classes"]["Box"]["instance_methods"] == {
        "all": m("NSArray<id> *", [], "@16@0:8"),
        "object": m("id", [], "@16@0:8"),
        "setObject:": m("void", ["id"], "v24@0:8@16"),
    }
    # a bounded type parameter becomes its bound; `: Box<V>` is a type argument, not a protocol
    assert shop["classes"]["ViewBox"] == {
        "superclass": "Box",
        "protocols": [],
        "swift_module": None,
        "instance_methods": {"view": m("UIView *", [], "@16@0:8")},
        "class_methods": {},
        "properties": {},
        "source": {"file": "Model/Box.h", "line": 9},
    }


def test_protocols_inheritance_optional_and_properties(shop: dict[str, Any]) -> None:
    where = {"file": "Model/Protocols.h"}
    assert shop["protocols"] == {
        "OrderObserver": {
            "protocols": ["NSObject"],
            "instance_methods": {
                "observerName": m("NSString *", [], "@16@0:8", **where, line=10),
                "orderDidChange:": m("void", ["Order *"], "v24@0:8@16", **where, line=6),
                "orderWillChange:": m("void", ["Order *"], "v24@0:8@16", **where, line=8),  # @optional
            },
            "class_methods": {"observesAll": m("BOOL", [], "B16@0:8", **where, line=9)},
            "properties": {
                "observerName": {
                    "type": "NSString *",
                    "attributes": ["nonatomic", "readonly"],
                    "source": {**where, "line": 10},
                }
            },
        },
        "PriceSource": {
            "protocols": ["OrderObserver", "NSCopying"],
            "instance_methods": {"priceForOrder:": m("double", ["Order *"], "d24@0:8@16", **where, line=15)},
            "class_methods": {},
            "properties": {},
        },
    }


def test_define_controls_if_blocks() -> None:
    manifest, _ = _export(HEADERS / "Model" / "Order.h")
    assert "applyCoupon:" not in manifest["classes"]["Order"]["instance_methods"]
    manifest, _ = _export(HEADERS / "Model" / "Order.h", defines=["SHOP_COUPONS"])
    assert "applyCoupon:" in manifest["classes"]["Order"]["instance_methods"]


def test_exclude_and_source_root() -> None:
    files = collect_inputs([HEADERS], excludes=["Vendor"])
    assert [f.relative_to(HEADERS).as_posix() for f in files] == [
        "Model/Box.h", "Model/Order+Pricing.h", "Model/Order.h", "Model/Protocols.h",
        "UI/CartViewController.h", "UI/CartViewController.m", "UI/UIView+Shop.h",
    ]  # fmt: skip
    assert len(collect_inputs([HEADERS], excludes=["*.m", "UIView+*"])) == 6
    assert len(collect_inputs([HEADERS], excludes=["Model/*"])) == 4
    manifest, _ = _export(HEADERS / "Vendor")
    assert manifest["classes"] == {
        "Analytics": {
            "superclass": "NSObject",
            "protocols": [],
            "swift_module": None,
            "instance_methods": {},
            "class_methods": {"track:": m("void", ["NSString *"], "v24@0:8@16")},
            "properties": {},
            "source": {"file": "Analytics.h", "line": 3},
        }
    }


def test_missing_include_is_read_as_empty_with_a_warning() -> None:
    manifest, report = _export(DATA / "broken")
    assert report.problems == []
    assert [str(w) for w in report.warnings] == [
        f'{_shown(DATA / "broken" / "Bad.h")}:2: `#import "Missing.h"` not found: '
        "declarations using it may be incomplete"
    ]
    assert (report.files, report.contributing, report.with_warnings, report.lost) == (2, 2, 1, {})
    assert list(manifest["classes"]) == ["Bad", "Good"]
    assert manifest["classes"]["Bad"]["instance_methods"]["neverSeen"]["encoding"] == "v16@0:8"


def test_unknown_module_is_read_as_empty(tmp_path: Path) -> None:
    (tmp_path / "A.h").write_text(
        "@import Foundation;\n@import NoSuchKit;\n@import Other.Sub;\n"
        "@interface A : NSObject\n- (void)go:(NSInteger)n;\n@end\n"
    )
    manifest, report = _export(tmp_path)
    assert report.problems == []
    assert [w.message.split(":")[0] for w in report.warnings] == [
        "`@import NoSuchKit;`",
        "`@import Other.Sub;`",
    ]
    assert manifest["classes"]["A"]["instance_methods"]["go:"]["encoding"] == "v24@0:8q16"


def test_a_file_clang_cannot_get_through_is_lost_and_counted(tmp_path: Path) -> None:
    (tmp_path / "Lost.h").write_text('#include "/no/such/dir/abs.h"\n@interface Lost\n@end\n')
    (tmp_path / "Kept.h").write_text("#import <Foundation/Foundation.h>\n@interface Kept : NSObject\n@end\n")
    manifest, report = _export(tmp_path)
    assert list(manifest["classes"]) == ["Kept"]
    assert report.lost == {"include not found": [_shown(tmp_path / "Lost.h")]}
    assert [str(p) for p in report.problems] == [
        f"{_shown(tmp_path / 'Lost.h')}:1: '/no/such/dir/abs.h' file not found"
    ]
    assert (report.files, report.contributing, report.lost_files) == (2, 1, 1)
    assert any("lost, include not found: 1 file" in line for line in report.summary())


def test_many_errors_do_not_become_fatal(tmp_path: Path) -> None:
    # clang's default limit of 20 errors turns fatal ("too many errors emitted"): not here
    unknown = "\n".join(f"- (void)use{i}:(Unknown{i} *)x;" for i in range(40))
    (tmp_path / "Many.h").write_text(
        f"#import <Foundation/Foundation.h>\n@interface Many : NSObject\n{unknown}\n- (void)last:(BOOL)b;\n@end\n"
    )
    manifest, report = _export(tmp_path)
    assert report.problems == []
    methods = manifest["classes"]["Many"]["instance_methods"]
    assert len(methods) == 41
    assert methods["use39:"]["params"] == ["Unknown39 *"] and "encoding" not in methods["use39:"]
    assert methods["last:"]["encoding"] == "v20@0:8B16"


def test_typedef_of_an_unknown_type_keeps_the_spelling_and_drops_the_encoding(tmp_path: Path) -> None:
    (tmp_path / "T.h").write_text(
        "#import <Foundation/Foundation.h>\n"
        "typedef NoSuchSDKType AppCorner;\n"  # clang makes this `int` silently after an error
        "typedef AppCorner AppCorner2;\n"
        "typedef NSUInteger Fine;\n"
        "@interface T : NSObject\n"
        "@property (nonatomic) AppCorner2 corner;\n"
        "- (void)round:(AppCorner)c;\n- (AppCorner *)pointer;\n- (void)fine:(Fine)f;\n@end\n"
    )
    manifest, _ = _export(tmp_path)
    methods = manifest["classes"]["T"]["instance_methods"]
    assert methods["round:"]["params"] == ["AppCorner"] and "encoding" not in methods["round:"]
    assert "encoding" not in methods["pointer"]
    assert "encoding" not in methods["corner"] and "encoding" not in methods["setCorner:"]
    assert methods["fine:"]["encoding"] == "v24@0:8Q16"


def test_implementation_only_methods_are_exported_and_marked(tmp_path: Path) -> None:
    (tmp_path / "Cart.h").write_text("#import <UIKit/UIKit.h>\n@interface Cart : UIView\n- (void)reload;\n@end\n")
    (tmp_path / "Cart.m").write_text(
        '#import "Cart.h"\n@interface Cart ()\n- (void)fromExtension;\n@end\n'
        "@implementation Cart\n- (void)reload { [self recalculate:YES]; }\n"
        "- (void)recalculate:(BOOL)animated { }\n+ (instancetype)shared { return nil; }\n"
        "- (void)fromExtension { }\n@end\n"
        "@implementation UIView (CartHelpers)\n- (CGFloat)cart_height { return 0; }\n@end\n"
    )
    manifest, report = _export(tmp_path)
    cart = manifest["classes"]["Cart"]
    assert cart["instance_methods"]["reload"] == m("void", [], "v16@0:8")  # declared: the interface wins
    assert cart["instance_methods"]["fromExtension"] == m("void", [], "v16@0:8", file="Cart.m", line=3)
    assert cart["instance_methods"]["recalculate:"] == {
        "returns": "void", "params": ["BOOL"], "encoding": "v20@0:8B16", "declared": "implementation",
        "source": {"file": "Cart.m", "line": 7},
    }  # fmt: skip
    assert cart["class_methods"]["shared"]["declared"] == "implementation"
    assert manifest["classes"]["UIView"]["instance_methods"]["cart_height"]["declared"] == "implementation"
    assert "superclass" not in manifest["classes"]["UIView"]  # the SDK baseline keeps UIView's
    assert (report.methods, report.implementation_methods) == (5, 3)


def _shown(path: Path) -> str:
    import os

    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel


def test_swift_generated_header() -> None:
    manifest, report = _export(DATA / "swift")
    assert report.problems == []
    where = {"file": "MyShop-Swift.h"}
    classes = manifest["classes"]
    assert classes["CartModel"] == {
        "superclass": "NSObject",
        "protocols": [],
        "swift_module": "MyShop",
        "instance_methods": {
            "addSku:quantity:": m("void", ["NSString *", "NSInteger"], "v32@0:8@16q24"),
            "checkoutWithCompletion:": m("void", ["void (^)(BOOL, NSError *)"], "v24@0:8@?16"),
            "init": m("instancetype", [], "@16@0:8"),
            "itemCount": m("NSInteger", [], "q16@0:8"),
            "observer": m("id<CartObserver>", [], "@16@0:8"),
            "setObserver:": m("void", ["id<CartObserver>"], "v24@0:8@16"),
            "setSkus:": m("void", ["NSArray<NSString *> *"], "v24@0:8@16"),
            "skus": m("NSArray<NSString *> *", [], "@16@0:8"),
        },
        "class_methods": {"shared": m("CartModel *", [], "@16@0:8")},
        "properties": {
            "itemCount": {"type": "NSInteger", "attributes": ["nonatomic", "readonly"]},
            "observer": {"type": "id<CartObserver>", "attributes": ["nonatomic", "weak"]},
            "shared": {"type": "CartModel *", "attributes": ["class", "nonatomic", "strong", "readonly"]},
            "skus": {"type": "NSArray<NSString *> *", "attributes": ["nonatomic", "copy"]},
        },
        "source": {**where, "line": 146},
    }
    assert classes["CheckoutController"]["swift_module"] == "MyShop"
    assert classes["CheckoutController"]["superclass"] == "UIViewController"
    assert classes["CheckoutController"]["protocols"] == ["CartObserver"]
    # @objc(Name): the runtime name is the plain name, so no module qualifies it
    assert classes["ShopLegacyCart"]["swift_module"] is None
    assert classes["UIView"] == {
        "instance_methods": {"shakeWithDuration:": m("void", ["NSTimeInterval"], "v24@0:8d16", **where, line=172)},
        "class_methods": {},
        "properties": {},
    }
    assert manifest["protocols"] == {
        "CartObserver": {
            "protocols": [],
            "instance_methods": {"cartDidChangeWithCount:": m("void", ["NSInteger"], "v24@0:8q16", **where, line=142)},
            "class_methods": {},
            "properties": {},
        }
    }


def test_deterministic_across_jobs(tmp_path: Path) -> None:
    one, p1 = _export(HEADERS, DATA / "swift", DATA / "broken", jobs=1)
    two, p2 = _export(HEADERS, DATA / "swift", DATA / "broken", jobs=2)
    assert json.dumps(one) == json.dumps(two)
    assert p1 == p2


def test_progress_and_no_inputs(tmp_path: Path) -> None:
    seen: list[str] = []
    _export(HEADERS / "Model", progress=seen.append)
    assert len(seen) == 4
    with pytest.raises(ExportError, match=r"no \.h or \.m files"):
        export_headers([tmp_path], sdk="stub")
    with pytest.raises(ExportError, match="no such file"):
        export_headers([tmp_path / "nope"], sdk="stub")
    with pytest.raises(ExportError, match="not a directory"):
        export_headers([HEADERS], sdk=str(tmp_path / "nope"))


def test_at_import_and_stub_umbrella_headers(tmp_path: Path) -> None:
    header = tmp_path / "All.h"
    header.write_text(
        "@import UIKit;\n@import CoreGraphics;\n#import <QuartzCore/QuartzCore.h>\n#include <string.h>\n"
        "@interface All : UITableViewController <UIApplicationDelegate, NSSecureCoding>\n"
        "- (CATransform3D)transform3D;\n- (CGAffineTransform)affine:(NSRange)range offset:(UIOffset)offset;\n"
        "- (NSComparisonResult)compare:(NSDate *)date;\n@end\n"
    )
    manifest, report = _export(header)
    assert report.problems == []
    methods = manifest["classes"]["All"]["instance_methods"]
    assert methods["affine:offset:"]["params"] == ["NSRange", "UIOffset"]
    assert methods["transform3D"]["returns"] == "CATransform3D"
    assert methods["compare:"] == m("NSComparisonResult", ["NSDate *"], "q24@0:8@16")


def test_spelling_helpers() -> None:
    assert normalize("NSError *__autoreleasing  _Nullable *") == "NSError **"
    assert normalize("void (^ _Nullable)(NSString * _Nonnull __strong)") == "void (^)(NSString *)"
    assert join_tokens(["NSArray", "<", "Foo", "*", ">", "*", "_Nullable"]) == "NSArray<Foo *> *"
    assert (
        strip_param_names("void (^)(NSString *s, BOOL ok, unsigned int)") == "void (^)(NSString *, BOOL, unsigned int)"
    )
    assert module_from_mangled("_TtC6MyShop9CartModel") == "MyShop"
    assert module_from_mangled("_TtCC6MyShop5Outer5Inner") == "MyShop"
    assert module_from_mangled("CartModel") is None
    assert module_from_file("Sub/My-App-Swift.h") == "My_App"


def test_unknown_types_in_block_property_and_superclass(tmp_path: Path) -> None:
    header = tmp_path / "Unknown.h"
    header.write_text(
        "#import <Foundation/Foundation.h>\n"
        "@interface Legacy : LGBaseObject <LGTracking, NSCopying>\n"
        "@property (nonatomic, copy) void (^onEvent)(LGEvent *event, NSInteger code);\n"
        "@property (nonatomic) LGMode mode;\n"
        "- (LGResult *)runWith:(NSDictionary<NSString *, LGValue *> *)values mode:(LGMode)mode;\n"
        "@end\n"
    )
    manifest, report = _export(header)
    assert report.problems == []
    assert manifest["classes"]["Legacy"] == {
        "superclass": "LGBaseObject",
        "protocols": ["LGTracking", "NSCopying"],
        "swift_module": None,
        "instance_methods": {
            "mode": m("LGMode", []),
            "onEvent": m("void (^)(LGEvent *, NSInteger)", []),
            "runWith:mode:": m("LGResult *", ["NSDictionary<NSString *, LGValue *> *", "LGMode"]),
            "setMode:": m("void", ["LGMode"]),
            "setOnEvent:": m("void", ["void (^)(LGEvent *, NSInteger)"]),
        },
        "class_methods": {},
        "properties": {
            "mode": {"type": "LGMode", "attributes": ["nonatomic"]},
            "onEvent": {"type": "void (^)(LGEvent *, NSInteger)", "attributes": ["nonatomic", "copy"]},
        },
        "source": {"file": "Unknown.h", "line": 2},
    }


def test_precompiled_prefix_header_gives_the_same_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mangopy.export as export

    (tmp_path / "App-Prefix.pch").write_text('#import <UIKit/UIKit.h>\n#import "Models.h"\n')
    # a header the prefix header includes (parsed with it as written), with a typedef of an unknown type
    (tmp_path / "Models.h").write_text(
        "typedef PodCorner AppCorner;\n@interface Model : NSObject\n@property (nonatomic, copy) NSString *slug;\n@end\n"
    )
    for i in range(6):  # files that load the precompiled header
        (tmp_path / f"View{i}.h").write_text(
            f"@interface View{i} : UIView\n- (void)round:(AppCorner)c;\n- (Model *)model{i}:(NSInteger)n;\n@end\n"
        )
    built: list[Any] = []
    real = export.precompile
    monkeypatch.setattr(export, "precompile", lambda *a: built.append(real(*a)) or built[-1])
    with_pch, report = _export(tmp_path, prefix_headers=[str(tmp_path / "App-Prefix.pch")])
    assert report.problems == []
    assert len(built) == 1 and built[0] is not None  # one PCH for the seven files sharing the settings
    assert str((tmp_path / "Models.h").resolve()) in built[0].includes
    monkeypatch.setattr(export, "_PCH_MIN_FILES", 10**9)
    without, _ = _export(tmp_path, prefix_headers=[str(tmp_path / "App-Prefix.pch")])
    assert with_pch == without
    view = with_pch["classes"]["View3"]["instance_methods"]
    assert "encoding" not in view["round:"]  # the prefix header's error is still known
    assert view["model3:"]["encoding"] == "@24@0:8q16"
    assert with_pch["classes"]["Model"]["instance_methods"]["slug"]["returns"] == "NSString *"


def test_files_that_declare_nothing_are_counted_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "Umbrella.h").write_text('#import "A.h"\n// @interface in a comment\n#define S @"@interface"\n')
    (tmp_path / "A.h").write_text("#import <Foundation/Foundation.h>\n@interface A : NSObject\n@end\n")
    manifest, report = _export(tmp_path)
    assert list(manifest["classes"]) == ["A"]
    assert (report.files, report.contributing, report.declaring_nothing) == (2, 2, 1)
    assert "1 declaring nothing to read" in report.summary()[1]


def test_a_file_the_precompiled_header_cannot_serve_is_parsed_with_the_header_as_written(tmp_path: Path) -> None:
    # with a PCH loaded, clang refuses a project module that has errors ("could not build module");
    # without one it reads the module's header and recovers from its errors
    (tmp_path / "include").mkdir()
    (tmp_path / "include" / "module.modulemap").write_text('module Lib {\n  header "../Lib.h"\n  export *\n}\n')
    (tmp_path / "Lib.h").write_text(
        "#import <UIKit/UIKit.h>\n@interface Lib : UIView\n@property (nonatomic, strong) NoSuchType *thing;\n@end\n"
    )
    (tmp_path / "App-Prefix.pch").write_text("#import <UIKit/UIKit.h>\n")
    for i in range(4):
        (tmp_path / f"V{i}.h").write_text(f'#import "Lib.h"\n@interface V{i} : Lib\n- (void)go:(BOOL)b;\n@end\n')
    manifest, report = _export(
        tmp_path, include_dirs=[str(tmp_path / "include")], prefix_headers=[str(tmp_path / "App-Prefix.pch")]
    )
    assert report.lost == {} and report.problems == []
    assert sorted(manifest["classes"]) == ["Lib", "V0", "V1", "V2", "V3"]
    assert manifest["classes"]["V2"]["instance_methods"]["go:"]["encoding"] == "v20@0:8B16"


def test_a_header_is_read_where_its_m_file_imports_it(tmp_path: Path) -> None:
    """One translation unit for a `.m` file and the headers it imports: as the build reads them."""
    (tmp_path / "Order.h").write_text(
        "#import <UIKit/UIKit.h>\n@interface Order : NSObject\n- (UIRectCorner)corner;\n"
        "@property (nonatomic) CGFloat total;\n@end\n"
    )
    (tmp_path / "Hidden.h").write_text("@interface Hidden : NSObject\n- (void)peek;\n@end\n")
    (tmp_path / "Lonely.h").write_text("#import <Foundation/Foundation.h>\n@interface Lonely : NSObject\n@end\n")
    (tmp_path / "Order.m").write_text(
        '#import "Order.h"\n#if 0\n#import "Hidden.h"\n#endif\n'
        "@interface Order ()\n- (void)recalculate;\n@end\n@implementation Order\n- (void)recalculate {}\n@end\n"
    )
    (tmp_path / "Other.m").write_text('#import "Order.h"\n@implementation Order (Extra)\n- (void)extra {}\n@end\n')
    together, report = export_headers([tmp_path], sdk="stub")
    assert report.files == 5 and report.lost_files == 0
    order = together["classes"]["Order"]
    assert order["source"]["file"] == "Order.h"
    assert order["instance_methods"]["corner"]["encoding"] == "Q16@0:8"
    assert order["properties"]["total"]["type"] == "CGFloat"
    assert set(order["instance_methods"]) >= {"corner", "recalculate", "extra", "total", "setTotal:"}
    # left out by `#if 0`: read on its own all the same; a header no .m imports: on its own
    assert together["classes"]["Hidden"]["instance_methods"]["peek"]["encoding"] == "v16@0:8"
    assert "Lonely" in together["classes"]
    # each file parsed on its own gives the same manifest, whatever the number of jobs
    import mangopy.export as export_module

    hosting = export_module._hosted
    units: list[list[str]] = []

    def alone(work: list[Any], reaches: dict[str, list[str]]) -> list[Any]:
        units.append([Path(job[0]).name for job, _ in hosting(work, reaches)])  # what would be hosted
        return [(job, ()) for job in work]

    try:
        export_module._hosted = alone
        separately, _ = export_headers([tmp_path], sdk="stub", jobs=2)
    finally:
        export_module._hosted = hosting
    # Order.h and Hidden.h go with Order.m (the plan ignores `#if`): Hidden.h is then parsed alone
    assert sorted(units[0]) == ["Lonely.h", "Order.m", "Other.m"]
    assert separately == together
    assert export_headers([tmp_path], sdk="stub", jobs=2)[0] == together
