"""filter() with a function, a lambda and None."""

def positive(x: int) -> bool:
    return x > 0


def main() -> None:
    xs = [3, -1, 0, 7, -5, 2]
    print(list(filter(positive, xs)), list(filter(lambda v: v % 2 == 0, xs)), sum(filter(None, xs)))
    words = ["", "a", "", "bc"]
    print(list(filter(None, words)), ",".join(filter(lambda w: len(w) > 0, words)))
    for v in filter(lambda v: v < 0, xs):
        print(v)


if __name__ == "__main__":
    main()
