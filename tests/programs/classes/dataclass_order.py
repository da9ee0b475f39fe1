"""@dataclass(order=True) with field(compare=False); a dataclass holding a dict; print evaluates every argument before printing objects."""

from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, qty: int = 1) -> None:
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name: str, qty: int = 1) -> bool:
        have = self.items.get(name, 0)
        if have < qty:
            return False
        if have == qty:
            del self.items[name]
        else:
            self.items[name] = have - qty
        return True


def main() -> None:
    inv = Inventory()
    inv.add("apple", 3)
    inv.add("pear")
    print(inv, inv.remove("apple", 2), inv.remove("pear", 5), inv)
    tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
    print(sorted(tasks)[0].name)


if __name__ == "__main__":
    main()
