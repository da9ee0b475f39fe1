"""KeyError for a missing (str, float) key whose str holds a quote: the message uses double quotes, KeyError: ("it's", 0.5)."""


def main() -> None:
    prices = {("tea", 0.5): 3, ("it's", 1.5): 7}
    print(prices[("it's", 1.5)], ("it's", 0.5) in prices)
    print(prices[("it's", 0.5)])


if __name__ == "__main__":
    main()
