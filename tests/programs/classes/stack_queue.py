"""Stack and Queue classes wrapping a list, used for bracket matching and a round-robin simulation."""


class Stack:
    def __init__(self) -> None:
        self._items: list[str] = []

    def push(self, x: str) -> None:
        self._items.append(x)

    def pop(self) -> str:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> str:
        return self._items[-1]

    def is_empty(self) -> bool:
        return len(self._items) == 0

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


class Queue:
    def __init__(self) -> None:
        self._front: list[int] = []
        self._back: list[int] = []

    def enqueue(self, x: int) -> None:
        self._back.append(x)

    def dequeue(self) -> int:
        if not self._front:
            while self._back:
                self._front.append(self._back.pop())
        return self._front.pop()

    def __len__(self) -> int:
        return len(self._front) + len(self._back)

    def __bool__(self) -> bool:
        return len(self) > 0


PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(text: str) -> bool:
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in PAIRS:
            if st.is_empty() or st.pop() != PAIRS[ch]:
                return False
    return st.is_empty()


def round_robin(jobs: list[int], quantum: int) -> list[int]:
    q = Queue()
    for i in range(len(jobs)):
        q.enqueue(i)
    remaining = list(jobs)
    order: list[int] = []
    while q:
        j = q.dequeue()
        remaining[j] -= quantum
        if remaining[j] > 0:
            q.enqueue(j)
        else:
            order.append(j)
    return order


def main() -> None:
    for t in ["(a[b]{c})", "([)]", "((", "", "}{", "{[()()]}"]:
        print(repr(t), balanced(t))
    s = Stack()
    for w in ["x", "y", "z"]:
        s.push(w)
    print(s, len(s), s.peek())
    print(s.pop(), s.pop(), s, len(s))
    print(round_robin([5, 1, 8, 3, 2], 2))
    q = Queue()
    for i in range(10):
        q.enqueue(i)
        if i % 3 == 2:
            print("out", q.dequeue(), len(q))
    s.pop()
    try:
        s.pop()
    except IndexError as e:
        print("caught", e)


if __name__ == "__main__":
    main()
