def main() -> None:
    pairs = {1: "one", "two": 2}  # E: a dict display mixing 'str: int' with 'int: str' [mixed-type]
    mixed = {1, "a"}  # E: a set holding both 'int' and 'str' [mixed-type]
    nested = [[1], ["a"]]  # E: a list holding both 'list[int]' and 'list[str]' [mixed-type]
    print(pairs, mixed, nested)


main()
