"""`except (A, B) as e` catches any listed class; order of handlers matters."""


def risky(i: int) -> str:
    xs = ["a", "b"]
    d = {"x": "y"}
    if i == 0:
        return xs[5]
    if i == 1:
        return d["nope"]
    if i == 2:
        return str(10 // (i - 2))
    if i == 3:
        return str(int("q"))
    if i == 4:
        raise TypeError("tt")
    return "fine " + str(i)


def handle(i: int) -> str:
    try:
        return risky(i)
    except (IndexError, KeyError) as e:
        return "lookup-ish: " + str(e)
    except (ValueError, ZeroDivisionError, TypeError) as e:
        return "other: " + str(e)


def main() -> None:
    for i in range(6):
        print(i, handle(i))
    count = 0
    for i in range(6):
        try:
            risky(i)
        except (IndexError,):
            count += 1
        except (KeyError, IndexError, ValueError):
            count += 10
        except (ArithmeticError, TypeError):
            count += 100
    print("count", count)


if __name__ == "__main__":
    main()
