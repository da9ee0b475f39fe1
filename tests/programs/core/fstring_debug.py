"""Self-documenting f-string fields: {expr=}."""


def sq(v: int) -> int:
    return v * v


def main() -> None:
    x = 10
    y = 2.5
    name = "héllo"
    flag = True
    print(f"{x=}")
    print(f"{y=}")
    print(f"{name=}")
    print(f"{flag=}")
    print(f"{x + 1=}")
    print(f"{x=}, {y=}")
    print(f"{x = }")
    print(f"{x =}")
    print(f"{x= }")
    print(f"{y=:.3f}")
    print(f"{x=:>6}")
    print(f"{name=!s}")
    print(f"{name=!r:>10}")
    print(f"{name = :*^9}")
    print(f"{sq(x)=}")
    print(f"{x * y=}")
    print(f"{x > 5 and y < 3=}")
    print(f"{'lit'=}")
    print(f"{x//3=} {x%3=} {-x=}")


if __name__ == "__main__":
    main()
