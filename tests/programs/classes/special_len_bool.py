"""__len__ and __bool__: len(), truth tests in if/while/not/and/or."""


class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, s: str) -> None:
        self.items.append(s)

    def take(self) -> str:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


class Switch:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on


class Budget:
    def __init__(self, amount: int) -> None:
        self.amount = amount

    def __bool__(self) -> bool:
        return self.amount > 0

    def __len__(self) -> int:
        return 99


def main() -> None:
    b = Bag()
    print(len(b), bool(b), not b)
    if not b:
        print("empty bag")
    for w in "one two three".split():
        b.add(w)
    print(len(b), bool(b))
    while b:
        print("took", b.take(), len(b))
    s, t = Switch(True), Switch(False)
    print(bool(s), bool(t), not s, not t)
    print("s on" if s else "s off", "t on" if t else "t off")
    if bool(s) and not t:
        print("exactly one")
    budgets = [Budget(5), Budget(0), Budget(-2), Budget(10)]
    print([bool(x) for x in budgets], sum(1 for x in budgets if x))
    bb = Budget(0)
    print(len(bb), bool(bb))
    print(any(bool(x) for x in budgets), all(bool(x) for x in budgets))


if __name__ == "__main__":
    main()
