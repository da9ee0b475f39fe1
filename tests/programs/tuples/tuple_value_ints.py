"""Value integers (i64, i32, u8) as tuple items: printing, comparison, hashing as dict keys, unpacking into annotated names, overflow after unpacking."""

from py4 import i32, i64, u8


def rgb(r: u8, g: u8, b: u8) -> tuple[u8, u8, u8]:
    return (r, g, b)


def brighten(c: tuple[u8, u8, u8], k: u8) -> tuple[u8, u8, u8]:
    r, g, b = c
    return (r + k, g + k, b + k)


def main() -> None:
    red = rgb(255, 0, 0)
    grey = rgb(100, 100, 100)
    print(red, grey, red > grey, red == rgb(255, 0, 0), len(red))
    names: dict[tuple[u8, u8, u8], str] = {red: "red", grey: "grey"}
    print(names[rgb(100, 100, 100)], rgb(1, 2, 3) in names)
    big: tuple[i64, i32] = (9223372036854775807, -2147483648)
    print(big, big[0] - 1, big[1] + 1)
    x: i64 = 0
    y: i32 = 0
    x, y = big
    print(x // 2, y // 2)
    print(brighten(grey, 100))
    print(brighten(grey, 155))
    print(brighten(grey, 156))


if __name__ == "__main__":
    main()
