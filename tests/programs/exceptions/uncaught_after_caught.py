"""After several caught exceptions, an uncaught one still prints the traceback and exits 1."""


def divide(a: int, b: int) -> int:
    return a // b


def main() -> None:
    results: list[int] = []
    pairs = [(10, 2), (7, 0), (9, 3), (1, 0)]
    for a, b in pairs:
        try:
            results.append(divide(a, b))
        except ZeroDivisionError as e:
            print("skipped", a, b, e)
            results.append(-1)
        finally:
            print("pair done", a, b)
    print(results)
    names = {"a": 1}
    try:
        print(names["b"])
    except KeyError:
        print("no b")
    print("about to fail", flush=True)
    try:
        print(divide(results[1], results[1] + 1))
    finally:
        print("last finally runs before the traceback")


if __name__ == "__main__":
    main()
