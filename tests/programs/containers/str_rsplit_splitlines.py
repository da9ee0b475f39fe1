"""str.rsplit (with and without maxsplit) and str.splitlines on all line breaks."""


def main() -> None:
    print("a b  c".rsplit(), "  x  y ".rsplit(), "".rsplit(), "a,b,c".rsplit(","), "a,b,c".rsplit(",", 1))
    print("a b c d".rsplit(" ", 2), "a b c d".rsplit(" ", 0), "a b c d".rsplit(" ", -1), "aaa".rsplit("aa"), "aaaa".rsplit("aa", 1))
    print("file.tar.gz".rsplit(".", 1), "/usr/local/bin".rsplit("/", 1), "no-dots".rsplit(".", 1), "日本.語.テ".rsplit(".", 1))
    print(",,".rsplit(",", 1), "a,,b".rsplit(",", 1), "x::y::z".rsplit("::", 1))
    print("one\ntwo\nthree".splitlines(), "one\ntwo\n".splitlines(), "\n".splitlines(), "".splitlines(), "no newline".splitlines())
    print("a\r\nb\rc\nd".splitlines(), "a\n\nb".splitlines(), "\n\n".splitlines(), "a\r\n".splitlines(), "a\r\r\nb".splitlines())
    print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
    print("日本\n語\r\nテキスト\n".splitlines(), len("x\ny\n".splitlines()))
    text = "first line\n  second line  \n\nfourth\n"
    for i, ln in enumerate(text.splitlines()):
        print(i, repr(ln), repr(ln.strip()), len(ln.split()))
    print(text.split("\n"), text.splitlines() == text.split("\n")[:-1])


if __name__ == "__main__":
    main()
