"""KeyError for a missing one-element tuple key: the message is the tuple repr (7,), raised by pop without a default."""


def main() -> None:
    d = {(1,): 1, (2,): 4}
    print(d.pop((1,)), d)
    print(d.pop((7,)))


if __name__ == "__main__":
    main()
