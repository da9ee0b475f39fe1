"""The frontend (py4c.frontend.parse) against CPython's own parser.

Differential: CPython's `ast` and py4c's ast are both turned into one comparable shape
(node kinds, operators, literal values, and line/column positions of statements and
expressions: CPython's 0-based UTF-8 byte columns are converted to py4c's 1-based
character columns), for many snippets, every program under tests/programs and a sample
of CPython's standard library. Then: syntax errors (code, message, place, never a
traceback), nesting limits, literal values, f-strings, spans, and file reading.
"""

from __future__ import annotations

import ast as pyast
import dataclasses
import glob
import os
import sys
import sysconfig
import traceback
import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lark import Token, Tree

from py4c.diagnostics import CompileError
from py4c.frontend import ast, parse, parse_file

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- comparable shapes

_OPS = {
    pyast.Add: "+", pyast.Sub: "-", pyast.Mult: "*", pyast.Div: "/", pyast.FloorDiv: "//",
    pyast.Mod: "%", pyast.Pow: "**", pyast.MatMult: "@", pyast.LShift: "<<", pyast.RShift: ">>",
    pyast.BitAnd: "&", pyast.BitOr: "|", pyast.BitXor: "^", pyast.USub: "-", pyast.UAdd: "+",
    pyast.Invert: "~", pyast.Not: "not", pyast.And: "and", pyast.Or: "or", pyast.Eq: "==",
    pyast.NotEq: "!=", pyast.Lt: "<", pyast.LtE: "<=", pyast.Gt: ">", pyast.GtE: ">=",
    pyast.Is: "is", pyast.IsNot: "is not", pyast.In: "in", pyast.NotIn: "not in",
}
_CONVERSIONS = {-1: None, 115: "s", 114: "r", 97: "a"}


def cpython_shape(source: str) -> Any:
    lines = source.replace("\r\n", "\n").split("\n")

    def col(line: int, byte_col: int) -> int:
        return len(lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace")) + 1

    def pos(n: Any, end: bool = True) -> Any:
        start = (n.lineno, col(n.lineno, n.col_offset))
        return start + (n.end_lineno, col(n.end_lineno, n.end_col_offset)) if end else start

    def args(a: Any) -> Any:
        positional = a.posonlyargs + a.args
        defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
        kinds = ["posonly"] * len(a.posonlyargs) + ["normal"] * len(a.args)
        out = [(p.arg, kinds[i], opt(p.annotation), opt(defaults[i]), pos(p)) for i, p in enumerate(positional)]
        if a.vararg:
            out.append((a.vararg.arg, "vararg", opt(a.vararg.annotation), None, pos(a.vararg)))
        for p, d in zip(a.kwonlyargs, a.kw_defaults):
            out.append((p.arg, "kwonly", opt(p.annotation), opt(d), pos(p)))
        if a.kwarg:
            out.append((a.kwarg.arg, "kwarg", opt(a.kwarg.annotation), None, pos(a.kwarg)))
        return tuple(out)

    def opt(e: Any) -> Any:
        return None if e is None else expr(e)

    def many(xs: Any) -> Any:
        return tuple(expr(x) for x in xs)

    def comps(gs: Any) -> Any:
        return tuple((expr(g.target), expr(g.iter), many(g.ifs), bool(g.is_async)) for g in gs)

    def fparts(j: Any) -> Any:
        out = []
        for v in j.values:
            if isinstance(v, pyast.Constant):
                out.append(("str", v.value))
            else:
                # CPython 3.11 places a tuple field `{a, b}` at the braces; py4c at a..b.
                is_tuple = isinstance(v.value, pyast.Tuple)
                value = ("tuple*",) + many(v.value.elts) if is_tuple else expr(v.value)
                spec = None if v.format_spec is None else fparts(v.format_spec)
                out.append(("field", value, _CONVERSIONS[v.conversion], spec))
        return tuple(out)

    def expr(e: Any) -> Any:
        k = type(e).__name__
        p = pos(e)
        if k == "Constant":
            v = e.value
            return ("const", type(v).__name__, v.imag if isinstance(v, complex) else v, p)
        if k == "JoinedStr":
            return ("fstring", fparts(e), p)
        if k == "Name":
            return ("name", e.id, p)
        if k in ("BinOp", "UnaryOp", "BoolOp"):
            kids = [getattr(e, f) for f in ("left", "right", "operand") if hasattr(e, f)]
            return (k, _OPS[type(e.op)], many(e.values) if k == "BoolOp" else many(kids), p)
        if k == "Compare":
            return (k, expr(e.left), tuple(_OPS[type(o)] for o in e.ops), many(e.comparators), p)
        if k == "IfExp":
            return (k, expr(e.test), expr(e.body), expr(e.orelse), p)
        if k == "Call":
            return (k, expr(e.func), many(e.args), tuple(keyword(x) for x in e.keywords), p)
        if k == "Attribute":
            return (k, expr(e.value), e.attr, p)
        if k == "Subscript":
            return (k, expr(e.value), expr(e.slice), p)
        if k == "Slice":
            return (k, opt(e.lower), opt(e.upper), opt(e.step), p)
        if k in ("Starred", "Await", "Yield", "YieldFrom"):
            return (k, opt(e.value), p)
        if k in ("List", "Tuple", "Set"):
            return (k, many(e.elts), p)
        if k == "Dict":
            return (k, tuple(opt(x) for x in e.keys), many(e.values), p)
        if k in ("ListComp", "SetComp", "GeneratorExp"):
            return (k, expr(e.elt), comps(e.generators), p)
        if k == "DictComp":
            return (k, expr(e.key), expr(e.value), comps(e.generators), p)
        if k == "Lambda":
            return (k, args(e.args), expr(e.body), p)
        if k == "NamedExpr":
            return (k, expr(e.target), expr(e.value), p)
        raise AssertionError(k)

    def keyword(k: Any) -> Any:
        return (k.arg, expr(k.value), pos(k))

    def body(ss: Any) -> Any:
        return tuple(stmt(s) for s in ss)

    def stmt(s: Any) -> Any:
        k = type(s).__name__
        if k in ("FunctionDef", "AsyncFunctionDef"):
            return ("def", s.name, args(s.args), opt(s.returns), body(s.body), many(s.decorator_list),
                    k.startswith("Async"), pos(s, end=False))
        if k == "ClassDef":
            return ("class", s.name, many(s.bases), tuple(keyword(x) for x in s.keywords), body(s.body),
                    many(s.decorator_list), pos(s, end=False))
        if k == "Match":
            return ("match", expr(s.subject), pos(s, end=False))
        p = pos(s)
        if k in ("Return", "Expr"):
            return (k, opt(s.value), p)
        if k == "Delete":
            return (k, many(s.targets), p)
        if k == "Assign":
            return (k, many(s.targets), expr(s.value), p)
        if k == "AugAssign":
            return (k, expr(s.target), _OPS[type(s.op)], expr(s.value), p)
        if k == "AnnAssign":
            return (k, expr(s.target), expr(s.annotation), opt(s.value), p)
        if k in ("For", "AsyncFor"):
            return ("For", expr(s.target), expr(s.iter), body(s.body), body(s.orelse), k == "AsyncFor", p)
        if k in ("While", "If"):
            return (k, expr(s.test), body(s.body), body(s.orelse), p)
        if k in ("With", "AsyncWith"):
            items = tuple((expr(i.context_expr), opt(i.optional_vars)) for i in s.items)
            return ("With", items, body(s.body), k == "AsyncWith", p)
        if k == "Raise":
            return (k, opt(s.exc), opt(s.cause), p)
        if k in ("Try", "TryStar"):
            handlers = tuple((opt(h.type), h.name, body(h.body), k == "TryStar", pos(h)) for h in s.handlers)
            return ("Try", body(s.body), handlers, body(s.orelse), body(s.finalbody), p)
        if k == "Assert":
            return (k, expr(s.test), opt(s.msg), p)
        if k in ("Import", "ImportFrom"):
            names = tuple((a.name, a.asname, pos(a)) for a in s.names)
            return (k, getattr(s, "module", None), names, getattr(s, "level", 0), p)
        if k in ("Global", "Nonlocal"):
            return (k, tuple(s.names), p)
        if k in ("Pass", "Break", "Continue"):
            return (k, p)
        raise AssertionError(k)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = pyast.parse(source)
    return body(tree.body)


_EXPR_KIND = {
    ast.BinOp: "BinOp", ast.UnaryOp: "UnaryOp", ast.BoolOp: "BoolOp", ast.Compare: "Compare",
    ast.IfExp: "IfExp", ast.Call: "Call", ast.Attribute: "Attribute", ast.Subscript: "Subscript",
    ast.Slice: "Slice", ast.Starred: "Starred", ast.Await: "Await", ast.Yield: "Yield",
    ast.YieldFrom: "YieldFrom", ast.ListExpr: "List", ast.TupleExpr: "Tuple", ast.SetExpr: "Set",
    ast.DictExpr: "Dict", ast.ListComp: "ListComp", ast.SetComp: "SetComp",
    ast.GeneratorExp: "GeneratorExp", ast.DictComp: "DictComp", ast.Lambda: "Lambda",
    ast.NamedExpr: "NamedExpr",
}
_CONST_TYPE = {
    ast.IntLit: "int", ast.FloatLit: "float", ast.ImagLit: "complex", ast.StrLit: "str",
    ast.BytesLit: "bytes", ast.BoolLit: "bool",
}
_STMT_KIND = {
    ast.Return: "Return", ast.ExprStmt: "Expr", ast.Delete: "Delete", ast.Assign: "Assign",
    ast.AugAssign: "AugAssign", ast.AnnAssign: "AnnAssign", ast.While: "While", ast.If: "If",
    ast.Raise: "Raise", ast.Assert: "Assert", ast.Import: "Import", ast.ImportFrom: "ImportFrom",
    ast.Global: "Global", ast.Nonlocal: "Nonlocal", ast.Pass: "Pass", ast.Break: "Break",
    ast.Continue: "Continue",
}


def py4c_shape(module: ast.Module) -> Any:
    def pos(s: ast.Span, end: bool = True) -> Any:
        return (s.line, s.col, s.end_line, s.end_col) if end else (s.line, s.col)

    def params(ps: ast.Params) -> Any:
        return tuple((p.name, p.kind, opt(p.annotation), opt(p.default), pos(p.span)) for p in ps.params)

    def opt(e: Any) -> Any:
        return None if e is None else expr(e)

    def many(xs: Any) -> Any:
        return tuple(expr(x) for x in xs)

    def comps(gs: tuple[ast.Comprehension, ...]) -> Any:
        return tuple((expr(g.target), expr(g.iter), many(g.ifs), g.is_async) for g in gs)

    def fparts(parts: tuple[ast.StrLit | ast.FormattedValue, ...]) -> Any:
        out: list[Any] = []

        def text(value: str) -> None:  # CPython keeps `x=` of `{x=}` as literal text
            if out and out[-1][0] == "str":
                out[-1] = ("str", out[-1][1] + value)
            else:
                out.append(("str", value))

        for v in parts:
            if isinstance(v, ast.StrLit):
                text(v.value)
                continue
            assert isinstance(v, ast.FormattedValue)
            if v.debug_text is not None:
                text(v.debug_text)
            value = ("tuple*",) + many(v.value.elts) if isinstance(v.value, ast.TupleExpr) else expr(v.value)
            out.append(("field", value, v.conversion, None if v.spec is None else fparts(v.spec.parts)))
        return tuple(out)

    def expr(e: Any) -> Any:
        p = pos(e.span)
        k = _EXPR_KIND.get(type(e))
        if type(e) in _CONST_TYPE:
            return ("const", _CONST_TYPE[type(e)], e.value, p)
        if isinstance(e, ast.NoneLit):
            return ("const", "NoneType", None, p)
        if isinstance(e, ast.EllipsisLit):
            return ("const", "ellipsis", ..., p)
        if isinstance(e, ast.JoinedStr):
            return ("fstring", fparts(e.parts), p)
        if isinstance(e, ast.Name):
            return ("name", e.id, p)
        if isinstance(e, ast.BinOp):
            return (k, e.op, many((e.left, e.right)), p)
        if isinstance(e, ast.UnaryOp):
            return (k, e.op, many((e.operand,)), p)
        if isinstance(e, ast.BoolOp):
            return (k, e.op, many(e.values), p)
        if isinstance(e, ast.Compare):
            return (k, expr(e.left), e.ops, many(e.comparators), p)
        if isinstance(e, ast.IfExp):
            return (k, expr(e.test), expr(e.body), expr(e.orelse), p)
        if isinstance(e, ast.Call):
            return (k, expr(e.func), many(e.args), tuple(keyword(x) for x in e.keywords), p)
        if isinstance(e, ast.Attribute):
            return (k, expr(e.value), e.attr, p)
        if isinstance(e, ast.Subscript):
            return (k, expr(e.value), expr(e.index), p)
        if isinstance(e, ast.Slice):
            return (k, opt(e.lower), opt(e.upper), opt(e.step), p)
        if isinstance(e, (ast.Starred, ast.Await, ast.Yield, ast.YieldFrom)):
            return (k, opt(e.value), p)
        if isinstance(e, (ast.ListExpr, ast.TupleExpr, ast.SetExpr)):
            return (k, many(e.elts), p)
        if isinstance(e, ast.DictExpr):
            return (k, tuple(opt(x) for x in e.keys), many(e.values), p)
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            return (k, expr(e.elt), comps(e.generators), p)
        if isinstance(e, ast.DictComp):
            return (k, expr(e.key), expr(e.value), comps(e.generators), p)
        if isinstance(e, ast.Lambda):
            return (k, params(e.params), expr(e.body), p)
        if isinstance(e, ast.NamedExpr):
            return (k, expr(e.target), expr(e.value), p)
        raise AssertionError(type(e))

    def keyword(k: ast.Keyword) -> Any:
        return (k.name, expr(k.value), pos(k.span))

    def body(ss: tuple[ast.Stmt, ...]) -> Any:
        return tuple(stmt(s) for s in ss)

    def stmt(s: Any) -> Any:
        if isinstance(s, ast.FunctionDef):
            return ("def", s.name, params(s.params), opt(s.returns), body(s.body), many(s.decorators),
                    s.is_async, pos(s.span, end=False))
        if isinstance(s, ast.ClassDef):
            return ("class", s.name, many(s.bases), tuple(keyword(x) for x in s.keywords), body(s.body),
                    many(s.decorators), pos(s.span, end=False))
        if isinstance(s, ast.Match):
            return ("match", expr(s.subject), pos(s.span, end=False))
        p = pos(s.span)
        k = _STMT_KIND.get(type(s))
        if isinstance(s, (ast.Return, ast.ExprStmt)):
            return (k, opt(s.value), p)
        if isinstance(s, ast.Delete):
            return (k, many(s.targets), p)
        if isinstance(s, ast.Assign):
            return (k, many(s.targets), expr(s.value), p)
        if isinstance(s, ast.AugAssign):
            return (k, expr(s.target), s.op, expr(s.value), p)
        if isinstance(s, ast.AnnAssign):
            return (k, expr(s.target), expr(s.annotation), opt(s.value), p)
        if isinstance(s, ast.For):
            return ("For", expr(s.target), expr(s.iter), body(s.body), body(s.orelse), s.is_async, p)
        if isinstance(s, (ast.While, ast.If)):
            return (k, expr(s.test), body(s.body), body(s.orelse), p)
        if isinstance(s, ast.With):
            items = tuple((expr(i.context), opt(i.target)) for i in s.items)
            return ("With", items, body(s.body), s.is_async, p)
        if isinstance(s, ast.Raise):
            return (k, opt(s.exc), opt(s.cause), p)
        if isinstance(s, ast.Try):
            handlers = tuple((opt(h.type), h.name, body(h.body), h.is_star, pos(h.span)) for h in s.handlers)
            return ("Try", body(s.body), handlers, body(s.orelse), body(s.finalbody), p)
        if isinstance(s, ast.Assert):
            return (k, expr(s.test), opt(s.msg), p)
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            names = tuple((a.name, a.asname, pos(a.span)) for a in s.names)
            return (k, getattr(s, "module", None), names, getattr(s, "level", 0), p)
        if isinstance(s, (ast.Global, ast.Nonlocal)):
            return (k, s.names, p)
        if isinstance(s, (ast.Pass, ast.Break, ast.Continue)):
            return (k, p)
        raise AssertionError(type(s))

    return body(module.body)


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    if type(a) is not type(b) or (not isinstance(a, tuple) and a != b and a == a):
        return f"at {where or '<top>'}: CPython {a!r}, py4c {b!r}"
    if isinstance(a, tuple):
        if len(a) != len(b):
            return f"at {where or '<top>'}: CPython {str(a)[:400]}\n  py4c {str(b)[:400]}"
        for i, (x, y) in enumerate(zip(a, b)):
            label = a[0] if a and isinstance(a[0], str) else ""
            found = first_difference(x, y, f"{where}/{label}[{i}]")
            if found:
                return found
    return None


def assert_same_as_cpython(source: str, path: str = "snippet.py") -> ast.Module:
    module = parse(path, source)
    difference = first_difference(cpython_shape(source), py4c_shape(module))
    assert difference is None, f"{path}: {difference}"
    return module


# ---------------------------------------------------------------- snippets
SNIPPETS = [
    'x = 0x_1f + 0o17 + 0b1_01 + 1_000 + 0 + 00 + 0_0',
    'x = 1e5 + 1_000.5 + .5 + 5. + 1E-3 + 1.e2 + 0777.5 + 0e0',
    'x = 1j + 2.5J + 1e3j + .5j + 0j',
    'x = -1; y = +2; z = ~3; w = not x; v = - -1',
    'x = 2 ** -1 ** 2; y = -2 ** 2; z = a @ b',
    's = \'a\' "b" \'\'\'c\'\'\' """d""" r\'\\n\' R\'x\' u\'u\' U\'v\'',
    "b = b'a' B'b' rb'\\n' bR'c' Rb'd' BR'e'",
    's = \'\\n\\t\\x41\\u00e9\\U0001F600\\N{EM DASH}\\101\\0\\a\\b\\f\\v\\r\\\\\\\'\\"\'',
    "s = 'abc\\\ndef'",
    "s = '''line1\nline2\\\nline3'''",
    "s = '\\d\\w\\q'",
    "b = b'\\x00\\xff\\777\\n\\u1234'",
    "f = f'a{x}b{y!r}c{z!s:>10}d{w!a}'",
    "f = f'{x=}' f'{x = }' f'{x=!s}' f'{x=:>5}'",
    "f = f'{{}}{{{x}}}}}'",
    "f = f'{x:{w}.{p}f}'",
    "f = 'a' f'b{c}' 'd' f'{e}'",
    "f = f''",
    "f = f'{x}' ''",
    "f = rf'\\n{x}\\t' fr'{y}' Rf'{z}' F'{w}' fR'a'",
    "f = f'\\N{EM DASH}{1}\\n'",
    'f = f\'{a["k"]}\' f"{b[\'k\']:{c}}"',
    "f = f'{1, 2}'",
    'f = f\'{"a" if x else "b"}\'',
    "f = f'{x!r:^{width}}'",
    "f = f'''{\nx\n+\ny\n}'''",
    "f = f'''abc\n  {x +\n     y} def\n{z}'''",
    'f = f\'{f"{x}"}\'',
    "f = f'{(lambda: 1)}'",
    "f = f'{x:=10}'",
    "f = f'{(x:=10)}'",
    "f = f'{a == b}' f'{a != b}' f'{a <= b}'",
    "f = f'{3:{4:>3}}'",
    "f = f'{x:}'",
    "f = f'\\{6}'",
    "f = f'{x!r:}'",
    'x = a < b <= c > d >= e == f != g in h not in i is j is not k',
    'x = a and b and c or d or e and f',
    'x = (a and b) and c',
    'x = a if b else c if d else e',
    'x = lambda: 0',
    'x = lambda a, b=1, *c, d, e=2, **f: a',
    'x = lambda a, /, b, *, c: a',
    'x = lambda *a: a; y = lambda **k: k; z = lambda *, a: a',
    'x = [1, 2, 3,]; y = (); z = (1,); w = 1,; v = 1, 2',
    'x = {}; y = {1: 2, **m, 3: 4}; z = {1, 2, *s}',
    'x = [i for i in range(10) if i if i > 2 for j in i]',
    'x = {k: v for k, v in d.items()}; y = {s for s in t}; z = (g for g in h)',
    'x = [y async for y in z]',
    'f(x for x in y)',
    'f((x for x in y))',
    'f(a, *b, c, d=1, *e, **g, h=2)',
    'f(a)(b)(c)[d][e].f.g',
    'x = a[1:2, ::3, :, 4:, :5, ...]',
    'x = a[1:2]; y = a[::]; z = a[:]; w = a[1,]; v = a[*b]',
    'x = a[b:=1]',
    '(x := 5)',
    'if (n := len(a)) > 10: pass',
    'while x := f(): pass',
    'x = [y := 1, y ** 2]',
    'x = yield',
    'def g():\n    x = yield\n    y = yield 1\n    z = yield from w\n    yield\n    await q\n    return (yield)',
    'async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d, e:\n        pass\n    return [i async for i in j]',
    'a, *b = c; *d, e = f; [g, *h] = i; (j, k), l = m',
    'a = b = c = 1',
    'a.b = c[d] = e',
    'x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2; x @= m; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1',
    "x: int; y: list[int] = []; z.a: str = 's'; w[0]: int = 1; (p): int = 3",
    'del a, b[0], c.d; del (e, f); del [g]',
    'del x,',
    "assert x; assert x, 'msg'",
    'raise; raise X; raise X from Y; raise X(1) from None',
    'global a, b; nonlocal c',
    'import a; import a.b.c; import a.b as c, d as e',
    'from . import x; from .. import y; from ... import z; from .... import w; from .a import b',
    'from ..a.b import (c as d, e,)',
    'from m import *',
    'from .m import (a)',
    'if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    y = 2',
    'if a: return\nelse: pass',
    'while a:\n    break\nelse:\n    continue',
    'for x in y:\n    pass\nelse:\n    pass',
    'for x, y in z: pass',
    'for x, in z: pass',
    'for (x, y) in z: pass',
    'for x in *a, *b: pass',
    'try:\n    pass\nexcept A:\n    pass\nexcept (B, C) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nexcept* A:\n    pass\nexcept* (B, C) as e:\n    pass',
    'with a: pass',
    'with a as b, c as (d, e), f: pass',
    'with (a, b): pass',
    'with (a, b) as c: pass',
    'with (a): pass',
    'with (a) as b: pass',
    'with (a as b): pass',
    'with (a as b, c as d,): pass',
    'with (\n    open(a) as f,\n    open(b) as g,\n):\n    pass',
    'with (a).b as c: pass',
    'with (a, b), c: pass',
    '@dec\ndef f(): pass',
    '@dec.attr(1)\n@other\nclass C: pass',
    '@x[0].y\nasync def f(): pass',
    'def f(a, b: int = 1, *args: str, c, d: int = 2, **kw: float) -> None: pass',
    'def f(a, /): pass',
    'def f(a, /, b): pass',
    'def f(*, a): pass',
    'def f(*args: *Ts): pass',
    'def f(\n    a,\n    b,\n): pass',
    'class A: pass',
    'class A(): pass',
    'class A(B, C, metaclass=M, **kw): pass',
    'class A(*bases): x = 1',
    "class A:\n    '''doc'''\n    x: int = 0\n    def m(self): return self.x",
    'match x:\n    case 1:\n        pass\n    case _:\n        pass\ny = 1',
    'match (x, y):\n    case [a, *rest]:\n        pass',
    'match x, y:\n    case 1:\n        pass',
    'match = 1\nmatch.x = 2\nmatch(x)\nmatch[x] = 3\nprint(match)',
    "def f():\n    match x:\n        case {'a': 1}:\n            pass\n    return 1",
    'if x:\n    match y:\n        case 1:\n            pass',
    'case = 1; _ = 2',
    'x = 1 if True else 2',
    'x = None, True, False, ...',
    'x = a.b.c.d',
    'x = (1 +\n     2)',
    'x = 1 + \\\n    2',
    'x = [\n    1,  # one\n    2,  # two\n]',
    '# comment\n\n\nx = 1  # trailing\n# end',
    'if x:\n    # comment\n    pass\n        # weird comment\n    y = 1',
    'x = 1;',
    'if x: a; b; c',
    'if x:\n\tpass',
    'if x:\n\tif y:\n\t\tpass',
    'x = (\n)',
    "print(*a, sep='')",
    'x = not not a',
    'x = a if b else lambda: c',
    'x = [*a, *b]',
    "x = {**a, 'b': 1}",
    'x = (yield)',
    'async def f(): x = await y ** 2',
    'x = a.b(c).d[e:f]',
    "x = 'é' + 'ü'; é = 1; ñame = é",
    "x = '€' ; y = b'abc'",
    'lambda: (yield)',
    'x = [i for i in (1, 2)]',
    "f(**{'a': 1})",
    'x = a[b][c](d)',
    'x = -a.b ** -c',
    'x = a | b ^ c & d << e >> f + g - h * i / j // k % l',
    'x = (a, *b)',
    'x = ((a))',
    'x = ((a, b))',
    'y = ((a)).b',
    'x = [((a))]',
    'f((a), (b))',
    'x = (a).b(c)',
    'x = (a)[b]',
    'x = (-1) ** 2',
    '(a) = 1',
    '(a), b = 1, 2',
    '[(a), b] = c',
    'x = (a for b in c if d)',
    'print((yield))',
    'x = {(a): (b)}',
    "x = '' '' ''",
    "x = f'' f''",
    "x = f'{x}' f'{y}'",
    "x = u'x' 'y'",
    "x = 'a\\N{LATIN SMALL LETTER E WITH ACUTE}'",
    'def f(a=(1, 2), b=[x for x in y]): pass',
    'x = a.b.c(d=e, f=g.h)',
    'x = 1_2_3j',
    'x = 0xdeadBEEF + 0O777 + 0B1',
    'x = 123456789012345678901234567890',
    'x = 1e400',
    'if x:\n  if y:\n    pass\n  else:\n    pass\nelse:\n  pass',
    'class A:\n    def f(self):\n        pass\n\n\n    def g(self):\n        pass\n',
    'try:\n    pass\nexcept A as e:\n    raise B from e',
    'x = [\n  1\n  ,\n  2\n]',
    'for i in range(10):\n    if i: continue\n    break',
    "x = 'a' \\\n    'b'",
    'x = (  # comment\n  1)',
    'if True:\n    x = 1\n\n    y = 2\n',
    'def f():\n    return\n\n\n\ndef g(): pass',
    '\n\n\n',
    '',
    'pass',
    'x = f(a)[0](b).c',
    'x = not a == b',
    'x = a is not None and b not in c',
    'x = -x if x < 0 else x',
    'x = [a, b][0]',
    "x = {'a': 1}['a']",
    "x = ''.join(x for x in y)",
    "x = f'{x}' 'a' f'{y}' 'b'",
    "x = f'a' 'b' f'c'",
    "x = f'{x!r}{y}'",
    "x = f'{x:>{w}}{y:<{w}.{p}}'",
    "x = F'{a}' RF'{b}' fR'{c}'",
    "x = f'{x}' \\\n  f'{y}'",
    "x = (f'{a}'\n     f'{b}')",
    "x = f'''\n{a}\n{b!r}\n'''",
    "x = f'{  x  }'",
    "x = f'{x  =  }'",
    "x = f'{x:{y}}'",
    "x = f'{chr(92)}'",
    'x = f"{\'\'\'a\'\'\'}"',
    "x = f'{x}}}'",
    "x = f'{{{x}'",
    'x = f"{a[\'b\']!r:>{c[\'d\']}}"',
]
SNIPPETS += [
    "x = 1\r\ny = (2,\r\n     3)\r\n",
    "if x:\n    pass\n  # a comment at another indentation\ny = 1",
    "def f():\n    if x:\n        return 1;\n",
    "if a:\n    def f():\n        x;\ny = 1\n",
    "if a:\n    match b:\n        case 1:\n            pass\nelse:\n    pass\n",
    "x = [  # c\n    1,\n]  # d\n",
    "class A:\n    match = 1\n    def match(self): pass",
    "match w := x,:\n    case y as v,:\n        pass\n",
    "match *a, b:\n    case _:\n        pass\n",
    "match (a):\n    case _:\n        pass\n",
    'def f():\n    return *a, b\n',
    'def g():\n    yield *a, b\n',
    'del (a), [b]',
    'x = a[1:2, *b]',
    '@(lambda f: f)\ndef f(): pass',
    'print(f"{x!r:{\'>\' if a else \'<\'}10}")',
    'x = f"{\'{\'}"',
    'x = f"{ {a: b for a, b in c} }"',
    'x = f"{x:=^10}"',
    'x = f"{x=:.2f}"',
    'x = f"{x = !r:>10}"',
    "x = f'{x:\\n}'",
    "x = f'{x:%Y-%m-%d %H}'",
    'if x: pass;',
    'x = a if b else(c)',
    'x = [1,2,3][::-1]',
    'x = 1if y else 2',
    'x = 0x1f',
    'class A(B, **kw): pass',
    'def f(a, b, /, c, *, d): pass',
    'def f(a=1, /, b=2, *, c, d=3): pass',
    'def f(*, a=1, b): pass',
    'lambda a=1, /, b=2, *, c: 0',
    'async def f():\n    async with a as b, c as d:\n        pass\n    await asyncio.sleep(1)\n    return [x async for x in y if await z]\n',
    'x = {**a, **b}',
    'x = {*a, *b}',
    'x = (*a, *b)',
    'x = a @ b @ c',
    'x = not a in b',
    'x = - - - 1',
    'x = a ** -b ** c',
    'x = (a := 1, b := 2)',
    'f(a := 1)',
    'x = [y for y in z if (w := y)]',
    'x = a[b := 1]',
    'x = {(a := 1)}',
    'while (n := n - 1): pass',
    'assert (a := 1)',
    'x = y = z = f(a)(b)',
    'for i, (a, b) in enumerate(c): pass',
    'for [a, b] in c: pass',
    'with a as [b, c]: pass',
    'with a as b.c, d as e[0]: pass',
    'try:\n    pass\nexcept (A, B):\n    pass\nexcept C as e:\n    pass',
    'import a as b, c',
    'from a import (b)',
    'from a import b as c, d',
    'from . a import b',
    'from .a.b import c',
    "raise X(\n    'msg'\n) from e",
    'if a:\n    pass\nelif b: pass\nelse: pass',
    "x = '''\\\n'''",
    "x = '\\\\\\n'",
    "x = b''",
    "x = r'\\''",
    "x = r'\\\\'",
    'x = \'\'""\'\'',
    "x = 'a' 'b' \\\n 'c'",
    "x = (\n 'a'\n 'b'\n)",
    "def f(\n    a: int,\n    *args: int,\n    b: str = '',\n    **kwargs: str,\n) -> None:\n    ...\n",
    "class C(\n    Base,\n    metaclass=M,\n):\n    x: int\n    y: str = 'a'\n",
    'x = [\n    i\n    for i in range(10)\n    if i % 2\n]',
    "x = {\n    'a': 1,\n    'b': 2,\n}",
    'x = (yield from a)',
    'x = a.b.c.d.e.f',
    'x = a[0][1][2]',
    "print(end='')",
    'print(*a, *b, **c, **d)',
    'x = lambda: (yield)',
    'x = lambda *args, **kwargs: (args, kwargs)',
    'x = lambda x, /: x',
    'if x:\n\n    pass\n\n\nelse:\n\n    pass',
    'x = 5 if a else 6 if b else 7',
    'x = a or b and not c',
    'x = (a or b) and c',
    'x = a < (b < c)',
    'x = ~a ** b',
    'x = a if b else c, d',
    'x = 1_000_000.000_001e1_0',
    'x = 0.0',
    'x = 00.5',
    'x = 1E+5',
    'x = 0b0, 0o0, 0x0',
    'x = 9999999999999999999999999999999999999999e-999',
    'x = ...',
    'x = a[...]',
    'x = a[:, None]',
    'x = []; y = [[]]; z = [[], []]',
    "x = f'{a!s:>{b}}{c!a}'",
    "x = f'{a}' f'{b}' f'{c}'",
    "x = '%s' % (a,)",
]


@pytest.mark.parametrize("source", SNIPPETS)
def test_snippet_matches_cpython(source: str) -> None:
    assert_same_as_cpython(source)


PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "tests", "programs", "**", "*.py"), recursive=True))


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: os.path.relpath(p, ROOT))
def test_program_matches_cpython(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        assert_same_as_cpython(f.read(), path)


def _stdlib_sample(count: int = 30) -> list[str]:
    """Every k-th module of the running interpreter's Lib directory (deterministic)."""
    lib = sysconfig.get_paths()["stdlib"]
    files = sorted(glob.glob(os.path.join(lib, "*.py")))
    files = [f for f in files if os.path.getsize(f) < 120_000]
    step = max(len(files) // count, 1)
    return files[::step][:count]


@pytest.mark.parametrize("path", _stdlib_sample(), ids=os.path.basename)
def test_stdlib_module_matches_cpython(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        module = assert_same_as_cpython(f.read(), path)
    _assert_only_nodes(module)


def _assert_only_nodes(module: ast.Module) -> None:
    """No Lark tree or token (a `str` subclass) is left anywhere in the tree."""
    stack: list[object] = [module]
    while stack:
        value = stack.pop()
        assert not isinstance(value, (Tree, Token)), value
        if isinstance(value, tuple):
            stack.extend(value)
        elif dataclasses.is_dataclass(value):
            stack.extend(getattr(value, f.name) for f in dataclasses.fields(value))
        else:
            assert value is None or type(value) in (str, int, float, bool, bytes), type(value)


def test_grammar_has_no_lalr_conflicts(caplog: pytest.LogCaptureFixture) -> None:
    from lark import Lark

    from py4c.grammar import grammar_path

    with open(grammar_path(), encoding="utf-8") as f:
        grammar = f.read()
    with caplog.at_level("DEBUG", logger="lark"):
        Lark(grammar, parser="lalr", lexer="basic", start=["file_input", "eval_input"], debug=True)
    assert not [r for r in caplog.records if "conflict" in r.getMessage().lower()]


def test_every_grammar_rule_has_a_method() -> None:
    from py4c.frontend.parser import TreeBuilder, _lark

    for rule in _lark().rules:
        name = rule.alias or rule.origin.name
        name = name if isinstance(name, str) else name.name
        single = rule.options.expand1 and len(rule.expansion) == 1 and not rule.alias
        inlined = name.startswith("_") or single
        assert inlined or hasattr(TreeBuilder, name), f"no method for rule {name}"


# ---------------------------------------------------------------- the tree itself


def only(source: str) -> Any:
    (stmt,) = parse("t.py", source).body
    return stmt


def value_of(source: str) -> Any:
    stmt = only(source)
    assert isinstance(stmt, (ast.Assign, ast.ExprStmt))
    return stmt.value


def test_literals() -> None:
    assert value_of("0x_1f") == ast.IntLit(31, ast.Span("t.py", 1, 1, 1, 6))
    assert [e.value for e in value_of("0o17, 0b1_01, 1_000, 00, 123456789012345678901234567890").elts] == [
        15, 5, 1000, 0, 123456789012345678901234567890]
    assert [e.value for e in value_of("1e5, 1_000.5, .5, 5., 1e400").elts] == [1e5, 1000.5, 0.5, 5.0, float("inf")]
    assert value_of("2.5J") == ast.ImagLit(2.5, ast.Span("t.py", 1, 1, 1, 5))
    assert value_of("'\\x41\\u00e9\\U0001F600\\N{EM DASH}\\101\\d' '\\\nz'").value == "A\u00e9\U0001F600\u2014A\\dz"
    assert value_of("rB'\\n' b'\\xff\\777'").value == b"\\n\xff\xff"
    assert value_of("'''a\nb'''").value == "a\nb"
    assert value_of("True").value is True and isinstance(value_of("None"), ast.NoneLit)
    assert isinstance(value_of("..."), ast.EllipsisLit)


def test_unary_minus_is_not_folded() -> None:
    e = value_of("-1")
    assert isinstance(e, ast.UnaryOp) and e.op == "-" and e.operand == ast.IntLit(1, ast.Span("t.py", 1, 2, 1, 3))


def test_fstring_fields() -> None:
    e = value_of("f'a{x!r:>{w}}b{y=}{{z}}' 'c' f'{q:}'")
    assert isinstance(e, ast.JoinedStr)
    a, fx, b, fy, rest, fq = e.parts
    assert a.value == "a" and b.value == "b" and rest.value == "{z}c"
    assert (fx.conversion, fx.debug_text) == ("r", None) and fx.spec is not None
    assert [type(p).__name__ for p in fx.spec.parts] == ["StrLit", "FormattedValue"]
    assert (fy.conversion, fy.debug_text, fy.spec) == ("r", "y=", None)
    assert fq.spec == ast.JoinedStr((), fq.spec.span) and fq.conversion is None
    spaced = value_of("f'{x = :>4}'").parts[0]
    assert (spaced.debug_text, spaced.conversion) == ("x = ", None)
    assert fx.span == ast.Span("t.py", 1, 4, 1, 14)  # `{` through `}`
    assert value_of("'a' 'b'") == ast.StrLit("ab", ast.Span("t.py", 1, 1, 1, 8))


def test_fstring_field_positions_in_a_triple_quoted_string() -> None:
    e = value_of("f'''ab\n  {x +\n     yy} {z!r}\n'''")
    binop = e.parts[1].value
    assert binop.span == ast.Span("t.py", 2, 4, 3, 8)
    assert e.parts[3].value.span == ast.Span("t.py", 3, 11, 3, 12)


def test_def_and_class_spans_cover_the_header() -> None:
    module = parse("t.py", "@d\ndef f(x: int) -> int:\n    return x\nclass C(B):\n    pass\n")
    f, c = module.body
    assert f.span == ast.Span("t.py", 2, 1, 2, 22)
    assert c.span == ast.Span("t.py", 4, 1, 4, 12)
    assert module.name == "__main__" and module.path == "t.py"


def test_statement_shapes() -> None:
    s = only("if a:\n    x\nelif b:\n    y\nelse:\n    z\n")
    assert isinstance(s.orelse[0], ast.If) and s.orelse[0].span.line == 3
    assert only("a and b and c").value.values.__len__() == 3
    cmp = only("a < b not in c is not d").value
    assert cmp.ops == ("<", "not in", "is not")
    call = only("f(*a, k=1, **m)").value
    assert isinstance(call.args[0], ast.Starred) and [k.name for k in call.keywords] == ["k", None]
    assert only("{1: 2, **m}").value.keys[1] is None
    imp = only("from ..a.b import (c as d, e,)")
    assert (imp.module, imp.level, [(a.name, a.asname) for a in imp.names]) == ("a.b", 2, [("c", "d"), ("e", None)])
    assert only("from . import x").module is None
    assert only("from m import *").names[0].name == "*"
    assert only("import a.b as c").names[0] == ast.Alias("a.b", "c", ast.Span("t.py", 1, 8, 1, 16))
    assert only("try:\n    pass\nexcept* E:\n    pass").handlers[0].is_star
    assert only("async def f():\n    pass").is_async
    w = only("with (a as b, c):\n    pass")
    assert [(i.context.id, i.target) for i in w.items] == [("a", ast.Name("b", ast.Span("t.py", 1, 12, 1, 13))), ("c", None)]
    m = only("match p:\n    case [x, *rest] if x:\n        pass\n    case _:\n        pass\n")
    assert isinstance(m, ast.Match) and m.subject.id == "p" and m.span == ast.Span("t.py", 1, 1, 1, 9)
    assert [type(s).__name__ for s in parse("t.py", "x = 1; y = 2;\nglobal a, b\ndel a\nassert a, 'm'\nraise X from Y").body] == [
        "Assign", "Assign", "Global", "Delete", "Assert", "Raise"]
    p = only("def f(a, /, b=1, *c, d, e=2, **g): pass").params.params
    assert [(q.name, q.kind) for q in p] == [
        ("a", "posonly"), ("b", "normal"), ("c", "vararg"), ("d", "kwonly"), ("e", "kwonly"), ("g", "kwarg")]


def test_columns_count_characters_and_tabs_as_one() -> None:
    s = only("if x:\n\ty = 'é' + zz")
    binop = s.body[0].value
    assert binop.right.span == ast.Span("t.py", 2, 12, 2, 14)


# ---------------------------------------------------------------- syntax errors

ERRORS = [
    ("if x\n  pass\n", "expected ':'", 1, 5),
    ("def f()\n  pass\n", "expected ':'", 1, 8),
    ("if x  # c\n  pass\n", "expected ':'", 1, 7),
    ("x = (1, 2\n", "'(' was never closed", 1, 5),
    ("x = (1,\n2\ny = 3\n", "'(' was never closed", 1, 5),
    ("x = [1, 2\n", "'[' was never closed", 1, 5),
    ("f(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("  x = 1\n", "unexpected indent", 1, 3),
    ("if x:\n    a\n      b\n", "unexpected indent", 3, 7),
    ("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 3),
    ("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 1),
    ("def f():\nreturn\n", "expected an indented block after function definition on line 1", 2, 1),
    ("match x:\ncase 1: pass\n", "expected an indented block after 'match' statement on line 1", 2, 1),
    ("if x:\n        a\n\tb\n", "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("s = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5),
    ("s = rb'abc\\\ndef\n", "unterminated string literal (detected at line 2)", 1, 5),
    ('s = """abc\n\nx\n', "unterminated triple-quoted string literal (detected at line 3)", 1, 5),
    ("x = )\n", "unmatched ')'", 1, 5),
    ("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
    ("x = (\n]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1),
    ("x = 1 +\n", "invalid syntax", 1, 8),
    ("x = $\n", "invalid syntax", 1, 5),
    ("a b c\n", "invalid syntax", 1, 3),
    ("é = 1€\n", "invalid character '€' (U+20AC)", 1, 6),
    ("x = a\u00a0b\n", "invalid non-printable character U+00A0", 1, 6),
    ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("(a, f()) = x\n", "cannot assign to function call", 1, 5),
    ("for 1 in x: pass\n", "cannot assign to literal", 1, 5),
    ("del f()\n", "cannot delete function call", 1, 5),
    ("x = yield = 1\n", "assignment to yield expression not possible", 1, 5),
    ("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1),
    ("(a, b): int\n", "only single target (not tuple) can be annotated", 1, 1),
    ("x = 0777\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
    ("x = 1_\n", "invalid decimal literal", 1, 6),
    ("x = 0x\n", "invalid hexadecimal literal", 1, 6),
    ("x = 'a' b'b'\n", "cannot mix bytes and nonbytes literals", 1, 9),
    ("x = b'é'\n", "bytes can only contain ASCII literal characters", 1, 5),
    ("x = '\\x4'\n", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 5),
    ("x = '\\N{nope}'\n", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 5),
    ("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12),
    ("def f(*): pass\n", "named arguments must follow bare *", 1, 7),
    ("def f(**k, a): pass\n", "arguments cannot follow var-keyword argument", 1, 12),
    ("def f(a, /, /): pass\n", "/ may appear only once", 1, 13),
    ("f(a=1, b)\n", "positional argument follows keyword argument", 1, 8),
    ("f(**a, b)\n", "positional argument follows keyword argument unpacking", 1, 8),
    ("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8),
    ("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3),
    ("f(a.b=1)\n", 'expression cannot contain assignment, perhaps you meant "=="?', 1, 6),
    ("{**a for a in b}\n", "dict unpacking cannot be used in dict comprehension", 1, 2),
    ("x = (*a)\n", "cannot use starred expression here", 1, 6),
    ("x = 1 if 2\n", "expected 'else' after 'if' expression", 1, 11),
    ("try:\n  pass\n", "expected 'except' or 'finally' block", 2, 7),
    ("try:\n x\nexcept A, B:\n pass\n", "multiple exception types must be parenthesized", 3, 9),
    ("try:\n pass\nexcept A:\n pass\nexcept* B:\n pass\n", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1),
    ("print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("from x import a,\n", "trailing comma not allowed without surrounding parentheses", 1, 17),
    ("x = \\ 1\n", "unexpected character after line continuation character", 1, 6),
    ("x = 1 \\\n", "unexpected EOF while parsing", 1, 8),
    ("f'{x'\n", "f-string: expecting '}'", 1, 5),
    ("f'{}'\n", "f-string: empty expression not allowed", 1, 4),
    ("f'}'\n", "f-string: single '}' is not allowed", 1, 3),
    ("f'{x!z}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6),
    ("f'{a#}'\n", "f-string expression part cannot include '#'", 1, 5),
    ("f'{a\\n}'\n", "f-string expression part cannot include a backslash", 1, 5),
    ("f'{x:{y:{z}}}'\n", "f-string: expressions nested too deeply", 1, 9),
    ("f'{(x}'\n", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 6),
    ("f'{*a}'\n", "f-string: cannot use starred expression here", 1, 4),
    ("x = f'{a b}'\n", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 8),
    ("x = f'''\n{a +}'''\n", "f-string: invalid syntax", 2, 5),
]


@pytest.mark.parametrize(("source", "message", "line", "col"), ERRORS)
def test_syntax_error(source: str, message: str, line: int, col: int) -> None:
    with pytest.raises(CompileError) as info:
        parse("bad.py", source)
    (d,) = info.value.diagnostics
    assert (d.code, d.message, d.span.path, d.span.line, d.span.col) == ("syntax", message, "bad.py", line, col)
    with pytest.raises(SyntaxError):  # and CPython rejects it too
        compile(source, "bad.py", "exec", dont_inherit=True)


_ALPHABET = list("()[]{}:;,.=+-*/%@<>!~'\"\\#\n\t abf0123_é€") + [
    "if ", "else", "for ", " in ", "lambda", "yield", "await ", "def ", "class ", "with ", " as ",
    "not ", "return", "import ", "from ", "async ", "match ", "case ", "\n    ", ":=", "**", "...",
    "f'", "rb'", '"""', "'''", "\\\n", "\r\n", "\f", "try:", "except", "global ",
]


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40))
def test_any_text_gives_a_tree_or_a_diagnostic(pieces: list[str]) -> None:
    source = "".join(pieces)
    try:
        parse("fuzz.py", source)
    except CompileError as e:
        assert [d.code for d in e.diagnostics] in (["syntax"], ["too-deep"])


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(SNIPPETS), st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(_ALPHABET + [""])), min_size=1, max_size=3))
def test_edited_snippets_are_accepted_exactly_when_cpython_accepts_them(
    source: str, edits: list[tuple[int, str]]
) -> None:
    text = list(source)
    for at, piece in edits:
        i = at % (len(text) + 1)
        text[i:i + (1 if piece == "" else 0)] = [piece]
    mutated = "".join(text)
    if "match" in mutated or "case" in mutated:
        return  # match bodies are skipped, not checked
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pyast.parse(mutated)
        cpython_accepts = True
    except SyntaxError:
        cpython_accepts = False
    except (ValueError, MemoryError, RecursionError):
        return
    try:
        parse("fuzz.py", mutated)
        accepts = True
    except CompileError as e:
        accepts = False
        assert [d.code for d in e.diagnostics] == ["syntax"], e
    assert accepts == cpython_accepts, repr(mutated)


# ---------------------------------------------------------------- nesting limits


def _too_deep(source: str) -> tuple[int, int]:
    with pytest.raises(CompileError) as info:
        parse("deep.py", source)
    (d,) = info.value.diagnostics
    assert (d.code, d.message) == ("too-deep", "too deeply nested: simplify the expression or split the function")
    return d.span.line, d.span.col


def test_ten_thousand_brackets_are_too_deep() -> None:
    assert _too_deep("x = " + "(" * 10_000 + "1" + ")" * 10_000) == (1, 205)
    assert _too_deep("x = " + "[" * 10_000) == (1, 205)


def test_five_thousand_blocks_are_too_deep() -> None:
    source = "".join(" " * i + "if x:\n" for i in range(5000)) + " " * 5000 + "pass\n"
    assert _too_deep(source) == (101, 101)


def test_long_chains_are_too_deep() -> None:
    _too_deep("x = " + " + ".join(["a"] * 20_000))
    _too_deep("x = " + "-" * 20_000 + "1")
    _too_deep("x = " + "lambda: " * 5_000 + "1")
    _too_deep("x = a" + ".b" * 20_000)
    _too_deep("if a: pass\n" + "elif a: pass\n" * 5_000)


def test_nesting_within_the_limits_parses() -> None:
    parse("ok.py", "x = " + "(" * 200 + "1" + ")" * 200)
    parse("ok.py", "".join(" " * i + "if x:\n" for i in range(99)) + " " * 99 + "pass\n")
    parse("ok.py", "x = " + " + ".join(["a"] * 290))
    parse("ok.py", "if a: pass\n" + "elif a: pass\n" * 290)
    _too_deep("x = " + " + ".join(["a"] * 300))


def test_recursion_limit_is_not_needed() -> None:
    """Parsing uses a bounded number of frames, whatever the nesting of the input."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(traceback.extract_stack()) + 80)
    try:
        parse("ok.py", "x = " + " + ".join(["a"] * 290) + "\nif a:\n    b = [c for c in d if f'{c!r}']\n")
        assert_same_as_cpython("x = f'''{f\"\"\"{f'{f\"{x:{y}}\"}'}\"\"\"}'''\n")
    finally:
        sys.setrecursionlimit(old)


# ---------------------------------------------------------------- escapes (property)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), st.sampled_from(["", "r", "b", "rb", "f"]))
def test_string_values_match_python(text: str, prefix: str) -> None:
    body = repr(text)
    if "b" in prefix:
        body = repr(text.encode("utf-8"))[1:]
    if "f" in prefix:
        body = body.replace("{", "{{").replace("}", "}}")
    source = prefix + body
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = pyast.literal_eval(source) if "f" not in prefix else eval(source)  # noqa: S307
    except SyntaxError:
        with pytest.raises(CompileError):
            parse("s.py", source)
        return
    got = value_of(source)
    got_value = "".join(p.value for p in got.parts) if isinstance(got, ast.JoinedStr) else got.value
    assert got_value == want


_ESCAPES = st.sampled_from(["\\n", "\\x41", "\\x4", "\\u00e9", "\\U0001F600", "\\U00110000", "\\N{EM DASH}",
                            "\\N{NOPE}", "\\101", "\\777", "\\0", "\\q", "\\\\", "\\'", "a", "é", "\\\n", "\\N"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_ESCAPES, max_size=6), st.sampled_from(["", "b", "r"]))
def test_escape_sequences_match_python(pieces: list[str], prefix: str) -> None:
    source = prefix + "'" + "".join(pieces) + "'"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = pyast.literal_eval(source)
    except SyntaxError as e:
        with pytest.raises(CompileError) as info:
            parse("s.py", source)
        assert info.value.diagnostics[0].message == e.msg
        return
    assert value_of(source).value == want


# ---------------------------------------------------------------- files


def test_parse_file_reads_utf8(tmp_path: Any) -> None:
    good = tmp_path / "good.py"
    good.write_bytes("\ufeffx = 'é'\r\n".encode("utf-8"))
    module = parse_file(str(good), "good")
    assert module.name == "good" and module.body[0].value.value == "é"


def test_parse_file_errors(tmp_path: Any) -> None:
    with pytest.raises(CompileError) as info:
        parse_file(str(tmp_path / "missing.py"))
    (d,) = info.value.diagnostics
    assert d.code == "read-error" and "cannot read" in d.message
    bad = tmp_path / "bad.py"
    bad.write_bytes(b"x = 1\ny = '\xff'\n")
    with pytest.raises(CompileError) as info:
        parse_file(str(bad))
    (d,) = info.value.diagnostics
    assert (d.code, d.span.line, d.span.col) == ("read-error", 2, 6) and "not valid UTF-8" in d.message
