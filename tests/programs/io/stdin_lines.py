"""Reading standard input: input() with and without a prompt, then sys.stdin line by
line (newlines kept, a last line without one), then readline() at the end of input."""
# py4c-stdin: Ada Lovelace\n3\nthe cat\r\nsat on the mat\n\nlast line without newline

import sys


def main() -> None:
    name = input("name? ")
    n = int(input())
    print(f"hello {name!r}, n={n}")
    words = 0
    lines: list[str] = []
    for line in sys.stdin:
        lines.append(line)
        words += len(line.split())
    print(lines, words, repr(sys.stdin.readline()))


if __name__ == "__main__":
    main()
