"""Looking up a missing negative int key raises KeyError: -7."""


def lookup(d: dict[int, str], k: int) -> str:
    return d[k]


def main() -> None:
    d = {i: str(i * i) for i in range(-5, 6)}
    k = 0
    while True:
        print(k, lookup(d, k))
        k -= 1
        if k < -5:
            k -= 1


if __name__ == "__main__":
    main()
