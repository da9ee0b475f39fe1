"""Comparisons: `<`, `==`, `in`, `is` and their chains over every py4 type, each resolved to
one primitive with converted operands (user classes through their special methods)."""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.typecheck.expr import check_expr, coerce, convert, poisoned
from py4c.types import BOOL, INT, STR, BoolT, ClassT, DictT, FloatT, IntT, ListT, NoneT, OptT, SetT, StrT, TupleT, Type, is_object

_CMP = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne"}

def compare_op(sc: FuncScope, op: str, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tuple[str, tir.Expr, tir.Expr]:
    """Resolve one comparison to a primitive name and converted operands."""
    d = sc.module.diags
    ta, tb = a.type, b.type
    if poisoned(a, b):
        return "const.false", a, b
    user = _user_compare(sc, op, a, b, span)
    if user is not None:
        return "user", user, b
    if op in ("is", "is not"):
        if isinstance(ta, NoneT) or isinstance(tb, NoneT):
            same = isinstance(ta, NoneT) and isinstance(tb, NoneT)
            return ("const.true" if same == (op == "is") else "const.false"), a, b
        if isinstance(ta, ListT) and ta == tb:
            return ("obj.is" if op == "is" else "obj.is_not"), a, b
        d.error("unsupported", span, f"'{op}' is only supported with None and between lists",
                "identity of other values differs between CPython and compiled code; compare with ==")
        return "const.false", a, b
    if op in ("in", "not in"):
        if isinstance(ta, StrT) and isinstance(tb, StrT):
            return ("str.contains" if op == "in" else "str.not_contains"), a, b
        if isinstance(tb, ListT):
            item = coerce(sc, a, tb.elem, span, "the left operand of 'in'")
            return ("list.contains" if op == "in" else "list.not_contains"), item, b
        if isinstance(tb, (DictT, SetT)):
            item = coerce(sc, a, tb.key if isinstance(tb, DictT) else tb.elem, span, "the left operand of 'in'")
            return ("dict.contains" if op == "in" else "dict.not_contains"), item, b
        if isinstance(tb, TupleT):
            if any(x != tb.items[0] for x in tb.items):
                d.error("unsupported", span, f"'{op}' on '{tb}' whose items have different types is not supported",
                        "compare with each item explicitly")
                return "const.false", a, b
            if not tb.items:
                return ("const.false" if op == "in" else "const.true"), a, b
            item = coerce(sc, a, tb.items[0], span, "the left operand of 'in'")
            return ("tuple.contains" if op == "in" else "tuple.not_contains"), item, b
        d.error("unsupported", span, f"'{op}' on '{tb}' is not supported yet")
        return "const.false", a, b
    name = _CMP[op]
    if isinstance(ta, BoolT) and isinstance(tb, BoolT):
        return f"bool.{name}", a, b
    if isinstance(ta, BoolT):
        a, ta = convert(a, INT), INT
    if isinstance(tb, BoolT):
        b, tb = convert(b, INT), INT
    if isinstance(ta, IntT) and isinstance(tb, IntT):
        if ta.kind != tb.kind:
            # comparisons never overflow: compare as 64-bit ints when kinds differ
            a, b = convert(a, INT), convert(b, INT)
        assert isinstance(a.type, IntT)
        return f"{a.type.kind}.{name}", a, b
    if isinstance(ta, IntT) and isinstance(tb, FloatT):
        return f"int_float.{name}", convert(a, INT), b  # exact, as CPython compares
    if isinstance(ta, FloatT) and isinstance(tb, IntT):
        return f"float_int.{name}", a, convert(b, INT)
    if isinstance(ta, FloatT) and isinstance(tb, FloatT):
        return f"float.{name}", a, b
    if isinstance(ta, StrT) and isinstance(tb, StrT):
        return f"str.{name}", a, b
    if isinstance(ta, ListT) and ta == tb:
        return f"list.{name}", a, b
    if isinstance(ta, TupleT) and isinstance(tb, TupleT) and _same_prefix(ta, tb):
        # CPython compares item by item, then by length; the common items must agree in
        # type (tuple.c reads both tuples by the left one's field types)
        if name not in ("eq", "ne"):
            from py4c.typecheck.consume import check_orderable
            check_orderable(sc, ta, span)
        return f"tuple.{name}", a, b
    if isinstance(ta, (DictT, SetT)) and ta == tb and name in ("eq", "ne"):
        return f"dict.{name}", a, b
    if isinstance(ta, NoneT) and isinstance(tb, NoneT) and op in ("==", "!="):
        return ("const.true" if op == "==" else "const.false"), a, b
    if op in ("==", "!="):
        d.error("comparison-overlap", span, f"comparing '{ta}' with '{tb}' is not supported: the types differ",
                "convert one side so that both have the same type")
        return "const.false", a, b
    d.error("operator", span, f"unsupported operand types for {op}: '{ta}' and '{tb}'")
    return "const.false", a, b


def _same_prefix(a: TupleT, b: TupleT) -> bool:
    n = min(len(a.items), len(b.items))
    return a.items[:n] == b.items[:n]


def check_compare(sc: FuncScope, e: ast.Compare) -> tir.Expr:
    """`a < b` is one primitive; a chain `a < b < c` becomes
    Let(ta, a, Let(tb, b, (ta < tb) and Let(tc, c, tb < tc))) so that each operand is
    evaluated once, left to right, and the chain stops at the first false link."""
    raw = [e.left, *e.comparators]
    empty = {i for i, x in enumerate(raw) if isinstance(x, ast.ListExpr) and not x.elts}
    typed = {i: check_expr(sc, x) for i, x in enumerate(raw) if i not in empty}
    for i in sorted(empty):
        # an empty list takes its type from its neighbour: `xs == []`, `[] in rows`
        hint: Type | None = None
        if i + 1 in typed:
            right = typed[i + 1].type
            hint = right.elem if e.ops[i] in ("in", "not in") and isinstance(right, ListT) else right
        elif i - 1 in typed:
            hint = typed[i - 1].type
        typed[i] = check_expr(sc, raw[i], hint)
    operands = [typed[i] for i in range(len(raw))]
    if len(e.ops) == 1:
        prim, a, b = compare_op(sc, e.ops[0], operands[0], operands[1], e.span)
        return compare_prim(prim, a, b, e.span)
    temps = [tir.Var(sc.new_temp(x.type), "local", x.type, x.span) for x in operands]

    def link(i: int) -> tir.Expr:
        # compare temps[i] with temps[i+1] (already bound), then the rest of the chain
        prim, a, b = compare_op(sc, e.ops[i], temps[i], temps[i + 1], e.span)
        test = compare_prim(prim, a, b, e.span)
        if i + 1 == len(e.ops):
            return test
        rest = tir.Let(temps[i + 2], operands[i + 2], link(i + 1), BOOL, e.span)
        return tir.BoolChain("and", (test, rest), BOOL, e.span)

    inner = tir.Let(temps[1], operands[1], link(0), BOOL, e.span)
    return tir.Let(temps[0], operands[0], inner, BOOL, e.span)


def _user_compare(sc: FuncScope, op: str, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tir.Expr | None:
    """Comparisons involving objects and `X | None` references; None for other types."""
    from py4c.typecheck import classes

    ta, tb = a.type, b.type
    objs = (ClassT, OptT)
    if not isinstance(ta, objs) and not isinstance(tb, objs):
        return None
    d = sc.module.diags
    negate = op in ("is not", "!=")
    if isinstance(tb, NoneT) or isinstance(ta, NoneT):
        if op in ("is", "is not", "==", "!="):
            x = b if isinstance(ta, NoneT) else a
            return classes.is_none_check(x, negate, span)
    if op in ("is", "is not"):
        r: tir.Expr = tir.Prim("obj.is", (a, b), BOOL, span)
        return tir.Prim("bool.not", (r,), BOOL, span) if negate else r
    if op in ("==", "!=") and (isinstance(ta, OptT) and not is_object(ta.inner)
                               or isinstance(tb, OptT) and not is_object(tb.inner)):
        # `x == 3` with x: int | None: False when x is None, else the values compared
        opt_side, other = (a, b) if isinstance(ta, OptT) else (b, a)
        assert isinstance(opt_side.type, OptT)
        tmp = tir.Var(sc.new_temp(opt_side.type), "local", opt_side.type, span)
        inner_v = tir.Prim("opt.check", (tmp, tir.Const("", STR, span)), opt_side.type.inner, span)
        if isinstance(other.type, OptT):
            # both optional: equal when both are None or both hold equal values
            if other.type != opt_side.type:
                return None
            tmp2 = tir.Var(sc.new_temp(other.type), "local", other.type, span)
            inner2 = tir.Prim("opt.check", (tmp2, tir.Const("", STR, span)), other.type.inner, span)
            prim, x, y = compare_op(sc, "==", inner_v, inner2, span)
            none1 = tir.Prim("opt.is_none", (tmp,), BOOL, span)
            none2 = tir.Prim("opt.is_none", (tmp2,), BOOL, span)
            eq = tir.CondExpr(none1, none2, tir.CondExpr(none2, tir.Const(False, BOOL, span),
                                                         compare_prim(prim, x, y, span), BOOL, span), BOOL, span)
            res: tir.Expr = tir.Prim("bool.not", (eq,), BOOL, span) if negate else eq
            return tir.Let(tmp, opt_side, tir.Let(tmp2, other, res, BOOL, span), BOOL, span)
        prim, x, y = compare_op(sc, op, inner_v, other, span)
        test = tir.CondExpr(tir.Prim("opt.is_none", (tmp,), BOOL, span), tir.Const(negate, BOOL, span),
                            compare_prim(prim, x, y, span), BOOL, span)
        return tir.Let(tmp, opt_side, test, BOOL, span)
    if op in ("in", "not in"):
        m = classes.special(sc.module, b.type, "__contains__") if isinstance(b.type, ClassT) else None
        if m is None or len(m.sig.params) != 1:
            return None
        r = classes.call_method(sc, b, m, [coerce(sc, a, m.sig.params[0][1], span, "the left operand of 'in'")], span)
        if op == "not in":
            return tir.Prim("bool.not", (r,), BOOL, span)
        return r
    a2 = classes.unwrap(sc, a, "__eq__" if op in ("==", "!=") else "__lt__", span)
    b2 = classes.unwrap(sc, b, "__eq__", span) if isinstance(tb, OptT) else b
    if op in ("==", "!="):
        m = classes.special(sc.module, a2.type, "__eq__")
        if m is None:
            r = tir.Prim("obj.is", (a2, b2), BOOL, span)  # object.__eq__ is identity
        else:
            r = classes.call_method(sc, a2, m, [coerce(sc, b2, m.sig.params[0][1], span, "the right operand")], span)
        return tir.Prim("bool.not", (r,), BOOL, span) if negate else r
    if op in classes.COMPARE_DUNDERS:
        fwd, refl = classes.COMPARE_DUNDERS[op]
        m = classes.special(sc.module, a2.type, fwd)
        if m is not None:
            return classes.call_method(sc, a2, m, [coerce(sc, b2, m.sig.params[0][1], span, "the right operand")], span)
        m = classes.special(sc.module, b2.type, refl)
        if m is not None:
            # a > b falls back to b.__lt__(a): evaluate a first, as CPython does
            ta_v = tir.Var(sc.new_temp(a2.type), "local", a2.type, span)
            call = classes.call_method(sc, b2, m, [coerce(sc, ta_v, m.sig.params[0][1], span, "the left operand")], span)
            return tir.Let(ta_v, a2, call, BOOL, span)
        d.error("operator", span, f"'{op}' is not supported between '{ta}' and '{tb}'",
                f"define {fwd} in the class")
        return tir.Const(False, BOOL, span)
    return None


def compare_prim(prim: str, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tir.Expr:
    if prim == "user":
        return a
    if prim.startswith("const."):
        return tir.Const(prim == "const.true", BOOL, span)
    return tir.Prim(prim, (a, b), BOOL, span)
