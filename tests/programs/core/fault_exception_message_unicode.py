"""An exception message containing non-ASCII text and a formatted float."""


def main() -> None:
    name = "héllo 日本 😀"
    value = 2.0 / 3.0
    print("checking", name)
    raise ValueError(f"bad value {value:.3f} for {name!r}")


if __name__ == "__main__":
    main()
