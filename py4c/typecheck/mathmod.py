"""The `math` module: its constants and the functions programs use, typed here and
computed by runtime/mathmod.c with CPython's results and error messages.

Phase: typecheck. `import math` / `from math import sqrt` resolve to qualified names
(`math.sqrt`); a float argument may be an int (converted, as CPython does).
"""

from __future__ import annotations

import math

from py4c import tir
from py4c.frontend import ast
from py4c.typecheck.env import FuncScope
from py4c.types import BOOL, FLOAT, INT, BoolT, FloatT, IntT

CONSTANTS = {"math.pi": math.pi, "math.e": math.e, "math.tau": math.tau, "math.inf": math.inf, "math.nan": math.nan}

# one-argument float functions, numbered as in runtime/mathmod.c (enum M_*)
MATH1 = ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
         "tanh", "fabs", "expm1", "log1p", "degrees", "radians"]
MATH2 = ["pow", "atan2", "hypot", "copysign", "fmod"]  # enum M2_*; M2_LOGB = 5 is log(x, base)
TO_INT = {"floor": 0, "ceil": 1, "trunc": 2}
PREDICATES = {"isnan": "float.isnan", "isinf": "float.isinf", "isfinite": "float.isfinite"}
NAMES = {f"math.{n}" for n in [*MATH1, *MATH2, *TO_INT, *PREDICATES, "gcd", "isclose", "factorial"]}


def constant(q: str, span: ast.Span) -> tir.Expr:
    return tir.Const(CONSTANTS[q], FLOAT, span)


def check_math_call(sc: FuncScope, q: str, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, convert, error_expr, to_float

    d = sc.module.diags
    name = q.split(".", 1)[1]
    span = e.span
    if name == "isclose":
        return _isclose(sc, e)
    if e.keywords:
        d.error("call-arg", e.keywords[0].span, f"math.{name}() takes no keyword arguments")
        return error_expr(span, FLOAT)
    args = [check_expr(sc, a) for a in e.args]
    want = 2 if name in MATH2 or name == "gcd" else (1, 2) if name == "log" else 1
    if len(args) not in (want if isinstance(want, tuple) else (want,)):
        d.error("call-arg", span, f"math.{name}() takes {want if isinstance(want, int) else '1 or 2'} "
                f"argument{'s' if want != 1 else ''} ({len(args)} given)")
        return error_expr(span, FLOAT)
    if name in ("gcd", "factorial"):
        if not all(isinstance(a.type, (IntT, BoolT)) for a in args):
            d.error("arg-type", span, f"math.{name}() needs int arguments")
            return error_expr(span)
        return tir.Prim(f"math.{name}", tuple(convert(a, INT) for a in args), INT, span)
    if not all(isinstance(a.type, (IntT, BoolT, FloatT)) for a in args):
        d.error("arg-type", span, f"math.{name}() needs a number, not '{args[0].type}'")
        return error_expr(span, FLOAT)
    floats = [to_float(convert(a, INT) if isinstance(a.type, BoolT) else a) for a in args]
    if name in TO_INT:
        x = args[0]
        if isinstance(x.type, (IntT, BoolT)):
            return convert(x, INT)  # floor/ceil/trunc of an int is the int itself
        return tir.Prim("math.to_int", (tir.Const(TO_INT[name], INT, span), x), INT, span)
    if name in PREDICATES:
        return tir.Prim(PREDICATES[name], (floats[0],), BOOL, span)
    if name == "log" and len(floats) == 2:
        return tir.Prim("math.2", (tir.Const(5, INT, span), *floats), FLOAT, span)
    if name in MATH2:
        return tir.Prim("math.2", (tir.Const(MATH2.index(name), INT, span), *floats), FLOAT, span)
    if name == "sqrt":
        return tir.Prim("math.sqrt", (floats[0],), FLOAT, span)  # inline: the hardware instruction
    return tir.Prim("math.1", (tir.Const(MATH1.index(name), INT, span), floats[0]), FLOAT, span)


def _isclose(sc: FuncScope, e: ast.Call) -> tir.Expr:
    from py4c.typecheck.expr import check_expr, error_expr, to_float

    d = sc.module.diags
    vals: dict[str, tir.Expr] = {"rel_tol": tir.Const(1e-09, FLOAT, e.span), "abs_tol": tir.Const(0.0, FLOAT, e.span)}
    if len(e.args) != 2:
        d.error("call-arg", e.span, "math.isclose() takes 2 positional arguments")
        return error_expr(e.span, BOOL)
    for k in e.keywords:
        if k.name not in vals:
            d.error("call-arg", k.span, f"math.isclose() got an unexpected keyword argument '{k.name}'")
            return error_expr(e.span, BOOL)
        vals[k.name] = check_expr(sc, k.value)
    xs: list[tir.Expr] = [check_expr(sc, a) for a in e.args] + [vals["rel_tol"], vals["abs_tol"]]
    for x in xs:
        if not isinstance(x.type, (IntT, FloatT)):
            d.error("arg-type", x.span, f"math.isclose() needs numbers, not '{x.type}'")
            return error_expr(e.span, BOOL)
    return tir.Prim("math.isclose", tuple(to_float(x) for x in xs), BOOL, e.span)





TIME = {"perf_counter": ("time.clock", 1), "monotonic": ("time.clock", 1), "time": ("time.clock", 0)}


def check_time_call(sc: FuncScope, q: str, e: ast.Call) -> tir.Expr:
    """time.perf_counter(), time.monotonic(), time.time() and their _ns forms."""
    from py4c.typecheck.expr import error_expr

    name = q.split(".", 1)[1]
    if e.args or e.keywords:
        sc.module.diags.error("call-arg", e.span, f"time.{name}() takes no arguments")
        return error_expr(e.span, FLOAT)
    ns = name.endswith("_ns")
    clock = 0 if name.removesuffix("_ns") == "time" else 1  # 0 realtime, 1 monotonic
    if ns:
        return tir.Prim("time.ns", (tir.Const(clock, INT, e.span),), INT, e.span)
    return tir.Prim("time.seconds", (tir.Const(clock, INT, e.span),), FLOAT, e.span)


def _register() -> None:
    from py4c.typecheck.stdlib import register

    register(sorted(NAMES), check_math_call)
    register([f"time.{n}" for n in ("perf_counter", "monotonic", "time", "perf_counter_ns", "monotonic_ns",
                                     "time_ns")], check_time_call)


_register()
