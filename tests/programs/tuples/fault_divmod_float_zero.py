"""divmod results stored in a list of tuples until a float divisor of 0.0 raises ZeroDivisionError: float divmod()."""


def main() -> None:
    out: list[tuple[float, float]] = []
    for d in [2.5, -1.5, 0.5, 0.0, 1.0]:
        out.append(divmod(7.0, d))
        print(out[-1])
    print(out)


if __name__ == "__main__":
    main()
