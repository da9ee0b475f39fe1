"""An exception raised inside a handler replaces the original and escapes uncaught."""


def average(xs: list[int]) -> float:
    try:
        return sum(xs) / len(xs)
    except ZeroDivisionError:
        print("empty list, looking up a default")
        defaults: dict[str, float] = {"avg": 0.0}
        return defaults["average"]


def main() -> None:
    print(average([1, 2, 3, 4]))
    try:
        print(average([]))
    except KeyError as e:
        print("caught the handler's KeyError:", e)
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            print("handling", e)
            raise TypeError("second")
    except TypeError as e:
        print("outer got", e)
    try:
        raise IndexError("original")
    except IndexError as e:
        print("handling", e)
        raise RuntimeError(f"while handling: {e}")


if __name__ == "__main__":
    main()
