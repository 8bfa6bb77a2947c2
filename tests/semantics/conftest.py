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
