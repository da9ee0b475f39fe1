"""The language server (`py4c lsp`) driven by a real LSP client over stdio (pytest-lsp):
diagnostics with their ranges on open, new diagnostics after an edit, hover types and
go to definition."""

from __future__ import annotations

import os
import sys
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from py4c.lsp import CHANGE_DELAY

SOURCE = '''def area(w: int, h: int) -> int:
    total = w * h
    return total


rows = [area(2, 3), area(4, 5)]
print(rows)
'''
BROKEN = SOURCE.replace("w * h", 'w * "x"')


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "py4c", "lsp"]))
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


def _open(client: LanguageClient, path: str, text: str) -> str:
    uri = f"file://{path}"
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))
    return uri


async def _diagnostics(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics.get(uri, []))


@pytest.mark.asyncio
async def test_diagnostics_on_open_and_after_an_edit(client: LanguageClient, tmp_path: "os.PathLike[str]") -> None:
    path = os.path.join(str(tmp_path), "prog.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(BROKEN)
    uri = _open(client, path, BROKEN)
    diags = await _diagnostics(client, uri)
    assert [(d.range.start.line, d.code, d.severity) for d in diags] == [(2, "return-value", 1)]
    assert "Incompatible return value type" in diags[0].message
    assert (diags[0].range.start.character, diags[0].range.end.character) == (11, 16)
    # fix the error in the buffer (not on disk): the diagnostics go away
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=SOURCE)]))
    assert await _diagnostics(client, uri) == []
    assert not [f for f in os.listdir(str(tmp_path)) if f.startswith("_py4c_buffer_")]


@pytest.mark.asyncio
async def test_hover_and_definition(client: LanguageClient, tmp_path: "os.PathLike[str]") -> None:
    path = os.path.join(str(tmp_path), "prog.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(SOURCE)
    uri = _open(client, path, SOURCE)
    await _diagnostics(client, uri)
    doc = types.TextDocumentIdentifier(uri=uri)
    h = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=types.Position(5, 1)))
    assert h is not None and "rows: list[int]" in str(h.contents)
    h = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=types.Position(2, 12)))
    assert h is not None and "total: int" in str(h.contents)
    loc = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc, position=types.Position(5, 9)))
    assert isinstance(loc, types.Location) and loc.range.start == types.Position(0, 0)
    loc = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc, position=types.Position(2, 12)))
    assert isinstance(loc, types.Location) and loc.range.start == types.Position(1, 4)


@pytest.mark.asyncio
async def test_recheck_after_an_edit_is_fast(client: LanguageClient, tmp_path: "os.PathLike[str]") -> None:
    """A 500-line file, edited in a warm server: the new diagnostics arrive quickly
    (the time is recorded in the closing note; here only a generous bound)."""
    body = "".join(f"def f{i}(x: int) -> int:\n    y = x * {i} + 1\n    return y - x\n\n\n" for i in range(100))
    path = os.path.join(str(tmp_path), "big.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(body)
    uri = _open(client, path, body)
    assert await _diagnostics(client, uri) == []
    t0 = time.perf_counter()
    edited = body.replace("return y - x\n", 'return y - "x"\n', 1)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited)]))
    diags = await _diagnostics(client, uri)
    elapsed = time.perf_counter() - t0
    assert [d.range.start.line for d in diags] == [2]
    print(f"re-check of a 500-line file after an edit: {elapsed:.3f} s (including the {CHANGE_DELAY} s pause)")
    assert elapsed < 10, elapsed
