"""sys.exit(0) ends the program successfully; later code never runs."""

import sys


def finish(code: int) -> None:
    print("finishing with", code)
    sys.exit(code)


def main() -> None:
    for i in range(5):
        print("step", i)
        if i == 3:
            finish(0)
    print("never printed")


if __name__ == "__main__":
    main()
    print("never printed either")
