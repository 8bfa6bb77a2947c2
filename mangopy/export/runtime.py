"""The runtime manifest dumper: one Objective-C file the user adds to a debug build of the app.

``MangoManifestDumper.m`` walks the Objective-C runtime of the running app and writes the class
manifest (``app_classes.json``); see ``docs/runtime-dumper.md``.
"""

from __future__ import annotations

from importlib import resources

DUMPER_FILE = "MangoManifestDumper.m"


def dumper_source() -> str:
    """The text of ``MangoManifestDumper.m`` as shipped in ``mangopy.data``."""
    return resources.files("mangopy.data").joinpath(DUMPER_FILE).read_text(encoding="utf-8")
