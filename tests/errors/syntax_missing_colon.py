def f(x: int) -> int  # E: expected ':' [syntax]
    return x
