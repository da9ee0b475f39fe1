"""f-strings: one f-string token to literal parts and replacement fields (3.11 rules).

Phase: frontend (internal). Input: an f-string STRING token (positioned in the file) and
a function that parses the text of a field's expression. Output: a tuple of StrLit and
FormattedValue parts.

Invariants:
- `{{` and `}}` are literal braces (not inside a format spec); `\\N{...}` is an escape,
  not a field; a backslash before `{` stays literal and the `{` opens a field.
- A field is `{expr[=][!conv][:spec]}`. The expression may not contain a backslash or
  '#'; it ends at a top-level `!` (not `!=`), `:`, `=` (not `==`, `<=`, `>=`) or `}`.
  Its text is parsed as if inside parentheses (so `{a, b}` is a tuple), with positions
  that are its true place in the file, across lines of a triple-quoted string.
- `{x=}` keeps `x=` as `debug_text` (with the blanks around `=`) and, when neither a
  conversion nor a spec is given, converts with "r", as CPython does.
- A format spec is a JoinedStr whose fields may not have specs with fields in turn
  ("f-string: expressions nested too deeply").
- Empty literal parts are dropped; FormattedValue spans cover `{` through `}`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import NoReturn

from lark import Token

from py4c.frontend import ast
from py4c.frontend.literals import StringParts, decode_escapes
from py4c.frontend.spans import ParseFailure, point_span

# Parses the text of a field's expression that starts at (line, col) of the file.
ParseField = Callable[[str, int, int], ast.Expr]

Part = ast.StrLit | ast.FormattedValue

_CLOSING = {")": "(", "]": "[", "}": "{"}


def fstring_parts(tok: Token, parts: StringParts, path: str, parse_field: ParseField) -> list[Part]:
    reader = _FStringReader(str(tok), parts, tok.line or 1, tok.column or 1, path, parse_field)
    start = parts.body_offset
    out, end = reader.read(start, start + len(parts.body), 0)
    assert end == start + len(parts.body)
    return out


class _FStringReader:
    def __init__(
        self,
        text: str,
        parts: StringParts,
        line: int,
        col: int,
        path: str,
        parse_field: ParseField,
    ) -> None:
        self.text = text
        self.raw = parts.is_raw
        self.line = line
        self.col = col
        self.path = path
        self.parse_field = parse_field
        self.end = parts.body_offset + len(parts.body)
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    # ------------------------------------------------------------ positions

    def pos(self, offset: int) -> tuple[int, int]:
        """File line and column of an offset into the token text."""
        k = bisect_right(self.line_starts, offset) - 1
        if k == 0:
            return self.line, self.col + offset
        return self.line + k, offset - self.line_starts[k] + 1

    def span(self, start: int, end: int) -> ast.Span:
        line, col = self.pos(start)
        end_line, end_col = self.pos(end)
        return ast.Span(self.path, line, col, end_line, end_col)

    def fail(self, message: str, offset: int) -> NoReturn:
        line, col = self.pos(offset)
        raise ParseFailure(message, point_span(self.path, line, col))

    # ------------------------------------------------------------ literal text

    def read(self, i: int, end: int, spec_depth: int) -> tuple[list[Part], int]:
        """Parts from offset i up to `end`, or to the `}` that closes a format spec."""
        text = self.text
        out: list[Part] = []
        chunks: list[str] = []
        chunk_start = i
        while i < end:
            ch = text[i]
            if ch == "\\" and not self.raw and i + 1 < end:
                nxt = text[i + 1]
                if nxt == "N" and text.startswith("{", i + 2):
                    close = text.find("}", i + 3, end)
                    i = close + 1 if close >= 0 else end
                elif nxt in "{}":
                    i += 1
                else:
                    i += 2
                continue
            if ch == "{":
                if spec_depth == 0 and i + 1 < end and text[i + 1] == "{":
                    chunks.append(text[chunk_start : i + 1])
                    self._flush(out, chunks, chunk_start, i + 2)
                    i += 2
                    chunk_start = i
                    continue
                chunks.append(text[chunk_start:i])
                self._flush(out, chunks, chunk_start, i)
                field, i = self.field(i, end, spec_depth)
                out.append(field)
                chunk_start = i
                continue
            if ch == "}":
                if spec_depth > 0:
                    break
                if i + 1 < end and text[i + 1] == "}":
                    chunks.append(text[chunk_start : i + 1])
                    self._flush(out, chunks, chunk_start, i + 2)
                    i += 2
                    chunk_start = i
                    continue
                self.fail("f-string: single '}' is not allowed", i)
            i += 1
        chunks.append(text[chunk_start:i])
        self._flush(out, chunks, chunk_start, i)
        return out, i

    def _flush(self, out: list[Part], chunks: list[str], start: int, end: int) -> None:
        raw = "".join(chunks)
        chunks.clear()
        if not raw:
            return
        span = self.span(start, end)
        value = raw if self.raw or "\\" not in raw else decode_escapes(raw, span, False)
        if not value:
            return
        last = out[-1] if out else None
        if isinstance(last, ast.StrLit):
            merged = ast.Span(self.path, last.span.line, last.span.col, span.end_line, span.end_col)
            out[-1] = ast.StrLit(last.value + value, merged)
        else:
            out.append(ast.StrLit(value, span))

    # ------------------------------------------------------------ fields

    def field(self, start: int, end: int, spec_depth: int) -> tuple[ast.FormattedValue, int]:
        """The field whose `{` is at `start`; returns it and the offset after its `}`."""
        if spec_depth >= 2:
            self.fail("f-string: expressions nested too deeply", start)
        text = self.text
        j = self._expression_end(start + 1, end)
        expr_text = text[start + 1 : j]
        if not expr_text.strip():
            self.fail("f-string: empty expression not allowed", j)
        debug: str | None = None
        if text[j] == "=":
            j += 1
            while j < end and text[j] in " \t\n\f":
                j += 1
            debug = text[start + 1 : j]
        conversion: str | None = None
        if j < end and text[j] == "!":
            conv = text[j + 1] if j + 1 < end else ""
            if conv not in ("s", "r", "a"):
                self.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", j + 1)
            conversion = conv
            j += 2
        spec: ast.JoinedStr | None = None
        if j < end and text[j] == ":":
            spec_parts, k = self.read(j + 1, end, spec_depth + 1)
            spec = ast.JoinedStr(tuple(spec_parts), self.span(j + 1, k))
            j = k
        if j >= end or text[j] != "}":
            self.fail("f-string: expecting '}'", min(j, end))
        j += 1
        if debug is not None and conversion is None and spec is None:
            conversion = "r"
        line, col = self.pos(start + 1)
        value = self._parse(expr_text, line, col)
        return ast.FormattedValue(value, conversion, spec, debug, self.span(start, j)), j

    def _expression_end(self, i: int, end: int) -> int:
        """Offset of the `!`, `:`, `=` or `}` that ends the expression starting at i."""
        text = self.text
        stack: list[tuple[str, int]] = []
        while i < end:
            ch = text[i]
            if ch == "\\":
                self.fail("f-string expression part cannot include a backslash", i)
            if ch == "#":
                self.fail("f-string expression part cannot include '#'", i)
            if ch in "'\"":
                quote = ch * 3 if text.startswith(ch * 3, i) else ch
                close = text.find(quote, i + len(quote), end)
                if close < 0:
                    self.fail("f-string: unterminated string", i)
                i = close + len(quote)
                continue
            if ch in "([{":
                if len(stack) >= 200:
                    self.fail("f-string: too many nested parenthesis", i)
                stack.append((ch, i))
            elif ch in ")]}":
                if not stack:
                    if ch == "}":
                        return i
                    self.fail(f"f-string: unmatched '{ch}'", i)
                opener, _ = stack.pop()
                if opener != _CLOSING[ch]:
                    self.fail(
                        f"f-string: closing parenthesis '{ch}' does not match opening "
                        f"parenthesis '{opener}'",
                        i,
                    )
            elif not stack:
                two = text[i : i + 2]
                if two in ("!=", "==", "<=", ">="):
                    i += 2
                    continue
                if ch in "!:=":
                    return i
            i += 1
        if stack:
            self.fail(f"f-string: unmatched '{stack[-1][0]}'", stack[-1][1])
        self.fail("f-string: expecting '}'", end)

    def _parse(self, expr_text: str, line: int, col: int) -> ast.Expr:
        try:
            return self.parse_field(expr_text, line, col)
        except ParseFailure as exc:
            if exc.code == "syntax" and not exc.message.startswith("f-string"):
                exc.message = "f-string: " + exc.message
                exc.args = (exc.message,)
            raise
