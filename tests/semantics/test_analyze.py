"""analyze(): positions of findings, suppressions, selection; and the examples/ scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from mangopy.semantics.analyze import Options, analyze
from mangopy.semantics.manifest import Manifest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def found(source: str, manifest: Manifest, options: Options | None = None) -> list[tuple[str, int, int]]:
    a = analyze(source, "fix.mf", manifest, options)
    out = []
    for d in a.diagnostics:
        p = a.result.index.position(d.start)
        out.append((d.code, p.line, p.column))
    return out


def test_fault_classes_are_caught_at_the_right_line(shop: Manifest) -> None:
    source = (
        "class OrderCell : UICollectionViewCell {\n"  # 1: wrong superclass
        "- (void)prepareForReuse { super.prepareForReuse(); }\n"
        "}\n"
        "class OrderListController : UIViewController {\n"
        "- (void)reloadOrdersAnimated:(id)animated { }\n"  # 5: parameter type
        "- (void)reloadOrdersAnimate:(BOOL)animated { self.ORGreloadOrdersAnimate:(animated); }\n"  # 6
        "+ (void)showEmptyState { }\n"  # 7: + for -
        "- (void)viewDidLoad { self.ORGviewDidLoad(); self.tabelView.reloadData(); undeclared = 1; }\n"  # 8
        "}\n"
    )
    assert found(source, shop) == [
        ("MF101", 1, 19),
        ("MF110", 5, 31),
        ("MF113", 6, 9),
        ("MF115", 6, 51),
        ("MF112", 7, 1),
        ("MF117", 8, 51),
        ("MF131", 8, 75),
    ]


def test_fault_classes_are_caught_when_the_sdk_is_known_in_part(shop_partial_sdk: Manifest) -> None:
    # No class is known whole: the misspelt selectors are still caught as probable typos, and the
    # `+` for `-` as a warning (the class may have both).
    source = (
        "class OrderListController : UIViewController {\n"
        "- (void)reloadOrdersAnimate:(BOOL)animated { self.ORGreloadOrdersAnimate:(animated); }\n"  # 2
        "+ (void)showEmptyState { }\n"  # 3
        "- (void)viewDidLoad { self.ORGviewDidLoad(); self.tabelView.reloadData(); }\n"  # 4
        "}\n"
    )
    a = analyze(source, "fix.mf", shop_partial_sdk)
    assert [(d.code, a.result.index.position(d.start).line, str(d.severity)) for d in a.diagnostics] == [
        ("MF113", 2, "warning"),
        ("MF115", 2, "warning"),
        ("MF112", 3, "warning"),
        ("MF117", 4, "warning"),
    ]


def test_related_location_points_to_the_manifest_source(shop: Manifest) -> None:
    a = analyze("class OrderCell : UICollectionViewCell { }\n", "fix.mf", shop)
    (d,) = [d for d in a.diagnostics if d.code == "MF101"]
    assert [(r.path, r.line) for r in d.related] == [("Orders/OrderCell.h", 8)]
    assert d.hint == "write `class OrderCell : UITableViewCell`"


def test_new_method_suggests_the_closest_selectors(shop: Manifest) -> None:
    a = analyze("class OrderListController : UIViewController {\n- (void)reloadOrders:(BOOL)a { }\n}\n", "f.mf", shop)
    (d,) = a.diagnostics
    assert d.code == "MF113"
    assert d.hint is not None and "`reloadOrdersAnimated:`" in d.hint


def test_inline_and_file_suppressions(shop: Manifest) -> None:
    source = (
        "total = 1; // mangopy: ignore[MF131]\n"
        "// mangopy: ignore[assign-undeclared]\n"
        "other = 2;\n"
        "third = 3; // mangopy: ignore[MF130]\n"
        "fourth = 4; // mangopy: ignore\n"
        'NSString *s = @"// mangopy: ignore";\n'
        "fifth = 5;\n"
    )
    a = analyze(source, "f.mf", shop)
    assert [(d.code, a.result.index.position(d.start).line) for d in a.diagnostics] == [
        ("MF131", 4),
        ("MF190", 4),
        ("MF131", 7),
    ]  # fmt: skip  (MF190: line 4's ignore[MF130] silences nothing)
    assert a.suppressed == 3
    whole = analyze("// mangopy: ignore-file[MF13]\n" + source, "f.mf", shop)
    assert [(d.code, whole.result.index.position(d.start).line) for d in whole.diagnostics] == [("MF190", 5)]
    assert analyze("// mangopy: ignore-file[MF13, MF190]\n" + source, "f.mf", shop).diagnostics == []


def test_select_and_ignore(shop: Manifest) -> None:
    source = "total = 1;\nfor (;;) { break; }\n"
    assert [c for c, _, _ in found(source, shop)] == ["MF131", "MF012"]
    assert [c for c, _, _ in found(source, shop, Options(select=("MF0",)))] == ["MF012"]
    assert [c for c, _, _ in found(source, shop, Options(ignore=("assign-undeclared",)))] == ["MF012"]


def test_clean_example_has_no_findings(shop: Manifest) -> None:
    a = analyze((EXAMPLES / "orders_fix.mf").read_text(encoding="utf-8"), "orders_fix.mf", shop)
    assert [(d.code, d.message) for d in a.diagnostics] == []


def test_broken_example_shows_many_rules(shop: Manifest) -> None:
    a = analyze((EXAMPLES / "broken_rules.mf").read_text(encoding="utf-8"), "broken_rules.mf", shop)
    assert len({d.code for d in a.diagnostics}) >= 12


def test_selectors_the_sdk_declares_elsewhere_are_not_reported_missing(shop: Manifest) -> None:
    # The baseline lists UIKit only partially: `reloadData` (declared on UITableView) sent to a
    # view controller may exist there too, so nothing is said; a typo known nowhere is reported.
    source = (
        "class OrderListController : UIViewController {\n"
        "- (void)viewDidLoad { self.ORGviewDidLoad(); self.reloadData(); self.reloadDtaa(); }\n"
        "}\n"
    )
    assert [(c, line) for c, line, _ in found(source, shop)] == [("MF117", 2)]
    assert "reloadDtaa" in analyze(source, "f.mf", shop).diagnostics[0].message


def _manifest(classes: dict[str, object]) -> Manifest:
    import json as _json

    from mangopy.semantics.manifest import baseline, parse_manifest

    doc = {"format": "mangopy-manifest", "version": 1, "classes": classes}
    return Manifest.merge([baseline(), parse_manifest(_json.dumps(doc).encode(), "app.json")])


def test_bool_encoded_as_signed_char_is_a_bool() -> None:
    """Dumped on an Intel simulator, BOOL encodes as `c`: a script declaring BOOL is right, id is not."""
    m = _manifest(
        {
            "Toggle": {
                "superclass": "NSObject",
                "instance_methods": {
                    "setOn:": {"returns": "void", "params": ["BOOL"], "encoding": "v20@0:8c16"},
                    "setLevel:": {"returns": "void", "params": ["char"], "encoding": "v20@0:8c16"},
                },
            }
        }
    )
    clean = "class Toggle : NSObject {\n- (void)setOn:(BOOL)on { }\n- (void)setLevel:(int)level { }\n}\n"
    assert [f for f in found(clean, m) if f[0] == "MF110"] == []
    wrong = "class Toggle : NSObject {\n- (void)setOn:(id)on { }\n- (void)setLevel:(BOOL)level { }\n}\n"
    assert [f for f in found(wrong, m) if f[0] == "MF110"] == [("MF110", 2, 16), ("MF110", 3, 19)]


def test_false_positives_found_by_the_corpus_stay_fixed() -> None:
    m = _manifest(
        {
            "Engine": {
                "superclass": "NSObject",
                "instance_methods": {
                    "band:": {"returns": "struct Band", "params": ["Cell"]},
                    "queue": {"returns": "dispatch_queue_t", "params": []},
                },
                "properties": {"outgoing": {"type": "BOOL", "attributes": ["nonatomic", "getter=isOutgoing"]}},
            },
            "Shop.Session": {"superclass": "NSObject", "swift_module": "Shop", "class_methods": {
                "shared": {"returns": "Shop.Session *", "params": []}}, "instance_methods": {
                "reset": {"returns": "void", "params": []}}},
            "Shop.Checkout.Summary": {"superclass": "UIView", "swift_module": "Shop",
                                      "properties": {"totalLabel": {"type": "UILabel *"}}},
            "AlbumCell": {"superclass": "UICollectionViewCell", "instance_methods": {
                "configureWithAlbum:": {"returns": "void", "params": ["id"]}}},
        }
    )  # fmt: skip
    source = (
        'declare struct Band { typeEncoding: "{Band=dd}", keys: low, high }\n'
        'declare struct Cell { typeEncoding: "{Cell=qq}", keys: row, column }\n'
        "class Engine : NSObject {\n"
        "- (struct Band)band:(struct Cell)cell { return self.ORGband:(cell); }\n"  # 1: `struct X` spellings
        "- (id)queue { return self.ORGqueue(); }\n"  # 2: dispatch objects are objects
        "- (BOOL)isOutgoing { return self.ORGisOutgoing() && self.isOutgoing(); }\n"  # 3: getter=
        "}\n"
        '@SwiftModule("Shop")\n'
        "class Session : NSObject {\n"
        "- (void)reset { id s = Session.shared(); }\n"  # 4: identifiers through the class's module
        "}\n"
        "UICollectionViewCell *cell = nil;\n"
        "cell.configureWithAlbum:(nil);\n"  # 5: a declared type is only a hint
        '@SwiftModule("Shop.Checkout")\n'
        "class Summary : UIView {\n"
        "- (void)layoutSubviews { super.layoutSubviews(); self.totalLabel.text = nil; }\n"  # 7: nested module
        "}\n"
    )
    a = analyze(source, "f.mf", m)
    assert [(d.code, d.message) for d in a.diagnostics] == []


def test_rules_attach_machine_applicable_fixes(shop: Manifest) -> None:
    source = (
        "class OrderCell : UICollectionViewCell { }\n"
        "class OrderListController : UIViewController {\n"
        "- (void)reloadOrdersAnimated:(id)animated { }\n"
        "- (void)showEmptyStat { self.emptyLabl = nil; self.tabelView.reloadData(); }\n"
        "}\n"
    )
    a = analyze(source, "f.mf", shop)

    def applied(code: str) -> str:
        (d,) = [d for d in a.diagnostics if d.code == code]
        (fix,) = d.fixes
        text = source
        for start, end, new in sorted(fix.edits, reverse=True):
            text = text[:start] + new + text[end:]
        return text

    assert "class OrderCell : UITableViewCell { }" in applied("MF101")
    assert "- (void)reloadOrdersAnimated:(BOOL)animated { }" in applied("MF110")
    assert "- (void)showEmptyState {" in applied("MF113")
    fixed = [d for d in a.diagnostics if d.code == "MF117"]
    assert {f.title for d in fixed for f in d.fixes} == {
        "Change `emptyLabl` to `emptyLabel`",
        "Change the selector to `tableView`",
    }


def _apply(source: str, fix: object) -> str:
    text = source
    for start, end, new in sorted(fix.edits, reverse=True):  # type: ignore[attr-defined]
        text = text[:start] + new + text[end:]
    return text


def test_value_rules_edge_cases_and_fixes(shop: Manifest) -> None:
    # A `for` step's value is not used; `nil` in a dictionary is an object; `-1` is a number.
    clean = 'NSInteger total = 0;\nfor (int i = 0; i < 3; i++) { total++; }\nid d = @{@"k": nil};\n'
    assert [d.code for d in analyze(clean, "f.mf", shop).diagnostics] == []
    source = 'NSArray *ids = @[1, (-2), "c"];\n'
    a = analyze(source, "f.mf", shop)
    assert [d.code for d in a.diagnostics] == ["MF141", "MF141", "MF141"]
    fixed = source
    for d in reversed(a.diagnostics):
        fixed = _apply(fixed, d.fixes[0])
    assert fixed == 'NSArray *ids = @[@(1), @((-2)), @"c"];\n'
    call = "class OrderListController : UIViewController {\n- (void)viewDidLoad { (self.onReload)(YES); }\n}\n"
    (d,) = analyze(call, "f.mf", shop).diagnostics
    assert d.code == "MF140"
    assert "self.onReload()(YES);" in _apply(call, d.fixes[0])


def test_a_trailing_suppression_covers_its_own_line_only(shop: Manifest) -> None:
    source = "first = 1; // mangopy: ignore\nsecond = 2;\n/* mangopy: ignore[MF131] */\nthird = 3;\n"
    a = analyze(source, "f.mf", shop)
    assert [(d.code, a.result.index.position(d.start).line) for d in a.diagnostics] == [("MF131", 2)]
    assert a.suppressed == 2


@pytest.mark.parametrize(
    ("source", "after"),
    [
        ("int count = 0; // mangopy: ignore[MF131]\n", "int count = 0;\n"),
        ("// mangopy: ignore[MF131]\nint count = 0;\n", "int count = 0;\n"),
        ("total = 1; // mangopy: ignore[MF131, MF101]\n", "total = 1; // mangopy: ignore[MF131]\n"),
        ("total = 1; // why: mangopy: ignore[MF131, MF1O1]\n", "total = 1; // why: mangopy: ignore[MF131]\n"),
        ("int n = 0; /* mangopy: ignore */\n", "int n = 0;\n"),
        ("int n = 0; // keep me mangopy: ignore\n", "int n = 0; // keep me \n"),
    ],
)
def test_unused_suppression_and_its_fix(shop: Manifest, source: str, after: str) -> None:
    a = analyze(source, "f.mf", shop)
    [d] = [d for d in a.diagnostics if d.code == "MF190"]
    [(start, end, new)] = d.fixes[0].edits
    fixed = source[:start] + new + source[end:]
    assert fixed == after
    assert [d.code for d in analyze(fixed, "f.mf", shop).diagnostics] == []


def test_deselected_codes_are_not_called_unused(shop: Manifest) -> None:
    source = "int n = 0; // mangopy: ignore[MF131]\n"
    assert [d.code for d in analyze(source, "f.mf", shop, Options(ignore=("MF131",))).diagnostics] == []
    assert [d.code for d in analyze(source, "f.mf", shop, Options(ignore=("MF190",))).diagnostics] == []
