"""input() at the end of standard input raises EOFError, as in CPython."""
# py4c-stdin: only one line\n


def main() -> None:
    print(input())
    print(input("more? "))


if __name__ == "__main__":
    main()
