"""print() with sep= and end= variations."""


def main() -> None:
    print()
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("a", "b", "c", sep="\n")
    print("a", "b", "c", sep=" | ", end=" <end>\n")
    print("no newline", end="")
    print(" continued", end="")
    print()
    print("x", end="\n\n")
    print(1, 2.5, True, None, "s", sep="-")
    print(sep="ignored")
    print(end="only end\n")
    print("", end="")
    print("", "", sep="|")
    print("日本", "語", sep="・", end="。\n")
    print("tab", "sep", sep="\t")
    print("a", sep="XYZ")
    print(end="")
    for i in range(5):
        print(i, end=" " if i < 4 else "\n")
    for i in range(3):
        print(i, i * i, i ** 3, sep=":", end=";")
    print()
    sep = "~"
    end = "!\n"
    print("var", "sep", sep=sep, end=end)
    print("x", "y", sep=sep + sep, end=end + end)
    print("multi\nline", "arg")
    print("emoji", "😀", sep="😀", end="😀\n")
    print(-0.0, 1e16, 1 / 3, sep=" / ")
    print("trailing space ", end="")
    print("")
    print("a", "b", sep="", end="")
    print("c", "d", sep="")


if __name__ == "__main__":
    main()
