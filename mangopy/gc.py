"""Pausing Python's cyclic garbage collector while building large acyclic structures."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_one_shot = False


def one_shot() -> None:
    """Declare the process one-shot (a command that exits when its work is done, not a server).

    What :func:`gc_paused` blocks build is then frozen (``gc.freeze()``) when they end, instead of
    being scanned by the young collection that would follow (a 20,000-line script's tree: ~25 ms)
    and by the next older one soon after (~35 ms), none of which can find anything to free.
    Frozen objects are still freed by reference counting; only cyclic garbage alive at that
    moment would wait for the end of the process, which for a command is near.  A long-running
    process (the language server) must not call this: it would keep such garbage forever.
    """
    global _one_shot
    _one_shot = True


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a tree or loading a manifest.

    Tokens, AST nodes and parsed JSON form no reference cycles, so collections during the build
    find nothing; yet every 700 allocations they rescan the growing young generation, which costs
    about a third of the time on large inputs.  Reference counting still frees everything.
    """
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if _one_shot:
                gc.freeze()
            gc.enable()


def settle() -> None:
    """Move every object alive now out of the collector's sight (``gc.freeze()``).

    For a long-running process after it loaded what it keeps (a manifest of 20,000 classes is
    millions of objects): the full collections Python still runs now and then would scan them all,
    a pause of tens of milliseconds each time, for nothing (they hold no cycles to free).
    """
    gc.freeze()
