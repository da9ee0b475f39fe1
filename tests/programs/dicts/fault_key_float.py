"""A missing float key: KeyError shows the float repr (0.30000000000000004)."""


def main() -> None:
    d: dict[float, str] = {0.1: "a", 0.2: "b", 0.3: "c", -0.0: "z"}
    print(d[0.0], d[0.1], d[0.3])
    print(d[0.1 + 0.2])


if __name__ == "__main__":
    main()
