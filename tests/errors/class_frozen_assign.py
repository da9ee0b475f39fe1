from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    x: int
    y: int


def main() -> None:
    p = P(1, 2)
    p.x = 5  # E: Property "x" defined in "P" is read-only [misc]
    print(p)


if __name__ == "__main__":
    main()
