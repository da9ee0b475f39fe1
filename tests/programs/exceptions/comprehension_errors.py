"""Exceptions raised inside list, dict and set comprehensions and generator sums."""


def inv(x: int) -> int:
    return 120 // x


def main() -> None:
    data = [1, 2, 3, 0, 4]
    try:
        print([inv(x) for x in data])
    except ZeroDivisionError as e:
        print("list comp:", e)
    print([inv(x) for x in data if x != 0])
    words = ["a", "bb", "ccc"]
    lookup = {"a": 1, "bb": 2}
    try:
        print({w: lookup[w] for w in words})
    except KeyError as e:
        print("dict comp:", e)
    try:
        print(sorted({int(w) for w in ["1", "2", "three"]}))
    except ValueError as e:
        print("set comp:", e)
    print(sorted({int(w) % 3 for w in ["1", "2", "4", "9"]}))
    try:
        print(sum(inv(x) for x in data))
    except ArithmeticError as e:
        print("generator:", e)
    grid = [[1, 2], [3], [4, 5]]
    try:
        print([row[1] for row in grid])
    except IndexError as e:
        print("nested index:", e)
    ok: list[int] = []
    for row in grid:
        try:
            ok.extend([row[i] * 10 for i in range(2)])
        except IndexError:
            ok.append(-1)
    print(ok)


if __name__ == "__main__":
    main()
