"""A hand-written binary min-heap of (priority, name) tuples: push, pop, heapsort, k smallest, task scheduling with ties broken by name."""


def push(h: list[tuple[int, str]], item: tuple[int, str]) -> None:
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[i] < h[p]:
            h[i], h[p] = h[p], h[i]
            i = p
        else:
            break


def pop(h: list[tuple[int, str]]) -> tuple[int, str]:
    top = h[0]
    last = h.pop()
    if len(h) > 0:
        h[0] = last
        i = 0
        n = len(h)
        while True:
            l = 2 * i + 1
            r = l + 1
            m = i
            if l < n and h[l] < h[m]:
                m = l
            if r < n and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top


def main() -> None:
    h: list[tuple[int, str]] = []
    tasks = [(5, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (4, "review"), (3, "build"), (2, "design"), (5, "ship")]
    for t in tasks:
        push(h, t)
    print(h[0], len(h))
    order: list[tuple[int, str]] = []
    while len(h) > 0:
        order.append(pop(h))
    print(order)
    print(order == sorted(tasks))
    nums = [(v * 37 % 101, str(v)) for v in range(50)]
    for t in nums:
        push(h, t)
    smallest = [pop(h) for _ in range(5)]
    print(smallest, len(h))
    clock = 0
    q: list[tuple[int, str]] = []
    for name, dur in [("a", 3), ("b", 1), ("c", 2)]:
        push(q, (clock + dur, name))
    done: list[tuple[int, str]] = []
    while len(q) > 0:
        at, name = pop(q)
        done.append((at, name))
        if len(name) < 3:
            push(q, (at + len(name) * 2, name + name[0]))
    print(done)


if __name__ == "__main__":
    main()
