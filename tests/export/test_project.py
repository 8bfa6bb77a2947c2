"""mangopy.export.project: build settings of a real-format Xcode project (tests/export/data/xcode).

The fixture is hand-written in Xcode's format: a project ``Shop`` with an app target (prefix
header, CocoaPods xcconfig with ``#include``, ``$(inherited)``, ``$(SRCROOT)/…/**``, a quoted
user header path, a Swift source) and an app extension target with its own prefix header.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from mangopy.export.project import ProjectSettings, c99extidentifier, discover

DATA = Path(__file__).parent / "data" / "xcode"


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    root = tmp_path / "shop"
    shutil.copytree(DATA, root)
    return root


def _settings(root: Path, **kwargs: object) -> ProjectSettings:
    return discover([root], **kwargs)  # type: ignore[arg-type]


def test_targets_configuration_module_prefix_header_swift(shop: Path) -> None:
    settings = _settings(shop)
    app, widget = settings.targets
    assert (app.name, app.product_type, app.configuration) == ("Shop", "com.apple.product-type.application", "Debug")
    assert (widget.name, widget.product_type) == ("ShopWidget", "com.apple.product-type.app-extension")
    assert app.module_name == "Shop"
    assert widget.module_name == "Shop_Widget"  # PRODUCT_NAME "Shop Widget":c99extidentifier
    assert app.prefix_header == shop / "Shop" / "Shop-Prefix.pch"
    assert widget.prefix_header == shop / "Widget" / "Widget-Prefix.pch"  # "$(SRCROOT)/Widget/…"
    assert app.swift_header == "Shop-Swift.h"  # it compiles Cart.swift
    assert widget.swift_header is None
    assert settings.swift_headers == {"Shop-Swift.h": "Shop"}
    assert settings.main_target is app


def test_inherited_xcconfig_include_defines_and_search_paths(shop: Path) -> None:
    app = _settings(shop).targets[0]
    # project level, then the xcconfig (its #include first), then the target; quotes resolved
    assert app.defines == (
        "PROJECT_LEVEL=1",
        "PODS_SHARED=1",
        "COCOAPODS=1",
        "DEBUG=1",
        'API_URL="https://shop.example"',
    )
    pods = shop / "Pods" / "Headers" / "Public"
    # ${PODS_ROOT} from the xcconfig; `$(SRCROOT)/Shop/Vendor/**` is every directory below with headers;
    # $(BUILT_PRODUCTS_DIR) and $(SDKROOT) entries are dropped; [sdk=macosx*] does not apply
    assert app.header_search_paths == (pods, pods / "Analytics", shop / "Shop" / "Vendor" / "Deep" / "Lib")
    assert app.user_header_search_paths == (shop / "Shop" / "Quoted Dir",)  # a quoted path with a space
    assert _settings(shop).targets[1].defines == ("PROJECT_LEVEL=1",)


def test_notes_name_what_was_left_out(shop: Path) -> None:
    notes = [str(n) for n in _settings(shop).notes]
    assert len(notes) == 1
    assert "target Shop: build variable(s) BUILT_PRODUCTS_DIR cannot be expanded" in notes[0]
    assert notes[0].startswith(str(shop / "Shop.xcodeproj" / "project.pbxproj"))
    (shop / "Pods" / "Target Support Files" / "Pods-Shop" / "Pods-Shop.debug.xcconfig").unlink()
    settings = _settings(shop)
    assert any("Pods-Shop.debug.xcconfig not found (pod install not run?)" in str(n) for n in settings.notes)
    assert settings.targets[0].defines == ("PROJECT_LEVEL=1", "DEBUG=1", 'API_URL="https://shop.example"')


def test_sources_resolved_through_the_group_tree(shop: Path) -> None:
    app, widget = _settings(shop).targets
    assert app.sources == (
        shop / "Shop" / "Models" / "Order.m",  # <group> in <group> in <group>
        shop / "Shop" / "Views" / "CartView.m",
        shop / "Shop" / "Cart.swift",
        shop / "Shop" / "main.m",  # SOURCE_ROOT
    )
    assert widget.sources == (shop / "Widget" / "WidgetView.m",)


def test_args_for_files_of_each_target(shop: Path) -> None:
    settings = _settings(shop)
    app, widget = settings.targets
    assert settings.target_of(shop / "Shop" / "Models" / "Order.m") is app
    assert settings.target_of(shop / "Shop" / "Models" / "Order.h") is app  # a header: the target beside it
    assert settings.target_of(shop / "Widget" / "WidgetView.h") is widget
    assert settings.target_of(shop / "Shop" / "Vendor" / "Deep" / "Lib" / "Inner.h") is app  # nearest sources above
    args = settings.args_for(shop / "Shop" / "Views" / "CartView.h")
    assert args[args.index("-include") + 1] == str(app.prefix_header)
    assert ["-iquote", str(shop / "Shop" / "Quoted Dir")] == args[:2]
    assert "-DCOCOAPODS=1" in args
    assert args[-4:] == [
        "-I",
        str(shop / "Pods/Headers/Public"),
        "-iquote",
        str(shop / "Pods/Headers/Public/Analytics"),
    ]
    widget_args = settings.args_for(shop / "Widget" / "WidgetView.m")
    assert widget_args[widget_args.index("-include") + 1] == str(widget.prefix_header)


def test_user_flags_apply_on_top(shop: Path, tmp_path: Path) -> None:
    mine = tmp_path / "Mine.pch"
    mine.write_text("#import <UIKit/UIKit.h>\n")
    settings = _settings(shop, prefix_headers=[mine], include_dirs=[tmp_path], defines=["EXTRA=2"])
    args = settings.args_for(shop / "Shop" / "Models" / "Order.h")
    assert args[:2] == ["-I", str(tmp_path)]  # searched first
    assert args[-3:] == ["-DEXTRA=2", "-include", str(mine)]  # defined last, the only prefix header
    assert args.count("-include") == 1


def test_unreadable_project_is_a_note_not_a_traceback(shop: Path) -> None:
    (shop / "Shop.xcodeproj" / "project.pbxproj").write_text("// !$*UTF8*$!\n{ objects = { oops ")
    settings = _settings(shop)
    assert settings.targets == ()
    assert "cannot read the project file" in str(settings.notes[0])
    assert "2 prefix headers and no Xcode project" in str(settings.notes[1])
    # without targets, the .pch files found apply (here two: each to the files below it)
    assert settings.args_for(shop / "Widget" / "WidgetView.h")[:2] == [
        "-include",
        str(shop / "Widget/Widget-Prefix.pch"),
    ]


def test_no_project_prefix_header(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    (lib / "Sources" / "Sub").mkdir(parents=True)
    (lib / "Pods" / "X").mkdir(parents=True)
    (lib / "LibTests").mkdir()
    (lib / "Sources" / "Lib-Prefix.pch").write_text("#import <UIKit/UIKit.h>\n")
    (lib / "Pods" / "X" / "X-prefix.pch").write_text("")  # a pod's: not the library's
    (lib / "LibTests" / "Tests-Prefix.pch").write_text("")  # tests': not the library's
    header = lib / "Sources" / "Sub" / "A.h"
    header.write_text("@interface A : NSObject\n@end\n")
    settings = discover([lib])
    assert settings.fallback_pch == (lib / "Sources" / "Lib-Prefix.pch",)
    assert settings.args_for(header) == ["-include", str(lib / "Sources" / "Lib-Prefix.pch")]
    (lib / "Other").mkdir()
    (lib / "Other" / "Other.pch").write_text("")
    settings = discover([lib])
    assert len(settings.fallback_pch) == 2
    assert "2 prefix headers and no Xcode project" in str(settings.notes[0])
    assert settings.args_for(header) == ["-include", str(lib / "Sources" / "Lib-Prefix.pch")]  # the enclosing one
    assert settings.args_for(lib / "B.h") == []  # in neither directory: none


def test_a_path_inside_the_project_finds_it_above(shop: Path) -> None:
    settings = discover([shop / "Shop" / "Models"])
    assert [t.name for t in settings.targets] == ["Shop", "ShopWidget"]
    assert "-DCOCOAPODS=1" in settings.args_for(shop / "Shop" / "Models" / "Order.h")
    assert "-I" in settings.layout_args  # the project directory's Pods/Headers


def test_compile_commands_both_forms(shop: Path) -> None:
    build = shop / "build-dir"
    build.mkdir()
    entries = [
        {
            "directory": str(shop),
            "file": "Shop/Models/Order.m",
            "arguments": [
                "clang",
                "-x",
                "objective-c",
                "-arch",
                "arm64",
                "-isysroot",
                "/Applications/SDK",
                "-fobjc-arc",
                "-fmodules",
                "-fmodules-cache-path=/tmp/m",
                "-std=gnu11",
                "-DFROM_DB=1",
                "-IShop/Vendor",
                "-I",
                "Pods/Headers/Public",
                "-iquote",
                "Shop/Quoted Dir",
                "-I/DerivedData/App-generated-files.hmap",
                "-include",
                "/DerivedData/SharedPrecompiledHeaders/Shop-Prefix.pch",
                "-MF",
                "x.d",
                "-o",
                "x.o",
                "-c",
                "Shop/Models/Order.m",
            ],
        },
        {
            "directory": str(build),
            "file": str(shop / "Widget" / "WidgetView.m"),
            "command": f"clang -c -UNDEBUG -D 'NAME=\"two words\"' -F ../Pods -o out.o {shop}/Widget/WidgetView.m",
        },
    ]
    (shop / "compile_commands.json").write_text(json.dumps(entries))
    settings = _settings(shop)  # found at the root
    order_args = settings.compile_command_for(shop / "Shop" / "Models" / "Order.m")
    assert order_args == (
        "-fobjc-arc", "-fmodules", "-std=gnu11", "-DFROM_DB=1", "-I", str(shop / "Shop/Vendor"),
        "-I", str(shop / "Pods/Headers/Public"), "-iquote", str(shop / "Shop/Quoted Dir"),
        "-include", str(shop / "Shop/Shop-Prefix.pch"),  # Xcode's DerivedData copy -> the project's own
    )  # fmt: skip
    assert settings.compile_command_for(shop / "Widget" / "WidgetView.m") == (
        "-UNDEBUG", '-DNAME="two words"', "-F", str(shop / "Pods"))  # fmt: skip
    # a header: its source's flags; the exact flags replace the target's
    header_args = settings.args_for(shop / "Shop" / "Models" / "Order.h")
    assert "-DFROM_DB=1" in header_args and "-DCOCOAPODS=1" not in header_args
    assert any("1 path(s) in the commands do not exist" in str(n) for n in settings.notes)  # the .hmap
    # given explicitly; a bad one is a note
    (shop / "bad.json").write_text("{")
    assert "cannot read the compilation database" in str(_settings(shop, compile_commands=shop / "bad.json").notes[-1])


def test_carthage_and_swiftpm_layouts(tmp_path: Path) -> None:
    root = tmp_path / "app"
    (root / "Carthage" / "Build" / "iOS" / "Alamo.framework" / "Headers").mkdir(parents=True)
    (root / "Carthage" / "Build" / "Kit.xcframework" / "ios-arm64" / "Kit.framework").mkdir(parents=True)
    (root / "Carthage" / "Build" / "Kit.xcframework" / "ios-arm64_x86_64-simulator" / "Kit.framework").mkdir(
        parents=True
    )
    include = root / "SourcePackages" / "checkouts" / "pkg" / "Sources" / "CPkg" / "include"
    include.mkdir(parents=True)
    assert discover([root]).layout_args == (
        "-F", str(root / "Carthage/Build/iOS"),
        "-F", str(root / "Carthage/Build/Kit.xcframework/ios-arm64"),
        "-I", str(include),
    )  # fmt: skip


def test_c99extidentifier() -> None:
    assert c99extidentifier("My App-iOS") == "My_App_iOS"
    assert c99extidentifier("9Lives") == "_9Lives"


def test_big_project_file_is_fast(tmp_path: Path) -> None:
    """A generated project with 4,000 sources in 200 groups reads in well under a second."""
    project = tmp_path / "Big.xcodeproj"
    project.mkdir()
    objects: list[str] = []
    groups, files, builds = [], [], []
    for g in range(200):
        children = []
        for f in range(20):
            n = g * 20 + f
            fid, bid = f"{0xA0000000 + n:024X}", f"{0xB0000000 + n:024X}"
            objects.append(f'{fid} = {{isa = PBXFileReference; path = "F{n}.m"; sourceTree = "<group>"; }};')
            objects.append(f"{bid} = {{isa = PBXBuildFile; fileRef = {fid}; }};")
            children.append(fid)
            builds.append(bid)
        gid = f"{0xC0000000 + g:024X}"
        groups.append(gid)
        objects.append(
            f'{gid} = {{isa = PBXGroup; children = ({", ".join(children)}); path = G{g}; sourceTree = "<group>"; }};'
        )
    files = [f"{0xD0000000:024X}"]
    objects.append(f'{files[0]} = {{isa = PBXGroup; children = ({", ".join(groups)}); sourceTree = "<group>"; }};')
    config = '{isa = XCBuildConfiguration; buildSettings = {GCC_PREFIX_HEADER = "P.pch"; }; name = Debug; }'
    objects += [
        f"{0xE0000001:024X} = {config};",
        f"{0xE0000002:024X} = {{isa = XCConfigurationList; buildConfigurations = ({0xE0000001:024X}); }};",
        f"{0xE0000003:024X} = {{isa = PBXSourcesBuildPhase; files = ({', '.join(builds)}); }};",
        f"{0xE0000004:024X} = {{isa = PBXNativeTarget; buildConfigurationList = {0xE0000002:024X}; buildPhases = "
        f'({0xE0000003:024X}); name = Big; productType = "com.apple.product-type.application"; }};',
        f"{0xE0000005:024X} = {{isa = PBXProject; buildConfigurationList = {0xE0000002:024X}; mainGroup = "
        f"{files[0]}; targets = ({0xE0000004:024X}); }};",
    ]
    text = "// !$*UTF8*$!\n{\n archiveVersion = 1;\n objects = {\n" + "\n".join(objects)
    text += f"\n }};\n rootObject = {0xE0000005:024X};\n}}\n"
    (project / "project.pbxproj").write_text(text)
    start = time.perf_counter()
    settings = discover([tmp_path])
    elapsed = time.perf_counter() - start
    (target,) = settings.targets
    assert len(target.sources) == 4000
    assert target.sources[-1] == tmp_path / "G199" / "F3999.m"
    assert elapsed < 3.0  # about 0.3 s here; generous for a loaded CI machine
