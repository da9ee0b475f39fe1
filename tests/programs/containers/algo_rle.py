"""Run-length encoding and decoding of strings and of int lists."""


def rle_encode(s: str) -> str:
    if s == "":
        return ""
    out: list[str] = []
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(str(n) + prev)
            prev = ch
            n = 1
    out.append(str(n) + prev)
    return "".join(out)


def rle_decode(s: str) -> str:
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit() and ord(ch) < 128:
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out


def rle_list(xs: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for x in xs:
        if len(runs) > 0 and runs[-1][0] == x:
            runs[-1][1] += 1
        else:
            runs.append([x, 1])
    return runs


def unrle_list(runs: list[list[int]]) -> list[int]:
    out: list[int] = []
    for r in runs:
        out.extend([r[0]] * r[1])
    return out


def look_and_say(s: str) -> str:
    return rle_encode(s)


def main() -> None:
    for s in ["", "a", "aaa", "aabcccccaaa", "abc", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "ééé日日😀", "  xx  "]:
        e = rle_encode(s)
        print(repr(s), repr(e), rle_decode(e) == s, len(e) < len(s))
    xs = [1, 1, 1, 2, 2, 3, 1, 1, 0, 0, 0, 0]
    r = rle_list(xs)
    print(r, unrle_list(r) == xs, rle_list([]), rle_list([5]))
    t = "1"
    for i in range(10):
        print(t)
        t = look_and_say(t)
    print(len(t))


if __name__ == "__main__":
    main()
