"""list.sort and sort(reverse=True) on ints, floats, strs, bools and nested lists."""


def main() -> None:
    xs = [5, -3, 9, 0, 9, -3, 2, 100, -100, 1]
    xs.sort()
    print(xs)
    xs.sort(reverse=True)
    print(xs)
    e: list[int] = []
    e.sort()
    one = [1]
    one.sort(reverse=True)
    print(e, one)
    ss = ["pear", "Apple", "apple", "banana", "", "Banana", "a", "ab", "B"]
    ss.sort()
    print(ss)
    ss.sort(reverse=True)
    print(ss)
    bs = [True, False, True, False, False]
    bs.sort()
    print(bs)
    bs.sort(reverse=True)
    print(bs)
    m = [[3, 1], [1, 2, 3], [1, 2], [], [3], [1, 3]]
    m.sort()
    print(m)
    m.sort(reverse=True)
    print(m)
    ms = [["b", "a"], ["a"], ["a", "c"], ["a", "b"]]
    ms.sort()
    print(ms)
    seq: list[int] = []
    x = 12345
    for i in range(200):
        x = (x * 1103515245 + 12345) % 2147483648
        seq.append(x % 1000)
    seq.sort()
    ok = True
    for i in range(1, len(seq)):
        if seq[i - 1] > seq[i]:
            ok = False
    print(ok, seq[:8], seq[-8:], sum(seq))
    asc = list(range(50))
    asc.sort(reverse=True)
    print(asc[:5], asc[-5:])
    desc = list(range(50, 0, -1))
    desc.sort()
    print(desc[:5], desc[-5:])
    same = [7] * 10
    same.sort()
    print(same)


if __name__ == "__main__":
    main()
