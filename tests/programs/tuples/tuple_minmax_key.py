"""min and max over lists of tuples, plain and with key functions; ties keep the first."""


def score(p: tuple[str, int]) -> int:
    return p[1]


def name(p: tuple[str, int]) -> str:
    return p[0]


def dist2(p: tuple[int, int]) -> int:
    return p[0] * p[0] + p[1] * p[1]


def main() -> None:
    pairs = [("ann", 3), ("bob", 7), ("cid", 7), ("dee", 1), ("eve", 1)]
    print(min(pairs), max(pairs))
    print(min(pairs, key=score), max(pairs, key=score))
    print(min(pairs, key=name), max(pairs, key=name))
    pts = [(3, 4), (-1, 1), (0, -5), (1, -1), (2, 2)]
    print(min(pts, key=dist2), max(pts, key=dist2), min(pts), max(pts))
    fl = [(0.5, 1.0), (0.5, -1.0), (-0.0, 2.0), (0.0, 1.0)]
    print(min(fl), max(fl))
    best = max([(len(w), w) for w in "a quick brown fox jumped over lazy dogs".split()])
    print(best)
    worst = min([(len(w), w) for w in "zz yy xx a b".split()])
    print(worst)
    counts = {"x": 3, "y": 9, "z": 9, "w": 0}
    top = max((v, k) for k, v in counts.items())
    low = min((v, k) for k, v in counts.items())
    print(top, low)


if __name__ == "__main__":
    main()
