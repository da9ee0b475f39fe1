def floordiv(a: int, b: int) -> int:
    return a // b
