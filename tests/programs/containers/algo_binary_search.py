"""Binary search (lower/upper bound), insertion into a sorted list, searching strs and floats."""


def lower_bound(xs: list[int], v: int) -> int:
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < v:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(xs: list[int], v: int) -> int:
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= v:
            lo = mid + 1
        else:
            hi = mid
    return lo


def find_str(xs: list[str], v: str) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == v:
            return mid
        if xs[mid] < v:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def sqrt_bisect(x: float) -> float:
    lo = 0.0
    hi = max(1.0, x)
    for i in range(60):
        mid = (lo + hi) / 2.0
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return lo


def main() -> None:
    xs = [1, 3, 3, 3, 5, 8, 8, 13, 21]
    for v in [0, 1, 2, 3, 4, 8, 13, 21, 22]:
        lb = lower_bound(xs, v)
        ub = upper_bound(xs, v)
        print(v, lb, ub, ub - lb, xs.count(v), v in xs[lb:ub])
    e: list[int] = []
    print(lower_bound(e, 5), upper_bound(e, 5))
    sl: list[int] = []
    for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
        sl.insert(upper_bound(sl, v), v)
    print(sl, sl == sorted(sl))
    words = sorted("the quick brown fox jumps over lazy dogs éclair 日本".split())
    print(words, [find_str(words, w) for w in ["fox", "the", "cat", "日本", "éclair", "aaa", "zzz"]])
    print([sqrt_bisect(x) for x in [0.0, 1.0, 2.0, 9.0, 0.25, 1e6]])


if __name__ == "__main__":
    main()
