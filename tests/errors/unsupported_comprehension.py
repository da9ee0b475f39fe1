def main() -> None:
    squares = (i * i for i in range(10))  # E: a generator expression is not supported by py4c yet [unsupported]
    print(sum(squares))
