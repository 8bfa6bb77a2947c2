"""Extract test data from the MangoFix language reference.

    python tests/tools/extract_reference.py ../shared/docs/mangofix-language.md

writes tests/syntax/data/reference_snippets.json (the 160 snippets of section 6 with their
outcomes) and tests/syntax/data/upstream_bnf.json (upstream's grammar, section 2.2, rule for rule
in upstream's order).  The JSON is committed so the tests do not depend on the document being
present; tests check that it is still in sync with the document when the document is available.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

_HEADING = re.compile(r"^#### ([TS]\d+) — (.*)$", re.MULTILINE)
_CODE = re.compile(r"```mango\n(.*?)```", re.DOTALL)
_EXPECTED = re.compile(r"\*\*Expected: (.*?)\*\*", re.DOTALL)
_AT = re.compile(r"(syntax|lexical) error at (?:(\d+):(\d+)|end of input)(?: \((?:token|character) `([^`]+)`)?")


def _outcome(text: str) -> dict[str, Any]:
    text = " ".join(text.split())
    if text.startswith("parses; semantic"):
        return {"kind": "semantic"}
    if text.startswith("parses"):
        return {"kind": "parses"}
    if text.startswith("grammar accepts it"):
        return {"kind": "compile"}
    m = _AT.match(text)
    if not m:
        raise ValueError(f"unrecognised outcome: {text}")
    out: dict[str, Any] = {"kind": m.group(1)}
    if m.group(2):
        out["line"], out["column"] = int(m.group(2)), int(m.group(3))
    else:
        out["at_eof"] = True
    if m.group(4):
        out["token"] = m.group(4)
    return out


def extract(doc: str) -> list[dict[str, Any]]:
    section = doc[doc.index("## 6. Test snippets") : doc.index("## 7. ")]
    heads = list(_HEADING.finditer(section))
    snippets = []
    for k, head in enumerate(heads):
        body = section[head.end() : heads[k + 1].start() if k + 1 < len(heads) else len(section)]
        code = _CODE.search(body)
        source = code.group(1) if code else ""
        if "(empty file)" in body and not code:
            source = ""
        if "every line ends with CR LF" in body:
            source = source.replace("\n", "\r\n")
        if "byte-order mark" in body.split("```")[0]:
            source = "\ufeff" + source
        expected = _EXPECTED.search(body)
        assert expected, head.group(1)
        snippets.append(
            {
                "id": head.group(1),
                "title": head.group(2).strip(),
                "source": source,
                "expected": _outcome(expected.group(1)),
            }
        )
    return snippets


def extract_bnf(doc: str) -> list[list[Any]]:
    """Upstream's productions as ``[lhs, [symbols...]]``, in the order of the reference's BNF."""
    section = doc[doc.index("### 2.2 Complete BNF") :]
    start = section.index("```bnf") + len("```bnf")
    block = section[start : section.index("```", start)]
    block = re.sub(r"\(\*.*?\*\)", "", block, flags=re.DOTALL)
    productions: list[list[Any]] = []
    lhs = ""
    for raw in block.splitlines():
        line = raw.strip()
        if not line:
            continue
        if "::=" in line:
            lhs, _, body = line.partition("::=")
            lhs = lhs.strip()
        elif line.startswith("|"):
            body = line[1:]
        else:  # a long alternative wrapped onto the next line
            productions[-1][1].extend(line.split())
            continue
        productions.append([lhs, [s for s in body.split() if s != "ε"]])
    return productions


DATA = Path(__file__).resolve().parent.parent / "syntax" / "data"


def main(argv: list[str]) -> int:
    doc = Path(argv[1]).read_text(encoding="utf-8")
    for name, value in (("reference_snippets.json", extract(doc)), ("upstream_bnf.json", extract_bnf(doc))):
        (DATA / name).write_text(json.dumps(value, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
