"""float() of a malformed string raises ValueError."""


def main() -> None:
    print(float("1.5"))
    print(float(" inf "))
    print(float("1e-3"))
    print(float("abc"))


if __name__ == "__main__":
    main()
