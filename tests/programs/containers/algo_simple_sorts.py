"""Bubble, insertion and selection sort on int, float and str lists, checked against sort()."""


def bubble(xs: list[int]) -> int:
    swaps = 0
    n = len(xs)
    for i in range(n):
        done = True
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                tmp = xs[j]
                xs[j] = xs[j + 1]
                xs[j + 1] = tmp
                swaps += 1
                done = False
        if done:
            break
    return swaps


def insertion(xs: list[float]) -> list[float]:
    out = xs.copy()
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


def selection(xs: list[str]) -> None:
    for i in range(len(xs)):
        m = i
        for j in range(i + 1, len(xs)):
            if xs[j] < xs[m]:
                m = j
        tmp = xs[i]
        xs[i] = xs[m]
        xs[m] = tmp


def lcg(seed: int, n: int) -> list[int]:
    out: list[int] = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append((x >> 8) % 1000 - 500)
    return out


def main() -> None:
    xs = lcg(42, 60)
    ref = sorted(xs)
    print(xs[:10])
    swaps = bubble(xs)
    print(swaps, xs == ref, xs[:10], xs[-5:])
    e: list[int] = []
    print(bubble(e), bubble([1]), bubble([2, 1]))
    fs = [float(v) / 8.0 for v in lcg(7, 30)] + [-0.0, 0.0]
    sf = insertion(fs)
    print(sf == sorted(fs), sf[:6], fs[:3])
    ws = "pack my box with five dozen liquor jugs and then some 日本 éa".split()
    selection(ws)
    print(ws, ws == sorted(ws))
    for n in range(6):
        rev = list(range(n, 0, -1))
        print(n, bubble(rev), rev)


if __name__ == "__main__":
    main()
