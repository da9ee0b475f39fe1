"""A safe division table: cells that divide by zero print a marker instead."""


def safe_div(a: int, b: int) -> str:
    try:
        q = a / b
    except ZeroDivisionError:
        return "   ---"
    else:
        return f"{q:6.2f}"


def safe_mod(a: int, b: int) -> str:
    try:
        return f"{a % b:4d}"
    except ZeroDivisionError:
        return "   -"


def main() -> None:
    cols = [-2, -1, 0, 1, 2, 3]
    print("   a/b" + "".join(f"{c:6d}" for c in cols))
    for a in range(-3, 4, 2):
        print(f"{a:6d}" + "".join(safe_div(a, b) for b in cols))
    print()
    for a in [7, -7, 0]:
        print(f"{a:4d}" + "".join(safe_mod(a, b) for b in cols))
    errors = 0
    for a in range(5):
        for b in range(3):
            try:
                _ = (a * 1.5) // (b - 1)
            except ZeroDivisionError:
                errors += 1
    print("float floordiv errors", errors)


if __name__ == "__main__":
    main()
