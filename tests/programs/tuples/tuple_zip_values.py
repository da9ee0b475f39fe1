"""zip and enumerate items as tuple values: list(zip(...)), list(enumerate(...)), for p in zip(...), sorted(zip(...)), dict comprehensions with tuple values."""


def main() -> None:
    xs = [3, 1, 2]
    ys = ["c", "a", "b"]
    z = list(zip(xs, ys))
    e = list(enumerate(ys))
    print(z, e, sorted(z), sorted(zip(ys, xs)))
    for p in zip(xs, ys):
        print(p)
    for q in enumerate(ys, 1):
        print(q, q[0])
    dz = {k: (v, -v) for k, v in zip(ys, xs)}
    print(dz, sorted(dz.values()))


if __name__ == "__main__":
    main()
