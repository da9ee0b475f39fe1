"""Sliding windows with dicts: longest substring without repeats, anagram windows, min cover."""


def longest_unique(s: str) -> str:
    last: dict[str, int] = {}
    start = 0
    best_lo = 0
    best_len = 0
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i - start + 1 > best_len:
            best_len = i - start + 1
            best_lo = start
    return s[best_lo:best_lo + best_len]


def anagram_starts(s: str, p: str) -> list[int]:
    need: dict[str, int] = {}
    for ch in p:
        need[ch] = need.get(ch, 0) + 1
    win: dict[str, int] = {}
    out: list[int] = []
    for i, ch in enumerate(s):
        win[ch] = win.get(ch, 0) + 1
        if i >= len(p):
            old = s[i - len(p)]
            win[old] -= 1
            if win[old] == 0:
                del win[old]
        if win == need:
            out.append(i - len(p) + 1)
    return out


def min_window(s: str, t: str) -> str:
    need: dict[str, int] = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing = len(t)
    lo = 0
    best = ""
    for hi, ch in enumerate(s):
        if need.get(ch, 0) > 0:
            missing -= 1
        need[ch] = need.get(ch, 0) - 1
        while missing == 0:
            if best == "" or hi - lo + 1 < len(best):
                best = s[lo:hi + 1]
            need[s[lo]] += 1
            if need[s[lo]] > 0:
                missing += 1
            lo += 1
    return best


def main() -> None:
    for s in ["abcabcbb", "bbbbb", "pwwkew", "", "日本日本語", "abcdefg", "dvdf"]:
        print(repr(s), repr(longest_unique(s)))
    print(anagram_starts("cbaebabacd", "abc"), anagram_starts("abab", "ab"), anagram_starts("été tée", "éét"))
    print(repr(min_window("ADOBECODEBANC", "ABC")), repr(min_window("a", "aa")), repr(min_window("aa", "aa")))


if __name__ == "__main__":
    main()
