def main() -> None:
    n = 1
    n = "one"  # E: Incompatible types in assignment (expression has type "str", variable has type "int") [assignment]
    print(n)
