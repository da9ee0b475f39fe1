"""Expressions: ast.Expr -> tir.Expr with types and resolved primitives.

Phase: typecheck (py4c's own inference, run after mypy accepted the program). Every
operator is resolved here to a primitive named `<type>.<op>` and every implicit
conversion becomes an explicit `Prim("<from>-><to>")`, so the backend never re-derives
Python semantics. Where CPython would produce a value whose type py4c cannot model
statically (an `int` stored where a `float` is declared keeps printing as `1`, not
`1.0`), the program is rejected with a diagnostic that says what to write instead.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.builtins import check_call
from py4c.typecheck.env import FuncScope, ModuleEnv
from py4c.types import BOOL, FLOAT, INT, INT_RANGES, NONE, STR, BoolT, ClassT, DictT, FloatT, IntT, ListT, NoneT, OptT, SetT, StrT, TupleT, Type, is_object

_ARITH = {"+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow",
          "<<": "lshift", ">>": "rshift", "&": "and", "|": "or", "^": "xor"}
_USER_BINOPS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
                "%": "__mod__", "@": "__matmul__"}


def error_expr(span: ast.Span, t: Type = INT) -> tir.Expr:
    """A placeholder after a reported error, so checking can go on without cascading."""
    return tir.Const(0 if not isinstance(t, (StrT, NoneT)) else None, t, span, poison=True)


def poisoned(*xs: tir.Expr) -> bool:
    return any(isinstance(x, tir.Const) and x.poison for x in xs)


def check_expr(sc: FuncScope, e: ast.Expr, expected: Type | None = None) -> tir.Expr:
    """Type `e`; `expected` (the declared type of where the value goes) types `[]`."""
    d = sc.module.diags
    if isinstance(expected, OptT):
        expected = expected.inner  # the hint for a display or lambda is the referenced type
    match e:
        case ast.IntLit(value=v, span=span):
            lo, hi = INT_RANGES["int"]
            if not lo <= v <= hi:
                _literal_too_large(sc, v, expected, span)
                return error_expr(span)
            return tir.Const(v, INT, span)
        case ast.FloatLit(value=v, span=span):
            return tir.Const(v, FLOAT, span)
        case ast.BoolLit(value=v, span=span):
            return tir.Const(v, BOOL, span)
        case ast.StrLit(value=v, span=span):
            return tir.Const(v, STR, span)
        case ast.NoneLit(span=span):
            return tir.Const(None, NONE, span)
        case ast.JoinedStr():
            from py4c.typecheck.fstring import check_joined_str
            return check_joined_str(sc, e)
        case ast.Name():
            return check_name(sc, e)
        case ast.UnaryOp():
            return check_unary(sc, e, expected)
        case ast.BinOp(op=op, left=left, right=right, span=span):
            if _is_empty_list(left) and not _is_empty_list(right):
                # `[] + xs`: the empty list takes the other operand's type (right is evaluated
                # second at run time all the same: tir keeps the order below)
                r = check_expr(sc, right)
                lt = check_expr(sc, left, r.type if isinstance(r.type, ListT) else expected)
                return binop(sc, op, lt, r, span)
            lv = check_expr(sc, left, expected if op in ("+", "*") else None)
            hint = lv.type if isinstance(right, ast.ListExpr) and op == "+" and isinstance(lv.type, ListT) else None
            return binop(sc, op, lv, check_expr(sc, right, hint), span)
        case ast.BoolOp():
            return check_boolop(sc, e)
        case ast.Compare():
            from py4c.typecheck.compare import check_compare

            return check_compare(sc, e)
        case ast.IfExp(test=test, body=body, orelse=orelse, span=span):
            cond = check_cond(sc, test)
            a, b = unify(sc, _narrowed_expr(sc, test, True, body, expected),
                         _narrowed_expr(sc, test, False, orelse, expected), span,
                         "the two branches of a conditional expression")
            return tir.CondExpr(cond, a, b, a.type, span)
        case ast.Call():
            return check_call(sc, e, expected)
        case ast.Attribute(value=ast.Call(func=ast.Name(id="type"), args=(arg,), keywords=()), attr="__name__",
                           span=span) if "type" not in sc.locals:
            return _type_name(sc, check_expr(sc, arg), span)
        case ast.Attribute(value=value, attr=attr, span=span) if _is_object_attr(sc, e):
            from py4c.typecheck.classes import get_attr
            cls_name = value.id if isinstance(value, ast.Name) and value.id in sc.module.classes else \
                sc.cls_param[1] if isinstance(value, ast.Name) and sc.cls_param and value.id == sc.cls_param[0] else \
                _imported_class(sc, value)
            if cls_name is not None:
                info = sc.module.classes[cls_name]
                c: str | None = cls_name
                while c is not None:
                    if attr in sc.module.classes[c].consts:
                        return check_expr(sc, sc.module.classes[c].consts[attr])
                    if attr in sc.module.classes[c].defaults and not sc.module.classes[c].dataclass:
                        # `MAX: int = 24` in a class body is also a class attribute
                        return check_expr(sc, sc.module.classes[c].defaults[attr],
                                          sc.module.classes[c].own_fields.get(attr))
                    c = sc.module.classes[c].base
                d.error("attr-defined", span, f"class '{info.name}' has no constant '{attr}'")
                return error_expr(span)
            got = get_attr(sc, check_expr(sc, value), attr, span)
            if got is None:
                d.error("attr-defined", span, f"attribute '{attr}' is not supported here")
                return error_expr(span)
            if isinstance(got.type, OptT):
                from py4c.typecheck.narrow import dotted
                path = dotted(e)
                if path is not None and any(path in ps for ps in sc.narrowed_paths):
                    return tir.Prim("opt.check", (got, tir.Const(attr, STR, span)), got.type.inner, span)
            return got
        case ast.Attribute(span=span) if sc.module.module_entity(sc.module.qualified(e)) is not None:
            entity = sc.module.module_entity(sc.module.qualified(e))
            assert entity is not None
            return module_attr(sc, entity[0], entity[1], span)
        case ast.Attribute(span=span):
            q = sc.module.qualified(e)
            if q == "sys.argv":
                return tir.Prim("sys.argv", (), ListT(STR), span)
            from py4c.typecheck.mathmod import CONSTANTS, constant
            if q in CONSTANTS:
                return constant(q, span)
            d.error("unsupported", span, f"attribute '{q or e.attr}' is not supported yet")
            return error_expr(span)
        case ast.Subscript(value=value, index=index, span=span):
            return check_subscript(sc, check_expr(sc, value), index, span)
        case ast.ListExpr():
            return check_list_display(sc, e, expected)
        case ast.TupleExpr():
            from py4c.typecheck.tuples import check_tuple_display
            return check_tuple_display(sc, e, expected)
        case ast.DictExpr():
            from py4c.typecheck.dicts import check_dict_display
            return check_dict_display(sc, e, expected)
        case ast.SetExpr():
            from py4c.typecheck.dicts import check_set_display
            return check_set_display(sc, e, expected)
        case ast.ListComp():
            from py4c.typecheck.consume import check_listcomp
            return check_listcomp(sc, e)
        case ast.DictComp():
            from py4c.typecheck.consume import check_dictcomp
            return check_dictcomp(sc, e, expected)
        case ast.Lambda():
            from py4c.typecheck.closures import lambda_value
            return lambda_value(sc, e, expected)
        case ast.GeneratorExp():
            from py4c.typecheck.closures import genexp_value
            return genexp_value(sc, e)
        case ast.SetComp():
            from py4c.typecheck.consume import check_setcomp
            return check_setcomp(sc, e)
        case ast.Await(span=span):
            from py4c.typecheck import contracts
            d.error("async", span, contracts.async_construct("await"), contracts.ASYNC_HINT)
            return error_expr(span)
        case _:
            d.error("unsupported", e.span, f"{describe(e)} is not supported by py4c yet")
            return error_expr(e.span)


def _type_name(sc: FuncScope, x: tir.Expr, span: ast.Span) -> tir.Expr:
    """type(x).__name__: an object's or exception's class is known at run time only."""
    from py4c.types import ExcT

    t = x.type
    if isinstance(t, ExcT):
        return tir.Prim("exc.type_name", (x,), STR, span)
    if isinstance(t, ClassT):
        return tir.Prim("obj.type_name", (x,), STR, span)
    names = {IntT: "int", FloatT: "float", BoolT: "bool", StrT: "str", ListT: "list", DictT: "dict", SetT: "set",
             TupleT: "tuple", NoneT: "NoneType"}
    for cls, n in names.items():
        if isinstance(t, cls):
            return tir.StmtExpr((tir.ExprStmt(x, span),), tir.Const(n, STR, span), STR, span)
    sc.module.diags.error("unsupported", span, f"type(...).__name__ of a '{t}' is not supported")
    return error_expr(span, STR)


def _imported_class(sc: FuncScope, e: ast.Expr) -> str | None:
    """`Shape` after `from shapes import Shape`: the program's class it names."""
    if isinstance(e, ast.Name) and e.id in sc.module.imports:
        owner = sc.module.module_entity(sc.module.imports[e.id])
        if owner is not None and owner[1] in sc.module.classes:
            return owner[1]
    return None


def _is_object_attr(sc: FuncScope, e: ast.Attribute) -> bool:
    """Is e an attribute of an object (or a class constant), rather than a module's?"""
    if not sc.module.classes:
        return False
    if _imported_class(sc, e.value) is not None:
        return True
    v = e.value
    while isinstance(v, ast.Attribute):
        v = v.value
    return not (isinstance(v, ast.Name) and v.id in sc.module.imports and v.id not in sc.locals)


def describe(e: ast.Expr) -> str:
    names = {
        "ListExpr": "a list display", "TupleExpr": "a tuple", "SetExpr": "a set display",
        "DictExpr": "a dict display", "ListComp": "a list comprehension", "SetComp": "a set comprehension",
        "DictComp": "a dict comprehension", "GeneratorExp": "a generator expression", "Lambda": "lambda",
        "Yield": "yield", "YieldFrom": "yield from", "Await": "await", "NamedExpr": "the walrus operator :=",
        "Starred": "a starred expression", "Slice": "slicing", "ImagLit": "a complex number",
        "BytesLit": "bytes", "EllipsisLit": "Ellipsis", "FormattedValue": "a format field",
    }
    return names.get(type(e).__name__, type(e).__name__)


def _is_empty_list(e: ast.Expr) -> bool:
    return isinstance(e, ast.ListExpr) and not e.elts


def check_name(sc: FuncScope, e: ast.Name) -> tir.Expr:
    name = e.id
    if name == "__name__":
        return tir.Const(sc.module.ext_name or sc.module.name, STR, e.span)
    if name == "NotImplemented" and sc.cls is not None and isinstance(sc.ret, BoolT) and name not in sc.locals:
        # `return NotImplemented` from __eq__: CPython then compares identities: False here
        return tir.Const(False, BOOL, e.span)
    for scope in reversed(sc.renames):
        if name in scope:
            v = scope[name]
            return tir.Var(v.name, v.scope, v.type, e.span)
    if name in sc.poisoned:
        return error_expr(e.span)
    if name in sc.cells or name in sc.captures:
        from py4c.typecheck.closures import cell_get
        got = cell_get(sc, name, e.span)
        if got is not None:
            return got
        return sc.captures[name][0]
    if not sc.is_module and name in sc.assigned and name not in sc.declared_global:
        t = sc.locals.get(name)
        if t is None:
            sc.module.diags.error("py4c-infer", e.span, f"cannot infer the type of '{name}' where it is first read",
                                  f"annotate '{name}' where it is first assigned, e.g. '{name}: int = 0'")
            return error_expr(e.span)
        return tir.Var(name, "local", t, e.span)
    t = sc.module.globals.get(name)
    if t is not None:
        return tir.Var(sc.module.gname(name), "global", t, e.span)
    owner = sc.module.module_entity(sc.module.imports.get(name))
    if owner is not None:
        return module_attr(sc, owner[0], owner[1], e.span)
    from py4c.typecheck.mathmod import CONSTANTS, constant
    if sc.module.imports.get(name) in CONSTANTS:
        return constant(sc.module.imports[name], e.span)
    if name in sc.module.functions:
        from py4c.typecheck.closures import function_value
        return function_value(sc, name, e.span)
    sc.module.diags.error("name-defined", e.span, f"name '{name}' is not defined or not supported by py4c")
    return error_expr(e.span)


def module_attr(sc: FuncScope, other: "ModuleEnv", attr: str, span: ast.Span) -> tir.Expr:
    """A global or function of another module of the program, read as a value."""
    t = other.globals.get(attr)
    if t is not None:
        return tir.Var(other.gname(attr), "global", t, span)
    if attr in other.functions:
        from py4c.typecheck.closures import function_value
        return function_value(sc, attr, span, other)
    sc.module.diags.error("attr-defined", span, f"module '{other.name}' has no attribute '{attr}' py4c can use here")
    return error_expr(span)


def _literal_too_large(sc: FuncScope, v: int, expected: Type | None, span: ast.Span) -> None:
    """An integer literal beyond 64 bits: out of range where a value integer is expected,
    else an int py4c cannot hold yet (big integers)."""
    from py4c.typecheck import contracts

    if isinstance(expected, IntT) and expected.kind in contracts.VALUE_INTS:
        sc.module.diags.error("value-range", span, contracts.value_range(v, expected.kind),
                              contracts.value_range_hint(expected.kind))
    else:
        sc.module.diags.error("unsupported", span, f"integer literal {v} does not fit in 64 bits",
                              "big integers are not supported by py4c yet")


def check_unary(sc: FuncScope, e: ast.UnaryOp, expected: Type | None = None) -> tir.Expr:
    if e.op == "-" and isinstance(e.operand, ast.IntLit):
        v = -e.operand.value
        if v < INT_RANGES["int"][0]:
            _literal_too_large(sc, v, expected, e.span)
            return error_expr(e.span)
        return tir.Const(v, INT, e.span)
    x = check_expr(sc, e.operand)
    if e.op == "not":
        return tir.Prim("bool.not", (truth(sc, x),), BOOL, e.span)
    if isinstance(x.type, BoolT):
        x = convert(x, INT)
    if isinstance(x.type, IntT):
        if e.op == "+":
            return x
        return tir.Prim(f"{x.type.kind}.{'neg' if e.op == '-' else 'invert'}", (x,), x.type, e.span)
    if isinstance(x.type, FloatT) and e.op in "+-":
        return x if e.op == "+" else tir.Prim("float.neg", (x,), FLOAT, e.span)
    if isinstance(x.type, ClassT) and e.op in ("-", "+"):
        from py4c.typecheck import classes
        m = classes.special(sc.module, x.type, "__neg__" if e.op == "-" else "__pos__")
        if m is not None:
            return classes.call_method(sc, x, m, [], e.span)
    sc.module.diags.error("operator", e.span, f"unsupported operand type for unary {e.op}: '{x.type}'")
    return error_expr(e.span)


def convert(x: tir.Expr, target: Type) -> tir.Expr:
    """An implicit, value-preserving conversion between numeric types."""
    if x.type == target:
        return x
    if isinstance(x, tir.Const) and isinstance(target, IntT) and isinstance(x.value, int):
        return tir.Const(int(x.value), target, x.span)
    if isinstance(x, tir.Const) and isinstance(target, FloatT) and isinstance(x.value, (int, bool)):
        return tir.Const(float(x.value), target, x.span)
    return tir.Prim(f"{x.type}->{target}", (x,), target, x.span)


def int_join(sc: FuncScope, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tuple[tir.Expr, tir.Expr] | None:
    """Bring two integer operands to one kind: `int` mixes with a value type as that type."""
    assert isinstance(a.type, IntT) and isinstance(b.type, IntT)
    ka, kb = a.type.kind, b.type.kind
    if ka == kb:
        return a, b
    if ka == "int":
        return fit(sc, a, b.type), b
    if kb == "int":
        return a, fit(sc, b, a.type)
    sc.module.diags.error("operator", span, f"cannot mix {ka} and {kb}", f"convert one side explicitly, e.g. {ka}(x)")
    return None


def fit(sc: FuncScope, x: tir.Expr, target: IntT) -> tir.Expr:
    """Convert an int expression to a value-int type, checking constants now."""
    if isinstance(x, tir.Const) and isinstance(x.value, int):
        lo, hi = INT_RANGES[target.kind]
        if not lo <= x.value <= hi:
            from py4c.typecheck import contracts
            sc.module.diags.error("value-range", x.span, contracts.value_range(x.value, target.kind),
                                  contracts.value_range_hint(target.kind))
    return convert(x, target)


def binop(sc: FuncScope, op: str, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tir.Expr:
    d = sc.module.diags
    name = _ARITH.get(op)
    a, b = deopt(a, span), deopt(b, span)
    ta, tb = a.type, b.type
    if poisoned(a, b):
        return error_expr(span, ta)
    if isinstance(ta, ClassT) and op in _USER_BINOPS:
        from py4c.typecheck import classes
        m = classes.special(sc.module, ta, _USER_BINOPS[op])
        if m is not None and len(m.sig.params) == 1:
            return classes.call_method(sc, a, m, [coerce(sc, b, m.sig.params[0][1], span, "the right operand")], span)
    if name is None:
        d.error("unsupported", span, f"the operator {op} is not supported")
        return error_expr(span)
    if isinstance(ta, StrT) and isinstance(tb, StrT) and op == "+":
        return tir.Prim("str.concat", (a, b), STR, span)
    if isinstance(ta, StrT) and op == "%":
        d.error("unsupported", span, "%-formatting of strings is not supported",
                "use an f-string: f\"{x:d} items\", or str.format")
        return error_expr(span, STR)
    if isinstance(ta, ListT) and ta == tb and op == "+":
        return tir.Prim("list.concat", (a, b), ta, span)
    if isinstance(ta, TupleT) and isinstance(tb, TupleT) and op == "+":
        from py4c.typecheck.tuples import tuple_concat
        return tuple_concat(sc, a, b, span)
    if isinstance(ta, SetT) and ta == tb and op in ("|", "&", "-", "^"):
        which = {"|": "union", "&": "intersection", "-": "difference", "^": "symmetric_difference"}[op]
        return tir.Prim(f"set.{which}", (a, b), ta, span)
    if op == "*" and (isinstance(ta, (ListT, StrT)) and isinstance(tb, (IntT, BoolT))
                      or isinstance(tb, (ListT, StrT)) and isinstance(ta, (IntT, BoolT))):
        seq, n = (a, b) if isinstance(ta, (ListT, StrT)) else (b, a)
        kind = "str" if isinstance(seq.type, StrT) else "list"
        return tir.Prim(f"{kind}.repeat", (seq, convert(n, INT)), seq.type, span)
    if isinstance(ta, BoolT) and isinstance(tb, BoolT) and op in "&|^":
        return tir.Prim(f"bool.{name}", (a, b), BOOL, span)
    if isinstance(ta, BoolT):
        a, ta = convert(a, INT), INT
    if isinstance(tb, BoolT):
        b, tb = convert(b, INT), INT
    if isinstance(ta, FloatT) or isinstance(tb, FloatT):
        if not isinstance(ta, (IntT, FloatT)) or not isinstance(tb, (IntT, FloatT)) or op in ("<<", ">>", "&", "|", "^"):
            d.error("operator", span, f"unsupported operand types for {op}: '{ta}' and '{tb}'")
            return error_expr(span, FLOAT)
        return tir.Prim(f"float.{name}", (to_float(a), to_float(b)), FLOAT, span)
    if op == "**" and isinstance(ta, IntT) and isinstance(b, tir.Const) and isinstance(b.value, int) \
            and not isinstance(b.value, bool) and b.value < 0:
        # a negative constant exponent gives a float (mypy types `2 ** -1` as float)
        return tir.Prim("float.pow", (to_float(a), tir.Const(float(b.value), FLOAT, b.span)), FLOAT, span)
    if isinstance(ta, IntT) and isinstance(tb, IntT):
        joined = int_join(sc, a, b, span)
        if joined is None:
            return error_expr(span)
        a, b = joined
        assert isinstance(a.type, IntT)
        rt: Type = FLOAT if op == "/" else a.type
        return tir.Prim(f"{a.type.kind}.{name}", (a, b), rt, span)
    d.error("operator", span, f"unsupported operand types for {op}: '{ta}' and '{tb}'")
    return error_expr(span)


def to_float(x: tir.Expr) -> tir.Expr:
    if isinstance(x.type, FloatT):
        return x
    if isinstance(x.type, IntT) and x.type.kind != "int":
        x = convert(x, INT)
    return convert(x, FLOAT)


def truth(sc: FuncScope, x: tir.Expr) -> tir.Expr:
    """The truth value of x as a bool expression."""
    t = x.type
    if isinstance(t, BoolT):
        return x
    if isinstance(t, NoneT):
        return tir.Const(False, BOOL, x.span)
    if isinstance(t, IntT):
        return tir.Prim(f"{t.kind}.truth", (x,), BOOL, x.span)
    if isinstance(t, FloatT):
        return tir.Prim("float.truth", (x,), BOOL, x.span)
    if isinstance(t, StrT):
        return tir.Prim("str.truth", (x,), BOOL, x.span)
    if isinstance(t, ListT):
        return tir.Prim("list.truth", (x,), BOOL, x.span)
    if isinstance(t, (DictT, SetT)):
        return tir.Prim("dict.truth", (x,), BOOL, x.span)
    if isinstance(t, TupleT):
        return tir.Prim("tuple.truth", (x,), BOOL, x.span)
    if isinstance(t, OptT):
        inner = t.inner
        plain = isinstance(inner, ClassT) and truth(sc, tir.Var("$probe", "local", inner, x.span)).type == BOOL \
            and isinstance(truth(sc, tir.Var("$probe", "local", inner, x.span)), tir.Const)
        if plain:
            return tir.Prim("opt.is_not_none", (x,), BOOL, x.span)  # objects without __bool__/__len__
        # not None, and then the value's own truth (0, "" and [] are false)
        tmp = tir.Var(sc.new_temp(t), "local", t, x.span)
        inner_v = tir.Prim("opt.check", (tmp, tir.Const("", STR, x.span)), inner, x.span)
        both = tir.BoolChain("and", (tir.Prim("opt.is_not_none", (tmp,), BOOL, x.span), truth(sc, inner_v)), BOOL, x.span)
        return tir.Let(tmp, x, both, BOOL, x.span)
    if isinstance(t, ClassT):
        from py4c.typecheck import classes
        for dunder in ("__bool__", "__len__"):
            m = classes.special(sc.module, t, dunder)
            if m is not None:
                r = classes.call_method(sc, x, m, [], x.span)
                return r if dunder == "__bool__" else tir.Prim("int.truth", (r,), BOOL, x.span)
        return tir.Const(True, BOOL, x.span)
    sc.module.diags.error("unsupported", x.span, f"the truth value of '{t}' is not supported")
    return tir.Const(False, BOOL, x.span)


def unify(sc: FuncScope, a: tir.Expr, b: tir.Expr, span: ast.Span, what: str) -> tuple[tir.Expr, tir.Expr]:
    """Give two values that meet in one result the same type, or reject the mix."""
    if a.type == b.type or poisoned(a, b):
        return a, (b if a.type == b.type else a)
    if isinstance(a.type, IntT) and isinstance(b.type, IntT):
        joined = int_join(sc, a, b, span)
        if joined is not None:
            return joined
        return a, a
    ref = _ref_join(sc, a, b, span)
    if ref is not None:
        return ref
    sc.module.diags.error(
        "mixed-type", span, f"{what} have different types ('{a.type}' and '{b.type}')",
        "CPython would keep each value's own type here (an int prints as 1, a float as 1.0); "
        "convert explicitly, e.g. float(x)")
    return a, a


def _ref_join(sc: FuncScope, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tuple[tir.Expr, tir.Expr] | None:
    """An object and None (or two classes with a common base) meet as `X | None` (X)."""
    from py4c.typecheck.classes import common_base

    def core(t: Type) -> Type | None:
        return None if isinstance(t, NoneT) else t.inner if isinstance(t, OptT) else t

    ca, cb = core(a.type), core(b.type)
    if ca is not None and cb is not None and ca != cb:
        if not (isinstance(ca, ClassT) and isinstance(cb, ClassT)):
            return None
        base = common_base(sc.module, ca.name, cb.name)
        if base is None:
            return None
        ca = cb = ClassT(base)
    inner = ca or cb
    optional = any(isinstance(x.type, (NoneT, OptT)) for x in (a, b))
    if inner is None or not is_object(inner) and not optional:
        return None
    target = OptT(inner) if optional else inner
    return coerce(sc, a, target, span, "a branch"), coerce(sc, b, target, span, "a branch")


def check_cond(sc: FuncScope, e: ast.Expr) -> tir.Expr:
    """A condition (if, while, assert, a comprehension filter, a conditional expression):
    only its truth matters, so `x and y.name` may mix types, each operand seeing what the
    earlier ones proved."""
    if isinstance(e, ast.UnaryOp) and e.op == "not":
        return tir.Prim("bool.not", (check_cond(sc, e.operand),), BOOL, e.span)
    if isinstance(e, ast.BoolOp):
        from py4c.typecheck.narrow import narrowed, narrowings

        parts = [check_cond(sc, e.values[0])]
        for i in range(1, len(e.values)):
            known = ast.BoolOp(e.op, e.values[:i], e.span) if i > 1 else e.values[0]
            pre: list[tir.Stmt] = []
            with narrowed(sc, narrowings(sc, known, e.op == "and"), set(), e.span, pre):
                part = check_cond(sc, e.values[i])
            parts.append(tir.StmtExpr(tuple(pre), part, BOOL, e.span) if pre else part)
        return tir.BoolChain(e.op, tuple(parts), BOOL, e.span)
    return truth(sc, check_expr(sc, e))


def _narrowed_expr(sc: FuncScope, test: ast.Expr, positive: bool, e: ast.Expr, expected: Type | None) -> tir.Expr:
    """e checked where `test` is known true (positive) or false, with narrowed locals."""
    from py4c.typecheck.narrow import narrowed, narrowings

    pre: list[tir.Stmt] = []
    with narrowed(sc, narrowings(sc, test, positive), set(), e.span, pre):
        x = check_expr(sc, e, expected)
    return tir.StmtExpr(tuple(pre), x, x.type, e.span) if pre else x


def check_boolop(sc: FuncScope, e: ast.BoolOp) -> tir.Expr:
    # `x is not None and x.f()`: each operand sees what the earlier ones proved
    values = [check_expr(sc, e.values[0])]
    for i in range(1, len(e.values)):
        known = ast.BoolOp(e.op, e.values[:i], e.span) if i > 1 else e.values[0]
        values.append(_narrowed_expr(sc, known, e.op == "and", e.values[i], None))
    first = values[0]
    for i, v in enumerate(values[1:], 1):
        first, values[i] = unify(sc, first, v, e.span, f"the operands of '{e.op}'")
    values[0] = first
    t = values[0].type
    values = [convert(v, t) if isinstance(v.type, IntT) and v.type != t else v for v in values]
    if _truth_needs_code(sc, t):
        # the truth of these values is not a plain test (an optional number, str or
        # container; an object with __bool__/__len__): `a or b` = a if truth(a) else b
        out = values[-1]
        for v in reversed(values[:-1]):
            tmp = tir.Var(sc.new_temp(t), "local", t, e.span)
            test = truth(sc, tmp)
            pick = tir.CondExpr(test, tmp, out, t, e.span) if e.op == "or" else tir.CondExpr(test, out, tmp, t, e.span)
            out = tir.Let(tmp, v, pick, t, e.span)
        return out
    return tir.BoolChain(e.op, tuple(values), t, e.span)


def _truth_needs_code(sc: FuncScope, t: Type) -> bool:
    from py4c.typecheck import classes

    core = t.inner if isinstance(t, OptT) else t
    if isinstance(core, ClassT):
        return bool(classes.special(sc.module, core, "__bool__") or classes.special(sc.module, core, "__len__"))
    return isinstance(t, OptT)


def check_list_display(sc: FuncScope, e: ast.ListExpr, expected: Type | None) -> tir.Expr:
    d = sc.module.diags
    if any(isinstance(x, ast.Starred) for x in e.elts):
        d.error("unsupported", e.span, "starred items in a list display are not supported yet")
        return error_expr(e.span, expected or ListT(INT))
    want = expected.elem if isinstance(expected, ListT) else None
    # Items that are empty lists take their type from the others: [[1], [], [2]].
    deferred = [i for i, x in enumerate(e.elts) if isinstance(x, ast.ListExpr) and not x.elts]
    checked: dict[int, tir.Expr] = {i: check_expr(sc, x, want) for i, x in enumerate(e.elts) if i not in deferred}
    hint = want if want is not None else (next(iter(checked.values())).type if checked else None)
    for i in deferred:
        checked[i] = check_expr(sc, e.elts[i], hint)
    items = [checked[i] for i in range(len(e.elts))]
    if poisoned(*items):
        return error_expr(e.span, expected or ListT(INT))
    if not items:
        if isinstance(expected, ListT):
            return tir.ListDisplay((), expected, e.span)
        d.error("py4c-infer", e.span, "cannot infer the element type of an empty list",
                "annotate the variable: xs: list[int] = []")
        return error_expr(e.span, ListT(INT))
    elem = want
    if elem is None:
        elem = items[0].type
        for x in items[1:]:
            joined = join_item_types(sc, elem, x.type)
            if joined is None:
                d.error("mixed-type", e.span, f"a list holding both '{elem}' and '{x.type}'",
                        "py4 lists are homogeneous; convert the items to one type")
                return error_expr(e.span, ListT(elem))
            elem = joined
    converted = tuple(coerce(sc, x, elem, x.span, "list item") for x in items)
    return tir.ListDisplay(converted, ListT(elem), e.span)


def join_item_types(sc: FuncScope, a: Type, b: Type) -> Type | None:
    """The one type that the items of a display holding an `a` and a `b` take (the join
    mypy infers: int and None give `int | None`, two classes their common base), or
    None when they do not mix."""
    if a == b:
        return a
    if isinstance(a, IntT) and isinstance(b, IntT):
        return a  # literals take the width of the others (checked item by item)

    def core(t: Type) -> Type | None:
        return None if isinstance(t, NoneT) else t.inner if isinstance(t, OptT) else t

    ca, cb = core(a), core(b)
    if ca is not None and cb is not None and ca != cb:
        if isinstance(ca, IntT) and isinstance(cb, IntT):
            cb = ca
        elif isinstance(ca, ClassT) and isinstance(cb, ClassT):
            from py4c.typecheck.classes import common_base
            base = common_base(sc.module, ca.name, cb.name)
            if base is None:
                return None
            ca = cb = ClassT(base)
        else:
            return None
    inner = ca or cb
    if inner is None:
        return a  # both None
    return OptT(inner) if any(isinstance(t, (NoneT, OptT)) for t in (a, b)) else inner


def deopt(x: tir.Expr, span: ast.Span) -> tir.Expr:
    """An `X | None` (X not a class) used where only X makes sense (indexing, `+`, a
    loop): mypy proved it is not None there, so read the X (CPython would raise a
    TypeError on None as well)."""
    if isinstance(x.type, OptT) and not isinstance(x.type.inner, ClassT):
        return tir.Prim("opt.check", (x, tir.Const("", STR, span)), x.type.inner, span)
    return x


def check_subscript(sc: FuncScope, base: tir.Expr, index: ast.Expr, span: ast.Span) -> tir.Expr:
    d = sc.module.diags
    if poisoned(base):
        return error_expr(span)
    base = deopt(base, span)
    if isinstance(index, ast.Slice):
        from py4c.typecheck.methods import slice_args

        if isinstance(base.type, StrT):
            return tir.Prim("str.slice", (base, *slice_args(sc, index)), STR, span)
        if isinstance(base.type, ListT):
            return tir.Prim("list.slice", (base, *slice_args(sc, index)), base.type, span)
    if isinstance(base.type, TupleT):
        from py4c.typecheck.tuples import check_tuple_subscript
        return check_tuple_subscript(sc, base, index, span)
    if isinstance(base.type, ClassT) and not isinstance(index, ast.Slice):
        from py4c.typecheck import classes
        m = classes.special(sc.module, base.type, "__getitem__")
        if m is not None and len(m.sig.params) == 1:
            i0 = coerce(sc, check_expr(sc, index, m.sig.params[0][1]), m.sig.params[0][1], index.span, "index")
            return classes.call_method(sc, base, m, [i0], span)
    if isinstance(base.type, DictT):
        from py4c.typecheck.dicts import hashable

        k = coerce(sc, check_expr(sc, index, base.type.key), base.type.key, index.span, "dict key")
        hashable(sc, base.type.key, span)
        return tir.Prim("dict.getitem", (base, k), base.type.val, span)
        d.error("index", span, f"'{base.type}' cannot be sliced")
        return error_expr(span, base.type)
    i = check_expr(sc, index)
    if isinstance(i.type, BoolT):
        i = convert(i, INT)
    if not isinstance(i.type, IntT):
        d.error("index", span, f"indices must be integers, not '{i.type}'")
        return error_expr(span)
    i = convert(i, INT)
    if isinstance(base.type, StrT):
        return tir.Prim("str.getitem", (base, i), STR, span)
    if isinstance(base.type, ListT):
        return tir.Prim("list.getitem", (base, i), base.type.elem, span)
    d.error("index", span, f"'{base.type}' is not subscriptable")
    return error_expr(span)


def _coerce_ref(sc: FuncScope, x: tir.Expr, target: Type, span: ast.Span) -> tir.Expr | None:
    """Object references: None into `X | None`, a subclass instance where its base is
    expected, and an `X | None` that mypy has narrowed to X (checked: never None)."""
    from py4c.typecheck.classes import is_subclass

    t = x.type
    inner = target.inner if isinstance(target, OptT) else target
    if isinstance(target, OptT) and isinstance(t, NoneT):
        return tir.Const(None, target, x.span)
    if isinstance(target, OptT) and not is_object(inner) and not isinstance(t, OptT):
        # a number or bool where `T | None` is declared: box it (after T's own rules)
        from py4c.typecheck.closures import cell_class
        v = coerce(sc, x, inner, span, "value")
        return tir.Prim("opt.box", (v, tir.Const(cell_class(sc.module, inner, span), STR, span)), target, span)
    src = t.inner if isinstance(t, OptT) else t
    if isinstance(src, ClassT) and isinstance(inner, ClassT) and is_subclass(sc.module, src.name, inner.name) \
            or src == inner and isinstance(target, OptT):
        if isinstance(t, OptT) and not isinstance(target, OptT):
            x = tir.Prim("opt.check", (x, tir.Const("", STR, span)), src, span)
        return tir.Prim("obj.upcast", (x,), target, span)
    if isinstance(t, OptT) and t.inner == target:
        return tir.Prim("opt.check", (x, tir.Const("", STR, span)), target, span)
    return None


def coerce(sc: FuncScope, x: tir.Expr, target: Type, span: ast.Span, where: str) -> tir.Expr:
    """Check that x may be stored where `target` is declared, and convert it.

    The py4 contract: a stored value must keep its printed form in both worlds, so an int
    is not silently stored as a float, nor a bool as an int.
    """
    d = sc.module.diags
    t = x.type
    if t == target or poisoned(x):
        return x if t == target else error_expr(span, target)
    ref = _coerce_ref(sc, x, target, span)
    if ref is not None:
        return ref
    if isinstance(t, IntT) and isinstance(target, IntT):
        if t.kind == "int" and target.kind in ("i32", "u8") and not isinstance(x, tir.Const):
            _implicit_narrowing(sc, x, target.kind, span, where)
        return fit(sc, x, target)
    if isinstance(t, (IntT, BoolT)) and isinstance(target, FloatT):
        hint = f"write {float(x.value)!r}" if isinstance(x, tir.Const) and isinstance(x.value, int) else "write float(...)"
        d.error("float-promotion", span, f"{t} value used where float is expected ({where})",
                f"CPython keeps it a {t}, which prints differently; {hint}")
        return error_expr(span, FLOAT)
    if isinstance(t, BoolT) and isinstance(target, IntT):
        d.error("bool-promotion", span, f"bool value used where {target} is expected ({where})",
                "CPython keeps it a bool, which prints as True/False; write int(...)")
        return error_expr(span, target)
    d.error("assignment", span, f"incompatible type '{t}' where '{target}' is expected ({where})")
    return error_expr(span, target)


def _implicit_narrowing(sc: FuncScope, x: tir.Expr, kind: str, span: ast.Span, where: str) -> None:
    """An int stored where an i32 or u8 is declared: converted with a range check, which
    plain CPython (ignoring annotations) does not make; a warning that names the
    conversion to write, so that both worlds see it."""
    from py4c.typecheck import contracts

    s = x.span
    text = contracts.span_text(s.path, s.line, s.col, s.end_line, s.end_col) or "..."
    sc.module.diags.warning("value-narrowing", span, contracts.implicit_narrowing(kind, where),
                            contracts.widening(kind, text))
