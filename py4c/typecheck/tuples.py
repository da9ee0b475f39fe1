"""Tuples: displays, indexing, slicing, concatenation, and unpacking into targets.

Phase: typecheck. A `tuple[A, B]` is a fixed-length immutable value whose field types
are static, so indexing with a constant is a field read of a known type; indexing with a
variable is allowed only when every field has the same type (the result type must not
depend on the index). Unpacking (`a, (b, c) = t`, `x, y = xs`) binds targets left to
right after the value is evaluated once, as CPython does.
"""

from __future__ import annotations

from typing import Callable

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import INT, NONE, BoolT, IntT, ListT, TupleT, Type


def temp(sc: FuncScope, t: Type, span: ast.Span) -> tir.Var:
    return tir.Var(sc.new_temp(t), "local", t, span)


def field(x: tir.Expr, i: int, span: ast.Span) -> tir.Expr:
    """Field i (already normalised) of the tuple value x (a Var: read it as often as needed)."""
    assert isinstance(x.type, TupleT)
    return tir.Prim("tuple.getitem", (x, tir.Const(i, INT, span)), x.type.items[i], span)


def check_tuple_display(sc: FuncScope, e: ast.TupleExpr, expected: Type | None) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, coerce, error_expr, poisoned

    if any(isinstance(x, ast.Starred) for x in e.elts):
        sc.module.diags.error("unsupported", e.span, "starred items in a tuple display are not supported yet")
        return error_expr(e.span, expected or TupleT(()))
    want = expected.items if isinstance(expected, TupleT) and len(expected.items) == len(e.elts) else None
    items = [check_expr(sc, x, want[i] if want else None) for i, x in enumerate(e.elts)]
    if poisoned(*items):
        return error_expr(e.span, expected or TupleT(tuple(x.type for x in items)))
    if want is not None:
        items = [coerce(sc, x, t, x.span, "tuple item") for x, t in zip(items, want)]
    return tir.TupleDisplay(tuple(items), TupleT(tuple(x.type for x in items)), e.span)


def display_of(items: list[tir.Expr], span: ast.Span) -> tir.Expr:
    return tir.TupleDisplay(tuple(items), TupleT(tuple(x.type for x in items)), span)


def with_temp(sc: FuncScope, x: tir.Expr, body: Callable[[tir.Var], tir.Expr], span: ast.Span) -> tir.Expr:
    """Evaluate x once into a hidden local, then build body(local)."""
    if isinstance(x, tir.Var):
        return body(x)
    v = temp(sc, x.type, span)
    inner = body(v)
    return tir.Let(v, x, inner, inner.type, span)


def check_tuple_subscript(sc: FuncScope, base: tir.Expr, index: ast.Expr, span: ast.Span) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, convert, error_expr

    d = sc.module.diags
    t = base.type
    assert isinstance(t, TupleT)
    n = len(t.items)
    if isinstance(index, ast.Slice):
        bounds = [_const_int(sc, x) for x in (index.lower, index.upper, index.step)]
        if any(b is False for b in bounds):
            d.error("unsupported", index.span, "a tuple slice needs constant bounds",
                    "the result's type depends on the bounds; use constants, or convert to a list")
            return error_expr(span, t)
        lo, hi, st = (None if b is None or b is False else int(b) for b in bounds)
        if st == 0:
            d.error("index", index.span, "slice step cannot be zero")
            return error_expr(span, t)
        picked = list(range(n))[slice(lo, hi, st)]
        return with_temp(sc, base, lambda v: display_of([field(v, i, span) for i in picked], span), span)
    i = check_expr(sc, index)
    if isinstance(i, tir.Const) and isinstance(i.value, int) and not isinstance(i.value, bool):
        k = i.value + n if i.value < 0 else i.value
        if not 0 <= k < n:
            d.error("index", span, f"tuple index {i.value} is out of range for '{t}'")
            return error_expr(span)
        return tir.Prim("tuple.getitem", (base, tir.Const(k, INT, span)), t.items[k], span)
    if not isinstance(i.type, (IntT, BoolT)):
        d.error("index", span, f"tuple indices must be integers, not '{i.type}'")
        return error_expr(span)
    if not t.items or any(x != t.items[0] for x in t.items):
        d.error("index", span, f"indexing '{t}' with a variable: its items have different types",
                "index with a constant, or unpack the tuple")
        return error_expr(span)
    return tir.Prim("tuple.getitem_checked", (base, convert(i, INT)), t.items[0], span)


def _const_int(sc: FuncScope, e: ast.Expr | None) -> int | None | bool:
    """A slice bound: None if absent, its value if a constant int, False otherwise."""
    from py4c.typecheck.expr import check_expr

    if e is None or isinstance(e, ast.NoneLit):
        return None
    x = check_expr(sc, e)
    if isinstance(x, tir.Const) and isinstance(x.value, int) and not isinstance(x.value, bool):
        return x.value
    return False


def tuple_concat(sc: FuncScope, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tir.Expr:
    assert isinstance(a.type, TupleT) and isinstance(b.type, TupleT)
    na, nb = len(a.type.items), len(b.type.items)
    return with_temp(sc, a, lambda va: with_temp(
        sc, b, lambda vb: display_of([field(va, i, span) for i in range(na)] + [field(vb, i, span) for i in range(nb)],
                                     span), span), span)


# ---------------------------------------------------------------- unpacking


def unpack(sc: FuncScope, target: ast.Expr, value: tir.Expr, span: ast.Span, rename: bool = False) -> list[tir.Stmt] | None:
    """Statements binding `value` to `target` (a name, a subscript, or a nested
    tuple/list of targets). With `rename` (comprehension variables), names become hidden
    locals of the innermost comprehension scope. None after an error was reported."""
    from py4c.typecheck.stmt import assign_name, setitem

    d = sc.module.diags
    if isinstance(target, ast.Name):
        if rename:
            var = temp(sc, value.type, target.span)
            sc.renames[-1][target.id] = var
            return [tir.Assign(var, value, span)]
        return [assign_name(sc, target, value, span)]
    if isinstance(target, ast.Subscript) and not rename:
        return setitem(sc, target, value, span)
    if isinstance(target, ast.Attribute) and not rename:
        from py4c.typecheck.classes import assign_attr
        return assign_attr(sc, target, None, span, checked=value)
    if not isinstance(target, (ast.TupleExpr, ast.ListExpr)) or any(isinstance(x, ast.Starred) for x in target.elts):
        d.error("unsupported", target.span, "unpacking into this target is not supported yet")
        return None
    n = len(target.elts)
    t = value.type
    src = value if isinstance(value, tir.Var) else temp(sc, t, value.span)
    out: list[tir.Stmt] = [] if src is value else [tir.Assign(src, value, span)]
    if isinstance(t, TupleT):
        if len(t.items) != n:
            many = "too many" if len(t.items) > n else "not enough"
            d.error("misc", span, f"{many} values to unpack (expected {n}, got {len(t.items)})")
            return None
        parts = [field(src, i, span) for i in range(n)]
    elif isinstance(t, ListT):
        out.append(tir.ExprStmt(tir.Prim("list.check_unpack", (src, tir.Const(n, INT, span)), NONE, span), span))
        parts = [tir.Prim("list.getitem", (src, tir.Const(i, INT, span)), t.elem, span) for i in range(n)]
    else:
        d.error("unsupported", span, f"cannot unpack a value of type '{t}'")
        return None
    # Every part is read into a hidden local before any target is bound: `a, b = b, a`
    # and `xs[i], xs[j] = ...` then see the values as they were, as in CPython.
    temps = [temp(sc, p.type, span) for p in parts]
    out += [tir.Assign(tv, p, span) for tv, p in zip(temps, parts)]
    for sub, tv in zip(target.elts, temps):
        bound = unpack(sc, sub, tv, span, rename)
        if bound is None:
            return None
        out += bound
    return out


def unpack_display(sc: FuncScope, target: ast.TupleExpr | ast.ListExpr, value: ast.TupleExpr,
                   span: ast.Span) -> list[tir.Stmt] | None:
    """`a, b = x, y`: evaluate every value, then bind left to right (no tuple is built)."""
    from py4c.typecheck.expr import check_expr, poisoned

    if len(target.elts) != len(value.elts) or any(isinstance(x, ast.Starred) for x in (*target.elts, *value.elts)):
        return None
    vals = [check_expr(sc, v, _target_type(sc, t)) for t, v in zip(target.elts, value.elts)]
    if poisoned(*vals):
        return []
    temps = [temp(sc, v.type, v.span) for v in vals]
    out: list[tir.Stmt] = [tir.Assign(tv, v, span) for tv, v in zip(temps, vals)]
    for sub, tv in zip(target.elts, temps):
        bound = unpack(sc, sub, tv, span)
        if bound is None:
            return []
        out += bound
    return out


def _target_type(sc: FuncScope, t: ast.Expr) -> Type | None:
    """The declared type of a name target, to type `[]` and tuple displays assigned to it."""
    if isinstance(t, ast.Name):
        if sc.is_module or t.id in sc.declared_global:
            return sc.module.globals.get(t.id)
        return sc.locals.get(t.id)
    return None

