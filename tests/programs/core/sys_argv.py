"""sys.argv holds the program path; only its length is stable."""

import sys


def count_args() -> int:
    return len(sys.argv)


def main() -> None:
    n = len(sys.argv)
    print("argc", n, n >= 1, count_args() == n)
    first = sys.argv[0]
    print("argv[0] non-empty:", len(first) > 0, len(sys.argv[0]) == len(first))
    if len(sys.argv) > 1:
        print("unexpected extra arguments")
    else:
        print("no extra arguments")


if __name__ == "__main__":
    main()
