"""Editor services over py4c's checker, independent of any protocol: the diagnostics of
a buffer (checked as the file it will be saved as), the type at a position (hover) and
where a name is defined (go to definition). py4c/lsp.py serves them over the Language
Server Protocol.

Phase: front end (editor). A buffer that differs from the file on disk is checked
through a hidden sibling file (`_py4c_buffer_<name>.py` next to it, so that imports of
the program's other modules resolve), and every span in the results is mapped back to
the real path. Positions here are 1-based lines and columns, as in Span.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from dataclasses import dataclass

from py4c import tir
from py4c.diagnostics import CompileError, Diagnostic
from py4c.frontend import ast

_LOCK = threading.Lock()  # one check at a time: mypy's in-process API is not reentrant


@dataclass
class Analysis:
    """The outcome of checking one buffer."""

    path: str
    diagnostics: list[Diagnostic]
    program: tir.Program | None  # None when the buffer has errors
    module: ast.Module | None  # the parsed buffer (None on a syntax error)


def analyse(path: str, text: str | None = None) -> Analysis:
    """Check the file at path, or `text` as if it were saved there."""
    from py4c.driver import check_file
    from py4c.frontend import parse_file

    path = os.path.abspath(path)
    shadow = None
    target = path
    if text is not None:
        try:
            with open(path, encoding="utf-8") as f:
                same = f.read() == text
        except OSError:
            same = False
        if not same:
            shadow = os.path.join(os.path.dirname(path), f"_py4c_buffer_{os.path.basename(path)}")
            with open(shadow, "w", encoding="utf-8") as f:
                f.write(text)
            target = shadow
    try:
        with _LOCK:
            module: ast.Module | None
            try:
                module = parse_file(target)
            except CompileError:
                module = None
            try:
                program: tir.Program | None = check_file(target)
                diags: list[Diagnostic] = list(program.warnings) if program is not None else []
            except CompileError as e:
                program, diags = None, list(e.diagnostics)
    finally:
        if shadow is not None:
            try:
                os.remove(shadow)
            except OSError:
                pass
    if shadow is not None:
        diags = [_moved(d, shadow, path) for d in diags]
        if program is not None:
            moved = _remap(program, shadow, path)
            assert isinstance(moved, tir.Program)
            program = moved
        if module is not None:
            moved_m = _remap(module, shadow, path)
            assert isinstance(moved_m, ast.Module)
            module = moved_m
    return Analysis(path, diags, program, module)


def _moved(d: Diagnostic, old: str, new: str) -> Diagnostic:
    if d.span.path != old:
        return d
    return dataclasses.replace(d, span=dataclasses.replace(d.span, path=new))


def _remap(node: object, old: str, new: str) -> object:
    """node with every Span whose path is old moved to new (a shallow rebuild)."""
    if isinstance(node, ast.Span):
        return dataclasses.replace(node, path=new) if node.path == old else node
    if isinstance(node, tuple):
        return tuple(_remap(x, old, new) for x in node)
    if isinstance(node, list):
        return [_remap(x, old, new) for x in node]
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        changes = {f.name: _remap(getattr(node, f.name), old, new) for f in dataclasses.fields(node)}
        if "path" in changes and changes["path"] == old:
            changes["path"] = new
        return dataclasses.replace(node, **changes)
    return node


def _contains(span: ast.Span, line: int, col: int) -> bool:
    if (line, col) < (span.line, span.col):
        return False
    return (line, col) < (span.end_line, span.end_col) or (line, col) == (span.end_line, span.end_col)


def _size(span: ast.Span) -> tuple[int, int]:
    return (span.end_line - span.line, span.end_col - span.col if span.end_line == span.line else 10**6)


def nodes(node: object) -> list[object]:
    """Every dataclass node under node (node included), depth first."""
    out: list[object] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if hasattr(n, "__dataclass_fields__") and not isinstance(n, type):
            out.append(n)
        stack.extend(ast.children(n))
    return out


def hover(a: Analysis, line: int, col: int) -> str | None:
    """The type of the innermost expression at (line, col): `name: type` for a variable."""
    if a.program is None:
        return None
    best: tuple[tuple[int, int], object] | None = None
    for n in nodes(a.program):
        span = getattr(n, "span", None)
        typ = getattr(n, "type", None)
        if not isinstance(span, ast.Span) or typ is None or span.path != a.path or isinstance(n, tir.Function):
            continue
        if _contains(span, line, col) and (best is None or _size(span) < best[0]):
            best = (_size(span), n)
    if best is None:
        return None
    n = best[1]
    t = str(getattr(n, "type"))
    if isinstance(n, tir.Var) and not n.name.startswith("$"):
        return f"{n.name}: {t}"
    return t


def definition(a: Analysis, line: int, col: int) -> ast.Span | None:
    """Where the name at (line, col) is bound: its parameter, its first assignment in the
    enclosing function, or its module-level definition (def, class, assignment, import)."""
    from py4c.typecheck.env import first_bindings

    if a.module is None:
        return None
    names = [n for n in nodes(a.module.body) if isinstance(n, ast.Name) and _contains(n.span, line, col)]
    if not names:
        return None
    name = names[0].id
    for f in _enclosing_functions(a.module.body, line):
        for p in f.params.params:
            if p.name == name:
                return p.span
        stmt = first_bindings(f.body).get(name)
        if stmt is not None:
            return _binding_span(stmt, name)
    stmt = first_bindings(a.module.body).get(name)
    return _binding_span(stmt, name) if stmt is not None else None


def _binding_span(stmt: ast.Stmt, name: str) -> ast.Span:
    """The Name node bound by stmt, or the statement's own span (def, class, import)."""
    for n in nodes(stmt):
        if isinstance(n, ast.Name) and n.id == name:
            return n.span
    return stmt.span


def last_line(stmt: ast.Stmt) -> int:
    """The last line of a statement, its body included."""
    return max((s.end_line for s in (getattr(n, "span", None) for n in nodes(stmt)) if isinstance(s, ast.Span)),
               default=stmt.span.end_line)


def _enclosing_functions(body: tuple[ast.Stmt, ...], line: int) -> list[ast.FunctionDef]:
    """The functions (innermost first) whose definition spans line."""
    out: list[ast.FunctionDef] = []
    for n in nodes(body):
        if isinstance(n, ast.FunctionDef) and n.span.line <= line <= last_line(n):
            out.append(n)
    return sorted(out, key=lambda f: -f.span.line)
