"""Bare `raise` in a handler re-raises the current exception to the next handler up."""


def inner(n: int) -> int:
    try:
        return 10 // n
    except ZeroDivisionError:
        print("inner saw zero, re-raising")
        raise


def middle(n: int) -> int:
    try:
        return inner(n) + 1
    except ArithmeticError as e:
        print("middle saw:", e)
        raise
    finally:
        print("middle finally", n)


def main() -> None:
    for n in [5, 0]:
        try:
            print("result", middle(n))
        except ZeroDivisionError as e:
            print("main caught:", e)
    d = {"a": 1}
    try:
        try:
            print(d["b"])
        except KeyError:
            print("first handler")
            raise
    except LookupError as e:
        print("outer lookup", e)
    print("now uncaught re-raise")
    try:
        print(d["zz"])
    except KeyError:
        print("handler re-raises for good")
        raise


if __name__ == "__main__":
    main()
