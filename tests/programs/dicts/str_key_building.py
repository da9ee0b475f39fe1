"""Equal str keys built different ways (join, slice, f-string, chr, upper, replace) hit one entry."""


def main() -> None:
    d: dict[str, int] = {}
    variants = [
        "key",
        "".join(["k", "e", "y"]),
        "xkeyx"[1:4],
        f"{'k'}{'ey'}",
        chr(107) + chr(101) + chr(121),
        "KEY".lower(),
        "kay".replace("a", "e"),
        "  key ".strip(),
        "k-e-y".replace("-", ""),
        "yek"[::-1],
    ]
    for i, v in enumerate(variants):
        d[v] = d.get(v, 0) + i
    print(d, len(d))
    u: dict[str, int] = {}
    for w in ["é", "e\u0301", "\u00e9", "É".lower(), "🙂", "\U0001f642", "日本"[0:1], "日"]:
        u[w] = u.get(w, 0) + 1
    print(u, len(u))
    print([len(k) for k in u], sorted(u))
    keys = [str(i) for i in range(-3, 4)] + [str(i) + "" for i in range(3)]
    n: dict[str, int] = {}
    for k in keys:
        n[k] = n.get(k, 0) + 1
    print(n)
    e: dict[str, str] = {"": "empty"}
    print(e["" + ""], e[" "[1:]], "" in e, e)
    long_a = "ab" * 500
    long_b = "".join(["ab" for _ in range(500)])
    big = {long_a: 1}
    big[long_b] += 1
    print(len(big), big[long_a], long_a[:6] in big)
    s: set[str] = set()
    for v in variants:
        s.add(v)
    s.add("Key")
    print(len(s), sorted(s))


if __name__ == "__main__":
    main()
