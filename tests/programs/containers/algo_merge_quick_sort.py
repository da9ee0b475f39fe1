"""Recursive merge sort and in-place quicksort returning/mutating lists."""


def merge(a: list[int], b: list[int]) -> list[int]:
    out: list[int] = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


def partition(xs: list[str], lo: int, hi: int) -> int:
    pivot = xs[hi]
    i = lo
    for j in range(lo, hi):
        if xs[j] < pivot:
            tmp = xs[i]
            xs[i] = xs[j]
            xs[j] = tmp
            i += 1
    tmp = xs[i]
    xs[i] = xs[hi]
    xs[hi] = tmp
    return i


def quicksort(xs: list[str], lo: int, hi: int) -> None:
    if lo < hi:
        p = partition(xs, lo, hi)
        quicksort(xs, lo, p - 1)
        quicksort(xs, p + 1, hi)


def main() -> None:
    data: list[int] = []
    x = 1
    for i in range(300):
        x = (x * 48271) % 2147483647
        data.append(x % 997 - 400)
    s = merge_sort(data)
    print(s == sorted(data), s[:8], s[-8:], len(s), data[:4])
    print(merge_sort([]), merge_sort([3]), merge_sort([2, 1]), merge([1, 4, 9], [2, 3, 10, 11]), merge([], [1]))
    words = "sphinx of black quartz judge my vow über café 日本 zoë àbc".split()
    quicksort(words, 0, len(words) - 1)
    print(words, words == sorted(words))
    letters = list("thequickbrownfoxjumpsoverthelazydog")
    quicksort(letters, 0, len(letters) - 1)
    print("".join(letters))
    one = ["x"]
    quicksort(one, 0, 0)
    print(one)


if __name__ == "__main__":
    main()
