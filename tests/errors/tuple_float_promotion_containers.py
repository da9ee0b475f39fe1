def main() -> None:
    ps: list[tuple[float, float]] = [(1.5, 2.0)]
    ps.append((1, 2.0))  # E: int value used where float is expected (tuple item) [float-promotion]
    ps[0] = (3, 4.5)  # E: int value used where float is expected (tuple item) [float-promotion]
    d: dict[str, tuple[float, int]] = {}
    d["a"] = (7, 8)  # E: int value used where float is expected (tuple item) [float-promotion]
    s: set[tuple[float, int]] = set()
    s.add((2, 3))  # E: int value used where float is expected (tuple item) [float-promotion]
    x = (1.0, 2)
    x = (3, 4)  # E: int value used where float is expected (tuple item) [float-promotion]
    print(ps, d, sorted(s), x)
