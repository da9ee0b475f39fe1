"""@dataclass: generated __init__, __repr__ and __eq__, defaults and default_factory fields."""
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list[str] = field(default_factory=list)


@dataclass
class Order:
    id: int
    items: list[Item] = field(default_factory=list)
    note: str = ""
    paid: bool = False

    def total(self) -> float:
        return sum((it.price * it.qty for it in self.items), 0.0)

    def add(self, item: Item) -> None:
        self.items.append(item)


def main() -> None:
    a = Item("pen", 1.5)
    b = Item("book", 12.0, 2, ["paper"])
    c = Item("pen", 1.5)
    print(a)
    print(b)
    print(repr(c), str(c))
    print(a == c, a == b, a != b)
    a.tags.append("blue")
    print(a, a == c)
    print(c.tags, a.tags)
    o = Order(7)
    o.add(b)
    o.add(Item("ink", 0.25, 4))
    print(o)
    print(o.total(), o.paid, repr(o.note))
    o2 = Order(7, [Item("book", 12.0, 2, ["paper"]), Item("ink", 0.25, 4)])
    print(o == o2)
    o2.paid = True
    print(o == o2)
    print([a, b])
    print({"first": a})
    print((a, 1))


if __name__ == "__main__":
    main()
