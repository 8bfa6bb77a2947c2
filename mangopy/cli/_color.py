"""Whether to colour the output: ``--color``, ``NO_COLOR``, ``FORCE_COLOR`` (no other import: the
command group needs it before any command runs)."""

from __future__ import annotations

from collections.abc import Mapping


def color_choice(option: str | None, env: Mapping[str, str]) -> bool | None:
    """True/False to force colour on/off, None to let click decide (a terminal or not).

    ``--color`` wins; then ``NO_COLOR`` (https://no-color.org: set and not empty turns colour off)
    and ``FORCE_COLOR`` (set and not ``0``: on).
    """
    if option == "always":
        return True
    if option == "never":
        return False
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    return None
