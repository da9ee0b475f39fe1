"""Assigning to a slice with step 0 raises ValueError: slice step cannot be zero."""


def main() -> None:
    xs = [1.5, 2.5, 3.5]
    step = 1
    for i in range(3):
        xs[::step] = [x * 2.0 for x in xs]
        print(xs)
        step -= 1


if __name__ == "__main__":
    main()
