"""Differential tests of the runtime's str methods (C) against CPython.

Builds tests/runtime_c/str_harness.c with the runtime's strmethods.c and strcase.c
(compiled with -Werror) linked with the rest of the runtime, drives it over a line
protocol (see str_harness.c) and compares every answer with what this CPython computes
for the same input: values exactly, errors by type and message. Expected outputs are
never written by hand. Strings mix ASCII, Latin-1, CJK, emoji, combining marks, every
kind of whitespace and line break, and code points whose case mapping changes length.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.runtime_harness import I64_MAX, I64_MIN, RUNTIME, Process, harness_fixtures, hx, valgrind_run

# The files under test, held to -Werror; the rest of runtime/ is linked as it is.
RUNTIME_SOURCES = ["strmethods.c", "strcase.c"]

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PREDICATES = {
    1: str.isdigit, 2: str.isalpha, 3: str.isspace, 4: str.isalnum, 5: str.isupper,
    6: str.islower, 7: str.isdecimal, 8: str.isnumeric, 9: str.isidentifier,
    10: str.isprintable, 11: str.istitle,
}

# ------------------------------------------------------------ harness plumbing


def hs(s: str | None) -> str:
    return "N" if s is None else hx(s)


def unhex(t: str) -> str:
    return bytes.fromhex(t[1:]).decode("utf-8", "surrogatepass")


def decode(line: str) -> Any:
    parts = line.split(" ")
    if parts[0] == "OK":
        kind = parts[1]
        if kind == "s":
            return unhex(parts[2])
        if kind == "i":
            return int(parts[2])
        if kind == "l":
            return [unhex(p) for p in parts[2:]]
        if kind == "b":
            return parts[2] if len(parts) > 2 else ""
    if parts[0] == "ERR":
        return (parts[1], unhex(parts[2]))
    return ("harness", line)  # a BUG line: never equal to CPython's answer


def outcome(f: Callable[[], Any]) -> Any:
    """CPython's answer: the value (bools as 0/1), or (exception name, message)."""
    try:
        r = f()
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        return (type(e).__name__, str(e))
    return int(r) if isinstance(r, bool) else r


def opt(v: int | None) -> str:
    """An optional int argument: the value and its has_ flag."""
    return "0 0" if v is None else f"{v} 1"


def short(v: Any) -> str:
    r = repr(v)
    return r if len(r) < 300 else r[:300] + "..."


class Harness(Process):
    def __init__(self, exe: Path) -> None:
        super().__init__([str(exe)])

    def calls(self, lines: list[str]) -> list[Any]:
        return [decode(line) for line in self.send_all(lines)]

    def check(self, cases: list[tuple[str, Any]]) -> None:
        got = self.calls([line for line, _ in cases])
        bad = [(line, exp, g) for (line, exp), g in zip(cases, got) if g != exp or type(g) is not type(exp)]
        assert not bad, "\n".join(f"{l[:200]!r}: expected {short(e)}, got {short(g)}" for l, e, g in bad[:10])


exe, h = harness_fixtures("str_harness.c", RUNTIME_SOURCES, Harness)


# ------------------------------------------------------------ the Python side of each command


def slice_case(s: str, a: int | None, b: int | None, c: int | None) -> tuple[str, Any]:
    return (f"slice {hs(s)} {a or 0} {b or 0} {c or 0} {int(a is not None)} {int(b is not None)} "
            f"{int(c is not None)}", outcome(lambda: s[a:b:c]))


def split_cases(s: str, sep: str | None, n: int) -> list[tuple[str, Any]]:
    return [
        (f"split {hs(s)} {hs(sep)} {n}", outcome(lambda: s.split(sep, n))),
        (f"rsplit {hs(s)} {hs(sep)} {n}", outcome(lambda: s.rsplit(sep, n))),
    ]


def lines_cases(s: str) -> list[tuple[str, Any]]:
    return [(f"lines {hs(s)} {k}", s.splitlines(bool(k))) for k in (0, 1)]


def join_case(sep: str, parts: list[str]) -> tuple[str, Any]:
    return (" ".join(["join", hs(sep), *map(hs, parts)]), sep.join(parts))


def strip_cases(s: str, chars: str | None) -> list[tuple[str, Any]]:
    return [
        (f"strip {hs(s)} {hs(chars)} 1", s.lstrip(chars)),
        (f"strip {hs(s)} {hs(chars)} 2", s.rstrip(chars)),
        (f"strip {hs(s)} {hs(chars)} 3", s.strip(chars)),
    ]


def replace_case(s: str, old: str, new: str, n: int) -> tuple[str, Any]:
    return (f"replace {hs(s)} {hs(old)} {hs(new)} {n}", s.replace(old, new, n))


def search_cases(s: str, sub: str, a: int | None, b: int | None) -> list[tuple[str, Any]]:
    args = f"{hs(s)} {hs(sub)} {a or 0} {b or 0} {int(a is not None)} {int(b is not None)}"
    return [
        (f"find {args} 0", s.find(sub, a, b)),
        (f"find {args} 1", s.rfind(sub, a, b)),
        (f"index {args} 0", outcome(lambda: s.index(sub, a, b))),
        (f"index {args} 1", outcome(lambda: s.rindex(sub, a, b))),
        (f"count {args}", s.count(sub, a, b)),
        (f"sw {args} 0", int(s.startswith(sub, a, b))),
        (f"sw {args} 1", int(s.endswith(sub, a, b))),
    ]


def case_cases(s: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [
        (f"upper {hs(s)}", s.upper()), (f"lower {hs(s)}", s.lower()),
        (f"title {hs(s)}", s.title()), (f"cap {hs(s)}", s.capitalize()),
        (f"swap {hs(s)}", s.swapcase()),
    ]
    out += [(f"is {hs(s)} {k}", int(f(s))) for k, f in PREDICATES.items()]
    return out


def pad_cases(s: str, width: int, fill: str | None) -> list[tuple[str, Any]]:
    f = " " if fill is None else fill
    return [
        (f"pad {hs(s)} {width} {hs(fill)} 1", outcome(lambda: s.ljust(width, f))),
        (f"pad {hs(s)} {width} {hs(fill)} 2", outcome(lambda: s.rjust(width, f))),
        (f"pad {hs(s)} {width} {hs(fill)} 3", outcome(lambda: s.center(width, f))),
        (f"pad {hs(s)} {width} {hs(fill)} 4", outcome(lambda: s.zfill(width))),
    ]


def misc_cases(s: str) -> list[tuple[str, Any]]:
    return [
        (f"ord {hs(s)}", outcome(lambda: ord(s))),
        (f"iter {hs(s)}", list(s)),
        *[(f"rep {hs(s)} {n}", s * n) for n in (-1, 0, 1, 2, 5)],
    ]


# ------------------------------------------------------------ edge cases

SPECIAL_CASING = "ßﬁﬂﬃﬆİıΣσςΐΰŉǅǈǋǲǰẞᾈᾼῌῼᾳῳῂﬓ\u0345\u0307"
WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_SPACE = "\u200b\u180e\ufeff\x00"
OTHER = ("aZ09_'.:^`-+,;éÀÿªº¹²½×÷" "日本語中文한국어" "😀👍🏽🇫🇷\U0010ffff\ue000"
         "\u0301\u0308\u00ad٣५５Ⅷ·℘゛\u0378\ud800\udfff")
ALPHABET = SPECIAL_CASING + WHITESPACE + NOT_SPACE + OTHER

EDGE_STRS = [
    "", "a", "ab", "abc", "héllo wörld", "ΑΣ", "ΑΣ'", "Σ", "ΑΣ.Α", "'ΑΣ", "A\u00adΣ\u00ad",
    "ß", "straße", "ﬁnd", "İstanbul", "ǅemal ǈ ǋ", "hello world", "Hello World", "HELLO",
    "  spaced  out  ", "\u3000x\u3000", "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029",
    "\n\n", "\r\n", "-42", "+7", "42", "-", "+", "١٢٣", "²", "½", "Ⅷ", "_id", "1id", "a·b",
    "日本語", "😀x😀", "e\u0301", "\ud800", "x" * 40, "ab" * 20, "\x00a\x00",
]


def test_edges(h: Harness) -> None:
    cases: list[tuple[str, Any]] = []
    ints = [None, 0, 1, 2, -1, -2, 3, 5, 100, -100, I64_MIN, I64_MAX]
    for s in EDGE_STRS:
        cases += case_cases(s) + lines_cases(s) + misc_cases(s)
        for a in ints:
            for b in ints:
                for c in (None, 1, -1, 2, -3, 0, I64_MIN, I64_MAX):
                    cases.append(slice_case(s, a, b, c))
        for sep in (None, "", " ", "a", "ab", "é", "\r\n", "Σ"):
            for n in (-1, 0, 1, 2):
                cases += split_cases(s, sep, n)
        for chars in (None, "", " ", "ab", "xé", "\u3000-+", "ΑΣ"):
            cases += strip_cases(s, chars)
        for old, new in (("", "-"), ("", ""), ("a", ""), ("l", "LL"), ("é", "e"), ("ab", "ba"),
                         (s, "x"), (s + "y", "z"), ("Σ", "\u2028")):
            for n in (-1, 0, 1, 2, 100):
                cases.append(replace_case(s, old, new, n))
        for sub in ("", "a", "l", "ö", "o w", "Σ", s, s + "a", s[1:3]):
            for a in (None, 0, 1, -1, -3, 3, 5, 100, -100):
                for b in (None, 0, 2, -1, 5, 100, -100):
                    cases += search_cases(s, sub, a, b)
        for w in (-1, 0, 3, 5, 6, 7, 10):
            for fill in (None, "*", "é", "日", "😀"):
                cases += pad_cases(s, w, fill)
        cases.append(join_case(s, ["a", "é", "", s]))
    cases += pad_cases("ab", 5, "")
    cases += pad_cases("ab", 5, "xy")
    for big in (2**61, 2**62, I64_MAX):  # MemoryError or OverflowError, as CPython
        for t in ("a", "ab", "é"):
            cases.append((f"rep {hs(t)} {big}", outcome(lambda: t * big)))
            cases += pad_cases(t, big, "é")
    cases.append(join_case("-", []))
    cases.append(join_case("-", ["only"]))
    for cp in (-1, 0, 65, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x10ffff,
               0x110000, I64_MIN, I64_MAX):
        cases.append((f"chr {cp}", outcome(lambda: chr(cp))))
    h.check(cases)


def test_every_code_point(h: Harness) -> None:
    """Case mappings and predicates of all 0x110000 code points at once."""
    every = "".join(map(chr, range(0x110000)))
    cases: list[tuple[str, Any]] = [
        (f"upper {hs(every)}", every.upper()), (f"lower {hs(every)}", every.lower()),
        (f"title {hs(every)}", every.title()), (f"swap {hs(every)}", every.swapcase()),
        (f"cap {hs(every)}", every.capitalize()),
    ]
    for k, f in PREDICATES.items():
        cases.append((f"ismap {hs(every)} {k}", "".join("1" if f(c) else "0" for c in every)))
    h.check(cases)


# ------------------------------------------------------------ property tests

char = st.one_of(st.sampled_from(ALPHABET), st.characters(codec=None), st.characters(max_codepoint=127))
text = st.text(char, max_size=24)
# A small alphabet, so that separators and needles actually occur.
SMALL = "ab é,Σ日\r\n\u3000\u2028😀"
small_text = st.text(st.sampled_from(SMALL), max_size=24)
needle = st.text(st.sampled_from(SMALL), max_size=3)
any_text = st.one_of(text, small_text)
index = st.one_of(st.none(), st.integers(-30, 30),
                  st.sampled_from([I64_MIN, I64_MAX, I64_MIN + 1, -(2**40), 2**40]))


@FAST
@given(any_text, index, index, st.one_of(index, st.integers(-3, 3)))
def test_slice(h: Harness, s: str, a: int | None, b: int | None, c: int | None) -> None:
    h.check([slice_case(s, a, b, c)])


@st.composite
def long_text_and_needle(draw: st.DrawFn) -> tuple[str, str]:
    """Text over 64 bytes and a needle of 5+ bytes, usually taken from it (the reverse
    searches switch algorithm there)."""
    s = draw(st.text(st.sampled_from("aab é日Σ😀"), min_size=30, max_size=120))
    i = draw(st.integers(0, len(s) - 5))
    sub = s[i : i + draw(st.integers(2, 8))]
    if draw(st.booleans()):
        sub = draw(st.text(st.sampled_from("aab é"), min_size=5, max_size=8))
    return s, sub


@FAST
@given(long_text_and_needle(), index, index, st.integers(-1, 3))
def test_long_search_split(h: Harness, sn: tuple[str, str], a: int | None, b: int | None, n: int) -> None:
    s, sub = sn
    h.check(search_cases(s, sub, a, b) + split_cases(s, sub, n) + [replace_case(s, sub, "-", n)])


@FAST
@given(any_text, st.one_of(st.none(), needle), st.integers(-1, 4))
def test_split(h: Harness, s: str, sep: str | None, n: int) -> None:
    h.check(split_cases(s, sep, n) + lines_cases(s))


@FAST
@given(any_text, st.lists(any_text, max_size=6))
def test_join(h: Harness, sep: str, parts: list[str]) -> None:
    h.check([join_case(sep, parts)])


@FAST
@given(any_text, st.one_of(st.none(), st.text(st.sampled_from(SMALL + "xyz" + WHITESPACE), max_size=4)))
def test_strip(h: Harness, s: str, chars: str | None) -> None:
    h.check(strip_cases(s, chars))


@FAST
@given(small_text, needle, st.one_of(needle, text), st.integers(-1, 4))
def test_replace(h: Harness, s: str, old: str, new: str, n: int) -> None:
    h.check([replace_case(s, old, new, n)])


@FAST
@given(small_text, needle, index, index)
def test_search(h: Harness, s: str, sub: str, a: int | None, b: int | None) -> None:
    h.check(search_cases(s, sub, a, b))


@FAST
@given(st.one_of(text, st.text(st.sampled_from(SPECIAL_CASING + "aA 'Σ.\u00ad"), max_size=12)))
def test_case_and_predicates(h: Harness, s: str) -> None:
    h.check(case_cases(s))


@FAST
@given(any_text, st.integers(-2, 30), st.one_of(st.none(), char, st.text(char, min_size=2, max_size=2)))
def test_pad(h: Harness, s: str, width: int, fill: str | None) -> None:
    h.check(pad_cases(s, width, fill))


@FAST
@given(st.one_of(any_text, char))
def test_ord_iter_repeat(h: Harness, s: str) -> None:
    h.check(misc_cases(s))


@FAST
@given(st.integers(-10, 0x110010))
def test_chr(h: Harness, cp: int) -> None:
    h.check([(f"chr {cp}", outcome(lambda: chr(cp)))])


@FAST
@given(any_text)
def test_hash(h: Harness, s: str) -> None:
    # The harness checks that equal strings hash equal, the cache, and never -1.
    assert isinstance(h.calls([f"hash {hs(s)}"])[0], int)


def test_hash_spread(h: Harness) -> None:
    words = [f"w{i}" for i in range(2000)] + ["", "a", "é", "日本"]
    hashes = h.calls([f"hash {hs(w)}" for w in words])
    assert len(set(hashes)) == len(words)
    assert len({v & 1023 for v in hashes}) > 700  # low bits are well mixed


# ------------------------------------------------------------ scale: linear time


def test_large_inputs(h: Harness) -> None:
    big = "ab" * 200_000 + "é" + "日" * 100_000
    ws = " \u3000x" * 100_000
    pathological = "a" * 300_000
    needle_bad = "a" * 500 + "b"
    cases: list[tuple[str, Any]] = [
        replace_case(big, "a", "XYZ", -1), replace_case(big, "", "-", -1),
        (f"count {hs(big)} {hs('ab')} 0 0 0 0", big.count("ab")),
        (f"split {hs(ws)} N -1", ws.split()), (f"rsplit {hs(ws)} N -1", ws.rsplit()),
        (f"split {hs(big)} {hs('b')} -1", big.split("b")),
        (f"rsplit {hs(pathological)} {hs(needle_bad)} -1", pathological.rsplit(needle_bad)),
        (f"rsplit {hs(pathological)} {hs('aaaaaa')} -1", pathological.rsplit("aaaaaa")),
        (f"find {hs(pathological)} {hs(needle_bad)} 0 0 0 0 1", -1),
        (f"find {hs(pathological)} {hs(needle_bad)} 0 0 0 0 0", -1),
        (f"find {hs(big)} {hs('日')} 0 0 0 0 1", big.rfind("日")),
        (f"slice {hs(big)} 0 0 -3 0 0 1", big[::-3]),
        (f"upper {hs(big)}", big.upper()), (f"lower {hs(ws)}", ws.lower()),
        (f"strip {hs(ws)} N 3", ws.strip()),
        join_case("é", big.split("b")),
        (f"rep {hs('ab€')} 100000", "ab€" * 100000),
        (f"lines {hs(ws + chr(10) * 1000)} 1", (ws + "\n" * 1000).splitlines(True)),
    ]
    t = time.perf_counter()
    h.check(cases)
    assert time.perf_counter() - t < 10


# ------------------------------------------------------------ memory and tables


def test_valgrind_clean(exe: Path) -> None:
    cases: list[tuple[str, Any]] = []
    for s in EDGE_STRS:
        cases += case_cases(s) + lines_cases(s) + misc_cases(s)
        cases += [slice_case(s, a, b, c) for a in (None, 1, -2) for b in (None, 3) for c in (None, -1, 2, 0)]
        cases += [x for sep in (None, "", "a", "é") for x in split_cases(s, sep, -1) + split_cases(s, sep, 1)]
        cases += strip_cases(s, None) + strip_cases(s, "aé ") + strip_cases(s, "")
        cases += [replace_case(s, o, n, c) for o, n in (("", "-"), ("a", "éé"), (s, ""), ("l", "l"))
                  for c in (-1, 1)]
        cases += search_cases(s, "l", None, None) + search_cases(s, "", 1, -1) + search_cases(s, "zz", None, 3)
        cases += pad_cases(s, 9, "é") + pad_cases(s, 9, None) + pad_cases(s, 9, "ab")
        cases += [join_case(s, ["a", "é", s]), (f"hash {hs(s)}", None)]
    cases.append((f"chr 1114112", None))
    cases.append((f"rsplit {hs('a' * 200)} {hs('a' * 10 + 'b')} -1", None))
    lines = [line for line, _ in cases]
    out = valgrind_run(exe, lines)
    assert len(out) == len(lines)
    assert not [o for o in out if o.startswith("BUG")]


def test_generated_tables_are_fresh() -> None:
    proc = subprocess.run([sys.executable, str(RUNTIME / "gen_case_tables.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
