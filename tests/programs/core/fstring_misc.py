"""f-strings: conversions, brace escapes, mixed types, bool and None."""


def main() -> None:
    i = 7
    f = 0.1
    s = "text"
    b = False
    u = "日本"
    print(f"{i} {f} {s} {b} {u} {None}")
    print(f"{i!r} {f!r} {s!r} {b!r} {u!r} {None!r}")
    print(f"{i!s} {f!s} {s!s} {b!s} {u!s}")
    print(f"{{}} {{{i}}} {{i}} }}{{ {i}{{")
    print(f"{True:>5}|{True!s:>5}|{False:<5}|{False!r:<6}|{True:+}|{True:.1f}|{True:#x}")
    print(f"{i}{i}{i}", f"{s}{u}{s}", f"", f"{''}", f"{s + u}")
    print(f"{i + 1}{i - 1}{i * 2}{i // 2}{i % 3}{i ** 2}{-i}{~i}")
    print(f"{i / 2}{f * 3}{1 / 3}{f + 0.2}")
    print(f"{'single'} {s}")
    print(f"{i if i > 5 else -i} {s if b else u} {i < 10 and len(s) > 3} {len(s) or len(u)}")
    print(f"{len(s)} {len(u)} {s[0]}{u[-1]} {str(i) + s} {int('12') + i} {float('2.5') * 2}")
    print(f"{i:d}", f"{i:}", f"{f:}", f"{s:}")
    print(f"""{i}
{s}""")
    print(f'{s}' f"{u}" "plain" f"{i}")
    print(rf"\n{i}\t", fr"{s}\x")
    total = ""
    for k in range(5):
        total += f"{k}:{k * k:02d};"
    print(total)
    print(f"{'nested ' + f'{i:03d}' + ' inner'}")
    print(f"{3.0:.0f}{-0.0:+.1f}{1e100:.2e}{255:08b}")


if __name__ == "__main__":
    main()
