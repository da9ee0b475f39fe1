"""Float keys: -0.0 and 0.0 are the same key (first key object kept), 1.5, inf, repr of keys."""


def main() -> None:
    d: dict[float, str] = {}
    d[0.0] = "zero"
    d[-0.0] = "negzero"
    d[1.5] = "one and a half"
    d[0.1 + 0.2] = "not 0.3"
    d[0.3] = "0.3"
    d[1e16] = "big"
    d[-2.5] = "neg"
    d[float("inf")] = "inf"
    d[-float("inf")] = "-inf"
    print(d, len(d))
    print(d[0.0], d[-0.0], d[1.5], d[3.0 / 2.0], -0.0 in d, 0.30000000000000004 in d)
    e: dict[float, int] = {-0.0: 1}
    e[0.0] += 5
    print(e, e[0.0])
    del e[0.0]
    print(e, len(e))
    e[0.0] = 2
    e[-0.0] = 3
    print(e)
    counts: dict[float, int] = {}
    for x in [0.5, 1.0, -1.0, 0.5, 2.0 * 0.25, 1.0 / 3.0, 0.1 * 3.0, -0.0, 0.0, 1.0]:
        counts[x] = counts.get(x, 0) + 1
    print(counts)
    print(sorted(counts), max(counts), min(counts))
    s = {1.5, -0.0, 0.0, 2.25, 1.5}
    print(len(s), sorted(s), 0.0 in s, -0.0 in s, 1.25 in s)
    s.add(0.0)
    s.discard(-0.0)
    print(len(s), sorted(s))
    ints_as_floats: dict[float, int] = {float(i): i for i in range(-3, 4)}
    print(ints_as_floats, ints_as_floats[2.0], ints_as_floats.get(2.5, -1))
    scaled = {k * 0.5: v for k, v in ints_as_floats.items()}
    print(scaled)


if __name__ == "__main__":
    main()
