"""random: choice, shuffle and sample on lists of ints, floats, bools, strs and lists, and
choice on str (ASCII and not); sample through both of CPython's branches (a pool for a
large k relative to n, a set of selected indices for a small k)."""

import random
from random import choice, sample, shuffle


def main() -> None:
    random.seed(123)
    ints = list(range(20))
    shuffle(ints)
    print(ints)
    shuffle(ints)
    print(ints)
    words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
    shuffle(words)
    print(words)
    print([choice(words) for _ in range(10)])
    print([choice(ints) for _ in range(10)])
    floats = [0.5, 1.5, 2.5, 3.5]
    shuffle(floats)
    print(floats, choice(floats))
    flags = [True, False, False, True, True]
    shuffle(flags)
    print(flags, choice(flags))
    nested = [[1], [2, 2], [3, 3, 3], []]
    shuffle(nested)
    print(nested, choice(nested))
    one = [9]
    shuffle(one)
    empty: list[int] = []
    shuffle(empty)
    print(one, empty)
    print("".join(choice("abcdefghij") for _ in range(30)))
    print([choice("héllo wörld ☃") for _ in range(12)])
    # sample: pool branch (n <= setsize) and set branch (n > setsize)
    print(sample(ints, 5), sample(ints, 20), sample(ints, 0))
    big = list(range(1000))
    print(sample(big, 10))
    print(sample(big, 6))
    print(sample(big, 100)[:20])
    print(sorted(sample(big, 1000)) == big)
    print(sample(words, 3), sample(nested, 2))
    print(sample(population=[1, 2, 3, 4, 5, 6, 7], k=4))
    deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
    for seed in [1, 2, 3]:
        random.seed(seed)
        d = deck.copy()
        shuffle(d)
        print(" ".join(d[:13]))
        print(sample(deck, 7))
    random.seed(5)
    print(random.uniform(1, 3), random.uniform(-2.5, 10.0), random.uniform(10, 1), random.uniform(0, 1.0))
    print(random.uniform(-(2**62), 2**62), random.uniform(True, 2))
    print(deck)


if __name__ == "__main__":
    main()
