"""Number and string literals: token text to value, with CPython 3.11's rules.

Phase: frontend (internal). Input: the text of a NUMBER or STRING token. Output: the
literal's node (numbers) or its prefix, body and decoded value (strings).

Invariants:
- Values are exactly what CPython computes: underscores, every base, leading-zero and
  digit-limit errors for integers; every escape of str and bytes literals (octal,
  \\x, \\u, \\U, \\N{...}, line continuation), unknown escapes kept with their backslash.
- Errors are ParseFailures carrying CPython's message and the token's span.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import NoReturn

from py4c.frontend import ast
from py4c.frontend.spans import ParseFailure

# ---------------------------------------------------------------- numbers


def number_literal(text: str, span: ast.Span) -> ast.IntLit | ast.FloatLit | ast.ImagLit:
    try:
        if text[-1] in "jJ":
            return ast.ImagLit(complex(text).imag, span)
        if len(text) > 1 and text[0] == "0" and text[1] in "xXoObB":
            return ast.IntLit(int(text, 0), span)
        if "." in text or "e" in text or "E" in text:
            return ast.FloatLit(float(text), span)
        return ast.IntLit(int(text, 0), span)
    except ValueError as exc:
        if "limit" in str(exc):
            raise ParseFailure(
                f"{exc} - Consider hexadecimal for huge integer literals to avoid decimal "
                "conversion limits.",
                span,
            ) from None
        raise ParseFailure(
            "leading zeros in decimal integer literals are not permitted; use an 0o "
            "prefix for octal integers",
            span,
        ) from None


# ---------------------------------------------------------------- strings


@dataclass(frozen=True, slots=True)
class StringParts:
    """A STRING token taken apart: lower-case prefix, quote, and the text between."""

    prefix: str
    quote: str
    body: str
    body_offset: int  # index of the body in the token text

    @property
    def is_bytes(self) -> bool:
        return "b" in self.prefix

    @property
    def is_raw(self) -> bool:
        return "r" in self.prefix

    @property
    def is_fstring(self) -> bool:
        return "f" in self.prefix


def split_string(text: str) -> StringParts:
    i = 0
    while text[i] not in "'\"":
        i += 1
    quote = text[i] * 3 if text.startswith(text[i] * 3, i) and len(text) - i >= 6 else text[i]
    start = i + len(quote)
    return StringParts(text[:i].lower(), quote, text[start : len(text) - len(quote)], start)


def string_value(parts: StringParts, span: ast.Span) -> str | bytes:
    """The value of a plain (not f-) string literal."""
    body = parts.body
    if parts.is_bytes:
        if not body.isascii():
            raise ParseFailure("bytes can only contain ASCII literal characters", span)
        if parts.is_raw or "\\" not in body:
            return body.encode("ascii")
        return decode_escapes(body, span, is_bytes=True).encode("latin-1")
    if parts.is_raw or "\\" not in body:
        return body
    return decode_escapes(body, span, is_bytes=False)


_SIMPLE_ESCAPES = {
    "\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
    "n": "\n", "r": "\r", "t": "\t", "v": "\v",
}
_HEX = frozenset("0123456789abcdefABCDEF")
_OCT = frozenset("01234567")


def decode_escapes(body: str, span: ast.Span, is_bytes: bool) -> str:
    """Apply backslash escapes as CPython does; bytes come back as latin-1 text."""
    out: list[str] = []
    i = 0
    n = len(body)
    while True:
        j = body.find("\\", i)
        if j < 0 or j + 1 >= n:
            out.append(body[i:])
            return "".join(out)
        out.append(body[i:j])
        ch = body[j + 1]
        i = j + 2
        simple = _SIMPLE_ESCAPES.get(ch)
        if simple is not None:
            out.append(simple)
        elif ch in _OCT:
            k = i
            while k < n and k < j + 4 and body[k] in _OCT:
                k += 1
            value = int(body[j + 1 : k], 8)
            out.append(chr(value & 0xFF if is_bytes else value))
            i = k
        elif ch == "x" or (not is_bytes and ch in "uU"):
            width = {"x": 2, "u": 4, "U": 8}[ch]
            digits = body[i : i + width]
            if len(digits) < width or not all(d in _HEX for d in digits):
                good = len(digits) - len(digits.lstrip("0123456789abcdefABCDEF"))
                what = f"truncated \\{ch}{'X' * width} escape"
                _bad_escape(what, body, j, i + good - 1, is_bytes, span)
            value = int(digits, 16)
            if value > 0x10FFFF:
                _bad_escape("illegal Unicode character", body, j, i + width - 1, is_bytes, span)
            out.append(chr(value))
            i += width
        elif ch == "N" and not is_bytes:
            end = body.find("}", i)
            if not body.startswith("{", i) or end < 0:
                last = i if body.startswith("{", i) else i - 1
                _bad_escape("malformed \\N character escape", body, j, last, is_bytes, span)
            try:
                out.append(unicodedata.lookup(body[i + 1 : end]))
            except KeyError:
                _bad_escape("unknown Unicode character name", body, j, end, is_bytes, span)
            i = end + 1
        else:
            out.append("\\" + ch)  # unknown escapes keep their backslash


def _bad_escape(
    what: str, body: str, start: int, end: int, is_bytes: bool, span: ast.Span
) -> NoReturn:
    if is_bytes:
        raise ParseFailure(f"(value error) invalid \\x escape at position {start}", span)
    # CPython decodes a copy of the body in which each non-ASCII character is written
    # as a 10-byte \UXXXXXXXX escape, and reports positions in that copy.
    start += 9 * sum(1 for ch in body[:start] if ord(ch) > 0x7F)
    end += 9 * sum(1 for ch in body[:end] if ord(ch) > 0x7F)
    where = f"{start}-{end}" if end > start else f"{start}"
    raise ParseFailure(
        f"(unicode error) 'unicodeescape' codec can't decode bytes in position {where}: {what}",
        span,
    )
