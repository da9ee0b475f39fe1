"""A priority queue kept ordered by insertion using a task's __lt__ (priority, then arrival order)."""
from dataclasses import dataclass


@dataclass
class Task:
    priority: int
    seq: int
    name: str

    def __lt__(self, other: "Task") -> bool:
        if self.priority != other.priority:
            return self.priority > other.priority
        return self.seq < other.seq


class PriorityQueue:
    def __init__(self) -> None:
        self.items: list[Task] = []
        self.counter = 0

    def push(self, priority: int, name: str) -> Task:
        t = Task(priority, self.counter, name)
        self.counter += 1
        i = len(self.items)
        self.items.append(t)
        while i > 0 and self.items[i] < self.items[i - 1]:
            self.items[i], self.items[i - 1] = self.items[i - 1], self.items[i]
            i -= 1
        return t

    def pop(self) -> Task:
        return self.items.pop(0)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return len(self.items) > 0


def main() -> None:
    pq = PriorityQueue()
    for pr, name in [(1, "sweep"), (5, "fire"), (3, "mail"), (5, "flood"), (1, "dust"), (3, "call")]:
        pq.push(pr, name)
    print(len(pq), [t.name for t in pq.items])
    first = pq.pop()
    print(first)
    pq.push(4, "urgent")
    pq.push(9, "alarm")
    order: list[str] = []
    while pq:
        t = pq.pop()
        order.append(f"{t.name}({t.priority})")
    print(" ".join(order))
    a, b = Task(2, 0, "a"), Task(2, 1, "b")
    print(a < b, b < a, Task(3, 9, "c") < a, a == Task(2, 0, "a"))


if __name__ == "__main__":
    main()
