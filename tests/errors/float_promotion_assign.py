def main() -> None:
    x: float = 1  # E: int value used where float is expected (assignment to 'x') [float-promotion]
    print(x)
