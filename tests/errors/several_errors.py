def f(x: int) -> float:
    return x  # E: int value used where float is expected (return value) [float-promotion]


def g(flag: bool) -> int:
    return flag  # E: bool value used where int is expected (return value) [bool-promotion]


print(f(1), g(True))
