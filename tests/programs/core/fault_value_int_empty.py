"""int("") raises ValueError."""


def main() -> None:
    s = "42"
    print(int(s) + 1)
    s = ""
    print(int(s) + 1)


if __name__ == "__main__":
    main()
