def outer(x: int) -> int:
    class Inner:  # E: classes inside functions are outside py4: a class is defined once, at module level [nested-class]
        pass

    return x
