"""The documentation stays in sync with the code it describes."""

from __future__ import annotations

import re
from pathlib import Path

from mangopy.syntax import errors

ROOT = Path(__file__).resolve().parent.parent


def test_user_guide_lists_every_front_end_code() -> None:
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (MF\d{3}) \| ([a-z-]+) \| (\w+) \|", guide, flags=re.MULTILINE)
    assert rows == [(c.code, c.name, str(c.severity)) for c in errors.ALL_CODES]


def test_every_code_is_unique() -> None:
    assert len({c.code for c in errors.ALL_CODES}) == len(errors.ALL_CODES)
    assert len({c.name for c in errors.ALL_CODES}) == len(errors.ALL_CODES)
