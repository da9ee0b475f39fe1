"""Text files: write, append, read, readline, readlines, iteration, with (closing on an exception), print(file=f), FileNotFoundError."""

def main() -> None:
    path = "py4c_test_file.txt"
    with open(path, "w") as f:
        f.write("alpha\n")
        n = f.write("béta\r\ngamma")
        print("x", 1, sep="-", file=f)
        print(n)
    with open(path) as f:
        print(repr(f.readline()), repr(f.read()))
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            print(i, line.rstrip("\n"))
    with open(path, "a") as f:
        f.write("more\n")
    f2 = open(path)
    lines = f2.readlines()
    f2.close()
    print(lines, len(lines))
    try:
        with open(path) as g:
            print(g.readline().strip())
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
    try:
        open("/nonexistent/x.txt")
    except FileNotFoundError as e:
        print(e)
    open("definitely_missing.txt")


if __name__ == "__main__":
    main()
