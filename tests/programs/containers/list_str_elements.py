"""Lists of strings: transformations with str methods, split/join round trips, searching."""


def initials(names: list[str]) -> list[str]:
    return [n[0].upper() + "." for n in names if n != ""]


def main() -> None:
    names = ["ada lovelace", "alan turing", "grace hopper", "édouard lucas", "李 白"]
    print([n.title() for n in names], initials(names), [n.split()[-1] for n in names])
    print([n.replace(" ", "_") for n in names], [len(n.split()) for n in names], sorted(names, reverse=True))
    line = ",".join(names)
    back = line.split(",")
    print(line, back == names, len(back))
    parts = [p.strip() for p in "  a |b|  c  | d ".split("|")]
    print(parts, "|".join(parts), [p.center(3, "*") for p in parts])
    cells = [["1", "2"], ["3", "4"]]
    print(";".join([",".join(r) for r in cells]), [[int(c) * 2 for c in r] for r in cells])
    text = "alpha beta gamma delta epsilon"
    ws = text.split()
    ws[1] = ws[1].upper()
    ws.append("ζeta")
    ws.insert(0, "Ω")
    print(" ".join(ws), [w for w in ws if "a" in w], [w.find("a") for w in ws])
    print(max(ws), min(ws), ws.index("gamma"), "delta" in ws, "Delta" in ws, [w[::-1] for w in ws[-2:]])
    grid = [list(r) for r in ["abc", "def", "ghi"]]
    print(["".join(r) for r in grid], ["".join([grid[r][c] for r in range(3)]) for c in range(3)])
    csv = ["name,score", "ann,90", "bob,85", "cy,77"]
    rows = [ln.split(",") for ln in csv[1:]]
    total = sum([int(r[1]) for r in rows])
    print(rows, total, [r[0] for r in rows if int(r[1]) > 80])


if __name__ == "__main__":
    main()
