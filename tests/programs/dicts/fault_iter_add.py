"""Adding keys to a dict while iterating it raises RuntimeError."""


def main() -> None:
    d = {1: 1, 2: 4, 3: 9}
    for k in d:
        d[k] = d[k] + 1
    print(d)
    for k in d:
        print("visit", k)
        if k == 2:
            d[k * 10] = 0


if __name__ == "__main__":
    main()
