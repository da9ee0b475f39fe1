"""Mutual recursion: parity, Hofstadter female/male sequences."""


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n: int) -> int:
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n: int) -> int:
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


def collatz_even(n: int, steps: int) -> int:
    if n == 1:
        return steps
    if n % 2:
        return collatz_odd(n, steps)
    return collatz_even(n // 2, steps + 1)


def collatz_odd(n: int, steps: int) -> int:
    return collatz_even(3 * n + 1, steps + 1)


def main() -> None:
    for n in range(0, 12):
        print(n, is_even(n), is_odd(n))
    print(is_even(500), is_odd(500), is_even(333), is_odd(333))
    line = ""
    for n in range(0, 25):
        line += str(hof_f(n)) + "," + str(hof_m(n)) + " "
    print(line)
    for n in range(1, 30, 4):
        print("collatz", n, collatz_even(n, 0))
    print("collatz 27", collatz_even(27, 0))


if __name__ == "__main__":
    main()
