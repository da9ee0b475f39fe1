def outer(x: int) -> int:
    def inner(y: int) -> int:  # E: nested functions are not supported yet [unsupported]
        return y * 2

    return inner(x)
