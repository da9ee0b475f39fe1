"""collections.defaultdict, Counter and deque.

Phase: typecheck. They are a dict or a list at run time with a flag that gives their
behaviour where it differs (runtime/py4c.h PY4C_DICT_DEFAULT / PY4C_DICT_COUNTER /
PY4C_LIST_DEQUE): a defaultdict's missing key gets a fresh value of the value type (the
factory must be that type: `defaultdict(int)` for `defaultdict[str, int]`); a Counter's
missing key counts 0 and `update` adds counts; both print as CPython prints them; a
deque prints as `deque([...])`. Because the flag travels with the object, a function
that receives one as a plain `dict`/`list` still behaves as CPython.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import BOOL, FLOAT, INT, NONE, STR, BoolT, DictT, FloatT, IntT, ListT, SetT, StrT, TupleT, Type

FACTORIES = {"int": INT, "float": FLOAT, "str": STR, "bool": BOOL}
DEFAULT_FLAG, COUNTER_FLAG, DEQUE_FLAG = 1, 2, 1


def check_collections_call(sc: FuncScope, q: str, e: ast.Call, expected: Type | None) -> tir.Expr:
    from py4c.typecheck.consume import collect, foreach
    from py4c.typecheck.expr import check_expr, error_expr

    d = sc.module.diags
    name = q.split(".", 1)[1]
    span = e.span
    if name == "defaultdict":
        if len(e.args) != 1 or e.keywords or not isinstance(e.args[0], ast.Name):
            d.error("unsupported", span, "defaultdict(...) takes the value type as its factory here",
                    "write defaultdict(int), defaultdict(list), defaultdict(set), ...")
            return error_expr(span)
        if not isinstance(expected, DictT):
            d.error("py4c-infer", span, "cannot infer the type of defaultdict(...)",
                    "annotate the variable: d: defaultdict[str, int] = defaultdict(int)")
            return error_expr(span)
        factory = e.args[0].id
        v = expected.val
        ok = FACTORIES.get(factory) == v or factory == "list" and isinstance(v, ListT) \
            or factory == "set" and isinstance(v, SetT) or factory == "dict" and isinstance(v, DictT)
        if not ok:
            d.error("unsupported", e.args[0].span, f"the factory '{factory}' does not make a '{v}'",
                    "py4c supports the value type itself as the factory")
            return error_expr(span, expected)
        return tir.Prim("dict.new_flagged", (tir.Const(DEFAULT_FLAG, INT, span),), expected, span)
    if name == "Counter":
        if e.keywords or len(e.args) > 1:
            d.error("unsupported", span, "Counter() takes at most one iterable here")
            return error_expr(span)
        if not e.args:
            if not isinstance(expected, DictT):
                d.error("py4c-infer", span, "cannot infer the type of Counter()",
                        "annotate the variable: c: Counter[str] = Counter()")
                return error_expr(span)
            return tir.Prim("dict.new_flagged", (tir.Const(COUNTER_FLAG, INT, span),), expected, span)
        return _count(sc, e.args[0], span)
    if name == "deque":
        if e.keywords:
            d.error("unsupported", span, "deque(maxlen=...) is not supported yet")
            return error_expr(span)
        if not e.args:
            if not isinstance(expected, ListT):
                d.error("py4c-infer", span, "cannot infer the type of deque()",
                        "annotate the variable: q: deque[int] = deque()")
                return error_expr(span)
            items: tir.Expr = tir.ListDisplay((), expected, span)
        else:
            got = collect(sc, e.args[0], span, order_free=False)
            if got is None:
                return error_expr(span)
            items = got
        return tir.Prim("list.mark_deque", (items,), items.type, span)
    d.error("unsupported", span, f"collections.{name} is not supported")
    _ = (foreach, check_expr)
    return error_expr(span)


def _count(sc: FuncScope, iterable: ast.Expr, span: ast.Span) -> tir.Expr:
    """Counter(iterable): a Counter of the items, in first-seen order."""
    from py4c.typecheck.consume import accumulate
    from py4c.typecheck.dicts import hashable
    from py4c.typecheck.expr import check_expr, error_expr

    lazy = isinstance(iterable, ast.Call) and sc.module.qualified(iterable.func) in (
        "zip", "enumerate", "reversed", "range", "map", "filter")
    if isinstance(iterable, (ast.Name, ast.DictExpr, ast.Attribute, ast.Call)) and not lazy:
        src = check_expr(sc, iterable)
        if isinstance(src.type, DictT) and src.type.val == INT:
            # Counter(mapping): the mapping's counts (Counter.update adds them to nothing)
            c = tir.Var(sc.new_temp(src.type), "local", src.type, span)
            new = tir.Prim("dict.new_flagged", (tir.Const(COUNTER_FLAG, INT, span),), src.type, span)
            upd = tir.ExprStmt(tir.Prim("dict.update", (c, src), NONE, span), span)
            return tir.StmtExpr((tir.Assign(c, new, span), upd), c, c.type, span)
    def bump(acc: tir.Var, x: tir.Expr) -> tir.Expr:
        # c[x] += 1 with x evaluated once (a Counter's missing key counts 0)
        k = tir.Var(sc.new_temp(x.type), "local", x.type, span)
        inc = tir.Prim("int.add", (tir.Prim("dict.getitem", (acc, k), INT, span), tir.Const(1, INT, span)), INT, span)
        return tir.Let(k, x, tir.Prim("dict.setitem", (inc, acc, k), NONE, span), NONE, span)

    made = accumulate(sc, iterable, span, lambda x: DictT(x.type, INT) if hashable(sc, x.type, span) else None, bump,
                      lambda t: tir.Prim("dict.new_flagged", (tir.Const(COUNTER_FLAG, INT, span),), t, span))
    return made if made is not None else error_expr(span)


def counter_method(sc: FuncScope, recv: tir.Expr, name: str, e: ast.Call) -> tir.Expr | None:
    """most_common([n]) and total() of a Counter (any dict[K, int] statically)."""
    from py4c.typecheck.expr import check_expr

    if name not in ("most_common", "total") or not isinstance(recv.type, DictT) or recv.type.val != INT:
        return None
    span = e.span
    tmp = tir.Var(sc.new_temp(recv.type), "local", recv.type, span)
    ref = ast.Name(tmp.name, span)
    if name == "total":
        call: ast.Expr = ast.Call(ast.Name("sum", span), (ast.Call(ast.Attribute(ref, "values", span), (), (), span),),
                                  (), span)
    else:
        kv = ast.Name("$kv", span)
        key = ast.Lambda(ast.Params((ast.Param("$kv", None, None, "normal", span),), span),
                         ast.Subscript(kv, ast.IntLit(1, span), span), span)
        call = ast.Call(ast.Name("sorted", span), (ast.Call(ast.Attribute(ref, "items", span), (), (), span),),
                        (ast.Keyword("key", key, span), ast.Keyword("reverse", ast.BoolLit(True, span), span)), span)
        if e.args:
            call = ast.Subscript(call, ast.Slice(None, e.args[0], None, span), span)
    sc.renames.append({tmp.name: tmp})
    try:
        x = check_expr(sc, call)
    finally:
        sc.renames.pop()
    return tir.Let(tmp, recv, x, x.type, span)


def annotation(env_qualified: str | None) -> str | None:
    """The collections type an annotation base names, if any."""
    return {"collections.defaultdict": "defaultdict", "typing.DefaultDict": "defaultdict",
            "collections.Counter": "Counter", "typing.Counter": "Counter",
            "collections.deque": "deque", "typing.Deque": "deque"}.get(env_qualified or "")


_ = (BoolT, FloatT, IntT, StrT, TupleT)
