"""ljust/rjust/center/zfill with default and custom fill, and str * int."""


def box(s: str) -> str:
    return "|" + s + "|"


def main() -> None:
    for w in [-1, 0, 3, 5, 6, 7, 8, 11]:
        print(w, box("abc".ljust(w)), box("abc".rjust(w)), box("abc".center(w)), box("abcd".center(w)), box("abc".center(w, "*")))
    print(box("é".ljust(4, "·")), box("日本".rjust(5, "日")), box("😀".center(5, "-")), box("".center(4, "x")), box("".ljust(0)))
    for w in range(1, 9):
        print(box("a".center(w)), box("ab".center(w)), box("ab".center(w, "=")))
    print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "42".zfill(1), "".zfill(3), "-".zfill(3), "3.14".zfill(8), "abc".zfill(5), "-0".zfill(2), "é".zfill(3))
    print("ab" * 3, "ab" * 0, "ab" * -2, "" * 5, "é" * 4, "日本" * 2, 3 * "x", "-" * 20)
    rows = [["name", "qty", "price"], ["apple", "3", "1.25"], ["日本茶", "12", "9.5"], ["é", "100", "0.1"]]
    for row in rows:
        print(row[0].ljust(8) + row[1].rjust(5) + row[2].rjust(8) + " " + row[0].center(7, "."))
    width = 10
    print("=" * width)
    for n in [1, 22, 333]:
        print(str(n).rjust(width, "0"), str(n).zfill(width) == str(n).rjust(width, "0"))
    line = ""
    for i in range(5):
        line += ("*" * (i + 1)).center(9) + "|"
    print(line)


if __name__ == "__main__":
    main()
