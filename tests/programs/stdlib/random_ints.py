"""random: randint and randrange (one, two and three arguments, negative steps, keyword
step) with small, negative and huge bounds across the whole 64-bit range; value ints as
arguments."""

import random
from random import randint, randrange
from py4 import i32, u8

MIN64 = -9223372036854775807 - 1
MAX64 = 9223372036854775807


def main() -> None:
    random.seed(7)
    print([randint(1, 6) for _ in range(60)])
    print([randint(-3, 3) for _ in range(40)])
    print([randrange(10) for _ in range(40)])
    print([randrange(1) for _ in range(5)])
    print([randrange(-5, 5) for _ in range(30)])
    print([randrange(0, 100, 7) for _ in range(20)])
    print([randrange(100, 0, -7) for _ in range(20)])
    print([randrange(-50, 50, step=3) for _ in range(20)])
    print([randrange(5, -5, -1) for _ in range(20)])
    print([randint(7, 7) for _ in range(3)])
    for s in [1, 2, 3]:
        random.seed(s)
        print(randint(MIN64, MAX64), randint(0, MAX64), randint(MIN64, 0), randint(MAX64 - 3, MAX64))
        print(randrange(MAX64), randrange(MIN64, MAX64), randrange(MIN64, MAX64, 2**40 + 1))
        print(randrange(MAX64, MIN64, -(2**61)), randrange(-(2**62), 2**62 + 17))
        print(randint(-(2**33), 2**33), randrange(2**32), randrange(2**32 + 1), randrange(2**31))
    random.seed(11)
    counts = [0] * 10
    for _ in range(10000):
        counts[randint(0, 9)] += 1
    print(counts)
    total = 0
    for i in range(1, 2000):
        total += randrange(i) + randint(-i, i) + randrange(-i, i * 3, i % 5 + 1)
    print(total)
    a: i32 = 3
    b: u8 = 200
    print(randint(a, 40), randrange(b), randint(True, 4))
    random.seed(12)
    print([random.randint(a=1, b=100) for _ in range(10)])
    print(random.randrange(start=0, stop=1000, step=10))


if __name__ == "__main__":
    main()
