"""Regenerate ``mangopy/syntax/_tables.py`` from the grammar: ``python -m mangopy.syntax.build_tables``."""

from __future__ import annotations

import sys

from mangopy.syntax.tables import TABLE_PATH, generate, module_source


def main() -> int:
    tables = generate(recovery=True)
    TABLE_PATH.write_text(module_source(tables), encoding="utf-8")
    print(
        f"wrote {TABLE_PATH}: {len(tables.action)} states, {len(tables.productions) - 1} productions, "
        f"{tables.sr_conflicts} shift/reduce and {tables.rr_conflicts} reduce/reduce conflicts"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
