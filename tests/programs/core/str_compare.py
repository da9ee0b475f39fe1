"""String equality and ordering by code point, including non-ASCII."""


def rel(a: str, b: str) -> str:
    if a < b:
        r = "<"
    elif a > b:
        r = ">"
    else:
        r = "="
    assert (a <= b) == (r != ">")
    assert (a >= b) == (r != "<")
    assert (a == b) == (r == "=")
    assert (a != b) == (r != "=")
    return r


def main() -> None:
    print(rel("a", "b"), rel("b", "a"), rel("a", "a"), rel("", ""), rel("", "a"), rel("a", ""))
    print(rel("abc", "abd"), rel("abc", "ab"), rel("ab", "abc"), rel("Z", "a"), rel("a", "Z"))
    print(rel("10", "9"), rel("100", "1000"), rel(" ", "!"), rel("A", "a"), rel("~", "\x7f"))
    print(rel("z", "é"), rel("é", "e"), rel("é", "f"), rel("ÿ", "Ā"), rel("ά", "α"))
    print(rel("日本", "日本語"), rel("日", "本"), rel("中", "日"), rel("한", "日"))
    print(rel("😀", "日"), rel("😀", "😁"), rel("\uffff", "😀"), rel("\U0010ffff", "😀"))
    print(rel("a😀", "aé"), rel("é😀", "éa"), rel("naïve", "naive"), rel("über", "uber"))
    print(rel("\x00", ""), rel("a\x00", "a"), rel("a\x00b", "a\x00a"))
    decomposed = "e\u0301"
    composed = "é"
    print(rel(decomposed, composed), decomposed == composed, len(decomposed), len(composed))
    s = "hel"
    t = s + "lo"
    print(t == "hello", t != "hello", t == s + "lo", "hello" == "hel" + "lo")
    print("abc" < "abd" < "abe", "b" > "a" > "", s[0] == "h" != t[1])
    words = "pear apple fig banana cherry kiwi"
    smallest = "\U0010ffff"
    largest = ""
    cur = ""
    for i in range(len(words) + 1):
        if i == len(words) or words[i] == " ":
            smallest = min(smallest, cur)
            largest = max(largest, cur)
            cur = ""
        else:
            cur += words[i]
    print(smallest, largest)
    print(max("ä", "z"), min("ä", "z"), max("Ω", "ω"), min("Ω", "ω"))


if __name__ == "__main__":
    main()
