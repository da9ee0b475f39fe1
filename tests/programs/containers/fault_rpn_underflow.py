"""An RPN evaluator underflows its stack on a malformed expression (pop from empty list)."""


def rpn(expr: str) -> int:
    st: list[int] = []
    for tok in expr.split():
        if tok == "+":
            b = st.pop()
            a = st.pop()
            st.append(a + b)
        else:
            st.append(int(tok))
    return st[-1]


def main() -> None:
    for e in ["1 2 +", "1 2 + 3 +", "5", "1 + 2"]:
        print(e, "=", rpn(e))


if __name__ == "__main__":
    main()
