"""str.index/rindex (successful lookups) and str.count with start/end."""


def main() -> None:
    s = "banana bandana"
    print(s.index("a"), s.index("an"), s.index("ban", 1), s.index("a", -3), s.index("", 4), s.index("na", 3, 7))
    print(s.rindex("a"), s.rindex("an"), s.rindex("ban", 0, 10), s.rindex("a", 0, 5), s.rindex(""), s.rindex("na", -6), s.rindex("an", -6, -1))
    print(s.count("a"), s.count("an"), s.count("ana"), s.count("nana"), s.count("z"), s.count(""), s.count("a", 7), s.count("a", 0, 6))
    print(s.count("a", -4), s.count("a", -100, 100), s.count("", 3, 5), s.count("", 20), s.count("", 14), s.count("a", 5, 2))
    print("aaaa".count("aa"), "aaaa".count("a"), "".count(""), "".count("a"), "abc".count("abcd"), "ababab".count("aba"))
    u = "ééé日本日本😀😀"
    print(u.index("日"), u.rindex("日"), u.count("é"), u.count("日本"), u.count("😀"), u.index("😀"), u.rindex("é", 0, 2))
    print("e\u0301e\u0301".count("e"), "e\u0301e\u0301".count("\u0301"), "é".count("e"))
    text = "one two three two one two"
    print(text.count("two"), text.count(" "), text.count("two", text.index("three")), text.rindex("one"), text.index("two", 5))
    word = "mississippi"
    for ch in "misp":
        print(ch, word.count(ch), word.index(ch), word.rindex(ch), word.count(ch, 4), word.count(ch, 0, 4))


if __name__ == "__main__":
    main()
