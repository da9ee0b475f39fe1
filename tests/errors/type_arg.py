def f(x: int) -> int:
    return x + 1


print(f("one"))  # E: Argument 1 to "f" has incompatible type "str"; expected "int" [arg-type]
