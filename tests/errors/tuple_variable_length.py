def total(xs: tuple[int, ...]) -> int:  # E: variable-length tuples 'tuple[T, ...]' are not supported yet [unsupported]
    return sum(xs)


def main() -> None:
    e: tuple[str, ...] = ()  # E: variable-length tuples 'tuple[T, ...]' are not supported yet [unsupported]
    print(e)
