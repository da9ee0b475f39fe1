"""Parameter binding at the extension boundary: positional-only, keyword-only, defaults."""

from typing import Final

BASE: Final = 10
PREFIX: Final = "item"
WIDTHS: Final = [1, 2]


def pos_only(a: int, b: int, /) -> int:
    return a * 100 + b


def pos_only_default(a: int, b: int = 5, /) -> int:
    return a - b


def mixed(a: int, /, b: int, *, c: int) -> str:
    return f"a={a} b={b} c={c}"


def kw_only(*, name: str, count: int = 1, sep: str = ",") -> str:
    return sep.join([name] * count)


def kw_only_after(x: float, *, scale: float = 2.0, offset: float = 0.0) -> float:
    return x * scale + offset


def literals(i: int = -1, f: float = 0.5, s: str = "dflt", b: bool = True, n: int | None = None,
             e: str = "", t: tuple[int, str] = (1, "one")) -> str:
    return f"{i}|{f}|{s}|{b}|{n}|{e!r}|{t}"


def computed(n: int = BASE * 2 + 1, label: str = PREFIX + "-" + str(BASE), k: float = BASE / 4) -> str:
    return f"{label}:{n}:{k}"


def append_to(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc


def count_into(k: str, seen: dict[str, int] = {}) -> int:
    seen[k] = seen.get(k, 0) + 1
    return seen[k]


def widths(extra: list[int] = WIDTHS) -> int:
    return sum(extra)


def many(a: int, b: str, c: float, d: bool, e: list[int], f: dict[str, int]) -> str:
    return f"{a} {b} {c} {d} {e} {f}"


def all_kinds(a: int, /, b: str = "b", *, c: float = 1.5, d: list[str] | None = None) -> str:
    return f"{a} {b} {c} {d}"


def no_args() -> str:
    return "nothing"


def opt(x: int | None = 3) -> str:
    return "none" if x is None else str(x + 1)


class Greeter:
    def __init__(self, greeting: str = "hello", /, *, punct: str = "!") -> None:
        self.greeting = greeting
        self.punct = punct

    def greet(self, who: str, /, times: int = 1, *, loud: bool = False) -> str:
        s = " ".join([f"{self.greeting} {who}{self.punct}"] * times)
        return s.upper() if loud else s

    @staticmethod
    def pad(s: str, width: int = 8, *, fill: str = ".") -> str:
        return s.ljust(width, fill)
