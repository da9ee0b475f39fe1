def square(v: float) -> float:
    return v * v


def fail(msg: str) -> None:
    raise ValueError(msg)
