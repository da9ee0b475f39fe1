"""Reading a field through a None reference returned by a helper raises AttributeError (uncaught)."""


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.next: "Node | None" = None


def build(values: list[int]) -> Node:
    head = Node(values[0])
    cur = head
    for v in values[1:]:
        nxt = Node(v)
        cur.next = nxt
        cur = nxt
    return head


def nth(head: Node, n: int) -> Node | None:
    cur: Node | None = head
    for _ in range(n):
        if cur is None:
            return None
        cur = cur.next
    return cur


def value_at(head: Node, n: int) -> int:
    return nth(head, n).value  # type: ignore[union-attr]


def main() -> None:
    head = build([10, 20, 30])
    for i in range(5):
        print(i, value_at(head, i))


if __name__ == "__main__":
    main()
