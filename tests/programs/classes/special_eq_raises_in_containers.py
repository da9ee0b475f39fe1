"""A user __eq__/__lt__ that raises inside container operations: the exception propagates
from `in`, index, count, remove, list/tuple ==, sort, sorted, max, dict and set lookups
(colliding hashes), as in CPython; identity is tested before __eq__ in containers."""
from dataclasses import dataclass


class Key:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Key):
            return NotImplemented
        if self.v == 3 or other.v == 3:
            raise ValueError(f"cannot compare {self.v}")
        return self.v == other.v

    def __lt__(self, other: "Key") -> bool:
        if self.v == 3 or other.v == 3:
            raise ValueError("no order for 3")
        return self.v < other.v

    def __hash__(self) -> int:
        return self.v % 2


class Never:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        print("eq called on", self.name)
        return False


def identity() -> None:
    a = Never("a")
    b = Never("b")
    xs = [b, a]
    print(a in xs, xs.index(a), xs.count(a))
    print([a] == [a], (a, 1) == (a, 1))
    print(a == a)
    d: dict[tuple[int, str], list[Never]] = {(1, "x"): [a]}
    print(d == {(1, "x"): [a]})
    xs.remove(a)
    print(len(xs))


def main() -> None:
    identity()
    xs = [Key(1), Key(2), Key(3), Key(4)]
    try:
        print(Key(4) in xs)
    except ValueError as e:
        print("in:", e)
    try:
        print(xs.index(Key(5)))
    except ValueError as e:
        print("index:", e)
    try:
        print(xs.count(Key(1)))
    except ValueError as e:
        print("count:", e)
    try:
        xs.sort()
    except ValueError as e:
        print("sort:", e)
    ys = [Key(5), Key(1), Key(4), Key(2)]
    ys.sort()
    print([k.v for k in ys])
    try:
        ys.sort(reverse=True)
        print([k.v for k in ys])
    except ValueError as e:
        print("sort reverse:", e)
    try:
        print(max(xs).v)
    except ValueError as e:
        print("max:", e)
    try:
        print(sorted(xs)[0].v)
    except ValueError as e:
        print("sorted:", e)
    d: dict[Key, int] = {Key(1): 1, Key(2): 2}
    try:
        d[Key(3)] = 3
    except ValueError as e:
        print("dict set:", e, len(d))
    try:
        print(d[Key(5)])
    except KeyError as e:
        print("keyerror")
    try:
        print(Key(3) in d)
    except ValueError as e:
        print("dict in:", e)
    try:
        print(d.get(Key(3), -1))
    except ValueError as e:
        print("dict get:", e)
    try:
        print(d.pop(Key(3), -1))
    except ValueError as e:
        print("dict pop:", e)
    try:
        print({Key(1): 1, Key(3): 3} == {Key(1): 1, Key(5): 3})
    except ValueError as e:
        print("dict eq:", e)
    try:
        print([Key(1), Key(3)] == [Key(1), Key(3)])
    except ValueError as e:
        print("list eq:", e)
    try:
        print([Key(1), Key(3)] < [Key(1), Key(4)])
    except ValueError as e:
        print("list lt:", e)
    try:
        print((Key(1), Key(3)) < (Key(1), Key(4)))
    except ValueError as e:
        print("tuple lt:", e)
    try:
        print(Key(3) in (Key(1), Key(2)))
    except ValueError as e:
        print("tuple in:", e)
    try:
        xs.remove(Key(9))
    except ValueError as e:
        print("remove:", e)
    s = {Key(1), Key(2)}
    try:
        s.add(Key(3))
        s.add(Key(5))
        print(len(s))
    except ValueError as e:
        print("set:", e)
    t = (Key(3), 1)
    try:
        print(t == (Key(3), 1))
    except ValueError as e:
        print("tuple:", e)


main()
