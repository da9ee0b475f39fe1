"""Strings through every path that moves a reference: parameters reassigned, early
returns from loops, globals rebound during a call, chains and conditionals of str."""

from typing import Final

GREETING: Final = "hé"
current = "start"


def rebind(s: str) -> str:
    global current
    old = current
    current = s + "!"
    return old


def first_long(limit: int) -> str:
    word = "x"
    for i in range(limit):
        word = word + str(i)
        if len(word) > 6:
            return word
    return word


def shout(s: str, times: int) -> str:
    while times > 0:
        s = s + "!"
        times -= 1
    return s


def pick(a: str, b: str) -> str:
    return a if a < b else b


def classify(s: str) -> str:
    if "a" <= s < "m":
        return "early"
    elif s >= "m" or s == "":
        return "late"
    return "other"


def main() -> None:
    print(rebind("one"), rebind("two"), current)
    print(first_long(3), first_long(10))
    print(shout(GREETING, 3), shout("", 0) == "")
    print(pick("pear", "apple"), pick("b", "b"), min("zeta", "alpha", "mu"), max("zeta", "alpha", "mu"))
    print(repr("apple"), classify("apple"), classify("mango"), classify(""), classify("Zed"))
    s = ""
    for i in range(5):
        s = s + GREETING[i % 2]
    print(s, len(s), s[-1], s and "non-empty", "" or s)
    print(f"{s!r:>12}|{current:^9}|{len(s):03d}")
    total = 0
    t = "abc"
    for i in range(3):
        t = t + t[i]
        total += len(t)
    print(t, total)


if __name__ == "__main__":
    main()
