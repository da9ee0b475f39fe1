"""Greets the name given on the command line: `py4c run examples/hello.py World`."""

import sys


def greeting(name: str, times: int) -> str:
    return f"Hello, {name}!" if times == 1 else f"Hello, {name} (x{times})!"


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "world"
    print(greeting(name, 1))
    print(f"{name!r} has {len(name)} characters; 2**40 = {2 ** 40:,}; 1/3 = {1 / 3}")


if __name__ == "__main__":
    main()
