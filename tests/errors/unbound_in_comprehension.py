def rows_before(n: int) -> list[list[int]]:
    copy = [row[:] for row in tri]  # E: local variable 'tri' is read before it is assigned [used-before-def]
    tri: list[list[int]] = [[1] * n]
    return copy + tri


def in_loop(xs: list[int]) -> int:
    total = 0
    for x in xs:
        total += sum([x * k for k in range(scale)])  # E: local variable 'scale' is read before it is assigned [used-before-def]
        scale: int = 2
    return total


def fine(xs: list[int]) -> list[int]:
    scale = 3
    out = [x * scale for x in xs]
    while True:
        step = 2
        break
    out += [x + step for x in xs]
    if xs:
        base = 1
    else:
        base = 2
    return [b + base for b in out]


evens = [n for n in numbers if n % 2 == 0]  # E: name 'numbers' is used before it is defined [used-before-def]
numbers: list[int] = [1, 2, 3]
print(rows_before(2), in_loop([1]), fine([1, 2]), evens)


def closure_early() -> int:
    def g() -> int:
        return x + 1
    y = g()  # E: local variable 'x' is read before it is assigned [used-before-def]
    x: int = 1
    return y + g()


def twice() -> int:
    return LIMIT * 2


print(twice())  # E: name 'LIMIT' is used before it is defined [used-before-def]
LIMIT: int = 3
print(closure_early(), twice())
