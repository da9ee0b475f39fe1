"""str.format with literal format strings: auto and explicit positional fields, specs."""


def main() -> None:
    print("{} {}".format("a", "b"), "{} + {} = {}".format(1, 2, 3), "{}".format(""), "x{}y".format(0.5))
    print("{0} {1} {0}".format("ab", "cd"), "{1}{0}".format("x", "y"), "{0}{0}{0}".format("é"))
    print("{0} {1:>5}|".format("a", "b"), "{0:<6}|{1:^7}|{2:>4}".format("l", "mid", "r"), "{:*^9}".format("日本"))
    print("{:5d}|{:<5d}|{:05d}|{:+d}|{:x}|{:X}|{:o}|{:b}|{:,}".format(42, 42, 42, 42, 255, 255, 8, 5, 1234567))
    print("{:.2f}|{:8.3f}|{:<8.1f}|{:e}|{:g}|{:.0f}|{:%}".format(3.14159, 2.5, -1.25, 12345.678, 0.0001, 2.5, 0.25))
    print("{:>6}|{:<6}|{:^6}|{:.2}|".format("ab", "cd", "ef", "xyz"), "{0:>4}".format("w"))
    print("{} is {} years".format("Zoë", 31), "{0}-{1}-{2}".format(2024, 1, 5), "{:02d}:{:02d}".format(9, 5))
    print("{{}} {} {{{}}}".format(1, 2), "{0}{{0}}".format("q"), "{:>3}{{".format("it's"))
    print("{} {} {}".format(True, 7, -0.0), "{:>5}|{:<5}|".format(True, False), "{:d}".format(True))
    for i in range(1, 4):
        print("{0:>3}. {1:<10}|{2:8.2f}".format(i, "item" * i, i * 1.5))
    name = "x"
    val = 2.0 / 3.0
    print("{0}={1}".format(name, val), "{0}={1:.4f}".format(name, val), "{:10.4}|".format(val))


if __name__ == "__main__":
    main()
