"""Class-level constants read through self.X and Cls.X, including Final ones and inherited ones."""
from typing import Final


class Config:
    LIMIT = 10
    NAME = "cfg"
    RATE: Final = 3
    SCALE: Final[float] = 0.5
    PRIMES: Final = (2, 3, 5, 7)

    def __init__(self, n: int) -> None:
        self.n = n

    def capped(self) -> int:
        return min(self.n, self.LIMIT)

    def scaled(self) -> float:
        return self.n * self.SCALE * Config.RATE


class Strict(Config):
    EXTRA = 100

    def capped(self) -> int:
        return min(self.n, Config.LIMIT // 2) + self.EXTRA


def main() -> None:
    print(Config.LIMIT, Config.NAME, Config.RATE, Config.SCALE, Config.PRIMES)
    c = Config(42)
    print(c.capped(), c.scaled(), c.LIMIT, c.RATE)
    s = Strict(7)
    print(s.capped(), s.scaled(), Strict.LIMIT, Strict.EXTRA)
    items: list[Config] = [Config(3), Strict(3), Config(30), Strict(30)]
    print([x.capped() for x in items])
    total = 0
    for p in Config.PRIMES:
        total += p * Config.RATE
    print(total, len(Config.NAME) * Config.LIMIT)


if __name__ == "__main__":
    main()
