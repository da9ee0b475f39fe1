"""f-strings: JoinedStr -> a `str.build` of literal parts and formatted fields.

Phase: typecheck. `{x}` is str(x); `{x!r}` repr(x); `{x:spec}` format(x, spec) with the
spec itself an f-string; `{x=}` prefixes the expression text and defaults to repr.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.builtins import checked_repr, to_str
from py4c.typecheck.env import FuncScope
from py4c.types import STR, BoolT, FloatT, IntT, StrT


def check_joined_str(sc: FuncScope, e: ast.JoinedStr) -> tir.Expr:
    parts: list[tir.Expr] = []
    for p in e.parts:
        if isinstance(p, ast.StrLit):
            parts.append(tir.Const(p.value, STR, p.span))
        else:
            if p.debug_text is not None:
                parts.append(tir.Const(p.debug_text, STR, p.span))
            parts.append(check_field(sc, p))
    return build(parts, e.span)


def build(parts: list[tir.Expr], span: ast.Span) -> tir.Expr:
    """Concatenate str parts, folding adjacent constants."""
    folded: list[tir.Expr] = []
    for p in parts:
        if isinstance(p, tir.Const) and folded and isinstance(folded[-1], tir.Const):
            folded[-1] = tir.Const(str(folded[-1].value) + str(p.value), STR, folded[-1].span)
        elif not (isinstance(p, tir.Const) and p.value == ""):
            folded.append(p)
    if not folded:
        return tir.Const("", STR, span)
    if len(folded) == 1 and isinstance(folded[0].type, StrT):
        return folded[0]
    return tir.Prim("str.build", tuple(folded), STR, span)


def check_field(sc: FuncScope, f: ast.FormattedValue) -> tir.Expr:
    from py4c.typecheck.expr import check_expr

    from py4c.typecheck.builtins import check_printable

    x = check_expr(sc, f.value)
    if not check_printable(sc, x):
        return tir.Const("", STR, f.span, poison=True)
    conv = f.conversion
    if conv is None and f.debug_text is not None and f.spec is None:
        conv = "r"
    if conv == "a":
        sc.module.diags.error("unsupported", f.span, "the !a conversion is not supported yet")
        conv = "r"
    if conv == "r":
        x = checked_repr(sc, x)
    elif conv == "s":
        x = to_str(x)
    return format_value(sc, x, check_joined_str(sc, f.spec) if f.spec is not None else None, f.span)


def format_value(sc: FuncScope, x: tir.Expr, spec: tir.Expr | None, span: ast.Span) -> tir.Expr:
    """format(x, spec) for a str-valued spec expression, or str(x) without one."""
    from py4c.typecheck.expr import convert

    if spec is None:
        return to_str(x)
    t = x.type
    if isinstance(t, IntT):
        return tir.Prim("format.int", (convert(x, IntT("int")), spec), STR, span)
    if isinstance(t, FloatT):
        return tir.Prim("format.float", (x, spec), STR, span)
    if isinstance(t, BoolT):
        return tir.Prim("format.bool", (x, spec), STR, span)
    if isinstance(t, StrT):
        return tir.Prim("format.str", (x, spec), STR, span)
    if isinstance(spec, tir.Const) and spec.value == "":
        return to_str(x)
    sc.module.diags.error("unsupported", span, f"formatting '{t}' with a format spec is not supported yet")
    return to_str(x)
