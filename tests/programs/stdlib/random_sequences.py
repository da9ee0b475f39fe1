"""random: the Mersenne Twister's sequences after seed(n) for many seeds (negative,
zero, one and two 32-bit words), long runs of random() and getrandbits across several
regenerations of the 624-word state."""

import random


def checksum(n: int) -> float:
    total = 0.0
    for i in range(n):
        total += random.random() * (i % 7 + 1)
    return total


def main() -> None:
    seeds = [0, 1, 2, 7, 42, 12345, -1, -42, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
             2**40 + 5, -(2**50) + 3, 2**62, 9223372036854775807, -9223372036854775807 - 1]
    for s in seeds:
        random.seed(s)
        print(s, random.random(), random.random(), random.getrandbits(1), random.getrandbits(32),
              random.getrandbits(33), random.getrandbits(63), random.getrandbits(0))
    random.seed(2024)
    for i in range(3000):
        x = random.random()
        if i % 250 == 0:
            print(i, x, repr(x * 2**53))
    print(checksum(5000))
    random.seed(99)
    bits = [random.getrandbits(k) for k in range(64)]
    print(bits)
    random.seed(99)
    again = [random.getrandbits(k) for k in range(64)]
    print(bits == again)
    # reseeding restarts the sequence; seeding with -n equals seeding with n
    random.seed(-5)
    a = [random.random() for _ in range(5)]
    random.seed(5)
    b = [random.random() for _ in range(5)]
    print(a == b, a)
    random.seed(True)
    print(random.random())
    random.seed(a=17)
    print(random.random())
    lo = 1.0
    hi = 0.0
    random.seed(8)
    for _ in range(20000):
        r = random.random()
        lo = min(lo, r)
        hi = max(hi, r)
    print(lo, hi)


if __name__ == "__main__":
    main()
