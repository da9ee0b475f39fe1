"""Palindromes (with normalization), anagram checks via sorted(), grouping anagrams."""


def clean(s: str) -> str:
    return "".join([c.lower() for c in s if c.isalnum()])


def is_pal(s: str) -> bool:
    c = clean(s)
    return c == c[::-1]


def is_pal_two_ptr(s: str) -> bool:
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def is_anagram(a: str, b: str) -> bool:
    return sorted(list(clean(a))) == sorted(list(clean(b)))


def signature(w: str) -> str:
    return "".join(sorted(list(w.lower())))


def longest_pal_sub(s: str) -> str:
    best = ""
    for center in range(len(s)):
        for width in [0, 1]:
            lo = center
            hi = center + width
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


def main() -> None:
    for s in ["racecar", "A man, a plan, a canal: Panama!", "hello", "", "x", "Ésope reste ici et se repose", "日本日", "ab", "Was it a car or a cat I saw?"]:
        print(repr(s), is_pal(s), is_pal_two_ptr(s), is_pal_two_ptr(clean(s)), clean(s))
    pairs = [["listen", "silent"], ["Dormitory", "dirty room"], ["hello", "world"], ["", ""], ["aab", "abb"], ["été", "tée"]]
    for p in pairs:
        print(p, is_anagram(p[0], p[1]))
    words = ["eat", "tea", "tan", "ate", "nat", "bat", "Tab", "été", "tée"]
    sigs: list[str] = []
    groups: list[list[str]] = []
    for w in words:
        sg = signature(w)
        if sg in sigs:
            groups[sigs.index(sg)].append(w)
        else:
            sigs.append(sg)
            groups.append([w])
    print(sigs, groups)
    for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "", "abacdfgdcaba", "日本本日x"]:
        print(repr(s), repr(longest_pal_sub(s)))


if __name__ == "__main__":
    main()
