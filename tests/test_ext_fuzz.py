"""Differential fuzzing of the CPython boundary of extension modules (`py4c build --ext`).

One py4 module (tests/ext_fuzz_module.py: functions over int, float, bool, str, list[int],
dict[str, float], set[int], tuple[int, str], list[tuple[int, float]], int | None, a
frozen dataclass and a plain class) is compiled once per session and imported twice:
compiled (its .abi3.so) and interpreted (py4.checked, as tests/ext_driver.py does).
Hypothesis then generates

- valid calls (edge ints, nan/inf/-0.0, non-ASCII and lone-surrogate strings, all
  parameter kinds): both imports must return equal results (compared by repr, so nan is
  equal to nan) and print the same, or raise the same exception class with the same
  message; the one documented divergence accepted is py4c's 64-bit int
  (`OverflowError` where CPython's result grows past 64 bits);
- call shapes (too many or too few positional arguments, unknown, duplicate and
  positional-only keywords): the same TypeError message as CPython's;
- wrong-typed arguments: the compiled module refuses them at the boundary with a
  TypeError or OverflowError that names the call and the parameter (and never crashes);

The memory test (200,000 calls, half of them raising) and the tests that pin gaps found
by review are in tests/test_ext_regressions.py.

PY4C_EXT_FUZZ_EXAMPLES sets the number of examples per test (default 60);
PY4C_EXT_FUZZ_RANDOM=1 uses fresh random seeds instead of the fixed derandomized ones;
PY4C_EXT_FUZZ_SHRINK=0 reports failures unshrunk (shrinking dominates a failing run).
"""

from __future__ import annotations

import contextlib
import io
import math
import os
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.ext_driver import normal
from tests.ext_fuzz_module import mods  # noqa: F401 - the fixture

EXAMPLES = int(os.environ.get("PY4C_EXT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                derandomize=os.environ.get("PY4C_EXT_FUZZ_RANDOM") != "1",
                phases=[ph for ph in Phase if ph is not Phase.shrink or os.environ.get("PY4C_EXT_FUZZ_SHRINK") != "0"],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
BIG_INT_MSG = "integer overflow: result does not fit in 64 bits"


# ---------------------------------------------------------------- types and values

Ty = tuple[Any, ...]  # a boundary type: ("int",), ("list", ("int",)), ...
INT, FLOAT, BOOL, STR = ("int",), ("float",), ("bool",), ("str",)
POINT, ACCOUNT = ("Point",), ("Account",)


def LIST(t: Ty) -> Ty:  # noqa: N802 - reads as the type
    return ("list", t)


DICT_SF = ("dict", STR, FLOAT)
SET_INT = ("set", INT)
TUP_IS = ("tuple", INT, STR)
PAIRS = LIST(("tuple", INT, FLOAT))
OPT_INT = ("opt", INT)

EDGE_INTS = [0, 1, -1, 2, -2, 3, 7, 2**31 - 1, -(2**31), 2**32, 2**53 + 1, 2**62, -(2**62), INT64_MAX, INT64_MIN,
             INT64_MIN + 1]
EDGE_FLOATS = [0.0, -0.0, math.nan, math.inf, -math.inf, 5e-324, -5e-324, 2.2250738585072014e-308,
               1.7976931348623157e308, 0.1, 1 / 3, 1e16, 1e22, -1.5, 2.0**63, 9007199254740993.0]
STRINGS = ["", "a", "é", "ß", "ﬁ", "İ", "ǅ", "Σσς", "日本語", "😀", "a\x00b", "\t\n\x7f", "\u200b", "\U0010ffff",
           "'\"\\", "\ud800", "x\udfffy", "\ud83d\ude00"]

ints = st.one_of(st.sampled_from(EDGE_INTS), st.integers(-1000, 1000), st.integers(INT64_MIN, INT64_MAX))
floats = st.one_of(st.sampled_from(EDGE_FLOATS), st.floats())
texts = st.one_of(st.sampled_from(STRINGS), st.text(max_size=8),
                  st.lists(st.one_of(st.sampled_from(STRINGS), st.text(max_size=3)), max_size=3).map("".join))


@dataclass(frozen=True)
class Obj:
    """An object of the module's classes, built in each module by materialize()."""
    cls: str
    args: Ty

    def __repr__(self) -> str:
        return f"{self.cls}{self.args!r}"


def value(t: Ty) -> st.SearchStrategy[Any]:
    kind = t[0]
    if kind == "int":
        return ints
    if kind == "float":
        return floats
    if kind == "bool":
        return st.booleans()
    if kind == "str":
        return texts
    if kind == "list":
        return st.lists(value(t[1]), max_size=6)
    if kind == "dict":
        return st.dictionaries(value(t[1]), value(t[2]), max_size=5)
    if kind == "set":
        return st.sets(value(t[1]), max_size=6)
    if kind == "tuple":
        return st.tuples(*(value(x) for x in t[1:]))
    if kind == "opt":
        return st.one_of(st.none(), value(t[1]))
    if kind == "Point":
        return st.builds(lambda x, y: Obj("Point", (x, y)), ints, floats)
    if kind == "Account":
        return st.builds(lambda o, a: Obj("Account", (o, tuple(a))), texts,
                         st.lists(st.integers(1, 10**6), max_size=3))
    raise AssertionError(t)


def materialize(mod: ModuleType, v: Any, made: list[Any]) -> Any:
    """v with every Obj built by mod's own class (made collects them, for identity checks)."""
    if isinstance(v, Obj):
        if v.cls == "Point":
            o = mod.Point(*v.args)
        else:
            o = mod.Account(v.args[0])
            for a in v.args[1]:
                o.deposit(a)
        made.append(o)
        return o
    if isinstance(v, (list, tuple)):  # subclasses stay subclasses
        return type(v)(materialize(mod, x, made) for x in v)
    if isinstance(v, dict):
        return {materialize(mod, k, made): materialize(mod, x, made) for k, x in v.items()}
    if isinstance(v, (set, frozenset)):
        return type(v)(materialize(mod, x, made) for x in v)
    return v


def norm(x: Any) -> Any:
    """A comparable form: tests/ext_driver.normal, objects of the module by their state."""
    return normal(x, _norm_object)


def _norm_object(x: Any) -> Any:
    name = type(x).__name__
    if name == "Point":
        return ("Point", norm(x.x), norm(x.y), repr(x))
    if name == "Account":
        return ("Account", norm(x.owner), norm(x.balance), norm(x.history), x.summary())
    return (name, repr(x) if "object at 0x" not in repr(x) else "")


def has_big_int(n: Any) -> bool:
    """Whether a norm() form holds an int beyond py4c's 64 bits."""
    if isinstance(n, tuple) and len(n) == 2 and n[0] == "int" and isinstance(n[1], str):
        return not INT64_MIN <= int(n[1]) <= INT64_MAX
    if isinstance(n, (list, tuple)):
        return any(has_big_int(x) for x in n)
    return False


# ---------------------------------------------------------------- the callables


@dataclass(frozen=True)
class Param:
    name: str
    t: Ty
    kind: str = "normal"  # posonly, normal, kwonly
    default: bool = False


@dataclass(frozen=True)
class Target:
    name: str  # function, "Class" (constructor) or "Class.method"
    params: tuple[Param, ...]
    self_t: Ty | None = None

    @property
    def qualname(self) -> str:
        return f"{self.name}.__init__" if self.name[:1].isupper() and "." not in self.name else self.name

    def bind(self, mod: ModuleType, self_value: Any, made: list[Any]) -> Any:
        if self.self_t is not None:
            obj = materialize(mod, self_value, made)
            return getattr(obj, self.name.split(".")[1])
        return getattr(mod, self.name)


def P(name: str, t: Ty, kind: str = "normal", default: bool = False) -> Param:  # noqa: N802
    return Param(name, t, kind, default)


TARGETS = [
    Target("int_mix", (P("a", INT), P("b", INT))),
    Target("int_div", (P("a", INT), P("b", INT))),
    Target("float_mix", (P("x", FLOAT), P("y", FLOAT))),
    Target("float_div", (P("x", FLOAT), P("y", FLOAT))),
    Target("flag", (P("b", BOOL), P("s", STR))),
    Target("text", (P("s", STR), P("n", INT))),
    Target("shout", (P("s", STR), P("times", INT, default=True))),
    Target("list_stats", (P("xs", LIST(INT)),)),
    Target("dict_get", (P("d", DICT_SF), P("k", STR))),
    Target("dict_map", (P("d", DICT_SF),)),
    Target("set_ops", (P("s", SET_INT), P("x", INT))),
    Target("tup", (P("t", TUP_IS),)),
    Target("pairs", (P("ps", PAIRS),)),
    Target("opt", (P("x", OPT_INT), P("d", INT, default=True))),
    Target("shape", (P("a", INT, "posonly"), P("b", STR, default=True), P("c", FLOAT, "kwonly", True),
                     P("d", BOOL, "kwonly"))),
    Target("make_point", (P("x", INT), P("y", FLOAT))),
    Target("centroid", (P("ps", LIST(POINT)),)),
    Target("open_account", (P("owner", STR), P("amounts", LIST(INT)))),
    Target("richest", (P("accts", LIST(ACCOUNT)),)),
    Target("fail", (P("msg", STR), P("key", BOOL, default=True))),
    Target("Point", (P("x", INT), P("y", FLOAT))),
    Target("Account", (P("owner", STR), P("balance", INT, default=True))),
    Target("Point.scaled", (P("k", FLOAT),), POINT),
    Target("Account.deposit", (P("amount", INT),), ACCOUNT),
    Target("Account.summary", (), ACCOUNT),
]
IDS = [t.name for t in TARGETS]


def outcome(mod: ModuleType, target: Target, self_value: Any, args: list[Any], kwargs: dict[str, Any]) -> Ty:
    made: list[Any] = []
    out = io.StringIO()
    try:
        fn = target.bind(mod, self_value, made)
        args = [materialize(mod, a, made) for a in args]
        kwargs = {k: materialize(mod, v, made) for k, v in kwargs.items()}
        with contextlib.redirect_stdout(out):
            r = fn(*args, **kwargs)
        state = norm(fn.__self__) if target.self_t is not None else None
        same = [i for i, o in enumerate(made) if o is r]  # a compiled object crosses back as its own wrapper
        return ("ok", norm(r), state, same, out.getvalue())
    except Exception as e:  # noqa: BLE001 - every exception is an outcome to compare
        return ("raise", type(e).__name__, str(e), out.getvalue())


def agree(x: Ty, y: Ty) -> bool:
    if x == y:
        return True
    # py4c's documented divergence: int results beyond 64 bits raise OverflowError
    return x[0] == "ok" and y[:2] == ("raise", "OverflowError") and y[2].startswith(BIG_INT_MSG) and has_big_int(x)


# amounts whose sum stays within 64 bits (beyond, py4c's documented OverflowError comes
# first where CPython would go on and raise something else)
VALUES = {("open_account", "amounts"): st.lists(st.integers(-3, 2**60), max_size=6)}


def call_shape(data: st.DataObject, target: Target) -> tuple[list[Any], dict[str, Any]]:
    """Valid arguments in a valid shape: defaults left out at random, normal parameters
    passed by position or by keyword."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    positional = True
    for p in target.params:
        if p.default and data.draw(st.booleans(), label=f"omit {p.name}"):
            positional = False
            continue
        v = data.draw(VALUES.get((target.name, p.name), value(p.t)), label=p.name)
        if p.kind == "posonly" or (p.kind == "normal" and positional and data.draw(st.booleans())):
            args.append(v)
        else:
            positional = False
            kwargs[p.name] = v
    if target.name == "dict_get" and data.draw(st.booleans(), label="existing key"):
        d = args[0] if args else kwargs["d"]
        if d:
            key = data.draw(st.sampled_from(sorted(d)))
            if len(args) == 2:
                args[1] = key
            else:
                kwargs["k"] = key
    return args, kwargs


# ---------------------------------------------------------------- valid calls


@pytest.mark.parametrize("target", TARGETS, ids=IDS)
@FUZZ
@given(data=st.data())
def test_valid_calls_agree(mods: SimpleNamespace, target: Target, data: st.DataObject) -> None:
    self_value = data.draw(value(target.self_t), label="self") if target.self_t else None
    args, kwargs = call_shape(data, target)
    x = outcome(mods.interp, target, self_value, args, kwargs)
    y = outcome(mods.compiled, target, self_value, args, kwargs)
    assert agree(x, y), f"{target.name}(*{args!r}, **{kwargs!r})\n  interpreted: {x}\n  compiled:    {y}"


# ---------------------------------------------------------------- call shapes


def plain(t: Ty) -> Any:
    """One valid value of t (binding depends on the call's shape, not on the values)."""
    simple = {"int": 3, "float": 2.5, "bool": True, "str": "s", "list": [], "dict": {}, "set": set(), "opt": None,
              "Point": Obj("Point", (1, 2.0)), "Account": Obj("Account", ("o", (5,)))}
    return (3, "s") if t == TUP_IS else simple[t[0]]


@pytest.mark.parametrize("target", TARGETS, ids=IDS)
@FUZZ
@given(data=st.data())
def test_binding_errors_agree(mods: SimpleNamespace, target: Target, data: st.DataObject) -> None:
    """Any number of positional arguments and any keywords (known, unknown, duplicates of
    positional ones, positional-only names, 'self'): the same result or the same TypeError."""
    params = target.params
    npos = data.draw(st.integers(0, len(params) + 2), label="positional")
    args = [plain(params[i].t) if i < len(params) else 0 for i in range(npos)]
    names = [p.name for p in params] + ["zz", "self"]
    chosen = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)), label="keywords")
    kwargs = {n: plain(next((p.t for p in params if p.name == n), INT)) for n in chosen}
    self_value = plain(target.self_t) if target.self_t else None
    x = outcome(mods.interp, target, self_value, args, kwargs)
    y = outcome(mods.compiled, target, self_value, args, kwargs)
    assert agree(x, y), f"{target.name}(*{args!r}, **{kwargs!r})\n  interpreted: {x}\n  compiled:    {y}"


# ---------------------------------------------------------------- wrong types


class Idx:
    """Not an int, but has __index__: accepted for int parameters."""

    def __init__(self, v: int) -> None:
        self.v = v

    def __index__(self) -> int:
        return self.v

    def __repr__(self) -> str:
        return f"Idx({self.v})"


class MyList(list):  # type: ignore[type-arg]
    pass


class MyStr(str):
    pass


WRONG_SCALARS = st.one_of(
    st.sampled_from([2**63, INT64_MIN - 1, 2**64, -(10**30), 10**400, True, False, None, b"bytes", bytearray(b"x"),
                     1 + 2j, Fraction(1, 3), Decimal("1.5"), range(3), Ellipsis, NotImplemented, object(), float,
                     print, Idx(5), Idx(2**70), MyStr("s")]),
    ints, floats, texts)


def wrong_values(depth: int = 2) -> st.SearchStrategy[Any]:
    if depth == 0:
        return WRONG_SCALARS
    inner = wrong_values(depth - 1)
    hashable = st.one_of(ints, texts, floats, st.none(), st.booleans(), st.tuples(ints, texts))
    return st.one_of(
        WRONG_SCALARS, inner,
        st.lists(inner, max_size=4), st.lists(inner, max_size=4).map(MyList), st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(hashable, inner, max_size=3), st.sets(hashable, max_size=3),
        st.frozensets(hashable, max_size=3), st.tuples(inner, inner), st.tuples(ints, texts, ints),
        st.builds(lambda x, y: Obj("Point", (x, y)), ints, floats),
        st.builds(lambda o: Obj("Account", (o, ())), texts))


def problem(t: Ty, v: Any, compiled: ModuleType) -> str | None:
    """What the boundary must raise for v as a t (the first bad item, in the order the
    conversion visits them), or None if the documented conversions accept it."""
    kind = t[0]
    if kind in ("int", "float") and isinstance(v, bool):
        return "TypeError"  # py4's bool-promotion rule: a bool is no number here
    if kind == "int":
        if isinstance(v, int) or (hasattr(type(v), "__index__") and not isinstance(v, float)):
            return None if INT64_MIN <= v.__index__() <= INT64_MAX else "OverflowError"
        return "TypeError"
    if kind == "float":
        if isinstance(v, float):
            return None
        if isinstance(v, int):
            return None if abs(v) < 2**1024 else "OverflowError"
        return "TypeError"
    if kind == "bool":
        return None if type(v) is bool else "TypeError"
    if kind == "str":
        return None if isinstance(v, str) else "TypeError"
    if kind in ("list", "set"):
        if not isinstance(v, list if kind == "list" else (set, frozenset)):
            return "TypeError"
        return next((p for p in (problem(t[1], x, compiled) for x in v) if p), None)
    if kind == "dict":
        if not isinstance(v, dict):
            return "TypeError"
        for k, x in v.items():
            p = problem(t[1], k, compiled) or problem(t[2], x, compiled)
            if p:
                return p
        return None
    if kind == "tuple":
        if not isinstance(v, tuple) or len(v) != len(t) - 1:
            return "TypeError"
        return next((p for p in (problem(it, x, compiled) for it, x in zip(t[1:], v)) if p), None)
    if kind == "opt":
        return None if v is None else problem(t[1], v, compiled)
    return None if isinstance(v, getattr(compiled, kind)) else "TypeError"


@pytest.mark.parametrize("target", [t for t in TARGETS if t.params], ids=[t.name for t in TARGETS if t.params])
@FUZZ
@given(data=st.data())
def test_wrong_types_are_refused(mods: SimpleNamespace, target: Target, data: st.DataObject) -> None:
    """One argument of the wrong type (the others valid, passed by keyword unless
    positional-only): a TypeError or OverflowError naming the call and the parameter.
    Objects of the interpreted module's classes are wrong types for the compiled module."""
    i = data.draw(st.integers(0, len(target.params) - 1), label="which")
    kwargs: dict[str, Any] = {}
    for k, p in enumerate(target.params):
        kwargs[p.name] = data.draw(value(p.t)) if k != i else data.draw(wrong_values(), label=f"wrong {p.name}")
    bad = target.params[i]
    made: list[Any] = []
    raw = kwargs[bad.name]
    wrong = materialize(mods.interp, raw, made)  # foreign objects: the interpreted module's
    self_value = data.draw(value(target.self_t)) if target.self_t else None
    fn = target.bind(mods.compiled, self_value, made)
    given = {p.name: (wrong if p is bad else materialize(mods.compiled, kwargs[p.name], made)) for p in target.params}
    call_args = [given.pop(p.name) for p in target.params if p.kind == "posonly"]
    expected = problem(bad.t, wrong, mods.compiled)
    prefix = f"{target.qualname}() argument '{bad.name}'"
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            fn(*call_args, **given)
    except (TypeError, OverflowError) as e:
        msg = str(e)
        if expected is None:
            assert not msg.startswith(prefix), f"{target.name}({bad.name}={wrong!r}): refused a valid value: {e!r}"
            return
        assert type(e).__name__ == expected, f"{target.name}({bad.name}={wrong!r}): {e!r}, expected {expected}"
        if expected == "OverflowError" and bad.t == FLOAT:
            return  # CPython's own "int too large to convert to float"
        assert msg.startswith(prefix), f"{target.name}({bad.name}={wrong!r}): message {msg!r} lacks {prefix!r}"
        return
    except Exception as e:  # noqa: BLE001 - the function itself may raise for an accepted value
        assert expected is None, f"{target.name}({bad.name}={wrong!r}): {e!r}, expected {expected}"
        return
    assert expected is None, f"{target.name}({bad.name}={wrong!r}) was accepted, expected {expected}"
