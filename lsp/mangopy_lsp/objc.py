"""``workspace/executeCommand`` ``mangopy.convertObjectiveC``: Objective-C methods as MangoFix.

The editor sends an Objective-C file (its URI, and its text when the buffer is not saved) and a
range; the methods that overlap the range (the method at the cursor for an empty range, every
method when there is none) are converted as ``mangopy convert`` does, with the document's
manifest (the workspace's settings), and the script is checked.  The answer is the script and
what the conversion and the check said; the client shows the script in a new editor.

The Objective-C file is not one of the server's documents: nothing is published for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mangopy.convert import ConvertError, convert_file
from mangopy.convert.source import project_root
from mangopy.diagnostics import Severity
from mangopy.semantics.analyze import analyze
from mangopy_lsp.convert import uri_to_path
from mangopy_lsp.registry import INVALID_PARAMS, Features, Refusal
from mangopy_lsp.settings import resolve

if TYPE_CHECKING:
    from mangopy_lsp.server import MangopyServer

COMMAND = "mangopy.convertObjectiveC"
features = Features()


def _lines(arg: dict[str, Any]) -> tuple[int, int] | None:
    """The 1-based lines a range covers (a selection ending at a line's start leaves that line out)."""
    raw = arg.get("range")
    if raw is None:
        return None
    try:
        start, end = raw["start"], raw["end"]
        first, last = int(start["line"]) + 1, int(end["line"]) + 1
        if last > first and int(end["character"]) == 0:
            last -= 1
    except (KeyError, TypeError, ValueError):
        raise Refusal("`range` is not an LSP range", INVALID_PARAMS) from None
    return (min(first, last), max(first, last))


@features.command(COMMAND)
def convert_objective_c(server: MangopyServer, arguments: list[Any]) -> dict[str, Any]:
    if len(arguments) != 1 or not isinstance(arguments[0], dict) or not isinstance(arguments[0].get("uri"), str):
        raise Refusal(f"`{COMMAND}` takes one argument: {{uri, text?, range?}}", INVALID_PARAMS)
    arg = arguments[0]
    path = uri_to_path(arg["uri"])
    if path is None:
        raise Refusal("only files (`file:` URIs) can be converted", INVALID_PARAMS)
    text = arg.get("text")
    if text is not None and not isinstance(text, str):
        raise Refusal("`text` must be a string", INVALID_PARAMS)
    lines = _lines(arg)
    setup = resolve(server.options, server.manifests, Path(path))
    source = Path(path)
    data = text.encode("utf-8") if text is not None else None
    try:
        conversion = convert_file(source, [setup.manifest], project=project_root(source), lines=lines, text=data)
    except ConvertError as exc:
        if lines is None or lines[0] != lines[1]:
            raise Refusal(str(exc)) from None
        # the cursor is in no method: every method of the file
        try:
            conversion = convert_file(source, [setup.manifest], project=project_root(source), text=data)
        except ConvertError as again:
            raise Refusal(str(again)) from None
    script = source.with_suffix(".mg").name
    findings = [
        d
        for d in analyze(conversion.text, script, setup.manifest, setup.options).diagnostics
        if d.severity >= Severity.WARNING
    ]
    return {
        "text": conversion.text,
        "methods": conversion.methods,
        "problems": [
            {"line": p.line, "column": p.column, "severity": p.severity, "message": p.message}
            for p in conversion.problems
        ],
        "findings": len(findings),
    }
