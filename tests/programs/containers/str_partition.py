"""str.partition and str.rpartition, with non-ASCII text and an empty separator at the end."""

def main() -> None:
    for s in ["key=value=x", "novalue", "=", "ü=ß=ñ"]:
        print(s.partition("="), s.rpartition("="))
    k, _, v = "name: Ada".partition(": ")
    print(k, v)
    print("abc".partition(""))


if __name__ == "__main__":
    main()
