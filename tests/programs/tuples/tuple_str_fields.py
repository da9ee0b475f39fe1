"""Records as tuples of strs and ints: parsing lines into tuples, field access, string methods on fields, formatting."""


def parse(line: str) -> tuple[str, str, int]:
    parts = line.split(",")
    return parts[0].strip(), parts[1].strip().lower(), int(parts[2])


def fmt(rec: tuple[str, str, int]) -> str:
    name, dept, pay = rec
    return f"{name:<8}|{dept.upper():^7}|{pay:>7,}"


def dept_of(rec: tuple[str, str, int]) -> str:
    return rec[1]


def main() -> None:
    lines = ["Ann, Eng, 120000", "Bob,Ops,85000", " Cy , eng ,99000", "Dee,SALES,70500", "Eve, ops, 91000"]
    recs = [parse(l) for l in lines]
    print(recs)
    for r in recs:
        print(fmt(r))
    recs.sort(key=dept_of)
    print([r[0] for r in recs])
    totals: dict[str, tuple[int, int]] = {}
    for name, dept, pay in recs:
        n, s = totals.get(dept, (0, 0))
        totals[dept] = (n + 1, s + pay)
    print(totals)
    for dept, (n, s) in totals.items():
        print(dept, n, s // n)
    joined = ";".join([r[0] + "=" + r[1] for r in recs])
    print(joined)
    t = ("Hello", "World")
    print(t[0] + ", " + t[1] + "!", t[0].lower(), t[1][::-1], t[0] < t[1], "lo" in t[0])
    word_pairs = [(w, w[::-1]) for w in "level rotor python noon abc".split()]
    print([w for w, r in word_pairs if w == r])
    print(str(("a",)) + str(("b", "c")))


if __name__ == "__main__":
    main()
