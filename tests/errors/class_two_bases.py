class A:
    x: int = 0


class B:
    y: int = 0


class C(A, B):  # E: a class with several bases (or keywords) is not supported [unsupported]
    pass


def main() -> None:
    print(A().x)
