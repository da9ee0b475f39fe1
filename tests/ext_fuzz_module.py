"""The module that tests/test_ext_fuzz.py and tests/test_ext_regressions.py compile and
drive across the CPython boundary, and the fixture that builds and imports it (compiled
and interpreted) once per test module."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from py4c.driver import BuildOptions, build_extension
from tests.ext_driver import load_compiled, load_interpreted

NAME = "fz4mod"
SOURCE = '''\
"""The module tests/test_ext_fuzz.py compiles and fuzzes at the CPython boundary."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: float

    def scaled(self, k: float) -> float:
        return float(self.x) * k + self.y


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []

    def deposit(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError(f"deposit must be positive, not {amount}")
        self.history.append(amount)
        self.balance += amount
        return self.balance

    def summary(self) -> str:
        return f"{self.owner}: {self.balance} ({len(self.history)} deposits)"


class Sketch:
    label: str
    marks: list[int]

    def __init__(self, done: bool) -> None:
        if done:
            self.label = "done"
            self.marks = [1]


class Tag:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tag) and self.v == other.v

    def __ne__(self, other: object) -> bool:
        return True


calls: int = 0


def count_calls() -> int:
    global calls
    calls += 1
    return calls


def int_mix(a: int, b: int) -> tuple[int, int, bool, str]:
    return (a ^ b, a & b, a < b, str(a) + "/" + hex(b))


def int_div(a: int, b: int) -> tuple[int, int]:
    return (a // b, a % b)


def float_mix(x: float, y: float) -> tuple[float, str, bool, float]:
    return (x * y, repr(x), x == y, max(x, y))


def float_div(x: float, y: float) -> float:
    return x / y


def flag(b: bool, s: str) -> str:
    return s.upper() if b else s.lower()


def text(s: str, n: int) -> tuple[int, str, str]:
    return (len(s), s[n:] + s[:n], repr(s))


def shout(s: str, times: int = 1) -> None:
    print(s * (times % 4))


def list_stats(xs: list[int]) -> tuple[int, int, list[int]]:
    ys = sorted(xs)
    ys.reverse()
    return (len(xs), max(xs), ys[:4])


def dict_get(d: dict[str, float], k: str) -> float:
    return d[k]


def dict_map(d: dict[str, float]) -> dict[str, float]:
    return {k + "!": v * 2.0 for k, v in d.items()}


def set_ops(s: set[int], x: int) -> tuple[bool, set[int]]:
    return (x in s, {v % 7 for v in sorted(s)} | {x % 5})


def tup(t: tuple[int, str]) -> tuple[str, int]:
    return (t[1] + t[1], t[0] // 3)


def pairs(ps: list[tuple[int, float]]) -> tuple[float, list[int], list[tuple[int, float]]]:
    total = 0.0
    keys: list[int] = []
    for k, v in ps:
        total += v
        keys.append(k)
    return (total, keys, sorted(ps)[:3])


def opt(x: int | None, d: int = 7) -> int | None:
    if x is None:
        return d
    return None if x % 2 == 0 else x % 1000


def shape(a: int, /, b: str = "b", *, c: float = 1.5, d: bool) -> str:
    return f"{a}|{b}|{c!r}|{d}"


def make_point(x: int, y: float) -> Point:
    return Point(x, y)


def centroid(ps: list[Point]) -> Point:
    if not ps:
        raise ValueError("no points")
    sx = 0
    sy = 0.0
    for p in ps:
        sx += p.x // len(ps)
        sy += p.y
    return Point(sx, sy / len(ps))


def open_account(owner: str, amounts: list[int]) -> Account:
    acct = Account(owner)
    for a in amounts:
        acct.deposit(a)
    return acct


def richest(accts: list[Account]) -> Account | None:
    best: Account | None = None
    for a in accts:
        if best is None or a.balance > best.balance:
            best = a
    return best


def fail(msg: str, key: bool = False) -> None:
    if key:
        d: dict[str, int] = {}
        d[msg] += 1
    raise ValueError(msg)


def read_only_write(path: str) -> str:
    with open(path) as fh:
        fh.write("x")
    return "written"
'''


@pytest.fixture(scope="module")
def mods(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    d = tmp_path_factory.mktemp("ext_fuzz")
    src = d / f"{NAME}.py"
    src.write_text(SOURCE, encoding="utf-8")
    build_extension(str(src), str(d), BuildOptions())
    return SimpleNamespace(src=str(src), build=str(d), compiled=load_compiled(str(src), str(d)),
                           interp=load_interpreted(str(src)))
