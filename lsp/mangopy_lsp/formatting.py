"""``textDocument/formatting`` and ``rangeFormatting``: the ``mangopy fmt`` formatter, as minimal edits.

The whole document is formatted (the layout of a line depends on what surrounds it) and the result
is sent as the changed line ranges only, so markers and the cursor elsewhere stay put.  Range
formatting sends the changed ranges that touch the selected lines.  A document with syntax errors
gets no edits (its diagnostics already say why).

Settings: ``line-length`` and ``indent-width`` from the document's ``mangopy.toml`` /
``[tool.mangopy]``, as for ``mangopy fmt``; without an ``indent-width`` there, the editor's tab
size (when it indents with spaces).
"""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from mangopy.config import INDENT_WIDTH_RANGE
from mangopy.format import DEFAULT_INDENT_WIDTH, DEFAULT_LINE_LENGTH, FormatOptions, Hunk, format_text
from mangopy_lsp.convert import PositionMap, uri_to_path
from mangopy_lsp.registry import Features
from mangopy_lsp.settings import document_config

if TYPE_CHECKING:
    from mangopy_lsp.server import MangopyServer


def options_for(uri: str, editor: types.FormattingOptions | None) -> FormatOptions:
    path = uri_to_path(uri) if uri.startswith("file:") else None
    # A configuration that cannot be used is reported on the document; format with the defaults meanwhile.
    config, _ = document_config(Path(path) if path else None)
    indent = config.indent_width
    if indent is None and editor is not None and editor.insert_spaces:
        low, high = INDENT_WIDTH_RANGE
        indent = editor.tab_size if low <= editor.tab_size <= high else None
    return FormatOptions(config.line_length or DEFAULT_LINE_LENGTH, indent or DEFAULT_INDENT_WIDTH)


def text_edits(source: str, hunks: list[Hunk], positions: PositionMap) -> list[types.TextEdit]:
    line_offsets = [0, *accumulate(len(line) for line in source.splitlines(keepends=True))]
    last = len(line_offsets) - 1
    return [
        types.TextEdit(
            range=positions.range(line_offsets[min(h.start_line, last)], line_offsets[min(h.end_line, last)]),
            new_text=h.text,
        )
        for h in hunks
    ]


def _touches(hunk: Hunk, first: int, last: int) -> bool:
    if hunk.start_line == hunk.end_line:  # an insertion before a line
        return first <= hunk.start_line <= last + 1
    return hunk.start_line <= last and hunk.end_line > first


def format_document(
    ls: MangopyServer, uri: str, editor: types.FormattingOptions | None, lines: tuple[int, int] | None = None
) -> list[types.TextEdit] | None:
    doc = ls.workspace.get_text_document(uri)
    source = doc.source
    result = format_text(source, uri, options_for(uri, editor))
    if result.output is None:
        return None
    hunks = result.hunks()
    if lines is not None:
        hunks = [h for h in hunks if _touches(h, *lines)]
    return text_edits(source, hunks, PositionMap(source, ls.encoding()))


features = Features()


@features.request(types.TEXT_DOCUMENT_FORMATTING)
def formatting(ls: MangopyServer, params: types.DocumentFormattingParams) -> list[types.TextEdit] | None:
    return format_document(ls, params.text_document.uri, params.options)


@features.request(types.TEXT_DOCUMENT_RANGE_FORMATTING)
def range_formatting(ls: MangopyServer, params: types.DocumentRangeFormattingParams) -> list[types.TextEdit] | None:
    start, end = params.range.start, params.range.end
    last = end.line - 1 if end.character == 0 and end.line > start.line else end.line
    return format_document(ls, params.text_document.uri, params.options, (start.line, last))
