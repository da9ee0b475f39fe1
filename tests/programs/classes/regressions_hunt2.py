"""Narrowing by assert isinstance, unannotated globals read in __init__, d.get(k) of numbers, optional joins, Counter(zip(...))."""

LIMIT = 7
NAME = "x"


class Base:
    pass


class Sub(Base):
    def __init__(self) -> None:
        self.n = LIMIT
        self.s = NAME


def f(b: Base) -> int:
    assert isinstance(b, Sub)
    return b.n


print(f(Sub()), Sub().s)


d: dict[str, int] = {"a": 1}
v = d.get("b")
if v is None:
    print("none")
else:
    print(v + 1)
w = d.get("a")
print(w if w is not None else -1, d.get("a"), d.get("q"))
