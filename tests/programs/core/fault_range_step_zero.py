"""range() with a zero step raises ValueError."""


def main() -> None:
    for step in range(2, -1, -1):
        total = 0
        for i in range(0, 10, step):
            total += i
        print("step", step, "total", total)


if __name__ == "__main__":
    main()
