"""random: randint with b < a, uncaught, after a run of valid draws with shrinking ranges."""

import random


def main() -> None:
    random.seed(2**33 + 1)
    hi = 10
    while True:
        print(hi, random.randint(0, hi))
        hi -= 3


if __name__ == "__main__":
    main()
