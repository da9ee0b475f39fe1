def outer(x: int) -> int:
    class Inner:  # E: classes inside functions are not supported by py4c yet [unsupported]
        pass

    return x
