class A:
    x: int = 0


class B:
    y: int = 0


class C(A, B):  # E: class 'C' has several bases: py4 classes have single inheritance [multiple-inheritance]
    pass


def main() -> None:
    print(A().x)
