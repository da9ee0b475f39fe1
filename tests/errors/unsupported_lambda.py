def main() -> None:
    print((lambda x: x + 1)(2))  # E: a lambda needs a known type here [py4c-infer]
