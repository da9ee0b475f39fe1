"""The frontend phase: Python source text to the py4 syntax tree (`frontend.ast`).

Phase: frontend. Input: a source file (path and text). Output: `ast.Module`, every node
with a span; or `CompileError` carrying a diagnostic ("syntax" for what CPython 3.11's
parser rejects, with its message; "too-deep" for nesting beyond the parser's limits;
"read-error" for a file that cannot be read or is not UTF-8).

Invariants:
- The whole of Python 3.11's syntax parses (match statements only as far as their
  subject), so that the checker can reject an unsupported construct by name.
- Lark trees and tokens never leave this package; nothing but CompileError is raised.

Modules: `parser` (driver and error messages), `lexer` (indentation and brackets),
`expressions` and `statements` (grammar rules to nodes), `literals`, `fstrings`, and
`spans` (positions and the internal ParseFailure). The grammar is `py4c/grammar`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py4c.frontend import ast

__all__ = ["parse", "parse_file"]


def parse(path: str, source: str, module_name: str = "__main__") -> ast.Module:
    """Parse the text of one module; `path` is only used in spans."""
    # Imported here, not above: `py4c.diagnostics` imports `py4c.frontend.ast`, which
    # runs this file first, so importing diagnostics (or Lark) here would be a cycle.
    from py4c.frontend.parser import parse_source

    return parse_source(path, source, module_name)


def parse_file(path: str, module_name: str = "__main__") -> ast.Module:
    """Read `path` as UTF-8 and parse it."""
    from py4c.diagnostics import CompileError, error
    from py4c.frontend import ast

    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        span = ast.Span(path, 1, 1, 1, 1)
        raise CompileError([error("read-error", span, f"cannot read {path}: {reason}")]) from None
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        message = (
            f"{path} is not valid UTF-8: byte 0x{data[exc.start]:02x} at line {line}, "
            f"column {col} (py4 source files are UTF-8)"
        )
        span = ast.Span(path, line, col, line, col + 1)
        raise CompileError([error("read-error", span, message)]) from None
    return parse(path, source, module_name)
