"""Character predicates on non-ASCII text: digits of other scripts, marks, wide spaces."""


def flags(s: str) -> str:
    out = ""
    for b in [s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower()]:
        out += "1" if b else "0"
    return out


def main() -> None:
    samples = ["é", "É", "ß", "日本", "日本語abc", "٣٤", "²", "½", "①", "Ⅻ", "\u3000", "\u00a0", "\u2028", "\u200b", "\x1c", "\x85", "e\u0301", "\u0301", "ǅ", "ª", "ᵃ", "Ω", "ω", "😀", "ｱ", "Ａ１", "٣a", "é1", "ÉCOLE", "école", "ÉCOLE1", "日本A", "日本a"]
    for s in samples:
        print(repr(s), flags(s))
    text = "Zoë got ２ ⅓ cups of 日本茶 in 2024"
    print([w for w in text.split() if w.isalpha()], [w for w in text.split() if w.isdigit()], [w for w in text.split() if w.isalnum()])
    print(sum([1 for c in text if c.isupper()]), sum([1 for c in text if c.islower()]), sum([1 for c in text if c.isspace()]))


if __name__ == "__main__":
    main()
