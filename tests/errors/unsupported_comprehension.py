def main() -> None:
    xs = [1, 2]
    print([*xs, 3])  # E: starred items in a list display are not supported yet [unsupported]
