"""startswith/endswith with plain prefixes, empty strings, start/end bounds and non-ASCII."""


def main() -> None:
    s = "hello world"
    print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("hello world!"), s.startswith("H"))
    print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("d"), s.endswith("xhello world"))
    print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.startswith("o", -1), s.startswith("d", -1))
    print(s.endswith("hello", 0, 5), s.endswith("hell", 0, 4), s.endswith("o", 0, 5), s.endswith("lo", -7, -6), s.endswith("world", 6))
    print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 12), s.startswith("h", 100), s.endswith("", 5, 2))
    print("".startswith(""), "".endswith(""), "".startswith("a"), "a".endswith("a"))
    u = "日本語テキスト"
    print(u.startswith("日本"), u.endswith("スト"), u.startswith("本", 1), u.endswith("語", 0, 3), u.startswith("テキ", -4))
    print("café".endswith("é"), "cafe\u0301".endswith("é"), "cafe\u0301".endswith("\u0301"), "😀x".startswith("😀"))
    files = ["main.py", "README.md", "test_x.py", "setup.cfg", "test_y.txt", "日本.py"]
    print([f for f in files if f.endswith(".py")], [f for f in files if f.startswith("test_")])
    print([f for f in files if f.startswith("test_") and f.endswith(".py")], [f[:-3] for f in files if f.endswith(".py")])
    url = "https://example.com/path"
    if url.startswith("https://"):
        print(url[len("https://"):])
    for w in ["prefix", "pre", "p", "", "xpre"]:
        print(repr(w), "prefix".startswith(w), w.startswith("pre"), "prefix".endswith(w), w.endswith("x"))


if __name__ == "__main__":
    main()
