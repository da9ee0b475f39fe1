"""dict[K, V] and set[T]: displays, subscripts, methods, membership, iteration.

Phase: typecheck. Dicts keep insertion order, as CPython's do, so iterating and printing
them agree. Sets do not: CPython iterates a set in hash-table order (for str keys it even
changes from run to run), so py4c rejects iterating or printing a set and points to
sorted(s); membership, len, algebra and equality are order-free and supported.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import BOOL, INT, NONE, BoolT, ClassT, DictT, FloatT, IntT, NoneT, OptT, SetT, StrT, TupleT, Type, is_object

SET_ORDER_HINT = "CPython iterates a set in hash order, which py4c does not reproduce; use sorted(s)"


def is_hashable(t: Type) -> bool:
    if isinstance(t, TupleT):
        return all(is_hashable(x) for x in t.items)
    if isinstance(t, OptT):  # None hashes as CPython's None, a value as itself
        return is_hashable(t.inner)
    return isinstance(t, (IntT, FloatT, BoolT, StrT, NoneT))


def hashable(sc: FuncScope, t: Type, span: ast.Span) -> bool:
    from py4c.typecheck.classes import hashable_class

    if is_hashable(t) or isinstance(t, ClassT) and hashable_class(sc.module, t):
        return True
    sc.module.diags.error("unhashable", span, f"unhashable type: '{t}'",
                          "dict keys and set items must be int, float, bool, str, or tuples of those")
    return False


def new_temp_var(sc: FuncScope, t: Type, span: ast.Span) -> tir.Var:
    return tir.Var(sc.new_temp(t), "local", t, span)


def _empty_display(e: ast.Expr) -> bool:
    return isinstance(e, (ast.ListExpr, ast.DictExpr, ast.SetExpr)) and not (
        e.keys if isinstance(e, ast.DictExpr) else e.elts)


def check_dict_display(sc: FuncScope, e: ast.DictExpr, expected: Type | None) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, coerce, error_expr, join_item_types, poisoned

    d = sc.module.diags
    if any(k is None for k in e.keys):
        d.error("unsupported", e.span, "** in a dict display is not supported yet")
        return error_expr(e.span, expected or DictT(INT, INT))
    want_k = expected.key if isinstance(expected, DictT) else None
    want_v = expected.val if isinstance(expected, DictT) else None
    pairs: list[tuple[tir.Expr, tir.Expr]] = []
    if want_v is None and any(_empty_display(v) for v in e.values):
        # values that are empty displays ({1: [], 2: [3]}) take their type from the others
        typed_v = [check_expr(sc, v, None) for v in e.values if not _empty_display(v)]
        want_v = typed_v[0].type if typed_v and not poisoned(*typed_v) else None
    for k, v in zip(e.keys, e.values):
        assert k is not None
        kx = check_expr(sc, k, want_k)
        vx = check_expr(sc, v, want_v)
        if poisoned(kx, vx):
            return error_expr(e.span, expected or DictT(INT, INT))
        pairs.append((kx, vx))
    if not pairs:
        if isinstance(expected, DictT):
            return tir.Prim("dict.new", (), expected, e.span)
        d.error("py4c-infer", e.span, "cannot infer the types of an empty dict", "annotate it: d: dict[str, int] = {}")
        return error_expr(e.span, DictT(INT, INT))
    kt = want_k or pairs[0][0].type
    vt = want_v or pairs[0][1].type
    for kx, vx in pairs:
        jk, jv = join_item_types(sc, kt, kx.type), join_item_types(sc, vt, vx.type)
        if jk is None or jv is None or (want_k is not None and jk != want_k) or (want_v is not None and jv != want_v):
            d.error("mixed-type", e.span, f"a dict display mixing '{kx.type}: {vx.type}' with '{kt}: {vt}'",
                    "py4 dicts have one key type and one value type")
            return error_expr(e.span, DictT(kt, vt))
        kt, vt = jk, jv
    if not hashable(sc, kt, e.span):
        return error_expr(e.span, DictT(kt, vt))
    t = DictT(kt, vt)
    var = new_temp_var(sc, t, e.span)
    stmts: list[tir.Stmt] = [tir.Assign(var, tir.Prim("dict.new", (), t, e.span), e.span)]
    for kx, vx in pairs:
        k2 = coerce(sc, kx, kt, kx.span, "dict key")
        v2 = coerce(sc, vx, vt, vx.span, "dict value")
        stmts.append(tir.ExprStmt(tir.Prim("dict.store", (var, k2, v2), NONE, e.span), e.span))
    return tir.StmtExpr(tuple(stmts), var, t, e.span)


def check_set_display(sc: FuncScope, e: ast.SetExpr, expected: Type | None) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, coerce, error_expr, join_item_types, poisoned

    want = expected.elem if isinstance(expected, SetT) else None
    items = [check_expr(sc, x, want) for x in e.elts]
    if poisoned(*items):
        return error_expr(e.span, expected or SetT(INT))
    et = want or items[0].type
    for x in items:
        joined = join_item_types(sc, et, x.type)
        if joined is None or (want is not None and joined != want):
            sc.module.diags.error("mixed-type", e.span, f"a set holding both '{et}' and '{x.type}'")
            return error_expr(e.span, SetT(et))
        et = joined
    if not hashable(sc, et, e.span):
        return error_expr(e.span, SetT(et))
    t = SetT(et)
    var = new_temp_var(sc, t, e.span)
    stmts: list[tir.Stmt] = [tir.Assign(var, tir.Prim("set.new", (), t, e.span), e.span)]
    for x in items:
        stmts.append(tir.ExprStmt(tir.Prim("set.add", (var, coerce(sc, x, et, x.span, "set item")), NONE, e.span), e.span))
    return tir.StmtExpr(tuple(stmts), var, t, e.span)


def dict_method(sc: FuncScope, recv: tir.Expr, name: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, coerce, error_expr

    assert isinstance(recv.type, DictT)
    dt, span, d = recv.type, e.span, sc.module.diags
    args = [check_expr(sc, a, dt.key if i == 0 else dt.val) for i, a in enumerate(e.args)]
    if e.keywords:
        d.error("call-arg", span, f"dict.{name}() takes no keyword arguments")
        return error_expr(span)

    def key(i: int) -> tir.Expr:
        return coerce(sc, args[i], dt.key, args[i].span, "dict key")

    def val(i: int) -> tir.Expr:
        return coerce(sc, args[i], dt.val, args[i].span, "dict value")

    n = len(args)
    if name == "get" and n == 2:
        return tir.Prim("dict.get_default", (recv, key(0), val(1)), dt.val, span)
    if name == "get" and n == 1 and is_object(dt.val) and not isinstance(dt.val, OptT):
        # the value or None: the default is the None object
        none = tir.Const(None, OptT(dt.val), span)
        return tir.Prim("dict.get_default", (tir.Prim("obj.upcast", (recv,), DictT(dt.key, OptT(dt.val)), span),
                                             key(0), none), OptT(dt.val), span)
    if name == "get" and n == 1 and not isinstance(dt.val, OptT):
        # a number or bool value, or None: boxed (the value is looked up once)
        from py4c.typecheck.expr import coerce as _coerce
        td = tir.Var(sc.new_temp(dt), "local", dt, span)
        tk = tir.Var(sc.new_temp(dt.key), "local", dt.key, span)
        found = tir.Prim("dict.contains", (tk, td), BOOL, span)
        hit = _coerce(sc, tir.Prim("dict.getitem", (td, tk), dt.val, span), OptT(dt.val), span, "value")
        pick = tir.CondExpr(found, hit, tir.Const(None, OptT(dt.val), span), OptT(dt.val), span)
        return tir.Let(td, recv, tir.Let(tk, key(0), pick, OptT(dt.val), span), OptT(dt.val), span)
    if name == "get" and n == 1:
        d.error("unsupported", span, "d.get(key) without a default gives None, which py4c cannot hold here",
                "pass a default: d.get(key, 0), or test `key in d` first")
        return error_expr(span, dt.val)
    if name == "setdefault" and n == 2:
        return tir.Prim("dict.setdefault", (recv, key(0), val(1)), dt.val, span)
    if name == "pop" and n in (1, 2):
        if n == 1:
            return tir.Prim("dict.pop", (recv, key(0)), dt.val, span)
        return tir.Prim("dict.pop_default", (recv, key(0), val(1)), dt.val, span)
    if name == "update" and n == 1:
        if args[0].type != dt:
            d.error("arg-type", span, f"dict.update() needs a {dt}, got '{args[0].type}'")
            return error_expr(span, NONE)
        return tir.Prim("dict.update", (recv, args[0]), NONE, span)
    if name in ("clear", "copy") and n == 0:
        return tir.Prim(f"dict.{name}", (recv,), dt if name == "copy" else NONE, span)
    if name in ("keys", "values", "items"):
        d.error("unsupported", span, f"d.{name}() is supported in for loops and comprehensions only",
                f"iterate over it, or build a list: [x for x in d.{name}()]")
        return error_expr(span)
    d.error("attr-defined", span, f"dict has no method '{name}' with {n} arguments that py4c supports")
    return error_expr(span)


def set_method(sc: FuncScope, recv: tir.Expr, name: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, coerce, error_expr

    assert isinstance(recv.type, SetT)
    st, span, d = recv.type, e.span, sc.module.diags
    args = [check_expr(sc, a, st.elem) for a in e.args]
    if name in ("add", "discard", "remove") and len(args) == 1 and not e.keywords:
        return tir.Prim(f"set.{name}", (recv, coerce(sc, args[0], st.elem, args[0].span, "set item")), NONE, span)
    if name in ("clear", "copy") and not args:
        return tir.Prim(f"dict.{name}", (recv,), st if name == "copy" else NONE, span)
    if name in ("union", "intersection", "difference", "symmetric_difference") and len(args) == 1 and args[0].type == st:
        return tir.Prim(f"set.{name}", (recv, args[0]), st, span)
    d.error("attr-defined", span, f"set has no method '{name}' of this form that py4c supports")
    return error_expr(span)


_ = (BOOL, INT)
