"""upper/lower/title/capitalize/swapcase on ASCII text with digits and punctuation."""


def main() -> None:
    samples = ["hello world", "HELLO WORLD", "hElLo WoRlD", "", "123 abc!", "they're bill's friends", "a1b2c3", "o'neil mc-donald", "  spaced  out  ", "x", "ABC", "snake_case_name", "camelCaseName", "3rd place"]
    for s in samples:
        print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
    t = "Mixed CASE text"
    print(t.upper().lower(), t.swapcase().swapcase() == t, t.lower() == t.upper().lower(), t.title().title() == t.title())
    print([w.capitalize() for w in "the lord of the rings".split()], " ".join([w.capitalize() for w in "the lord of the rings".split()]))
    print("tab\tsep".title(), "new\nline".title(), "hyphen-ated".title(), "dot.ted".title(), "num8ers".title())
    names = ["alice", "BOB", "cArOl"]
    print([n.lower() for n in names], [n.upper() for n in names], sorted([n.lower() for n in names]))
    print("ABC".lower() < "abd", "Zebra".lower() > "apple")


if __name__ == "__main__":
    main()
