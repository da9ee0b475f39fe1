"""Expression rules of grammar/py4.lark: Lark children to `ast` expression nodes.

Phase: frontend (internal). Input: the children of one reduced grammar rule (tokens,
finished nodes, and the small helper values defined here), handed over by Lark while it
parses (an inline transformer: no parse tree is built, and nothing here recurses, so
deep nesting cannot overflow the Python stack). Output: `ast` nodes.

Invariants:
- Each method is named after its rule (or alias), with the rule written above it.
  Children arrive in grammar order; `[x]` gives None when absent; anonymous
  punctuation is dropped, named terminals (LPAR, COMMA, ...) are kept for spans.
- Spans are CPython's: a node starts where its source starts (a BinOp at its left
  operand, a tuple display at its '(') and ends one past its last character. A
  parenthesized expression keeps its own span, but the node around it includes the
  brackets (`(a).b` starts at the '('), which `join` looks up in `parens`.
- Nothing is folded: `-1` is UnaryOp("-", IntLit(1)); `(x)` is just x.
- Constructs Python's parser rejects are ParseFailures with CPython's message;
  constructs py4 rejects are built normally, for the checker to name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from lark import Token

from py4c.frontend import ast
from py4c.frontend import spans as sp
from py4c.frontend.fstrings import ParseField, Part, fstring_parts
from py4c.frontend.literals import number_literal, split_string, string_value
from py4c.frontend.spans import ParseFailure

# The children Lark hands to a rule method. Their kinds are fixed by the grammar, so a
# method reads them by position and binds them to typed names at once.
Kids = list[Any]


@dataclass(frozen=True, slots=True)
class CallArgs:
    args: tuple[ast.Expr, ...]
    keywords: tuple[ast.Keyword, ...]
    genexp: BareGenexp | None  # `f(x for x in y)`: its span is the call's brackets


@dataclass(frozen=True, slots=True)
class BareGenexp:
    elt: ast.Expr
    generators: tuple[ast.Comprehension, ...]
    span: ast.Span


@dataclass(frozen=True, slots=True)
class DictEntry:
    key: ast.Expr | None  # None for `**mapping`
    value: ast.Expr
    span: ast.Span


@dataclass(frozen=True, slots=True)
class ParamPiece:
    """One parameter before its kind is known (that depends on `/` and `*` around it)."""

    marker: str  # "plain", "star" (*args or a bare *), "kwargs"
    name: str | None
    annotation: ast.Expr | None
    default: ast.Expr | None
    span: ast.Span  # CPython's: the name through the annotation
    whole: ast.Span  # through the default, for the span of Params


class ExpressionBuilder:
    """Rule methods for expressions; `path`, `parse_field`, `parens` are set per parse."""

    path: str = "<unknown>"
    parse_field: ParseField
    # The extent, brackets included, of each parenthesized expression (by id; the node
    # is kept too so that its id stays unique). `(a).b` keeps the span of `a` but, as in
    # CPython, the Attribute starts at the '('.
    parens: dict[int, tuple[object, ast.Span]]

    def join(self, first: sp.Located, last: sp.Located) -> ast.Span:
        """The span from the start of `first` to the end of `last`, brackets included."""
        outer = self.parens.get(id(first))
        line, col = sp.start_of(outer[1] if outer is not None else first)
        outer = self.parens.get(id(last))
        end_line, end_col = sp.end_of(outer[1] if outer is not None else last)
        return ast.Span(self.path, line, col, end_line, end_col)

    def tspan(self, tok: Token) -> ast.Span:
        return sp.token_span(self.path, tok)

    def fail(self, message: str, where: sp.Located) -> ParseFailure:
        line, col = sp.start_of(where)
        end_line, end_col = sp.end_of(where)
        return ParseFailure(message, ast.Span(self.path, line, col, end_line, end_col))

    # ------------------------------------------------------------ atoms

    # atom: NAME
    def name(self, c: Kids) -> ast.Name:
        tok: Token = c[0]
        return ast.Name(identifier(tok), self.tspan(tok))

    # atom: NUMBER
    def number(self, c: Kids) -> ast.IntLit | ast.FloatLit | ast.ImagLit:
        tok: Token = c[0]
        return number_literal(str(tok), self.tspan(tok))

    # atom: STRING+
    def strings(self, c: Kids) -> ast.StrLit | ast.BytesLit | ast.JoinedStr:
        toks: list[Token] = c
        span = self.join(toks[0], toks[-1])
        pieces = [split_string(str(t)) for t in toks]
        kinds = {p.is_bytes for p in pieces}
        if len(kinds) > 1:
            other = next(t for t, p in zip(toks, pieces) if p.is_bytes != pieces[0].is_bytes)
            raise self.fail("cannot mix bytes and nonbytes literals", other)
        if pieces[0].is_bytes:
            data = b"".join(_as_bytes(string_value(p, self.tspan(t))) for t, p in zip(toks, pieces))
            return ast.BytesLit(data, span)
        if not any(p.is_fstring for p in pieces):
            text = "".join(_as_str(string_value(p, self.tspan(t))) for t, p in zip(toks, pieces))
            return ast.StrLit(text, span)
        parts: list[Part] = []
        for tok, piece in zip(toks, pieces):
            if piece.is_fstring:
                new = fstring_parts(tok, piece, self.path, self.parse_field)
            else:
                value = _as_str(string_value(piece, self.tspan(tok)))
                new = [ast.StrLit(value, self.tspan(tok))] if value else []
            for part in new:
                last = parts[-1] if parts else None
                if isinstance(part, ast.StrLit) and isinstance(last, ast.StrLit):
                    parts[-1] = ast.StrLit(last.value + part.value, sp.join(self.path, last, part))
                else:
                    parts.append(part)
        return ast.JoinedStr(tuple(parts), span)

    # atom: ELLIPSIS
    def ellipsis(self, c: Kids) -> ast.EllipsisLit:
        return ast.EllipsisLit(self.tspan(c[0]))

    # atom: NONE
    def none(self, c: Kids) -> ast.NoneLit:
        return ast.NoneLit(self.tspan(c[0]))

    # atom: TRUE
    def true(self, c: Kids) -> ast.BoolLit:
        return ast.BoolLit(True, self.tspan(c[0]))

    # atom: FALSE
    def false(self, c: Kids) -> ast.BoolLit:
        return ast.BoolLit(False, self.tspan(c[0]))

    # ------------------------------------------------------------ displays

    # atom: LPAR _items? RPAR
    # _items: (namedexpr_test | star_expr) ("," (namedexpr_test | star_expr))* [COMMA]
    def paren(self, c: Kids) -> ast.Expr:
        elts, trailing = elements(c[1:-1])
        if len(elts) == 1 and not trailing:
            if isinstance(elts[0], ast.Starred):
                raise self.fail("cannot use starred expression here", elts[0])
            self.parens[id(elts[0])] = (elts[0], self.join(c[0], c[-1]))
            return elts[0]  # a parenthesized expression keeps its own span
        return ast.TupleExpr(tuple(elts), self.join(c[0], c[-1]))

    # atom: LPAR namedexpr_test comp_fors RPAR
    def genexp(self, c: Kids) -> ast.GeneratorExp:
        return ast.GeneratorExp(c[1], c[2], self.join(c[0], c[-1]))

    # atom: LPAR yield_expr RPAR
    def paren_yield(self, c: Kids) -> ast.Expr:
        value: ast.Expr = c[1]
        self.parens[id(value)] = (value, self.join(c[0], c[-1]))
        return value

    # atom: LSQB _items? RSQB
    def list_display(self, c: Kids) -> ast.ListExpr:
        elts, _ = elements(c[1:-1])
        return ast.ListExpr(tuple(elts), self.join(c[0], c[-1]))

    # atom: LSQB namedexpr_test comp_fors RSQB
    def list_comp(self, c: Kids) -> ast.ListComp:
        return ast.ListComp(c[1], c[2], self.join(c[0], c[-1]))

    # atom: LBRACE RBRACE
    def empty_dict(self, c: Kids) -> ast.DictExpr:
        return ast.DictExpr((), (), self.join(c[0], c[-1]))

    # atom: LBRACE _items RBRACE
    def set_display(self, c: Kids) -> ast.SetExpr:
        elts, _ = elements(c[1:-1])
        return ast.SetExpr(tuple(elts), self.join(c[0], c[-1]))

    # atom: LBRACE namedexpr_test comp_fors RBRACE
    def set_comp(self, c: Kids) -> ast.SetComp:
        return ast.SetComp(c[1], c[2], self.join(c[0], c[-1]))

    # atom: LBRACE dict_entry ("," dict_entry)* [COMMA] RBRACE
    def dict_display(self, c: Kids) -> ast.DictExpr:
        entries: list[DictEntry] = [e for e in c[1:-1] if isinstance(e, DictEntry)]
        keys = tuple(e.key for e in entries)
        values = tuple(e.value for e in entries)
        return ast.DictExpr(keys, values, self.join(c[0], c[-1]))

    # atom: LBRACE dict_entry comp_fors RBRACE
    def dict_comp(self, c: Kids) -> ast.DictComp:
        entry: DictEntry = c[1]
        if entry.key is None:
            raise self.fail("dict unpacking cannot be used in dict comprehension", entry)
        return ast.DictComp(entry.key, entry.value, c[2], self.join(c[0], c[-1]))

    # dict_entry: test ":" test
    def dict_entry(self, c: Kids) -> DictEntry:
        return DictEntry(c[0], c[1], self.join(c[0], c[1]))

    # dict_entry: DOUBLESTAR expr
    def dict_unpack(self, c: Kids) -> DictEntry:
        return DictEntry(None, c[1], self.join(c[0], c[1]))

    # ------------------------------------------------------------ comprehensions

    # comp_fors: comp_for+
    def comp_fors(self, c: Kids) -> tuple[ast.Comprehension, ...]:
        return tuple(c)

    # comp_for: [ASYNC] FOR exprlist "in" or_test ("if" or_test)*
    def comp_for(self, c: Kids) -> ast.Comprehension:
        first: Token = c[0] if c[0] is not None else c[1]
        target: ast.Expr = c[2]
        check_target(self, target, "for")
        ifs: tuple[ast.Expr, ...] = tuple(c[4:])
        return ast.Comprehension(target, c[3], ifs, c[0] is not None, self.join(first, c[-1]))

    # ------------------------------------------------------------ primaries

    # primary: primary "." NAME
    def attribute(self, c: Kids) -> ast.Attribute:
        return ast.Attribute(c[0], identifier(c[1]), self.join(c[0], c[1]))

    # primary: primary LPAR [arguments] RPAR
    def call(self, c: Kids) -> ast.Call:
        func: ast.Expr = c[0]
        args: CallArgs | None = c[2]
        span = self.join(func, c[3])
        if args is None:
            return ast.Call(func, (), (), span)
        if args.genexp is not None:
            gen = ast.GeneratorExp(args.genexp.elt, args.genexp.generators, self.join(c[1], c[3]))
            return ast.Call(func, (gen,), (), span)
        return ast.Call(func, args.args, args.keywords, span)

    # primary: primary "[" subscripts RSQB
    def subscript(self, c: Kids) -> ast.Subscript:
        return ast.Subscript(c[0], c[1], self.join(c[0], c[2]))

    # subscripts: _subscript ("," _subscript)* [COMMA]
    # _subscript: namedexpr_test | star_expr | slice
    def subscripts(self, c: Kids) -> ast.Expr:
        elts, trailing = elements(c)
        if len(elts) == 1 and not trailing and not isinstance(elts[0], ast.Starred):
            return elts[0]
        last = c[-1] if c[-1] is not None else elts[-1]
        return ast.TupleExpr(tuple(elts), self.join(elts[0], last))

    # slice: [test] COLON [test] [COLON [test]]
    def slice(self, c: Kids) -> ast.Slice:
        present = [x for x in c if x is not None]
        return ast.Slice(c[0], c[2], c[4], self.join(present[0], present[-1]))

    # arguments: _argument ("," _argument)* [COMMA]
    # _argument: namedexpr_test | star_arg | keyword_arg | kwstar_arg | bare_genexp
    def arguments(self, c: Kids) -> CallArgs:
        items = [x for x in c if x is not None and not isinstance(x, Token)]
        trailing = isinstance(c[-1], Token)
        args: list[ast.Expr] = []
        keywords: list[ast.Keyword] = []
        for item in items:
            if isinstance(item, BareGenexp):
                if len(items) > 1 or trailing:
                    raise self.fail("Generator expression must be parenthesized", item)
                return CallArgs((), (), item)
            if isinstance(item, ast.Keyword):
                keywords.append(item)
            elif isinstance(item, ast.Starred):
                if any(k.name is None for k in keywords):
                    raise self.fail(
                        "iterable argument unpacking follows keyword argument unpacking", item
                    )
                args.append(item)
            else:
                if any(k.name is None for k in keywords):
                    raise self.fail("positional argument follows keyword argument unpacking", item)
                if keywords:
                    raise self.fail("positional argument follows keyword argument", item)
                args.append(item)
        return CallArgs(tuple(args), tuple(keywords), None)

    # star_arg: STAR test
    def star_arg(self, c: Kids) -> ast.Starred:
        return ast.Starred(c[1], self.join(c[0], c[1]))

    # keyword_arg: NAME "=" test
    def keyword_arg(self, c: Kids) -> ast.Keyword:
        return ast.Keyword(identifier(c[0]), c[1], self.join(c[0], c[1]))

    # kwstar_arg: DOUBLESTAR test
    def kwstar_arg(self, c: Kids) -> ast.Keyword:
        return ast.Keyword(None, c[1], self.join(c[0], c[1]))

    # bare_genexp: namedexpr_test comp_fors
    def bare_genexp(self, c: Kids) -> BareGenexp:
        gens: tuple[ast.Comprehension, ...] = c[1]
        return BareGenexp(c[0], gens, self.join(c[0], gens[-1]))

    # ------------------------------------------------------------ operators

    # await_primary: AWAIT primary
    def await_expr(self, c: Kids) -> ast.Await:
        return ast.Await(c[1], self.join(c[0], c[1]))

    # power: await_primary DOUBLESTAR factor
    # term: term (STAR | SLASH | DOUBLESLASH | PERCENT | AT) factor
    # arith_expr, shift_expr, and_expr, xor_expr, expr: likewise
    def binop(self, c: Kids) -> ast.BinOp:
        op: Token = c[1]
        return ast.BinOp(op.value, c[0], c[2], self.join(c[0], c[2]))

    # factor: (PLUS | MINUS | TILDE) factor
    def unaryop(self, c: Kids) -> ast.UnaryOp:
        op: Token = c[0]
        return ast.UnaryOp(op.value, c[1], self.join(op, c[1]))

    # comparison: expr (comp_op expr)*
    def comparison(self, c: Kids) -> ast.Compare:
        ops: tuple[str, ...] = tuple(c[1::2])
        rest: tuple[ast.Expr, ...] = tuple(c[2::2])
        return ast.Compare(c[0], ops, rest, self.join(c[0], c[-1]))

    # !comp_op: "<" | ">" | "==" | ">=" | "<=" | "!=" | "in" | "not" "in" | "is" | "is" "not"
    def comp_op(self, c: Kids) -> str:
        return " ".join(str(t) for t in c)

    # not_test: NOT not_test
    def not_test(self, c: Kids) -> ast.UnaryOp:
        return ast.UnaryOp("not", c[1], self.join(c[0], c[1]))

    # and_test: not_test ("and" not_test)*
    def and_test(self, c: Kids) -> ast.BoolOp:
        return ast.BoolOp("and", tuple(c), self.join(c[0], c[-1]))

    # or_test: and_test ("or" and_test)*
    def or_test(self, c: Kids) -> ast.BoolOp:
        return ast.BoolOp("or", tuple(c), self.join(c[0], c[-1]))

    # test: or_test "if" or_test "else" test
    def ifexp(self, c: Kids) -> ast.IfExp:
        return ast.IfExp(c[1], c[0], c[2], self.join(c[0], c[2]))

    # namedexpr: NAME ":=" test
    def namedexpr(self, c: Kids) -> ast.NamedExpr:
        target = ast.Name(identifier(c[0]), self.tspan(c[0]))
        return ast.NamedExpr(target, c[1], self.join(c[0], c[1]))

    # lambdef: LAMBDA [lambda_params] ":" test
    def lambdef(self, c: Kids) -> ast.Lambda:
        kw: Token = c[0]
        params: ast.Params | None = c[1]
        if params is None:
            line, col = sp.end_of(kw)
            params = ast.Params((), ast.Span(self.path, line, col, line, col))
        return ast.Lambda(params, c[2], self.join(kw, c[2]))

    # star_expr: STAR expr
    def star_expr(self, c: Kids) -> ast.Starred:
        return ast.Starred(c[1], self.join(c[0], c[1]))

    # testlist_star_expr: test_or_star ("," test_or_star)+ [COMMA] | test_or_star COMMA
    # exprlist: likewise with expr_or_star
    def bare_tuple(self, c: Kids) -> ast.TupleExpr:
        elts, _ = elements(c)
        last = c[-1] if c[-1] is not None else elts[-1]
        return ast.TupleExpr(tuple(elts), self.join(elts[0], last))

    # yield_expr: YIELD [testlist_star_expr]
    def yield_expr(self, c: Kids) -> ast.Yield:
        value: ast.Expr | None = c[1]
        return ast.Yield(value, self.join(c[0], value if value is not None else c[0]))

    # yield_expr: YIELD "from" test
    def yield_from(self, c: Kids) -> ast.YieldFrom:
        return ast.YieldFrom(c[1], self.join(c[0], c[1]))

    # ------------------------------------------------------------ f-string fields

    # eval_input: _items
    def eval_input(self, c: Kids) -> ast.Expr:
        elts, trailing = elements(c)
        if len(elts) == 1 and not trailing:
            if isinstance(elts[0], ast.Starred):
                raise self.fail("cannot use starred expression here", elts[0])
            return elts[0]
        last = c[-1] if c[-1] is not None else elts[-1]
        return ast.TupleExpr(tuple(elts), self.join(elts[0], last))

    # eval_input: namedexpr_test comp_fors
    def eval_genexp(self, c: Kids) -> ast.GeneratorExp:
        gens: tuple[ast.Comprehension, ...] = c[1]
        return ast.GeneratorExp(c[0], gens, self.join(c[0], gens[-1]))

    # eval_input: yield_expr
    def eval_yield(self, c: Kids) -> ast.Expr:
        value: ast.Expr = c[0]
        return value


# ---------------------------------------------------------------- helpers


def identifier(tok: Token) -> str:
    """A NAME as Python sees it: NFKC-normalized (PEP 3131)."""
    text = str(tok)
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def elements(items: Kids) -> tuple[list[ast.Expr], bool]:
    """The expressions of a comma-separated list, and whether a trailing comma ended it."""
    elts = [x for x in items if x is not None and not isinstance(x, Token)]
    trailing = any(isinstance(x, Token) and x.type == "COMMA" for x in items)
    return elts, trailing


def _as_str(value: str | bytes) -> str:
    assert isinstance(value, str)
    return value


def _as_bytes(value: str | bytes) -> bytes:
    assert isinstance(value, bytes)
    return value


_EXPR_NAMES: dict[type, str] = {
    ast.Attribute: "attribute", ast.Subscript: "subscript", ast.Starred: "starred",
    ast.Name: "name", ast.ListExpr: "list", ast.TupleExpr: "tuple", ast.Lambda: "lambda",
    ast.Call: "function call", ast.BoolOp: "expression", ast.BinOp: "expression",
    ast.UnaryOp: "expression", ast.GeneratorExp: "generator expression",
    ast.Yield: "yield expression", ast.YieldFrom: "yield expression",
    ast.Await: "await expression", ast.ListComp: "list comprehension",
    ast.SetComp: "set comprehension", ast.DictComp: "dict comprehension",
    ast.DictExpr: "dict literal", ast.SetExpr: "set display",
    ast.JoinedStr: "f-string expression", ast.FormattedValue: "f-string expression",
    ast.Compare: "comparison", ast.IfExp: "conditional expression",
    ast.NamedExpr: "named expression", ast.EllipsisLit: "ellipsis", ast.NoneLit: "None",
}


def expr_name(e: ast.Expr) -> str:
    """CPython's name for an expression in "cannot assign to ..." messages."""
    if isinstance(e, ast.BoolLit):
        return "True" if e.value else "False"
    return _EXPR_NAMES.get(type(e), "literal")


def check_target(b: ExpressionBuilder, target: ast.Expr, action: str) -> None:
    """Reject what cannot be assigned to (action "assign", "for", "with") or deleted ("del").

    Iterative, so a deeply nested target cannot overflow the stack.
    """
    work: list[tuple[ast.Expr, bool]] = [(target, True)]
    while work:
        e, top = work.pop()
        if isinstance(e, (ast.Name, ast.Attribute, ast.Subscript)):
            continue
        if isinstance(e, (ast.TupleExpr, ast.ListExpr)):
            work.extend((x, False) for x in e.elts)
            continue
        if isinstance(e, ast.Starred) and action != "del":
            work.append((e.value, False))
            continue
        what = expr_name(e)
        if action == "del":
            raise b.fail(f"cannot delete {what}", e)
        if action == "assign" and isinstance(e, (ast.Yield, ast.YieldFrom)):
            raise b.fail("assignment to yield expression not possible", e)
        if action == "assign" and top and what not in ("None", "True", "False"):
            raise b.fail(f"cannot assign to {what} here. Maybe you meant '==' instead of '='?", e)
        raise b.fail(f"cannot assign to {what}", e)
