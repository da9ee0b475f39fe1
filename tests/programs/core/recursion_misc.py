"""Assorted recursive functions: hanoi, power, digits, binomials, strings."""


def hanoi(n: int, src: str, dst: str, via: str, show: bool) -> int:
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst, show)
    if show:
        print(f"move disk {n} {src} -> {dst}")
    moves += 1
    return moves + hanoi(n - 1, via, dst, src, show)


def power(b: int, e: int) -> int:
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b


def fpower(b: float, e: int) -> float:
    if e == 0:
        return 1.0
    if e < 0:
        return 1.0 / fpower(b, -e)
    return b * fpower(b, e - 1)


def digit_sum(n: int) -> int:
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


def digital_root(n: int) -> int:
    if n < 10:
        return n
    return digital_root(digit_sum(n))


def binom(n: int, k: int) -> int:
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


def reverse(s: str, i: int) -> str:
    if i < 0:
        return ""
    return s[i] + reverse(s, i - 1)


def is_pal(s: str, lo: int, hi: int) -> bool:
    if lo >= hi:
        return True
    if s[lo] != s[hi]:
        return False
    return is_pal(s, lo + 1, hi - 1)


def count_down(n: int) -> None:
    if n < 0:
        print("liftoff")
        return
    print(n, end=" ")
    count_down(n - 1)


def to_base(n: int, b: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n < b:
        return digits[n]
    return to_base(n // b, b) + digits[n % b]


def main() -> None:
    print(hanoi(3, "A", "C", "B", True))
    print(hanoi(16, "A", "C", "B", False))
    print(power(3, 39), power(2, 62), power(-7, 21), power(10, 0))
    print(fpower(2.0, 10), fpower(2.0, -3), fpower(1.1, 7), fpower(-0.5, 5))
    print(digit_sum(9223372036854775807), digital_root(9223372036854775807), digit_sum(0))
    row = ""
    for k in range(0, 13):
        row += str(binom(12, k)) + " "
    print(row)
    print(reverse("stressed", 7), reverse("日本語テキスト", 6), reverse("", -1))
    print(is_pal("racecar", 0, 6), is_pal("abca", 0, 3), is_pal("たけやぶやけた", 0, 6))
    count_down(10)
    print(to_base(255, 2), to_base(255, 16), to_base(9223372036854775807, 36), to_base(0, 7))


if __name__ == "__main__":
    main()
