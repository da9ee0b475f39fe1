from py4 import u8


class Base:
    pass


class Other:
    pass


class Both(Base, Other):  # E: class 'Both' has several bases: py4 classes have single inheritance [multiple-inheritance]
    pass


def area(w: int) -> float:
    return w * 2  # E: int value used where float is expected (return value) [float-promotion]


def main(name: str) -> None:
    print(eval(name))  # E: 'eval' is outside py4: it runs code given as a string [dynamic]
    items = [1, "x"]  # E: a list holding both 'int' and 'str' [mixed-type]
    level: u8 = 256  # E: constant 256 is out of range for u8 (0..255) [value-range]
    print(items, level, area(3))


main("1")
