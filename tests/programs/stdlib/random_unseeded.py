"""random: without a seed call the generator is seeded by the OS (not reproducible): only
properties of the results are printed."""

import random


def main() -> None:
    ok = True
    for _ in range(1000):
        r = random.random()
        ok = ok and 0.0 <= r < 1.0
        n = random.randint(-5, 5)
        ok = ok and -5 <= n <= 5
        ok = ok and 0 <= random.randrange(3, 9) - 3 < 6
        ok = ok and random.getrandbits(10) < 1024
    print(ok)
    xs = list(range(50))
    random.shuffle(xs)
    print(sorted(xs) == list(range(50)))
    print(random.choice(xs) in xs, len(random.sample(xs, 10)), len(set(random.sample(xs, 50))))
    random.seed()
    print(0.0 <= random.uniform(0, 1) <= 1.0)
    random.seed(10)
    print(random.random())


if __name__ == "__main__":
    main()
