def first(p: tuple[int, str]) -> int:
    return p[0]


def main() -> None:
    print(first(("a", 1)))  # E: Argument 1 to "first" has incompatible type "tuple[str, int]"; expected "tuple[int, str]" [arg-type]
    q: tuple[int, int] = (1, 2, 3)  # E: Incompatible types in assignment (expression has type "tuple[int, int, int]", variable has type "tuple[int, int]") [assignment]
    print(q)
