"""What the manifest knows: three-valued queries, and rules that never turn "not listed" into "does not exist".

Every test uses its own small manifest (no SDK baseline), so nothing depends on what the shipped
baseline happens to list.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from mangopy.diagnostics import Severity
from mangopy.semantics.analyze import analyze
from mangopy.semantics.fuzzy import NameIndex, close_matches, is_typo
from mangopy.semantics.manifest import Manifest, parse_manifest


def method(returns: str = "void", *params: str, declared: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"returns": returns, "params": list(params)}
    if declared:
        out["declared"] = declared
    return out


CLASSES: dict[str, Any] = {
    "NSObject": {
        "superclass": None,
        "instance_methods": {"description": method("NSString *"), "isEqual:": method("BOOL", "id")},
        "class_methods": {"alloc": method("id"), "new": method("id")},
    },
    "Base": {
        "superclass": "NSObject",
        "instance_methods": {"reloadData": method(), "refreshBadgeCount": method()},
    },
    "Cart": {
        "superclass": "Base",
        "protocols": ["Tracking"],
        "instance_methods": {
            "totalPrice": method("double"),
            "recomputeTotals": method(declared="implementation"),
            "init": method("instancetype"),
        },
        "class_methods": {"sharedCart": method("instancetype")},
        "properties": {"items": {"type": "NSArray *", "attributes": ["nonatomic", "copy"]}},
    },
    "Partial": {
        "superclass": "NSObject",
        "partial": True,
        "instance_methods": {"showBanner": method(), "init": method("instancetype")},
        "class_methods": {"bannerStyle": method("NSInteger")},
    },
    "PartialChild": {"superclass": "Partial", "instance_methods": {"layoutBanner": method()}},
    "ShareActivity": {"superclass": "UIActivity", "instance_methods": {"performShare": method()}},
    "Observer": {"superclass": "NSObject", "protocols": ["Missing"], "instance_methods": {"observeNow": method()}},
    "Sized": {"superclass": "NSObject", "protocols": ["Sizing"], "instance_methods": {"measureAll": method()}},
    "Looping": {"superclass": "Looping2"},
    "Looping2": {"superclass": "Looping"},
    "SDImageCache": {"superclass": "NSObject", "instance_methods": {"clearMemory": method()}},
    "OrderCell": {"superclass": "NSObject", "instance_methods": {"prepareForReuse": method()}},
}
PROTOCOLS: dict[str, Any] = {
    "Tracking": {"instance_methods": {"trackEvent:": method("void", "NSString *")}},
    "Sizing": {"protocols": ["Scaling"]},
    "Scaling": {"partial": True, "instance_methods": {"scaleBy:": method("void", "double")}},
}


@pytest.fixture(scope="module")
def app() -> Manifest:
    doc = {"format": "mangopy-manifest", "version": 1, "classes": CLASSES, "protocols": PROTOCOLS}
    return parse_manifest(json.dumps(doc).encode(), "app.json")


def findings(source: str, manifest: Manifest) -> list[tuple[str, int, str]]:
    a = analyze(source, "fix.mf", manifest)
    return [(d.code, a.result.index.position(d.start).line, str(d.severity)) for d in a.diagnostics]


def loud(source: str, manifest: Manifest) -> list[tuple[str, int, str]]:
    """Findings at warning or error level."""
    return [f for f in findings(source, manifest) if f[2] != "info"]


# ---------------------------------------------------------------------- the manifest's queries


def test_responds_is_three_valued(app: Manifest) -> None:
    assert app.responds("Cart", "totalPrice", False) is True
    assert app.responds("Cart", "reloadData", False) is True  # inherited
    assert app.responds("Cart", "trackEvent:", False) is True  # adopted protocol
    assert app.responds("Cart", "recomputeTotals", False) is True  # found only in the @implementation
    assert app.responds("Cart", "setItems:", False) is True  # property accessor
    assert app.responds("Cart", "description", True) is True  # class objects: root instance methods
    assert app.responds("Cart", "checkout", False) is False  # whole chain known, no partial entry
    assert app.responds("Partial", "showBanner", False) is True
    assert app.responds("Partial", "hideBanner", False) is None  # listed only in part
    assert app.responds("PartialChild", "hideBanner", False) is None  # a partial superclass
    assert app.responds("ShareActivity", "canPerform", False) is None  # chain leaves the manifest
    assert app.responds("Observer", "observeLater", False) is None  # adopts an unknown protocol
    assert app.responds("Sized", "shrink", False) is None  # inherits a partial protocol
    assert app.responds("Looping", "anything", False) is None  # a cycle: stops, unknown
    assert app.responds("Nowhere", "anything", False) is None


def test_gap_says_what_is_missing(app: Manifest) -> None:
    assert app.gap("Cart") is None
    assert app.gap("Partial") == "the manifest lists `Partial` only in part"
    assert app.gap("PartialChild") == "the manifest lists `Partial` only in part"
    assert app.gap("ShareActivity") == "`UIActivity` is not in the manifest"
    assert app.gap("Observer") is not None and "protocol `Missing`" in app.gap("Observer")  # type: ignore[operator]
    assert app.gap("Sized") == "the manifest lists protocol `Scaling` only in part"
    assert "loops" in (app.gap("Looping") or "")
    assert app.has_class("Cart") is True and app.has_class("UIActivity") is None
    assert app.has_protocol("Tracking") is True and app.has_protocol("Missing") is None


def test_a_merged_partial_flag_survives_a_later_manifest(app: Manifest) -> None:
    extra = {"format": "mangopy-manifest", "version": 1, "classes": {"Partial": {"instance_methods": {}}}}
    merged = Manifest.merge([app, parse_manifest(json.dumps(extra).encode(), "more.json")])
    assert merged.responds("Partial", "hideBanner", False) is None


# ---------------------------------------------------------------------- typos


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("SDImageCahce", "SDImageCache"),  # transposition
        ("SDImgeCache", "SDImageCache"),  # a missing letter
        ("SDImgeCahce", "SDImageCache"),  # two edits
        ("OrderCel", "OrderCell"),  # a letter missing at the end of a word
        ("UIViewControler", "UIViewController"),
        ("viewDidLoda", "viewDidLoad"),
        ("Ordercell", "OrderCell"),  # wrong case
    ],
)
def test_typos(written: str, known: str) -> None:
    assert is_typo(written, known)
    assert is_typo(known, written)


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("OrderCellV2", "OrderCell"),  # a suffix word
        ("XYOrderCell", "OrderCell"),  # a prefix word
        ("OrderCellV3", "OrderCellV2"),  # digits
        ("OrderItems", "OrderItem"),  # plural
        ("reloadData:", "reloadData"),  # another arity
        ("Ordre", "Order"),  # short names
        ("Carts", "Cart"),
        ("OrderView", "OrderCell"),  # too far apart
    ],
)
def test_near_but_legitimate_names_are_not_typos(written: str, known: str) -> None:
    assert not is_typo(written, known)
    assert not is_typo(known, written)


def test_name_index_ranks_nearest_first() -> None:
    index = NameIndex(["SDImageCache", "SDImageCacheConfig", "SDWebImageManager", "OrderCell"])
    assert index.typos("SDImageCahce") == ["SDImageCache"]
    assert index.typos("OrderCellV2") == []
    assert index.similar("SDImageCach") == ["SDImageCache", "SDImageCacheConfig"]


_NAME = st.text(alphabet="abAB01_", min_size=3, max_size=12)


@st.composite
def _names_and_written(draw: st.DrawFn) -> tuple[list[str], str]:
    """Names close to each other (a small alphabet), and a name written: one of them edited a
    little (up to three random edits), or any name."""
    names = draw(st.lists(_NAME, min_size=1, max_size=40, unique=True))
    written = draw(st.sampled_from(names))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(written)))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "swap"]))
        letter = draw(st.sampled_from("abAB01_"))
        if kind == "insert":
            written = written[:at] + letter + written[at:]
        elif kind == "delete":
            written = written[:at] + written[at + 1 :]
        elif kind == "replace":
            written = written[:at] + letter + written[at + 1 :]
        elif at + 1 < len(written):
            written = written[:at] + written[at + 1] + written[at] + written[at + 2 :]
    return names, draw(st.one_of(st.just(written), _NAME))


@settings(max_examples=300, deadline=None)
@given(_names_and_written())
def test_name_index_answers_as_a_scan_of_every_name(case: tuple[list[str], str]) -> None:
    """The index's buckets and prefilters never change an answer: the same as comparing the
    written name with every known one."""
    names, written = case
    index = NameIndex(names)
    ranked = sorted((OSA.distance(written, known), known) for known in names if is_typo(written, known))
    assert index.typos(written) == [known for d, known in ranked[:3] if d == ranked[0][0]]
    assert index.similar(written) == close_matches(written, names)


def test_fuzzy_index_is_built_only_when_a_suggestion_is_needed(app: Manifest) -> None:
    fresh = Manifest.merge([app])
    analyze("class Cart : Base {\n- (double)totalPrice { return self.ORGtotalPrice(); }\n}\n", "f.mf", fresh)
    assert fresh._indexes == {}
    analyze("class SDImageCahce : NSObject { }\n", "f.mf", fresh)
    assert "classes" in fresh._indexes


# ---------------------------------------------------------------------- classes (MF102, MF103, MF104, MF106)


def test_new_class_typo_is_a_warning_on_the_class_line(app: Manifest) -> None:
    source = "// a fix\nclass SDImageCahce : NSObject {\n- (void)clearMemory { }\n}\n"
    a = analyze(source, "fix.mf", app)
    (d,) = [d for d in a.diagnostics if d.severity >= Severity.WARNING]
    assert (d.code, a.result.index.position(d.start).line, a.result.index.position(d.start).column) == ("MF106", 2, 7)
    assert d.hint == "did you mean `SDImageCache`?"
    assert "`SDImageCahce` is not in the manifest, but `SDImageCache` is" in d.message
    assert [e[2] for e in d.fixes[0].edits] == ["SDImageCache"]


@pytest.mark.parametrize("name", ["OrderCellV2", "OrderCellNew", "XYOrderCell", "Carts", "BrandNewThing"])
def test_new_class_near_but_legit_is_only_a_note(app: Manifest, name: str) -> None:
    assert findings(f"class {name} : NSObject {{ }}\n", app) == [("MF103", 1, "info")]


def test_new_class_note_does_not_state_absence_as_fact(app: Manifest) -> None:
    (d,) = analyze("class BrandNewThing : NSObject { }\n", "f.mf", app).diagnostics
    assert "not a class of the app" not in d.message
    assert "not in the manifest" in d.message


def test_superclass_outside_the_manifest_is_unknown(app: Manifest) -> None:
    # `UIActivity` may well exist (an SDK class the manifest lacks): a note, not an error
    source = "class MyShare : UIActivity {\n- (void)performShare { super.performShare(); }\n}\n"
    assert loud(source, app) == []
    notes = analyze(source, "f.mf", app).diagnostics
    assert [d.code for d in notes] == ["MF103", "MF107", "MF107"]
    assert "superclass `UIActivity` of `MyShare` is not in the manifest, so it cannot be checked" in notes[1].message
    assert "`UIActivity` is not in the manifest, so whether a superclass of `MyShare`" in notes[2].message


def test_superclass_typo_is_an_error(app: Manifest) -> None:
    a = analyze("class MyCart : SDImageCahce { }\n", "f.mf", app)
    (d,) = [d for d in a.diagnostics if d.severity >= Severity.WARNING]
    assert d.code == "MF102" and d.severity is Severity.ERROR
    assert d.hint == "did you mean `SDImageCache`?"
    # a superclass defined by the script counts, and so do its typos
    assert loud("class Mine : NSObject { }\nclass Other : Mine { }\n", app) == []
    assert loud("class MyBaseView : NSObject { }\nclass Other : MyBaseVeiw { }\n", app) == [("MF102", 2, "error")]


def test_superclass_near_but_legit_is_unknown(app: Manifest) -> None:
    assert loud("class Mine : OrderCellV2 { }\n", app) == []


def test_protocol_typo_and_unknown_protocol(app: Manifest) -> None:
    assert loud("class Mine : NSObject <Trakcing> { }\n", app) == [("MF104", 1, "warning")]
    assert loud("class Mine : NSObject <Trackng> { }\n", app) == [("MF104", 1, "warning")]
    assert loud("class Mine : NSObject <UIActivityItemSource> { }\n", app) == []
    assert loud("class Mine : NSObject <Tracking> { }\n", app) == []


# ---------------------------------------------------------------------- methods (MF112, MF113, MF114)


def test_new_method_three_outcomes(app: Manifest) -> None:
    exists = "class Cart : Base {\n- (double)totalPrice { return 1.0; }\n}\n"
    missing = "class Cart : Base {\n- (void)checkout { }\n}\n"
    unknown = "class Partial : NSObject {\n- (void)hideBanner { }\n}\n"
    assert findings(exists, app) == []
    assert findings(missing, app) == [("MF113", 2, "warning")]
    assert findings(unknown, app) == [("MF107", 2, "info")]
    (note,) = analyze(unknown, "f.mf", app).diagnostics
    assert note.message.startswith("the manifest lists `Partial` only in part, so whether `Partial` has")


@pytest.mark.parametrize(
    "source",
    [
        "class Cart : Base {\n- (void)recomputeTotals { }\n}\n",  # declared: implementation
        "class Cart : Base {\n- (void)setItems:(NSArray *)items { }\n}\n",  # a property accessor
        "class Cart : Base {\n- (void)trackEvent:(NSString *)name { }\n}\n",  # an adopted protocol's
        "class Cart : Base {\n- (void)reloadData { }\n}\n",  # inherited
        "class Cart : Base {\n+ (id)description { return nil; }\n}\n",  # class objects: root instance methods
    ],
)
def test_existing_methods_are_not_new(app: Manifest, source: str) -> None:
    assert findings(source, app) == []


@pytest.mark.parametrize("cls", ["ShareActivity : UIActivity", "Observer : NSObject", "Sized : NSObject"])
def test_new_method_on_an_incompletely_known_class_is_a_note(app: Manifest, cls: str) -> None:
    assert findings(f"class {cls} {{\n- (void)somethingElse {{ }}\n}}\n", app) == [("MF107", 2, "info")]


def test_new_method_typo_is_reported_even_when_the_class_is_known_in_part(app: Manifest) -> None:
    a = analyze("class Partial : NSObject {\n- (void)showBaner { }\n}\n", "f.mf", app)
    (d,) = a.diagnostics
    assert (d.code, d.severity) == ("MF113", Severity.WARNING)
    assert d.hint == "did you mean `showBanner`?"
    assert d.fixes and d.fixes[0].edits[0][2] == "showBanner"


def test_untyped_method_that_may_exist_natively_is_not_an_error(app: Manifest) -> None:
    # (MF013, the front end's note on the untyped name, is reported either way)
    source = "class Partial : NSObject {\n- (instancetype)copyBanner { return self; }\n}\n"
    assert [f for f in loud(source, app) if f[0] != "MF013"] == []
    assert sorted(loud("class Cart : Base {\n- (instancetype)copyCart { return self; }\n}\n", app)) == [
        ("MF013", 2, "warning"),
        ("MF113", 2, "warning"),
        ("MF114", 2, "error"),
    ]


def test_method_kind_mismatch(app: Manifest) -> None:
    assert findings("class Cart : Base {\n- (id)sharedCart { return nil; }\n}\n", app) == [("MF112", 2, "error")]
    # known only in part: the other side may exist too, so a warning
    assert findings("class Partial : NSObject {\n- (NSInteger)bannerStyle { return 0; }\n}\n", app) == [
        ("MF112", 2, "warning")
    ]


# ---------------------------------------------------------------------- sends (MF115, MF116, MF117)


def test_org_call_three_outcomes(app: Manifest) -> None:
    exists = "class Cart : Base {\n- (double)totalPrice { return self.ORGtotalPrice(); }\n}\n"
    missing = "class Cart : Base {\n- (void)checkout { self.ORGcheckout(); }\n}\n"
    unknown = "class Partial : NSObject {\n- (void)hideBanner { self.ORGhideBanner(); }\n}\n"
    assert findings(exists, app) == []
    assert ("MF115", 2, "error") in findings(missing, app)
    assert findings(unknown, app) == [("MF107", 2, "info"), ("MF107", 2, "info")]


def test_org_call_of_a_class_outside_the_manifest(app: Manifest) -> None:
    replaced = "class Unlisted : NSObject {\n- (void)refresh { self.ORGrefresh(); }\n}\n"
    assert loud(replaced, app) == []
    # not replaced by the script: `ORGrefresh` cannot exist, whatever the app has
    not_replaced = "class Unlisted : NSObject {\n- (void)reload { self.ORGrefresh(); }\n}\n"
    assert loud(not_replaced, app) == [("MF115", 2, "error")]


def test_org_typo_on_a_partial_class_is_a_warning(app: Manifest) -> None:
    source = "class Partial : NSObject {\n- (void)showBanner { self.ORGshowBaner(); }\n}\n"
    (d,) = [d for d in analyze(source, "f.mf", app).diagnostics if d.code == "MF115"]
    assert d.severity is Severity.WARNING
    assert d.hint == "did you mean `ORGshowBanner`?"


def test_super_three_outcomes(app: Manifest) -> None:
    def body(cls: str, call: str) -> str:
        return f"class {cls} {{\n- (void)layoutBanner {{ {call} }}\n}}\n"

    assert loud(body("Mine : Base", "super.reloadData();"), app) == []
    assert ("MF116", 2, "error") in findings(body("Mine : Base", "super.checkout();"), app)
    assert loud(body("Mine : Partial", "super.hideBanner();"), app) == []
    assert ("MF107", 2, "info") in findings(body("Mine : Partial", "super.hideBanner();"), app)
    assert ("MF116", 2, "warning") in findings(body("Mine : Partial", "super.showBaner();"), app)


def test_unknown_selector_three_outcomes(app: Manifest) -> None:
    def send(cls: str, sel: str) -> str:
        return f"{cls} *x = {cls}.alloc().init();\nx.{sel}();\n"

    assert findings(send("Cart", "totalPrice"), app) == []
    assert findings(send("Cart", "checkout"), app) == [("MF117", 2, "warning")]
    assert findings(send("Partial", "hideBanner"), app) == [("MF107", 2, "info")]
    assert findings(send("Partial", "showBaner"), app) == [("MF117", 2, "warning")]
    # a selector some class of the manifest declares is never reported (the object may be a subclass)
    assert findings(send("Partial", "clearMemory"), app) == []


# ---------------------------------------------------------------------- identifiers (MF130)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("id x = Unlisted.alloc();\n", [("MF107", 1, "info")]),  # may be a class the manifest lacks
        ("id x = Unlisted.alloc();\nid y = Unlisted.new();\n", [("MF107", 1, "info")]),  # one note per name
        ("id x = SDImageCahce.alloc();\n", [("MF130", 1, "warning")]),  # a typo of a known class
        ("id x = cuont;\n", [("MF130", 1, "warning")]),  # can only be a variable
        ("id x = CGFLOAT_MAX;\n", [("MF130", 1, "warning")]),  # a C macro
        ('id x = NSLocalizedString(@"a", nil);\n', [("MF130", 1, "warning")]),  # a C function
        ("id x = OrderCellV2;\n", [("MF107", 1, "info")]),  # an app class the manifest may lack
        ("id x = SDImageCache.alloc();\n", []),
    ],
)
def test_identifiers(app: Manifest, source: str, expected: list[tuple[str, int, str]]) -> None:
    assert findings(source, app) == expected


def test_sdk_constant_named_after_a_builtin_struct_is_a_warning(app: Manifest) -> None:
    a = analyze("struct CGRect r = CGRectZero;\n", "f.mf", app)
    (d,) = a.diagnostics
    assert d.code == "MF130" and d.severity is Severity.WARNING
    assert "named after `CGRect`" in d.message


def test_identifier_typo_of_a_class_suggests_it(app: Manifest) -> None:
    (d,) = analyze("id x = SDImageCahce.alloc();\n", "f.mf", app).diagnostics
    assert d.hint == "did you mean `SDImageCache`?"
    assert "is neither declared nor in the manifest" in d.message


# ---------------------------------------------------------------------- types without an encoding


def test_an_unresolved_type_without_encoding_is_not_guessed() -> None:
    doc = {
        "format": "mangopy-manifest",
        "version": 1,
        "classes": {
            "NSObject": {"superclass": None},
            "Loader": {
                "superclass": "NSObject",
                "instance_methods": {
                    # the exporter could not resolve `SDWebImageOptions`: no encoding, no guess
                    "loadWithOptions:": method("void", "SDWebImageOptions"),
                    # with an encoding, the type is known: an integer
                    "loadWithMode:": {"returns": "void", "params": ["LoadMode"], "encoding": "v24@0:8q16"},
                    # a spelling that settles it on its own
                    "loadWithCount:": method("void", "NSInteger"),
                },
            },
        },
    }
    m = parse_manifest(json.dumps(doc).encode(), "app.json")

    def check(selector: str) -> list[tuple[str, int, str]]:
        return loud(f"class Loader : NSObject {{\n- (void){selector}(id)value {{ }}\n}}\n", m)

    assert check("loadWithOptions:") == []
    assert check("loadWithMode:") == [("MF110", 2, "error")]
    assert check("loadWithCount:") == [("MF110", 2, "error")]
