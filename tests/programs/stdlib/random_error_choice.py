"""random: choice on an empty list, uncaught, after some draws."""

from random import choice, seed


def main() -> None:
    seed(4)
    items = [3, 1, 4, 1, 5]
    while items:
        x = choice(items)
        print(x, items)
        items.remove(x)
    print(choice(items))


if __name__ == "__main__":
    main()
