"""for i, x in enumerate(xs) and enumerate(xs, start), over lists and strings."""


def main() -> None:
    xs = ["a", "b", "c"]
    for i, x in enumerate(xs):
        print(i, x, end=" | ")
    print()
    for i, x in enumerate(xs, 1):
        print(i, x, end=" | ")
    print()
    for i, x in enumerate(xs, -2):
        print(i, x, end=" | ")
    print()
    for i, ch in enumerate(list("héllo日本")):
        print(f"{i}:{ch}", end=" ")
    print()
    e: list[int] = []
    for i, v in enumerate(e):
        print("never", i, v)
    nums = [5, 3, 8, 1, 9, 2]
    best_i = 0
    for i, v in enumerate(nums):
        if v > nums[best_i]:
            best_i = i
    print("argmax", best_i, nums[best_i])
    for i, v in enumerate(nums):
        nums[i] = v * i
    print(nums)
    fs = [0.5, 1.5]
    for i, f in enumerate(fs, 10):
        print(i, f * i)
    m = [[1, 2], [3, 4]]
    for r, row in enumerate(m):
        for c, v in enumerate(row):
            m[r][c] = v * 10 + r + c
    print(m)
    print([i * v for i, v in enumerate([3, 4, 5])], [f"{i}{c}" for i, c in enumerate(list("xyz"), 1)])
    print([i for i, b in enumerate([True, False, True]) if b])
    total = 0
    for i, v in enumerate(list(range(5))):
        total += i * v
    print(total)
    for i, x in enumerate(xs):
        if x == "b":
            print("found at", i)
            break
    else:
        print("no b")
    for i, x in enumerate(xs):
        if x == "z":
            break
    else:
        print("no z")
    for i, w in enumerate("one two three".split(), 100):
        print(i, w.upper())


if __name__ == "__main__":
    main()
