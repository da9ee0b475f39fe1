def pair() -> tuple[int, str]:
    return 1, "a"


def main() -> None:
    x, y, z = pair()  # E: Need more than 2 values to unpack (3 expected) [misc]
    print(x, y, z)
    for p, q in [(1, 2, 3)]:  # E: Too many values to unpack (2 expected, 3 provided) [misc]
        print(p)
