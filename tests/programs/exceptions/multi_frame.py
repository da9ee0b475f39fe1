"""Exceptions cross several frames and are caught at the level whose handler matches."""


def level4(x: int) -> int:
    table = {1: 10, 2: 20}
    if x == 3:
        return [0][x]
    if x == 4:
        raise RuntimeError("level4 runtime")
    return table[x]


def level3(x: int) -> int:
    try:
        return level4(x) + 1
    except IndexError as e:
        print("  level3 handled", e)
        return -3


def level2(x: int) -> int:
    try:
        return level3(x) * 2
    except KeyError as e:
        print("  level2 handled", e)
        return -2
    finally:
        print("  level2 finally", x)


def level1(x: int) -> int:
    try:
        r = level2(x)
    except Exception as e:
        print("  level1 handled", e)
        return -1
    else:
        return r + 1000


def main() -> None:
    for x in range(6):
        print(x, "->", level1(x))


if __name__ == "__main__":
    main()
