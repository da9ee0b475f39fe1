"""Looking up a missing str key raises KeyError with the key's repr."""


def main() -> None:
    ages = {"ann": 31, "bob": 27, "cécile": 45}
    for name in ["bob", "cécile", "ann", "dave", "eve"]:
        print(name, ages[name])


if __name__ == "__main__":
    main()
