"""str.join over lists of strings: empty lists, single items, non-ASCII separators."""


def csv_line(cells: list[str]) -> str:
    return ",".join(cells)


def main() -> None:
    words = ["alpha", "beta", "gamma"]
    e: list[str] = []
    print(" ".join(words), "".join(words), ", ".join(words), "-".join(e), repr("".join(e)), "x".join(["only"]))
    print(" → ".join(words), "日本".join(["a", "b", "c"]), "\n".join(["l1", "l2"]), "é".join(["", ""]), "|".join(["", "", ""]))
    print(csv_line(["1", "2", "3"]), csv_line([str(i * i) for i in range(6)]), csv_line(list("abc")))
    print("".join(reversed_words(words)), " ".join([w.upper() for w in words if "a" in w]))
    print(".".join("a b c".split()), "".join("h e l l o".split(" ")), "+".join(list("日本語")))
    s = "the quick brown fox"
    print(" ".join(s.split()[::-1]), " ".join(sorted(s.split())), "_".join(s.split(" ", 1)))
    nums = [3, 1, 4]
    print(", ".join([str(n) for n in nums]), " + ".join([str(n) for n in nums]) + " = " + str(sum(nums)))
    print(", ".join([f"{x:.2f}" for x in [0.5, 1.25]]), "".join([chr(ord("a") + i) for i in range(26)]))
    long = "".join(["x"] * 1000)
    print(len(long), long[:5], "".join(["é"] * 3), len(",".join(["ab"] * 100)))
    sep = ", "
    print(sep.join(["😀", "👍"]), sep.join(e) == "", "--".join(["a"]) == "a")


def reversed_words(ws: list[str]) -> list[str]:
    return [w[::-1] for w in ws]


if __name__ == "__main__":
    main()
