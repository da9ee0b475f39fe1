"""random: CPython's errors, caught and printed, then one left uncaught: empty ranges
(with and without the numbers in the message), zero step, empty choices, a sample larger
than the population or negative, negative getrandbits."""

import random


def main() -> None:
    random.seed(1)
    cases = ["randrange0", "randrange-3", "randrange55", "randrange52", "step0", "stepwrong", "randint",
             "randintmax", "choice", "choicestr", "sample", "sampleneg", "bits"]
    for c in cases:
        try:
            if c == "randrange0":
                print(random.randrange(0))
            elif c == "randrange-3":
                print(random.randrange(-3))
            elif c == "randrange55":
                print(random.randrange(5, 5))
            elif c == "randrange52":
                print(random.randrange(5, 2))
            elif c == "step0":
                print(random.randrange(0, 10, 0))
            elif c == "stepwrong":
                print(random.randrange(10, 0, 2))
            elif c == "randint":
                print(random.randint(5, 3))
            elif c == "randintmax":
                print(random.randint(9223372036854775807, 9223372036854775806))
            elif c == "choice":
                empty: list[str] = []
                print(random.choice(empty))
            elif c == "choicestr":
                print(random.choice(""))
            elif c == "sample":
                print(random.sample([1, 2], 3))
            elif c == "sampleneg":
                print(random.sample([1, 2], -1))
            else:
                print(random.getrandbits(-1))
        except ValueError as e:
            print(c, "ValueError", e)
        except IndexError as e:
            print(c, "IndexError", e)
    print(random.random())  # errors consumed no randomness
    print(random.randrange(0, 0))


if __name__ == "__main__":
    main()
