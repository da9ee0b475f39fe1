"""Lists, dicts, sets and tuples of `X | None` for numbers, bools and str: displays that
mix None with values (the join mypy infers), None checks, count/index/in, equality,
repr, None as a dict key and a set item."""
def first_positive(xs: list[int]) -> int | None:
    for x in xs:
        if x > 0:
            return x
    return None


def main() -> None:
    vals: list[int | None] = [1, None, 3]
    vals.append(None)
    vals.append(first_positive([-1, 5]))
    print(vals, len(vals))
    total = 0
    for v in vals:
        if v is not None:
            total += v
    print(total)
    print([v for v in vals if v is not None])
    print(vals.count(None), None in vals, vals.index(3))
    d: dict[str, float | None] = {"a": 1.5, "z": None}
    d["b"] = None
    d["c"] = None
    print(d)
    for k, fv in d.items():
        print(k, fv is None, fv)
    names: list[str | None] = ["x", None]
    print(names, names[1] is None)
    t: tuple[int | None, str] = (None, "q")
    print(t)
    m = vals[1]
    print(m is None, m)
    vals[1] = 7
    want: list[int | None] = [1, 7, 3, None, 5]
    print(vals == want)
    print(sorted([v for v in vals if v is not None]))


main()
mixed = [1, None, 2]
print(mixed, [None, 2.5], {1: None, 2: 3})
s = {None, 4}
print(len(s), 4 in s, None in s, 5 in s)
od: dict[int | None, str] = {None: "none", 1: "one"}
print(od[None], od[1], od)
print(sorted([3, 1, 2]) == [1, 2, 3], [1, None] == [1, None], [1, None] != [None, 1])
print(max([4, 9, 2]), [x for x in [1, None, 3] if x])
pairs: list[tuple[str, int | None]] = [("a", 1), ("b", None)]
print(pairs)
fl: list[float | None] = [1.5, None]
fl.sort(key=lambda v: 0.0 if v is None else v)
print(fl)
bl: list[bool | None] = [True, None, False]
print(bl, bl.count(False))
