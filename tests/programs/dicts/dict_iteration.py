"""Iteration forms: for k in d, d.keys(), d.values(), d.items(), comprehensions, enumerate, zip."""


def main() -> None:
    prices = {"apple": 1.25, "pear": 0.75, "kiwi": 2.5, "fig": 3.0}
    for k in prices:
        print(k, prices[k])
    for k in prices.keys():
        print(k.upper(), end=" ")
    print()
    for v in prices.values():
        print(v * 2, end=" ")
    print()
    for k, v in prices.items():
        print(f"{k:<6}|{v:6.2f}|")
    print([k for k in prices], [v for v in prices.values() if v > 1.0])
    print([f"{k}={v}" for k, v in prices.items()], [len(k) for k in prices.keys()])
    print(list(prices), list(prices.keys()), list(prices.values()))
    print(sorted(prices), sorted(prices.values()), sorted(prices.keys(), reverse=True))
    print(sum(prices.values(), 0.0), max(prices.values()), min(prices))
    for i, k in enumerate(prices):
        print(i, k, end="; ")
    print()
    for k, v in zip(prices, prices.values()):
        print(k, v, end="; ")
    print()
    for i, k in enumerate(sorted(prices)):
        prices[k] = prices[k] + i
    print(prices)
    doubled = {k: v * 2 for k, v in prices.items()}
    inverted = {v: k for k, v in prices.items()}
    print(doubled, inverted)
    filt = {k: len(k) for k in prices if "i" in k}
    print(filt, sum(filt.values()))
    pairs = [[k, str(v)] for k, v in prices.items()]
    print(pairs)
    nested = {k: [c for c in k] for k in prices.keys()}
    print(nested)
    cross = [a + b for a in prices for b in filt.keys() if a != b]
    print(cross)
    print(any(v > 4.0 for v in prices.values()), all(len(k) > 2 for k in prices))
    empty: dict[str, int] = {}
    for k in empty:
        print("never", k)
    print([k for k in empty], list(empty.values()), sorted(empty), sum(empty.values()))


if __name__ == "__main__":
    main()
