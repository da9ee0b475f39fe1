"""Nested replacement fields inside format specs."""


def main() -> None:
    x = 3.14159265
    n = 42
    s = "py4"
    for w in range(4, 13, 4):
        for p in range(0, 5, 2):
            print(f"[{x:{w}.{p}f}] [{x:<{w}.{p}e}] [{x:^{w}.{p}}] [{n:{w}d}] [{s:>{w}.{p}}]")
    fill = "*"
    align = "^"
    width = 11
    print(f"[{n:{fill}{align}{width}}] [{s:{fill}<{width}}] [{x:{fill}>{width}.3f}]")
    align = "<"
    fill = "-"
    print(f"[{n:{fill}{align}{width}}] [{s:{fill}{align}{width}}]")
    spec = ">+10.2f"
    print(f"[{x:{spec}}] [{-x:{spec}}]")
    ispec = "#x"
    print(f"[{n:{ispec}}] [{255:{ispec}}] [{n:0{width}b}]")
    sep = ","
    print(f"[{1234567:{sep}}] [{1234567.891:{sep}.2f}]")
    sep = "_"
    print(f"[{1234567:{sep}}] [{1234567.891:{sep}.2f}]")
    print(f"{f'{n:>5}':*<10}|{f'{s}!':^9}|")
    print(f"{'{'}{n}{'}'} {{literal}} {{{n}}} {{{{}}}}")


if __name__ == "__main__":
    main()
