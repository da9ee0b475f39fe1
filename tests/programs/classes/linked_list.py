"""A singly linked list of Node objects: push, append, reverse, remove, and iteration by hand."""


class Node:
    def __init__(self, value: int, next: "Node | None" = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self) -> None:
        self.head: Node | None = None
        self.size = 0

    def push(self, v: int) -> None:
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v: int) -> None:
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def to_list(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self) -> None:
        prev: Node | None = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def remove(self, v: int) -> bool:
        prev: Node | None = None
        cur = self.head
        while cur is not None:
            if cur.value == v:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def __len__(self) -> int:
        return self.size

    def __repr__(self) -> str:
        return " -> ".join(str(v) for v in self.to_list()) + " -> None"


def main() -> None:
    ll = LinkedList()
    print(ll, len(ll))
    for i in range(5):
        ll.push(i * i)
    ll.append(100)
    print(ll, len(ll))
    ll.reverse()
    print(ll)
    print(ll.remove(0), ll.remove(9), ll.remove(42), ll.remove(100))
    print(ll, len(ll), ll.to_list())
    big = LinkedList()
    for i in range(20000):
        big.push(i)
    big.reverse()
    print(len(big), big.to_list()[:5], sum(big.to_list()))


if __name__ == "__main__":
    main()
