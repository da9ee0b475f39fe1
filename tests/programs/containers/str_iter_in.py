"""Iterating over strings, substring membership, comparison and concatenation."""


def count_vowels(s: str) -> int:
    n = 0
    for ch in s:
        if ch in "aeiouAEIOUéÉ":
            n += 1
    return n


def main() -> None:
    for ch in "héllo 日本 😀":
        print(repr(ch), ord(ch), end=" ")
    print()
    for ch in "":
        print("never", ch)
    print(count_vowels("Éléphant and owl"), count_vowels(""), count_vowels("xyz"))
    s = "the quick brown fox"
    print("quick" in s, "quack" in s, "" in s, "" in "", "x" in "", " " in s, "fox" not in s, "the q" in s)
    print("日本" in "日本語", "本日" in "日本語", "é" in "café", "e" in "cafe\u0301", "\u0301" in "cafe\u0301")
    print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "日" > "é", "😀" > "日")
    abc = "abc"
    abd = "abd"
    e_acute = "é"
    e_comb = "e\u0301"
    print(abc == "abc", abc != abd, abc == abd, e_acute == e_comb, e_acute != e_comb, "A" <= "a", "b" >= "b")
    acc = ""
    for ch in "abc":
        acc = ch + acc + ch
    print(acc)
    out = ""
    for ch in "Hello World":
        if ch == " ":
            continue
        if ch == "r":
            break
        out += ch
    else:
        out += "!"
    print(out)
    n = 0
    for ch in "ab":
        for ch2 in "日本":
            n += ord(ch) * ord(ch2)
    print(n)
    x = "abc"
    y = x
    x += "d"
    print(x, y)
    parts = ""
    for i in range(5):
        parts += str(i) + ","
    print(parts, len(parts))
    print("a" + "é" + "日" + "😀", len("a" + "é" + "日" + "😀"))


if __name__ == "__main__":
    main()
