"""Object parameters copied into locals, returned, and rebound: each owner keeps its
own reference (a pass once dropped the increment of such a copy)."""


def keep(s: str) -> str:
    t = s
    return t


def swap_first(a: str, b: str) -> str:
    c = a
    a = b
    return c + a


def longest(words: list[str]) -> str:
    best = words[0]
    for w in words:
        if len(w) > len(best):
            best = w
    return best


def main() -> None:
    x = keep("a" + "b")
    print(x, keep(x), swap_first("p" + "q", "r" + "s"))
    ws = ["a" + "a", "bbb" + "b", "c"]
    print(longest(ws), longest(ws), ws)


if __name__ == "__main__":
    main()
