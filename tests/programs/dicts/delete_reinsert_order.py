"""Deletion then re-insertion moves a key to the end; assignment to an existing key keeps it."""


def main() -> None:
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    d["b"] = 20
    print(d, list(d))
    del d["b"]
    print(d)
    d["b"] = 200
    print(d, list(d))
    d.pop("a")
    d["a"] = 100
    print(d)
    for k in ["c", "d"]:
        v = d.pop(k)
        d[k] = v + 1
    print(d)
    n: dict[int, int] = {}
    for i in range(200):
        n[i] = i
    for i in range(0, 200, 2):
        del n[i]
    for i in range(0, 20, 4):
        n[i] = -i
    print(len(n), list(n)[:5], list(n)[-6:])
    for i in range(1, 200, 2):
        del n[i]
    print(n, len(n))
    n.clear()
    print(n, len(n), bool(n))
    n[5] = 5
    n[3] = 3
    print(n)
    churn: dict[str, int] = {}
    for r in range(50):
        churn[f"k{r % 7}"] = r
        if r % 3 == 0:
            del churn[f"k{r % 7}"]
    print(churn)


if __name__ == "__main__":
    main()
