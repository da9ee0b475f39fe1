"""KeyError of a str key holding a quote and a newline uses the repr: "it's\\n"."""


def main() -> None:
    d = {"it's": 1, "x": 2}
    print(d["it's"], d["x"])
    key = "it's" + chr(10)
    print(len(key), key in d)
    print(d[key])


if __name__ == "__main__":
    main()
