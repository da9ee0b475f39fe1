def main() -> None:
    t = (1, 2)
    print(f"{t:>10}")  # E: formatting 'tuple[int, int]' with a format spec is not supported yet [unsupported]
    print(f"{t:}", "{:5}".format(t))  # E: formatting 'tuple[int, int]' with a format spec is not supported yet [unsupported]
