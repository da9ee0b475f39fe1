"""Tuples in string formatting: f-string !s/!r and width via str(), str.format with tuple arguments, join of reprs."""


def main() -> None:
    t = (1, "a", 2.5)
    print(f"{t!s} {t!r} [{str(t):>20}] [{str(t):<18}] [{repr((1,)):^9}]")
    print("{} and {}".format(t, (0,)), "{0}{0}".format(()))
    print(", ".join([str(p) for p in [(1, 2), (3, 4)]]), "|".join([repr(("x",)), repr(())]))
    s = str(((1, "b"), [2.0]))
    print(s, len(s), s[1:9], s.count("("))
    print(f"{t[0]:03d}-{t[1]!r}-{t[2]:.1e}", f"{(1, 2)=}")


if __name__ == "__main__":
    main()
