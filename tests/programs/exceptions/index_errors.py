"""IndexError from lists, strings and tuples, caught with the runtime's message."""


def get_list(xs: list[int], i: int) -> int:
    return xs[i]


def get_str(s: str, i: int) -> str:
    return s[i]


def get_tuple(t: tuple[int, int, int], i: int) -> int:
    return t[i]


def main() -> None:
    xs = [10, 20, 30]
    for i in [0, 2, 3, -1, -3, -4, 100]:
        try:
            print("list", i, get_list(xs, i))
        except IndexError as e:
            print("list", i, "error:", e)
    for i in [0, 4, 5, -5, -6]:
        try:
            print("str", i, get_str("hello", i))
        except IndexError as e:
            print("str", i, "error:", e)
    t = (1, 2, 3)
    for i in [1, 3, -4]:
        try:
            print("tuple", i, get_tuple(t, i))
        except IndexError as e:
            print("tuple", i, "error:", e)
    try:
        xs[5] = 1
    except IndexError as e:
        print("assign:", e)
    try:
        del xs[7]
    except IndexError as e:
        print("del:", e)
    empty: list[str] = []
    try:
        empty.pop()
    except IndexError as e:
        print("pop:", e)
    try:
        xs.pop(10)
    except IndexError as e:
        print("pop index:", e)
    grid = [[1, 2], [3]]
    try:
        print(grid[1][1])
    except IndexError as e:
        print("nested:", e)
    print("xs still", xs)


if __name__ == "__main__":
    main()
