def half(n: int) -> float:
    if n == 0:
        return 0  # E: int value used where float is expected (return value) [float-promotion]
    return n / 2
