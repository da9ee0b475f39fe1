"""Differential tests of the runtime's lists (list.c) and type-info values (value.c).

Builds tests/runtime_c/list_harness.c with the runtime (list.c, value.c and the harness
held to -Werror), then runs random programs of list operations twice: on the harness
(over its line protocol, see list_harness.c) and on real CPython lists. Every answer
(reprs after each mutation, results, exception types and messages) must be identical;
expected outputs are never written by hand.

py4c's documented deviations, kept out of the generated programs:
- floats are unboxed, so no float has an identity: NaN never equals NaN, even where
  CPython's `x in [x]`, `[x] == [x]`, index/count/remove would match one NaN *object*
  by identity. NaN appears only where identity cannot matter (sort keys, reprs,
  comparisons of freshly built values).
- list[None] values are never ordered directly (None < None is rejected by the checker).
"""

from __future__ import annotations

import math
import struct
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.runtime_harness import (I64_MAX, I64_MIN, Chooser, HypChooser, RandChooser, hx, pick,
                                   show, valgrind_run)
from tests.runtime_harness import Process as Harness
from tests.runtime_harness import enc_scalar, harness_fixtures

# list.c, list_sort.c and value.c are held to -Werror
exe, h = harness_fixtures("list_harness.c", {"list.c", "list_sort.c", "value.c"},
                          lambda exe: Harness([str(exe)]))

FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ------------------------------------------------------------ harness plumbing


def check(h: Harness, steps: list[tuple[str, str]]) -> None:
    for i, (line, expected) in enumerate(steps):
        got = h.call(line)
        if got != expected:
            context = "\n".join(f"  {l}  ->  {show(e)}" for l, e in steps[max(0, i - 12):i])
            raise AssertionError(
                f"after:\n{context}\n{line}\n  expected {show(expected)}\n  got      {show(got)}"
            )


# ------------------------------------------------------------ values and their encoding

# Type codes as the harness reads them: i int, w i32, u u8, b bool, n None, f float,
# s str, l<T> list[T].
SCALAR_TYPES = ["i", "w", "u", "b", "n", "f", "s"]
LIST_TYPES = ["i", "w", "u", "b", "n", "f", "s", "li", "ls", "lf", "lb", "ln", "lli"]
KEY_TYPES = ["i", "f", "s", "b", "li", "lf", "ls"]
FLOATS = [0.0, -0.0, 1.5, -2.5, 0.1, 3.0, 2.0, 1e16, 1e-7, 1e300, math.inf, -math.inf]
CHARS = "ab'\"\\\né😀\x00\x7f"


def type_end(t: str, i: int) -> int:
    """The end of the type code starting at t[i]."""
    if t[i] in "lS":
        return type_end(t, i + 1)
    if t[i] == "d":
        return type_end(t, type_end(t, i + 1))
    return i + 1


def dict_types(t: str) -> tuple[str, str]:
    k = t[1:type_end(t, 1)]
    return k, t[1 + len(k):]


def gen_value(ch: Chooser, t: str, nan: bool = False, maxlen: int = 3) -> Any:
    if t == "i":
        return ch.int(-3, 3) if ch.int(0, 9) else pick(ch, [I64_MIN, I64_MAX, 10**18, -7, 100])
    if t == "w":
        return ch.int(-3, 3) if ch.int(0, 9) else pick(ch, [-(2**31), 2**31 - 1])
    if t == "u":
        return ch.int(0, 3) if ch.int(0, 9) else 255
    if t == "b":
        return bool(ch.int(0, 1))
    if t == "n":
        return None
    if t == "f":
        return float("nan") if nan and ch.int(0, 3) == 0 else pick(ch, FLOATS)  # a new object: no identity match
    if t == "s":
        return "".join(pick(ch, list(CHARS)) for _ in range(ch.int(0, 3)))
    if t[0] == "d":
        kt, vt = dict_types(t)
        return {gen_value(ch, kt): gen_value(ch, vt, nan, maxlen) for _ in range(ch.int(0, maxlen))}
    if t[0] == "S":
        return {gen_value(ch, t[1:]) for _ in range(ch.int(0, maxlen))}
    return [gen_value(ch, t[1:], nan, maxlen) for _ in range(ch.int(0, maxlen))]


def fresh(v: Any) -> Any:
    """A deep copy with new float objects, so that no NaN is matched by identity."""
    if isinstance(v, float):
        return struct.unpack("<d", struct.pack("<d", v))[0]
    if isinstance(v, list):
        return [fresh(x) for x in v]
    if isinstance(v, dict):
        return {k: fresh(x) for k, x in v.items()}
    return v


def enc(t: str, v: Any) -> str:
    scalar = enc_scalar(t, v)
    if scalar is not None:
        return scalar
    if t[0] == "d":
        kt, vt = dict_types(t)
        return " ".join(["{", *(f"{enc(kt, k)} {enc(vt, x)}" for k, x in v.items()), "}"])
    if t[0] == "S":
        return " ".join(["{", *(enc(t[1:], x) for x in v), "}"])
    return " ".join(["[", *(enc(t[1:], x) for x in v), "]"])


def ordering(a: Any, b: Any) -> int:
    if a < b:
        return -1
    if a > b:
        return 1
    return 0 if a == b else 2


# ------------------------------------------------------------ the CPython model


def outcome(f: Callable[[], Any]) -> str:
    """The harness line CPython's answer corresponds to."""
    try:
        r = f()
    except (IndexError, ValueError, MemoryError, TypeError) as e:
        return f"ERR {type(e).__name__} {hx(str(e))}"
    if r is None:
        return "OK"
    if isinstance(r, str):
        return "OK " + hx(r)
    return f"OK {int(r)}"


def index_arg(ch: Chooser) -> int:
    return ch.int(-7, 7) if ch.int(0, 7) else pick(ch, [I64_MIN, I64_MAX, I64_MIN + 1, -(2**40)])


def slice_part(ch: Chooser, step: bool = False) -> int | None:
    k = ch.int(0, 9)
    if k < 3:
        return None
    if k == 9:
        return pick(ch, [I64_MIN, I64_MAX, -I64_MAX, 2**40, -(2**40)] + ([0] if step else []))
    if step:
        return pick(ch, [1, 1, 2, 3, -1, -1, -2, -3, 0])
    return ch.int(-7, 7)


def part_enc(v: int | None) -> str:
    return "_" if v is None else str(v)


class Program:
    """Generates a random program for one element type and runs it on CPython lists."""

    def __init__(self, ch: Chooser, t: str, maxlen: int = 6) -> None:
        self.ch, self.t, self.maxlen = ch, t, maxlen
        self.regs: dict[int, list[Any]] = {}
        self.steps: list[tuple[str, str]] = []

    def emit(self, line: str, f: Callable[[], Any]) -> None:
        self.steps.append((line, outcome(f)))

    def value(self) -> Any:
        return gen_value(self.ch, self.t)

    def set(self, r: int, t: str, values: list[Any]) -> None:
        self.regs[r] = values
        self.emit(f"set {r} {t} {enc('l' + t, values)}", lambda: None)

    def show(self, r: int) -> None:
        self.emit(f"repr {r}", lambda: repr(self.regs[r]))

    def reg(self) -> int:
        return self.ch.int(0, 3)

    def run(self, nops: int) -> list[tuple[str, str]]:
        for r in range(4):
            self.set(r, self.t, [self.value() for _ in range(self.ch.int(0, self.maxlen))])
        ops = [self.op_append, self.op_insert, self.op_pop, self.op_del, self.op_extend,
               self.op_remove, self.op_index, self.op_count, self.op_reverse, self.op_clear,
               self.op_copy, self.op_concat, self.op_repeat, self.op_slice, self.op_setslice,
               self.op_delslice, self.op_compare, self.op_sort, self.op_getobj,
               self.op_slice, self.op_setslice, self.op_delslice, self.op_sort]
        for _ in range(nops):
            pick(self.ch, ops)()
        return self.steps

    def op_append(self) -> None:
        r, v = self.reg(), self.value()
        self.emit(f"append {r} {enc(self.t, v)}", lambda: self.regs[r].append(v))
        self.show(r)

    def op_insert(self) -> None:
        r, i, v = self.reg(), index_arg(self.ch), self.value()
        self.emit(f"insert {r} {i} {enc(self.t, v)}", lambda: self.regs[r].insert(i, v))
        self.show(r)

    def op_pop(self) -> None:
        r, i = self.reg(), index_arg(self.ch)
        self.emit(f"pop {r} {i}", lambda: repr(self.regs[r].pop(i)))
        self.show(r)

    def op_del(self) -> None:
        r, i = self.reg(), index_arg(self.ch)

        def f() -> None:
            del self.regs[r][i]
        self.emit(f"del {r} {i}", f)
        self.show(r)

    def op_extend(self) -> None:
        r, s = self.reg(), self.reg()
        self.emit(f"extend {r} {s}", lambda: self.regs[r].extend(self.regs[s]))
        self.show(r)

    def existing_or_new(self, r: int) -> Any:
        lst = self.regs[r]
        return pick(self.ch, lst) if lst and self.ch.int(0, 1) else self.value()

    def op_remove(self) -> None:
        r = self.reg()
        v = self.existing_or_new(r)
        self.emit(f"remove {r} {enc(self.t, v)}", lambda: self.regs[r].remove(v))
        self.show(r)

    def op_index(self) -> None:
        r = self.reg()
        v = self.existing_or_new(r)
        start, stop = (index_arg(self.ch), index_arg(self.ch)) if self.ch.int(0, 1) else (0, I64_MAX)
        self.emit(f"index {r} {enc(self.t, v)} {start} {stop}",
                  lambda: self.regs[r].index(v, start, stop))

    def op_count(self) -> None:
        r = self.reg()
        v = self.existing_or_new(r)
        self.emit(f"count {r} {enc(self.t, v)}", lambda: self.regs[r].count(v))
        self.emit(f"contains {r} {enc(self.t, v)}", lambda: v in self.regs[r])

    def op_reverse(self) -> None:
        r = self.reg()
        self.emit(f"reverse {r}", lambda: self.regs[r].reverse())
        self.show(r)

    def op_clear(self) -> None:
        r = self.reg()
        self.emit(f"clear {r}", lambda: self.regs[r].clear())
        self.show(r)

    def assign(self, d: int, f: Callable[[], list[Any]]) -> Callable[[], None]:
        def g() -> None:
            self.regs[d] = f()
        return g

    def op_copy(self) -> None:
        d, r = self.reg(), self.reg()
        self.emit(f"copy {d} {r}", self.assign(d, lambda: self.regs[r].copy()))
        self.show(d)

    def op_concat(self) -> None:
        d, a, b = self.reg(), self.reg(), self.reg()
        self.emit(f"concat {d} {a} {b}", self.assign(d, lambda: self.regs[a] + self.regs[b]))
        self.show(d)

    def op_repeat(self) -> None:
        d, r = self.reg(), self.reg()
        n = self.ch.int(-2, 3)
        if len(self.regs[r]) >= 2 and self.ch.int(0, 5) == 0:
            n = pick(self.ch, [2**62, I64_MAX])  # size overflow: MemoryError before allocating
        if len(self.regs[r]) * max(n, 0) > 60:
            n = 1
        self.emit(f"repeat {d} {r} {n}", self.assign(d, lambda: self.regs[r] * n))
        self.show(d)

    def slice_args(self) -> tuple[str, slice]:
        a, b, c = slice_part(self.ch), slice_part(self.ch), slice_part(self.ch, step=True)
        return f"{part_enc(a)} {part_enc(b)} {part_enc(c)}", slice(a, b, c)

    def op_slice(self) -> None:
        d, r = self.reg(), self.reg()
        text, sl = self.slice_args()
        self.emit(f"slice {d} {r} {text}", self.assign(d, lambda: self.regs[r][sl]))
        self.show(d)

    def op_setslice(self) -> None:
        r, s = self.reg(), self.reg()
        text, sl = self.slice_args()
        if self.ch.int(0, 1):  # a source of the right size for an extended slice
            size = len(range(*sl.indices(len(self.regs[r])))) if sl.step != 0 else 1
            self.set(s, self.t, [self.value() for _ in range(size)])

        def f() -> None:
            self.regs[r][sl] = self.regs[s]
        self.emit(f"setslice {r} {text} {s}", f)
        self.show(r)

    def op_delslice(self) -> None:
        r = self.reg()
        text, sl = self.slice_args()

        def f() -> None:
            del self.regs[r][sl]
        self.emit(f"delslice {r} {text}", f)
        self.show(r)

    def op_compare(self) -> None:
        a, b = self.reg(), self.reg()
        if self.ch.int(0, 2) == 0:  # often equal, or one a prefix of the other
            self.emit(f"copy {b} {a}", self.assign(b, lambda: self.regs[a].copy()))
            if self.ch.int(0, 1):
                v = self.value()
                self.emit(f"append {b} {enc(self.t, v)}", lambda: self.regs[b].append(v))
        self.emit(f"eq {a} {b}", lambda: self.regs[a] == self.regs[b])
        if self.t != "n":
            self.emit(f"cmp {a} {b}", lambda: ordering(self.regs[a], self.regs[b]))

    def op_sort(self) -> None:
        r, rev = self.reg(), self.ch.int(0, 1)
        if self.ch.int(0, 1):
            self.emit(f"sort {r} {r} {rev}", lambda: self.regs[r].sort(reverse=bool(rev)))
        else:
            kt = pick(self.ch, KEY_TYPES)
            n = len(self.regs[r])
            self.set(7, kt, [fresh(gen_value(self.ch, kt, nan=True)) for _ in range(n)])
            self.emit(f"sort {r} 7 {rev}", lambda: sort_by_keys(self.regs[r], self.regs[7], rev))
            self.show(7)
        self.show(r)

    def op_getobj(self) -> None:
        if self.t == "s" or self.t.startswith("l"):
            r, i = self.reg(), index_arg(self.ch)
            self.emit(f"getobj {r} {i}", lambda: repr(self.regs[r][i]))
            if self.t == "s":
                self.emit(f"strrepr {r}", lambda: str(self.regs[r]))


def sort_by_keys(items: list[Any], keys: list[Any], reverse: int) -> None:
    """What list.sort(key=...) does: the keys are sorted, the items move with them."""
    perm = list(range(len(items)))
    perm.sort(key=keys.__getitem__, reverse=bool(reverse))
    items[:] = [items[i] for i in perm]
    keys[:] = [keys[i] for i in perm]


# ------------------------------------------------------------ tests


@FAST
@given(st.data())
def test_random_programs(h: Harness, data: st.DataObject) -> None:
    ch = HypChooser(data)
    t = pick(ch, LIST_TYPES)
    check(h, Program(ch, t).run(ch.int(1, 25)))


def key_list(ch: Chooser, kt: str, n: int) -> list[Any]:
    """Keys with structure: runs up, runs down, plateaus and noise, so that timsort's
    run detection, merges and galloping are all exercised; duplicates and NaNs."""
    out: list[Any] = []
    while len(out) < n:
        m = ch.int(1, max(1, n // 2))
        kind = ch.int(0, 4)
        if kt in ("i", "b"):
            span = ch.int(1, 2 * m + 1)
            seg: list[Any] = [ch.int(0, span) for _ in range(m)]
            if kt == "b":
                seg = [bool(x & 1) for x in seg]
        else:
            seg = [gen_value(ch, kt, nan=True, maxlen=2) for _ in range(m)]
        if kind == 0:
            seg.sort(key=lambda v: (v != v, v) if isinstance(v, float) else v)
        elif kind == 1:
            seg.sort(key=lambda v: (v != v, v) if isinstance(v, float) else v, reverse=True)
        elif kind == 2:
            seg = [seg[0]] * m
        out += seg
    return [fresh(v) for v in out[:n]]


def sort_steps(ch: Chooser, maxn: int) -> list[tuple[str, str]]:
    p = Program(ch, "i")
    kt = pick(ch, KEY_TYPES)
    n = ch.int(0, maxn)
    keys = key_list(ch, kt, n)
    rev = ch.int(0, 1)
    p.set(0, "i", list(range(n)))
    p.set(1, kt, keys)
    p.emit(f"sort 0 1 {rev}", lambda: sort_by_keys(p.regs[0], p.regs[1], rev))
    p.show(0)
    p.show(1)
    if kt != "b":  # a plain sort of the keys by themselves
        p.set(2, kt, [fresh(v) for v in keys])
        p.emit(f"sort 2 2 {rev}", lambda: p.regs[2].sort(reverse=bool(rev)))
        p.show(2)
    return p.steps


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_sort_matches_cpython(h: Harness, seed: int) -> None:
    """Stability with duplicate keys, reverse=True, NaN keys, lists long enough to merge."""
    check(h, sort_steps(RandChooser(seed), 700))


@FAST
@given(st.data())
def test_values(h: Harness, data: st.DataObject) -> None:
    """py4c_value_eq/cmp/repr, nested lists included, on freshly built values. Dicts and
    sets too (dict.c), as list items: no repr of sets (CPython prints them in hash order),
    no ordering of dicts (CPython raises TypeError)."""
    ch = HypChooser(data)
    t = pick(ch, SCALAR_TYPES + ["li", "lf", "ls", "lli", "llf", "ln", "lb",
                                 "dsi", "dilf", "ldsi", "Si", "lSi"])
    a = gen_value(ch, t, nan=True)
    b = fresh(a) if ch.int(0, 2) == 0 else gen_value(ch, t, nan=True)
    if t.startswith("l") and ch.int(0, 2) == 0:  # a prefix
        b = fresh(a) + [gen_value(ch, t[1:], nan=True)]
    steps = [(f"veq {t} {enc(t, a)} {enc(t, b)}", outcome(lambda: a == b))]
    if "S" not in t:
        steps.append((f"vrepr {t} {enc(t, a)}", outcome(lambda: repr(a))))
    if t != "n" and "d" not in t:
        steps.append((f"vcmp {t} {enc(t, a)} {enc(t, b)}", outcome(lambda: ordering(a, b))))
    check(h, steps)


def test_edge_cases(h: Harness) -> None:
    """A few fixed scenarios, still checked against CPython."""
    p = Program(RandChooser(0), "i")
    p.set(0, "i", [])
    p.emit("pop 0 -1", lambda: p.regs[0].pop())
    p.emit("index 0 5 0 9223372036854775807", lambda: p.regs[0].index(5))
    p.emit("remove 0 5", lambda: p.regs[0].remove(5))
    p.set(1, "i", [1, 2, 3, 4, 5])
    for line, sl in [("_ _ -1", slice(None, None, -1)), ("_ _ 0", slice(None, None, 0)),
                     ("1 4 _", slice(1, 4)), ("-2 _ -2", slice(-2, None, -2))]:
        p.emit(f"setslice 1 {line} 1", (lambda s: lambda: p.regs[1].__setitem__(s, p.regs[1]))(sl))
        p.show(1)
    p.emit("extend 1 1", lambda: p.regs[1].extend(p.regs[1]))
    p.show(1)
    p.emit("repeat 2 1 -3", p.assign(2, lambda: p.regs[1] * -3))
    p.emit("repeat 2 1 4611686018427387904", p.assign(2, lambda: p.regs[1] * 2**62))
    p.set(3, "s", ["a", "é'\"", ""])
    p.emit(f"index 3 {hx('b')} 0 9", lambda: p.regs[3].index("b", 0, 9))
    p.emit("strrepr 3", lambda: str(p.regs[3]))
    p.set(4, "lli", [[[1], []], [], [[2, 3]]])
    p.show(4)
    p.emit(f"index 4 {enc('lli', [[9]])} -100 100", lambda: p.regs[4].index([[9]], -100, 100))
    p.set(5, "n", [None, None])
    p.emit("sort 5 5 0", lambda: p.regs[5].sort())
    p.set(7, "dsi", [{"a": 1}, {"b": 2}])
    p.emit("sort 7 7 0", lambda: p.regs[7].sort())
    p.show(7)
    p.set(6, "f", [math.nan, 1.0, -0.0, 0.0, math.inf, -math.inf, 1e-300])
    p.show(6)
    check(h, p.steps)


# ------------------------------------------------------------ memory


def test_valgrind_clean(exe: Path) -> None:
    steps: list[tuple[str, str]] = []
    for seed in range(60):
        ch = RandChooser(seed)
        steps += Program(ch, LIST_TYPES[seed % len(LIST_TYPES)]).run(40)
        if seed % 4 == 0:
            steps += sort_steps(ch, 300)
    got = valgrind_run(exe, [line for line, _ in steps])
    assert len(got) == len(steps)
    bad = [(l, e, g) for (l, e), g in zip(steps, got) if e != g]
    assert not bad, "\n".join(f"{l}: expected {show(e)}, got {show(g)}" for l, e, g in bad[:10])
