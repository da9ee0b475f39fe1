"""The parser driver: source text to `ast.Module`, or a CompileError.

Phase: frontend. Input: a path and the text of a Python 3.11 source file. Output: an
`ast.Module` whose every node has a span, or `CompileError` with one diagnostic.

How: Lark's basic lexer reads grammar/py4.lark's tokens; lexer.TokenStream adds
Python's indentation and bracket rules; the tokens are fed to Lark's LALR(1) parser,
which calls the rule methods of statements.StatementBuilder (an inline transformer) as
it reduces, so the tree is built as `ast` nodes directly and no Lark tree exists.

Invariants:
- The Lark parser is built once per process (and its tables cached on disk by Lark).
- Nothing but CompileError leaves `parse_source`: Lark's exceptions become "syntax"
  diagnostics with CPython 3.11's messages at the offending token; nesting deeper than
  the limits (brackets and indentation in lexer.py, MAX_DEPTH levels of nodes here) is
  a "too-deep" diagnostic, so later phases may recurse over the tree safely; anything
  unexpected is an "internal" diagnostic rather than a traceback.
- Parsing is serialized by a lock: the builder holds the path of the file being parsed.
"""

from __future__ import annotations

import dataclasses
import functools
import threading
from typing import cast

from lark import Lark, Token
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from py4c.diagnostics import CompileError, error
from py4c.frontend import ast
from py4c.frontend.lexer import TokenStream
from py4c.frontend.spans import TOO_DEEP, TOO_DEEP_MESSAGE, ParseFailure, point_span, token_span
from py4c.frontend.statements import StatementBuilder
from py4c.grammar import grammar_path

# Deepest allowed nesting of nodes, statements and expressions together (an `elif`
# counts as a level, as it is an If nested in the orelse of the one before). The
# standard library needs at most about 30. A later phase that recurses over the tree
# with up to 3 Python frames per level stays under the default recursion limit.
MAX_DEPTH = 300

_LOCK = threading.RLock()


class TreeBuilder(StatementBuilder):
    """All rule methods; Lark calls them with the children of each reduced rule."""


_BUILDER = TreeBuilder()


@functools.lru_cache(maxsize=1)
def _lark() -> Lark:
    with open(grammar_path(), encoding="utf-8") as f:
        grammar = f.read()
    return Lark(
        grammar,
        parser="lalr",
        lexer="basic",
        start=["file_input", "eval_input"],
        transformer=_BUILDER,
        maybe_placeholders=True,
        cache=True,
    )


def parse_source(path: str, source: str, module_name: str = "__main__") -> ast.Module:
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    with _LOCK:
        _BUILDER.path = path
        _BUILDER.parse_field = _parse_field
        _BUILDER.parens = {}
        _BUILDER.match_ends = {}
        _BUILDER.semicolons = {}
        try:
            body = cast(tuple[ast.Stmt, ...], _parse_text(text, lines, path, "file_input", None))
            check_depth(body)
        except ParseFailure as exc:
            raise CompileError([error(exc.code, exc.span, exc.message)]) from None
        except RecursionError:
            span = point_span(path, 1, 1)
            raise CompileError([error(TOO_DEEP, span, TOO_DEEP_MESSAGE)]) from None
        except CompileError:
            raise
        except Exception as exc:  # a bug here must still not be a traceback
            span = point_span(path, 1, 1)
            message = f"internal error in the parser: {type(exc).__name__}: {exc}"
            raise CompileError([error("internal", span, message)]) from None
        finally:
            _BUILDER.parens, _BUILDER.semicolons = {}, {}
    end_line = len(lines)
    span = ast.Span(path, 1, 1, end_line, len(lines[-1]) + 1)
    return ast.Module(path, module_name, body, source, span)


def _parse_field(text: str, line: int, col: int) -> ast.Expr:
    """Parse the expression of an f-string field found at (line, col) of the file."""
    return cast(ast.Expr, _parse_text(text, [], _BUILDER.path, "eval_input", (line, col)))


def _parse_text(
    text: str, lines: list[str], path: str, start: str, origin: tuple[int, int] | None
) -> object:
    lark = _lark()
    stream = TokenStream(iter(lark.lex(text)), lines, path, origin, _BUILDER.match_ends)
    parser = lark.parse_interactive(start=start)
    before: Token | None = None
    try:
        for tok in stream:
            parser.feed_token(tok)
            before = tok
        last = stream.last
        end = Token("$END", "", 0, 1, 1, 1, 1, 0)
        if last is not None:  # the end of the text is reported just after its last token
            end = Token.new_borrow_pos("$END", "", last)
            end.line, end.column = last.end_line, last.end_column
        return parser.feed_token(end)
    except UnexpectedToken as exc:
        raise _syntax_error(exc, stream, before, path) from None
    except UnexpectedCharacters as exc:
        raise _character_error(exc, text, path, origin) from None
    except UnexpectedInput as exc:
        line, col = exc.line if exc.line > 0 else 1, exc.column if exc.column > 0 else 1
        raise ParseFailure("invalid syntax", point_span(path, line, col)) from None


# ---------------------------------------------------------------- error messages

_HEADERS = {
    "IF": "'if' statement", "ELIF": "'elif' statement", "ELSE": "'else' statement",
    "WHILE": "'while' statement", "FOR": "'for' statement", "WITH": "'with' statement",
    "TRY": "'try' statement", "EXCEPT": "'except' statement",
    "FINALLY": "'finally' statement", "DEF": "function definition",
    "ASYNC": "function definition", "CLASS": "class definition",
}
_ENDS_OPERAND = frozenset({
    "NAME", "NUMBER", "STRING", "RPAR", "RSQB", "RBRACE", "NONE", "TRUE", "FALSE", "ELLIPSIS",
})
_STARTS_OPERAND = frozenset({
    "NAME", "NUMBER", "STRING", "LPAR", "LSQB", "LBRACE", "NONE", "TRUE", "FALSE",
    "ELLIPSIS", "LAMBDA", "NOT", "AWAIT", "TILDE",
})


def _syntax_error(
    exc: UnexpectedToken, stream: TokenStream, before: Token | None, path: str
) -> ParseFailure:
    """CPython 3.11's message for the token the parser could not take after `before`."""
    tok: Token = exc.token
    kind = tok.type
    expected = set(exc.expected)
    span = token_span(path, tok)
    if kind == "_INDENT":
        return ParseFailure("unexpected indent", span)
    if "_INDENT" in expected:
        header = stream.header
        what = _HEADERS.get(header.type, "statement") if header is not None else "statement"
        line = header.line if header is not None else tok.line
        return ParseFailure(f"expected an indented block after {what} on line {line}", span)
    if stream.brackets:
        opener = stream.brackets[-1]
        if kind in ("$END", "_DEDENT", "_NEWLINE") or (tok.line or 0) > (opener.line or 0):
            return ParseFailure(f"'{opener.value}' was never closed", token_span(path, opener))
    if kind == "_NEWLINE" and "COLON" in expected:
        return ParseFailure("expected ':'", span)
    if expected == {"ELSE"}:
        return ParseFailure("expected 'else' after 'if' expression", span)
    if {"EXCEPT", "FINALLY"} <= expected:
        return ParseFailure("expected 'except' or 'finally' block", span)
    if before is not None and kind in _STARTS_OPERAND and before.type in _ENDS_OPERAND:
        adjacent = before.end_line == tok.line and before.end_column == tok.column
        if before.type == "NUMBER" and kind == "NAME" and adjacent:
            digits = str(before) + str(tok)
            base = {"x": "hexadecimal", "o": "octal", "b": "binary"}.get(digits[1:2].lower())
            if not digits.startswith("0"):
                base = None
            return ParseFailure(f"invalid {base or 'decimal'} literal", span)
        line_first = stream.line_first
        if (
            before is line_first
            and before.type == "NAME"
            and str(before) in ("print", "exec")
            and not stream.brackets
        ):
            return ParseFailure(
                f"Missing parentheses in call to '{before}'. Did you mean {before}(...)?",
                token_span(path, before),
            )
        if stream.brackets or stream.in_field:
            both = ast.Span(
                path, before.line or 1, before.column or 1, tok.end_line or 1, tok.end_column or 1
            )
            return ParseFailure("invalid syntax. Perhaps you forgot a comma?", both)
    if kind == "EQUAL" and stream.brackets and stream.brackets[-1].value == "(":
        return ParseFailure('expression cannot contain assignment, perhaps you meant "=="?', span)
    first = stream.line_first
    after_comma = before is not None and before.type == "COMMA"
    if kind == "_NEWLINE" and after_comma and first is not None and first.type == "FROM":
        return ParseFailure("trailing comma not allowed without surrounding parentheses", span)
    if kind == "COMMA" and first is not None and first.type == "EXCEPT":
        return ParseFailure("multiple exception types must be parenthesized", span)
    return ParseFailure("invalid syntax", span)


def _character_error(
    exc: UnexpectedCharacters, text: str, path: str, origin: tuple[int, int] | None
) -> ParseFailure:
    pos = exc.pos_in_stream or 0
    line, col = exc.line or 1, exc.column or 1
    if origin is not None:
        if line == 1:
            col += origin[1] - 1
        line += origin[0] - 1
    ch = text[pos]
    if ch in "'\"":
        start = pos
        triple = text.startswith(ch * 3, pos)
        prefix_start = start
        while prefix_start > 0 and text[prefix_start - 1] in "rRbBuUfF" and start - prefix_start < 2:
            prefix_start -= 1
        if prefix_start > 0 and (text[prefix_start - 1].isalnum() or text[prefix_start - 1] == "_"):
            prefix_start = start
        span = point_span(path, line, col - (pos - prefix_start))
        if triple:
            last = text.count("\n") + (0 if text.endswith("\n") else 1)
            return ParseFailure(
                f"unterminated triple-quoted string literal (detected at line {last})", span
            )
        return ParseFailure(
            f"unterminated string literal (detected at line {_string_end_line(text, pos, line)})",
            span,
        )
    span = point_span(path, line, col)
    if ch == "\\":
        after = point_span(path, line, col + 1)  # CPython points just after the backslash
        if text[pos + 1 :].strip() == "":
            return ParseFailure("unexpected EOF while parsing", after)
        return ParseFailure("unexpected character after line continuation character", after)
    if ch.isascii() and ch.isprintable():
        return ParseFailure("invalid syntax", span)
    if ch.isprintable():
        return ParseFailure(f"invalid character '{ch}' (U+{ord(ch):04X})", span)
    return ParseFailure(f"invalid non-printable character U+{ord(ch):04X}", span)


def _string_end_line(text: str, pos: int, line: int) -> int:
    """The line where an unterminated one-line string is noticed (after continuations)."""
    i = pos + 1
    while i < len(text) and text[i] != "\n":
        if text[i] == "\\" and i + 1 < len(text):
            if text[i + 1] == "\n":
                line += 1
            i += 2
            continue
        i += 1
    return line


# ---------------------------------------------------------------- nesting depth

_NODE_TYPES = frozenset(
    cls for cls in vars(ast).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls is not ast.Span
)
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls) if f.name != "span") for cls in _NODE_TYPES
}


def check_depth(body: tuple[ast.Stmt, ...]) -> None:
    """Fail with "too-deep" at the first node nested more than MAX_DEPTH levels deep."""
    stack: list[tuple[object, int]] = [(stmt, 1) for stmt in reversed(body)]
    node_types = _NODE_TYPES
    child_fields = _CHILD_FIELDS
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            span: ast.Span = getattr(node, "span")
            raise ParseFailure(TOO_DEEP_MESSAGE, span, TOO_DEEP)
        for name in child_fields[type(node)]:
            value = getattr(node, name)
            if type(value) is tuple:
                for item in value:
                    if type(item) in node_types:
                        stack.append((item, depth + 1))
            elif type(value) in node_types:
                stack.append((value, depth + 1))
