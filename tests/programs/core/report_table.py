"""A formatted report: aligned columns, totals, percentages."""

from typing import Final

WIDTH: Final = 44


def line(ch: str) -> str:
    out = ""
    for _ in range(WIDTH):
        out += ch
    return out


def item(name: str, qty: int, price: float) -> float:
    cost = qty * price
    print(f"{name:<14}{qty:>6,}{price:>10.2f}{cost:>14,.2f}")
    return cost


def main() -> None:
    print(line("="))
    print(f"{'Item':<14}{'Qty':>6}{'Price':>10}{'Cost':>14}")
    print(line("-"))
    total = 0.0
    total += item("Widget", 12, 3.5)
    total += item("Gadget", 1500, 0.99)
    total += item("Großes Teil", 3, 1249.995)
    total += item("日本の品", 7, 12.125)
    total += item("Thingamajig", 1000000, 0.01)
    print(line("-"))
    print(f"{'Total':<14}{'':>16}{total:>14,.2f}")
    tax = total * 0.0825
    print(f"{'Tax 8.25%':<14}{'':>16}{tax:>14,.2f}")
    print(f"{'Grand total':<14}{'':>16}{total + tax:>14,.2f}")
    print(line("="))
    shares = 0.0
    parts = 7
    for i in range(1, parts + 1):
        frac = i / (parts * (parts + 1) / 2)
        shares += frac
        bar = ""
        for _ in range(int(frac * 40)):
            bar += "#"
        print(f"{i:>2} {frac:7.2%} {frac:.3e} |{bar:<12}|")
    print(f"sum of shares: {shares:.15f} {shares!r}")


if __name__ == "__main__":
    main()
