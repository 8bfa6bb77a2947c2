"""The runtime manifest dumper (``mangopy/data/MangoManifestDumper.m``), compiled and run for real.

The dumper is compiled with test classes (``data/runtime/``) by GCC's Objective-C compiler against
GCC's GNU runtime and GNUstep Base, run, and its JSON checked field by field, validated against the
manifest schema and used by ``mangopy check``.  Without the toolchain the tests skip locally and
fail in CI (``CI`` set).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mangopy.export.runtime import dumper_source
from mangopy.semantics.manifest import validate
from tests.objc import gnustep_flags, require_toolchain

ROOT = Path(__file__).resolve().parents[2]
DUMPER = ROOT / "mangopy" / "data" / "MangoManifestDumper.m"
DATA = Path(__file__).resolve().parent / "data" / "runtime"
APT_PACKAGES = "gobjc libgnustep-base-dev"


@dataclass(frozen=True)
class Harness:
    binary: Path

    def run(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, **(env or {})}
        proc = subprocess.run(
            [str(self.binary), *args], capture_output=True, text=True, timeout=60, env=full_env, check=False
        )
        assert proc.returncode == 0, proc.stderr
        return proc

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args).stdout)


@pytest.fixture(scope="session")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Harness:
    require_toolchain(APT_PACKAGES, "the runtime dumper")
    out = tmp_path_factory.mktemp("runtime-dumper")
    binary = out / "harness"
    command = [
        "gcc",
        "-std=gnu99",
        *gnustep_flags("--objc-flags"),
        "-Wno-objc-root-class",
        f"-I{DATA}",
        f"-I{DUMPER.parent}",  # harness.m includes the dumper
        "-o",
        str(binary),
        str(DATA / "Shapes.m"),
        str(DATA / "harness.m"),
        *gnustep_flags("--base-libs"),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=out, check=False)
    assert proc.returncode == 0, proc.stderr
    dumper_warnings = [line for line in proc.stderr.splitlines() if "MangoManifestDumper.m" in line]
    assert dumper_warnings == [], "\n".join(dumper_warnings)
    return Harness(binary)


@pytest.fixture(scope="session")
def manifest(harness: Harness) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(harness.run("dump").stdout)
    return doc


def method(returns: str, params: list[str], encoding: str) -> dict[str, Any]:
    return {"returns": returns, "params": params, "encoding": encoding}


# ------------------------------------------------------------------------------- the whole dump


def test_dump_is_a_valid_manifest_of_the_app_image_only(manifest: dict[str, Any]) -> None:
    validate(manifest, "dumped.json")
    assert manifest["format"] == "mangopy-manifest"
    assert manifest["version"] == 1
    # dladdr() image filter: the classes linked into the harness, not NSObject or GNUstep's
    assert sorted(manifest["classes"]) == ["MGTLeaf", "MGTRoot", "MGTShape", "MGTSquare"]
    assert sorted(manifest["protocols"]) == ["MGTGreeter", "MGTLoud"]
    assert "app" not in manifest  # no Info.plist here


def test_hierarchy_and_protocols(manifest: dict[str, Any]) -> None:
    classes = manifest["classes"]
    assert classes["MGTRoot"]["superclass"] is None
    assert classes["MGTLeaf"]["superclass"] == "MGTRoot"
    assert classes["MGTShape"]["superclass"] == "NSObject"
    assert classes["MGTSquare"]["superclass"] == "MGTShape"
    assert classes["MGTShape"]["protocols"] == ["MGTGreeter", "NSCopying"]
    assert classes["MGTSquare"]["protocols"] == ["MGTLoud"]
    assert classes["MGTRoot"]["protocols"] == []
    assert all(c["swift_module"] is None for c in classes.values())


def test_instance_methods_with_encodings_and_spellings(manifest: dict[str, Any]) -> None:
    methods = dict(manifest["classes"]["MGTShape"]["instance_methods"])
    # GNUstep's BOOL is unsigned char: encoded `C`, spelled BOOL (the letter of @encode(BOOL))
    expected = {
        "name": method("id", [], "@16@0:8"),
        "setName:": method("void", ["id"], "v24@0:8@16"),
        "sides": method("NSInteger", [], "q16@0:8"),
        "isVisible": method("BOOL", [], "C16@0:8"),
        "setVisible:": method("void", ["BOOL"], "v20@0:8C16"),
        "delegate": method("id", [], "@16@0:8"),
        "setDelegate:": method("void", ["id"], "v24@0:8@16"),
        "containsPoint:": method("BOOL", ["struct MGTPoint"], "C32@0:8{MGTPoint=dd}16"),
        "center": method("struct MGTPoint", [], "{MGTPoint=dd}16@0:8"),
        "scaleBy:around:": method("double", ["double", "struct MGTPoint"], "d40@0:8d16{MGTPoint=dd}24"),
        "objectForSelector:ofClass:": method("id", ["SEL", "Class"], "@32@0:8:16#24"),
        "setTag:count:ratio:": method("void", ["NSInteger", "NSUInteger", "float"], "v36@0:8q16Q24f32"),
        "cName": method("const char *", [], "r*16@0:8"),
        "rawPointer": method("void *", [], "^v16@0:8"),
        "rangeOfName:": method("NSRange", ["id"], "{_NSRange=QQ}24@0:8@16"),
        "greetingFor:": method("id", ["id"], "@24@0:8@16"),
        # the category's method is there too: the runtime merges categories into the class
        "drawInContext:": method("void", ["void *"], "v24@0:8^v16"),
    }
    zone = methods.pop("copyWithZone:")
    assert methods == expected
    assert zone["returns"] == "id"
    assert zone["params"] == ["NSZone *"]
    assert zone["encoding"].startswith("@24@0:8^{_NSZone=")
    square = manifest["classes"]["MGTSquare"]["instance_methods"]
    assert square == {
        "shoutTimes:": method("void", ["NSUInteger"], "v24@0:8Q16"),
        "describeWithError:": method("id", ["id *"], "@24@0:8^@16"),
    }
    assert manifest["classes"]["MGTLeaf"]["instance_methods"] == {"leafDepth": method("int", [], "i16@0:8")}
    assert manifest["classes"]["MGTRoot"]["instance_methods"] == {}


def test_class_methods_come_from_the_metaclass(manifest: dict[str, Any]) -> None:
    assert manifest["classes"]["MGTShape"]["class_methods"] == {
        "shapeWithSides:": method("id", ["NSInteger"], "@24@0:8q16"),
        "isRegular": method("BOOL", [], "C16@0:8"),
        "greeterVersion": method("NSInteger", [], "q16@0:8"),
        "drawCount": method("NSUInteger", [], "Q16@0:8"),  # from the category
    }
    assert manifest["classes"]["MGTRoot"]["class_methods"] == {"rootValue": method("id", [], "@16@0:8")}
    assert manifest["classes"]["MGTSquare"]["class_methods"] == {}


def test_properties_are_absent_on_gccs_gnu_abi(manifest: dict[str, Any]) -> None:
    # GCC's GNU ABI stores no property metadata: the accessors are methods (above), the property
    # decoding itself is tested on attribute strings below.
    assert all(c["properties"] == {} for c in manifest["classes"].values())


def test_protocols(manifest: dict[str, Any]) -> None:
    assert manifest["protocols"] == {
        "MGTGreeter": {
            "protocols": ["NSObject"],
            # the @optional -shouldGreet is not stored by GCC's GNU ABI
            "instance_methods": {"greetingFor:": method("id", ["id"], "@24@0:8@16")},
            "class_methods": {"greeterVersion": method("NSInteger", [], "q16@0:8")},
            "properties": {},
        },
        "MGTLoud": {
            "protocols": ["MGTGreeter"],
            "instance_methods": {"shoutTimes:": method("void", ["NSUInteger"], "v24@0:8Q16")},
            "class_methods": {},
            "properties": {},
        },
    }


def test_spellings_are_categorised_like_their_encodings(manifest: dict[str, Any]) -> None:
    from mangopy.semantics import types

    for entry in [*manifest["classes"].values(), *manifest["protocols"].values()]:
        for kind in ("instance_methods", "class_methods"):
            for selector, m in entry[kind].items():
                parts = types.split_method_encoding(m["encoding"])
                assert parts is not None, selector
                spelled = [types.objc_category(t) for t in [m["returns"], *m["params"]]]
                encoded = [types.encoding_category(p) for p in parts]
                # GNUstep's BOOL is `C`: its encoding says unsigned integer, its spelling BOOL
                encoded = [
                    types.BOOL if e == types.UINT and s == types.BOOL else e
                    for e, s in zip(encoded, spelled, strict=True)
                ]
                assert spelled == encoded, (selector, m)


# ------------------------------------------------------------------------------------- filters


def test_prefix_filter_over_all_images(harness: Harness) -> None:
    doc = harness.json("prefixes", "MGTS", "MGTLoud")
    validate(doc, "prefixes.json")
    assert sorted(doc["classes"]) == ["MGTShape", "MGTSquare"]
    assert sorted(doc["protocols"]) == ["MGTLoud"]


def test_all_images_include_foundation(harness: Harness) -> None:
    doc = harness.json("all")
    validate(doc, "all.json")
    assert doc["classes"]["NSObject"]["superclass"] is None
    assert "NSString" in doc["classes"]
    assert "MGTShape" in doc["classes"]
    assert "NSCopying" in doc["protocols"]


def test_predicate_filter(harness: Harness) -> None:
    proc = harness.run("filter")
    doc = json.loads(proc.stdout)
    assert sorted(doc["classes"]) == ["MGTRoot", "MGTShape", "MGTSquare"]
    assert sorted(doc["protocols"]) == ["MGTGreeter", "MGTLoud"]
    assert "filter calls: 6" in proc.stderr  # only candidates from the app image reach it


def test_write_to_path(harness: Harness, tmp_path: Path, manifest: dict[str, Any]) -> None:
    target = tmp_path / "app_classes.json"
    harness.run("write", str(target))
    assert json.loads(target.read_text(encoding="utf-8")) == manifest


def test_environment_variable_dumps_at_exit(harness: Harness, tmp_path: Path) -> None:
    target = tmp_path / "env.json"
    proc = harness.run(
        "noop", env={"MANGOPY_DUMP_MANIFEST": str(target), "MANGOPY_DUMP_MANIFEST_PREFIXES": "MGTRoot, MGTLeaf"}
    )
    doc = json.loads(target.read_text(encoding="utf-8"))
    validate(doc, str(target))
    assert sorted(doc["classes"]) == ["MGTLeaf", "MGTRoot"]
    assert doc["protocols"] == {}
    assert f"MangoManifestDumper: wrote 2 classes and 0 protocols to {target}" in proc.stderr


def test_environment_variable_unset_writes_nothing(harness: Harness, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MANGOPY_DUMP")}
    proc = subprocess.run(
        [str(harness.binary), "noop"], capture_output=True, text=True, env=env, cwd=tmp_path, check=False
    )
    assert proc.returncode == 0
    assert "MangoManifestDumper" not in proc.stderr
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- decoders, on any runtime

SPELLINGS = {
    "v": "void",
    "@": "id",
    '@"NSString"': "NSString *",
    '@"<UITableViewDelegate>"': "id<UITableViewDelegate>",
    '@"NSArray<NSCopying>"': "NSArray<NSCopying> *",
    "@?": "id",
    "@?<v@?B>": "id",
    "B": "BOOL",
    "C": "BOOL",  # @encode(BOOL) on GNUstep
    "c": "char",
    "q": "NSInteger",
    "Q": "NSUInteger",
    "i": "int",
    "I": "unsigned int",
    "s": "short",
    "S": "unsigned short",
    "l": "long",
    "L": "unsigned long",
    "f": "float",
    "d": "double",
    "D": "long double",
    ":": "SEL",
    "#": "Class",
    "*": "char *",
    "r*": "const char *",
    "^v": "void *",
    "r^v": "const void *",
    "^^v": "void **",
    "^@": "id *",
    "^?": "void (*)(void)",
    "^{CGContext=}": "CGContextRef",
    "r^{__CFString=}": "CFStringRef",
    "^{_NSZone=}": "NSZone *",
    "^{CGRect={CGPoint=dd}{CGSize=dd}}": "CGRect *",
    "^{Spot=qq}": "struct Spot *",
    "{Spot=qq}": "struct Spot",
    "{CGRect={CGPoint=dd}{CGSize=dd}}": "CGRect",
    "{_NSRange=QQ}": "NSRange",
    "{?=dd}": "struct {?=dd}",
    "(Value=id)": "union Value",
    "[4i]": "int[4]",
    "Vv": "void",
    "nO@": "id",
    "Rq": "NSInteger",
}


def test_type_spellings(harness: Harness) -> None:
    encodings = list(SPELLINGS)
    assert dict(zip(encodings, harness.json("spell", *encodings), strict=True)) == SPELLINGS


PROPERTIES = {
    'T@"NSString",C,N,V_name': {"type": "NSString *", "attributes": ["nonatomic", "copy"]},
    'T@"NSString",R,C,N,V_title': {"type": "NSString *", "attributes": ["nonatomic", "copy", "readonly"]},
    'T@"UIView",&,N,V_view': {"type": "UIView *", "attributes": ["nonatomic", "strong"]},
    'T@"<MGTGreeter>",W,N,V_delegate': {"type": "id<MGTGreeter>", "attributes": ["nonatomic", "weak"]},
    "Tq,R,V_count": {"type": "NSInteger", "attributes": ["assign", "readonly"]},
    'T@"NSArray",R,N': {"type": "NSArray *", "attributes": ["nonatomic", "readonly"]},
    "TB,N,GisOn,V_on": {"type": "BOOL", "attributes": ["nonatomic", "assign", "getter=isOn"]},
    "Td,N,SupdateRatio:,V_ratio": {"type": "double", "attributes": ["nonatomic", "assign", "setter=updateRatio:"]},
    "T@?,C,N,V_onReload": {"type": "id", "attributes": ["nonatomic", "copy"]},
    "T{CGRect={CGPoint=dd}{CGSize=dd}},N,V_frame": {"type": "CGRect", "attributes": ["nonatomic", "assign"]},
    "T@,D,&": {"type": "id", "attributes": ["strong"]},
}


def test_property_attributes(harness: Harness) -> None:
    attrs = list(PROPERTIES)
    assert dict(zip(attrs, harness.json("property", *attrs), strict=True)) == PROPERTIES


NAMES = {
    "_TtC4Shop9CartStore": ["Shop.CartStore", "Shop"],
    "_TtCC4Shop5Outer5Inner": ["Shop.Outer.Inner", "Shop"],
    "_TtCs12_SwiftObject": ["Swift._SwiftObject", "Swift"],
    "_TtP4Shop13CartObserving_": ["Shop.CartObserving", "Shop"],
    "Shop.CartStore": ["Shop.CartStore", "Shop"],
    "OrderCell": ["OrderCell", None],
    "_TtGC4Shop3BoxSi_": [None, None],  # generic: cannot be named from a script
    "_TtC4ShopP33_0123456789abcdef0123456789abcdef4Hide": [None, None],  # private
    "NSKVONotifying-Order": [None, None],
}


def test_runtime_names(harness: Harness) -> None:
    names = list(NAMES)
    assert dict(zip(names, harness.json("name", *names), strict=True)) == NAMES


# ------------------------------------------------------------------------------ mangopy check


def _check(script: str, manifest_path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "fix.mg"
    path.write_text(script, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mangopy",
            "check",
            str(path),
            "--manifest",
            str(manifest_path),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "MANGOPY_CACHE_DIR": str(tmp_path / "cache")},
    )


@pytest.fixture
def manifest_file(manifest: dict[str, Any], tmp_path: Path) -> Path:
    path = tmp_path / "app_classes.json"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    return path


def _codes(proc: subprocess.CompletedProcess[str]) -> list[str]:
    doc = json.loads(proc.stdout)
    return sorted(d["code"] for f in doc.get("files", [doc]) for d in f.get("diagnostics", []))


def test_check_clean_script_against_dumped_manifest(manifest_file: Path, tmp_path: Path) -> None:
    script = (
        "class MGTSquare : MGTShape <MGTLoud> {\n"
        "- (void)shoutTimes:(NSUInteger)times {\n"
        "    self.ORGshoutTimes:(times + 1);\n"
        "}\n"
        "- (void)setTag:(NSInteger)tag count:(NSUInteger)count ratio:(float)ratio {\n"
        "    self.ORGsetTag:count:ratio:(tag, count, ratio);\n"
        "}\n"
        "}\n"
    )
    proc = _check(script, manifest_file, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _codes(proc) == []


def test_check_wrong_superclass_against_dumped_manifest(manifest_file: Path, tmp_path: Path) -> None:
    script = "class MGTSquare : NSObject {\n- (void)shoutTimes:(NSUInteger)times {\n}\n}\n"
    proc = _check(script, manifest_file, tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "MF101" in _codes(proc)
    assert "MGTShape" in proc.stdout


# ------------------------------------------------------------------------------------ packaging


def test_dumper_source_is_the_shipped_file() -> None:
    text = dumper_source()
    assert text == DUMPER.read_text(encoding="utf-8")
    assert "MangoManifestDumperJSON(void)" in text
    assert "MANGOPY_DUMP_MANIFEST" in text
