"""reverse=True with key= keeps equal keys in original order (not reversed)."""


def bucket(x: int) -> int:
    return x // 10


def tag(s: str) -> str:
    return s[0]


def parity(x: int) -> int:
    return x & 1


def neg_len(s: str) -> int:
    return -len(s)


def main() -> None:
    xs = [15, 3, 12, 27, 9, 21, 18, 4, 25, 11, 0, 29]
    a = sorted(xs, key=bucket, reverse=True)
    b = xs.copy()
    b.sort(key=bucket, reverse=True)
    print(a)
    print(b, a == b)
    tagged = ["a3", "b1", "a1", "c2", "b2", "a2", "c1", "b3"]
    print(sorted(tagged, key=tag))
    print(sorted(tagged, key=tag, reverse=True))
    print(sorted(tagged, reverse=True))
    p = list(range(12))
    p.sort(key=parity, reverse=True)
    print(p)
    p.sort(key=parity)
    print(p)
    words = "the cat sat on a mat with an old hat by the door".split()
    print(sorted(words, key=neg_len))
    print(sorted(words, key=neg_len, reverse=True))
    w2 = words.copy()
    w2.sort(key=neg_len, reverse=True)
    print(w2 == sorted(words, key=neg_len, reverse=True))
    twice = sorted(sorted(tagged), key=tag, reverse=True)
    print(twice)
    ranks = [3, 1, 2, 3, 1, 2, 3]
    ids = ["a", "b", "c", "d", "e", "f", "g"]
    order: list[int] = []
    for r in sorted(ranks, reverse=True):
        for i in range(len(ranks)):
            if ranks[i] == r and i not in order:
                order.append(i)
                break
    print(order, [ids[i] for i in order])


if __name__ == "__main__":
    main()
