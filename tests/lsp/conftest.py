"""The language server package lives in lsp/ (importable once installed; put on the path for tests)."""

from __future__ import annotations

import sys
from pathlib import Path

LSP_DIR = Path(__file__).resolve().parent.parent.parent / "lsp"
if str(LSP_DIR) not in sys.path:
    sys.path.insert(0, str(LSP_DIR))
