"""strip/lstrip/rstrip with default whitespace and with explicit character sets."""


def show(s: str) -> str:
    return "[" + s + "]"


def main() -> None:
    s = "  \t hello world \n "
    print(show(s.strip()), show(s.lstrip()), show(s.rstrip()), show("".strip()), show("   ".strip()), show("x".strip()))
    print(show("\u3000\u00a0 wide \u2003\x85".strip()), show("\x1c\x1d\x1e\x1f a \x0b\x0c".strip()), show("\u200bzw\u200b".strip()))
    print(show("xxhixx".strip("x")), show("xyhiyx".strip("xy")), show("xyhiyx".lstrip("yx")), show("xyhiyx".rstrip("xy")))
    print(show("hello".strip("")), show("hello".strip("helo")), show("aaa".strip("a")), show("abcba".strip("ab")))
    print(show("ééhiéé".strip("é")), show("日本語日".strip("日")), show("😀 x 😀".strip("😀 ")), show("e\u0301e".strip("\u0301")))
    print(show("0001200".lstrip("0")), show("1.500".rstrip("0")), show("1.000".rstrip("0").rstrip(".")), show("--a-b--".strip("-")))
    print(show("  a  ".lstrip(" ")), show("  a  ".rstrip(" ")), show("\n\nline\n".rstrip("\n")), show("www.example.com".strip("cmowz.")))
    lines = ["  one ", "two  ", "  three", "\tfour\n"]
    print([ln.strip() for ln in lines], [len(ln.rstrip()) for ln in lines], [ln.lstrip() for ln in lines])
    raw = "  key =  value  "
    eq = raw.find("=")
    print(show(raw[:eq].strip()), show(raw[eq + 1:].strip()))


if __name__ == "__main__":
    main()
