"""any() and all() over list comprehensions and bool lists, with early answers."""


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all([n % d != 0 for d in range(2, n) if d * d <= n])


def has_upper(s: str) -> bool:
    return any([c.isupper() for c in s])


def main() -> None:
    xs = [2, 4, 6, 8]
    print(all([x % 2 == 0 for x in xs]), any([x > 7 for x in xs]), any([x > 8 for x in xs]), all([x > 2 for x in xs]))
    e: list[int] = []
    print(all([x > 0 for x in e]), any([x > 0 for x in e]))
    print([n for n in range(40) if is_prime(n)])
    words = ["hello", "World", "ÉCOLE", "straße", "日本"]
    print([has_upper(w) for w in words], any([has_upper(w) for w in words]), all([has_upper(w) for w in words]))
    m = [[1, 2], [3, 4], [5, 6]]
    print(all([len(r) == 2 for r in m]), any([5 in r for r in m]), all([all([v > 0 for v in r]) for r in m]))
    fs = [0.0, -0.0, 1e-300]
    print(any([f != 0.0 for f in fs]), all([f == 0.0 for f in fs[:2]]))
    bs = [True, True, False]
    print(any(bs), all(bs), all(bs[:2]), any(bs[2:]), any([not b for b in bs]))
    s = "abc123"
    print(any([c.isdigit() for c in s]), all([c.isalnum() for c in s]), all([c.isalpha() for c in s]))
    sorted_ok = all([a <= b for a, b in zip(xs, xs[1:])])
    print(sorted_ok, all([a <= b for a, b in zip([3, 1], [1])]))
    if any([w.startswith("W") for w in words]) and not all([w.islower() for w in words]):
        print("mixed case")


if __name__ == "__main__":
    main()
