"""Format specs applied to floats: a table of values times specs."""


def row(x: float) -> None:
    print(f"|{x}|{x:.3f}|{x:.0f}|{x:10.2f}|{x:<10.2f}|{x:^10.1f}|{x:+.2f}|{x: .1f}|{x:010.3f}|")
    print(f"|{x:e}|{x:.2e}|{x:E}|{x:.0e}|{x:g}|{x:.3g}|{x:G}|{x:.10g}|{x:#g}|{x:#.0f}|{x:#.0e}|")
    print(f"|{x:%}|{x:.2%}|{x:.0%}|{x:,.2f}|{x:_.3f}|{x:,}|{x:.3}|{x:.1}|{x:12}|{x:*^14.4}|")
    print(f"|{x!r}|{x!s}|{x!r:>25}|{x:=+12.3f}|{x:-<12.5g}|{x:.15g}|{x:.17g}|{x:.20f}|")


def main() -> None:
    row(0.0)
    row(-0.0)
    row(1.0)
    row(-1.0)
    row(0.5)
    row(2.5)
    row(1.5)
    row(-2.5)
    row(3.14159265358979)
    row(-2.71828)
    row(0.1 + 0.2)
    row(1 / 3)
    row(123456.789)
    row(-9876543.21)
    row(1e16)
    row(1.5e-7)
    row(1e-4)
    row(0.00012345)
    row(1234567890123.0)
    row(999.9995)
    row(0.125)
    row(0.375)
    row(5e-324)
    row(1.7976931348623157e308)
    row(float("inf"))
    row(float("-inf"))
    row(float("nan"))
    row(100.0)
    row(1e6)
    row(123456789.0)
    for p in range(0, 8):
        v = 2.0 / 3.0
        print(f"{v:.{p}f} {v:.{p}e} {v:.{p}g} {v:.{p}%} {v * 1000:{p + 8}.{p}f}")


if __name__ == "__main__":
    main()
