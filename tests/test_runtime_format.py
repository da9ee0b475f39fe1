"""Differential tests of the runtime's number/text formatting (C) against CPython.

Builds tests/runtime_c/harness.c with the runtime's format.c, dtoa.c, numparse.c,
numops.c and unitables.c (compiled with -Werror) linked with the rest of the runtime,
drives it over a line protocol (see harness.c), and compares every answer with what
this CPython computes for the same input: values exactly (float bits), errors by type
and message. Expected outputs are never written by hand.

py4c's documented deviations, applied to CPython's answer before comparing:
- an int result outside int64 is OverflowError(INT_OVERFLOW) (no big ints yet);
- a negative float to a fractional power is ValueError (py4 has no complex);
- int ** negative int is ValueError (the result would be a float).
"""

from __future__ import annotations

import math
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.runtime_harness import I64_MAX, I64_MIN, RUNTIME, Process, harness_fixtures, valgrind_run
from tests.runtime_harness import hx as hs

# The files under test, held to -Werror; the rest of runtime/ is linked as it is.
RUNTIME_SOURCES = ["format.c", "dtoa.c", "numparse.c", "numops.c", "unitables.c"]

INT_OVERFLOW = (
    "OverflowError",
    "integer overflow: result does not fit in 64 bits (py4c big integers are not supported yet)",
)
COMPLEX_POW = (
    "ValueError",
    "py4c: negative number raised to a fractional power gives a complex number, "
    "which py4 does not support",
)
INT_NEG_POW = ("ValueError", "py4c: int ** negative int gives a float; write float(x) ** n")
FAST = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


# ------------------------------------------------------------ harness plumbing


def fbits(x: float) -> str:
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def bits_float(b: int) -> float:
    return float(struct.unpack("<d", struct.pack("<Q", b))[0])


def decode(line: str) -> Any:
    parts = line.split(" ")
    if parts[0] == "OK":
        kind, payload = parts[1], parts[2]
        if kind == "s":
            return bytes.fromhex(payload[1:]).decode("utf-8", "surrogatepass")
        if kind == "i":
            return int(payload)
        return bits_float(int(payload, 16))
    if parts[0] == "ERR":
        return (parts[1], bytes.fromhex(parts[2][1:]).decode("utf-8"))
    raise AssertionError(f"harness: {line}")


def outcome(f: Callable[[], Any]) -> Any:
    """CPython's answer: the value, or (exception name, message)."""
    try:
        return f()
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return (type(e).__name__, str(e))


def i64(v: Any) -> Any:
    if isinstance(v, int) and not isinstance(v, bool) and not I64_MIN <= v <= I64_MAX:
        return INT_OVERFLOW
    return v


def same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) and math.isnan(b):
            return True
        return struct.pack("<d", a) == struct.pack("<d", b)
    return type(a) is type(b) and a == b


class Harness(Process):
    def __init__(self, exe: Path) -> None:
        super().__init__([str(exe)])
        self.exe = exe

    def call(self, line: str) -> Any:
        return decode(super().call(line))

    def batch(self, lines: list[str]) -> list[Any]:
        out = subprocess.run(
            [str(self.exe)], input="\n".join(lines) + "\n", capture_output=True,
            text=True, check=True,
        ).stdout.splitlines()
        assert len(out) == len(lines)
        return [decode(o) for o in out]


exe, h = harness_fixtures("harness.c", RUNTIME_SOURCES, Harness)


def check_batch(h: Harness, cases: list[tuple[str, Any]]) -> None:
    got = h.batch([line for line, _ in cases])
    bad = [(line, exp, g) for (line, exp), g in zip(cases, got) if not same(g, exp)]
    assert not bad, "\n".join(f"{l!r}: expected {e!r}, got {g!r}" for l, e, g in bad[:20])


# ------------------------------------------------------------ edge-case tables

EDGE_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, 0.1 + 0.2, 1e16, 1e-5, 1.5e-5, 1e-4,
    9.999999999999999e22, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, 123456789012345.0,
    1234567890123456.0, 12345678901234567.0, 2.0**53, 2.0**53 + 2, 2e16 + 8, 0.5, 1.5,
    2.5, -2.5, 2.675, 0.125, 0.375, 1234.5, 1e300, 1.0, -1.0, 100.0, 0.05, 0.015,
    9.5, 99.5, 0.9999999999999999, 1e15, 9999999999999998.0, 4.35, 0.3,
    *(10.0**e for e in range(-30, 31)), *(2.0**e for e in range(-1074, 1024, 7)),
]
EDGE_INTS = [0, 1, -1, 7, -7, 65, 255, 1000, -1000, 1234567, 0x10FFFF, 0x110000,
             I64_MAX, I64_MIN, 10**18, -(10**18), 25, 35, -25, 95, 150]
EDGE_SPECS = [
    "", "d", "5", "<5", ">5", "^5", "=5", "*^9", "0", "05", "010,", "+", "-", " ", "+05",
    "_", ",", "_x", "#_x", "#_b", "#o", "#X", "#010x", "x", "X", "b", "o", "c", "05c",
    "n", ",d", "e", "E", ".3e", "f", ".2f", ".0f", "#.0f", "F", "g", ".3g", "#.3g", "G",
    "%", ".1%", ".3", ".0", ".17", ",.2f", "z.1f", "z", "+z.2f", "€^+12,.3f", "015,.2f",
    "#.0e", ".30f", ".400f", ".50e", ".100g", "٥", ".", "q", "xx", ",_", "_,", ",c",
    "_c", "_n", ",s", "s", ".2", ".2s", "#", "=", "+c", "#c", ".2c", "\x01", "é",
    "\x7f", "999999999999999999999", ".3000000000",
]
EDGE_STRS = ["", "a", "abc", "héllo", "日本語", "😀x", "'", '"', "'\"", "a\nb\t\\",
             "\x00\x7f\x85\xad\u2028\ufeff\U000e0001", "\U0010ffff\ue000\u0378"]


def test_float_repr_edges(h: Harness) -> None:
    check_batch(h, [(f"repr {fbits(x)}", repr(x)) for x in EDGE_FLOATS])


def test_int_to_str(h: Harness) -> None:
    check_batch(h, [(f"istr {v}", str(v)) for v in EDGE_INTS])


def test_format_edges(h: Harness) -> None:
    cases: list[tuple[str, Any]] = []
    for spec in EDGE_SPECS:
        for v in EDGE_INTS:
            cases.append((f"fmti {v} {hs(spec)}", outcome(lambda: format(v, spec))))
        for b in (True, False):
            cases.append((f"fmtb {int(b)} {hs(spec)}", outcome(lambda: format(b, spec))))
        for x in EDGE_FLOATS[:60]:
            cases.append((f"fmtf {fbits(x)} {hs(spec)}", outcome(lambda: format(x, spec))))
        for s in EDGE_STRS:
            cases.append((f"fmts {hs(s)} {hs(spec)}", outcome(lambda: format(s, spec))))
    check_batch(h, cases)


def test_str_repr_edges(h: Harness) -> None:
    every_kind = "".join(chr(c) for c in range(0, 0x3000, 7) if not 0xD800 <= c < 0xE000)
    strs = [*EDGE_STRS, every_kind, "".join(chr(c) for c in range(0x10000, 0x110000, 997))]
    check_batch(h, [(f"srepr {hs(s)}", repr(s)) for s in strs])


NUMBER_TEXTS = [
    "0", "-0", "+7", " 42 ", "\t-3\n", "1_000", "1__0", "_1", "1_", "+_1", "0012", "",
    "  ", "- 1", "+-1", "1 2", "12abc", "\x1c12", "12\x1f", "\x8512\xa0", "\u3000 12 ",
    "١٢٣", "٣.٥", "５", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "99999999999999999999999",
    "1" * 4300, "1" * 4301, "1" * 5000 + "x", "1__" + "1" * 5000, "x" * 300, "1\x002",
    "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "nan", "-nan", "+NaN", "infinit",
    "nanx", "1e", "1e+", ".e1", ".", "1.", ".5", "-.5e-3", "1_0.0_1e1_0", "1_.5", "1._5",
    "0x10", "1e500", "-1e500", "1e-500", "2.5e-324", "0.1", "1e22", "1.7976931348623159e308",
    "4.9406564584124654e-324", "inf_", "1_e5", "é", "12é", "1e5_0", "0_0.0_0",
]


def test_parse_edges(h: Harness) -> None:
    cases: list[tuple[str, Any]] = []
    for s in NUMBER_TEXTS:
        cases.append((f"int {hs(s)}", i64(outcome(lambda: int(s)))))
        cases.append((f"float {hs(s)}", outcome(lambda: float(s))))
    check_batch(h, cases)


def py_round_int(x: float) -> Any:
    return i64(outcome(lambda: round(x)))


def test_arith_edges(h: Harness) -> None:
    fs = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 7.5, -7.5,
          1e300, -1e300, 1e-300, 5e-324, math.inf, -math.inf, math.nan, 2.675, 1234.5,
          9.223372036854776e18, -9.223372036854776e18, 4.5e15 + 0.5, 0.1, 10.0, 1e22]
    cases: list[tuple[str, Any]] = []
    for x in fs:
        cases.append((f"f2i {fbits(x)}", i64(outcome(lambda: int(x)))))
        cases.append((f"rndi {fbits(x)}", py_round_int(x)))
        for n in (-400, -309, -308, -20, -3, -2, -1, 0, 1, 2, 3, 17, 323, 324, 10**6):
            cases.append((f"rnd {fbits(x)} {n}", outcome(lambda: round(x, n))))
        for y in fs:
            cases.append((f"mod {fbits(x)} {fbits(y)}", outcome(lambda: x % y)))
            cases.append((f"fdiv {fbits(x)} {fbits(y)}", outcome(lambda: x // y)))
            cases.append((f"pow {fbits(x)} {fbits(y)}", py_float_pow(x, y)))
    ints = [0, 1, -1, 2, -2, 3, 10, 15, 25, 35, -25, -35, 95, I64_MAX, I64_MIN, 5 * 10**18,
            -5 * 10**18, 9 * 10**18, -(9 * 10**18)]
    for v in ints:
        for n in (-25, -20, -19, -18, -3, -2, -1, 0, 1, 5):
            cases.append((f"irnd {v} {n}", i64(outcome(lambda: round(v, n)))))
        for e in (-2, -1, 0, 1, 2, 3, 31, 62, 63, 64, 100):
            cases.append((f"ipow {v} {e}", py_int_pow(v, e)))
    check_batch(h, cases)


def py_float_pow(x: float, y: float) -> Any:
    r = outcome(lambda: x**y)
    return COMPLEX_POW if isinstance(r, complex) else r


def py_int_pow(a: int, b: int) -> Any:
    if b < 0:
        return outcome(lambda: a**b) if a == 0 else INT_NEG_POW
    if abs(a) > 1 and b > 64:
        return INT_OVERFLOW
    return i64(a**b)


# ------------------------------------------------------------ property tests

any_float = st.one_of(
    st.floats(), st.integers(0, 2**64 - 1).map(bits_float), st.sampled_from(EDGE_FLOATS)
)
any_int = st.one_of(st.integers(I64_MIN, I64_MAX), st.integers(-(10**7), 10**7),
                    st.sampled_from(EDGE_INTS))


@st.composite
def format_specs(draw: st.DrawFn) -> str:
    parts = []
    if draw(st.booleans()):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(["*", "0", "x", "é", "€", "😀", " ", "<", "="])))
        parts.append(draw(st.sampled_from("<>=^")))
    parts.append(draw(st.sampled_from(["", "", "", "+", "-", " "])))
    parts.append(draw(st.sampled_from(["", "", "", "", "z"])))
    parts.append(draw(st.sampled_from(["", "", "", "#"])))
    parts.append(draw(st.sampled_from(["", "", "", "0"])))
    parts.append(draw(st.one_of(st.just(""), st.integers(0, 30).map(str))))
    parts.append(draw(st.sampled_from(["", "", "", "", ",", "_", ",_"])))
    parts.append(draw(st.one_of(st.just(""), st.integers(0, 40).map(lambda p: f".{p}"),
                                st.sampled_from([".", ".120"]))))
    parts.append(draw(st.sampled_from(list("bcdoxXneEfFgGs%") + ["", "", "", "q", "xx"])))
    return "".join(parts)


@FAST
@given(any_float)
def test_float_repr(h: Harness, x: float) -> None:
    assert same(h.call(f"repr {fbits(x)}"), repr(x))


@FAST
@given(any_int, format_specs())
def test_format_int(h: Harness, v: int, spec: str) -> None:
    assert same(h.call(f"fmti {v} {hs(spec)}"), outcome(lambda: format(v, spec)))


@FAST
@given(st.booleans(), format_specs())
def test_format_bool(h: Harness, b: bool, spec: str) -> None:
    assert same(h.call(f"fmtb {int(b)} {hs(spec)}"), outcome(lambda: format(b, spec)))


@FAST
@given(any_float, format_specs())
def test_format_float(h: Harness, x: float, spec: str) -> None:
    assert same(h.call(f"fmtf {fbits(x)} {hs(spec)}"), outcome(lambda: format(x, spec)))


text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)


@FAST
@given(text, format_specs())
def test_format_str(h: Harness, s: str, spec: str) -> None:
    assert same(h.call(f"fmts {hs(s)} {hs(spec)}"), outcome(lambda: format(s, spec)))


@FAST
@given(text)
def test_str_repr(h: Harness, s: str) -> None:
    assert same(h.call(f"srepr {hs(s)}"), repr(s))


number_text = st.one_of(
    st.text(st.sampled_from(list("0159_.eE+- \t\x0b\x85\u3000٣５infaINx")), max_size=10),
    any_int.map(str),
    st.integers(-(2**70), 2**70).map(lambda v: f"{v:_}"),
    any_float.map(repr),
    any_float.filter(math.isfinite).map(lambda x: f"{x:.25e}"),
    st.sampled_from(NUMBER_TEXTS),
)


@FAST
@given(number_text)
def test_int_from_str(h: Harness, s: str) -> None:
    assert same(h.call(f"int {hs(s)}"), i64(outcome(lambda: int(s))))


@FAST
@given(number_text)
def test_float_from_str(h: Harness, s: str) -> None:
    assert same(h.call(f"float {hs(s)}"), outcome(lambda: float(s)))


@FAST
@given(any_float, st.one_of(st.integers(-30, 30), st.integers(-400, 400)))
def test_float_round(h: Harness, x: float, n: int) -> None:
    assert same(h.call(f"rnd {fbits(x)} {n}"), outcome(lambda: round(x, n)))
    assert same(h.call(f"rndi {fbits(x)}"), py_round_int(x))
    assert same(h.call(f"f2i {fbits(x)}"), i64(outcome(lambda: int(x))))


@FAST
@given(any_int, st.integers(-25, 2))
def test_int_round(h: Harness, v: int, n: int) -> None:
    assert same(h.call(f"irnd {v} {n}"), i64(outcome(lambda: round(v, n))))


@FAST
@given(any_float, any_float)
def test_float_mod_floordiv_pow(h: Harness, x: float, y: float) -> None:
    assert same(h.call(f"mod {fbits(x)} {fbits(y)}"), outcome(lambda: x % y))
    assert same(h.call(f"fdiv {fbits(x)} {fbits(y)}"), outcome(lambda: x // y))
    assert same(h.call(f"pow {fbits(x)} {fbits(y)}"), py_float_pow(x, y))


@FAST
@given(st.one_of(any_int, st.integers(-20, 20)), st.integers(-3, 70))
def test_int_pow(h: Harness, a: int, b: int) -> None:
    assert same(h.call(f"ipow {a} {b}"), py_int_pow(a, b))


# ------------------------------------------------------------ memory and tables


def test_valgrind_clean(exe: Path) -> None:
    lines = [f"repr {fbits(x)}" for x in EDGE_FLOATS[:40]]
    for spec in EDGE_SPECS:
        lines += [f"fmti -1234567 {hs(spec)}", f"fmtb 1 {hs(spec)}",
                  f"fmtf {fbits(-1234.5678)} {hs(spec)}", f"fmts {hs('héllo')} {hs(spec)}"]
    lines += [f"srepr {hs(s)}" for s in EDGE_STRS]
    lines += [f"int {hs(s)}" for s in NUMBER_TEXTS] + [f"float {hs(s)}" for s in NUMBER_TEXTS]
    lines += [f"rnd {fbits(2.675)} 2", f"rnd {fbits(1e308)} -308", f"rndi {fbits(math.nan)}",
              f"irnd 25 -1", f"mod {fbits(1.0)} {fbits(0.0)}", f"pow {fbits(-2.0)} {fbits(0.5)}",
              f"ipow 3 40", f"fdiv {fbits(-7.5)} {fbits(2.0)}", "istr -9223372036854775808"]
    out = valgrind_run(exe, lines)
    assert len(out) == len(lines)
    assert "BUG" not in "\n".join(out)


def test_generated_tables_are_fresh() -> None:
    proc = subprocess.run([sys.executable, str(RUNTIME / "gen_tables.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
