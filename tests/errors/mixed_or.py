def main() -> None:
    n = 0
    x = 1.5
    print(n or x)  # E: the operands of 'or' have different types ('int' and 'float') [mixed-type]
