def f(x: int) -> str:
    return x  # E: Incompatible return value type (got "int", expected "str") [return-value]
