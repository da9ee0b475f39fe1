"""Popping more items than were pushed raises IndexError: pop from empty list."""


def main() -> None:
    st: list[str] = []
    for w in "a b c".split():
        st.append(w)
    for i in range(4):
        print(i, st.pop(), st)


if __name__ == "__main__":
    main()
