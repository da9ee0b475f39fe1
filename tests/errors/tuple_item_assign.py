def main() -> None:
    t = (1, 2)
    t[0] = 5  # E: Unsupported target for indexed assignment ("tuple[int, int]") [index]
    print(t)
