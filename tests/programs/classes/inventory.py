"""An inventory of dataclass items: sorted by a key lambda over fields, grouped in dicts, restocked."""
from dataclasses import dataclass, field


@dataclass
class Product:
    name: str
    price: float
    stock: int = 0
    categories: list[str] = field(default_factory=list)

    def value(self) -> float:
        return self.price * self.stock


@dataclass
class Inventory:
    products: list[Product] = field(default_factory=list)
    sold: dict[str, int] = field(default_factory=dict)

    def add(self, p: Product) -> None:
        self.products.append(p)

    def find(self, name: str) -> Product:
        for p in self.products:
            if p.name == name:
                return p
        raise KeyError(name)

    def sell(self, name: str, n: int) -> bool:
        p = self.find(name)
        if p.stock < n:
            return False
        p.stock -= n
        self.sold[name] = self.sold.get(name, 0) + n
        return True

    def by_category(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for p in self.products:
            for c in p.categories:
                out.setdefault(c, []).append(p.name)
        return out


def main() -> None:
    inv = Inventory()
    inv.add(Product("widget", 2.5, 10, ["tools"]))
    inv.add(Product("gadget", 12.0, 3, ["tools", "electronics"]))
    inv.add(Product("doohickey", 2.5, 7))
    inv.add(Product("cable", 4.75, 40, ["electronics"]))
    inv.add(Product("bolt", 0.1, 500, ["tools", "hardware"]))
    for it in sorted(inv.products, key=lambda it: (it.price, it.name)):
        print(f"{it.name:<10} {it.price:6.2f} {it.stock:4d}")
    print([p.name for p in sorted(inv.products, key=lambda p: p.value(), reverse=True)])
    print(inv.sell("gadget", 2), inv.sell("gadget", 2), inv.sell("bolt", 120))
    try:
        inv.sell("sprocket", 1)
    except KeyError as e:
        print("unknown product", e)
    print(inv.sold)
    print(inv.by_category())
    inv.products.sort(key=lambda p: (-p.stock, p.name))
    print(inv.products[0])
    print(inv.find("gadget") == Product("gadget", 12.0, 1, ["tools", "electronics"]))
    print(f"{sum((p.value() for p in inv.products), 0.0):.2f}")
    cheap = min(inv.products, key=lambda p: p.price)
    print(cheap.name, max(inv.products, key=lambda p: len(p.categories)).name)


if __name__ == "__main__":
    main()
