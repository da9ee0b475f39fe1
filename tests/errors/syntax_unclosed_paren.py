def f(x: int) -> int:
    return (x + 1  # E: '(' was never closed [syntax]

print(f(1))
