"""A missing tuple key raises KeyError whose message is the tuple's repr: KeyError: ('b', 2)."""


def main() -> None:
    d: dict[tuple[str, int], float] = {("a", 1): 1.5, ("b", 1): -2.0}
    print(d[("a", 1)], d["b", 1])
    for k in [("a", 1), ("b", 1)]:
        print(k, d[k])
    key = ("b", 1 + 1)
    print("looking up", key)
    print(d[key])


if __name__ == "__main__":
    main()
