"""String algorithms using only indexing, len, comparison and concatenation."""


def reverse(s: str) -> str:
    out = ""
    for i in range(len(s) - 1, -1, -1):
        out += s[i]
    return out


def is_palindrome(s: str) -> bool:
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def count_char(s: str, c: str) -> int:
    n = 0
    for i in range(len(s)):
        if s[i] == c:
            n += 1
    return n


def find(hay: str, needle: str) -> int:
    for i in range(len(hay) - len(needle) + 1):
        j = 0
        while j < len(needle) and hay[i + j] == needle[j]:
            j += 1
        if j == len(needle):
            return i
    return -1


def substring(s: str, start: int, stop: int) -> str:
    out = ""
    for i in range(start, stop):
        out += s[i]
    return out


def is_digit(c: str) -> bool:
    return "0" <= c <= "9"


def parse_sum(expr: str) -> int:
    total = 0
    cur = ""
    sign = 1
    for i in range(len(expr) + 1):
        c = expr[i] if i < len(expr) else "+"
        if is_digit(c):
            cur += c
        elif c == "+" or c == "-":
            if cur != "":
                total += sign * int(cur)
            cur = ""
            sign = 1 if c == "+" else -1
    return total


def lcs_length(a: str, b: str) -> int:
    # longest common substring length, O(n*m) with no tables
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


def caesar_digits(s: str, shift: int) -> str:
    digits = "0123456789"
    out = ""
    for i in range(len(s)):
        c = s[i]
        if is_digit(c):
            out += digits[(int(c) + shift) % 10]
        else:
            out += c
    return out


def main() -> None:
    words = "level rotor hello 日本日 kayak python たけやぶやけた a"
    start = 0
    for i in range(len(words) + 1):
        if i == len(words) or words[i] == " ":
            w = substring(words, start, i)
            print(w, reverse(w), is_palindrome(w), len(w))
            start = i + 1
    text = "the quick brown fox jumps over the lazy dog"
    print(count_char(text, "o"), count_char(text, " "), count_char(text, "z"), count_char("ééé", "é"))
    print(find(text, "fox"), find(text, "the"), find(text, "cat"), find(text, ""), find("日本語テキスト", "テキ"))
    print(parse_sum("12+30-7+100-5"), parse_sum("-1-2-3"), parse_sum("9223372036854775000+807"))
    print(lcs_length("abcdefgh", "xxcdefyy"), lcs_length("日本語のテキスト", "英語のテスト"), lcs_length("", "a"))
    print(caesar_digits("phone 555-0199", 3), caesar_digits("2024-12-31", 7))
    acc = ""
    for i in range(26):
        acc += "abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26]
    print(acc, len(acc))


if __name__ == "__main__":
    main()
