"""A conditional expression with None in one branch builds an Optional object reference."""


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def pick(flag: bool) -> Node | None:
    return Node(1) if flag else None


def main() -> None:
    a = pick(True)
    b: Node | None = None if a is None else Node(a.v + 1)
    print(b.v if b is not None else 0, pick(False) is None)


if __name__ == "__main__":
    main()
