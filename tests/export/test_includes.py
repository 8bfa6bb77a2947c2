"""mangopy.export.includes: includes clang on Linux would miss, shimmed; checked with real libclang.

The project is tests/export/data/xcode (see test_project.py): ``CartView.h`` imports ``"order.h"``
(the file is ``Order.h``), a CocoaPods header, a pod header only in the pod's sources and a pod
that is not installed; ``CartView.m`` the generated ``Shop-Swift.h`` and ``@import Firebase;``;
``Legacy.h`` ``"../models/ORDER.h"``; ``Order.h`` imports nothing and relies on the prefix header.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from mangopy.export import clang_args, collect_inputs
from mangopy.export.includes import IncludePlan, plan_includes, scan_directives
from mangopy.export.parse import FileResult, parse_file
from mangopy.export.project import ProjectSettings, discover
from mangopy.export.sdk import resolve_sdk, stub_sdk_path

DATA = Path(__file__).parent / "data" / "xcode"


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    root = tmp_path / "shop"
    shutil.copytree(DATA, root)
    return root


def _plan(root: Path, excludes: tuple[str, ...] = ("Pods",)) -> tuple[list[Path], ProjectSettings, IncludePlan]:
    files = collect_inputs([root], excludes)
    settings = discover([root])
    return files, settings, plan_includes(files, settings, stub_sdk_path())


def _parse_all(files: list[Path], settings: ProjectSettings | None, plan: IncludePlan | None) -> dict[str, FileResult]:
    sdk = resolve_sdk("stub")
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as shims:
        base = [*clang_args(sdk, files, cache), "-ferror-limit=0"]
        extra = plan.write(shims) if plan is not None else []
        out = {}
        for f in files:
            args = base + (settings.args_for(f) if settings is not None else []) + extra
            out[f.name] = parse_file(str(f), args, f.name, f.name)
    return out


def test_scan_directives_ignores_comments_and_strings() -> None:
    text = (
        '#import "A.h"\n'
        "  #  include <B/B.h>  // trailing\n"
        '// #import "Commented.h"\n'
        "/* #import <Block.h>\n"
        '   #import "Block2.h" */ #include_next <Next.h>\n'
        'NSString *s = @"#import <NotOne.h> // nor this";\n'
        "@import Firebase.Analytics;\n"
        "#import MACRO_HEADER\n"
    )
    found = [(d.line, d.kind, d.spelling) for d in scan_directives(text)]
    assert found == [
        (1, "quote", "A.h"),
        (2, "angle", "B/B.h"),
        (5, "angle", "Next.h"),  # only a comment before it on its line: a directive, as for clang
        (7, "module", "Firebase.Analytics"),
    ]


def test_plan_kinds_and_shims(shop: Path) -> None:
    _, _, plan = _plan(shop)
    views = shop / "Shop" / "Views"
    got = [(Path(w.file).name, w.line, w.include, w.kind) for w in plan.warnings]
    assert got == [
        ("CartView.h", 1, '"order.h"', "case"),
        ("CartView.h", 3, "<Analytics/SEGTracker.h>", "by-name"),
        ("CartView.h", 4, "<Missing/Missing.h>", "missing"),
        ("CartView.m", 2, '"Shop-Swift.h"', "swift-header"),
        ("CartView.m", 4, "@import Firebase", "module"),
        ("CartView.m", 5, "@import Firebase.Analytics", "module"),
        ("Legacy.h", 1, '"../models/ORDER.h"', "case"),
    ]
    assert all(w.file.startswith(str(views)) for w in plan.warnings)
    messages = {w.include: w.message for w in plan.warnings}
    assert (
        messages["<Missing/Missing.h>"]
        == "`#import <Missing/Missing.h>` not found: declarations using it may be incomplete"
    )
    assert "(module Shop)" in messages['"Shop-Swift.h"']
    order = str(shop / "Shop" / "Models" / "Order.h")
    assert plan.search_dir == "include/_"  # one level deep, for "../models/ORDER.h"
    assert plan.shims["include/_/order.h"] == f'#import "{order}"\n'
    assert plan.shims["include/models/ORDER.h"] == f'#import "{order}"\n'
    tracker = shop / "Pods" / "Analytics" / "Analytics" / "Classes" / "SEGTracker.h"
    assert plan.shims["include/_/Analytics/SEGTracker.h"] == f'#import "{tracker}"\n'
    assert plan.shims["include/_/Missing/Missing.h"] == ""
    assert plan.shims["include/_/Shop-Swift.h"] == ""
    assert "module Firebase {" in plan.shims["include/_/module.modulemap"]
    assert "module Analytics {" in plan.shims["include/_/module.modulemap"]
    assert plan.args("/s") == ["-idirafter", "/s/include/_"]  # searched after every real directory


def test_every_file_parses_with_the_plan_and_not_without(shop: Path) -> None:
    files, settings, plan = _plan(shop)
    results = _parse_all(files, settings, plan)
    assert {name: r.problems for name, r in results.items() if r.problems} == {}
    without = _parse_all(files, None, None)
    failed = {name for name, r in without.items() if r.problems}
    assert failed == {"CartView.h", "CartView.m", "Legacy.h"}  # fatal: `'order.h' file not found`...

    decls: dict[str, Any] = {
        d["name"]: d
        for r in results.values()
        for d in r.decls
        if d.get("category") is None and not d.get("implementation")
    }
    order = decls["Order"]
    assert order["superclass"] == "NSObject"  # NSObject from the prefix header's UIKit
    methods = order["instance_methods"]
    assert methods["count"]["returns"] == "ShopCount"  # the prefix header's typedef
    assert "encoding" in methods["count"]  # a known type: clang resolved it
    assert "debugDump" in methods  # DEBUG=1 from the target's settings
    assert decls["Legacy"]["superclass"] == "Order"
    cart = decls["CartView"]
    assert cart["superclass"] == "UIView"
    assert [decls["WidgetView"]["instance_methods"]["level"]["returns"]] == ["NSInteger"]


def test_missing_header_in_the_prefix_header_is_shimmed_for_everyone(shop: Path) -> None:
    pch = shop / "Shop" / "Shop-Prefix.pch"
    pch.write_text(
        pch.read_text().replace('#import "ShopConstants.h"', '#import "ShopConstants.h"\n#import <Gone/Gone.h>')
    )
    files, settings, plan = _plan(shop)
    gone = [w for w in plan.warnings if w.include == "<Gone/Gone.h>"]
    assert [(Path(w.file).name, w.line, w.kind) for w in gone] == [("Shop-Prefix.pch", 5, "missing")]
    results = _parse_all(files, settings, plan)
    assert {name: r.problems for name, r in results.items() if r.problems} == {}


def test_case_insensitive_lookup_prefers_the_includers_directory(tmp_path: Path) -> None:
    for d in ("A", "B"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "Foo.h").write_text(f"@interface Foo{d}\n@end\n")
    (tmp_path / "B" / "User.h").write_text('#import "FOO.h"\n@interface User : FooB\n@end\n')
    files = [tmp_path / "B" / "User.h"]  # A/Foo.h and B/Foo.h are not inputs: only project headers
    plan = plan_includes(files, discover([tmp_path]), stub_sdk_path())
    assert plan.shims == {"include/FOO.h": f'#import "{tmp_path / "B" / "Foo.h"}"\n'}
    assert [w.kind for w in plan.warnings] == ["case"]


def test_headers_that_resolve_and_sdk_modules_need_no_shim(tmp_path: Path) -> None:
    (tmp_path / "A.h").write_text('@import UIKit;\n@import Foundation;\n#import <UIKit/UIKit.h>\n#import "B.h"\n')
    (tmp_path / "B.h").write_text("#import <stdint.h>\n#import <objc/NSObject.h>\n")
    plan = plan_includes([tmp_path / "A.h", tmp_path / "B.h"], discover([tmp_path]), stub_sdk_path())
    assert (plan.shims, plan.warnings, plan.args("/x")) == ({}, [], [])


def test_several_headers_of_one_name_the_nearest_wins_and_it_says_so(tmp_path: Path) -> None:
    for d in ("One", "Two"):
        (tmp_path / d / "Lib").mkdir(parents=True)
        (tmp_path / d / "Lib" / "Util.h").write_text("")
    (tmp_path / "Two" / "X.h").write_text("#import <Util.h>\n")
    (tmp_path / "Y.h").write_text("#import <Lib/Util.h>\n")
    plan = plan_includes([tmp_path / "Two" / "X.h", tmp_path / "Y.h"], discover([tmp_path]), stub_sdk_path())
    one, two = (f'#import "{tmp_path / d / "Lib" / "Util.h"}"\n' for d in ("One", "Two"))
    assert plan.shims == {"include/Util.h": two, "include/Lib/Util.h": one}  # nearest; else sorted first
    assert [w.message.endswith("(one of 2 project headers of that name)") for w in plan.warnings] == [True, True]


def test_ten_thousand_headers_plan_quickly(tmp_path: Path) -> None:
    """Generated: 3,000 headers in 100 directories, each importing UIKit, a neighbour, a case-mismatched one."""
    files = []
    for n in range(3000):
        d = tmp_path / f"D{n // 30}"
        d.mkdir(exist_ok=True)
        path = d / f"H{n}.h"
        path.write_text(
            f'#import <UIKit/UIKit.h>\n#import "H{n - 1}.h"\n#import "h{(n * 7) % 3000}.H"\n@import Pod{n % 50};\n'
        )
        files.append(path)
    start = time.perf_counter()
    plan = plan_includes(files, discover([tmp_path]), stub_sdk_path())
    elapsed = time.perf_counter() - start
    assert sum(w.kind == "case" for w in plan.warnings) == 3000
    assert sum(w.kind == "module" for w in plan.warnings) == 3000
    assert plan.shims["include/h7.H"] == f'#import "{tmp_path / "D0" / "H7.h"}"\n'
    assert elapsed < 10.0  # about 1 s here (discover included: walking 3,000 files)


def test_reaches_lists_the_project_headers_an_input_imports_and_a_cycle_ends(tmp_path: Path) -> None:
    (tmp_path / "Cart.h").write_text('#import "Line.h"\n@interface Cart\n@end\n')
    (tmp_path / "Line.h").write_text('#import "Cart.h"\n@interface Line\n@end\n')  # imports its includer back
    (tmp_path / "Cart.m").write_text('#import "Cart.h"\n#import "line.h"\n#import <UIKit/UIKit.h>\n#import "Gone.h"\n')
    files = [tmp_path / n for n in ("Cart.h", "Cart.m", "Line.h")]
    plan = plan_includes(files, discover([tmp_path]), stub_sdk_path())
    cart, line = str(tmp_path / "Cart.h"), str(tmp_path / "Line.h")
    # its own directives only, in order; `"line.h"` by another case; not the SDK's or a missing header
    assert plan.reaches[str(tmp_path / "Cart.m")] == [cart, line]
    assert plan.reaches[cart] == [line] and plan.reaches[line] == [cart]
