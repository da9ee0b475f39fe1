"""A variable index past the end of a homogeneous tuple raises IndexError: tuple index out of range (uncaught)."""


def pick(t: tuple[int, int, int], i: int) -> int:
    return t[i]


def main() -> None:
    t = (10, 20, 30)
    for i in range(-3, 3):
        print(i, pick(t, i), t[i])
    names = ("a", "b")
    j = 1
    print(names[j], names[-j], names[j - 2])
    total = 0
    for k in range(5):
        total += pick(t, k)
        print(k, total)
    print("unreachable", total)


if __name__ == "__main__":
    main()
