"""Building strings: += in loops, join of pieces, repeated slicing and reconstruction."""


def to_binary(n: int) -> str:
    if n == 0:
        return "0"
    out = ""
    while n > 0:
        out = str(n % 2) + out
        n //= 2
    return out


def interleave(a: str, b: str) -> str:
    out: list[str] = []
    for i in range(max(len(a), len(b))):
        if i < len(a):
            out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return "".join(out)


def rotate(s: str, k: int) -> str:
    if s == "":
        return s
    k %= len(s)
    return s[k:] + s[:k]


def main() -> None:
    print([to_binary(n) for n in [0, 1, 2, 5, 255, 1024]])
    print(interleave("abc", "12345"), interleave("", "xy"), interleave("日本語", "éé"))
    for k in [-2, 0, 1, 3, 7]:
        print(k, rotate("abcde", k), rotate("日本語テ", k), rotate("", k))
    acc = ""
    for i in range(20):
        acc += chr(ord("a") + i % 26) * (i % 3)
    print(acc, len(acc))
    s = "x"
    for i in range(10):
        s = s + s[::-1] + str(i)
    print(len(s), s[:30], s[-10:])
    pieces: list[str] = []
    for i in range(1, 16):
        pieces.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
    print(" ".join(pieces))
    t = "the rain in spain"
    caps = ""
    for i, ch in enumerate(list(t)):
        caps += ch.upper() if i % 2 == 0 else ch
    print(caps, t.title(), t[::-1].title()[::-1])
    big = ""
    for i in range(2000):
        big += "é"
    print(len(big), big[1000:1003], big.count("é"))


if __name__ == "__main__":
    main()
