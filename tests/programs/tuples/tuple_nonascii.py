"""Non-ASCII strs in tuples: repr keeps printable characters, escapes non-printable ones; comparisons by code point; as dict keys."""


def main() -> None:
    t = ("é", "日本語", "😀", "ß", "naïve")
    print(t)
    print(("\x00", "\x7f", "\x1b", "\u200b", "\u00a0", "\ud7ff", "\u2028"))
    print(("combining e\u0301", "ZWJ 👩\u200d💻", "tab\tnl\n", "quote'\"both"))
    print(repr(("Ω",)), str(("€", 1)), len(t[1]), t[2] + t[0], t[1][1])
    pairs = [("é", 1), ("e", 2), ("z", 3), ("日", 4), ("É", 5), ("😀", 6)]
    pairs.sort()
    print(pairs)
    print(("é", 1) < ("f", 0), ("日", 0) > ("z", 9), ("a", "é") == ("a", "e\u0301"))
    d = {("ü", 1): "u-umlaut", ("u", 1): "u"}
    print(d[("ü", 1)], ("ü", 2) in d, d)
    s = {("α", "β"), ("β", "α"), ("α", "β")}
    print(len(s), sorted(s))
    print(f"{t[0]}-{t[3]} {('ö', 'ø')!r} {('ö', 'ø')}")


if __name__ == "__main__":
    main()
