"""__lt__, __gt__, __le__, __ge__ on user objects through the comparison operators, with reflection."""


class Version:
    def __init__(self, major: int, minor: int, patch: int) -> None:
        self.major = major
        self.minor = minor
        self.patch = patch

    def key(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def __lt__(self, other: "Version") -> bool:
        return self.key() < other.key()

    def __gt__(self, other: "Version") -> bool:
        return self.key() > other.key()

    def __le__(self, other: "Version") -> bool:
        return self.key() <= other.key()

    def __ge__(self, other: "Version") -> bool:
        return self.key() >= other.key()

    def __repr__(self) -> str:
        return f"v{self.major}.{self.minor}.{self.patch}"


class Score:
    def __init__(self, points: int) -> None:
        self.points = points

    def __lt__(self, other: "Score") -> bool:
        print("  lt", self.points, other.points)
        return self.points < other.points


def parse(s: str) -> Version:
    parts = [int(p) for p in s.split(".")]
    return Version(parts[0], parts[1], parts[2])


def main() -> None:
    vs = [parse(s) for s in ["1.2.3", "0.9.12", "1.10.0", "1.2.3", "2.0.0", "1.2.10"]]
    a, b = parse("1.2.3"), parse("1.2.4")
    print(a < b, a > b, a <= b, a >= b)
    print(a <= parse("1.2.3"), a >= parse("1.2.3"), a < parse("1.2.3"))
    newest = vs[0]
    oldest = vs[0]
    for v in vs:
        if v > newest:
            newest = v
        if v < oldest:
            oldest = v
    print(newest, oldest, [v for v in vs if v >= parse("1.2.3") and v <= parse("1.10.0")])
    print(a is vs[0], a is a)
    x, y = Score(3), Score(5)
    print(x < y)
    print(y > x)
    print(Score(9) > Score(1))


if __name__ == "__main__":
    main()
