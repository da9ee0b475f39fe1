"""Nested dict[str, dict[str, int]]: matrix of sales, += on inner values, totals, pivot, copies."""


def add_sale(table: dict[str, dict[str, int]], region: str, product: str, n: int) -> None:
    inner = table.setdefault(region, {})
    inner[product] = inner.get(product, 0) + n


def pivot(table: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for region, row in table.items():
        for product, n in row.items():
            out.setdefault(product, {})[region] = n
    return out


def main() -> None:
    table: dict[str, dict[str, int]] = {}
    sales = "north apples 3;south pears 5;north pears 2;east apples 7;north apples 4;south apples 1;east figs 9"
    for rec in sales.split(";"):
        parts = rec.split()
        add_sale(table, parts[0], parts[1], int(parts[2]))
    print(table)
    print(table["north"]["apples"], table["east"].get("pears", 0), "figs" in table["east"])
    table["south"]["pears"] += 10
    totals = {r: sum(row.values()) for r, row in table.items()}
    print(totals, sum(totals.values()))
    p = pivot(table)
    print(p)
    for prod in sorted(p):
        print(prod, sorted(p[prod]), [p[prod][r] for r in sorted(p[prod])])
    shallow = table.copy()
    shallow["north"]["kiwis"] = 1
    shallow["west"] = {"limes": 2}
    print("west" in table, table["north"], len(table), len(shallow))
    deep = {r: row.copy() for r, row in table.items()}
    deep["east"]["apples"] = 0
    print(table["east"], deep["east"], deep == table)
    deep["east"]["apples"] = 7
    print(deep == table, deep != table)
    empty: dict[str, dict[str, int]] = {"x": {}}
    print(empty, len(empty["x"]), bool(empty["x"]), bool(empty))
    grid: dict[int, dict[int, str]] = {}
    for i in range(3):
        grid[i] = {j: "#" if (i + j) % 2 == 0 else "." for j in range(4)}
    print(grid)
    print("\n".join(["".join([grid[i][j] for j in grid[i]]) for i in grid]))


if __name__ == "__main__":
    main()
