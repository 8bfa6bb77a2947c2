from __future__ import annotations

from pathlib import Path

import pytest

from mangopy.semantics.manifest import Manifest, load_all

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_MANIFEST = ROOT / "examples" / "app_classes.json"


@pytest.fixture(scope="session")
def shop() -> Manifest:
    """The example app's manifest merged with the SDK baseline (what `mangopy check` uses)."""
    return load_all([EXAMPLE_MANIFEST])


@pytest.fixture(scope="session")
def shop_partial_sdk() -> Manifest:
    """The same, with every SDK baseline entry marked `partial` (as a generated baseline may be):
    no SDK class or protocol is known whole, so no app class is either."""
    from mangopy.semantics.manifest import ClassInfo, baseline, load_manifest

    sdk = baseline()
    classes = {n: ClassInfo(n, {**info.raw, "partial": True}, info.manifest_path) for n, info in sdk.classes.items()}
    protocols = {n: {**p, "partial": True} for n, p in sdk.protocols.items()}
    return Manifest.merge([Manifest(classes, protocols, sdk.paths), load_manifest(EXAMPLE_MANIFEST)])
