"""An exception raised in the middle of building a string: partial results are freed,
nothing is printed by the failing print, and the traceback has every frame."""


def label(n: int) -> str:
    return "item-" + str(n)


def describe(n: int, d: int) -> str:
    return f"{label(n)} {label(n + 1)} ratio={n / d:.2f} {label(n + 2)}"


def main() -> None:
    for d in range(3, -1, -1):
        print(describe(10, d), "tail")


if __name__ == "__main__":
    main()
