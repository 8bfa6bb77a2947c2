"""`mangopy manifest export|validate|show|diff` (click's CliRunner) and the ShopApp end-to-end example."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from mangopy.cli.manifest import manifest_group
from mangopy.semantics.manifest import validate

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "app_classes.json"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(manifest_group, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_export_to_file_and_stdout(tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    code, stdout, stderr = run(
        "export", str(DATA / "headers"), "-o", str(out), "--sdk", "stub", "--exclude", "Vendor",
        "--app-name", "Shop", "--app-version", "4.2.0", "-D", "SHOP_COUPONS=1", "--jobs", "2",
    )  # fmt: skip
    assert code == 0, stderr
    doc = json.loads(out.read_text())
    validate(doc, str(out))
    assert doc["app"] == {"name": "Shop", "version": "4.2.0"}
    assert "applyCoupon:" in doc["classes"]["Order"]["instance_methods"]
    assert "mangopy: 7 files read: 7 parsed (100.0 %)" in stderr
    assert "mangopy: 5 classes, 2 protocols, 51 methods (2 only in @implementation)" in stderr
    code, stdout, _ = run("export", str(DATA / "swift"), "-o", "-", "--sdk", "stub")
    assert code == 0
    assert json.loads(stdout)["classes"]["CartModel"]["swift_module"] == "MyShop"


def test_export_problems_and_strict(tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    code, _, stderr = run("export", str(DATA / "broken"), "-o", str(out), "--sdk", "stub")
    assert code == 0
    assert 'Bad.h:2: warning: `#import "Missing.h"` not found' in stderr
    assert "2 files read: 2 parsed (100.0 %), 1 of them with missing includes read as empty" in stderr
    assert list(json.loads(out.read_text())["classes"]) == ["Bad", "Good"]
    code, _, stderr = run("export", str(DATA / "broken"), "-o", str(out), "--sdk", "stub", "--strict")
    assert code == 1


def test_export_refuses_an_empty_or_mostly_lost_manifest(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "Lost1.h").write_text('#include "/no/such/a.h"\n@interface L1\n@end\n')
    (src / "Lost2.h").write_text('#include "/no/such/b.h"\n@interface L2\n@end\n')
    (src / "Kept.h").write_text("#import <Foundation/Foundation.h>\n@interface Kept : NSObject\n@end\n")
    out = tmp_path / "m.json"
    code, _, stderr = run("export", str(src), "-o", str(out), "--sdk", "stub")
    assert code == 2
    assert "Lost1.h:1: error: '/no/such/a.h' file not found" in stderr
    assert "lost, include not found: 2 files" in stderr
    assert "2 of 3 files were lost" in stderr
    assert not out.exists()
    (src / "Kept.h").write_text("// nothing declared here\n")
    (src / "Lost2.h").unlink()
    code, _, stderr = run("export", str(src), "-o", str(out), "--sdk", "stub")
    assert code == 2
    assert "the manifest would be empty" in stderr
    assert "Traceback" not in stderr and not out.exists()


def test_export_prefix_header_and_compile_commands(tmp_path: Path) -> None:
    src = tmp_path / "App"
    src.mkdir()
    # a header that imports nothing: UIKit and the app's macros come from the prefix header
    (src / "Cell.h").write_text("@interface Cell : UITableViewCell\n- (void)fill:(APP_INT)count;\n@end\n")
    pch = tmp_path / "App-Prefix.pch"
    pch.write_text("#import <UIKit/UIKit.h>\n#define APP_INT NSInteger\n")
    out = tmp_path / "m.json"
    code, _, stderr = run("export", str(src), "-o", str(out), "--sdk", "stub", "--prefix-header", str(pch))
    assert code == 0, stderr
    cell = json.loads(out.read_text())["classes"]["Cell"]
    assert cell["superclass"] == "UITableViewCell"
    assert cell["instance_methods"]["fill:"]["encoding"] == "v24@0:8q16"
    assert "prefix header App-Prefix.pch" in stderr
    # the same from compile_commands.json (the convention of clang tools)
    commands = [
        {
            "directory": str(tmp_path),
            "file": "App/Cell.h",
            "arguments": ["clang", "-include", str(pch), "-c", "App/Cell.h"],
        }
    ]
    (tmp_path / "cc.json").write_text(json.dumps(commands))
    code, _, stderr = run(
        "export", str(src), "-o", str(out), "--sdk", "stub", "--compile-commands", str(tmp_path / "cc.json")
    )
    assert code == 0, stderr
    assert json.loads(out.read_text())["classes"]["Cell"]["instance_methods"]["fill:"]["encoding"] == "v24@0:8q16"
    # without either, the file has nothing to go on: clang's errors are recovered from, never guessed
    code, _, stderr = run("export", str(src), "-o", str(out), "--sdk", "stub", "--no-project")
    assert code == 0, stderr
    assert "encoding" not in json.loads(out.read_text())["classes"]["Cell"]["instance_methods"]["fill:"]
    for flag, value, message in (
        ("--prefix-header", str(tmp_path / "nope.pch"), "no such file"),
        ("--compile-commands", str(tmp_path / "nope.json"), "no such file"),
    ):
        code, _, stderr = run("export", str(src), "-o", str(out), flag, value)
        assert code == 2 and message in stderr and "Traceback" not in stderr


def test_export_usage_errors(tmp_path: Path) -> None:
    for args, message in (
        ([str(tmp_path / "nope")], "no such file or directory"),
        ([str(tmp_path)], "no .h or .m files"),
        ([str(DATA / "broken"), "--sdk", str(tmp_path / "sdk")], "is not a directory"),
        ([str(DATA / "broken"), "-I", str(tmp_path / "inc")], "no such directory"),
        ([str(DATA / "broken"), "-D", "1BAD"], "is not NAME or NAME=VALUE"),
        ([str(DATA / "broken"), "--jobs", "0"], "0"),
    ):
        code, _, stderr = run("export", *args, "-o", str(tmp_path / "m.json"))
        assert code == 2, (args, stderr)
        assert message in stderr
        assert "Traceback" not in stderr
    code, _, stderr = run("export", str(DATA / "broken" / "Good.h"), "-o", str(tmp_path / "no" / "dir" / "m.json"))
    assert code == 2
    assert "cannot write" in stderr


def test_validate(tmp_path: Path) -> None:
    code, stdout, _ = run("validate", str(EXAMPLE))
    assert code == 0
    assert "valid (4 classes, 0 protocols)" in stdout
    bad = tmp_path / "bad.json"
    method = {"returns": "void", "params": ["id"]}
    bad.write_text(
        json.dumps(
            {"format": "mangopy-manifest", "version": 1, "classes": {"A": {"instance_methods": {"a:b:": method}}}}
        )
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    code, _, stderr = run(
        "validate", str(EXAMPLE), str(bad), str(broken), str(tmp_path / "missing.json"), str(tmp_path)
    )
    assert code == 2
    lines = stderr.splitlines()
    assert lines == [
        f'mangopy: error: invalid manifest: {bad}: $.classes.A.instance_methods["a:b:"].params: '
        "selector `a:b:` has 2 colons but 1 parameter type",
        f"mangopy: error: invalid manifest: {broken}: invalid JSON at line 1, column 2: "
        "Expecting property name enclosed in double quotes",
        f"mangopy: error: {tmp_path / 'missing.json'}: no such file",
        f"mangopy: error: {tmp_path}: is a directory",
    ]


def test_show(tmp_path: Path) -> None:
    code, stdout, _ = run("show", str(EXAMPLE))
    assert code == 0
    assert "4 classes (1 Swift), 0 protocols" in stdout
    assert "  CartStore [Shop] : NSObject" in stdout
    code, stdout, _ = run("show", str(EXAMPLE), "OrderListController")
    assert code == 0
    assert "superclass chain: OrderListController : UIViewController : UIResponder : NSObject" in stdout
    assert "- (void)reloadOrdersAnimated:(BOOL)animated;" in stdout
    assert "- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section;" in stdout
    assert "- (Order *)orderAtIndex:(NSUInteger)index;  // @24@0:8Q16" in stdout
    assert "+ (NSDateFormatter *)sharedFormatter;" in stdout
    assert "@property (nonatomic, copy) void (^onReload)(BOOL);" in stdout
    assert "source: Orders/OrderListController.h:12" in stdout
    code, _, stderr = run("show", str(EXAMPLE), "OrderCel")
    assert code == 2
    assert "no class or protocol `OrderCel` (did you mean `OrderCell`, `Order`?)" in stderr
    code, _, stderr = run("show", str(tmp_path / "none.json"))
    assert (code, stderr.strip()) == (2, f"mangopy: error: {tmp_path / 'none.json'}: no such file")


def _changed(doc: dict, tmp_path: Path) -> Path:
    path = tmp_path / "new.json"
    path.write_text(json.dumps(doc))
    return path


def test_diff(tmp_path: Path) -> None:
    old = json.loads(EXAMPLE.read_text())
    code, stdout, _ = run("diff", str(EXAMPLE), str(EXAMPLE))
    assert (code, stdout) == (0, "no changes\n")
    new = json.loads(EXAMPLE.read_text())
    new["classes"]["OrderCell"]["superclass"] = "UICollectionViewCell"
    del new["classes"]["Order"]["instance_methods"]["isPaid"]
    new["classes"]["Order"]["instance_methods"]["addItem:quantity:"]["params"] = ["NSString *", "NSNumber *"]
    new["classes"]["Order"]["instance_methods"]["totalPrice"]["returns"] = "CGFloat"  # same kind
    new["classes"]["Order"]["properties"]["quantity"]["type"] = "NSNumber *"
    new["classes"]["Order"]["instance_methods"]["discount"] = {"returns": "double", "params": []}
    del new["classes"]["CartStore"]
    code, stdout, _ = run("diff", str(EXAMPLE), str(_changed(new, tmp_path)))
    assert code == 1
    assert stdout.splitlines() == [
        "breaking changes (5):",
        "  - class `CartStore` was removed",
        "  - -[Order addItem:quantity:] is now `(void) (NSString *) (NSNumber *)` "
        "(was `(void) (NSString *) (NSInteger)`)",
        "  - -[Order isPaid] was removed",
        "  - property `Order.quantity` is now `NSNumber *` (was `NSInteger`)",
        "  - `OrderCell` is now a subclass of `UICollectionViewCell` (was `UITableViewCell`)",
        "other changes (1):",
        "  ~ -[Order totalPrice] is now `(CGFloat)` (was `(double)`): same kinds of values",
        "additions (1):",
        "  + new -[Order discount]",
    ]
    code, stdout, _ = run("diff", str(EXAMPLE), str(_changed(new, tmp_path)), "--json")
    assert code == 1
    result = json.loads(stdout)
    assert [b["kind"] for b in result["breaking"]] == [
        "class-removed", "signature-changed", "method-removed", "property-type-changed", "superclass-changed",
    ]  # fmt: skip
    assert result["added"] == [
        {"kind": "method-added", "owner": "Order", "message": "new -[Order discount]", "selector": "discount"}
    ]
    only_added = json.loads(EXAMPLE.read_text())
    only_added["classes"]["New"] = {"superclass": "NSObject"}
    code, stdout, _ = run("diff", str(EXAMPLE), str(_changed(only_added, tmp_path)))
    assert (code, stdout) == (0, "additions (1):\n  + new class `New`\n")
    assert old == json.loads(EXAMPLE.read_text())
    broken = tmp_path / "broken.json"
    broken.write_text("[]")
    code, _, stderr = run("diff", str(EXAMPLE), str(broken))
    assert code == 2
    assert stderr.startswith(f"mangopy: error: invalid manifest: {broken}: ")
    assert len(stderr.splitlines()) == 1


def test_shopapp_end_to_end(tmp_path: Path) -> None:
    """Export examples/ShopApp, then check examples/shopapp_fix.mf: exactly its two planted mistakes."""
    from mangopy.cli import main

    out = tmp_path / "shop_classes.json"
    code, _, stderr = run("export", str(ROOT / "examples" / "ShopApp"), "-o", str(out), "--sdk", "stub")
    assert code == 0, stderr
    result = CliRunner().invoke(
        main, ["check", str(ROOT / "examples" / "shopapp_fix.mf"), "--manifest", str(out), "--format", "json"]
    )
    assert result.exit_code == 1
    found = [(d["code"], d["line"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert found == [("MF110", 22), ("MF101", 28)]
    # the exported manifest agrees with the hand-written example where they overlap
    doc = json.loads(out.read_text())
    example = json.loads(EXAMPLE.read_text())
    for name, raw in example["classes"].items():
        assert doc["classes"][name]["superclass"] == raw["superclass"]
        assert doc["classes"][name]["swift_module"] == raw["swift_module"]
        for key in ("instance_methods", "class_methods"):
            for selector, method in raw[key].items():
                exported = doc["classes"][name][key][selector]
                assert (exported["returns"], exported["params"]) == (method["returns"], method["params"])
        for prop, value in raw["properties"].items():
            assert doc["classes"][name]["properties"][prop]["type"] == value["type"]


def test_runtime_dumper_prints_the_shipped_file() -> None:
    from tests.cli.test_parse_cli import run as run_process

    proc = run_process("manifest", "runtime-dumper")
    assert proc.returncode == 0
    assert proc.stdout == (ROOT / "mangopy" / "data" / "MangoManifestDumper.m").read_text(encoding="utf-8")
    assert "objc_getClassList" in proc.stdout and "MangoManifestDumperWriteToPath" in proc.stdout


def test_export_to_an_unwritable_place_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / ".m.json.mangopy-tmp").mkdir()
    code, _, stderr = run("export", str(DATA / "swift"), "-o", str(tmp_path / "m.json"), "--sdk", "stub")
    assert code == 2
    assert stderr.strip().splitlines()[-1].endswith("m.json: cannot write: Is a directory")


def test_export_shows_a_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    def export(stderr: int) -> None:
        proc = subprocess.run(
            [sys.executable, "-m", "mangopy", "manifest", "export", str(DATA / "headers"), "--sdk", "stub", "-o",
             str(tmp_path / "m.json")],
            stderr=stderr, stdout=subprocess.DEVNULL, timeout=120, check=False,
        )  # fmt: skip
        assert proc.returncode == 0

    leader, follower = os.openpty()
    try:
        export(follower)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal is closed and drained
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert b"parsing headers" in shown and b"100%" in shown
    piped = tmp_path / "stderr.txt"
    with piped.open("wb") as f:
        export(f.fileno())
    assert b"parsing headers" not in piped.read_bytes()
    assert b"files read" in piped.read_bytes()
