def main() -> None:
    items = [1, "two"]  # E: a list display is not supported by py4c yet [unsupported]
    print(len(items))
