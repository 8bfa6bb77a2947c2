"""The stub iOS SDK (mangopy/data/stub_sdk): generated, importable, right for arm64 iOS.

Real libclang with the exporter's own flags (``mangopy.export.clang_args``); real generator
(``tools/gen_stub_sdk.py``) on the committed data and on a small fixture of its own.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import clang.cindex as ci
import pytest

from mangopy.export import clang_args, export_headers
from mangopy.export.sdk import SDK, stub_sdk, stub_sdk_path

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "tools" / "gen_stub_sdk.py"


def _modules(root: Path) -> list[str]:
    return re.findall(r"^module (\w+) ", (root / "module.modulemap").read_text(encoding="utf-8"), flags=re.M)


def _errors(sdk: SDK, text: str, cache: str) -> list[str]:
    args = clang_args(sdk, (), cache)
    tu = ci.Index.create().parse("check.m", args, unsaved_files=[("check.m", text)])
    return [f"{d.location.line}: {d.spelling}" for d in tu.diagnostics if d.severity >= ci.Diagnostic.Error]


def _export(tmp_path: Path, text: str, sdk: SDK | str = "stub") -> dict[str, Any]:
    header = tmp_path / "App.h"
    header.write_text(text, encoding="utf-8")
    manifest, report = export_headers([header], sdk=sdk)  # type: ignore[arg-type]
    assert report.problems == [] and report.warnings == []
    return manifest


def test_committed_stub_is_what_the_generator_produces() -> None:
    proc = subprocess.run([sys.executable, str(GEN), "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_module_imports_and_umbrella_and_sub_headers_parse() -> None:
    root = stub_sdk_path()
    modules = _modules(root)
    for name in [
        "Darwin",
        "ObjectiveC",
        "Dispatch",
        "os",
        "CommonCrypto",
        "UIKit",
        "WebKit",
        "CarPlay",
        "AVFoundation",
    ]:
        assert name in modules
    assert len(modules) >= 100
    with tempfile.TemporaryDirectory() as cache:  # one module cache, as an export run shares one
        for name in modules:
            text = f"@import {name};\n"
            if (root / name / f"{name}.h").is_file():
                text += f"#import <{name}/{name}.h>\n"
            assert _errors(stub_sdk(), text, cache) == [], name
        subs = "".join(
            f"#import <{h}>\n"
            for h in [
                "UIKit/UIView.h",
                "Foundation/NSObject.h",
                "Foundation/NSString.h",
                "AVFoundation/AVPlayer.h",
                "WebKit/WKWebView.h",
                "CoreFoundation/CFString.h",
                "Security/SecItem.h",
                "QuartzCore/CALayer.h",
            ]
        )
        assert _errors(stub_sdk(), subs + "@import os.log;\n@import ObjectiveC.runtime;\n", cache) == []


def test_system_headers_parse_and_have_arm64_sizes(tmp_path: Path) -> None:
    headers = [
        "TargetConditionals.h",
        "Availability.h",
        "AvailabilityMacros.h",
        "objc/runtime.h",
        "objc/message.h",
        "os/lock.h",
        "os/log.h",
        "dispatch/dispatch.h",
        "libkern/OSAtomic.h",
        "pthread.h",
        "sys/types.h",
        "sys/time.h",
        "sys/sysctl.h",
        "mach/mach.h",
        "mach/mach_time.h",
        "stdlib.h",
        "stdio.h",
        "math.h",
        "float.h",
        "limits.h",
        "assert.h",
        "time.h",
        "errno.h",
        "unistd.h",
        "inttypes.h",
        "string.h",
        "CommonCrypto/CommonCrypto.h",
        "sqlite3.h",
        "zlib.h",
        "netinet/in.h",
        "arpa/inet.h",
        "sys/socket.h",
        "netdb.h",
        "ifaddrs.h",
        "net/if.h",
        "xlocale.h",
        "wchar.h",
        "ctype.h",
        "signal.h",
        "setjmp.h",
        "fcntl.h",
        "sys/stat.h",
        "sys/mman.h",
        "dlfcn.h",
        "execinfo.h",
        "malloc/malloc.h",
        "Block.h",
        "mach-o/dyld.h",
        "sys/utsname.h",
        "stdatomic.h",
        "simd/simd.h",
        "CoreFoundation/CoreFoundation.h",
        "Security/Security.h",
    ]
    text = "".join(f"#import <{h}>\n" for h in headers) + "#import <Foundation/Foundation.h>\n"
    text += "\n".join(
        f'_Static_assert(sizeof({t}) == {n}, "{t}");'
        for t, n in [
            ("NSInteger", 8),
            ("NSUInteger", 8),
            ("CGFloat", 8),
            ("BOOL", 1),
            ("long", 8),
            ("size_t", 8),
            ("off_t", 8),
            ("time_t", 8),
            ("pid_t", 4),
            ("UInt32", 4),
            ("CFIndex", 8),
            ("os_unfair_lock", 4),
            ("pthread_mutex_t", 64),
            ("OSSpinLock", 4),
            ("struct timeval", 16),
            ("struct sockaddr_in", 16),
            ("CC_LONG", 4),
            ("simd_float4", 16),
        ]
    )
    with tempfile.TemporaryDirectory() as cache:
        assert _errors(stub_sdk(), text + "\n", cache) == []
    manifest = _export(
        tmp_path,
        "#import <Foundation/Foundation.h>\n#import <objc/runtime.h>\n#import <CommonCrypto/CommonDigest.h>\n"
        "#import <os/lock.h>\n"
        "@interface Runtime : NSObject\n"
        "@property (nonatomic, strong) dispatch_queue_t queue;\n"
        "@property (nonatomic) objc_AssociationPolicy policy;\n"
        "@property (nonatomic) CC_LONG length;\n"
        "- (CC_SHA256_CTX *)context;\n"
        "- (Method)swizzle:(SEL)selector of:(Class)cls;\n"
        "- (os_unfair_lock)lock;\n"
        "@end\n"
        "static inline id RTValue(id object, const void *key) { return objc_getAssociatedObject(object, key); }\n",
    )
    methods = manifest["classes"]["Runtime"]["instance_methods"]
    assert methods["queue"]["returns"] == "dispatch_queue_t"
    assert methods["queue"]["encoding"] == "@16@0:8"  # a dispatch queue is an object (OS_OBJECT_USE_OBJC)
    assert methods["policy"]["encoding"] == "Q16@0:8"
    assert methods["length"]["encoding"] == "I16@0:8"
    assert methods["context"]["encoding"] == "^{CC_SHA256state_st=[2I][8I][16I]}16@0:8"
    assert methods["swizzle:of:"]["encoding"] == "^{objc_method=}32@0:8:16#24"
    assert methods["lock"]["encoding"] == "{os_unfair_lock_s=I}16@0:8"


def test_target_conditionals_select_the_ios_device_branches(tmp_path: Path) -> None:
    manifest = _export(
        tmp_path,
        "#import <TargetConditionals.h>\n#import <Foundation/Foundation.h>\n"
        "#if TARGET_OS_IOS && TARGET_OS_IPHONE && !TARGET_OS_MACCATALYST\n"
        "@interface DeviceOnly : NSObject\n@end\n#endif\n"
        "#if TARGET_OS_SIMULATOR || TARGET_IPHONE_SIMULATOR\n@interface SimulatorOnly : NSObject\n@end\n#endif\n"
        "#if TARGET_OS_OSX || TARGET_OS_TV || TARGET_OS_WATCH || TARGET_OS_VISION\n"
        "@interface OtherOS : NSObject\n@end\n#endif\n"
        "#if __IPHONE_OS_VERSION_MIN_REQUIRED >= __IPHONE_13_0 && __IPHONE_18_0 > __IPHONE_17_0\n"
        "@interface Modern : NSObject\n- (void)run API_AVAILABLE(ios(13.0));\n@end\n#endif\n",
    )
    assert sorted(manifest["classes"]) == ["DeviceOnly", "Modern"]


def test_options_typedef_of_an_sdk_enum_is_unsigned_long(tmp_path: Path) -> None:
    manifest = _export(
        tmp_path,
        "@import UIKit;\ntypedef UIRectCorner AppRectCorner;\n"
        "@interface Rounder : UIView\n- (void)round:(AppRectCorner)c;\n- (void)state:(UIControlState)s;\n@end\n",
    )
    methods = manifest["classes"]["Rounder"]["instance_methods"]
    assert methods["round:"]["encoding"] == "v24@0:8Q16"
    assert methods["state:"]["encoding"] == "v24@0:8Q16"


# ---------------------------------------------------------------- the generator on fixture data

FIXTURE_BASELINE = {
    "format": "mangopy-manifest",
    "version": 1,
    "classes": {
        "UIActivity": {
            "superclass": "NSObject",
            "protocols": [],
            "instance_methods": {
                "activityType": {"returns": "UIActivityType", "params": []},
                "prepareWithActivityItems:": {"returns": "void", "params": ["NSArray *"]},
                "canPerformWithActivityItems:": {"returns": "BOOL", "params": ["NSArray *"]},
                "leftOut:": {"returns": "void", "params": ["NotDeclaredAnywhere"]},
            },
            "class_methods": {"activityCategory": {"returns": "UIActivityCategory", "params": []}},
            "properties": {"handler": {"type": "void (^)(BOOL completed)", "attributes": ["nonatomic", "copy"]}},
            "source": {"file": "UIKit/UIKit.h"},
        },
        "AVPlayer": {
            "superclass": "NSObject",
            "protocols": [],
            "instance_methods": {"status": {"returns": "AVPlayerStatus", "params": []}},
            "class_methods": {},
            "properties": {"rate": {"type": "float", "attributes": ["nonatomic"]}},
            "source": {"file": "AVFoundation/AVPlayer.h"},
        },
        "WKWebView": {
            "superclass": "UIView",
            "protocols": [],
            "instance_methods": {"loadRequest:": {"returns": "id", "params": ["NSURLRequest *"]}},
            "class_methods": {},
            "properties": {},
            "source": {"file": "WebKit/WebKit.h"},
        },
        "UIView": {
            "superclass": "NSObject",
            "protocols": ["NSCoding"],
            "instance_methods": {"seek:": {"returns": "void", "params": ["CMTime"]}},
            "class_methods": {},
            "properties": {},
            "source": {"file": "UIKit/UIKit.h"},
        },
        "NSURLRequest": {"superclass": "NSObject", "protocols": [], "source": {"file": "Foundation/Foundation.h"}},
        "NSString": {"superclass": "NSObject", "protocols": [], "source": {"file": "Foundation/NSString.h"}},
        "NSArray": {"superclass": "NSObject", "protocols": [], "source": {"file": "Foundation/NSArray.h"}},
    },
    "protocols": {"NSCoding": {"protocols": [], "instance_methods": {}, "class_methods": {}}},
}
FIXTURE_TYPES = {
    "source": {"test": "fixture"},
    "frameworks": {
        "UIKit": {
            "enums": {"UIActivityCategory": {"underlying": "NSInteger", "values": {"UIActivityCategoryAction": 0}}},
            "typedefs": {"UIActivityType": "NSString *", "UIMediaTime": "CMTime", "UILeftOut": "NotDeclaredAnywhere"},
        },
        "AVFoundation": {
            "enums": {
                "AVPlayerStatus": {"underlying": "NSInteger", "values": {"AVPlayerStatusUnknown": 0}},
                "AVAudioSessionCategoryOptions": {"underlying": "NSUInteger", "options": True, "values": {"AVAll": -1}},
            },
            "typedefs": {"AVBroken": "UnknownThing *"},
        },
        "CoreMedia": {
            "typedefs": {"CMTimeValue": "int64_t", "CMTimeScale": "int32_t"},
            "structs": {
                "CMTime": [
                    ["CMTimeValue", "value"],
                    ["CMTimeScale", "timescale"],
                    ["uint32_t", "flags"],
                    ["int64_t", "epoch"],
                ]
            },
        },
    },
}


@pytest.fixture(scope="module")
def fixture_sdk(tmp_path_factory: pytest.TempPathFactory) -> tuple[SDK, str]:
    tmp = tmp_path_factory.mktemp("stub")
    (tmp / "baseline.json").write_text(json.dumps(FIXTURE_BASELINE), encoding="utf-8")
    (tmp / "types.json").write_text(json.dumps(FIXTURE_TYPES), encoding="utf-8")
    out = tmp / "stub_sdk"
    cmd = [
        sys.executable,
        str(GEN),
        "--baseline",
        str(tmp / "baseline.json"),
        "--types",
        str(tmp / "types.json"),
        "--out",
        str(out),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return SDK("stub", out, ("-nostdinc", "-isystem", str(out))), proc.stdout


def test_generator_declares_fixture_data(fixture_sdk: tuple[SDK, str]) -> None:
    sdk, report = fixture_sdk
    uikit = (sdk.root / "UIKit" / "UIKit.h").read_text(encoding="utf-8")
    assert "@interface UIActivity : NSObject" in uikit
    assert "typedef enum UIActivityCategory : NSInteger UIActivityCategory;" in uikit
    # classes without members: the export reads only the app's declarations (members are the baseline's)
    assert "@property" not in uikit and "activityType;" not in uikit and "seek:" not in uikit
    assert "UILeftOut" not in uikit  # its type is declared nowhere: left out, never rewritten
    assert "typedef CMTime UIMediaTime;" in uikit  # CoreMedia's struct: UIKit imports CoreMedia
    assert "#import <CoreMedia/CoreMedia.h>" in uikit
    av = (sdk.root / "AVFoundation" / "AVFoundation.h").read_text(encoding="utf-8")
    assert "AVAll = 18446744073709551615ULL," in av  # -1 as NSUInteger
    assert "AVBroken" not in av
    assert (
        (sdk.root / "AVFoundation" / "AVPlayer.h")
        .read_text(encoding="utf-8")
        .endswith("#import <AVFoundation/AVFoundation.h>\n")
    )
    assert "left out (undeclared type)" in report
    assert "rejected by clang" not in report
    assert (
        "@interface NSArray<__covariant ObjectType> : NSObject"
        in (sdk.root / "Foundation" / "Foundation.h").read_text()
    )


def test_export_against_generated_fixture_stub(tmp_path: Path, fixture_sdk: tuple[SDK, str]) -> None:
    sdk, _ = fixture_sdk
    manifest = _export(
        tmp_path,
        "@import UIKit;\n@import AVFoundation;\n#import <WebKit/WKWebView.h>\n#import <CoreMedia/CoreMedia.h>\n"
        "@interface ShareActivity : UIActivity\n- (UIActivityType)activityType;\n"
        "+ (UIActivityCategory)activityCategory;\n"
        "- (void)player:(AVPlayer *)p status:(AVPlayerStatus)s at:(CMTime)t;\n@end\n"
        "@interface Browser : WKWebView\n@end\n",
        sdk=sdk,
    )
    share = manifest["classes"]["ShareActivity"]
    assert share["superclass"] == "UIActivity"
    assert share["instance_methods"]["activityType"]["encoding"] == "@16@0:8"
    assert share["class_methods"]["activityCategory"]["encoding"] == "q16@0:8"
    assert share["instance_methods"]["player:status:at:"]["encoding"] == "v56@0:8@16q24{CMTime=qiIq}32"
    assert manifest["classes"]["Browser"]["superclass"] == "WKWebView"
