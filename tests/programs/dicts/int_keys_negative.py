"""Int keys including negatives, -1/-2 (equal CPython hashes), huge values and sparse keys."""


def main() -> None:
    d: dict[int, str] = {}
    for k in [-1, -2, 0, 1, 2, -1, 9223372036854775807, -9223372036854775808, 2305843009213693951]:
        d[k] = f"v{k}"
    print(d, len(d))
    print(d[-1], d[-2], -3 in d, d.get(-3, "none"), 2305843009213693951 in d)
    squares = {i: i * i for i in range(-5, 6)}
    print(squares)
    inv: dict[int, list[int]] = {}
    for k, v in squares.items():
        inv.setdefault(v, []).append(k)
    print(inv)
    print(sorted(squares), max(squares), min(squares), sum(squares.values()))
    sparse: dict[int, int] = {}
    k = 1
    for i in range(39):
        sparse[k] = i
        k = k * -3
    print(len(sparse), sparse[-3], sparse[1], sorted(sparse)[:3], sorted(sparse)[-3:])
    mods: dict[int, int] = {}
    for n in range(-20, 21):
        m = n % 7
        mods[m] = mods.get(m, 0) + n
    print(mods)
    divs: dict[int, int] = {}
    for n in range(-20, 21):
        q = n // 6
        divs[q] = divs.get(q, 0) + 1
    print(divs)


if __name__ == "__main__":
    main()
