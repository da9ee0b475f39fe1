"""ZeroDivisionError from int //, %, / and float /, //, % is caught and its message printed."""


def int_floordiv(a: int, b: int) -> int:
    return a // b


def int_mod(a: int, b: int) -> int:
    return a % b


def int_truediv(a: int, b: int) -> float:
    return a / b


def float_div(a: float, b: float) -> float:
    return a / b


def float_floordiv(a: float, b: float) -> float:
    return a // b


def float_mod(a: float, b: float) -> float:
    return a % b


def main() -> None:
    for b in [2, 0, -3]:
        try:
            print("//", int_floordiv(7, b))
        except ZeroDivisionError as e:
            print("caught //", e)
        try:
            print("%", int_mod(7, b))
        except ZeroDivisionError as e:
            print("caught %", e)
        try:
            print("/", int_truediv(7, b))
        except ZeroDivisionError as e:
            print("caught /", e)
    for fb in [0.5, 0.0, -0.0]:
        try:
            print("f/", float_div(3.0, fb))
        except ZeroDivisionError as e:
            print("caught f/", e)
        try:
            print("f//", float_floordiv(3.0, fb))
        except ZeroDivisionError as e:
            print("caught f//", e)
        try:
            print("f%", float_mod(3.0, fb))
        except ZeroDivisionError as e:
            print("caught f%", e)
    try:
        q, r = divmod(5, 0)
        print(q, r)
    except ZeroDivisionError as e:
        print("caught divmod", e)
    total = 0
    for d in range(-2, 3):
        try:
            total += 100 // d
        except ZeroDivisionError:
            total += 1000
    print("total", total)


if __name__ == "__main__":
    main()
