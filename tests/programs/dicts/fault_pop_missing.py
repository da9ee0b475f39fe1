"""dict.pop without a default on a missing key raises KeyError; with a default it does not."""


def main() -> None:
    d = {10: "ten", 20: "twenty"}
    print(d.pop(10), d.pop(10, "gone"), d.pop(30, "none"), d)
    print(d.pop(20), d)
    print(d.pop(20))


if __name__ == "__main__":
    main()
