"""Histograms and statistics over int and float lists: buckets, mode, median, percentiles."""


def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0


def mode(xs: list[int]) -> int:
    best = xs[0]
    best_n = 0
    for v in sorted(xs):
        c = xs.count(v)
        if c > best_n:
            best = v
            best_n = c
    return best


def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - float(f))


def main() -> None:
    data: list[int] = []
    x = 17
    for i in range(400):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append((x >> 16) % 50 + (x >> 8) % 50)
    buckets = [0] * 10
    for v in data:
        buckets[v // 10] += 1
    for i, b in enumerate(buckets):
        print(f"{i * 10:>3}-{i * 10 + 9:<3}|{'█' * (b // 4)} {b}")
    print(sum(buckets) == len(data), min(data), max(data), mode(data), data.count(mode(data)))
    fs = [float(v) / 3.0 for v in data]
    print(median(fs), percentile(fs, 0.0), percentile(fs, 25.0), percentile(fs, 50.0), percentile(fs, 90.0), percentile(fs, 100.0))
    print(median([1.0, 2.0]), median([3.0]), median([5.0, -1.0, 2.0, 0.0]))
    mean = sum(fs, 0.0) / len(fs)
    var = sum([(f - mean) * (f - mean) for f in fs], 0.0) / (len(fs) - 1)
    print(f"{mean:.6f} {var:.6f} {var ** 0.5:.6f}")
    letters = [0] * 26
    for ch in "the quick brown fox jumps over the lazy dog".replace(" ", ""):
        letters[ord(ch) - ord("a")] += 1
    print("".join([chr(ord("a") + i) * n for i, n in enumerate(letters)]))


if __name__ == "__main__":
    main()
