"""set.remove of a missing str raises KeyError: 'Zoë'."""


def main() -> None:
    names = {"zoë", "Ann"}
    names.add("ann")
    names.remove("Ann")
    print(sorted(names))
    names.remove("Zoë")
    print("unreachable")


if __name__ == "__main__":
    main()
