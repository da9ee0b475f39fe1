"""Mixed operations on text with accents, CJK, emoji and combining marks."""


def reverse_words(s: str) -> str:
    return " ".join(s.split()[::-1])


def main() -> None:
    s = "Ça va? Très bien — 日本語のテキスト 😀👍🏽 naïve cafe\u0301"
    print(len(s), s.upper(), s.lower(), s.swapcase())
    print(s.split(), len(s.split()), reverse_words(s))
    print(s.find("日本"), s.find("😀"), s.count("é"), s.count("e"), s.replace("😀", ":-)"), s.index("—"))
    print([len(w) for w in s.split()], [w[::-1] for w in s.split()[:3]], s[::-1])
    print(f"|{'日本':>6}|{'é':^5}|{'😀':<3}|{'ß':*>4}|", "|{:>6}|{:^5}|".format("日本", "é"))
    print("日本".ljust(4) + "|", "👍🏽".center(6, ".") + "|", len("👍🏽"), [ord(c) for c in "👍🏽"])
    chars: list[str] = []
    for ch in "héllo😀":
        chars.append(ch)
    print(chars, "".join(chars) == "héllo😀", list("héllo😀") == chars)
    words = ["zoë", "Zoe", "zoe", "ÉMILE", "émile", "Émile", "日本", "ß"]
    print(sorted(words), [w.upper() for w in words], [w.title() for w in words])
    print("ü" in "Müller", "Müller".startswith("Mü"), "Müller".endswith("er"), "Müller".lower().replace("ü", "ue"))
    emoji = "😀😃😄😁"
    print(emoji[1], emoji[1:3], emoji[::-1], emoji.find("😄"), len(emoji), emoji * 2)
    nfd = "e\u0301"
    print(len(nfd), nfd == "é", repr(nfd), nfd.upper(), [ord(c) for c in nfd.upper()], nfd[::-1] == "\u0301e")


if __name__ == "__main__":
    main()
