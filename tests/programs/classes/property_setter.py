"""A property with a setter: assignment and += call it; a failing setter at the end."""

class Temperature:
    def __init__(self, celsius: float) -> None:
        self._c = celsius

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self) -> float:
        return self._c * 9 / 5 + 32


def main() -> None:
    t = Temperature(20.0)
    print(t.celsius, t.fahrenheit)
    t.celsius = 100.0
    print(t.celsius, t.fahrenheit)
    t.celsius += 1.5
    print(t.celsius)
    t.celsius = -300.0


if __name__ == "__main__":
    main()
