"""Calls: built-in functions (print, len, str, int, float, abs, min, max, round, divmod,
value-int constructors, sys.exit) and calls of module-level functions.

Phase: typecheck. Each built-in resolves to primitives by its argument types; `print`
and `sys.exit` are statements in tir and are handled in stmt.py through `check_print`.
"""

from __future__ import annotations

import builtins as builtins_module
from typing import Callable

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck import contracts
from py4c.typecheck.contracts import DYNAMIC_BUILTINS
from py4c.typecheck.env import VALUE_INT_NAMES, FuncScope, Signature
from py4c.types import BOOL, FLOAT, INT, STR, BoolT, ClassT, DictT, ExcT, FileT, FloatT, FuncT, GenT, IntT, ListT, NoneT, OptT, SetT, StrT, TupleT, Type, contains_type


def check_call(sc: FuncScope, e: ast.Call, expected: Type | None = None) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, coerce, error_expr, poisoned

    d = sc.module.diags
    if any(isinstance(a, ast.Starred) for a in e.args) or any(k.name is None for k in e.keywords):
        d.error("unsupported", e.span, "*args and **kwargs in calls are not supported yet")
        return error_expr(e.span)
    q = sc.module.qualified(e.func)
    if isinstance(e.func, ast.Name) and e.func.id in sc.poisoned:
        return error_expr(e.span)
    if isinstance(e.func, ast.Name) and _is_variable(sc, e.func.id):
        callee = check_expr(sc, e.func)
        if isinstance(callee.type, FuncT):
            from py4c.typecheck.closures import call_value
            return call_value(sc, callee, e)
    if isinstance(e.func, ast.Name) and e.func.id in sc.module.functions and not _shadowed(sc, e.func.id):
        sig = sc.module.functions[e.func.id]
        return tir.Call(sig.symbol, tuple(call_args(sc, sig, e)), sig.ret, e.span)
    if isinstance(e.func, ast.Name) and e.func.id in sc.module.classes and not _shadowed(sc, e.func.id):
        from py4c.typecheck.classes import construct
        return construct(sc, e.func.id, e)
    if isinstance(e.func, ast.Name) and sc.cls_param is not None and e.func.id == sc.cls_param[0]:
        from py4c.typecheck.classes import construct
        return construct(sc, sc.cls_param[1], e)  # cls(...) in a classmethod
    other = sc.module.module_entity(q)
    if other is not None and not (isinstance(e.func, ast.Name) and _shadowed(sc, e.func.id)):
        env2, attr = other
        if attr in env2.functions:
            sig = env2.functions[attr]
            return tir.Call(sig.symbol, tuple(call_args(sc, sig, e)), sig.ret, e.span)
        if attr in sc.module.classes:
            from py4c.typecheck.classes import construct
            return construct(sc, attr, e)
    if isinstance(e.func, ast.Attribute):
        special_call = _class_call(sc, e, e.func)
        if special_call is not None:
            return special_call
    if isinstance(e.func, ast.Attribute) and (q is None or q.split(".")[0] not in sc.module.imports):
        from py4c.typecheck.methods import check_method

        return check_method(sc, e, e.func)
    if q == "list" and not e.args and not e.keywords and isinstance(expected, ListT):
        return tir.ListDisplay((), expected, e.span)
    if q in ("dict", "set") and not e.args and not e.keywords and isinstance(expected, (DictT, SetT)):
        return tir.Prim("dict.new" if isinstance(expected, DictT) else "set.new", (), expected, e.span)
    if q in _ITERABLE_BUILTINS and not _shadowed(sc, q):
        return _iterable_builtin(sc, q, e)
    if q is None or (isinstance(e.func, ast.Name) and _shadowed(sc, e.func.id)):
        callee = check_expr(sc, e.func)
        if isinstance(callee.type, FuncT):
            from py4c.typecheck.closures import call_value
            return call_value(sc, callee, e)
        if not poisoned(callee):
            d.error("unsupported", e.span, f"calling a value of type '{callee.type}' is not supported")
        return error_expr(e.span)
    if q in VALUE_INT_NAMES:
        return _value_int(sc, VALUE_INT_NAMES[q], e)
    if q in stdlib.CALLS:
        return stdlib.CALLS[q](sc, q, e)
    if q == "open" and not _shadowed(sc, "open"):
        from py4c.typecheck.files import check_open
        return check_open(sc, e)
    if q in ("collections.defaultdict", "collections.Counter", "collections.deque"):
        from py4c.typecheck.collectionsmod import check_collections_call
        return check_collections_call(sc, q, e, expected)
    if e.keywords and q not in ("print", "round"):
        d.error("call-arg", e.keywords[0].span, f"{q}() takes no keyword arguments here")
        return error_expr(e.span)
    if q == "__py4c_same_class__" and len(e.args) == 2:  # synthesized dataclass __eq__
        a0, a1 = check_expr(sc, e.args[0]), check_expr(sc, e.args[1])
        return tir.Prim("obj.same_class", (a0, a1), BOOL, e.span)
    if q == "getattr" and len(e.args) == 2 and isinstance(e.args[1], ast.StrLit) and e.args[1].value.isidentifier():
        # a constant name is an ordinary attribute read
        return check_expr(sc, ast.Attribute(e.args[0], e.args[1].value, e.span), expected)
    handler = _BUILTINS.get(q)
    if handler is None and q in DYNAMIC_BUILTINS:
        d.error("dynamic", e.span, contracts.dynamic(q), contracts.DYNAMIC_HINT)
        return error_expr(e.span)
    if handler is None and hasattr(builtins_module, q):
        d.error("unsupported-builtin", e.span, contracts.unsupported_builtin(q), contracts.UNSUPPORTED_BUILTIN_HINT)
        return error_expr(e.span)
    if handler is None:  # a function of a module py4c compiles, not implemented yet (or a def that failed)
        d.error("unsupported", e.span, f"'{q}' is not supported by py4c yet")
        return error_expr(e.span)
    if q == "isinstance" and e.args:
        return _isinstance(sc, [check_expr(sc, e.args[0])], e)
    args2 = [check_expr(sc, a) for a in e.args]
    if poisoned(*args2):
        return error_expr(e.span)
    return handler(sc, args2, e)


def call_args(sc: FuncScope, sig: Signature, e: ast.Call) -> list[tir.Expr]:
    """The arguments of a call of `sig`: positional, keyword and defaults, coerced to the
    parameter types (errors reported; placeholders keep checking going)."""
    from py4c.typecheck.expr import check_expr, coerce, error_expr

    d = sc.module.diags
    args: list[tir.Expr | None] = [None] * len(sig.params)
    if len(e.args) > len(sig.params):
        d.error("call-arg", e.span, f"too many arguments for '{sig.name}'")
        return [error_expr(e.span, t) for _, t in sig.params]
    for i, a in enumerate(e.args):
        args[i] = coerce(sc, check_expr(sc, a, sig.params[i][1]), sig.params[i][1], a.span,
                         f"argument {i + 1} of '{sig.name}'")
    names = [p[0] for p in sig.params]
    for k in e.keywords:
        assert k.name is not None
        if k.name not in names:
            d.error("call-arg", k.span, f"unexpected keyword argument '{k.name}' for '{sig.name}'")
            continue
        i = names.index(k.name)
        if args[i] is not None:
            d.error("call-arg", k.span, f"'{sig.name}' got multiple values for argument '{k.name}'")
        args[i] = coerce(sc, check_expr(sc, k.value, sig.params[i][1]), sig.params[i][1], k.span,
                         f"argument '{k.name}' of '{sig.name}'")
    final: list[tir.Expr] = []
    for i, given in enumerate(args):
        default = sig.defaults[i]
        hoisted = _hoisted_default(sc, sig.symbol, i)
        if given is None and hoisted is not None:
            given = hoisted  # evaluated once, when the def ran (as CPython does)
        elif given is None and default is not None:
            given = coerce(sc, check_expr(sc, default, sig.params[i][1]), sig.params[i][1], default.span, "default value")
        if given is None:
            d.error("call-arg", e.span, f"missing argument '{names[i]}' for '{sig.name}'")
            given = error_expr(e.span, sig.params[i][1])
        final.append(given)
    return final


def _hoisted_default(sc: FuncScope, symbol: str, i: int) -> tir.Expr | None:
    """The global holding a default evaluated at its `def` (any module of the program)."""
    for env in (sc.module, *sc.module.program.values()):
        found = env.hoisted_defaults.get((symbol, i))
        if found is not None:
            name, t = found
            return tir.Var(name, "global", t, ast.Span(env.path, 1, 1, 1, 1))
    return None


def _class_call(sc: FuncScope, e: ast.Call, f: ast.Attribute) -> tir.Expr | None:
    """obj.method(...), super().method(...), Class.static(...); None for other calls."""
    from py4c.typecheck import classes
    from py4c.typecheck.expr import check_expr

    if isinstance(f.value, ast.Call) and isinstance(f.value.func, ast.Name) and f.value.func.id == "super" \
            and not f.value.args and sc.cls is not None:
        return classes.super_call(sc, e, f.attr)
    if isinstance(f.value, ast.Name) and f.value.id in sc.module.classes and not _shadowed(sc, f.value.id):
        return classes.class_attr_call(sc, f.value.id, e, f.attr)
    if isinstance(f.value, ast.Name) and sc.cls_param is not None and f.value.id == sc.cls_param[0]:
        return classes.class_attr_call(sc, sc.cls_param[1], e, f.attr)
    if sc.module.classes and not (isinstance(f.value, ast.Name) and f.value.id in sc.module.imports):
        recv = check_expr(sc, f.value)
        t = recv.type.inner if isinstance(recv.type, OptT) else recv.type
        if isinstance(t, ClassT):
            return classes.method_call(sc, recv, e, f.attr)
    return None


def _is_variable(sc: FuncScope, name: str) -> bool:
    """Does `name` denote a variable here (rather than a function, class or builtin)?"""
    if any(name in r for r in sc.renames) or name in sc.captures or name in sc.cells:
        return True
    if not sc.is_module and name in sc.assigned and name not in sc.declared_global:
        return True
    return name in sc.module.globals


def _shadowed(sc: FuncScope, name: str) -> bool:
    return not sc.is_module and name in sc.assigned


def _arity(sc: FuncScope, e: ast.Call, args: list[tir.Expr], lo: int, hi: int, name: str) -> bool:
    if lo <= len(args) <= hi:
        return True
    want = str(lo) if lo == hi else f"{lo} to {hi}"
    sc.module.diags.error("call-arg", e.span, f"{name}() takes {want} arguments ({len(args)} given)")
    return False


# Built-ins that run code or reach names known only at run time, with why.


def contains_set(t: Type) -> bool:
    return contains_type(t, lambda x: isinstance(x, SetT))


def _unprintable_class(sc: FuncScope, t: Type, top: bool) -> str | None:
    """A class in t that prints as its address (inside containers only __repr__ counts)."""
    from py4c.typecheck.classes import special

    if isinstance(t, OptT):
        return _unprintable_class(sc, t.inner, top)
    if isinstance(t, ClassT):
        ok = special(sc.module, t, "__repr__") is not None or top and special(sc.module, t, "__str__") is not None
        return None if ok else t.name
    parts: tuple[Type, ...] = ()
    if isinstance(t, (ListT, SetT)):
        parts = (t.elem,)
    elif isinstance(t, DictT):
        parts = (t.key, t.val)
    elif isinstance(t, TupleT):
        parts = t.items
    for p in parts:
        bad = _unprintable_class(sc, p, False)
        if bad is not None:
            return bad
    return None


def check_printable(sc: FuncScope, x: tir.Expr) -> bool:
    """Sets print in CPython's hash order, which py4c does not reproduce: reject them.
    Objects without __repr__/__str__ print their address: reject them too."""
    opaque = next((name for cls, name in ((GenT, "generator"), (FuncT, "function"), (FileT, "file"))
                   if contains_type(x.type, lambda t, c=cls: isinstance(t, c))), None)  # type: ignore[misc]
    if opaque is not None:
        sc.module.diags.error("unsupported", x.span, f"printing a {opaque} shows its address, which differs from "
                              f"run to run", "print what it holds instead (for a generator: list(g))")
        return False
    bad = _unprintable_class(sc, x.type, top=True)
    if bad is not None:
        sc.module.diags.error("unsupported", x.span, f"printing a '{bad}' without __repr__ or __str__ shows its address",
                              "define __repr__ (or make it a @dataclass)")
        return False
    if contains_set(x.type):
        from py4c.typecheck.dicts import SET_ORDER_HINT

        sc.module.diags.error("set-order", x.span, f"printing a value of type '{x.type}' is not supported", SET_ORDER_HINT)
        return False
    return True


def to_str(x: tir.Expr) -> tir.Expr:
    """str(x) for the types py4 can print."""
    t = x.type
    if isinstance(t, StrT):
        return x
    if isinstance(t, NoneT):
        return tir.Const("None", STR, x.span)
    if isinstance(x, tir.Const) and isinstance(t, (IntT, BoolT)):
        return tir.Const(str(x.value), STR, x.span)
    if isinstance(t, IntT):
        if t.kind != "int":
            x = tir.Prim(f"{t.kind}->int", (x,), INT, x.span)
        return tir.Prim("int->str", (x,), STR, x.span)
    if isinstance(t, FloatT):
        return tir.Prim("float->str", (x,), STR, x.span)
    if isinstance(t, BoolT):
        return tir.Prim("bool->str", (x,), STR, x.span)
    if isinstance(t, TupleT):
        return tir.Prim("tuple.repr", (x,), STR, x.span)
    if isinstance(t, ExcT):
        return tir.Prim("exc.str", (x,), STR, x.span)
    if isinstance(t, OptT) and not isinstance(t.inner, ClassT):
        return tir.Prim("opt.str", (x,), STR, x.span)
    if isinstance(t, (ClassT, OptT)):
        return tir.Prim("obj.str", (x,), STR, x.span)
    if isinstance(t, ListT):
        return tir.Prim("list.repr", (x,), STR, x.span)
    if isinstance(t, DictT):
        return tir.Prim("dict.repr", (x,), STR, x.span)
    return tir.Prim(f"{t}->str", (x,), STR, x.span)


def str_of(sc: FuncScope, x: tir.Expr) -> tir.Expr:
    """to_str with the printability check (the entry point for checked code)."""
    if not check_printable(sc, x):
        return tir.Const("", STR, x.span, poison=True)
    return to_str(x)


def checked_repr(sc: FuncScope, x: tir.Expr) -> tir.Expr:
    """repr(x) where the program asks for it (repr(), !r): an exception's repr needs its
    constructor argument, which py4c does not keep."""
    if isinstance(x.type, ExcT):
        sc.module.diags.error("unsupported", x.span, "repr() of an exception is not supported yet", "use str(e)")
        return tir.Const("", STR, x.span, poison=True)
    return to_repr(x)


def to_repr(x: tir.Expr) -> tir.Expr:
    if isinstance(x.type, StrT):
        return tir.Prim("str.repr", (x,), STR, x.span)
    if isinstance(x.type, OptT) and not isinstance(x.type.inner, ClassT):
        return tir.Prim("opt.repr", (x,), STR, x.span)
    if isinstance(x.type, (ClassT, OptT)):
        return tir.Prim("obj.repr", (x,), STR, x.span)
    return to_str(x)


from py4c.typecheck import stdlib  # noqa: E402

stdlib.load()

_ITERABLE_BUILTINS = {"list", "sorted", "sum", "any", "all", "min", "max", "ord", "chr", "set", "frozenset", "dict",
                      "tuple"}


def _iterable_builtin(sc: FuncScope, q: str, e: ast.Call) -> tir.Expr:
    """Builtins that consume an iterable (or, for min/max, several values)."""
    from py4c.typecheck import consume
    from py4c.typecheck.expr import check_expr, convert, error_expr, truth
    from py4c.typecheck.methods import sort_options

    d = sc.module.diags
    span = e.span
    if q in ("min", "max") and len(e.args) >= 2:
        if e.keywords:
            d.error("unsupported", span, f"{q}() of several values with keywords is not supported yet")
            return error_expr(span)
        return _minmax(q)(sc, [check_expr(sc, a) for a in e.args], e)
    if q == "ord" or q == "chr":
        if len(e.args) != 1 or e.keywords:
            d.error("call-arg", span, f"{q}() takes exactly one argument")
            return error_expr(span)
        x = check_expr(sc, e.args[0])
        if q == "ord" and isinstance(x.type, StrT):
            return tir.Prim("str.ord", (x,), INT, span)
        if q == "chr" and isinstance(x.type, (IntT, BoolT)):
            return tir.Prim("str.chr", (convert(x, INT),), STR, span)
        d.error("arg-type", span, f"{q}() of '{x.type}' is not supported")
        return error_expr(span)
    if q == "list" and not e.args:
        d.error("py4c-infer", span, "cannot infer the element type of list()", "write an annotated empty list: xs: list[int] = []")
        return error_expr(span)
    if q == "tuple":
        d.error("unsupported", span, "tuple() of an iterable is not supported: its length is not known statically",
                "build the tuple with a display such as (a, b), or use a list")
        return error_expr(span, TupleT(()))
    if q in ("set", "frozenset", "dict"):
        if not e.args and not e.keywords:
            d.error("py4c-infer", span, f"cannot infer the type of {q}()", f"annotate the variable: x: {q}[...] = {q}()")
            return error_expr(span)
        if len(e.args) != 1 or e.keywords:
            d.error("call-arg", span, f"{q}() takes one iterable here")
            return error_expr(span)
        made = consume.collect_set(sc, e.args[0], span) if q != "dict" else consume.collect_dict(sc, e.args[0], span)
        return made if made is not None else error_expr(span)
    if len(e.args) < 1:
        d.error("call-arg", span, f"{q}() expected an iterable")
        return error_expr(span)
    result: tir.Expr | None = None
    if q == "list" and len(e.args) == 1 and not e.keywords:
        result = consume.collect(sc, e.args[0], span)
    elif q == "sorted" and len(e.args) == 1:
        key, reverse = sort_options(sc, ast.Call(e.func, (), e.keywords, span))
        if key is False:
            return error_expr(span)
        assert not isinstance(key, bool)
        result = consume.check_sorted(sc, e.args[0], key, reverse, span)
    elif q == "sum" and len(e.args) <= 2:
        start = check_expr(sc, e.args[1]) if len(e.args) == 2 else None
        for k in e.keywords:
            if k.name == "start" and start is None:
                start = check_expr(sc, k.value)
            else:
                d.error("call-arg", k.span, f"sum() got an unexpected keyword argument '{k.name}'")
        result = consume.check_sum(sc, e.args[0], start, span)
    elif q in ("any", "all") and len(e.args) == 1 and not e.keywords:
        result = consume.check_anyall(sc, q, e.args[0], span)
    elif q in ("min", "max") and len(e.args) == 1:
        key_fn: consume.Key | None = None
        for k in e.keywords:
            if k.name == "key":
                key_fn = consume.key_of(sc, k.value)
                if key_fn is None:
                    return error_expr(span)
            else:
                d.error("call-arg", k.span, f"{q}() got an unexpected keyword argument '{k.name}'")
                return error_expr(span)
        result = consume.check_minmax_iter(sc, q, e.args[0], key_fn, span)
    else:
        d.error("call-arg", span, f"this form of {q}() is not supported")
    _ = truth
    return result if result is not None else error_expr(span)


def check_builtin_value(sc: FuncScope, name: str, x: tir.Expr, span: ast.Span) -> tir.Expr:
    """name(x) for a builtin used as a key function (len, abs, str, ord)."""
    call = ast.Call(ast.Name(name, span), (), (), span)
    return _BUILTINS[name](sc, [x], call) if name in _BUILTINS else _iterable_key(sc, name, x, span)


def _iterable_key(sc: FuncScope, name: str, x: tir.Expr, span: ast.Span) -> tir.Expr:
    from py4c.typecheck.expr import error_expr

    if name == "ord" and isinstance(x.type, StrT):
        return tir.Prim("str.ord", (x,), INT, span)
    sc.module.diags.error("unsupported", span, f"{name} as a key function is not supported here")
    return error_expr(span)


def _str(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    if not args:
        return tir.Const("", STR, e.span)
    if not _arity(sc, e, args, 1, 1, "str"):
        return tir.Const("", STR, e.span)
    return str_of(sc, args[0])


def _repr(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    if not _arity(sc, e, args, 1, 1, "repr") or not check_printable(sc, args[0]):
        return tir.Const("", STR, e.span)
    return checked_repr(sc, args[0])


def _int(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import convert, error_expr

    if not args:
        return tir.Const(0, INT, e.span)
    if len(args) == 2 and isinstance(args[0].type, StrT) and isinstance(args[1].type, (IntT, BoolT)):
        return tir.Prim("str->int_base", (args[0], convert(args[1], INT)), INT, e.span)  # int(s, base)
    if not _arity(sc, e, args, 1, 1, "int"):
        return error_expr(e.span)
    x = args[0]
    if isinstance(x.type, IntT):
        return convert(x, INT)
    if isinstance(x.type, BoolT):
        return convert(x, INT)
    if isinstance(x.type, FloatT):
        return tir.Prim("float->int", (x,), INT, e.span)
    if isinstance(x.type, StrT):
        return tir.Prim("str->int", (x,), INT, e.span)
    sc.module.diags.error("arg-type", e.span, f"int() of '{x.type}' is not supported")
    return error_expr(e.span)


def _float(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import error_expr, to_float

    if not args:
        return tir.Const(0.0, FLOAT, e.span)
    if not _arity(sc, e, args, 1, 1, "float"):
        return error_expr(e.span, FLOAT)
    x = args[0]
    if isinstance(x.type, (IntT, FloatT)):
        return to_float(x)
    if isinstance(x.type, BoolT):
        return tir.Prim("bool->float", (x,), FLOAT, e.span)
    if isinstance(x.type, StrT):
        return tir.Prim("str->float", (x,), FLOAT, e.span)
    sc.module.diags.error("arg-type", e.span, f"float() of '{x.type}' is not supported")
    return error_expr(e.span, FLOAT)


def _bool(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import truth

    if not args:
        return tir.Const(False, BOOL, e.span)
    if not _arity(sc, e, args, 1, 1, "bool"):
        return tir.Const(False, BOOL, e.span)
    return truth(sc, args[0])


def _len(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import error_expr

    if not _arity(sc, e, args, 1, 1, "len"):
        return error_expr(e.span)
    if isinstance(args[0].type, OptT) and not isinstance(args[0].type.inner, ClassT):
        # mypy proved it is not None here (else CPython raises a TypeError as well)
        args = [tir.Prim("opt.check", (args[0], tir.Const("", STR, e.span)), args[0].type.inner, e.span)]
    t = args[0].type
    if isinstance(t, StrT):
        return tir.Prim("str.len", (args[0],), INT, e.span)
    if isinstance(t, (DictT, SetT)):
        return tir.Prim("dict.len", (args[0],), INT, e.span)
    if isinstance(t, ListT):
        return tir.Prim("list.len", (args[0],), INT, e.span)
    if isinstance(t, TupleT):
        return tir.Prim("tuple.len", (args[0],), INT, e.span)
    if isinstance(t, ClassT):
        from py4c.typecheck import classes
        m = classes.special(sc.module, t, "__len__")
        if m is not None:
            return classes.call_method(sc, args[0], m, [], e.span)
    sc.module.diags.error("arg-type", e.span, f"object of type '{t}' has no len()")
    return error_expr(e.span)


def _abs(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import convert, error_expr

    if not _arity(sc, e, args, 1, 1, "abs"):
        return error_expr(e.span)
    x = args[0]
    if isinstance(x.type, BoolT):
        x = convert(x, INT)
    if isinstance(x.type, IntT):
        return tir.Prim(f"{x.type.kind}.abs", (x,), x.type, e.span)
    if isinstance(x.type, FloatT):
        return tir.Prim("float.abs", (x,), FLOAT, e.span)
    if isinstance(x.type, ClassT):
        from py4c.typecheck import classes
        m = classes.special(sc.module, x.type, "__abs__")
        if m is not None:
            return classes.call_method(sc, x, m, [], e.span)
    sc.module.diags.error("arg-type", e.span, f"bad operand type for abs(): '{x.type}'")
    return error_expr(e.span)


Handler = Callable[[FuncScope, list[tir.Expr], ast.Call], tir.Expr]


def _minmax(which: str) -> Handler:
    def handler(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
        from py4c.typecheck.expr import error_expr, unify

        if len(args) < 2:
            sc.module.diags.error("unsupported", e.span, f"{which}() of an iterable is not supported yet",
                                  f"pass two or more values: {which}(a, b)")
            return error_expr(e.span)
        acc = args[0]
        for x in args[1:]:
            a, b = unify(sc, acc, x, e.span, f"the arguments of {which}()")
            t = a.type
            if isinstance(t, IntT):
                op = f"{t.kind}.{which}"
            elif isinstance(t, (FloatT, StrT, BoolT)):
                op = f"{t}.{which}"
            elif isinstance(t, (TupleT, ListT, ClassT)):
                acc = _generic_minmax(sc, which, a, b, e.span)
                continue
            else:
                sc.module.diags.error("arg-type", e.span, f"{which}() of '{t}' is not supported")
                return error_expr(e.span)
            acc = tir.Prim(op, (a, b), t, e.span)
        return acc

    return handler


def _generic_minmax(sc: FuncScope, which: str, a: tir.Expr, b: tir.Expr, span: ast.Span) -> tir.Expr:
    """min(a, b) / max(a, b) by comparison: b only if strictly better (the first extreme
    value wins, as in CPython); each operand evaluated once."""
    from py4c.typecheck.consume import check_orderable
    from py4c.typecheck.compare import compare_op, compare_prim
    from py4c.typecheck.tuples import temp

    check_orderable(sc, a.type, span)
    ta, tb = temp(sc, a.type, span), temp(sc, b.type, span)
    prim, x, y = compare_op(sc, "<" if which == "min" else ">", tb, ta, span)
    pick = tir.CondExpr(compare_prim(prim, x, y, span), tb, ta, a.type, span)
    return tir.Let(ta, a, tir.Let(tb, b, pick, a.type, span), a.type, span)


def _round(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, convert, error_expr

    for k in e.keywords:
        if k.name == "ndigits" and len(args) == 1:
            args.append(check_expr(sc, k.value))
        else:
            sc.module.diags.error("call-arg", k.span, f"round() got an unexpected keyword argument '{k.name}'")
    if not _arity(sc, e, args, 1, 2, "round"):
        return error_expr(e.span)
    x = args[0]
    if isinstance(x.type, BoolT):
        x = convert(x, INT)
    if len(args) == 2 and isinstance(args[1].type, NoneT):
        args = args[:1]
    if len(args) == 2:
        n = args[1]
        if isinstance(n.type, BoolT) or isinstance(n.type, IntT):
            n = convert(n, INT)
        else:
            sc.module.diags.error("arg-type", n.span, "round() ndigits must be an int")
            return error_expr(e.span)
        if isinstance(x.type, FloatT):
            return tir.Prim("float.round", (x, n), FLOAT, e.span)
        if isinstance(x.type, IntT):
            return tir.Prim("int.round", (convert(x, INT), n), INT, e.span)
    else:
        if isinstance(x.type, FloatT):
            return tir.Prim("float.round_int", (x,), INT, e.span)
        if isinstance(x.type, IntT):
            return x
    sc.module.diags.error("arg-type", e.span, f"round() of '{x.type}' is not supported")
    return error_expr(e.span)


def _divmod(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    """divmod(a, b) = (a // b, a % b) with a and b evaluated once; floats check the
    divisor first, for CPython's message "float divmod()"."""
    from py4c.typecheck.expr import binop, error_expr
    from py4c.typecheck.tuples import display_of, temp

    if not _arity(sc, e, args, 2, 2, "divmod"):
        return error_expr(e.span, TupleT((INT, INT)))
    probe = binop(sc, "//", args[0], args[1], e.span)
    if not isinstance(probe, tir.Prim) or not isinstance(probe.type, (IntT, FloatT)):
        return error_expr(e.span, TupleT((INT, INT)))
    a, b = probe.args
    ta, tb = temp(sc, a.type, e.span), temp(sc, b.type, e.span)
    if isinstance(probe.type, FloatT):
        b = tir.Prim("float.divmod_check", (b,), FLOAT, e.span)
    pair = display_of([binop(sc, "//", ta, tb, e.span), binop(sc, "%", ta, tb, e.span)], e.span)
    return tir.Let(ta, a, tir.Let(tb, b, pair, pair.type, e.span), pair.type, e.span)


def _value_int(sc: FuncScope, kind: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, error_expr, fit

    target = IntT(kind)
    if len(e.args) != 1 or e.keywords:
        sc.module.diags.error("call-arg", e.span, f"{kind}() takes exactly one argument")
        return error_expr(e.span, target)
    x = _int(sc, [check_expr(sc, e.args[0])], e)
    if isinstance(x.type, IntT):
        return fit(sc, x, target)
    return error_expr(e.span, target)


def _input(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import error_expr

    if not _arity(sc, e, args, 0, 1, "input"):
        return error_expr(e.span, STR)
    prompt = str_of(sc, args[0]) if args else tir.Const(None, STR, e.span)
    return tir.Prim("io.input", (prompt,), STR, e.span)


def _stdin(op: str) -> Handler:
    def handler(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
        from py4c.typecheck.expr import error_expr

        if not _arity(sc, e, args, 0, 0, f"sys.stdin.{op}"):
            return error_expr(e.span, STR)
        return tir.Prim(f"io.{op}", (), STR, e.span)

    return handler


def _radix(spec: str) -> Handler:
    """hex(), oct(), bin(): format(x, '#x') and friends, which CPython's agree with."""
    def handler(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
        from py4c.typecheck.expr import convert, error_expr

        if len(args) != 1 or not isinstance(args[0].type, (IntT, BoolT)):
            sc.module.diags.error("arg-type", e.span, "hex(), oct() and bin() take one int")
            return error_expr(e.span, STR)
        return tir.Prim("format.int", (convert(args[0], INT), tir.Const(spec, STR, e.span)), STR, e.span)

    return handler


def _pow(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    """pow(a, b) is a ** b; pow(a, b, m) is modular, as CPython computes it."""
    from py4c.typecheck.expr import binop, convert, error_expr

    if len(args) == 2:
        return binop(sc, "**", args[0], args[1], e.span)
    if len(args) != 3 or not all(isinstance(a.type, (IntT, BoolT)) for a in args):
        sc.module.diags.error("call-arg", e.span, "pow() takes two numbers, or three ints")
        return error_expr(e.span)
    return tir.Prim("int.powmod", tuple(convert(a, INT) for a in args), INT, e.span)


def _format(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    """format(x[, spec])."""
    from py4c.typecheck.expr import error_expr
    from py4c.typecheck.fstring import format_value

    if not 1 <= len(args) <= 2 or len(args) == 2 and not isinstance(args[1].type, StrT):
        sc.module.diags.error("call-arg", e.span, "format() takes a value and a str spec")
        return error_expr(e.span, STR)
    if not check_printable(sc, args[0]):
        return error_expr(e.span, STR)
    return format_value(sc, args[0], args[1] if len(args) == 2 else tir.Const("", STR, e.span), e.span)


def _next(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import error_expr
    from py4c.typecheck.generators import next_value

    if len(args) != 1 or not isinstance(args[0].type, GenT):
        sc.module.diags.error("unsupported", e.span, "next() of a generator is supported (one argument)")
        return error_expr(e.span)
    return next_value(sc, args[0], e.span)


_TYPE_NAMES = {"int": IntT, "float": FloatT, "str": StrT, "bool": BoolT, "list": ListT, "dict": DictT, "set": SetT,
               "tuple": TupleT}


def _static_isinstance(sc: FuncScope, x: tir.Expr, names: list[str], span: ast.Span) -> tir.Expr:
    """isinstance(x, int) (or a tuple of built-in types): the static type answers, except
    that an `X | None` may hold None (and a bool is an int, as in Python)."""
    t = x.type.inner if isinstance(x.type, OptT) else x.type
    hit = any(isinstance(t, _TYPE_NAMES[n]) or n == "int" and isinstance(t, BoolT) for n in names)
    if isinstance(x.type, OptT) and hit:
        return tir.Prim("opt.is_not_none", (x,), BOOL, span)
    return tir.StmtExpr((tir.ExprStmt(x, span),), tir.Const(hit, BOOL, span), BOOL, span)


def _isinstance(sc: FuncScope, args: list[tir.Expr], e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import error_expr

    kinds = e.args[1].elts if len(e.args) == 2 and isinstance(e.args[1], ast.TupleExpr) else e.args[1:]
    if kinds and all(isinstance(k, ast.Name) and k.id in _TYPE_NAMES and not _shadowed(sc, k.id) for k in kinds):
        return _static_isinstance(sc, args[0], [k.id for k in kinds if isinstance(k, ast.Name)], e.span)
    if len(e.args) != 2 or not isinstance(e.args[1], ast.Name) or e.args[1].id not in sc.module.classes:
        sc.module.diags.error("unsupported", e.span, "isinstance() is supported with one py4 class as the second argument")
        return error_expr(e.span, BOOL)
    x = args[0]
    if not isinstance(x.type, (ClassT, OptT)):
        sc.module.diags.error("unsupported", e.span, f"isinstance() of a '{x.type}' is not supported")
        return error_expr(e.span, BOOL)
    return tir.Prim("obj.isinstance", (x, tir.Const(e.args[1].id, STR, e.span)), BOOL, e.span)


_BUILTINS: dict[str, Handler] = {
    "input": _input, "sys.stdin.readline": _stdin("readline"), "sys.stdin.read": _stdin("read"),
    "str": _str, "repr": _repr, "int": _int, "float": _float, "bool": _bool, "len": _len,
    "isinstance": _isinstance, "next": _next, "hex": _radix("#x"), "oct": _radix("#o"), "bin": _radix("#b"),
    "format": _format, "pow": _pow, "abs": _abs, "min": _minmax("min"), "max": _minmax("max"), "round": _round, "divmod": _divmod,
}

