"""`py4c lsp`: a Language Server Protocol server over stdio (pygls), so that any editor
shows py4's errors while the user types.

Phase: front end (editor). Features:
- diagnostics when a document is opened or saved, and after an edit once typing has
  paused (CHANGE_DELAY seconds, so a burst of keystrokes is checked once);
- hover: the inferred type of the name or expression under the cursor;
- go to definition of a name (parameter, local, module-level def/class/global).
The analyses themselves are in py4c/ide.py; a check runs in a worker thread so the
server keeps answering while mypy works.
"""

from __future__ import annotations

import asyncio
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path

from py4c import __version__
from py4c.diagnostics import Diagnostic
from py4c.ide import Analysis, analyse, definition, hover

CHANGE_DELAY = 0.3  # seconds of quiet after an edit before it is checked

server = LanguageServer("py4c", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
_latest: dict[str, Analysis] = {}
_pending: dict[str, asyncio.Task[None]] = {}

_SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
             "note": types.DiagnosticSeverity.Information}


def _range(line: int, col: int, end_line: int, end_col: int) -> types.Range:
    return types.Range(types.Position(line - 1, max(col - 1, 0)), types.Position(end_line - 1, max(end_col - 1, 0)))


def to_lsp(d: Diagnostic) -> types.Diagnostic:
    s = d.span
    message = d.message + ("".join(f"\n{n}" for n in d.notes) if d.notes else "")
    return types.Diagnostic(range=_range(s.line, s.col, s.end_line, s.end_col), message=message,
                            severity=_SEVERITY.get(d.severity, types.DiagnosticSeverity.Error), code=d.code,
                            source="py4c")


async def _check(ls: LanguageServer, uri: str) -> None:
    doc = ls.workspace.get_text_document(uri)
    a = await asyncio.to_thread(analyse, doc.path, doc.source)
    _latest[uri] = a
    mine = [to_lsp(d) for d in a.diagnostics if d.span.path == a.path]
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=mine,
                                                                        version=doc.version))


async def _check_later(ls: LanguageServer, uri: str) -> None:
    await asyncio.sleep(CHANGE_DELAY)
    await _check(ls, uri)


def _schedule(ls: LanguageServer, uri: str, delay: bool) -> None:
    old = _pending.pop(uri, None)
    if old is not None:
        old.cancel()
    _pending[uri] = asyncio.ensure_future(_check_later(ls, uri) if delay else _check(ls, uri))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri, delay=False)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri, delay=True)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri, delay=False)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    _latest.pop(params.text_document.uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri,
                                                                        diagnostics=[]))


async def _analysis(ls: LanguageServer, uri: str) -> Analysis:
    """The analysis of the document as it is now (checked afresh if it changed)."""
    pending = _pending.get(uri)
    if pending is not None and not pending.done():
        try:
            await pending
        except asyncio.CancelledError:
            pass
    a = _latest.get(uri)
    doc = ls.workspace.get_text_document(uri)
    if a is None:
        a = await asyncio.to_thread(analyse, doc.path, doc.source)
        _latest[uri] = a
    return a


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def on_hover(ls: LanguageServer, params: types.HoverParams) -> types.Hover | None:
    a = await _analysis(ls, params.text_document.uri)
    text = hover(a, params.position.line + 1, params.position.character + 1)
    if text is None:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=f"```python\n{text}\n```"))


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
async def on_definition(ls: LanguageServer, params: types.DefinitionParams) -> types.Location | None:
    a = await _analysis(ls, params.text_document.uri)
    span = definition(a, params.position.line + 1, params.position.character + 1)
    if span is None:
        return None
    uri = from_fs_path(span.path) or params.text_document.uri
    return types.Location(uri=uri, range=_range(span.line, span.col, span.end_line, span.end_col))


def main(argv: Any = None) -> int:
    server.start_io()
    return 0
