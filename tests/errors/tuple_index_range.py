def main() -> None:
    t = (1, "a", 2.5)
    print(t[3])  # E: Tuple index out of range [misc]
    print(t[-4])  # E: Tuple index out of range [misc]
