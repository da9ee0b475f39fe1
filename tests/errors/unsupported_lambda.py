def main() -> None:
    print((lambda x: x + 1)(2))  # E: lambda is not supported by py4c yet [unsupported]
