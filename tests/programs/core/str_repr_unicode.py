"""repr() of non-ASCII strings: printable characters stay, others are escaped."""


def main() -> None:
    print(repr("\u00a0"), repr("\u00ad"), repr("\u2028"), repr("\u2029"), repr("\u200b"), repr("\u200d"))
    print(repr("\u3000"), repr("\ufeff"), repr("\ufffd"), repr("\uffff"), repr("\ue000"), repr("\U000e0001"))
    print(repr("\u0301"), repr("\u0600"), repr("\u061c"), repr("\u2066"), repr("\u00b5"), repr("\u00d7"))
    print(repr("\U0001f600"), repr("\U0001fa78"), repr("\U00010000"), repr("\U0010ffff"), repr("\U000f0000"))
    print(repr("ǅ"), repr("ß"), repr("İ"), repr("€"), repr("\u20c0"), repr("\u0378"), repr("\u0085"))
    print(repr("Ελληνικά"), repr("עברית"), repr("العربية"), repr("हिन्दी"), repr("ไทย"))
    print(repr("mixed\u00a0space and\u2003em"), repr("zero\u200bwidth"))


if __name__ == "__main__":
    main()
