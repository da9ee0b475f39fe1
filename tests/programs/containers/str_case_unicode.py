"""Case mapping beyond ASCII: ß, ligatures, final sigma, Turkish dotted I, titlecase digraphs."""


def main() -> None:
    samples = ["straße", "STRASSE", "ß", "ﬁle ﬂow", "ΟΔΟΣ", "Σ", "ΑΣ ΣΑ", "İstanbul", "ǆemal ǅ Ǆ", "ŉ", "éCOLE À ÉTÉ", "日本語 abc", "😀 smile", "ǰ", "ΐ", "Ꭰ", "ꭰ", "ῼ", "ᾳ", "e\u0301cole", "Ωmega ω", "ÿ", "ı"]
    for s in samples:
        print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
        print("  lens", len(s), len(s.upper()), len(s.lower()), len(s.title()), len(s.capitalize()), len(s.swapcase()))
    print("ß".upper() == "SS", "straße".upper().lower(), "STRASSE".lower() == "straße", "ǅ".upper(), "ǅ".lower())
    print("ὈΔΥΣΣΕΎΣ".lower(), "ΣΑΣ.".lower(), "ΑΣ1".lower(), "Σ Σ".lower())


if __name__ == "__main__":
    main()
