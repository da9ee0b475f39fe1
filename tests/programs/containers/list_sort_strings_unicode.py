"""Sorting strings compares code points: accents, CJK, emoji and case."""


def key_upper(s: str) -> str:
    return s.upper()


def key_rev(s: str) -> str:
    return s[::-1]


def main() -> None:
    words = ["zebra", "Zebra", "éclair", "eclair", "Éclair", "ébène", "日本", "中国", "😀", "ß", "ss", "SS", "straße", "Straße", "a", "", "æ", "å", "z"]
    print(sorted(words))
    print(sorted(words, reverse=True))
    print(sorted(words, key=key_upper))
    print(sorted(words, key=key_rev))
    chars = list("héllo wörld 日本語 😀!")
    chars.sort()
    print(chars)
    print("".join(sorted(list("sphinx of black quartz"))))
    for w in words[:8]:
        print(w, [ord(c) for c in w], w < "f", w > "é")
    pre = ["ab", "a", "abc", "ab\x00", "ab ", "aB", "a\u0301", "á"]
    pre.sort()
    print(pre)
    print(min(words), max(words), min(words, key=key_upper), max(words, key=key_rev))
    combos = ["e\u0301", "é", "e", "f"]
    print(sorted(combos), sorted(combos, reverse=True))


if __name__ == "__main__":
    main()
