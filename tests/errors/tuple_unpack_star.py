def main() -> None:
    t = (1, 2, 3)
    a, *rest = t  # E: unpacking into this target is not supported yet [unsupported]
    print(t)
