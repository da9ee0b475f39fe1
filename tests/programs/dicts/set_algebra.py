"""Set algebra | & - ^ and the method forms, checked through sorted(); identities of the algebra."""


def show(name: str, s: set[int]) -> None:
    print(f"{name:>6} {len(s):2d} {sorted(s)}")


def main() -> None:
    a = {1, 2, 3, 4, 5, -1}
    b = {4, 5, 6, 7, -1, 100}
    show("a|b", a | b)
    show("a&b", a & b)
    show("a-b", a - b)
    show("b-a", b - a)
    show("a^b", a ^ b)
    show("union", a.union(b))
    show("inter", a.intersection(b))
    show("diff", a.difference(b))
    show("symd", a.symmetric_difference(b))
    print((a | b) == (b | a), (a & b) == (b & a), (a ^ b) == ((a - b) | (b - a)))
    print((a - b) == (a - (a & b)), (a & (a | b)) == a, (a | (a & b)) == a)
    print(((a | b) - (a & b)) == (a ^ b), (a - a) == (b - b), len(a - a))
    e: set[int] = set()
    show("a|e", a | e)
    show("a&e", a & e)
    show("e-a", e - a)
    show("a^a", a ^ a)
    print(sorted(a), sorted(b), "inputs unchanged")
    words1 = {"apple", "banana", "cherry", "ß", "é"}
    words2 = {"banana", "durian", "é", "E"}
    print(sorted(words1 & words2), sorted(words1 | words2), sorted(words1 ^ words2))
    print(sorted(words1.difference(words2)), sorted(words2.difference(words1)))
    c = a.copy()
    c.add(42)
    c.discard(1)
    show("c", c)
    show("a", a)
    print(c == a, c != a, (c ^ a) == {1, 42})
    x = {1, 2}
    x |= {3, 4}
    show("x|=", x)
    x &= {2, 3, 4, 9}
    show("x&=", x)
    x -= {4}
    show("x-=", x)
    x ^= {3, 8}
    show("x^=", x)
    fs = {0.5, 1.5, -0.0, 3.0}
    gs = {0.0, 1.5, 2.5}
    print(sorted(fs & gs), sorted(fs | gs), sorted(fs - gs), sorted(fs ^ gs))


if __name__ == "__main__":
    main()
