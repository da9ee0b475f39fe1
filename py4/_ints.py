"""Checked value integers for CPython: the runtime side of py4's `i64`, `i32` and `u8`.

Each class is an `int` subclass whose arithmetic stays in the type and raises
`OverflowError("value out of range for <kind>")` when the exact result leaves the
kind's range, as the code py4c compiles does. An `int` (or another value type) met
as the other operand is converted to this operand's kind first, with the same
check, as the compiler converts it (`int` mixes with a value type as that type).
Operations `int` does not define for ints (`/`, mixing with `float`) are left to
`int` and `float`, so they give floats as usual. Comparisons, hashing, `repr`,
`str` and `format` are `int`'s.

`__init__.py` re-exports the classes; mypy sees `__init__.pyi` instead (the
`mypy_extensions` native ints), so this module is what `mypy --strict py4` checks.
"""

from __future__ import annotations

from typing import Any, Callable

RANGES: dict[str, tuple[int, int]] = {
    "i64": (-(2**63), 2**63 - 1),
    "i32": (-(2**31), 2**31 - 1),
    "u8": (0, 255),
}

_int_new = int.__new__
_NO_BASE: Any = object()

Method = Callable[..., Any]


def _make(kind: str) -> type[int]:
    """Build the checked class for one kind; bounds live in closure cells for speed."""
    lo, hi = RANGES[kind]
    msg = f"value out of range for {kind}"
    pow_msg = f"py4c: {kind} ** negative int gives a float; write float(x) ** n"
    cls: Any = None  # bound below, once the class exists

    def __new__(c: Any, x: Any = 0, base: Any = _NO_BASE) -> Any:
        if type(x) is c and base is _NO_BASE:
            return x
        v = _int_new(c, x) if base is _NO_BASE else _int_new(c, x, base)
        if lo <= v <= hi:
            return v
        raise OverflowError(msg)

    def operand(y: object) -> int | None:
        """The other operand as an int of this kind, or None when it is not an int."""
        if not isinstance(y, int):
            return None
        if type(y) is not cls and not lo <= y <= hi:
            raise OverflowError(msg)
        return y

    def wrap(r: int) -> Any:
        if lo <= r <= hi:
            return _int_new(cls, r)
        raise OverflowError(msg)

    def binary(op: Callable[[int, int], int], reflected: bool) -> Method:
        # operand() and wrap() are inlined: these are the hot paths.
        if reflected:
            def method(self: int, other: Any) -> Any:
                if type(other) is not cls:
                    if not isinstance(other, int):
                        return NotImplemented
                    if not lo <= other <= hi:
                        raise OverflowError(msg)
                r = op(other, self)
                if lo <= r <= hi:
                    return _int_new(cls, r)
                raise OverflowError(msg)
        else:
            def method(self: int, other: Any) -> Any:
                if type(other) is not cls:
                    if not isinstance(other, int):
                        return NotImplemented
                    if not lo <= other <= hi:
                        raise OverflowError(msg)
                r = op(self, other)
                if lo <= r <= hi:
                    return _int_new(cls, r)
                raise OverflowError(msg)
        return method

    def big_lshift(x: int, n: int) -> int:
        # Guard before int builds a huge number: any nonzero x << 64 is out of every range.
        if x and n >= 64:
            raise OverflowError(msg)
        return int.__lshift__(x, n)

    def checked_pow(x: int, n: int, mod: int | None = None) -> int:
        if mod is not None:
            return int.__pow__(x, n, mod)  # never a float: pow(x, -n, m) is a modular inverse
        if n < 0:
            raise ValueError(pow_msg)
        if n >= 64 and (x > 1 or x < -1):
            raise OverflowError(msg)
        r: int = int.__pow__(x, n)
        return r

    def __pow__(self: int, other: object, mod: object = None) -> Any:
        y = operand(other)
        if y is None:
            return NotImplemented
        if mod is None:
            return wrap(checked_pow(self, y))
        m = operand(mod)
        if m is None:
            return NotImplemented
        return wrap(checked_pow(self, y, m))

    def __rpow__(self: int, other: object, mod: object = None) -> Any:
        y = operand(other)
        if y is None:
            return NotImplemented
        return wrap(checked_pow(y, self))

    def __divmod__(self: int, other: object) -> Any:
        y = operand(other)
        if y is None:
            return NotImplemented
        q, r = int.__divmod__(self, y)
        return wrap(q), wrap(r)

    def __rdivmod__(self: int, other: object) -> Any:
        y = operand(other)
        if y is None:
            return NotImplemented
        q, r = int.__divmod__(y, self)
        return wrap(q), wrap(r)

    def __neg__(self: int) -> Any:
        return wrap(int.__neg__(self))

    def __pos__(self: int) -> Any:
        return self

    def __invert__(self: int) -> Any:
        return wrap(int.__invert__(self))

    def __abs__(self: int) -> Any:
        return self if self >= 0 else wrap(int.__neg__(self))

    ns: dict[str, Any] = {
        "__slots__": (),
        "__module__": "py4",
        "__qualname__": kind,
        "__doc__": f"{kind}: a checked machine integer in [{lo}, {hi}]; overflow raises OverflowError.",
        "__new__": __new__,
        "__pow__": __pow__,
        "__rpow__": __rpow__,
        "__divmod__": __divmod__,
        "__rdivmod__": __rdivmod__,
        "__neg__": __neg__,
        "__pos__": __pos__,
        "__invert__": __invert__,
        "__abs__": __abs__,
    }
    ops: dict[str, Callable[[int, int], int]] = {
        "add": int.__add__, "sub": int.__sub__, "mul": int.__mul__,
        "floordiv": int.__floordiv__, "mod": int.__mod__,
        "lshift": big_lshift, "rshift": int.__rshift__,
        "and": int.__and__, "or": int.__or__, "xor": int.__xor__,
    }
    for name, op in ops.items():
        ns[f"__{name}__"] = binary(op, reflected=False)
        ns[f"__r{name}__"] = binary(op, reflected=True)
    cls = made = type(kind, (int,), ns)
    return made


i64 = _make("i64")
i32 = _make("i32")
u8 = _make("u8")

KINDS: dict[str, type[int]] = {"i64": i64, "i32": i32, "u8": u8}
