"""An analysis leaves no cyclic garbage: the language server analyses at every keystroke, and
what only the cyclic collector can free piles up until a full collection, a pause of tens of
milliseconds in the middle of typing (a visitor keeping its own bound methods did that)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from mangopy.semantics.analyze import analyze
from mangopy.syntax.incremental import reparse

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.m[gf]"))


@pytest.fixture
def collector_paused() -> Iterator[None]:
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize("script", CORPUS[:8], ids=lambda p: p.name)
def test_analyses_leave_no_cyclic_garbage(script: Path, collector_paused: None) -> None:
    text = script.read_text(encoding="utf-8")
    edited = text.replace(";", "; ", 3).replace("{", "", 1)  # edits, one of them breaking the syntax
    analyze(text, str(script), reusable=True)  # first uses fill what is kept for good (caches)
    assert gc.collect() >= 0
    first = analyze(text, str(script), reusable=True)
    second = analyze(edited, str(script), parsed=reparse(first.result, edited), previous=first)
    third = analyze(edited, str(script))  # as the command line does
    assert second.diagnostics and third.diagnostics
    del first, second, third
    assert gc.collect() == 0
