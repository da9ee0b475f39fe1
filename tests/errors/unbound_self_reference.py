def self_reference(n: int) -> int:
    ys: list[int] = [n, len(ys)]  # E: local variable 'ys' is read in its own first assignment [used-before-def]
    table: dict[str, int] = {"a": table.get("a", 0)}  # E: local variable 'table' is read in its own first assignment [used-before-def]
    return ys[0] + len(table)


def rebinding(n: int) -> int:
    n = n + 1  # a parameter is bound on entry
    xs = [n]
    xs = xs + [len(xs)]  # not the first assignment
    return len(xs)


print(self_reference(2), rebinding(1))
