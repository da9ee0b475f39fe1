"""Differential tests of the runtime's dicts and sets (dict.c) against CPython.

Builds tests/runtime_c/dict_harness.c with the runtime (dict.c and the harness held to
-Werror), then runs random programs of dict and set operations on the harness (over its
line protocol, see dict_harness.c) and, step by step, on real CPython dicts and sets.
Every answer must be identical: reprs, results of get/pop/setdefault/lookup, exception
types and messages (KeyError, TypeError, RuntimeError), len, ==, iteration order and the
RuntimeError raised by mutation during iteration. Expected outputs are never written by
hand; table invariants are checked by the harness after every mutation.

py4c's documented deviations (see dict.c), kept out of the comparisons:
- sets are insertion-ordered, CPython's are in hash order: set reprs, iteration and
  algebra results are compared as sorted contents;
- mutation during iteration is detected by any insertion or deletion, CPython's by a
  change of size: programs call next right after a size-changing mutation, and never
  call next again after the end of an iteration (CPython then always says StopIteration);
- floats have no identity, so a NaN key matches nothing: operations comparing two tables
  (==, <=, update, algebra) are not run on tables holding NaN (CPython would match the
  shared NaN *objects* of a copy by identity).
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.runtime_harness import I64_MAX, I64_MIN, HypChooser, Process, RandChooser, hx, pick, show
from tests.runtime_harness import Chooser as ChooserP
from tests.runtime_harness import enc_scalar, harness_fixtures, valgrind_cmd

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ------------------------------------------------------------ harness plumbing


def text_of(result: str) -> str | None:
    """The text of an `OK h<hex>` line, None for any other line."""
    parts = result.split(" ")
    if len(parts) != 2 or parts[0] != "OK" or not parts[1].startswith("h"):
        return None
    return bytes.fromhex(parts[1][1:]).decode("utf-8", "surrogatepass")


class Harness(Process):
    def __init__(self, cmd: list[str]) -> None:
        super().__init__(cmd, stderr=True)
        self.history: list[tuple[str, str]] = []

    def call(self, line: str) -> str:
        got = super().call(line)
        self.history = [*self.history[-15:], (line, got)]
        return got

    def fail(self, line: str, expected: str, got: str) -> None:
        context = "\n".join(f"  {l}  ->  {show(g)}" for l, g in self.history[:-1])
        raise AssertionError(
            f"after:\n{context}\n{line}\n  expected {show(expected)}\n  got      {show(got)}"
        )

    def expect(self, line: str, expected: str) -> str:
        got = self.call(line)
        if got != expected:
            self.fail(line, expected, got)
        return got


# dict.c is held to -Werror
exe, h = harness_fixtures("dict_harness.c", {"dict.c"}, lambda exe: Harness([str(exe)]),
                          check_exit=True)


# ------------------------------------------------------------ values and their encoding

# Type codes as the harness reads them: i int, w i32, u u8, b bool, n None, f float,
# s str, l<T> list[T]; a set has no value type (None here, `-` for the harness).
FLOATS = [0.0, -0.0, 1.5, -2.5, 0.1, 3.0, 2.0, 1e16, 1e-7, 1e300, math.inf, -math.inf,
          float(2**61 - 1), -1.0, -2.0]
CHARS = "ab'\"\\\né😀"
INT_KEYS = [0, 1, -1, -2, 2, 3, 5, 7, 8, 16, 1024, 2**61 - 1, 2**61, -(2**61 - 1), 2**62,
            I64_MIN, I64_MAX, -(2**61)]  # -1/-2 and 0/2**61-1 collide in hash(int)


def fresh_nan() -> float:
    """A new NaN object (CPython matches NaN keys by identity; py4c never matches)."""
    v: float = struct.unpack("<d", struct.pack("<Q", 0x7FF8000000000000))[0]
    return v


def gen_key(ch: ChooserP, t: str, spread: int = 0) -> Any:
    if spread and t in ("i", "s"):
        n = ch.int(0, spread)
        return n * 7 - spread if t == "i" else f"k{n}"
    if t == "i":
        return pick(ch, INT_KEYS)
    if t == "w":
        return pick(ch, [-(2**31), 2**31 - 1, -1, -2, 0, 1, 2, 3])
    if t == "u":
        return pick(ch, [0, 1, 2, 128, 255])
    if t == "b":
        return bool(ch.int(0, 1))
    if t == "n":
        return None
    if t == "f":
        return fresh_nan() if ch.int(0, 15) == 0 else pick(ch, FLOATS)
    if t == "s":
        return "".join(pick(ch, CHARS) for _ in range(ch.int(0, 2)))
    return [gen_key(ch, t[1:]) for _ in range(ch.int(0, 2))]


def gen_value(ch: ChooserP, t: str) -> Any:
    if t == "i":
        return ch.int(-3, 3) if ch.int(0, 7) else pick(ch, [I64_MIN, I64_MAX, 10**18])
    if t == "f":
        return fresh_nan() if ch.int(0, 9) == 0 else pick(ch, FLOATS)
    if t == "s":
        return "".join(pick(ch, CHARS) for _ in range(ch.int(0, 3)))
    if t.startswith("l"):
        return [gen_value(ch, t[1:]) for _ in range(ch.int(0, 2))]
    return gen_key(ch, t)


def enc(t: str, v: Any) -> str:
    scalar = enc_scalar(t, v)
    if scalar is not None:
        return scalar
    return " ".join(["[", *(enc(t[1:], x) for x in v), "]"])


def has_nan(v: Any) -> bool:
    if isinstance(v, float):
        return math.isnan(v)
    if isinstance(v, (list, set)):
        return any(has_nan(x) for x in v)
    if isinstance(v, dict):
        return any(has_nan(k) or has_nan(x) for k, x in v.items())
    return False


def outcome(f: Callable[[], str | None]) -> str:
    """The harness line CPython's answer corresponds to."""
    try:
        r = f()
    except (KeyError, TypeError, RuntimeError) as e:
        return f"ERR {type(e).__name__} {hx(str(e))}"
    return "OK " + hx("" if r is None else r)


def set_items(text: str) -> list[str]:
    """The sorted element reprs of a set repr ("set()" or "{a, b}"); no element repr
    used here contains ", "."""
    if text == "set()":
        return []
    assert text.startswith("{") and text.endswith("}"), text
    return sorted(text[1:-1].split(", "))


# ------------------------------------------------------------ the CPython model


@dataclass
class It:
    it: Iterator[Any]
    got: list[str] = field(default_factory=list)  # sets: elements the harness yielded
    exp: list[str] = field(default_factory=list)  # sets: elements CPython yielded


class Program:
    """Runs a random program on the harness and on CPython dicts/sets, step by step."""

    def __init__(self, ch: ChooserP, h: Harness, kt: str, vt: str | None, nregs: int = 3,
                 spread: int = 0) -> None:
        self.ch, self.h, self.kt, self.vt = ch, h, kt, vt
        self.nregs, self.spread = nregs, spread
        self.regs: dict[int, Any] = {}
        self.its: dict[int, It] = {}
        self.is_set = vt is None

    # -- helpers

    def key(self, r: int | None = None) -> Any:
        if r is not None and self.regs[r] and self.ch.int(0, 2) == 0:
            k = pick(self.ch, sorted(self.regs[r], key=repr) if self.is_set else list(self.regs[r]))
            return fresh_nan() if has_nan(k) else k  # py4c has no NaN identity
        return gen_key(self.ch, self.kt, self.spread)

    def value(self) -> Any:
        assert self.vt is not None
        return gen_value(self.ch, self.vt)

    def reg(self) -> int:
        return self.ch.int(0, self.nregs - 1)

    def step(self, line: str, f: Callable[[], str | None]) -> None:
        self.h.expect(line, outcome(f))

    def check(self, r: int) -> None:
        self.h.expect(f"check {r}", "OK h")

    def mutated(self, r: int, size_before: int) -> None:
        """After an operation that may change r's size: check the table, and if r is being
        iterated and its size changed, the next step must raise RuntimeError."""
        self.check(r)
        if r in self.its and len(self.regs[r]) != size_before:
            self.op_next(r)
            self.its.pop(r, None)

    def assign(self, r: int, value: Any) -> None:
        self.regs[r] = value
        self.its.pop(r, None)

    # -- program

    def run(self, nops: int) -> None:
        vt = self.vt if self.vt is not None else "-"
        for r in range(self.nregs):
            self.h.expect(f"new {r} {self.kt} {vt}", "OK h")
            self.assign(r, set() if self.is_set else {})
            for _ in range(self.ch.int(0, 4)):
                self.op_set(r)
        if self.is_set:
            ops = [self.op_set, self.op_set, self.op_lookup, self.op_del, self.op_discard,
                   self.op_update, self.op_clear, self.op_copy, self.op_eq, self.op_le,
                   self.op_algebra, self.op_algebra, self.op_repr, self.op_len, self.op_keys,
                   self.op_iter, self.op_next, self.op_next, self.op_next]
        else:
            ops = [self.op_set, self.op_set, self.op_set, self.op_get, self.op_lookup,
                   self.op_del, self.op_pop, self.op_popd, self.op_setdefault, self.op_update,
                   self.op_clear, self.op_copy, self.op_eq, self.op_repr, self.op_len,
                   self.op_keys, self.op_iter, self.op_next, self.op_next, self.op_next]
        for _ in range(nops):
            pick(self.ch, ops)()
        for r in range(self.nregs):
            self.op_repr(r)
            self.op_len(r)

    # -- operations

    def op_set(self, r: int | None = None) -> None:
        r = self.reg() if r is None else r
        d, k, n = self.regs[r], self.key(r), len(self.regs[r])
        if self.is_set:
            self.step(f"set {r} {enc(self.kt, k)}", lambda: d.add(k))
        else:
            assert self.vt is not None
            v = self.value()
            self.step(f"set {r} {enc(self.kt, k)} {enc(self.vt, v)}", lambda: d.__setitem__(k, v))
        self.mutated(r, n)

    def op_get(self) -> None:
        r = self.reg()
        d, k = self.regs[r], self.key(r)
        self.step(f"get {r} {enc(self.kt, k)}", lambda: repr(d[k]))

    def op_lookup(self) -> None:
        r = self.reg()
        d, k = self.regs[r], self.key(r)

        def f() -> str:
            if k not in d:
                return "0"
            return "1" if self.is_set else "1 " + repr(d[k])
        self.step(f"lookup {r} {enc(self.kt, k)}", f)

    def op_del(self) -> None:
        r = self.reg()
        d, k, n = self.regs[r], self.key(r), len(self.regs[r])
        if self.is_set:
            self.step(f"del {r} {enc(self.kt, k)}", lambda: d.remove(k))
        else:
            self.step(f"del {r} {enc(self.kt, k)}", lambda: d.__delitem__(k))
        self.mutated(r, n)

    def op_discard(self) -> None:
        r = self.reg()
        d, k, n = self.regs[r], self.key(r), len(self.regs[r])
        self.step(f"popd {r} {enc(self.kt, k)}", lambda: d.discard(k))
        self.mutated(r, n)

    def op_pop(self) -> None:
        r = self.reg()
        d, k, n = self.regs[r], self.key(r), len(self.regs[r])
        self.step(f"pop {r} {enc(self.kt, k)}", lambda: repr(d.pop(k)))
        self.mutated(r, n)

    def op_popd(self) -> None:
        assert self.vt is not None
        r = self.reg()
        d, k, v, n = self.regs[r], self.key(r), self.value(), len(self.regs[r])
        self.step(f"popd {r} {enc(self.kt, k)} {enc(self.vt, v)}", lambda: repr(d.pop(k, v)))
        self.mutated(r, n)

    def op_setdefault(self) -> None:
        assert self.vt is not None
        r = self.reg()
        d, k, v, n = self.regs[r], self.key(r), self.value(), len(self.regs[r])
        self.step(f"setdefault {r} {enc(self.kt, k)} {enc(self.vt, v)}",
                  lambda: repr(d.setdefault(k, v)))
        self.mutated(r, n)

    def op_update(self) -> None:
        r, s = self.reg(), self.reg()
        if r != s and (has_nan(self.regs[r]) or has_nan(self.regs[s])):
            return
        d, n = self.regs[r], len(self.regs[r])
        self.step(f"update {r} {s}", lambda: d.update(self.regs[s]))
        self.mutated(r, n)

    def op_clear(self) -> None:
        r = self.reg()
        d, n = self.regs[r], len(self.regs[r])
        self.step(f"clear {r}", d.clear)
        self.mutated(r, n)

    def op_copy(self) -> None:
        dst, src = self.reg(), self.reg()
        self.h.expect(f"copy {dst} {src}", "OK h")
        self.assign(dst, self.regs[src].copy())
        self.check(dst)
        if self.ch.int(0, 1):  # often a copy that then differs a little
            self.op_set(dst)

    def op_eq(self) -> None:
        a, b = self.reg(), self.reg()
        if has_nan(self.regs[a]) or has_nan(self.regs[b]):
            return
        self.step(f"eq {a} {b}", lambda: "1" if self.regs[a] == self.regs[b] else "0")

    def op_le(self) -> None:
        a, b = self.reg(), self.reg()
        if has_nan(self.regs[a]) or has_nan(self.regs[b]):
            return
        self.step(f"le {a} {b}", lambda: "1" if self.regs[a] <= self.regs[b] else "0")

    def op_algebra(self) -> None:
        dst, a, b = self.reg(), self.reg(), self.reg()
        if has_nan(self.regs[a]) or has_nan(self.regs[b]):
            return
        x: set[Any] = self.regs[a]
        y: set[Any] = self.regs[b]
        ops: list[tuple[str, Callable[[], set[Any]]]] = [
            ("union", lambda: x | y), ("inter", lambda: x & y), ("diff", lambda: x - y),
            ("symdiff", lambda: x ^ y)]
        name, res = pick(self.ch, ops)
        self.h.expect(f"{name} {dst} {a} {b}", "OK h")
        self.assign(dst, res())
        self.check(dst)
        self.op_repr(dst)

    def op_repr(self, r: int | None = None) -> None:
        r = self.reg() if r is None else r
        d = self.regs[r]
        if not self.is_set:
            self.step(f"repr {r}", lambda: repr(d))
            return
        line = f"repr {r}"
        got = self.h.call(line)
        text = text_of(got)
        expected = sorted(repr(x) for x in d)
        if text is None or set_items(text) != expected:
            self.h.fail(line, "OK " + hx(repr(d)) + " (in some order)", got)

    def op_len(self, r: int | None = None) -> None:
        r = self.reg() if r is None else r
        self.step(f"len {r}", lambda: str(len(self.regs[r])))

    def op_keys(self) -> None:
        r = self.reg()
        d = self.regs[r]
        if not self.is_set:
            if self.ch.int(0, 1):
                self.step(f"keys {r}", lambda: "\n".join(repr(k) for k in d))
            else:
                self.step(f"items {r}", lambda: "\n".join(f"{k!r}: {v!r}" for k, v in d.items()))
            return
        line = f"keys {r}"
        got = self.h.call(line)
        text = text_of(got)
        if text is None or sorted(text.split("\n") if text else []) != sorted(repr(x) for x in d):
            self.h.fail(line, "OK " + hx("\n".join(repr(x) for x in d)) + " (in some order)", got)

    def op_iter(self) -> None:
        r = self.reg()
        self.h.expect(f"iter {r}", "OK h")
        self.its[r] = It(iter(self.regs[r]))

    def op_next(self, r: int | None = None) -> None:
        if r is None:
            if not self.its:
                return
            r = pick(self.ch, sorted(self.its))
        state, d = self.its[r], self.regs[r]
        try:
            k = next(state.it)
        except StopIteration:
            self.h.expect(f"next {r}", "OK " + hx("0"))
            if self.is_set:
                assert sorted(state.got) == sorted(state.exp), (state.got, state.exp)
            del self.its[r]
            return
        except RuntimeError as e:
            self.h.expect(f"next {r}", f"ERR RuntimeError {hx(str(e))}")
            del self.its[r]
            return
        if not self.is_set:
            self.h.expect(f"next {r}", "OK " + hx(f"1 {k!r}: {d[k]!r}"))
            return
        line = f"next {r}"
        got = self.h.call(line)
        text = text_of(got)
        if text is None or not text.startswith("1 "):
            self.h.fail(line, "OK " + hx(f"1 {k!r}") + " (or another element)", got)
        assert text is not None
        state.got.append(text[2:])
        state.exp.append(repr(k))


# ------------------------------------------------------------ tests

DICT_TYPES: list[tuple[str, str | None]] = [
    ("i", "i"), ("s", "i"), ("f", "s"), ("s", "s"), ("w", "f"), ("u", "li"), ("b", "s"),
    ("n", "i"), ("i", "f"),
]
SET_TYPES: list[tuple[str, str | None]] = [("i", None), ("s", None), ("f", None), ("w", None),
                                           ("b", None)]


@FAST
@given(st.data())
def test_random_dict_programs(h: Harness, data: st.DataObject) -> None:
    ch = HypChooser(data)
    kt, vt = pick(ch, DICT_TYPES)
    Program(ch, h, kt, vt).run(30)


@FAST
@given(st.data())
def test_random_set_programs(h: Harness, data: st.DataObject) -> None:
    ch = HypChooser(data)
    kt, vt = pick(ch, SET_TYPES)
    Program(ch, h, kt, vt).run(30)


@pytest.mark.parametrize("seed", range(6))
def test_large_tables(h: Harness, seed: int) -> None:
    """Growth, compaction of holes and long probe chains, with many distinct keys."""
    ch = RandChooser(seed)
    kt, vt = [("i", "i"), ("s", "i"), ("s", None), ("i", None), ("f", "s"), ("s", "s")][seed]
    p = Program(ch, h, kt, vt, nregs=2, spread=400 if kt != "f" else 0)
    p.run(0)
    for i in range(1500):
        k = ch.int(0, 9)
        if k < 6:
            p.op_set()
        elif k < 9:
            if vt is None or ch.int(0, 1):
                p.op_del()
            else:
                p.op_pop()
        elif i % 3 == 0:
            p.op_copy()
        else:
            p.op_eq()
    for r in range(2):
        p.op_repr(r)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(I64_MIN, I64_MAX), st.floats(allow_nan=False), st.booleans()))
def test_hash_matches_cpython(h: Harness, v: int | float | bool) -> None:
    t = "b" if isinstance(v, bool) else "f" if isinstance(v, float) else "i"
    h.expect(f"hash {t} {enc(t, v)}", "OK " + hx(str(hash(v))))


def test_hash_small_int_kinds(h: Harness) -> None:
    for v in [0, 1, -1, -2, 2**31 - 1, -(2**31)]:
        h.expect(f"hash w {v}", "OK " + hx(str(hash(v))))
    for v in [0, 1, 255]:
        h.expect(f"hash u {v}", "OK " + hx(str(hash(v))))


def test_unhashable_keys(h: Harness) -> None:
    h.expect("new 0 li i", "OK h")
    h.expect("new 1 li -", "OK h")
    d: dict[Any, int] = {}
    s: set[Any] = set()
    k = [1, 2]
    ek = enc("li", k)
    steps: list[tuple[str, Callable[[], str | None]]] = [
        (f"set 0 {ek} 1", lambda: d.__setitem__(k, 1)),
        (f"get 0 {ek}", lambda: repr(d[k])),
        (f"lookup 0 {ek}", lambda: str(int(k in d))),
        (f"del 0 {ek}", lambda: d.__delitem__(k)),
        (f"pop 0 {ek}", lambda: repr(d.pop(k))),
        (f"popd 0 {ek} 5", lambda: repr(d.pop(k, 5))),  # {}.pop does not hash the key
        (f"setdefault 0 {ek} 5", lambda: repr(d.setdefault(k, 5))),
        (f"set 1 {ek}", lambda: s.add(k)),
        (f"lookup 1 {ek}", lambda: str(int(k in s))),
        (f"del 1 {ek}", lambda: s.remove(k)),
        (f"popd 1 {ek}", lambda: s.discard(k)),
        ("hash li [ 1 ]", lambda: str(hash(k))),
        ("len 0", lambda: str(len(d))),
        ("repr 0", lambda: repr(d)),
        ("repr 1", lambda: repr(s)),
    ]
    for line, f in steps:
        h.expect(line, outcome(f))


def test_key_errors_and_empty_reprs(h: Harness) -> None:
    h.expect("new 0 f s", "OK h")
    d: dict[float, str] = {}
    for line, f in [
        ("repr 0", lambda: repr(d)),
        (f"get 0 {enc('f', 1.5)}", lambda: repr(d[1.5])),
        (f"get 0 {enc('f', math.inf)}", lambda: repr(d[math.inf])),
        (f"set 0 {enc('f', 0.0)} {hx('z')}", lambda: d.__setitem__(0.0, "z")),
        (f"set 0 {enc('f', -0.0)} {hx('m')}", lambda: d.__setitem__(-0.0, "m")),
        (f"get 0 {enc('f', -0.0)}", lambda: repr(d[-0.0])),
        ("repr 0", lambda: repr(d)),
    ]:
        h.expect(line, outcome(f))
    h.expect("new 1 s i", "OK h")
    sd: dict[str, int] = {}
    nd: dict[None, int] = {}
    bs: set[bool] = set()
    h.expect(f"get 1 {hx('missing')}", outcome(lambda: repr(sd["missing"])))
    h.expect(f"pop 1 {hx('')}", outcome(lambda: repr(sd.pop(""))))
    h.expect("new 2 n i", "OK h")
    h.expect("get 2 N", outcome(lambda: repr(nd[None])))
    h.expect("new 3 b -", "OK h")
    h.expect("repr 3", "OK " + hx("set()"))
    h.expect("del 3 1", outcome(lambda: bs.remove(True)))


def test_nan_keys(h: Harness) -> None:
    """Each NaN insert adds an entry; a NaN key is never found (no identity in py4c)."""
    h.expect("new 0 f i", "OK h")
    nan = enc("f", math.nan)
    for i in range(20):
        h.expect(f"set 0 {nan} {i}", "OK h")
    h.expect("len 0", "OK " + hx("20"))
    h.expect(f"get 0 {nan}", f"ERR KeyError {hx('nan')}")
    h.expect(f"lookup 0 {nan}", "OK " + hx("0"))
    h.expect("check 0", "OK h")
    h.expect("repr 0", "OK " + hx(repr({fresh_nan(): i for i in range(20)})))


def test_nested_dict_values(h: Harness) -> None:
    """dict[int, dict[str, int]]: values are shared references; repr and == recurse."""
    inner0: dict[str, int] = {}
    inner1: dict[str, int] = {}
    h.expect("new 0 s i", "OK h")
    h.expect("new 1 s i", "OK h")
    h.expect("new 2 i dsi", "OK h")
    h.expect("new 3 i dsi", "OK h")
    outer2: dict[int, dict[str, int]] = {}
    outer3: dict[int, dict[str, int]] = {}
    steps: list[tuple[str, Callable[[], str | None]]] = [
        (f"set 0 {hx('a')} 1", lambda: inner0.__setitem__("a", 1)),
        ("set 2 5 r0", lambda: outer2.__setitem__(5, inner0)),
        ("set 3 5 r1", lambda: outer3.__setitem__(5, inner1)),
        ("repr 2", lambda: repr(outer2)),
        ("eq 2 3", lambda: str(int(outer2 == outer3))),
        (f"set 1 {hx('a')} 1", lambda: inner1.__setitem__("a", 1)),
        ("eq 2 3", lambda: str(int(outer2 == outer3))),
        ("get 3 5", lambda: repr(outer3[5])),
        ("set 2 7 r1", lambda: outer2.__setitem__(7, inner1)),
        ("repr 2", lambda: repr(outer2)),
        ("free 0", lambda: None),
        ("free 1", lambda: None),
        ("repr 2", lambda: repr(outer2)),
        ("copy 4 2", lambda: None),
        ("eq 4 2", lambda: "1"),
        ("clear 2", outer2.clear),
        ("repr 2", lambda: repr(outer2)),
        ("repr 4", lambda: repr({5: inner0, 7: inner1})),
        ("free 4", lambda: None),
        ("free 2", lambda: None),
        ("free 3", lambda: None),
    ]
    for line, f in steps:
        h.expect(line, outcome(f))


def test_iteration_sees_value_overwrites(h: Harness) -> None:
    """Overwriting values does not invalidate an iterator (as in CPython)."""
    d = {1: 1, 2: 2, 3: 3}
    h.expect("new 0 i i", "OK h")
    for k in d:
        h.expect(f"set 0 {k} {k}", "OK h")
    h.expect("iter 0", "OK h")
    it = iter(d)
    for k in [1, 2, 3]:
        assert next(it) == k
        h.expect("next 0", "OK " + hx(f"1 {k}: {d[k]}"))
        d[3] = 30 + k
        h.expect(f"set 0 3 {30 + k}", "OK h")
        h.expect("popd 0 99 0", "OK " + hx("0"))  # a pop of a missing key changes nothing
    h.expect("next 0", "OK " + hx("0"))


def test_valgrind_clean(exe: Path) -> None:
    vh = Harness(valgrind_cmd(exe))
    for seed in range(24):
        ch = RandChooser(seed)
        kt, vt = (DICT_TYPES + SET_TYPES)[seed % (len(DICT_TYPES) + len(SET_TYPES))]
        Program(ch, vh, kt, vt).run(60)
    test_nested_dict_values(vh)
    test_unhashable_keys(vh)
    test_nan_keys(vh)
    p = Program(RandChooser(99), vh, "s", "s", nregs=2, spread=300)
    p.run(0)
    for _ in range(600):
        pick(p.ch, [p.op_set, p.op_set, p.op_del, p.op_pop])()
    rc, err = vh.close()
    assert rc == 0, err[-4000:]
