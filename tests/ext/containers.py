"""Containers crossing the extension boundary: nested lists, dicts, sets, tuples."""

from py4 import u8


def transpose(m: list[list[int]]) -> list[list[int]]:
    if not m:
        return []
    return [[row[j] for row in m] for j in range(len(m[0]))]


def row_sums(m: list[list[int]]) -> list[int]:
    return [sum(row + [0]) for row in m]


def stars(xs: list[int]) -> list[str]:
    return ["*" * x for x in xs]


def lookup(d: dict[str, list[float]], k: str) -> list[float]:
    return d[k]


def tags(d: dict[str, list[float]]) -> list[str]:
    return [k + "!" for k in d]


def means(d: dict[str, list[float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in d.items():
        out[k] = sum(v, 0.0) / len(v) if v else 0.0
    return out


def scale_all(d: dict[str, list[float]], f: float) -> dict[str, list[float]]:
    return {k: [x * f for x in v] for k, v in d.items()}


def upper_set(s: set[str]) -> set[str]:
    return {x.upper() for x in sorted(s)}


def sorted_set(s: set[str]) -> list[str]:
    return sorted(s | {"m"})


def set_ops(a: set[int], b: set[int]) -> tuple[set[int], set[int], set[int]]:
    return (a | b, a & b, a - b)


def describe(t: tuple[int, str, float]) -> str:
    n, s, x = t
    return f"{n + 1}:{s}:{x * 2.0}"


def as_key(t: tuple[int, str, float]) -> dict[tuple[int, str, float], int]:
    return {t + (): t[0]}


def scale_pair(t: tuple[str, float]) -> float:
    return t[-1] * 2.0 + len(t[0])


def first_of_inner(t: tuple[tuple[str, int], list[str]]) -> int:
    return t[0][-1] + len(t[1])


def make_triple(n: int) -> tuple[int, str, float]:
    return (n, str(n) * 2, n / 4)


def rank(pairs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(pairs, key=lambda p: (-p[-1], p[0]))


def invert(d: dict[int, set[int]]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for k in sorted(d.keys()):
        for v in sorted(d[k]):
            out.setdefault(abs(v), set()).add(k)
    return out


def checksum(data: list[u8]) -> int:
    s = 0
    for b in data:
        s = (s * 31 + int(u8(b))) % 65521
    return s


def bytes_up(data: list[u8]) -> list[u8]:
    return [b + u8(1) for b in data]


def fill_none(xs: list[int | None], default: int) -> list[int]:
    return [default if x is None else x + 0 for x in xs]


def nones_at(xs: list[int | None]) -> list[int]:
    return [i for i, x in enumerate(xs) if x is None]


def drop_none(d: dict[str, int | None]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k, v in d.items():
        if v is not None:
            out[k] = len("*" * v)
    return out


def maybe_values(keys: list[str]) -> dict[str, int | None]:
    return {k: (len(k) if len(k) % 2 == 0 else None) for k in keys}


def mutate_list(xs: list[int]) -> list[int]:
    xs.append(99)
    xs[0] = -1
    return xs


def mutate_nested(m: list[list[int]]) -> list[list[int]]:
    m[0].append(7)
    m.append([])
    return m


def mutate_dict(d: dict[str, int]) -> dict[str, int]:
    d["new"] = 1
    del d["a"]
    return d


def mutate_set(s: set[str]) -> set[str]:
    s.add("zzz")
    return s


def empty_list() -> list[int]:
    return []


def empty_dict() -> dict[str, list[int]]:
    return {}


def empty_set() -> set[int]:
    return set()


def lengths(a: list[int], b: dict[str, int], c: set[float], d: list[list[str]]) -> tuple[int, int, int, int]:
    return (len(a), len(b), len(c), len(d))


def grid(n: int) -> list[list[str]]:
    return [[f"{i},{j}" for j in range(n)] for i in range(n)]


def pairs_of(d: dict[str, int]) -> list[tuple[str, int]]:
    return list(d.items())


def nested_tuple(t: tuple[tuple[int, int], list[str]]) -> tuple[list[str], int]:
    (a, b), names = t
    return (names + [str(a + b)], a * b)


def word_index(words: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        out.setdefault(w, []).append(i)
    return out


def floats(xs: list[float]) -> list[float]:
    return [x * 2.0 for x in xs]


def bools(xs: list[bool]) -> int:
    for x in xs:
        if type(x).__name__ != "bool":
            raise TypeError("not a bool")
    return sum(1 for x in xs if x)


def frozen(xs: list[int]) -> frozenset[int]:
    return frozenset(xs)


def tuple_keys(d: dict[tuple[int, int], str]) -> list[str]:
    return [d[k] * (k[0] + k[1]) for k in sorted(d.keys())]
