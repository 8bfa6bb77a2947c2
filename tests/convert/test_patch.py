"""``mangopy patch``: the methods changed between two commits of a real git repository, matched by
class and selector, converted into one script; what a patch cannot do said with the reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from mangopy.cli import main
from mangopy.convert import convert_file
from mangopy.convert.patch import PatchError, make_patch
from mangopy.semantics.manifest import baseline
from mangopy.syntax import ast, parse
from tests.convert.gitrepo import CART_H, CART_M, UTIL_M, Repo


def _patch(repo: Repo, *args: str) -> Result:
    cwd = os.getcwd()
    os.chdir(repo.root)
    try:
        return CliRunner().invoke(main, ["patch", *args], catch_exceptions=False)
    finally:
        os.chdir(cwd)


def _methods(script: str) -> dict[str, str]:
    """The script's methods: `-[Class selector]` -> the method's text."""
    result = parse(script)
    assert result.ok, [d.message for d in result.errors]
    out = {}
    for cls in result.module.definitions:
        if isinstance(cls, ast.ClassDef):
            for m in cls.members:
                if isinstance(m, ast.MethodDef):
                    out[f"{'+' if m.is_class_method else '-'}[{cls.name.id} {m.selector}]"] = script[m.start : m.end]
    return out


@pytest.fixture
def history(tmp_path: Path) -> tuple[Repo, str, str]:
    """An edited method, a comment-only edit, a new method, a deleted method, a header change
    (a new property) and a renamed file edited in the same commit."""
    repo = Repo(tmp_path / "app")
    first = repo.commit("first", **{"Cart.h": CART_H, "Cart.m": CART_M, "Util.m": UTIL_M})
    repo.git("mv", "Util.m", "Greeter.m")
    edited = CART_M.replace("// lay out again", "// lay out again, now documented").replace(
        "    return self.items.count;",
        "    if (self.items == nil) {\n        return 0;\n    }\n    return self.items.count;",
    )
    edited = edited.replace(
        "- (void)clear {\n    self.items = @[];\n}\n",
        "- (void)viewDidLoad {\n    [super viewDidLoad];\n    [self reload];\n}\n",
    )
    header = CART_H.replace("- (void)reload;", "@property (nonatomic, copy) NSString *note;\n- (void)reload;")
    second = repo.commit(
        "fix the cart",
        **{"Cart.m": edited, "Cart.h": header, "Greeter.m": UTIL_M.replace('@"Hello "', '@"Hi "')},
    )
    return repo, first, second


def test_a_history_gives_the_changed_methods_and_says_what_cannot_be_patched(history: tuple[Repo, str, str]) -> None:
    repo, first, second = history
    result = _patch(repo, f"{first}..{second}", "-o", "fix.mg")
    assert result.exit_code == 1, result.output  # something cannot be patched
    script = (repo.root / "fix.mg").read_text(encoding="utf-8")
    # a header naming the commits and the methods
    assert script.startswith(f"// mangopy patch: {first} (first) .. {second} (fix the cart)\n")
    for line in (
        "// -[CartController count] changed (Cart.m)",
        "// -[CartController viewDidLoad] added (Cart.m)",
        "// +[Greeter greet:] changed (Greeter.m)",  # the renamed file, matched by class and selector
    ):
        assert line in script
    methods = _methods(script)
    # a comment and spaces are not a change; the deleted method is not written
    assert set(methods) == {"-[CartController count]", "-[CartController viewDidLoad]", "+[Greeter greet:]"}
    assert "class CartController : UIViewController {" in script and "class Greeter : NSObject {" in script
    # each method as `mangopy convert` writes it from the file at the head commit
    alone = convert_file(repo.root / "Cart.m", [baseline()], selectors={"count", "viewDidLoad"})
    assert {k: v for k, v in methods.items() if "Cart" in k} == _methods(alone.text)
    # what cannot be patched, at its place, with the reason
    err = result.output
    assert "Cart.m:10:9: error: -[CartController clear] cannot be patched: deleted since" in err
    assert "Cart.h:4:39: error: property note of CartController cannot be patched: added:" in err
    assert "2 conversion problem(s), 0 finding(s)" in err


def test_each_version_is_read_as_it_was_at_its_commit(history: tuple[Repo, str, str]) -> None:
    """Later commits and uncommitted edits change the header `count` uses: the patch of the two
    earlier commits still reads it as it was (clang would not type `self.items` otherwise)."""
    repo, first, second = history
    header = (repo.root / "Cart.h").read_text(encoding="utf-8").replace("NSArray *items", "NSArray *rows")
    repo.commit("rename items", **{"Cart.h": header, "Cart.m": "// gone\n"})
    repo.write("Greeter.m", "#error not this version\n")  # uncommitted
    patch = make_patch(repo.root, f"{first}..{second}", [baseline()])
    assert not patch.problems, patch.problems
    assert {c.label for c in patch.converted} == {
        "-[CartController count]",
        "-[CartController viewDidLoad]",
        "+[Greeter greet:]",
    }
    assert "self.items.count" in patch.text and '"Hi "' in patch.text


def test_a_clean_change_exits_0_and_worktree_patches_uncommitted_edits(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "app")
    repo.commit("first", **{"Cart.h": CART_H, "Cart.m": CART_M})
    repo.write("Cart.m", CART_M.replace("self.items = @[];", "self.items = nil;\n    [self reload];"))
    result = _patch(repo, "--worktree")
    assert result.exit_code == 0, result.output
    assert "// mangopy patch: " in result.output and ".. working tree" in result.output
    assert set(_methods(result.output[: result.output.rindex("}") + 1])) == {"-[CartController clear]"}
    assert "self.items = nil;" in result.output


def test_a_merge_commit_is_its_change_against_its_first_parent(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "app")
    fork = repo.commit("first", **{"Cart.h": CART_H, "Cart.m": CART_M, "Util.m": UTIL_M})
    repo.git("checkout", "-q", "-b", "feature")
    repo.commit("feature", **{"Cart.m": CART_M.replace("self.items = @[];", "self.items = nil;")})
    repo.git("checkout", "-q", "main")
    repo.commit("main", **{"Util.m": UTIL_M.replace('@"Hello "', '@"Hey "')})
    since_fork = make_patch(repo.root, "main...feature", [baseline()])  # what feature changed since it left main
    assert [c.label for c in since_fork.converted] == ["-[CartController clear]"]
    repo.git("merge", "-q", "--no-ff", "-m", "merge feature", "feature")
    merge = make_patch(repo.root, "HEAD", [baseline()])
    assert [c.label for c in merge.converted] == ["-[CartController clear]"]
    assert merge.base.title.endswith("(main)") and merge.head.title.endswith("(merge feature)")
    both = make_patch(repo.root, f"{fork}..HEAD", [baseline()])
    assert {c.label for c in both.converted} == {"-[CartController clear]", "+[Greeter greet:]"}


def test_storage_superclasses_functions_and_globals_cannot_be_patched(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "app")
    before = CART_M.replace(
        "@implementation CartController\n",
        "static NSInteger limit = 10;\nstatic NSInteger twice(NSInteger n) { return n * 2; }\n"
        "@interface CartController ()\n@end\n@implementation CartController\n",
    )
    first = repo.commit("first", **{"Cart.h": CART_H, "Cart.m": before})
    after = before.replace("limit = 10", "limit = 20").replace("n * 2", "n + n")
    after = after.replace(
        "@interface CartController ()\n@end", "@interface CartController () {\n    BOOL _busy;\n}\n@end"
    )
    header = CART_H.replace("UIViewController", "UITableViewController")
    second = repo.commit("storage", **{"Cart.h": header, "Cart.m": after})
    patch = make_patch(repo.root, f"{first}..{second}", [baseline()])
    assert patch.converted == [] and patch.text == ""
    refused = {c.label: (c.path, c.line, c.reason.split(":")[0]) for c in patch.refused}
    assert refused == {
        "ivar _busy of CartController": ("Cart.m", 5, "added"),
        "superclass of CartController": ("Cart.h", 2, "changed"),
        "function twice in Cart.m": ("Cart.m", 3, "changed"),
        "variable limit in Cart.m": ("Cart.m", 2, "changed"),
    }
    result = _patch(repo, f"{first}..{second}")
    assert result.exit_code == 1
    assert "no method to patch between" in result.output
    assert "Cart.m:3:18: error: function twice in Cart.m cannot be patched: changed: MangoFix replaces" in result.output


def test_bad_input_is_a_message_and_exit_2(tmp_path: Path) -> None:
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    result = CliRunner().invoke(main, ["patch", "HEAD~1..HEAD", "--repo", str(outside)])
    assert result.exit_code == 2 and "mangopy: error: " in result.output and "Traceback" not in result.output
    repo = Repo(tmp_path / "app")
    first = repo.commit("first", **{"Cart.h": CART_H, "Cart.m": CART_M})
    readme = repo.commit("docs", **{"README.md": "# app\n"})
    for args, message in (
        ([f"{first}..nosuchcommit"], "nosuchcommit: no such commit"),
        ([f"{first}..{readme}"], "nothing to patch: no Objective-C file changed"),
        ([first], "has no parent: give BASE..HEAD"),
        ([], "give the commits"),
    ):
        result = _patch(repo, *args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output, (args, result.output)
    with pytest.raises(PatchError):
        make_patch(repo.root, "nosuchcommit", [baseline()])
