def main() -> None:
    print(eval("1 + 2"))  # E: 'eval' is not supported by py4c yet [unsupported]
