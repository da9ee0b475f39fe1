"""Format specs applied to ints: a table of values times specs."""


def row(n: int) -> None:
    print(f"|{n}|{n:>8}|{n:<8}|{n:^8}|{n:08d}|{n:+d}|{n: d}|{n:,}|{n:_}|{n:=+10}|")
    print(f"|{n:x}|{n:X}|{n:#x}|{n:#X}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:_x}|{n:_b}|{n:#012x}|")
    print(f"|{n:*>10}|{n:*<10}|{n:*^10}|{n:0>6}|{n:-^9}|{n:e}|{n:.2f}|{n:%}|{n:g}|{n:.3e}|")
    print(f"|{n:d}|{n:10,}|{n:<+10,}|{n:^+12_}|{n:#_b}|{n:,d}|{n:012,}|")


def main() -> None:
    row(0)
    row(1)
    row(-1)
    row(42)
    row(-42)
    row(255)
    row(1000)
    row(-1000)
    row(123456789)
    row(-987654321)
    row(9223372036854775807)
    row(-9223372036854775807)
    w = 12
    for n in range(-3, 4):
        print(f"[{n:{w}}] [{n:<{w}}] [{n:^{w}d}] [{n:0{w}}] [{n:+0{w // 2}}]")
    print(f"{65:c}{97:c}{233:c}{26085:c}{128512:c}")
    print(f"{1234567:,}", f"{-1234567:_}", f"{12345:#,}")


if __name__ == "__main__":
    main()
