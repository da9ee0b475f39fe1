"""A bare `except:` catches everything, including SystemExit, and can re-raise."""

import sys


def step(i: int) -> int:
    if i == 1:
        return [1][i]
    if i == 2:
        sys.exit(9)
    if i == 3:
        raise RuntimeError("three")
    return i * 10


def main() -> None:
    caught = 0
    for i in range(5):
        try:
            print("value", step(i))
        except:
            caught += 1
            print("caught something at", i)
    print("caught", caught)
    try:
        try:
            step(3)
        except:
            print("bare handler re-raises")
            raise
    except RuntimeError as e:
        print("outer got", e)


if __name__ == "__main__":
    main()
