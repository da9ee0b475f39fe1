"""dict.update: overriding keeps the original position, new keys appended; copy independence."""


def merged(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = a.copy()
    out.update(b)
    return out


def main() -> None:
    base = {"host": 1, "port": 2, "debug": 3}
    over = {"debug": 30, "user": 40, "host": 10}
    m = merged(base, over)
    print(m, base, over)
    print(list(m), merged(over, base))
    m.update(m)
    print(m)
    empty: dict[str, int] = {}
    m.update(empty)
    empty.update(m)
    print(m == empty, empty)
    empty["host"] = 0
    print(m["host"], empty["host"])
    layers = [{"a": 1}, {"b": 2, "a": 3}, {"c": 4}, {"a": 5, "d": 6}]
    acc: dict[str, int] = {}
    for layer in layers:
        acc.update(layer)
        print(acc)
    nested: dict[str, list[int]] = {"x": [1]}
    other: dict[str, list[int]] = {"x": [2], "y": [3]}
    nested.update(other)
    other["x"].append(99)
    print(nested, other)
    c = nested.copy()
    c["y"] = []
    print(nested, c)


if __name__ == "__main__":
    main()
