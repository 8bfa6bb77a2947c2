"""The mangopy language server: a thin pygls layer over :mod:`mangopy`.

Started by ``mangopy lsp`` (stdio, or ``--tcp HOST:PORT``).  Nothing in :mod:`mangopy` imports
this package.
"""

from __future__ import annotations

__all__ = ["SERVER_NAME"]

SERVER_NAME = "mangopy"
