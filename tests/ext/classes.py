"""Classes crossing the extension boundary: hierarchies, dunders, properties, identity."""

from dataclasses import dataclass, field


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self) -> str:
        return f"Shape({self.name!r})"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def __repr__(self) -> str:
        return f"Rect({self.w}, {self.h})"


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"

    def describe(self) -> str:
        return "a square: " + super().describe()


def make_shape(kind: str, size: float) -> Shape:
    if kind == "rect":
        return Rect(size, size * 2.0)
    if kind == "square":
        return Square(size)
    return Shape(kind)


def total_area(shapes: list[Shape]) -> float:
    return sum((s.area() for s in shapes), 0.0)


def describe_all(shapes: list[Shape]) -> list[str]:
    return [s.describe() for s in shapes]


def rect_ratio(r: Rect) -> float:
    return r.w / r.h


def widen(r: Rect, by: float) -> Rect:
    r.w += by
    return r


def bigger(a: Shape, b: Shape) -> Shape:
    return a if a.area() >= b.area() else b


class Registry:
    def __init__(self) -> None:
        self.items: list[Shape] = []

    def add(self, s: Shape) -> Shape:
        self.items.append(s)
        return s

    def get(self, i: int) -> Shape:
        return self.items[i]

    def __len__(self) -> int:
        return len(self.items)


class Account:
    def __init__(self, owner: str, balance: int = 0, currency: str = "EUR") -> None:
        self.owner = owner
        self.balance = balance
        self.currency = currency
        self.history: list[int] = []

    def deposit(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, {self.balance}, {self.currency!r})"


@dataclass
class Item:
    name: str
    price: float = 1.0
    qty: int = 1
    tags: list[str] = field(default_factory=list)

    def cost(self) -> float:
        return self.price * self.qty


def order_total(items: list[Item]) -> float:
    return sum((i.cost() for i in items), 0.0)


def cheapest(items: list[Item]) -> Item:
    return min(items, key=lambda i: i.price)


class Key:
    def __init__(self, a: int, b: str) -> None:
        self.a = a
        self.b = b

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Key):
            return False
        return self.a == other.a and self.b.lower() == other.b.lower()

    def __hash__(self) -> int:
        return self.a * 1000003 + len(self.b)

    def __repr__(self) -> str:
        return f"Key({self.a}, {self.b!r})"


def count_keys(keys: list[Key]) -> int:
    return len(set(keys))


def key_index(keys: list[Key]) -> dict[Key, int]:
    out: dict[Key, int] = {}
    for i, k in enumerate(keys):
        out[k] = i
    return out


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __lt__(self, other: "Version") -> bool:
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self) -> str:
        return f"v{self.major}.{self.minor}"


def versions(specs: list[str]) -> list[Version]:
    out: list[Version] = []
    for s in specs:
        a, b = s.split(".")
        out.append(Version(int(a), int(b)))
    return out


def newest(vs: list[Version]) -> Version:
    return max(vs)


class Bag:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)

    def __add__(self, other: "Bag") -> "Bag":
        return Bag(self.items + other.items)

    def __contains__(self, x: str) -> bool:
        return x in self.items

    def __repr__(self) -> str:
        return f"Bag({self.items!r})"


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, v: float) -> None:
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = v

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9.0 / 5.0 + 32.0

    @staticmethod
    def from_fahrenheit(f: float) -> "Temperature":
        return Temperature((f - 32.0) * 5.0 / 9.0)

    @staticmethod
    def clamp(v: int, lo: int, hi: int) -> int:
        return max(lo, min(hi, v))


class Node:
    def __init__(self, value: int, next: "Node | None" = None) -> None:
        self.value = value
        self.next = next


def chain(values: list[int]) -> Node | None:
    head: Node | None = None
    for v in reversed(values):
        head = Node(v, head)
    return head


def chain_values(n: Node | None) -> list[int]:
    out: list[int] = []
    while n is not None:
        out.append(n.value)
        n = n.next
    return out


_shared = Rect(1.0, 1.0)


def shared() -> Rect:
    return _shared
