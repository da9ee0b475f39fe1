"""Augmented assignment on dict items of every value type: -=, *=, //=, %=, str +=, list +=."""


def main() -> None:
    d = {"a": 10, "b": -7, "c": 3}
    d["a"] -= 4
    d["b"] *= -3
    d["c"] //= 2
    d["a"] %= 4
    d["b"] <<= 2
    d["c"] |= 8
    print(d)
    f: dict[str, float] = {"x": 1.0, "y": 0.1}
    f["x"] /= 3.0
    f["y"] += 0.2
    f["x"] **= 2.0
    print(f)
    s: dict[int, str] = {1: "a", 2: ""}
    s[1] += "bc"
    s[2] += "é" * 3
    s[1] *= 2
    print(s)
    lists: dict[str, list[int]] = {"p": [1], "q": []}
    lists["p"] += [2, 3]
    lists["q"] += lists["p"]
    lists["p"] *= 2
    print(lists, lists["q"] == lists["p"][:3])
    lists["q"].append(99)
    print(lists)
    grid: dict[int, dict[int, int]] = {0: {0: 1}}
    grid[0][0] += 41
    grid[0][1] = grid[0][0] // 2
    grid[0][1] -= 1
    print(grid)
    b: dict[str, bool] = {"t": True}
    b["t"] = not b["t"]
    print(b)
    cnt: dict[str, int] = {}
    for w in "x y x z x y".split():
        if w not in cnt:
            cnt[w] = 0
        cnt[w] += 1
    for w in cnt:
        cnt[w] *= 10
    print(cnt)
    keys = ["k"] * 5
    acc: dict[str, int] = {"k": 1}
    for i, k in enumerate(keys):
        acc[k] += acc[k] * i
    print(acc)


if __name__ == "__main__":
    main()
