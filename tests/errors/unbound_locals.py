def first_positive(xs: list[int]) -> int:
    for x in xs:
        if x > 0:
            found = x
            break
    return found  # E: Name "found" may be undefined [possibly-undefined]


def caught(s: str) -> int:
    try:
        v = int(s)
    except ValueError:
        print("bad")
    return v  # E: Name "v" may be undefined [possibly-undefined]


print(first_positive([1]), caught("3"))
