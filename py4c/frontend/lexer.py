"""Python's token rules on top of Lark's lexer: indentation, brackets, soft keywords.

Phase: frontend (internal). Input: the raw tokens of Lark's basic lexer for
grammar/py4.lark. Output: the tokens the LALR parser is fed.

Invariants:
- A logical line ends with one _NEWLINE, placed where CPython's NEWLINE token is (after
  the blanks that follow the last token), which is where "expected ':'" is reported;
  blank lines, comment lines and newlines inside brackets give no token. INDENT and
  DEDENT are placed at the first token of their line.
- Indentation is measured as CPython does (a tab moves to the next multiple of 8) and
  also with tabs counted as one column; when the two disagree about the structure the
  indentation is inconsistent (TabError in CPython).
- `match` at the start of a line that ends in ':' is the soft keyword MATCH; the body of
  a match statement is consumed here and never reaches the parser (py4 rejects match
  by name, so only its subject is parsed).
- `with (` whose bracket holds `as` or a top-level comma and is followed by ':' starts a
  parenthesized list of with-items: the bracket is retyped WITH_LPAR, which is the
  choice CPython's PEG parser makes first.
- Nesting is bounded: more than MAX_BRACKETS open brackets or MAX_INDENT indentation
  levels is a "too-deep" failure at the offending token, so no later phase sees
  unbounded nesting from these.
- In field mode (an f-string expression) every position is moved to where the text sits
  in the file, and the text is read as if inside parentheses.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from typing import NoReturn

from lark import Token

from py4c.frontend.spans import TOO_DEEP, TOO_DEEP_MESSAGE, ParseFailure, point_span, token_span

MAX_BRACKETS = 200  # CPython's tokenizer allows 200 levels of brackets
MAX_INDENT = 100  # and 100 levels of indentation

OPEN_BRACKETS = {"LPAR": "(", "LSQB": "[", "LBRACE": "{", "WITH_LPAR": "("}
CLOSE_BRACKETS = {"RPAR": "(", "RSQB": "[", "RBRACE": "{"}

# Tokens that can start the subject of a match statement.
_EXPR_START = frozenset({
    "NAME", "NUMBER", "STRING", "LPAR", "LSQB", "LBRACE", "MINUS", "PLUS", "TILDE", "NOT",
    "NONE", "TRUE", "FALSE", "ELLIPSIS", "LAMBDA", "AWAIT", "STAR",
})


class TokenStream:
    """The parser's tokens for one text; its state explains a syntax error afterwards."""

    def __init__(
        self,
        raw: Iterator[Token],
        lines: Sequence[str],
        path: str,
        field_origin: tuple[int, int] | None = None,
        match_ends: dict[tuple[int, int], tuple[int, int]] | None = None,
    ) -> None:
        self.path = path
        self.lines = lines
        self.brackets: list[Token] = []  # open brackets, innermost last
        self.last: Token | None = None  # last token given to the parser
        self.line_first: Token | None = None  # first token of the current logical line
        self.header: Token | None = None  # first token of the previous logical line
        self._raw = raw
        self._ahead: deque[Token] = deque()
        self._origin = field_origin
        self.in_field = field_origin is not None
        self._indents: list[tuple[int, int]] = [(0, 0)]  # (columns, columns with tab = 1)
        self._at_line_start = not self.in_field
        self._skip_body = False
        self._match: Token | None = None
        self._match_ends = match_ends if match_ends is not None else {}

    def __iter__(self) -> Iterator[Token]:
        while True:
            tok = self._next()
            if tok is None:
                break
            if tok.type == "_NEWLINE":
                if self.brackets or self._at_line_start or self.in_field:
                    continue
                yield self._newline(tok)
                self._at_line_start = True
                continue
            if self._at_line_start:
                if self._skip_body:
                    self._skip_body = False
                    skipped = self._skip_match_body(tok)
                    if skipped is None:
                        break
                    tok = skipped
                self._at_line_start = False
                yield from self._indentation(tok)
                self.line_first = tok
                if tok.type == "NAME" and tok.value == "match" and self._starts_match():
                    tok.type = "MATCH"
                    self._skip_body = True
                    self._match = tok
            kind = tok.type
            if kind == "NAME" and not tok.value.isascii():
                self._check_identifier(tok)
            if kind in OPEN_BRACKETS:
                if len(self.brackets) >= MAX_BRACKETS:
                    raise ParseFailure(TOO_DEEP_MESSAGE, token_span(self.path, tok), TOO_DEEP)
                if kind == "LPAR" and self.last is not None and self.last.type == "WITH":
                    if self._starts_with_items():
                        tok.type = "WITH_LPAR"
                self.brackets.append(tok)
            elif kind in CLOSE_BRACKETS:
                self._close(tok)
            self.last = tok
            yield tok
        if self.brackets:
            opener = self.brackets[-1]
            raise ParseFailure(f"'{opener.value}' was never closed", token_span(self.path, opener))
        if not self._at_line_start and not self.in_field:
            yield self._newline(None)
        anchor = self.last
        while len(self._indents) > 1:
            self._indents.pop()
            yield self._synthetic("_DEDENT", anchor, at_end=True)

    # ------------------------------------------------------------ raw tokens

    def _next(self) -> Token | None:
        if self._ahead:
            return self._ahead.popleft()
        return self._pull()

    def _pull(self) -> Token | None:
        tok = next(self._raw, None)
        if tok is not None and self._origin is not None:
            self._move(tok, self._origin)
        return tok

    def _lookahead(self) -> Iterator[Token]:
        """The tokens after the current one, without consuming them."""
        i = 0
        while True:
            if i < len(self._ahead):
                yield self._ahead[i]
            else:
                tok = self._pull()
                if tok is None:
                    return
                self._ahead.append(tok)
                yield tok
            i += 1

    @staticmethod
    def _move(tok: Token, origin: tuple[int, int]) -> None:
        line, col = origin
        if tok.line == 1 and tok.column is not None:
            tok.column += col - 1
        if tok.end_line == 1 and tok.end_column is not None:
            tok.end_column += col - 1
        if tok.line is not None:
            tok.line += line - 1
        if tok.end_line is not None:
            tok.end_line += line - 1

    # ------------------------------------------------------------ lines and indentation

    def _newline(self, raw: Token | None) -> Token:
        """The end of a logical line, where CPython puts it: after the blanks that follow
        the last token, at a comment or the newline character (or the end of the file)."""
        self.header = self.line_first
        tok = self._synthetic("_NEWLINE", self.last, at_end=True)
        last = self.last
        if raw is not None and last is not None and last.end_line == raw.line:
            line = self.lines[(raw.line or 1) - 1]
            start = (last.end_column or 1) - 1
            rest = line[start : (raw.column or 1) - 1]
            col = start + 1 + len(rest) - len(rest.lstrip(" \t\f"))
            tok.column, tok.end_column = col, col + 1
        return tok

    def _synthetic(self, kind: str, anchor: Token | None, at_end: bool = False) -> Token:
        if anchor is None:
            return Token(kind, "", 0, 1, 1, 1, 1, 0)
        if at_end:
            line, col = anchor.end_line, anchor.end_column
        else:
            line, col = anchor.line, anchor.column
        end_col = col + 1 if col is not None else None
        return Token(kind, "", anchor.end_pos, line, col, line, end_col, anchor.end_pos)

    def _measure(self, tok: Token) -> tuple[int, int]:
        line = self.lines[(tok.line or 1) - 1]
        col = alt = 0
        for ch in line[: (tok.column or 1) - 1]:
            if ch == "\t":
                col = (col // 8 + 1) * 8
                alt += 1
            elif ch == "\f":
                col = alt = 0
            else:
                col += 1
                alt += 1
        return col, alt

    def _indentation(self, tok: Token) -> Iterator[Token]:
        col, alt = self._measure(tok)
        top_col, top_alt = self._indents[-1]
        if col == top_col:
            if alt != top_alt:
                self._inconsistent(tok)
        elif col > top_col:
            if alt <= top_alt:
                self._inconsistent(tok)
            if len(self._indents) >= MAX_INDENT:
                raise ParseFailure(TOO_DEEP_MESSAGE, token_span(self.path, tok), TOO_DEEP)
            self._indents.append((col, alt))
            yield self._synthetic("_INDENT", tok)
        else:
            while col < self._indents[-1][0]:
                self._indents.pop()
                yield self._synthetic("_DEDENT", tok)
            if col != self._indents[-1][0]:
                raise ParseFailure(
                    "unindent does not match any outer indentation level",
                    token_span(self.path, tok),
                )
            if alt != self._indents[-1][1]:
                self._inconsistent(tok)

    def _inconsistent(self, tok: Token) -> NoReturn:
        raise ParseFailure(
            "inconsistent use of tabs and spaces in indentation",
            point_span(self.path, tok.line or 1, 1),
        )

    def _check_identifier(self, tok: Token) -> None:
        """A non-ASCII NAME must be an identifier; else name its first bad character."""
        text = str(tok)
        if text.isidentifier():
            return
        i = 0
        while text[: i + 1].isidentifier():
            i += 1
        ch = text[i]
        span = point_span(self.path, tok.line or 1, (tok.column or 1) + i)
        if ch.isprintable():
            raise ParseFailure(f"invalid character '{ch}' (U+{ord(ch):04X})", span)
        raise ParseFailure(f"invalid non-printable character U+{ord(ch):04X}", span)

    # ------------------------------------------------------------ brackets

    def _close(self, tok: Token) -> None:
        if not self.brackets:
            if self.in_field:
                return  # the field's own brackets were checked by fstrings.py
            raise ParseFailure(f"unmatched '{tok.value}'", token_span(self.path, tok))
        opener = self.brackets.pop()
        if OPEN_BRACKETS[opener.type] != CLOSE_BRACKETS[tok.type]:
            where = "" if opener.line == tok.line else f" on line {opener.line}"
            raise ParseFailure(
                f"closing parenthesis '{tok.value}' does not match opening parenthesis "
                f"'{opener.value}'{where}",
                token_span(self.path, tok),
            )

    # ------------------------------------------------------------ soft syntax

    def _logical_line(self) -> list[Token]:
        """The rest of the current logical line (after the current token)."""
        depth = 0
        out: list[Token] = []
        for tok in self._lookahead():
            if tok.type in OPEN_BRACKETS:
                depth += 1
            elif tok.type in CLOSE_BRACKETS:
                depth = max(depth - 1, 0)
            elif tok.type == "_NEWLINE" and depth == 0:
                break
            out.append(tok)
        return out

    def _starts_match(self) -> bool:
        rest = self._logical_line()
        return bool(rest) and rest[0].type in _EXPR_START and rest[-1].type == "COLON"

    def _starts_with_items(self) -> bool:
        depth = 1
        items = False
        prev = "LPAR"
        ahead = self._lookahead()
        for tok in ahead:
            kind = tok.type
            if kind in OPEN_BRACKETS:
                depth += 1
            elif kind in CLOSE_BRACKETS:
                depth -= 1
                if depth == 0:
                    after = next(ahead, None)
                    return items and after is not None and after.type == "COLON"
            elif depth == 1:
                if kind in ("AS", "COMMA"):
                    items = True
                elif kind in ("FOR", "YIELD", "WALRUS"):
                    return False
                elif kind == "STAR" and prev in ("LPAR", "COMMA"):
                    return False
            prev = kind
        return False

    def _skip_match_body(self, first: Token) -> Token | None:
        """Consume the block of a match statement; return the first token after it."""
        level = self._indents[-1][0]
        if self._measure(first)[0] <= level:
            line = self.header.line if self.header is not None else first.line
            raise ParseFailure(
                f"expected an indented block after 'match' statement on line {line}",
                token_span(self.path, first),
            )
        depth = 0
        at_line_start = False
        tok: Token | None = first
        match = self._match
        key = (match.line or 1, match.column or 1) if match is not None else (0, 0)
        while tok is not None:
            kind = tok.type
            if kind == "_NEWLINE":
                at_line_start = depth == 0
            else:
                if at_line_start:
                    at_line_start = False
                    if self._measure(tok)[0] <= level:
                        return tok
                if kind in OPEN_BRACKETS:
                    depth += 1
                elif kind in CLOSE_BRACKETS:
                    depth = max(depth - 1, 0)
                self._match_ends[key] = (tok.end_line or 1, tok.end_column or 1)
            tok = self._next()
        return None
