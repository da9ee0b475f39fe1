"""A string slice with step 0 raises ValueError: slice step cannot be zero."""


def main() -> None:
    s = "héllo wörld"
    for step in [2, -3, 0]:
        print(step, s[::step])


if __name__ == "__main__":
    main()
