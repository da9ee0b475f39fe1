"""Format specs applied to strings: alignment, fill, width, precision."""


def row(s: str) -> None:
    print(f"|{s}|{s:10}|{s:<10}|{s:>10}|{s:^10}|{s:*^11}|{s:.3}|{s:>8.2}|{s:_<6.4}|{s:1}|{s:0}|")
    print(f"|{s!r:>12}|{s!s:^9}|{s:·^9}|{s:日>7}|{s:😀<5}|{s:.0}|{s:=^3}|")


def main() -> None:
    row("")
    row("a")
    row("ab")
    row("hello")
    row("héllo")
    row("日本語")
    row("😀x")
    row("exactly10!")
    row("much longer than ten")
    row("it's")
    w = 9
    p = 2
    s = "centre"
    print(f"[{s:^{w}}] [{s:>{w}.{p}}] [{s:<{w + 3}}] [{s:{w}}] [{s:.{p + 1}}]")
    for width in range(0, 12, 3):
        print(f"[{'x':>{width}}] [{'é':^{width}}] [{'日本':<{width}}]")
    print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
    print(f"{'a' + 'b':>5}{'c':<3}{'d'}")


if __name__ == "__main__":
    main()
