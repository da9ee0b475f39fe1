"""Sparse polynomials as dict[int, float] exponent -> coefficient: add, multiply, derive, evaluate."""


def add(p: dict[int, float], q: dict[int, float]) -> dict[int, float]:
    out = p.copy()
    for e, c in q.items():
        out[e] = out.get(e, 0.0) + c
        if out[e] == 0.0:
            del out[e]
    return out


def mul(p: dict[int, float], q: dict[int, float]) -> dict[int, float]:
    out: dict[int, float] = {}
    for e1, c1 in p.items():
        for e2, c2 in q.items():
            out[e1 + e2] = out.get(e1 + e2, 0.0) + c1 * c2
    return {e: c for e, c in out.items() if c != 0.0}


def derive(p: dict[int, float]) -> dict[int, float]:
    return {e - 1: c * e for e, c in p.items() if e != 0}


def evaluate(p: dict[int, float], x: float) -> float:
    total = 0.0
    for e in sorted(p):
        total += p[e] * x ** e
    return total


def show(p: dict[int, float]) -> str:
    if not p:
        return "0"
    return " + ".join([f"{p[e]}x^{e}" for e in sorted(p, reverse=True)])


def main() -> None:
    p = {2: 1.0, 0: -1.0}
    q = {1: 1.0, 0: 1.0}
    r = {1: -1.0, 0: 1.0, -1: 0.5}
    print(show(add(p, q)), "|", show(add(q, r)), "|", show(add(p, {2: -1.0, 0: 1.0})))
    print(show(mul(p, q)), "|", show(mul(q, r)), "|", mul(p, q))
    print(show(derive(mul(p, p))), derive({0: 5.0}))
    for x in [0.0, 1.0, -2.0, 0.5]:
        print(x, evaluate(p, x), evaluate(mul(p, q), x), evaluate(r, x) if x != 0.0 else 0.0)
    power: dict[int, float] = {0: 1.0}
    for _ in range(6):
        power = mul(power, q)
    print(power, sum(power.values(), 0.0))


if __name__ == "__main__":
    main()
