"""Many insertions and deletions with str and int keys, checked against a list-based model."""


def model_set(keys: list[str], vals: list[int], k: str, v: int) -> None:
    if k in keys:
        vals[keys.index(k)] = v
    else:
        keys.append(k)
        vals.append(v)


def model_del(keys: list[str], vals: list[int], k: str) -> None:
    i = keys.index(k)
    keys.pop(i)
    vals.pop(i)


def main() -> None:
    d: dict[str, int] = {}
    keys: list[str] = []
    vals: list[int] = []
    x = 12345
    mismatches = 0
    for step in range(3000):
        x = (x * 1103515245 + 12345) % 2147483648
        k = f"key{x % 257}"
        if x % 5 == 0 and k in d:
            del d[k]
            model_del(keys, vals, k)
        else:
            d[k] = step
            model_set(keys, vals, k, step)
        if step % 500 == 0:
            if list(d) != keys or list(d.values()) != vals:
                mismatches += 1
    print(len(d), len(keys), mismatches, list(d) == keys, list(d.values()) == vals)
    print(list(d)[:6], sum(d.values()))
    big: dict[int, int] = {}
    for i in range(5000):
        big[i * 7 - 9000] = i
    for i in range(0, 5000, 3):
        del big[i * 7 - 9000]
    print(len(big), big[-8993], -9000 in big, list(big)[:4], sum(big.values()))
    big.clear()
    for i in range(10):
        big[-i] = i
    print(big)
    s: set[str] = set()
    for i in range(2000):
        s.add(str(i % 613))
        if i % 4 == 0:
            s.discard(str((i * 3) % 613))
    print(len(s), sorted(s)[:5])


if __name__ == "__main__":
    main()
