"""The primitive table: tir `Prim` op names -> emitters that produce mir.

Phase: codegen (lowering). A primitive is registered once, by name, for the operand
types in its name (`int.floordiv`, `i32.add`, `str.concat`); adding one touches no core
file. An emitter receives the builder and the operand values (borrowed) and returns
(value, owned). Inline emitters build mir ops; others call a `py4c_*` runtime symbol
and branch on its error signal.
"""

from __future__ import annotations

from typing import Callable

from py4c import mir
from py4c.codegen.builder import FuncBuilder
from py4c.types import INT_RANGES

Emitter = Callable[[FuncBuilder, list[mir.Value]], tuple[mir.Value, bool]]
PRIMITIVES: dict[str, Emitter] = {}

INT_KINDS = ("int", "i64", "i32", "u8")
RT = {"int": "i64", "i64": "i64", "i32": "i32", "u8": "i8"}
INT_OVERFLOW = "integer overflow: result does not fit in 64 bits (py4c big integers are not supported yet)"


def overflow_msg(kind: str) -> str:
    return INT_OVERFLOW if kind == "int" else f"value out of range for {kind}"


def prim(*names: str) -> Callable[[Emitter], Emitter]:
    def register(fn: Emitter) -> Emitter:
        for n in names:
            assert n not in PRIMITIVES, n
            PRIMITIVES[n] = fn
        return fn

    return register


def bin_op(b: FuncBuilder, op: str, x: mir.Value, y: mir.Value, rt: str) -> mir.Reg:
    r = b.reg(rt)
    b.emit(mir.Bin(r, op, x, y))
    return r


def cmp(b: FuncBuilder, op: str, x: mir.Value, y: mir.Value) -> mir.Reg:
    return bin_op(b, op, x, y, "i1")


def cast(b: FuncBuilder, op: str, x: mir.Value, rt: str) -> mir.Reg:
    r = b.reg(rt)
    b.emit(mir.Cast(r, op, x))
    return r


def call_c(b: FuncBuilder, symbol: str, args: tuple[mir.Value, ...], rt: str | None, check: str = "none",
           is_obj: bool = False) -> mir.Reg | None:
    """Call a runtime function; check is "none", "null" or "flag" (the exception flag)."""
    dest = b.reg(rt, "c", is_obj) if rt is not None else None
    b.emit(mir.CallC(dest, symbol, args))
    if check == "null" and dest is not None:
        b.check_null(dest)
    elif check == "flag":
        b.check_pending()
    if dest is not None and is_obj:
        b.own(dest)
    return dest


def runtime(symbol: str, rt: str | None, check: str, is_obj: bool = False) -> Emitter:
    def emit(b: FuncBuilder, args: list[mir.Value]) -> tuple[mir.Value, bool]:
        r = call_c(b, symbol, tuple(args), rt, check, is_obj)
        return (r if r is not None else mir.Imm(0, "i1")), is_obj

    return emit


# ---------------------------------------------------------------- integers


def _to64(b: FuncBuilder, kind: str, v: mir.Value) -> mir.Value:
    if RT[kind] == "i64":
        return v
    return cast(b, "zext" if kind == "u8" else "sext", v, "i64")


def narrow(b: FuncBuilder, v: mir.Value, kind: str, msg: str | None = None) -> mir.Value:
    """i64 -> the kind's width, raising OverflowError when out of range."""
    if RT[kind] == "i64":
        return v
    lo, hi = INT_RANGES[kind]
    below = cmp(b, "slt", v, mir.Imm(lo, "i64"))
    above = cmp(b, "sgt", v, mir.Imm(hi, "i64"))
    bad = bin_op(b, "or", below, above, "i1")
    b.raise_if(bad, "OverflowError", msg or overflow_msg(kind))
    return cast(b, "trunc", v, RT[kind])


def _via64(kind: str, body: Callable[[FuncBuilder, list[mir.Value], str], mir.Value]) -> Emitter:
    """Narrow kinds compute in 64 bits with int semantics, then range-check the result."""

    def emit(b: FuncBuilder, args: list[mir.Value]) -> tuple[mir.Value, bool]:
        wide = [_to64(b, kind, a) for a in args]
        return narrow(b, body(b, wide, kind), kind), False

    return emit


def _checked(op: str) -> Callable[[FuncBuilder, list[mir.Value], str], mir.Value]:
    def body(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
        r, flag = b.reg("i64"), b.reg("i1", "ovf")
        b.emit(mir.Ovf(r, flag, op, a[0], a[1]))
        b.raise_if(flag, "OverflowError", overflow_msg(kind))
        return r

    return body


def _floordiv(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
    x, y = a
    b.raise_if(cmp(b, "eq", y, mir.Imm(0, "i64")), "ZeroDivisionError", "integer division or modulo by zero")
    min_ = cmp(b, "eq", x, mir.Imm(-(2**63), "i64"))
    neg1 = cmp(b, "eq", y, mir.Imm(-1, "i64"))
    b.raise_if(bin_op(b, "and", min_, neg1, "i1"), "OverflowError", overflow_msg(kind))
    q = bin_op(b, "sdiv", x, y, "i64")
    r = bin_op(b, "srem", x, y, "i64")
    return _floor_adjust(b, q, r, y, "sub", mir.Imm(1, "i64"))


def _floor_adjust(b: FuncBuilder, q: mir.Value, r: mir.Value, y: mir.Value, op: str, amount: mir.Value) -> mir.Value:
    """Python rounds toward -inf: fix up C's truncation when r != 0 and signs differ."""
    nz = cmp(b, "ne", r, mir.Imm(0, "i64"))
    sign = cmp(b, "slt", bin_op(b, "xor", r, y, "i64"), mir.Imm(0, "i64"))
    fix = bin_op(b, "and", nz, sign, "i1")
    adjusted = bin_op(b, op, q, amount, "i64")
    out = b.reg("i64")
    b.emit(mir.Select(out, fix, adjusted, q))
    return out


def _mod(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
    x, y = a
    b.raise_if(cmp(b, "eq", y, mir.Imm(0, "i64")), "ZeroDivisionError", "integer modulo by zero")
    # x % -1 == 0; dividing INT64_MIN by -1 would trap, so divide by 1 instead.
    safe = b.reg("i64")
    b.emit(mir.Select(safe, cmp(b, "eq", y, mir.Imm(-1, "i64")), mir.Imm(1, "i64"), y))
    r = bin_op(b, "srem", x, safe, "i64")
    return _floor_adjust(b, r, r, y, "add", y)


def _truediv(b: FuncBuilder, args: list[mir.Value], kind: str) -> mir.Value:
    x, y = (_to64(b, kind, a) for a in args)
    b.raise_if(cmp(b, "eq", y, mir.Imm(0, "i64")), "ZeroDivisionError", "division by zero")
    return bin_op(b, "fdiv", cast(b, "sitofp", x, "f64"), cast(b, "sitofp", y, "f64"), "f64")


def _rshift(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
    x, y = a
    b.raise_if(cmp(b, "slt", y, mir.Imm(0, "i64")), "ValueError", "negative shift count")
    capped = b.reg("i64")
    b.emit(mir.Select(capped, cmp(b, "sgt", y, mir.Imm(63, "i64")), mir.Imm(63, "i64"), y))
    return bin_op(b, "ashr", x, capped, "i64")


def _runtime_int(symbol: str) -> Callable[[FuncBuilder, list[mir.Value], str], mir.Value]:
    def body(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
        lo, hi = INT_RANGES[kind]
        r = call_c(b, symbol, (a[0], a[1], mir.Imm(lo, "i64"), mir.Imm(hi, "i64"), mir.CStr(overflow_msg(kind))),
                   "i64", "flag")
        assert r is not None
        return r

    return body


def _neg(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
    return _checked("ssub")(b, [mir.Imm(0, "i64"), a[0]], kind)


def _abs(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
    negated = _neg(b, a, kind) if kind in ("int", "i64") else bin_op(b, "sub", mir.Imm(0, "i64"), a[0], "i64")
    out = b.reg("i64")
    b.emit(mir.Select(out, cmp(b, "slt", a[0], mir.Imm(0, "i64")), negated, a[0]))
    return out


def _bitwise(op: str) -> Callable[[FuncBuilder, list[mir.Value], str], mir.Value]:
    return lambda b, a, kind: bin_op(b, op, a[0], a[1], "i64")


def _invert(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
    return bin_op(b, "xor", a[0], mir.Imm(-1, "i64"), "i64")


def _minmax(op: str) -> Callable[[FuncBuilder, list[mir.Value], str], mir.Value]:
    def body(b: FuncBuilder, a: list[mir.Value], kind: str) -> mir.Value:
        out = b.reg("i64")
        b.emit(mir.Select(out, cmp(b, op, a[1], a[0]), a[1], a[0]))
        return out

    return body


for _k in INT_KINDS:
    PRIMITIVES[f"{_k}.add"] = _via64(_k, _checked("sadd"))
    PRIMITIVES[f"{_k}.sub"] = _via64(_k, _checked("ssub"))
    PRIMITIVES[f"{_k}.mul"] = _via64(_k, _checked("smul"))
    PRIMITIVES[f"{_k}.floordiv"] = _via64(_k, _floordiv)
    PRIMITIVES[f"{_k}.mod"] = _via64(_k, _mod)
    PRIMITIVES[f"{_k}.pow"] = _via64(_k, _runtime_int("py4c_int_pow_checked"))
    PRIMITIVES[f"{_k}.lshift"] = _via64(_k, _runtime_int("py4c_int_lshift_checked"))
    PRIMITIVES[f"{_k}.rshift"] = _via64(_k, _rshift)
    PRIMITIVES[f"{_k}.and"] = _via64(_k, _bitwise("and"))
    PRIMITIVES[f"{_k}.or"] = _via64(_k, _bitwise("or"))
    PRIMITIVES[f"{_k}.xor"] = _via64(_k, _bitwise("xor"))
    PRIMITIVES[f"{_k}.neg"] = _via64(_k, _neg)
    PRIMITIVES[f"{_k}.invert"] = _via64(_k, _invert)
    PRIMITIVES[f"{_k}.abs"] = _via64(_k, _abs)
    PRIMITIVES[f"{_k}.min"] = _via64(_k, _minmax("slt"))
    PRIMITIVES[f"{_k}.max"] = _via64(_k, _minmax("sgt"))
    PRIMITIVES[f"{_k}.truediv"] = (lambda k: lambda b, a: (_truediv(b, a, k), False))(_k)
    _signed = "u" if _k == "u8" else "s"
    for _name, _op in (("lt", f"{_signed}lt"), ("le", f"{_signed}le"), ("gt", f"{_signed}gt"),
                       ("ge", f"{_signed}ge"), ("eq", "eq"), ("ne", "ne")):
        PRIMITIVES[f"{_k}.{_name}"] = (lambda op: lambda b, a: (cmp(b, op, a[0], a[1]), False))(_op)
    PRIMITIVES[f"{_k}.truth"] = (lambda k: lambda b, a: (cmp(b, "ne", a[0], mir.Imm(0, RT[k])), False))(_k)
    PRIMITIVES[f"{_k}->float"] = (lambda k: lambda b, a: (cast(b, "sitofp", _to64(b, k, a[0]), "f64"), False))(_k)
    for _t in INT_KINDS:
        if _t != _k:
            PRIMITIVES[f"{_k}->{_t}"] = (lambda src, dst: lambda b, a: (narrow(b, _to64(b, src, a[0]), dst), False))(_k, _t)


# ---------------------------------------------------------------- floats and bools


def _sqrt(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    """math.sqrt: ValueError below zero (NaN, -0.0 and inf pass, as in CPython), else
    LLVM's sqrt intrinsic (one instruction)."""
    b.raise_if(cmp(b, "folt", a[0], mir.Imm(0.0, "f64")), "ValueError", "math domain error")
    r = call_c(b, "llvm.sqrt.f64", (a[0],), "f64", "none")
    assert r is not None
    return r, False


def _abs_f(b: FuncBuilder, x: mir.Value) -> mir.Value:
    neg = b.reg("f64")
    b.emit(mir.Bin(neg, "fsub", mir.Imm(0.0, "f64"), x))
    r = b.reg("f64")
    b.emit(mir.Select(r, cmp(b, "folt", x, mir.Imm(0.0, "f64")), neg, x))
    return r


def _isinf(b: FuncBuilder, x: mir.Value) -> mir.Value:
    return cmp(b, "foeq", _abs_f(b, x), mir.Imm(float("inf"), "f64"))


def _isfinite(b: FuncBuilder, x: mir.Value) -> mir.Value:
    return cmp(b, "folt", _abs_f(b, x), mir.Imm(float("inf"), "f64"))


def _fbin(op: str) -> Emitter:
    return lambda b, a: (bin_op(b, op, a[0], a[1], "f64"), False)


def _fdiv(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
    b.raise_if(cmp(b, "foeq", a[1], mir.Imm(0.0, "f64")), "ZeroDivisionError", "float division by zero")
    return bin_op(b, "fdiv", a[0], a[1], "f64"), False


PRIMITIVES.update({
    "float.add": _fbin("fadd"), "float.sub": _fbin("fsub"), "float.mul": _fbin("fmul"), "float.truediv": _fdiv,
    "float.floordiv": runtime("py4c_float_floordiv", "f64", "flag"),
    "float.mod": runtime("py4c_float_mod", "f64", "flag"),
    "float.pow": runtime("py4c_float_pow", "f64", "flag"),
    "float.neg": lambda b, a: (cast(b, "fneg", a[0], "f64"), False),
    "float.abs": runtime("llvm.fabs.f64", "f64", "none"),
    "float.truth": lambda b, a: (cmp(b, "fune", a[0], mir.Imm(0.0, "f64")), False),
    "float.round": runtime("py4c_float_round", "f64", "none"),
    "float.round_int": runtime("py4c_float_round_int", "i64", "flag"),
    "float->int": runtime("py4c_float_to_int", "i64", "flag"),
    "float->str": runtime("py4c_float_repr", "ptr", "null", True),
    "float.divmod_check": runtime("py4c_float_divmod_check", "f64", "flag"),
    "exc.str": runtime("py4c_exc_str", "ptr", "null", True),
    "str->int_base": runtime("py4c_int_from_str_base", "i64", "flag"),
    "int.powmod": runtime("py4c_int_powmod", "i64", "flag"),
    "exc.type_name": runtime("py4c_exc_type_name", "ptr", "null", True),
    "obj.type_name": runtime("py4c_obj_type_name", "ptr", "null", True),
    "file.open": runtime("py4c_file_open", "ptr", "null", True),
    "file.read": runtime("py4c_file_read", "ptr", "null", True),
    "file.readline": runtime("py4c_file_readline", "ptr", "null", True),
    "file.readlines": runtime("py4c_file_readlines", "ptr", "null", True),
    "file.write": runtime("py4c_file_write", "i64", "flag"),
    "file.close": runtime("py4c_file_close", None, "none"),
    "file.closed": lambda b, a: (cmp(b, "ne", runtime("py4c_file_closed", "i64", "none")(b, a)[0], mir.Imm(0, "i64")), False),
    "math.1": runtime("py4c_math1", "f64", "flag"),
    "math.sqrt": _sqrt,
    "time.seconds": runtime("py4c_time_seconds", "f64", "none"),
    "time.ns": runtime("py4c_time_ns", "i64", "none"),
    "math.2": runtime("py4c_math2", "f64", "flag"),
    "math.to_int": runtime("py4c_math_to_int", "i64", "flag"),
    "math.gcd": runtime("py4c_math_gcd", "i64", "flag"),
    "math.factorial": runtime("py4c_math_factorial", "i64", "flag"),
    "math.isclose": lambda b, a: (cmp(b, "ne", runtime("py4c_math_isclose", "i64", "flag")(b, a)[0], mir.Imm(0, "i64")), False),
    "float.isnan": lambda b, a: (cmp(b, "fune", a[0], a[0]), False),
    "float.isinf": lambda b, a: (_isinf(b, a[0]), False),
    "float.isfinite": lambda b, a: (_isfinite(b, a[0]), False),
    "int.round": runtime("py4c_int_round", "i64", "flag"),
    "bool->int": lambda b, a: (cast(b, "zext", a[0], "i64"), False),
    "bool->float": lambda b, a: (cast(b, "uitofp", a[0], "f64"), False),
    "bool.not": lambda b, a: (bin_op(b, "xor", a[0], mir.Imm(1, "i1"), "i1"), False),
    "bool.and": lambda b, a: (bin_op(b, "and", a[0], a[1], "i1"), False),
    "bool.or": lambda b, a: (bin_op(b, "or", a[0], a[1], "i1"), False),
    "bool.xor": lambda b, a: (bin_op(b, "xor", a[0], a[1], "i1"), False),
})
for _name, _op in (("lt", "folt"), ("le", "fole"), ("gt", "fogt"), ("ge", "foge"), ("eq", "foeq"), ("ne", "fune")):
    PRIMITIVES[f"float.{_name}"] = (lambda op: lambda b, a: (cmp(b, op, a[0], a[1]), False))(_op)
for _name, _op in (("lt", "ult"), ("le", "ule"), ("gt", "ugt"), ("ge", "uge"), ("eq", "eq"), ("ne", "ne")):
    PRIMITIVES[f"bool.{_name}"] = (lambda op: lambda b, a: (cmp(b, op, a[0], a[1]), False))(_op)


def _select_minmax(rt: str, op: str) -> Emitter:
    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        out = b.reg(rt)
        b.emit(mir.Select(out, cmp(b, op, a[1], a[0]), a[1], a[0]))
        return out, False

    return emit


PRIMITIVES.update({
    "float.min": _select_minmax("f64", "folt"), "float.max": _select_minmax("f64", "fogt"),
    "bool.min": _select_minmax("i1", "ult"), "bool.max": _select_minmax("i1", "ugt"),
})


# Exact int/float comparisons: py4c_int_float_cmp gives -1/0/1, or 2 for NaN.
_INT_FLOAT = {"lt": ("eq", -1), "le": ("sle", 0), "gt": ("eq", 1), "ge": ("ult", 2), "eq": ("eq", 0), "ne": ("ne", 0)}
_MIRROR = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}


def _int_float(name: str, swapped: bool) -> Emitter:
    def emit(b: FuncBuilder, a: list[mir.Value]) -> tuple[mir.Value, bool]:
        i, f = (a[1], a[0]) if swapped else (a[0], a[1])
        r = call_c(b, "py4c_int_float_cmp", (i, f), "i64")
        assert r is not None
        op, k = _INT_FLOAT[_MIRROR[name] if swapped else name]
        return cmp(b, op, r, mir.Imm(k, "i64")), False

    return emit


for _name in _INT_FLOAT:
    PRIMITIVES[f"int_float.{_name}"] = _int_float(_name, False)
    PRIMITIVES[f"float_int.{_name}"] = _int_float(_name, True)
