"""A user __eq__ typed as mypy requires (other: object) with isinstance narrowing: ==, !=, in, count, index."""


class Fraction:
    def __init__(self, num: int, den: int) -> None:
        self.num = num
        self.den = den

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fraction):
            return NotImplemented
        return self.num * other.den == other.num * self.den

    def __repr__(self) -> str:
        return f"{self.num}/{self.den}"


def main() -> None:
    fs = [Fraction(1, 2), Fraction(2, 3), Fraction(2, 4), Fraction(4, 6), Fraction(3, 6)]
    print(Fraction(1, 2) == Fraction(3, 6), Fraction(1, 2) != Fraction(1, 3))
    print(Fraction(4, 8) in fs, Fraction(1, 5) in fs)
    print(fs.count(Fraction(1, 2)), fs.index(Fraction(6, 9)))
    uniq: list[Fraction] = []
    for f in fs:
        if f not in uniq:
            uniq.append(f)
    print(uniq)
    print([Fraction(1, 2)] == [Fraction(2, 4)], (Fraction(1, 3), 1) == (Fraction(2, 6), 1))


if __name__ == "__main__":
    main()
