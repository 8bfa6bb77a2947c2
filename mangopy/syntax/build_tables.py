"""Regenerate ``mangopy/syntax/_tables.py`` and ``grammar/mangofix.ebnf`` from the grammar (run in a checkout).

python -m mangopy.syntax.build_tables
"""

from __future__ import annotations

import sys
from pathlib import Path

from mangopy.syntax.grammar import to_ebnf
from mangopy.syntax.tables import TABLE_PATH, generate, module_source

EBNF_PATH = Path(__file__).resolve().parents[2] / "grammar" / "mangofix.ebnf"


def main() -> int:
    tables = generate(recovery=True)
    TABLE_PATH.write_text(module_source(tables), encoding="utf-8")
    print(
        f"wrote {TABLE_PATH}: {len(tables.action)} states, {len(tables.productions) - 1} productions, "
        f"{tables.sr_conflicts} shift/reduce and {tables.rr_conflicts} reduce/reduce conflicts"
    )
    EBNF_PATH.write_text(to_ebnf(), encoding="utf-8")
    print(f"wrote {EBNF_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
