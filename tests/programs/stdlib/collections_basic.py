"""collections: Counter (most_common, update, total), defaultdict of lists and ints, deque as a BFS queue; popleft of an empty deque at the end."""

from collections import Counter, defaultdict, deque


def main() -> None:
    words = "the cat and the hat and the bat".split()
    c = Counter(words)
    print(c, c["the"], c["zzz"], len(c), c.most_common(2), c.most_common(), c.total())
    letters: Counter[str] = Counter()
    for w in words:
        letters.update(Counter(w))
    print(letters.most_common(3))
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    print(groups, len(groups))
    counts: defaultdict[str, int] = defaultdict(int)
    for w in words:
        counts[w] += 1
    print(counts, counts["nope"], "nope" in counts)
    q: deque[int] = deque()
    q.append(1)
    q.append(2)
    q.appendleft(0)
    print(q, q.popleft(), q, len(q), q[0], 2 in q)
    d2 = deque([3, 4, 5])
    print(d2.pop(), d2)
    seen: set[tuple[int, int]] = set()
    frontier = deque([(0, 0)])
    while frontier:
        x, y = frontier.popleft()
        if (x, y) in seen or x > 2 or y > 2:
            continue
        seen.add((x, y))
        frontier.append((x + 1, y))
        frontier.append((x, y + 1))
    print(len(seen))
    e: deque[str] = deque()
    e.popleft()


if __name__ == "__main__":
    main()
