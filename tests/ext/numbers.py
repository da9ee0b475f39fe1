"""Numbers and strings crossing the extension boundary; printing from compiled code."""

import math

from py4 import i32, i64, u8


def ident(x: int) -> int:
    return x


def neg(x: int) -> int:
    return -x


def halve(x: int) -> int:
    return x // 2


def edges() -> list[int]:
    big = 9223372036854775807
    return [0, -1, big, -big - 1, big // 2, -(big // 3)]


def add_one(x: int) -> int:
    return x + 1


def mul(a: int, b: int) -> int:
    return a * b


def int_ops(a: int, b: int) -> tuple[int, int, int, int, int, int]:
    return (a // b, a % b, a & b, a | b, a ^ b, a << 3 >> 1)


def fident(x: float) -> float:
    return x


def fops(x: float) -> tuple[float, float, float, bool, bool, str]:
    return (x * 2.0, -x, abs(x), math.isnan(x), math.isinf(x), repr(x))


def fdiv(a: float, b: float) -> float:
    return a / b


def to_float(x: float) -> str:
    return f"{x} {x * 1.0} {type(x).__name__}"


def half(x: float) -> float:
    return x / 2.0


def floor_ceil(x: float) -> tuple[int, int, int]:
    return (math.floor(x), math.ceil(x), round(x))


def fmt_float(x: float) -> str:
    return f"{x:.3f}|{x:e}|{x:g}|{x:10.2f}|{x:+.1%}|{x!r}"


def flip(b: bool) -> bool:
    return not b


def both(a: bool, b: bool) -> str:
    return f"{a and b} {a or b} {a != b}"


def count_true(a: bool, b: bool, c: bool) -> int:
    return int(a) + int(b) + int(c)


def take_i64(x: i64) -> i64:
    return x * i64(2)


def take_i32(x: i32) -> i32:
    return x + i32(1)


def take_u8(x: u8) -> u8:
    return x * u8(2)


def sum_i64(xs: list[int]) -> i64:
    t: i64 = 0
    for x in xs:
        t += x
    return t


def i32_square(x: int) -> i32:
    v: i32 = i32(x)
    return v * v


def u8_wrap(x: int) -> u8:
    return u8(x)


def mixed_values(a: i64, b: i32, c: u8) -> int:
    return int(a) + int(b) + int(c)


def value_results() -> tuple[i64, i32, u8]:
    return (i64(-9223372036854775807) - i64(1), i32(-2147483648), u8(255))


def text_info(s: str) -> tuple[int, str, str, str, str]:
    return (len(s), s.upper(), s[::-1], s[1:3] if len(s) >= 3 else s, s.lower())


def codepoints(s: str) -> list[int]:
    return [ord(c) for c in s]


def from_codepoints(cs: list[int]) -> str:
    return "".join(chr(c) for c in cs)


def char_at(s: str, i: int) -> str:
    return s[i]


def split_join(s: str) -> str:
    return "|".join(w.capitalize() for w in s.split())


def find_in(s: str, sub: str) -> tuple[int, int, bool]:
    return (s.find(sub), s.count(sub), s.startswith(sub))


def fstrings(name: str, n: int, x: float) -> str:
    return f"[{name:>8}] [{name:^9}] [{n:05d}] [{n:,}] [{n:x}] [{x:.2f}] [{name!r}] [{n=}] [{x:{n % 10 + 3}.1f}]"


def greet(names: list[str]) -> None:
    for i, n in enumerate(names):
        print(f"{i}: hello, {n}!")
    print("done", len(names), sep=" -> ", end=".\n")


def show(values: list[float]) -> int:
    print(values)
    print(1, 2, 3)
    print(repr("é😀"), "é😀", ["é", "😀"], {"k": (1, "v")}, None, True, 1.0, -0.0)
    print()
    return len(values)


def print_numbers() -> None:
    print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, 2.5e-300, float("inf"), -float("inf"), float("nan"))
    print(2 ** 62, -(2 ** 62), 10 ** 18, 7 // -2, -7 % 3, 2 ** -1)
    print(i64(5), i32(-6), u8(7))


def print_partial(n: int) -> str:
    for i in range(n):
        print(i, end=" ")
    print("!", end="")
    return "ret"


def parse(s: str) -> float:
    return float(s)


def from_str(s: str) -> int:
    return int(s)
