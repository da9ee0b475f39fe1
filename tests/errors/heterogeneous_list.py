def main() -> None:
    items = [1, "two"]  # E: a list holding both 'int' and 'str' [mixed-type]
    print(len(items))

