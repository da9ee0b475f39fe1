"""Every augmented assignment operator on locals and globals."""

g: int = 10
gs: str = "g"
gf: float = 1.0


def bump_globals() -> None:
    global g, gs, gf
    g += 5
    g *= 3
    g -= 1
    g //= 2
    g %= 13
    g **= 3
    g <<= 2
    g >>= 1
    g &= 0xFF
    g |= 0x100
    g ^= 0x0F
    gs += "!"
    gs += gs
    gf += 0.5
    gf *= 3.0
    gf /= 4.0
    gf -= 0.5
    gf **= 2.0


def main() -> None:
    a = 7
    a += 3
    print(a)
    a -= 15
    print(a)
    a *= -4
    print(a)
    a //= 3
    print(a)
    a %= 4
    print(a)
    a **= 5
    print(a)
    a <<= 3
    print(a)
    a >>= 2
    print(a)
    a &= 0b1010
    print(a)
    a |= 0b0101
    print(a)
    a ^= 0b1111
    print(a)
    b = 7
    b //= -2
    print(b)
    b %= -3
    print(b)
    f = 1.5
    f += 1
    f -= 0.25
    f *= 2
    f /= 3
    f //= 0.5
    f %= 1.75
    f **= 2
    print(f)
    h = 10.0
    h /= 4
    print(h)
    s = "ab"
    s += "cd"
    s += s
    s += str(len(s))
    print(s)
    for i in range(3):
        bump_globals()
        print(g, gs, gf)


if __name__ == "__main__":
    main()
