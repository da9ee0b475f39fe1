"""str.split with no separator, with a separator, and with maxsplit."""


def main() -> None:
    print("a b  c".split(), "  lead and trail  ".split(), "".split(), "   ".split(), "one".split())
    print("a\tb\nc\r\nd\x0be\x0cf".split(), "x\u3000y\u00a0z\u2003w".split(), "tab\t\tsep".split())
    print("a,b,,c".split(","), ",a,".split(","), "".split(","), ",".split(","), "abc".split(","))
    print("a::b::c".split("::"), "a:::b".split("::"), "aaaa".split("aa"), "aaa".split("aa"))
    print("a b c d".split(" ", 1), "a b c d".split(" ", 2), "a b c d".split(" ", 0), "a b c d".split(" ", -1), "a b c d".split(" ", 10))
    print("a,b,c".split(",", 1), "a,,b".split(",", 1), ",,".split(",", 1))
    print("日本,語,テキスト".split(","), "é-ß-😀".split("-"), "日本語日本".split("本"), "e\u0301xe\u0301".split("x"))
    print("key=value=more".split("=", 1), "path/to/file.txt".split("/"), "1.2.3".split("."))
    line = "  alpha  beta\tgamma \n"
    words = line.split()
    print(words, len(words), [len(w) for w in words])
    csv = "name,age,city\nann,31,paris\nbob,25,berlin"
    for row in csv.split("\n"):
        cells = row.split(",")
        print(cells[0].upper(), cells[-1], len(cells))
    print("abc".split("abc"), "abcabc".split("abc"), "xabcx".split("abc"), "ab".split("abc"))
    print("a  b".split(" "), " a ".split(" "), "a\nb\n".split("\n"))
    nums = "3 14 15 92 65"
    total = 0
    for p in nums.split():
        total += int(p)
    print(total, [int(p) * 2 for p in nums.split(" ")])


if __name__ == "__main__":
    main()
