"""Float division by zero (even -0.0) raises ZeroDivisionError."""


def main() -> None:
    x = 1.5
    y = 0.25
    while True:
        print(x, "/", y, "=", x / y)
        y -= 0.125
        y = -y if y < 0.0 else y
        if y == 0.0:
            y = -0.0


if __name__ == "__main__":
    main()
