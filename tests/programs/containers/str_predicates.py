"""isdigit/isalpha/isspace/isalnum/isupper/islower on ASCII strings and characters."""


def flags(s: str) -> str:
    out = ""
    for b in [s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower()]:
        out += "1" if b else "0"
    return out


def classify(ch: str) -> str:
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "U" if ch.isupper() else "L"
    if ch.isspace():
        return "_"
    return "."


def main() -> None:
    samples = ["", "123", "abc", "ABC", "aBc", "abc123", "ABC123", "abc 123", " ", "\t\n", "1.5", "-3", "!", "A!", "a!", "A1", "_", "\x0b\x0c\r", "hello_world"]
    for s in samples:
        print(repr(s), flags(s))
    print("".join([classify(c) for c in "Hello World 42!\tOK?"]))
    counts = [0, 0, 0, 0]
    for ch in "The year 2024 had 366 days, a Leap Year!":
        if ch.isdigit():
            counts[0] += 1
        elif ch.isupper():
            counts[1] += 1
        elif ch.islower():
            counts[2] += 1
        elif ch.isspace():
            counts[3] += 1
    print(counts)
    print([c for c in "a1B2c3" if c.isalpha()], [c for c in "a1B2c3" if c.isdigit()], "abc".isalpha() and "123".isdigit())
    tokens = "let x1 = 42 + y".split()
    print([t for t in tokens if t.isalnum()], [t for t in tokens if t.isdigit()], [t.isalpha() for t in tokens])


if __name__ == "__main__":
    main()
