def main() -> None:
    t = (1, 2, 3)
    print(t[::0])  # E: Slice step cannot be zero [misc]
