def main() -> None:
    print(min(1, 2.5), max(3.5, 2))  # E: the arguments of min() have different types ('int' and 'float') [mixed-type] # E: the arguments of max() have different types ('float' and 'int') [mixed-type]
