"""Evaluation order in dict displays, subscript stores, += on items, get/setdefault/pop defaults."""

LOG: list[str] = []


def f(tag: str, v: int) -> int:
    LOG.append(tag)
    return v


def s(tag: str, v: str) -> str:
    LOG.append(tag)
    return v


def get_d(d: dict[str, int]) -> dict[str, int]:
    LOG.append("d")
    return d


def empty() -> dict[str, int]:
    return {}


def takes(d: dict[str, int]) -> int:
    return len(d)


def main() -> None:
    d = {s("k1", "a"): f("v1", 1), s("k2", "b"): f("v2", 2), s("k3", "a"): f("v3", 3)}
    print(d, LOG)
    LOG.clear()
    get_d(d)[s("key", "c")] = f("val", 5)
    print(d, LOG)
    LOG.clear()
    get_d(d)[s("key", "c")] += f("inc", 5)
    print(d, LOG)
    LOG.clear()
    print(d.get(s("gk", "a"), f("gdef", 0)), d.setdefault(s("sk", "a"), f("sdef", 0)), d.pop(s("pk", "zz"), f("pdef", -1)), LOG)
    LOG.clear()
    c = {s("ck", str(i)): f("cv", i) for i in range(2)}
    print(c, LOG)
    dup = {k % 3: k for k in range(10)}
    print(dup)
    e0: dict[str, int] = {}
    print(d == e0, empty() == e0, takes({}), empty())
    d = {}
    print(d, len(d))
    print(s("in", "a") in get_d(d), LOG[-2:])


if __name__ == "__main__":
    main()
