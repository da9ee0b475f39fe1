def f(x):  # E: Function is missing a type annotation [no-untyped-def]
    return x


def g(x: int):  # E: Function is missing a return type annotation [no-untyped-def]
    return x
