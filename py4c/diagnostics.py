"""One diagnostic shape for every phase and every front end.

A `Diagnostic` has a severity, a stable code, a span, a message and optional notes
(a hint of what to write instead). Phases collect diagnostics rather than stopping at
the first; a phase that cannot continue raises `CompileError` carrying all it found.
The CLI renders them as

    prog.py:3:9: error: message [code]
        x = foo(1)
            ^^^^^^
    prog.py:3:9: note: hint

and `to_json` gives the same data to machine consumers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from py4c.frontend.ast import Span

ERROR = "error"
WARNING = "warning"
NOTE = "note"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: str
    code: str
    span: Span
    message: str
    notes: tuple[str, ...] = ()

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.span.path, self.span.line, self.span.col, self.message)


def error(code: str, span: Span, message: str, *notes: str) -> Diagnostic:
    return Diagnostic(ERROR, code, span, message, tuple(notes))


@dataclass
class CompileError(Exception):
    """Raised by a phase that found errors it cannot compile past."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(f"{d.span}: {d.severity}: {d.message} [{d.code}]" for d in self.diagnostics)


class Collector:
    """Accumulates diagnostics for one phase; `check()` raises if any error was seen."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def add(self, d: Diagnostic) -> None:
        self.items.append(d)

    def error(self, code: str, span: Span, message: str, *notes: str) -> None:
        self.items.append(error(code, span, message, *notes))

    def warning(self, code: str, span: Span, message: str, *notes: str) -> None:
        self.items.append(Diagnostic(WARNING, code, span, message, tuple(notes)))

    def has_errors(self) -> bool:
        return any(d.severity == ERROR for d in self.items)

    def check(self) -> None:
        if self.has_errors():
            raise CompileError(sorted(self.items, key=Diagnostic.sort_key))


def render(d: Diagnostic, sources: dict[str, str] | None = None) -> str:
    """Text form with the source line and a caret underline of the span."""
    head = f"{d.span.path}:{d.span.line}:{d.span.col}: {d.severity}: {d.message} [{d.code}]"
    lines = [head]
    text = _source_line(d.span, sources)
    if text is not None:
        shown = text.expandtabs(1).rstrip("\n")
        start = max(d.span.col - 1, 0)
        if d.span.end_line == d.span.line and d.span.end_col > d.span.col:
            width = d.span.end_col - d.span.col
        else:
            width = max(len(shown.rstrip()) - start, 1)
        width = max(1, min(width, max(len(shown) - start, 1)))
        shown, start, width = _window(shown, start, width)
        lines.append("    " + shown)
        lines.append("    " + " " * start + "^" * width)
    for note in d.notes:
        lines.append(f"{d.span.path}:{d.span.line}:{d.span.col}: note: {note}")
    return "\n".join(lines)


_WINDOW = 100  # the most source characters shown around a caret


def _window(line: str, start: int, width: int) -> tuple[str, int, int]:
    """A long source line cut to about _WINDOW characters around the span (marked with
    "..." where cut), with the caret's start and width in the shown text."""
    if len(line) <= _WINDOW:
        return line, start, width
    width = min(width, _WINDOW // 2)
    left = max(0, min(start - _WINDOW // 4, len(line) - _WINDOW))
    right = min(len(line), left + _WINDOW)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(line) else ""
    return prefix + line[left:right] + suffix, start - left + len(prefix), width


def to_json(d: Diagnostic) -> dict[str, Any]:
    return {
        "path": d.span.path,
        "range": {
            "start": {"line": d.span.line, "column": d.span.col},
            "end": {"line": d.span.end_line, "column": d.span.end_col},
        },
        "severity": d.severity,
        "code": d.code,
        "message": d.message,
        "hint": " ".join(d.notes) if d.notes else None,
    }


def _source_line(span: Span, sources: dict[str, str] | None) -> str | None:
    text: str | None = None
    if sources is not None and span.path in sources:
        text = sources[span.path]
    else:
        try:
            with open(span.path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError:
            return None
    all_lines = text.splitlines()
    if 1 <= span.line <= len(all_lines):
        return all_lines[span.line - 1]
    return None
