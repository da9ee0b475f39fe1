"""User __repr__ and __str__: print, str(), repr(), f-strings, and objects inside containers."""


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"


class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "<" + self.name + ">"


class Label:
    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text.title()

    def __repr__(self) -> str:
        return f"Label({self.text!r})"


def main() -> None:
    m = Money(12345)
    n = Money(-7)
    print(m, n)
    print(str(m), repr(m), f"{n} / {n!r}")
    print([m, n])
    print((m, 3))
    print({"a": m})
    t = Tag("b")
    print(t, str(t), repr(t), f"{t}")
    print([t, Tag("i")], {1: t})
    l = Label("hello world")
    print(l, [l], f"[{l}] [{l!r}]")
    print("joined: " + ", ".join(str(x) for x in [Money(1), Money(100), Money(99999)]))
    print(f"{str(m):>12}|")


if __name__ == "__main__":
    main()
