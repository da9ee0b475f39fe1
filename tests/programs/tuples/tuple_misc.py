"""Assorted tuple uses: truthiness, None items, conditional expressions, a 20-item tuple, list remove/del/repeat, key=str/len, tuples holding dicts."""


def pick(flag: bool) -> tuple[int, int]:
    return (1, 2) if flag else (3, 4)


def main() -> None:
    n = (1, None)
    print(n, n[1] is None)
    e = ()
    t = (0,)
    print(bool(e), bool(t), not e, not t)
    if t:
        print("t truthy")
    if not e:
        print("e falsy")
    print(pick(True), pick(False))
    big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
    print(big, big[19], big[-20], len(big), big[10] * big[-10])
    xs = [(1, 2), (3, 4), (1, 2)]
    xs.remove((1, 2))
    del xs[0]
    print(xs, [(0, 0)] * 3, xs * 2)
    ws = [("bb", 1), ("a", 22), ("ccc", 3)]
    print(sorted(ws, key=str), max(ws, key=len), min(ws, key=str))
    i = 0
    j = 0
    while (i, j) < (2, 2):
        j += 1
        if j == 3:
            i += 1
            j = 0
    print(i, j)
    d = ({"a": 1}, [2])
    d[0]["b"] = 2
    print(d, d == ({"a": 1, "b": 2}, [2]), len(d[0]))


if __name__ == "__main__":
    main()
