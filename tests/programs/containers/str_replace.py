"""str.replace with and without count, empty patterns, overlapping and non-ASCII."""


def main() -> None:
    s = "the cat sat on the mat"
    print(s.replace("the", "a"), s.replace("at", "og"), s.replace("at", "og", 1), s.replace("at", "og", 2), s.replace("at", "og", 0))
    print(s.replace("at", "og", -1), s.replace("xyz", "q"), s.replace(" ", ""), s.replace("t", "TT"), s.replace("", "") == s)
    print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", ""))
    print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "ab"), "abab".replace("ab", "ba"), "a.b.c".replace(".", "..", 1))
    print("café".replace("é", "e"), "日本語".replace("本", "ほん"), "😀😀x".replace("😀", ":)"), "straße".replace("ß", "ss"))
    print("e\u0301".replace("e", "a"), "naïve".replace("ï", "i").upper(), "ééé".replace("é", "", 2))
    t = "a-b-c-d"
    for n in range(-1, 5):
        print(n, t.replace("-", "+", n), end="; ")
    print()
    tpl = "Hello, NAME! Welcome to PLACE, NAME."
    print(tpl.replace("NAME", "Zoë").replace("PLACE", "Zürich"))
    x = "mississippi"
    print(x.replace("ss", "SS"), x.replace("i", "", 3), x.replace("issi", "_"), x.replace("p", "pp").count("p"))
    print("\t".replace("\t", "    ") + "|", "a\nb".replace("\n", "\\n"), "tab\there".replace("\t", " "))


if __name__ == "__main__":
    main()
