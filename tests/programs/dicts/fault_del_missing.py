"""del of a key removed earlier raises KeyError."""


def main() -> None:
    d = {"a": 1, "b": 2, "c": 3}
    for k in ["b", "a", "b"]:
        del d[k]
        print(d)


if __name__ == "__main__":
    main()
