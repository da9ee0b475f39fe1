"""The heapq and bisect modules over `list[T]` of any orderable T (runtime/heapq.c runs
CPython's algorithms, so ties and NaNs land where CPython puts them).

Phase: typecheck. nsmallest/nlargest are sorted(...)[:n], which is how their
documentation defines them (and what CPython returns, ties included).
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import INT, NONE, BoolT, IntT, ListT, Type

HEAPQ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nsmallest", "nlargest"]
BISECT = ["bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"]


def _heap_arg(sc: FuncScope, e: ast.Call, name: str, nargs: int) -> list[tir.Expr] | None:
    from py4c.typecheck.consume import check_orderable
    from py4c.typecheck.expr import check_expr, coerce

    d = sc.module.diags
    if len(e.args) != nargs or e.keywords:
        d.error("call-arg", e.span, f"{name}() takes {nargs} argument{'s' if nargs > 1 else ''}")
        return None
    h = check_expr(sc, e.args[0])
    if not isinstance(h.type, ListT):
        d.error("arg-type", e.args[0].span, f"{name}() needs a list, not '{h.type}'")
        return None
    check_orderable(sc, h.type.elem, e.span)
    rest = [coerce(sc, check_expr(sc, a, h.type.elem), h.type.elem, a.span, f"argument of {name}()") for a in e.args[1:]]
    return [h, *rest]


def check_heapq(sc: FuncScope, q: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import error_expr

    name = q.split(".", 1)[1]
    span = e.span
    if name in ("nsmallest", "nlargest"):
        return _nbest(sc, name, e)
    nargs = {"heappush": 2, "heappop": 1, "heapify": 1, "heapreplace": 2, "heappushpop": 2}[name]
    a = _heap_arg(sc, e, name, nargs)
    if a is None:
        return error_expr(span)
    assert isinstance(a[0].type, ListT)
    elem: Type = a[0].type.elem
    op = {"heappush": "heapq.push", "heappop": "heapq.pop", "heapify": "heapq.heapify",
          "heapreplace": "heapq.replace", "heappushpop": "heapq.pushpop"}[name]
    return tir.Prim(op, tuple(a), NONE if name in ("heappush", "heapify") else elem, span)


def _nbest(sc: FuncScope, name: str, e: ast.Call) -> tir.Expr:
    """heapq.nsmallest(n, it, key=k) is sorted(it, key=k)[:n]; nlargest sorts in reverse."""
    from py4c.typecheck.expr import check_expr, error_expr

    if len(e.args) != 2 or any(k.name != "key" for k in e.keywords):
        sc.module.diags.error("call-arg", e.span, f"{name}() takes n, an iterable and an optional key=")
        return error_expr(e.span)
    sp = e.span
    kws = list(e.keywords)
    if name == "nlargest":
        kws.append(ast.Keyword("reverse", ast.BoolLit(True, sp), sp))
    srt = ast.Call(ast.Name("sorted", sp), (e.args[1],), tuple(kws), sp)
    return check_expr(sc, ast.Subscript(srt, ast.Slice(None, e.args[0], None, sp), sp))


def check_bisect(sc: FuncScope, q: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.consume import check_orderable
    from py4c.typecheck.expr import check_expr, coerce, convert, error_expr

    d = sc.module.diags
    name = q.split(".", 1)[1]
    span = e.span
    names = ["a", "x", "lo", "hi"]
    given: dict[str, ast.Expr] = dict(zip(names, e.args))
    for k in e.keywords:
        if k.name not in names or k.name in given:
            d.error("call-arg", k.span, f"{name}() got an unexpected keyword argument '{k.name}'")
            return error_expr(span)
        given[k.name] = k.value
    if len(e.args) > 4 or "a" not in given or "x" not in given:
        d.error("call-arg", span, f"{name}() takes a list, a value, and optional lo and hi")
        return error_expr(span)
    a = check_expr(sc, given["a"])
    if not isinstance(a.type, ListT):
        d.error("arg-type", span, f"{name}() needs a list, not '{a.type}'")
        return error_expr(span)
    check_orderable(sc, a.type.elem, span)
    x = coerce(sc, check_expr(sc, given["x"], a.type.elem), a.type.elem, span, f"argument of {name}()")
    bounds: list[tir.Expr] = []
    for b, default in (("lo", 0), ("hi", -1)):
        if b in given:
            v = check_expr(sc, given[b])
            if not isinstance(v.type, (IntT, BoolT)):
                d.error("arg-type", span, f"{b} must be an int")
                return error_expr(span)
            bounds.append(convert(v, INT))
        else:
            bounds.append(tir.Const(default, INT, span))
    right = tir.Const(0 if name.endswith("_left") else 1, INT, span)
    if not name.startswith("insort"):
        return tir.Prim("bisect.bisect", (a, x, *bounds, right), INT, span)
    # insort: a.insert(bisect(a, x, lo, hi), x), with a and x evaluated once
    ta = tir.Var(sc.new_temp(a.type), "local", a.type, span)
    tx = tir.Var(sc.new_temp(x.type), "local", x.type, span)
    where = tir.Prim("bisect.bisect", (ta, tx, *bounds, right), INT, span)
    ins = tir.Prim("list.insert", (ta, where, tx), NONE, span)
    return tir.Let(ta, a, tir.Let(tx, x, ins, NONE, span), NONE, span)


def _register() -> None:
    from py4c.typecheck.stdlib import register

    register([f"heapq.{n}" for n in HEAPQ], check_heapq)
    register([f"bisect.{n}" for n in BISECT], check_bisect)


_register()
