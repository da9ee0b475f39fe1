"""OverflowError from i64 arithmetic is caught; the value before the overflow survives."""

from py4 import i64


def double_until_overflow(start: i64) -> int:
    x = start
    steps = 0
    try:
        while True:
            x = x * 2
            steps += 1
    except OverflowError as e:
        print("overflow after", steps, "steps:", e)
    print("last value", x)
    return steps


def add(a: i64, b: i64) -> i64:
    return a + b


def main() -> None:
    print(double_until_overflow(i64(1)))
    print(double_until_overflow(i64(-3)))
    big = i64(9223372036854775807)
    try:
        print(add(big, i64(1)))
    except OverflowError as e:
        print("add:", e)
    small = i64(-9223372036854775807) - 1
    try:
        print(-small)
    except OverflowError as e:
        print("neg:", e)
    try:
        print(small - 1)
    except ArithmeticError as e:
        print("sub via ArithmeticError:", e)
    try:
        print(add(big, i64(-1)))
    except OverflowError:
        print("unexpected")
    else:
        print("no overflow")


if __name__ == "__main__":
    main()
