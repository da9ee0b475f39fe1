"""Positions and failures shared by the parts of the parser.

Phase: frontend (internal). Input: Lark tokens and finished nodes. Output: `ast.Span`s.

Invariants:
- Lines and columns are 1-based and count characters (not bytes); an end column is one
  past the last character, as in `ast.Span`.
- Anything the parser rejects is raised as `ParseFailure` (a message, a span and a
  diagnostic code) and turned into a `CompileError` by `frontend.parser` alone.
"""

from __future__ import annotations

from typing import Protocol

from lark import Token

from py4c.frontend import ast

SYNTAX = "syntax"
TOO_DEEP = "too-deep"
TOO_DEEP_MESSAGE = "too deeply nested: simplify the expression or split the function"


class ParseFailure(Exception):
    """A syntax error found while tokenizing, parsing or building the tree."""

    def __init__(self, message: str, span: ast.Span, code: str = SYNTAX) -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.code = code


class HasSpan(Protocol):
    @property
    def span(self) -> ast.Span: ...


# Anything with a place in the source: a token, a node (or helper) with a span, a span.
Located = Token | HasSpan | ast.Span


def token_span(path: str, tok: Token) -> ast.Span:
    return ast.Span(path, _int(tok.line), _int(tok.column), _int(tok.end_line), _int(tok.end_column))


def point_span(path: str, line: int, col: int) -> ast.Span:
    """A one-character span, for errors that point at a place rather than a node."""
    return ast.Span(path, line, col, line, col + 1)


def start_of(item: Located) -> tuple[int, int]:
    if isinstance(item, Token):
        return _int(item.line), _int(item.column)
    s = item if isinstance(item, ast.Span) else item.span
    return s.line, s.col


def end_of(item: Located) -> tuple[int, int]:
    if isinstance(item, Token):
        return _int(item.end_line), _int(item.end_column)
    s = item if isinstance(item, ast.Span) else item.span
    return s.end_line, s.end_col


def join(path: str, first: Located, last: Located) -> ast.Span:
    """The span from the start of `first` to the end of `last`."""
    line, col = start_of(first)
    end_line, end_col = end_of(last)
    return ast.Span(path, line, col, end_line, end_col)


def _int(value: int | None) -> int:
    # Every token the lexer or lexer.py makes has a position; 1 keeps a bug visible
    # in a diagnostic rather than a crash.
    return value if value is not None else 1
