"""@property getters (computed and derived from other properties) and @staticmethod helpers."""


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9.0 / 5.0 + 32.0

    @property
    def is_freezing(self) -> bool:
        return self._celsius <= 0.0

    @staticmethod
    def from_fahrenheit(f: float) -> "Temperature":
        return Temperature((f - 32.0) * 5.0 / 9.0)

    @staticmethod
    def clamp(v: int, lo: int, hi: int) -> int:
        return max(lo, min(hi, v))

    def warm(self, by: float) -> None:
        self._celsius += by


class Rect:
    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h

    @property
    def area(self) -> int:
        return self.w * self.h

    @property
    def label(self) -> str:
        return f"{self.w}x{self.h}"


class Square(Rect):
    def __init__(self, side: int) -> None:
        super().__init__(side, side)

    @property
    def label(self) -> str:
        return f"square {self.w}"


def main() -> None:
    t = Temperature(-5.0)
    print(t.celsius, t.fahrenheit, t.is_freezing)
    t.warm(25.0)
    print(t.celsius, t.fahrenheit, t.is_freezing)
    u = Temperature.from_fahrenheit(212.0)
    print(f"{u.celsius:.1f}")
    print(Temperature.clamp(15, 0, 10), Temperature.clamp(-3, 0, 10), t.clamp(5, 0, 10))
    shapes: list[Rect] = [Rect(2, 3), Square(4)]
    for s in shapes:
        print(s.label, s.area)
    print(sum(s.area for s in shapes))


if __name__ == "__main__":
    main()
