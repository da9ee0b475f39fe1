"""sort and sorted with key functions; stability when many elements share a key."""


def mod3(x: int) -> int:
    return x % 3


def neg(x: int) -> int:
    return -x


def length(s: str) -> int:
    return len(s)


def lowered(s: str) -> str:
    return s.lower()


def last_char(s: str) -> str:
    return s[-1:]


def abs_f(x: float) -> float:
    return abs(x)


def first(row: list[int]) -> int:
    return row[0]


def row_sum(row: list[int]) -> int:
    return sum(row)


def is_even(x: int) -> bool:
    return x % 2 == 0


def main() -> None:
    xs = list(range(20))
    xs.sort(key=mod3)
    print(xs)
    xs.sort(key=mod3, reverse=True)
    print(xs)
    xs.sort(key=neg)
    print(xs)
    print(sorted(xs, key=mod3))
    print(sorted(xs, key=mod3, reverse=True))
    words = ["bb", "a", "ccc", "dd", "e", "fff", "gg", "h", "", "ii"]
    words.sort(key=length)
    print(words)
    words.sort(key=length, reverse=True)
    print(words)
    names = ["bob", "Alice", "carol", "alice", "Bob", "ALICE", "dave"]
    print(sorted(names), sorted(names, key=lowered), sorted(names, key=lowered, reverse=True))
    print(sorted(names, key=last_char), sorted(names, key=length))
    fs = [-2.5, 1.0, -1.0, 2.5, 0.0, -0.0, 0.5]
    fs.sort(key=abs_f)
    print(fs)
    fs.sort(key=abs_f, reverse=True)
    print(fs)
    m = [[2, 1], [1, 9], [2, 0], [1, 1], [0, 5]]
    m.sort(key=first)
    print(m)
    m.sort(key=row_sum)
    print(m)
    print(sorted(m, key=first, reverse=True))
    vals = [5, 2, 8, 1, 4, 7, 6, 3]
    vals.sort(key=is_even)
    print(vals)
    vals.sort(key=is_even, reverse=True)
    print(vals)
    print(sorted([3, 1, 2], key=neg), sorted(["b", "a"], key=lowered))
    big = list(range(100))
    big.sort(key=mod3, reverse=True)
    print(big[:5], big[33:38], big[-5:])


if __name__ == "__main__":
    main()
