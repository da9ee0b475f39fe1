def main() -> None:
    try:
        print(1 // 0)
    except ZeroDivisionError as e:
        print(repr(e))  # E: repr() of an exception is not supported yet [unsupported]
    raise  # E: a bare raise outside an except block is not supported [unsupported]
