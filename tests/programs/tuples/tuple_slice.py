"""Slicing tuples with constant bounds: prefixes, suffixes, negative bounds, steps, reversal, empty and out-of-range slices."""


def main() -> None:
    t = (1, "two", 3.0, True, "five")
    print(t[1:], t[:2], t[-2:], t[1:-1], t[::2], t[::-1], t[3:1:-1])
    print(t[5:], t[10:], t[:0], t[-100:1], t[1:100], len(t[1:4]))
    head = t[:1]
    print(head, head[0] + 1)
    a, b = t[1:3]
    print(a, b)
    nums = (9, 8, 7, 6, 5, 4)
    print(nums[1::2], nums[::-2], nums[-1::-3], nums[4:1:-1], sum(nums[:3]))
    rev = nums[::-1]
    print(rev, rev < nums, rev == (4, 5, 6, 7, 8, 9), nums[2:4] + nums[:1])
    d = {nums[:2]: "front", nums[-2:]: "back"}
    print(d[(9, 8)], d[(5, 4)])


if __name__ == "__main__":
    main()
