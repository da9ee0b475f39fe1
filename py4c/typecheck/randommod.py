"""The `random` module's module-level functions: typed here and computed by
runtime/randommod.c with CPython 3.11's exact sequences (MT19937 and Lib/random.py's
algorithms) and error messages.

Phase: typecheck. `import random` / `from random import randint` resolve to qualified
names (`random.randint`). Integer arguments are `int` (value ints and bools are
converted); seed takes an int or nothing; choice takes a list or a str, shuffle and
sample a list.
"""

from __future__ import annotations

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import FLOAT, INT, NONE, STR, BoolT, FloatT, IntT, ListT, StrT, Type

# the parameters of each function, in order, and how many of them are required
PARAMS: dict[str, tuple[tuple[str, ...], int]] = {
    "seed": (("a",), 0),
    "random": ((), 0),
    "getrandbits": (("k",), 1),
    "randrange": (("start", "stop", "step"), 1),
    "randint": (("a", "b"), 2),
    "uniform": (("a", "b"), 2),
    "choice": (("seq",), 1),
    "shuffle": (("x",), 1),
    "sample": (("population", "k"), 2),
}
POSITIONAL_ONLY = {"getrandbits"}  # a method of the C base class
NAMES = [f"random.{n}" for n in PARAMS]


def _bind(sc: FuncScope, name: str, e: ast.Call) -> list[tir.Expr] | None:
    """The checked arguments in parameter order (missing optional ones left out)."""
    from py4c.typecheck.expr import check_expr

    d = sc.module.diags
    params, required = PARAMS[name]
    if len(e.args) > len(params):
        d.error("call-arg", e.span, f"random.{name}() takes at most {len(params)} argument"
                f"{'s' if len(params) != 1 else ''} ({len(e.args)} given)")
        return None
    got: dict[str, ast.Expr] = dict(zip(params, e.args))
    for k in e.keywords:
        if name in POSITIONAL_ONLY or k.name not in params:
            d.error("call-arg", k.span, f"random.{name}() got an unexpected keyword argument '{k.name}'")
            return None
        if k.name in got:
            d.error("call-arg", k.span, f"random.{name}() got multiple values for argument '{k.name}'")
            return None
        got[k.name] = k.value
    n = 0
    while n < len(params) and params[n] in got:
        n += 1
    if n < required or len(got) != n:
        missing = next(p for p in params if p not in got)
        d.error("call-arg", e.span, f"random.{name}() missing required argument '{missing}'")
        return None
    return [check_expr(sc, got[p]) for p in params[:n]]


def _int_arg(sc: FuncScope, name: str, x: tir.Expr) -> tir.Expr | None:
    from py4c.typecheck.expr import convert

    if isinstance(x.type, (IntT, BoolT)):
        return convert(x, INT)
    sc.module.diags.error("arg-type", x.span, f"random.{name}() needs an int argument, not '{x.type}'")
    return None


def check_random_call(sc: FuncScope, q: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import convert, error_expr, poisoned, to_float

    d = sc.module.diags
    name = q.split(".", 1)[1]
    span = e.span
    results: dict[str, Type] = {"random": FLOAT, "uniform": FLOAT, "seed": NONE, "shuffle": NONE}
    rtype = results.get(name, INT)
    args = _bind(sc, name, e)
    if args is None or poisoned(*args):
        return error_expr(span, rtype)

    def prim(op: str, xs: tuple[tir.Expr, ...], t: Type) -> tir.Expr:
        return tir.Prim(op, xs, t, span)

    if name == "random":
        return prim("random.random", (), FLOAT)
    if name == "seed":
        if not args:
            return prim("random.seed_os", (), NONE)
        a = _int_arg(sc, name, args[0])
        return prim("random.seed", (a,), NONE) if a is not None else error_expr(span, NONE)
    if name == "uniform":
        a, b = args
        if not all(isinstance(x.type, (IntT, BoolT, FloatT)) for x in args):
            d.error("arg-type", span, f"random.uniform() needs numbers, not '{a.type}' and '{b.type}'")
            return error_expr(span, FLOAT)
        if not any(isinstance(x.type, FloatT) for x in args):
            ia, ib = _int_arg(sc, name, a), _int_arg(sc, name, b)
            assert ia is not None and ib is not None
            return prim("random.uniform_ii", (ia, ib), FLOAT)
        fa, fb = (to_float(convert(x, INT) if isinstance(x.type, BoolT) else x) for x in args)
        return prim("random.uniform", (fa, fb), FLOAT)
    if name == "choice":
        seq = args[0]
        if isinstance(seq.type, ListT):
            return prim("random.choice", (seq,), seq.type.elem)
        if isinstance(seq.type, StrT):
            return prim("random.choice_str", (seq,), STR)
        d.error("arg-type", span, f"random.choice() needs a list or a str, not '{seq.type}'")
        return error_expr(span)
    if name in ("shuffle", "sample"):
        lst = args[0]
        if not isinstance(lst.type, ListT):
            d.error("arg-type", span, f"random.{name}() needs a list, not '{lst.type}'")
            return error_expr(span, rtype)
        if name == "shuffle":
            return prim("random.shuffle", (lst,), NONE)
        k = _int_arg(sc, name, args[1])
        return prim("random.sample", (lst, k), lst.type) if k is not None else error_expr(span, lst.type)
    ints = [_int_arg(sc, name, x) for x in args]
    if any(x is None for x in ints):
        return error_expr(span)
    xs = tuple(x for x in ints if x is not None)
    if name == "getrandbits":
        return prim("random.getrandbits", xs, INT)
    if name == "randint":
        return prim("random.randint", xs, INT)
    if len(xs) == 1:
        return prim("random.randrange1", xs, INT)
    if len(xs) == 2:
        xs = (*xs, tir.Const(1, INT, span))
    return prim("random.randrange", xs, INT)


def _register() -> None:
    from py4c.typecheck.stdlib import register

    register(NAMES, check_random_call)


_register()
