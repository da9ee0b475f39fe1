"""Run mypy on the real source and turn its report into py4c diagnostics.

Phase: typecheck. Input: source paths. Output: `Diagnostic`s (mypy objects never leave
this package). mypy is run in-process through `mypy.api` with the strictness py4
requires (every def annotated, no implicit Any) and with py4c's mypy plugin, which
adds the py4 contract checks that mypy's own rules miss. Its incremental cache lives in
the py4c cache directory, so a re-check of an unchanged program is fast.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile

from py4c.diagnostics import Diagnostic, ERROR, NOTE, WARNING
from py4c.frontend.ast import Span
from py4c.paths import cache_dir
from py4c.typecheck.contracts import VALUE_INTS, conversion_hint, span_text, widening
from py4c.types import INT_RANGES

# file:line:col:end_line:end_col: severity: message  [code]
_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+):(?:(?P<eline>\d+):(?P<ecol>\d+):)?"
    r" (?P<sev>error|note|warning): (?P<msg>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$"
)

_FLAGS = [
    "--strict",
    "--show-column-numbers",
    "--show-error-end",
    "--show-error-codes",
    "--no-error-summary",
    "--hide-error-context",
    "--no-pretty",
    "--no-color-output",
    "--disallow-any-explicit",
    # a local that may be unassigned where it is read is rejected: CPython raises
    # UnboundLocalError there, compiled code has no unbound state for a local
    "--enable-error-code", "possibly-undefined",
    "--follow-imports=silent",
]


def _config_file() -> str:
    path = os.path.join(cache_dir(), "mypy.ini")
    text = "[mypy]\nplugins = py4c.mypy_plugin\n"
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return path
    except OSError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path))
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    return path


def _py4_root() -> list[str]:
    """Where the `py4` package lives, when mypy cannot find it by itself: an editable
    install puts an import hook in site-packages, which mypy does not follow."""
    import py4

    root = os.path.dirname(os.path.dirname(os.path.abspath(py4.__file__)))
    return [] if os.path.basename(root) in ("site-packages", "dist-packages") else [root]


def run_mypy(paths: list[str]) -> list[Diagnostic]:
    """Type-check `paths` (absolute) with mypy; return its errors and notes as diagnostics."""
    from mypy import api  # imported late: it is the slowest import of py4c

    # mypy's incremental cache is keyed by module name: programs in different folders may
    # share a module name (`t.py`), so each folder gets its own cache.
    folder = hashlib.sha256(os.path.dirname(os.path.abspath(paths[0])).encode()).hexdigest()[:16] if paths else "none"
    args = _FLAGS + [
        "--config-file", _config_file(),
        "--cache-dir", os.path.join(cache_dir(), "mypy-cache", folder),
        "--python-version", f"{sys.version_info.major}.{sys.version_info.minor}",
        "--python-executable", sys.executable,
    ] + paths
    # the program's own modules are found next to its entry file, as CPython finds them
    # (and not through packages of the folders above it)
    old = os.environ.get("MYPYPATH")
    os.environ["MYPYPATH"] = os.pathsep.join(
        ([os.path.dirname(os.path.abspath(paths[0]))] if paths else []) + _py4_root())
    try:
        stdout, stderr, status = api.run(args)
    finally:
        if old is None:
            del os.environ["MYPYPATH"]
        else:
            os.environ["MYPYPATH"] = old
    diags: list[Diagnostic] = []
    for raw in stdout.splitlines():
        m = _LINE.match(raw)
        if m is None:
            continue
        path = os.path.abspath(m["path"])
        line, col = int(m["line"]), int(m["col"])
        eline = int(m["eline"]) if m["eline"] else line
        ecol = int(m["ecol"]) + 1 if m["ecol"] else col + 1
        sev = {"error": ERROR, "warning": WARNING}.get(m["sev"], NOTE)
        code = m["code"] or ("note" if sev == NOTE else "misc")
        span = Span(path, line, col, eline, ecol)
        hint = _HINTS.get(code) or _width_hint(code, m["msg"], span)
        diags.append(Diagnostic(sev, code, span, m["msg"], (hint,) if hint else ()))
    if status == 2 and not diags:
        # mypy itself failed (bad config, crash): report it as one diagnostic.
        where = Span(paths[0] if paths else "<mypy>", 1, 1, 1, 2)
        detail = (stderr or stdout).strip().splitlines()
        diags.append(Diagnostic(ERROR, "mypy", where,
                                "mypy could not check the program: " + (detail[-1] if detail else "unknown failure")))
    return _attach_notes(diags)


# What to write instead, for the mypy codes py4 turns on beyond mypy's defaults.
_HINTS = {
    "possibly-undefined": "py4 needs every local assigned on every path before it is read (CPython raises "
                          "UnboundLocalError where it is not); assign it a value before the branch or loop",
}


_VALUE = "|".join(VALUE_INTS)
_MIXED_OPERANDS = re.compile(rf'^Unsupported operand types for (\S+) \("({_VALUE})" and "({_VALUE})"\)$')
_STORED = [  # (code, message): a value of one width stored where another is declared
    ("assignment", re.compile(rf'^Incompatible types in assignment \(expression has type "({_VALUE})", '
                              rf'variable has type "({_VALUE})"\)$')),
    ("arg-type", re.compile(rf'^Argument \d+ to .* has incompatible type "({_VALUE})"; expected "({_VALUE})"$')),
    ("return-value", re.compile(rf'^Incompatible return value type \(got "({_VALUE})", expected "({_VALUE})"\)$')),
]


def _binop_operands(span: Span, op: str) -> tuple[str, str] | None:
    """The source text of the operands of the binary operation mypy's error points at (at
    its right operand, or where the operation starts); the innermost one for `op`."""
    import ast

    try:
        with open(span.path, encoding="utf-8") as f:
            source = f.read()
        tree = ast.parse(source)
    except (OSError, SyntaxError, ValueError):
        return None
    symbols = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
               ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^"}
    found: tuple[str, str] | None = None
    for node in ast.walk(tree):  # outer operations come first: the last match is the innermost
        if not (isinstance(node, (ast.BinOp, ast.AugAssign)) and symbols.get(type(node.op)) == op):
            continue
        lhs, rhs = (node.left, node.right) if isinstance(node, ast.BinOp) else (node.target, node.value)
        if (rhs.lineno, rhs.col_offset) == (span.line, span.col - 1) or \
                (node.lineno, node.col_offset) == (span.line, span.col - 1):
            left, right = ast.get_source_segment(source, lhs), ast.get_source_segment(source, rhs)
            if left is not None and right is not None:
                found = (left, right)
    return found


def _width_hint(code: str, message: str, span: Span) -> str | None:
    """For mypy's errors on value integers of different widths mixed without a
    conversion: the conversion to write, with the expression's own text."""
    m = _MIXED_OPERANDS.match(message)
    if code == "operator" and m:
        operands = _binop_operands(span, m[1])
        if operands is None:
            return None
        ka, kb = m[2], m[3]
        left, right = operands
        return widening(ka, right) if INT_RANGES[ka][1] > INT_RANGES[kb][1] else widening(kb, left)
    text = span_text(span.path, span.line, span.col, span.end_line, span.end_col)
    if text is None:
        return None
    for stored_code, pattern in _STORED:
        m = pattern.match(message)
        if code == stored_code and m:
            return conversion_hint(m[1], m[2], text)
    return None


def _attach_notes(diags: list[Diagnostic]) -> list[Diagnostic]:
    """Fold mypy's notes into the preceding error at the same place, as hints."""
    out: list[Diagnostic] = []
    for d in diags:
        if d.severity == NOTE and out and out[-1].span.path == d.span.path and out[-1].span.line == d.span.line:
            prev = out[-1]
            out[-1] = Diagnostic(prev.severity, prev.code, prev.span, prev.message, prev.notes + (d.message,))
        else:
            out.append(d)
    return out
