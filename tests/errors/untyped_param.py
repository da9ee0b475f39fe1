def scale(x: int, factor) -> int:  # E: Function is missing a type annotation for one or more parameters [no-untyped-def]
    return x * factor  # E: Returning Any from function declared to return "int" [no-any-return]


def total(values: list) -> int:  # E: Missing type arguments for generic type "list" [type-arg]
    return len(values)


print(scale(2, 3), total([1]))
