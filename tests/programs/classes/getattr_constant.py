"""getattr with a constant attribute name is an ordinary attribute read (and raises
AttributeError the same way on None)."""


class Box:
    def __init__(self, v: int, label: str) -> None:
        self.v = v
        self.label = label


def main() -> None:
    b = Box(3, "three")
    print(getattr(b, "v") + 1, getattr(b, "label").upper())
    boxes = [Box(i, str(i)) for i in range(4)]
    print(sum(getattr(x, "v") for x in boxes))


main()
