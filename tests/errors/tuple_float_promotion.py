def scale(p: tuple[float, float], k: float) -> tuple[float, float]:
    return p[0] * k, 0  # E: int value used where float is expected (tuple item) [float-promotion]


def main() -> None:
    t: tuple[float, int] = (1, 2)  # E: int value used where float is expected (tuple item) [float-promotion]
    print(t, scale((1, 2.5), 2.0))  # E: int value used where float is expected (tuple item) [float-promotion]
    b: tuple[int, str] = (True, "x")  # E: bool value used where int is expected (tuple item) [bool-promotion]
    print(b)
