"""Writing to a file opened for reading and reading one opened for appending raise
io.UnsupportedOperation, which is both an OSError and a ValueError (found by the
mutation fuzzer: py4c raised a plain OSError)."""
def main() -> None:
    with open("py4c_unsup.txt", "w") as f:
        f.write("x\n")
    with open("py4c_unsup.txt") as g:
        try:
            g.write("y")
        except ValueError as e:
            print("ValueError caught:", type(e).__name__, e)
    with open("py4c_unsup.txt") as g:
        try:
            g.write("y")
        except OSError as e:
            print("OSError caught:", type(e).__name__, e)
    with open("py4c_unsup.txt", "a") as h:
        print(h.readline())


main()
