"""break and continue inside except/else handlers, with finally still running."""


def first_number(items: list[str]) -> int:
    result = -1
    for s in items:
        try:
            v = int(s)
        except ValueError:
            print("skip", s)
            continue
        else:
            result = v
            break
        finally:
            print("looked at", s)
    return result


def sum_until_error(xs: list[int]) -> int:
    total = 0
    i = 0
    while i < 10:
        try:
            total += 60 // xs[i]
        except ZeroDivisionError:
            i += 1
            continue
        except IndexError:
            break
        finally:
            total += 1000
        i += 1
    return total


def main() -> None:
    print(first_number(["a", "b", "12", "13"]))
    print(first_number(["x"]))
    print(sum_until_error([1, 0, 3, 0, 5]))


if __name__ == "__main__":
    main()
