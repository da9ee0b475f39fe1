"""repr() of strings: quote choice and escapes."""


def main() -> None:
    print(repr("hello"), repr(""), repr("it's"), repr('say "hi"'), repr("both ' and \""))
    print(repr("\n"), repr("\t"), repr("\r"), repr("\\"), repr("\x00"), repr("\x07"), repr("\x1b"))
    print(repr("\x7f"), repr("\x80"), repr("\x9f"), repr("\xa0"), repr("\xad"), repr("é"), repr("ÿ"))
    print(repr("héllo"), repr("日本"), repr("😀"), repr("a\tb\nc"), repr("'"), repr('"'), repr("''\"\""))
    print(repr("back\\slash"), repr("\\n"), repr("100%"), repr("{braces}"))
    s = "line1\nline2\ttab 'q' end"
    print(repr(s), len(repr(s)))
    print(f"{s!r}", f"{'x'!r}", f"{'its'!r}")
    print(repr(repr("a")), repr(repr("it's")), repr(str(1.5)), repr(str(None)))
    t = ""
    for i in range(32):
        t += repr("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f"[i])
    print(t)


if __name__ == "__main__":
    main()
